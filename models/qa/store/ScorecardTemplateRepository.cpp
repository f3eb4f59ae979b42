#include "ScorecardTemplateRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

/** Runs a statement inside a savepoint that rolls back unless release() ran. */
class Savepoint
{
public:
    Savepoint(QSqlDatabase db, const QString &name)
        : m_db(std::move(db))
        , m_name(name)
    {
        QSqlQuery query(m_db);
        m_active = query.exec(QStringLiteral("SAVEPOINT %1").arg(m_name));
        if (!m_active)
            m_error = query.lastError().text();
    }
    ~Savepoint()
    {
        if (!m_active)
            return;
        QSqlQuery undo(m_db);
        undo.exec(QStringLiteral("ROLLBACK TO %1").arg(m_name));
        undo.exec(QStringLiteral("RELEASE %1").arg(m_name));
    }
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool release(QString *error)
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("RELEASE %1").arg(m_name))) {
            *error = query.lastError().text();
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    QString m_name;
    QString m_error;
    bool m_active = false;
};

} // namespace

ScorecardTemplateRepository::ScorecardTemplateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool ScorecardTemplateRepository::load(qint64 versionId, ScorecardTemplate *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT v.id, v.template_id, t.name, v.version, v.note, v.created_at, "
                                 "v.created_by FROM qa_template_versions v JOIN qa_templates t ON "
                                 "t.id = v.template_id WHERE v.id = ?"));
    query.addBindValue(versionId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (!query.next()) {
        *error = tr("Scorecard template version %1 does not exist in this store.").arg(versionId);
        return false;
    }
    *out = {};
    out->versionId = query.value(0).toLongLong();
    out->templateId = query.value(1).toLongLong();
    out->name = query.value(2).toString();
    out->version = query.value(3).toInt();
    out->note = query.value(4).toString();
    out->createdAt = query.value(5).toLongLong();
    out->createdBy = query.value(6).toString();

    QSqlQuery rows(m_db);
    rows.prepare(QStringLiteral(
        "SELECT s.id, s.title_zh, s.title_en, c.id, c.key, c.title_zh, c.title_en, c.guidance_zh, "
        "c.guidance_en, c.points, c.scale, c.scale_max, c.allow_na, c.na_policy, c.critical "
        "FROM qa_sections s LEFT JOIN qa_criteria c ON c.section_id = s.id WHERE s.version_id = ? "
        "ORDER BY s.position, c.position"));
    rows.addBindValue(versionId);
    if (!rows.exec()) {
        *error = rows.lastError().text();
        return false;
    }
    while (rows.next()) {
        const qint64 sectionId = rows.value(0).toLongLong();
        if (out->sections.isEmpty() || out->sections.last().id != sectionId) {
            ScorecardSection section;
            section.id = sectionId;
            section.titleZh = rows.value(1).toString();
            section.titleEn = rows.value(2).toString();
            out->sections.append(section);
        }
        if (rows.value(3).isNull())
            continue; // a section without criteria
        ScorecardCriterion criterion;
        criterion.id = rows.value(3).toLongLong();
        criterion.key = rows.value(4).toString();
        criterion.titleZh = rows.value(5).toString();
        criterion.titleEn = rows.value(6).toString();
        criterion.guidanceZh = rows.value(7).toString();
        criterion.guidanceEn = rows.value(8).toString();
        criterion.points = rows.value(9).toDouble();
        criterion.scaleMax = rows.value(11).toInt();
        criterion.allowNa = rows.value(12).toInt() != 0;
        if (!ScorecardTemplate::scaleFromCode(rows.value(10).toString(), &criterion.scale)
            || !ScorecardTemplate::naPolicyFromCode(rows.value(13).toString(), &criterion.naPolicy)
            || !ScorecardTemplate::criticalFromCode(rows.value(14).toString(), &criterion.critical)) {
            *error = tr("Criterion \"%1\" of scorecard \"%2\" has a setting this version of TeamLens "
                        "does not know.")
                         .arg(criterion.titleEn, out->name);
            return false;
        }
        out->sections.last().criteria.append(criterion);
    }
    return true;
}

bool ScorecardTemplateRepository::latest(const QString &name, ScorecardTemplate *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT v.id FROM qa_template_versions v JOIN qa_templates t ON t.id = "
                                 "v.template_id WHERE t.name = ? ORDER BY v.version DESC LIMIT 1"));
    query.addBindValue(name);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (!query.next()) {
        *error = tr("There is no scorecard template named \"%1\".").arg(name);
        return false;
    }
    return load(query.value(0).toLongLong(), out, error);
}

bool ScorecardTemplateRepository::isUsed(qint64 versionId, bool *used, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM qa_used_template_versions WHERE version_id = ?)"));
    query.addBindValue(versionId);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    *used = query.value(0).toBool();
    return true;
}

bool ScorecardTemplateRepository::versions(QList<ScorecardVersionInfo> *out, QString *error) const
{
    // The review count is a correlated count over idx_qa_reviews_version, one index probe per version.
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT t.id, t.name, v.id, v.version, v.created_at, "
                           "(SELECT COUNT(*) FROM qa_reviews r WHERE r.template_version_id = v.id), "
                           "EXISTS (SELECT 1 FROM qa_used_template_versions u WHERE u.version_id = v.id) "
                           "FROM qa_template_versions v JOIN qa_templates t ON t.id = v.template_id "
                           "ORDER BY t.name, v.version"))) {
        *error = query.lastError().text();
        return false;
    }
    out->clear();
    while (query.next()) {
        ScorecardVersionInfo info;
        info.templateId = query.value(0).toLongLong();
        info.name = query.value(1).toString();
        info.versionId = query.value(2).toLongLong();
        info.version = query.value(3).toInt();
        info.createdAt = query.value(4).toLongLong();
        info.reviewCount = query.value(5).toInt();
        info.used = query.value(6).toBool();
        out->append(info);
    }
    return true;
}

