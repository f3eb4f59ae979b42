#pragma once

#include "DemoDataOptions.h"

#include <QObject>
#include <QString>

#include <atomic>

class Store;

/** What one run wrote. */
struct DemoDataSummary
{
    int agents = 0;
    qint64 tickets = 0;
    qint64 conversations = 0;
    qint64 messages = 0;
    int qaReviews = 0; // submitted regular reviews of the sampled week
    int qaOpenItems = 0; // sampled items still to review (one with a draft)
    int qaDisputes = 0;
    double seconds = 0;
};

/**
 * Generates a realistic, deterministic demo data set into a store: the organisation, tickets in
 * creation order and their conversations, and one week of QA (DemoQaSynthesizer), in one transaction (a
 * failed or cancelled run leaves the store unchanged). Tickets are streamed day by day, so memory stays
 * bounded at any size.
 *
 * Threading: generate() runs on the calling thread and uses that thread's store connection;
 * requestCancel() may be called from any thread; progress() is emitted on the generating thread.
 */
class DemoDataGenerator : public QObject
{
    Q_OBJECT

public:
    explicit DemoDataGenerator(const Store &store, QObject *parent = nullptr);

    /** The time zone the demo team works in; stored as the team and calendar time zone. */
    static QString teamTimeZoneId();
    /** Tickets a run creates when options.tickets is 0. */
    static qint64 derivedTicketCount(const DemoDataOptions &options);

    bool generate(const DemoDataOptions &options, QString *error);
    void requestCancel();
    bool wasCancelled() const { return m_cancelled; }
    DemoDataSummary summary() const { return m_summary; }

signals:
    void progress(qint64 done, qint64 total);

private:
    bool run(const DemoDataOptions &options, QString *error);

    const Store &m_store;
    std::atomic<bool> m_cancelRequested { false };
    bool m_cancelled = false;
    DemoDataSummary m_summary;
};
