#include "KpiAggregateRepository.h"

#include "store/NativeStatement.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>
#include <map>
#include <type_traits>

namespace {

const char *const CountColumns
    = "handled, frt_n, frt_sum, sla_met, sla_missed, resolved, resolution_n, resolution_sum, fcr, reopened, "
      "csat_n, csat_top, csat_sum, complaints, escalated, inquiries, converted, aht_n, aht_sum, "
      "msg_customer, msg_agent, msg_auto, msg_sessions, msg_replies, msg_reply_sum, msg_slow_replies, "
      "msg_slow_receptions, msg_receptions, msg_over_limit";
constexpr int CountColumnCount = 29;

/** The counts in the order of CountColumns (const or mutable, as the counts are). */
template<typename Counts> auto countFields(Counts &c)
{
    using Field = std::conditional_t<std::is_const_v<Counts>, const qint64 *, qint64 *>;
    return std::array<Field, CountColumnCount> { &c.handled,
                                                 &c.frtN,
                                                 &c.frtSum,
                                                 &c.slaMet,
                                                 &c.slaMissed,
                                                 &c.resolved,
                                                 &c.resolutionN,
                                                 &c.resolutionSum,
                                                 &c.fcr,
                                                 &c.reopened,
                                                 &c.csatN,
                                                 &c.csatTop,
                                                 &c.csatSum,
                                                 &c.complaints,
                                                 &c.escalated,
                                                 &c.inquiries,
                                                 &c.converted,
                                                 &c.ahtN,
                                                 &c.ahtSum,
                                                 &c.messages.customerMessages,
                                                 &c.messages.agentMessages,
                                                 &c.messages.autoReplies,
                                                 &c.messages.sessions,
                                                 &c.messages.replies,
                                                 &c.messages.replySeconds,
                                                 &c.messages.slowReplies,
                                                 &c.messages.slowReceptions,
                                                 &c.messages.receptions,
                                                 &c.messages.overLimitReplies };
}

} // namespace

KpiAggregateRepository::KpiAggregateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

KpiAggregateRepository::~KpiAggregateRepository() = default;

bool KpiAggregateRepository::state(KpiAggregateState *out, QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT time_zone, rule_set_version, built_at FROM kpi_aggregate_state"))) {
        *error = query.lastError().text();
        return false;
    }
    *out = {};
    if (query.next())
        *out = { true, query.value(0).toString(), query.value(1).toInt(), query.value(2).toLongLong() };
    return true;
}

bool KpiAggregateRepository::setState(const KpiAggregateState &state, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO kpi_aggregate_state (id, time_zone, rule_set_version, built_at) VALUES (1, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET time_zone = excluded.time_zone, "
        "rule_set_version = excluded.rule_set_version, built_at = excluded.built_at"));
    query.addBindValue(state.timeZone);
    query.addBindValue(state.ruleSetVersion);
    query.addBindValue(state.builtAt);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool KpiAggregateRepository::deleteDays(qint64 firstDay, qint64 lastDay, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM kpi_agent_day WHERE day BETWEEN ? AND ?"));
    query.addBindValue(firstDay);
    query.addBindValue(lastDay);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool KpiAggregateRepository::deleteAll(QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("DELETE FROM kpi_agent_day"))) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool KpiAggregateRepository::insert(const std::vector<KpiAggregateRow> &rows, QString *error)
{
    if (!m_insert) {
        m_insert = std::make_unique<NativeStatement>(
            m_db,
            QStringLiteral("INSERT INTO kpi_agent_day (day, agent_id, team_id, platform, %1, frt_values, "
                           "resolution_values, sla_pending_due) VALUES (?, ?, ?, ?%2, ?, ?, ?)")
                .arg(QLatin1StringView(CountColumns), QStringLiteral(", ?").repeated(CountColumnCount)));
        if (!m_insert->isValid()) {
            *error = m_insert->errorText();
            m_insert.reset();
            return false;
        }
    }
    NativeStatement &insert = *m_insert;
    for (const KpiAggregateRow &row : rows) {
        insert.bindInt64(1, row.key.day);
        insert.bindInt64(2, row.key.agentId);
        insert.bindInt64(3, row.key.teamId);
        insert.bindText(4, Vocabulary::code(row.key.platform));
        const KpiCounts &counts = row.counts;
        const auto fields = countFields(counts);
        for (int i = 0; i < CountColumnCount; ++i)
            insert.bindInt64(5 + i, *fields[static_cast<std::size_t>(i)]);
        const int blobs = 5 + CountColumnCount;
        // NULL for an empty list: most agent-days of a small platform have no resolved tickets.
        if (counts.frtValues.empty())
            insert.bindNull(blobs);
        else
            insert.bindBlob(blobs, KpiCounts::packInt32(counts.frtValues));
        if (counts.resolutionValues.empty())
            insert.bindNull(blobs + 1);
        else
            insert.bindBlob(blobs + 1, KpiCounts::packInt32(counts.resolutionValues));
        if (counts.slaPendingDue.empty())
            insert.bindNull(blobs + 2);
        else
            insert.bindBlob(blobs + 2, KpiCounts::packInt64(counts.slaPendingDue));
        if (!insert.execute()) {
            *error = insert.errorText();
            return false;
        }
    }
    return true;
}