bool ScorecardTemplateRepository::save(ScorecardTemplate *tmpl, QString *error, bool *newVersion)
{
    if (const QString invalid = tmpl->validationError(); !invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    bool used = false;
    if (tmpl->versionId != 0 && !isUsed(tmpl->versionId, &used, error))
        return false;

    // A savepoint, so the version and its content land together whether or not the caller already
    // holds a transaction.
    Savepoint savepoint(m_db, QStringLiteral("save_scorecard"));
    if (!savepoint.isActive()) {
        *error = savepoint.error();
        return false;
    }
    // Ids are kept in locals until everything is stored, so a failed save leaves tmpl as it was.
    qint64 templateId = tmpl->templateId;
    qint64 versionId = tmpl->versionId;
    QSqlQuery query(m_db);
    if (templateId == 0) {
        query.prepare(
            QStringLiteral("INSERT INTO qa_templates (name, created_at, created_by) VALUES (?, ?, ?) "
                           "RETURNING id"));
        query.addBindValue(tmpl->name);
        query.addBindValue(tmpl->createdAt);
        query.addBindValue(tmpl->createdBy.isEmpty() ? QVariant() : QVariant(tmpl->createdBy));
        if (!query.exec() || !query.next()) {
            *error = query.lastError().text();
            return false;
        }
        templateId = query.value(0).toLongLong();
        versionId = 0;
        query.finish();
    }

    const bool addVersion = versionId == 0 || used;
    if (addVersion) {
        query.prepare(QStringLiteral(
            "INSERT INTO qa_template_versions (template_id, version, note, created_at, created_by) VALUES "
            "(?, (SELECT COALESCE(MAX(version), 0) + 1 FROM qa_template_versions WHERE template_id = ?), ?, "
            "?, ?) "
            "RETURNING id"));
        query.addBindValue(templateId);
        query.addBindValue(templateId);
        query.addBindValue(tmpl->note.isEmpty() ? QVariant() : QVariant(tmpl->note));
        query.addBindValue(tmpl->createdAt);
        query.addBindValue(tmpl->createdBy.isEmpty() ? QVariant() : QVariant(tmpl->createdBy));
        if (!query.exec() || !query.next()) {
            *error = query.lastError().text();
            return false;
        }
        versionId = query.value(0).toLongLong();
        query.finish();
    } else {
        // Unused: nobody was scored on it, so the edit replaces its content (criteria cascade).
        query.prepare(QStringLiteral("DELETE FROM qa_sections WHERE version_id = ?"));
        query.addBindValue(versionId);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        query.prepare(QStringLiteral("UPDATE qa_template_versions SET note = ? WHERE id = ?"));
        query.addBindValue(tmpl->note.isEmpty() ? QVariant() : QVariant(tmpl->note));
        query.addBindValue(versionId);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
    }
    if (!insertContent(versionId, *tmpl, error) || !savepoint.release(error))
        return false;
    if (newVersion)
        *newVersion = addVersion;
    return load(versionId, tmpl, error);
}

bool ScorecardTemplateRepository::insertContent(qint64 versionId, const ScorecardTemplate &tmpl,
                                                QString *error)
{
    QSqlQuery section(m_db);
    section.prepare(
        QStringLiteral("INSERT INTO qa_sections (version_id, position, title_zh, title_en) VALUES "
                       "(?, ?, ?, ?) RETURNING id"));
    QSqlQuery criterion(m_db);
    criterion.prepare(QStringLiteral(
        "INSERT INTO qa_criteria (section_id, position, key, title_zh, title_en, guidance_zh, guidance_en, "
        "points, scale, scale_max, allow_na, na_policy, critical) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?)"));
    for (qsizetype s = 0; s < tmpl.sections.size(); ++s) {
        const ScorecardSection &content = tmpl.sections.at(s);
        section.addBindValue(versionId);
        section.addBindValue(int(s));
        section.addBindValue(content.titleZh);
        section.addBindValue(content.titleEn);
        if (!section.exec() || !section.next()) {
            *error = section.lastError().text();
            return false;
        }
        const qint64 sectionId = section.value(0).toLongLong();
        section.finish();
        for (qsizetype c = 0; c < content.criteria.size(); ++c) {
            const ScorecardCriterion &item = content.criteria.at(c);
            criterion.addBindValue(sectionId);
            criterion.addBindValue(int(c));
            criterion.addBindValue(item.key);
            criterion.addBindValue(item.titleZh);
            criterion.addBindValue(item.titleEn);
            criterion.addBindValue(item.guidanceZh);
            criterion.addBindValue(item.guidanceEn);
            criterion.addBindValue(item.points);
            criterion.addBindValue(ScorecardTemplate::scaleCode(item.scale));
            criterion.addBindValue(item.scale == ScaleKind::ZeroToN ? QVariant(item.scaleMax) : QVariant());
            criterion.addBindValue(item.allowNa ? 1 : 0);
            criterion.addBindValue(ScorecardTemplate::naPolicyCode(item.naPolicy));
            criterion.addBindValue(ScorecardTemplate::criticalCode(item.critical));
            if (!criterion.exec()) {
                *error = criterion.lastError().text();
                return false;
            }
        }
    }
    return true;
}
