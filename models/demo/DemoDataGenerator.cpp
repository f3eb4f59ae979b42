#include "DemoDataGenerator.h"

#include "DemoConversationSynthesizer.h"
#include "DemoOrganizationBuilder.h"
#include "DemoQaSynthesizer.h"
#include "DemoRandom.h"
#include "DemoSlaClock.h"
#include "DemoTicketSynthesizer.h"
#include "DemoTrafficModel.h"
#include "kpi/KpiAggregateBuilder.h"
#include "store/DemoStoreWriter.h"
#include "store/SlaRepository.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDemo, "teamlens.demo")

namespace {

// Tickets an average agent handles per working day (chat-heavy after-sales teams).
constexpr int TicketsPerAgentDay = 40;
constexpr qint64 ProgressStep = 4096;

} // namespace

DemoDataGenerator::DemoDataGenerator(const Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

QString DemoDataGenerator::teamTimeZoneId()
{
    return QStringLiteral("Asia/Shanghai");
}

qint64 DemoDataGenerator::derivedTicketCount(const DemoDataOptions &options)
{
    return options.tickets > 0
        ? options.tickets
        : qint64(std::max(0, options.agents)) * std::max(0, options.days) * TicketsPerAgentDay;
}

void DemoDataGenerator::requestCancel()
{
    m_cancelRequested.store(true);
}

bool DemoDataGenerator::generate(const DemoDataOptions &options, QString *error)
{
    m_cancelled = false;
    m_summary = {};
    QElapsedTimer timer;
    timer.start();
    const bool ok = run(options, error);
    m_summary.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    // A cancel request belongs to this run only.
    m_cancelRequested.store(false);
    return ok;
}

bool DemoDataGenerator::run(const DemoDataOptions &options, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (options.agents < 1 || options.agents > 100000)
        return fail(tr("The number of agents must be between 1 and 100000."));
    if (options.days < 1 || options.days > 3660)
        return fail(tr("The number of days must be between 1 and 3660."));
    if (options.tickets < 0)
        return fail(tr("The number of tickets cannot be negative."));
    if (!(options.conversationShare >= 0.0 && options.conversationShare <= 1.0))
        return fail(tr("The conversation share must be between 0 and 1."));

    // Without time-zone data (some minimal systems) China Standard Time is a fixed UTC+8.
    const QTimeZone named(teamTimeZoneId().toUtf8());
    const QTimeZone zone = named.isValid() ? named : QTimeZone(8 * 3600);
    // By default the history ends with yesterday: a whole last day, and no ticket in the future.
    const QDate lastDay = options.endDate.isValid()
        ? options.endDate
        : QDateTime::currentDateTimeUtc().toTimeZone(zone).date().addDays(-1);
    const QDate firstDay = lastDay.addDays(-(options.days - 1));
    const qint64 totalTickets = derivedTicketCount(options);

    QSqlDatabase db = m_store.connection();
    if (!db.isOpen())
        return fail(tr("Could not open the store %1.").arg(m_store.path()));
    DemoStoreWriter writer(db);
    QString detail;
    auto storeFailure = [&](const QString &what) {
        qCWarning(lcDemo) << what << detail;
        return fail(tr("Could not write demo data into %1: %2").arg(m_store.path(), detail));
    };
    if (!writer.begin(&detail))
        return storeFailure(QStringLiteral("begin"));
    if (!writer.setTeamTimeZone(teamTimeZoneId(), &detail))
        return storeFailure(QStringLiteral("time zone"));

    SlaPolicySet policies;
    if (!SlaRepository(db).load(&policies, &detail))
        return storeFailure(QStringLiteral("SLA policies"));

    DemoOrganizationContext context;
    qint64 nextTicketId = 1;
    qint64 nextConversationId = 1;
    if (!writer.loadContext(&context, &nextTicketId, &nextConversationId, &detail))
        return storeFailure(QStringLiteral("context"));

    DemoRandom organizationRandom = DemoRandom::derived(options.seed, 1);
    DemoOrganization organization;
    if (!DemoOrganizationBuilder(context, firstDay, lastDay)
             .build(options.agents, organizationRandom, &organization, error))
        return false;
    if (!writer.insertOrganization(organization, &detail))
        return storeFailure(QStringLiteral("organisation"));
    m_summary.agents = static_cast<int>(organization.agents.size());

    DemoTrafficModel traffic(zone, firstDay, lastDay);
    DemoRandom trafficRandom = DemoRandom::derived(options.seed, 2);
    traffic.distribute(totalTickets, trafficRandom);
    const qint64 asOf = traffic.days().back().endEpoch;
    const DemoSlaClock clock(policies, firstDay, lastDay);
    DemoTicketSynthesizer tickets(organization, clock, asOf, options.seed);
    const DemoConversationSynthesizer conversations(asOf);
    // Conversations belong to chat, social and email tickets; this chance among them gives the
    // requested share of all tickets.
    const double conversationChance
        = std::min(1.0, options.conversationShare / DemoTicketSynthesizer::conversationChannelShare());

    std::vector<QByteArray> nicknames;
    for (const DemoAgent &agent : organization.agents)
        nicknames.push_back((QStringLiteral("小") + agent.agent.name.right(1)).toUtf8());

    std::vector<qint64> instants;
    std::vector<DemoMessageRow> messages;
    DemoTicketRow row;
    qint64 ordinal = 0;
    emit progress(0, totalTickets);
    for (const DemoDay &day : traffic.days()) {
        DemoRandom dayRandom
            = DemoRandom::derived(options.seed, 0x100000 + static_cast<quint64>(day.date.toJulianDay()));
        traffic.drawInstants(day, dayRandom, &instants);
        tickets.beginDay(day);
        for (const qint64 createdAt : instants) {
            tickets.next(nextTicketId++, createdAt, &row);
            if (!writer.insertTicket(row, &detail))
                return storeFailure(QStringLiteral("ticket"));
            ++m_summary.tickets;

            // Each ticket's conversation has its own stream, so the share option never changes tickets.
            DemoRandom conversationRandom
                = DemoRandom::derived(options.seed ^ 0x636f6e76ULL, static_cast<quint64>(ordinal));
            const bool conversational = row.channel == Channel::Chat || row.channel == Channel::Social
                || row.channel == Channel::Email;
            if (conversational && conversationRandom.chance(conversationChance)) {
                const int agent = tickets.lastAgentIndex();
                static const QByteArray Unassigned("小悦");
                conversations.synthesize(
                    row, agent >= 0 ? nicknames.at(static_cast<std::size_t>(agent)) : Unassigned,
                    conversationRandom, &messages);
                if (!writer.insertConversation(nextConversationId++, row.id, messages, &detail))
                    return storeFailure(QStringLiteral("conversation"));
                ++m_summary.conversations;
                m_summary.messages += static_cast<qint64>(messages.size());
            }
            if (++ordinal % ProgressStep == 0) {
                emit progress(ordinal, totalTickets);
                if (m_cancelRequested.load()) {
                    writer.rollback();
                    m_cancelled = true;
                    return fail(tr("Demo data generation was cancelled; the store was not changed."));
                }
            }
        }
    }
    if (m_cancelRequested.load()) {
        writer.rollback();
        m_cancelled = true;
        return fail(tr("Demo data generation was cancelled; the store was not changed."));
    }
    if (!writer.analyze(&detail))
        return storeFailure(QStringLiteral("analyze"));
    // One reviewed week of QA, after the indexes exist: its reads are by period and conversation.
    DemoQaSummary qa;
    QElapsedTimer qaTimer;
    qaTimer.start();
    if (!DemoQaSynthesizer(db, writer, organization, zone, firstDay, lastDay).run(options.seed, &qa, &detail))
        return storeFailure(QStringLiteral("QA reviews"));
    qCInfo(lcDemo) << "QA week" << qa.weekFirst << qa.reviews << "reviews," << qa.openItems << "open,"
                   << qa.disputes << "disputes," << qa.calibrationReviews << "calibration reviews in"
                   << qaTimer.elapsed() << "ms";
    m_summary.qaReviews = qa.reviews;
    m_summary.qaOpenItems = qa.openItems;
    m_summary.qaDisputes = qa.disputes;
    // The KPI aggregates are part of the data set: built in the same transaction, so a demo store
    // never holds tickets its KPI views do not count.
    if (!KpiAggregateBuilder(db).rebuildAll(-1, &detail, KpiAggregateBuilder::Transaction::Callers))
        return storeFailure(QStringLiteral("KPI aggregates"));
    if (!writer.commit(&detail))
        return storeFailure(QStringLiteral("commit"));
    emit progress(totalTickets, totalTickets);
    return true;
}
