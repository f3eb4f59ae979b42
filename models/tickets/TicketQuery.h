#pragma once

#include "domain/Vocabulary.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QVariant>

#include <limits>
#include <optional>

/**
 * One hour of the week in a time zone: a cell of the trends' weekday × hour heat map. A ticket is
 * in it when the UTC hour it was created in starts, in zoneId's local time, on that weekday and
 * hour; that is exactly how the heat map buckets tickets (for the whole-hour offsets teams work
 * in it is simply the ticket's local weekday and hour).
 */
struct TicketLocalHour
{
    int weekday = 1; // 1 = Monday … 7 = Sunday
    int hour = 0; // 0–23
    QByteArray zoneId; // IANA id; invalid or empty means UTC

    bool operator==(const TicketLocalHour &other) const = default;
};

/**
 * What the ticket workspace shows: a filter over the tickets table. Every set left empty means
 * "any value"; the created range is [createdFrom, createdTo) in UTC. The SLA-breached flag is the
 * first-response breach of PRODUCT.md "SLA", judged at slaNow (the response came after its due
 * time, or has not come and the due time has passed). searchText matches a prefix of the order id
 * or the external id, exactly as typed. localHour narrows to one weekday × hour cell; the zone's
 * offset changes (summer time) are followed within the created range, and without both ends of
 * the range the one offset in force at the given end (else now) is used. csatScores keeps the
 * tickets whose answered survey has one of those scores.
 */
struct TicketFilter
{
    QSet<Platform> platforms;
    QSet<Channel> channels;
    QSet<TicketType> types;
    QSet<Category> categories;
    QSet<TicketStatus> statuses;
    QSet<Tier> tiers;
    std::optional<qint64> teamId;
    std::optional<qint64> agentId;
    QDateTime createdFrom;
    QDateTime createdTo;
    std::optional<bool> firstResponseBreached;
    QDateTime slaNow; // "now" for the breach rule; invalid means the current time
    QString searchText;
    std::optional<TicketLocalHour> localHour;
    QSet<int> csatScores; // 1–5

    bool operator==(const TicketFilter &other) const = default;
};

/**
 * The orders the workspace offers. Each is backed by an index of the tickets table, so paging by
 * key stays cheap at 10M rows; ties are broken by created time (where the index holds it) and id.
 */
enum class TicketSortKey { CreatedAt, ExternalId, Status, Agent, Team, OrderId };

struct TicketSort
{
    TicketSortKey key = TicketSortKey::CreatedAt;
    bool descending = true;

    bool operator==(const TicketSort &other) const = default;
};

/**
 * The position of one row in a sort order: the values of the sort's key columns (the last is the
 * ticket id). A null first value is the "no agent / no order id" group.
 */
struct TicketRowKey
{
    QVariantList values;
    bool isValid() const { return !values.isEmpty(); }
};

/** One row of the ticket table: what the columns show, raw (times as UTC seconds, 0 = none). */
struct TicketRow
{
    qint64 id = 0;
    QString externalId;
    Platform platform = Platform::Taobao;
    Channel channel = Channel::Chat;
    TicketType type = TicketType::Consultation;
    Category category = Category::Other;
    Priority priority = Priority::Normal;
    TicketStatus status = TicketStatus::New;
    Tier tier = Tier::L1;
    qint64 agentId = 0;
    QString agentName;
    qint64 teamId = 0;
    QString teamName;
    QString orderId;
    qint64 createdAt = 0;
    qint64 firstResponseAt = 0;
    qint64 firstResponseDueAt = 0;
    qint64 resolvedAt = 0;
    qint64 resolutionDueAt = 0;
    int csatScore = 0; // 0 = not answered
    TicketRowKey key;
};

/**
 * A slice of the tickets by id, [from, to). Counting a filter that no index serves reads the
 * whole table; slices let several threads share that work.
 */
struct TicketIdRange
{
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
    bool isAll() const
    {
        return from == std::numeric_limits<qint64>::min() && to == std::numeric_limits<qint64>::max();
    }
};

/** Counts of the tickets matching a filter, per value of each enumerated field. */
struct TicketFacets
{
    qint64 total = 0;
    QList<qint64> platforms; // indexed by Platform
    QList<qint64> channels; // by Channel
    QList<qint64> types; // by TicketType
    QList<qint64> categories; // by Category
    QList<qint64> statuses; // by TicketStatus
    QList<qint64> tiers; // by Tier
};

Q_DECLARE_METATYPE(TicketFilter)
Q_DECLARE_METATYPE(TicketSort)
Q_DECLARE_METATYPE(TicketRow)
Q_DECLARE_METATYPE(TicketFacets)
