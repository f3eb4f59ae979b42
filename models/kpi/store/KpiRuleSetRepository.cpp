#include "KpiRuleSetRepository.h"

#include "store/ScopedTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT version, name, created_at, created_by, used_at, min_ticket_samples, min_survey_samples, "
    "csat_top_box_min_score, auto_reply_marker, session_gap_minutes, slow_response_seconds, "
    "slow_response_flag_count, rules_json FROM kpi_rule_sets");

bool readRow(const QSqlQuery &query, KpiRuleSet *rules, QString *error)
{
    rules->version = query.value(0).toInt();
    rules->name = query.value(1).toString();
    rules->createdAt = query.value(2).toLongLong();
    rules->createdBy = query.value(3).toString();
    rules->used = !query.value(4).isNull();
    rules->minTicketSamples = query.value(5).toInt();
    rules->minSurveySamples = query.value(6).toInt();
    rules->csatTopBoxMinScore = query.value(7).toInt();
    rules->autoReplyMarker = query.value(8).toString();
    rules->sessionGapMinutes = query.value(9).toInt();
    rules->slowResponseSeconds = query.value(10).toInt();
    rules->slowResponseFlagCount = query.value(11).toInt();
    return rules->extraRulesFromJson(query.value(12).toString().toUtf8(), error);
}

void bindValues(QSqlQuery &query, const KpiRuleSet &rules)
{
    query.addBindValue(rules.name);
    query.addBindValue(rules.minTicketSamples);
    query.addBindValue(rules.minSurveySamples);
    query.addBindValue(rules.csatTopBoxMinScore);
    query.addBindValue(rules.autoReplyMarker.isEmpty() ? QVariant() : QVariant(rules.autoReplyMarker));
    query.addBindValue(rules.sessionGapMinutes);
    query.addBindValue(rules.slowResponseSeconds);
    query.addBindValue(rules.slowResponseFlagCount);
    query.addBindValue(QString::fromUtf8(rules.extraRulesToJson()));
}

} // namespace

KpiRuleSetRepository::KpiRuleSetRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool KpiRuleSetRepository::load(int version, KpiRuleSet *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(SelectColumns + QStringLiteral(" WHERE version = ?"));
    query.addBindValue(version);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (!query.next()) {
        *error = tr("KPI rule set version %1 does not exist in this store.").arg(version);
        return false;
    }
    return readRow(query, out, error);
}

bool KpiRuleSetRepository::versions(QList<KpiRuleSet> *out, QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(SelectColumns + QStringLiteral(" ORDER BY version"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        KpiRuleSet rules;
        if (!readRow(query, &rules, error))
            return false;
        out->append(rules);
    }
    return true;
}

int KpiRuleSetRepository::activeVersion(QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT value FROM store_settings WHERE key = 'kpi_rule_set_version'"))) {
        *error = query.lastError().text();
        return 0;
    }
    return query.next() ? query.value(0).toInt() : 1;
}

bool KpiRuleSetRepository::setActiveVersion(int version, QString *error)
{
    KpiRuleSet exists;
    if (!load(version, &exists, error))
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO store_settings (key, value) VALUES ('kpi_rule_set_version', ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(QString::number(version));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool KpiRuleSetRepository::saveAsNewVersion(KpiRuleSet *rules, QString *error)
{
    if (const QString invalid = rules->validationError(); !invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO kpi_rule_sets (version, created_at, created_by, name, min_ticket_samples, "
        "min_survey_samples, csat_top_box_min_score, auto_reply_marker, session_gap_minutes, "
        "slow_response_seconds, slow_response_flag_count, rules_json) "
        "VALUES ((SELECT COALESCE(MAX(version), 0) + 1 FROM kpi_rule_sets), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING version"));
    query.addBindValue(rules->createdAt);
    query.addBindValue(rules->createdBy.isEmpty() ? QVariant() : QVariant(rules->createdBy));
    bindValues(query, *rules);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    rules->version = query.value(0).toInt();
    rules->used = false;
    return true;
}

bool KpiRuleSetRepository::updateUnused(const KpiRuleSet &rules, QString *error)
{
    if (const QString invalid = rules.validationError(); !invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    ScopedTransaction transaction(m_db);
    KpiRuleSet stored;
    if (!transaction.isActive() || !load(rules.version, &stored, error)) {
        if (error->isEmpty())
            *error = transaction.errorText();
        return false;
    }
    if (stored.used) {
        *error = tr("KPI rule set version %1 has computed results and cannot change; save the edit as a "
                    "new version.")
                     .arg(rules.version);
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE kpi_rule_sets SET name = ?, min_ticket_samples = ?, min_survey_samples = ?, "
                       "csat_top_box_min_score = ?, auto_reply_marker = ?, session_gap_minutes = ?, "
                       "slow_response_seconds = ?, "
                       "slow_response_flag_count = ?, rules_json = ? WHERE version = ?"));
    bindValues(query, rules);
    query.addBindValue(rules.version);
    if (!query.exec() || !transaction.commit()) {
        *error = query.lastError().isValid() ? query.lastError().text() : transaction.errorText();
        return false;
    }
    return true;
}

bool KpiRuleSetRepository::markUsed(int version, qint64 now, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE kpi_rule_sets SET used_at = ? WHERE version = ? AND used_at IS NULL"));
    query.addBindValue(now);
    query.addBindValue(version);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}
