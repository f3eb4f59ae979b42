#pragma once

#include "DemoOrganization.h"
#include "DemoRows.h"
#include "qa/Sampler.h"
#include "qa/Scorecard.h"
#include "qa/ScorecardScorer.h"

#include <QDate>
#include <QSqlDatabase>
#include <QTimeZone>

#include <vector>

class DemoRandom;
class DemoStoreWriter;

/** What the QA part of a demo run wrote. */
struct DemoQaSummary
{
    QDate weekFirst; // the sampled week (Monday–Sunday); invalid when the range is too short
    QDate weekLast;
    int reviews = 0; // submitted regular reviews
    int openItems = 0; // sampled items not yet submitted (the first of them has a draft)
    int disputes = 0;
    int calibrationReviews = 0;
};

/**
 * Writes the demo's QA history through the QA repositories, so the same rules hold as in the app
 * (never reviewing oneself, scores from ScorecardScorer, audited submissions and dispute decisions,
 * blind calibration): one sampled week with submitted reviews on the latest "Default" scorecard,
 * a few disputes in every state, and one closed calibration session with reference answers. One
 * reviewer has fallen behind: the items they planned for the last review day are still open (the first
 * one a draft), so the reviewer workspace opens on work to do.
 *
 * The sampled week is the last full Monday–Sunday week that still leaves three days of the range
 * after it, so that reviewing (the working days after the week), disputing and deciding all happen
 * inside the range, and open disputes are still inside their window at its end. Everything is
 * drawn from the seed; the amount depends on the number of agents, never on the ticket count.
 * QA staff are the store's active reviewers; a store without any gets four (a lead, three reviewers).
 *
 * Threading: the thread that owns db, inside the demo writer's transaction.
 */
class DemoQaSynthesizer
{
public:
    DemoQaSynthesizer(QSqlDatabase db, DemoStoreWriter &writer, const DemoOrganization &organization,
                      const QTimeZone &zone, QDate firstDay, QDate lastDay);

    /** The Sunday ending the week run() samples; invalid when the range has no such week. */
    static QDate sampledWeekLast(QDate firstDay, QDate lastDay);
    /** Reviews sampled per agent. */
    static constexpr int ReviewsPerAgent = 5;

    bool run(quint64 seed, DemoQaSummary *summary, QString *error);

private:
    struct Review
    {
        qint64 id = 0;
        qint64 agentId = 0;
        int reviewDay = 0; // index into m_reviewDays
        qint64 submittedAt = 0;
        double score = 0;
        QList<ScorecardAnswer> answers;
    };

    /** A sampled item's place in its reviewer's working days. */
    struct PlannedReview
    {
        SampledItem item;
        int reviewDay = 0; // index into m_reviewDays
        qint64 at = 0; // planned submission, UTC seconds
        bool stillOpen = false; // the reviewer who fell behind has not got to it
    };

    bool ensureStaff(QString *error);
    const DemoQaStaff &lead() const;
    QString loginOf(qint64 userId) const;
    qint64 dayStart(QDate day) const; // local midnight, UTC seconds
    QList<ScorecardAnswer> answers(double strictness, bool criticalFail, DemoRandom &random) const;
    double strictness(qint64 agentId, quint64 seed) const;

    std::vector<PlannedReview> planReviews(const QList<SampledItem> &order) const;
    bool writeReviews(quint64 seed, QString *error);
    bool writeDisputes(quint64 seed, QString *error);
    bool writeCalibration(quint64 seed, QString *error);

    QSqlDatabase m_db;
    DemoStoreWriter &m_writer;
    const DemoOrganization &m_organization;
    QTimeZone m_zone;
    QDate m_firstDay;
    QDate m_lastDay;
    QDate m_weekFirst;
    QDate m_weekLast;
    std::vector<QDate> m_reviewDays; // the working days after the week the reviews are written on
    ScorecardTemplate m_template;
    std::vector<DemoQaStaff> m_staff;
    std::vector<Review> m_reviews;
    QList<SampleCandidate> m_candidates; // the week's conversations of this run's agents
    QList<qint64> m_sampledConversations;
    DemoQaSummary m_summary;
};