bool KpiAggregateRepository::read(qint64 firstDay, qint64 lastDay, std::optional<Platform> platform,
                                  const std::function<KpiCounts *(const KpiAggregateKey &)> &target,
                                  QString *error) const
{
    NativeStatement statement(
        m_db,
        QStringLiteral(
            "SELECT day, agent_id, team_id, platform, %1, frt_values, resolution_values, sla_pending_due "
            "FROM kpi_agent_day WHERE day BETWEEN ? AND ?%2")
            .arg(QLatin1StringView(CountColumns),
                 platform ? QStringLiteral(" AND platform = ?") : QString()));
    if (!statement.isValid()) {
        *error = statement.errorText();
        return false;
    }
    statement.bindInt64(1, firstDay);
    statement.bindInt64(2, lastDay);
    if (platform)
        statement.bindText(3, Vocabulary::code(*platform));

    QHash<QString, Platform> platforms;
    for (const Platform p : Vocabulary::all<Platform>())
        platforms.insert(Vocabulary::code(p), p);
    KpiAggregateKey key;
    while (statement.step()) {
        key.day = statement.columnInt64(0);
        key.agentId = statement.columnInt64(1);
        key.teamId = statement.columnInt64(2);
        qsizetype size = 0;
        const char *code = statement.columnBytes(3, &size);
        key.platform = platforms.value(QString::fromLatin1(code, size), Platform::Taobao);
        KpiCounts *counts = target(key);
        if (!counts)
            continue;
        const auto fields = countFields(*counts);
        for (int i = 0; i < CountColumnCount; ++i)
            *fields[static_cast<std::size_t>(i)] += statement.columnInt64(4 + i);
        const int blobs = 4 + CountColumnCount;
        const char *data = statement.columnBytes(blobs, &size);
        KpiCounts::appendInt32(data, size, &counts->frtValues);
        data = statement.columnBytes(blobs + 1, &size);
        KpiCounts::appendInt32(data, size, &counts->resolutionValues);
        data = statement.columnBytes(blobs + 2, &size);
        KpiCounts::appendInt64(data, size, &counts->slaPendingDue);
    }
    if (!statement.errorText().isEmpty()) {
        *error = statement.errorText();
        return false;
    }
    return true;
}

bool KpiAggregateRepository::rows(qint64 firstDay, qint64 lastDay, std::vector<KpiAggregateRow> *out,
                                  QString *error) const
{
    std::map<KpiAggregateKey, KpiCounts> rows;
    if (!read(
            firstDay, lastDay, std::nullopt, [&rows](const KpiAggregateKey &key) { return &rows[key]; },
            error))
        return false;
    for (auto &[key, counts] : rows)
        out->push_back({ key, std::move(counts) });
    return true;
}
