#pragma once

#include "qa/Scorecard.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

/** One stored version of a scorecard template, as the template editor lists them. */
struct ScorecardVersionInfo
{
    qint64 templateId = 0;
    QString name;
    qint64 versionId = 0;
    int version = 0;
    qint64 createdAt = 0;
    int reviewCount = 0; // reviews scored on it, calibration reviews included
    bool used = false; // a review or calibration session points at it: saving adds a version
};

/**
 * SQL for scorecard templates and their versions (qa_templates, qa_template_versions, qa_sections,
 * qa_criteria). A version that any review or calibration session uses is immutable (the store's
 * triggers refuse changes to it); save() stores an edit to such a version as the next version,
 * and edits an unused version in place.
 *
 * Threading: use it on the thread that owns the connection.
 */
class ScorecardTemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardTemplateRepository)

public:
    explicit ScorecardTemplateRepository(QSqlDatabase db);

    bool load(qint64 versionId, ScorecardTemplate *out, QString *error) const;
    /** The highest version of the template called name. */
    bool latest(const QString &name, ScorecardTemplate *out, QString *error) const;
    /** Whether a review or calibration session points at the version. */
    bool isUsed(qint64 versionId, bool *used, QString *error) const;
    /** Every version of every template, by template name then version, with how much it is used. */
    bool versions(QList<ScorecardVersionInfo> *out, QString *error) const;

    /**
     * Validates and stores tmpl: a new template (templateId 0) as version 1; an unused stored version
     * in place; a used version (or versionId 0) as the template's next version. On success tmpl is
     * reloaded with its stored ids and version, and newVersion (if given) says whether a version was
     * added.
     */
    bool save(ScorecardTemplate *tmpl, QString *error, bool *newVersion = nullptr);

private:
    bool insertContent(qint64 versionId, const ScorecardTemplate &tmpl, QString *error);

    QSqlDatabase m_db;
};
