#include "TicketRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace {

bool reportError(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

/** A WHERE fragment and the values its placeholders take, in order. */
struct Clause
{
    QStringList parts;
    QVariantList binds;

    void add(const QString &part, const QVariantList &values = {})
    {
        parts.append(part);
        binds.append(values);
    }

    QString sql() const
    {
        return parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
    }
};

template<typename E>
void addIn(Clause *clause, const char *column, const QSet<E> &values, bool useIndex = true)
{
    if (values.isEmpty())
        return;
    QStringList codes;
    for (E value : values)
        codes.append(Vocabulary::code(value));
    codes.sort(); // a stable statement text for the same set
    QStringList marks(codes.size(), QStringLiteral("?"));
    QVariantList binds;
    for (const QString &code : std::as_const(codes))
        binds.append(code);
    // A leading + keeps SQLite from reading this column's index (see whereOf).
    clause->add(QStringLiteral("%1t.%2 IN (%3)")
                    .arg(useIndex ? QString() : QStringLiteral("+"), QLatin1StringView(column),
                         marks.join(QLatin1Char(','))),
                binds);
}

qint64 secs(const QDateTime &time)
{
    return time.toSecsSinceEpoch();
}

/** A stretch of created times [from, to) over which a zone keeps one UTC offset. */
struct OffsetSpan
{
    qint64 from = 0;
    qint64 to = 0;
    int offset = 0;
};

/**
 * The created range cut where `zone`'s offset changes. A ticket takes the offset in force when its
 * UTC hour starts (as the heat map buckets it), so each cut moves up to the next whole hour.
 */
QList<OffsetSpan> offsetSpans(const QTimeZone &zone, const TicketFilter &filter)
{
    const auto offsetAt = [&zone](qint64 at) {
        return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(at / 3600 * 3600, Qt::UTC));
    };
    if (!filter.createdFrom.isValid() || !filter.createdTo.isValid()) {
        const QDateTime at = filter.createdFrom.isValid() ? filter.createdFrom
            : filter.createdTo.isValid()                  ? filter.createdTo
                                                          : QDateTime::currentDateTimeUtc();
        return { { std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(),
                   offsetAt(secs(at)) } };
    }
    const qint64 to = secs(filter.createdTo);
    QList<OffsetSpan> spans { { secs(filter.createdFrom), to, offsetAt(secs(filter.createdFrom)) } };
    for (const QTimeZone::OffsetData &change : zone.transitions(filter.createdFrom, filter.createdTo)) {
        const qint64 at = (change.atUtc.toSecsSinceEpoch() + 3599) / 3600 * 3600;
        OffsetSpan &last = spans.last();
        if (at <= last.from) {
            last.offset = change.offsetFromUtc;
            continue;
        }
        if (at >= to || change.offsetFromUtc == last.offset)
            continue;
        last.to = at;
        spans.append({ at, to, change.offsetFromUtc });
    }
    return spans;
}

/**
 * The heat-map cell as a test on created_at, after the created range has picked the rows by
 * index: the local start of the ticket's UTC hour, counted in hours from Thursday 1970-01-01
 * (hence +72 to start the week on Monday), modulo the week's 168 hours. The + keeps SQLite from
 * reading the created_at index a second time for the spans.
 */
void addLocalHour(Clause *clause, const TicketFilter &filter)
{
    const TicketLocalHour &cell = *filter.localHour;
    const QTimeZone zone = cell.zoneId.isEmpty() || !QTimeZone(cell.zoneId).isValid()
        ? QTimeZone::utc()
        : QTimeZone(cell.zoneId);
    const int hourOfWeek = (std::clamp(cell.weekday, 1, 7) - 1) * 24 + std::clamp(cell.hour, 0, 23);
    const QString test = QStringLiteral("((+t.created_at / 3600 * 3600 + ?) / 3600 + 72) % 168 = ?");
    const QList<OffsetSpan> spans = offsetSpans(zone, filter);
    if (spans.size() == 1) {
        clause->add(test, { spans.first().offset, hourOfWeek });
        return;
    }
    QStringList parts;
    QVariantList binds;
    for (const OffsetSpan &span : spans) {
        parts.append(QStringLiteral("(+t.created_at >= ? AND +t.created_at < ? AND %1)").arg(test));
        binds << span.from << span.to << span.offset << hourOfWeek;
    }
    clause->add(QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')'), binds);
}

/** The answered surveys with one of these scores (unanswered ones are NULL and never match). */
void addCsatScores(Clause *clause, const QSet<int> &scores)
{
    QList<int> sorted(scores.cbegin(), scores.cend());
    std::sort(sorted.begin(), sorted.end()); // a stable statement text for the same set
    QVariantList binds;
    for (int score : std::as_const(sorted))
        binds.append(score);
    clause->add(QStringLiteral("+t.csat_score IN (%1)")
                    .arg(QStringList(sorted.size(), QStringLiteral("?")).join(QLatin1Char(','))),
                binds);
}

/**
 * The filter as a WHERE fragment on `tickets t`, except the text search (see fromOf).
 *
 * For a page in sort order (`order` set) a filter column's index is offered only where it also
 * yields the order, or where it is selective enough to sort what it finds on every page: an
 * agent (1/500 of the tickets) or a created range of at most shortRangeSeconds. Otherwise SQLite
 * would read every ticket of, say, a team or two statuses (hundreds of thousands at 10M) and sort
 * them for each page of 128, where walking the sort index and skipping the others is immediate.
 * A leading + on a column hides its index from the planner. Counts (`order` unset) use them all.
 */
Clause whereOf(const TicketFilter &filter, std::optional<TicketSortKey> order = std::nullopt,
               const TicketIdRange &range = {})
{
    Clause clause;
    if (!range.isAll())
        clause.add(QStringLiteral("t.id >= ? AND t.id < ?"), { range.from, range.to });
    constexpr qint64 shortRangeSeconds = 2 * 86400;
    const bool byCreated = order && *order == TicketSortKey::CreatedAt;
    const bool statusIndex
        = !order || *order == TicketSortKey::Status || (byCreated && filter.statuses.size() == 1);
    const bool teamIndex = !order || *order == TicketSortKey::Team || byCreated;
    const bool shortRange = filter.createdFrom.isValid() && filter.createdTo.isValid()
        && filter.createdFrom.secsTo(filter.createdTo) <= shortRangeSeconds;
    const QString created = !order || byCreated || shortRange ? QStringLiteral("t.created_at")
                                                              : QStringLiteral("+t.created_at");
    // One platform with a created-time order reads (platform, created_at) already in order.
    const bool platformIndex = !order || (byCreated && filter.platforms.size() == 1);
    addIn(&clause, "platform", filter.platforms, platformIndex);
    addIn(&clause, "channel", filter.channels);
    addIn(&clause, "type", filter.types);
    addIn(&clause, "category", filter.categories);
    addIn(&clause, "status", filter.statuses, statusIndex);
    addIn(&clause, "tier", filter.tiers);
    if (filter.teamId)
        clause.add(teamIndex ? QStringLiteral("t.team_id = ?") : QStringLiteral("+t.team_id = ?"),
                   { *filter.teamId });
    if (filter.agentId)
        clause.add(QStringLiteral("t.agent_id = ?"), { *filter.agentId });
    if (filter.createdFrom.isValid())
        clause.add(created + QStringLiteral(" >= ?"), { secs(filter.createdFrom) });
    if (filter.createdTo.isValid())
        clause.add(created + QStringLiteral(" < ?"), { secs(filter.createdTo) });
    if (filter.firstResponseBreached) {
        // Breached: answered after the due time, or unanswered (measured at "now") past it.
        const QString breached
            = QStringLiteral("(t.first_response_due_at IS NOT NULL AND COALESCE(t.first_response_at, ?) > "
                             "t.first_response_due_at)");
        const qint64 now = secs(filter.slaNow.isValid() ? filter.slaNow : QDateTime::currentDateTimeUtc());
        clause.add(*filter.firstResponseBreached ? breached : QStringLiteral("NOT ") + breached, { now });
    }
    if (filter.localHour)
        addLocalHour(&clause, filter);
    if (!filter.csatScores.isEmpty())
        addCsatScores(&clause, filter.csatScores);
    return clause;
}

/**
 * FROM for the filter. A text search is a prefix range on two indexes; the matches drive the
 * join (CROSS JOIN fixes the loop order) so a rare prefix never turns into a scan of the sort
 * index. Ranges instead of LIKE: no wildcard in the user's text means anything.
 */
Clause fromOf(const TicketFilter &filter)
{
    Clause from;
    const QString text = filter.searchText.trimmed();
    if (text.isEmpty()) {
        from.add(QStringLiteral("tickets t"));
        return from;
    }
    const QString upper = text + QString::fromUcs4(U"\U0010FFFF", 1);
    from.add(QStringLiteral("(SELECT id FROM tickets WHERE order_id >= ? AND order_id < ? UNION "
                            "SELECT id FROM tickets WHERE external_id >= ? AND external_id < ?) m "
                            "CROSS JOIN tickets t ON t.id = m.id"),
             { text, upper, text, upper });
    return from;
}

/** One index range of a sort order: an extra condition and the key columns it is ordered by. */
struct Segment
{
    QString condition;
    QStringList keyColumns;
    int firstValue = 0; // where this segment's key columns start in TicketRowKey::values
};

QStringList sortColumns(TicketSortKey key)
{
    switch (key) {
    case TicketSortKey::CreatedAt:
        return { QStringLiteral("t.created_at"), QStringLiteral("t.id") };
    case TicketSortKey::ExternalId:
        return { QStringLiteral("t.external_id"), QStringLiteral("t.id") };
    case TicketSortKey::Status:
        return { QStringLiteral("t.status"), QStringLiteral("t.created_at"), QStringLiteral("t.id") };
    case TicketSortKey::Agent:
        return { QStringLiteral("t.agent_id"), QStringLiteral("t.created_at"), QStringLiteral("t.id") };
    case TicketSortKey::Team:
        return { QStringLiteral("t.team_id"), QStringLiteral("t.created_at"), QStringLiteral("t.id") };
    case TicketSortKey::OrderId:
        return { QStringLiteral("t.order_id"), QStringLiteral("t.id") };
    }
    return {};
}

bool leadIsNullable(TicketSortKey key)
{
    return key == TicketSortKey::Agent || key == TicketSortKey::Team || key == TicketSortKey::OrderId;
}

/** The segments of a sort, in the order rows come when reading in direction `descending`. */
QList<Segment> segmentsOf(TicketSortKey key, bool descending)
{
    const QStringList columns = sortColumns(key);
    if (!leadIsNullable(key))
        return { Segment { QString(), columns, 0 } };
    const Segment nulls { columns.first() + QStringLiteral(" IS NULL"), columns.mid(1), 1 };
    const Segment values { columns.first() + QStringLiteral(" IS NOT NULL"), columns, 0 };
    return descending ? QList<Segment> { values, nulls } : QList<Segment> { nulls, values };
}

int segmentOfKey(const QList<Segment> &segments, const TicketRowKey &key)
{
    if (!key.isValid() || segments.size() == 1)
        return 0;
    const bool keyIsNull = key.values.first().isNull();
    for (int i = 0; i < segments.size(); ++i) {
        if ((segments.at(i).firstValue == 1) == keyIsNull)
            return i;
    }
    return 0;
}

/** SELECT … FROM … WHERE filter AND segment [AND key after] ORDER BY … for one segment. */
QString segmentSql(const QString &select, const Clause &from, const Clause &where, const Segment &segment,
                   bool withKey, bool descending, const QString &tail)
{
    QStringList conditions { where.sql() };
    if (!segment.condition.isEmpty())
        conditions.append(segment.condition);
    if (withKey) {
        QStringList marks(segment.keyColumns.size(), QStringLiteral("?"));
        conditions.append(QStringLiteral("(%1) %2 (%3)")
                              .arg(segment.keyColumns.join(QLatin1Char(',')),
                                   descending ? QStringLiteral("<") : QStringLiteral(">"),
                                   marks.join(QLatin1Char(','))));
    }
    QStringList order;
    for (const QString &column : segment.keyColumns)
        order.append(column + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")));
    return QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 %5")
        .arg(select, from.sql(), conditions.join(QStringLiteral(" AND ")), order.join(QLatin1Char(',')),
             tail);
}

void bindAll(QSqlQuery *query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query->addBindValue(value);
}

QVariantList keyBinds(const Segment &segment, const TicketRowKey &key)
{
    return key.values.mid(segment.firstValue);
}

const QString rowColumns = QStringLiteral(
    "t.id, t.external_id, t.platform, t.channel, t.type, t.category, t.priority, t.status, t.tier, "
    "t.agent_id, (SELECT a.name FROM agents a WHERE a.id = t.agent_id), "
    "t.team_id, (SELECT m2.name FROM teams m2 WHERE m2.id = t.team_id), "
    "t.order_id, t.created_at, t.first_response_at, t.first_response_due_at, t.resolved_at, "
    "t.resolution_due_at, t.csat_score");
constexpr int rowColumnCount = 20;

TicketRow rowFrom(const QSqlQuery &query, int keyCount)
{
    TicketRow row;
    row.id = query.value(0).toLongLong();
    row.externalId = query.value(1).toString();
    row.platform = Vocabulary::fromCode<Platform>(query.value(2).toString()).value_or(Platform::Own);
    row.channel = Vocabulary::fromCode<Channel>(query.value(3).toString()).value_or(Channel::Chat);
    row.type = Vocabulary::fromCode<TicketType>(query.value(4).toString()).value_or(TicketType::Consultation);
    row.category = Vocabulary::fromCode<Category>(query.value(5).toString()).value_or(Category::Other);
    row.priority = Vocabulary::fromCode<Priority>(query.value(6).toString()).value_or(Priority::Normal);
    row.status = Vocabulary::fromCode<TicketStatus>(query.value(7).toString()).value_or(TicketStatus::New);
    row.tier = Vocabulary::fromCode<Tier>(query.value(8).toString()).value_or(Tier::L1);
    row.agentId = query.value(9).toLongLong();
    row.agentName = query.value(10).toString();
    row.teamId = query.value(11).toLongLong();
    row.teamName = query.value(12).toString();
    row.orderId = query.value(13).toString();
    row.createdAt = query.value(14).toLongLong();
    row.firstResponseAt = query.value(15).toLongLong();
    row.firstResponseDueAt = query.value(16).toLongLong();
    row.resolvedAt = query.value(17).toLongLong();
    row.resolutionDueAt = query.value(18).toLongLong();
    row.csatScore = query.value(19).toInt();
    for (int i = 0; i < keyCount; ++i)
        row.key.values.append(query.value(rowColumnCount + i));
    return row;
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

TicketRepository::TicketRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool TicketRepository::fetchRows(const TicketFilter &filter, const TicketSort &sort,
                                 const TicketRowKey &after, int limit, QList<TicketRow> *out,
                                 QString *error) const
{
    const Clause from = fromOf(filter);
    const Clause where = whereOf(filter, sort.key);
    const QList<Segment> segments = segmentsOf(sort.key, sort.descending);
    const QStringList allKeys = sortColumns(sort.key);
    const QString select = rowColumns + QStringLiteral(", ") + allKeys.join(QLatin1Char(','));
    for (int s = segmentOfKey(segments, after); s < segments.size() && out->size() < limit; ++s) {
        const bool withKey = after.isValid() && s == segmentOfKey(segments, after);
        const Segment &segment = segments.at(s);
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(segmentSql(select, from, where, segment, withKey, sort.descending,
                                      QStringLiteral("LIMIT ?"))))
            return reportError(query, error);
        bindAll(&query, from.binds);
        bindAll(&query, where.binds);
        if (withKey)
            bindAll(&query, keyBinds(segment, after));
        query.addBindValue(limit - out->size());
        if (!query.exec())
            return reportError(query, error);
        while (query.next())
            out->append(rowFrom(query, static_cast<int>(allKeys.size())));
        if (query.lastError().isValid())
            return reportError(query, error);
    }
    return true;
}

bool TicketRepository::keyAtOffset(const TicketFilter &filter, const TicketSort &sort,
                                   const TicketRowKey &after, qint64 offset, TicketRowKey *out, bool *found,
                                   QString *error) const
{
    *found = false;
    const Clause from = fromOf(filter);
    const Clause where = whereOf(filter, sort.key);
    const QList<Segment> segments = segmentsOf(sort.key, sort.descending);
    const QString select = sortColumns(sort.key).join(QLatin1Char(','));
    for (int s = segmentOfKey(segments, after); s < segments.size(); ++s) {
        const bool withKey = after.isValid() && s == segmentOfKey(segments, after);
        const Segment &segment = segments.at(s);
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(segmentSql(select, from, where, segment, withKey, sort.descending,
                                      QStringLiteral("LIMIT 1 OFFSET ?"))))
            return reportError(query, error);
        bindAll(&query, from.binds);
        bindAll(&query, where.binds);
        if (withKey)
            bindAll(&query, keyBinds(segment, after));
        query.addBindValue(offset);
        if (!query.exec())
            return reportError(query, error);
        if (query.next()) {
            out->values.clear();
            for (int i = 0; i < query.record().count(); ++i)
                out->values.append(query.value(i));
            *found = true;
            return true;
        }
        if (query.lastError().isValid())
            return reportError(query, error);
        if (s + 1 == segments.size())
            break;
        // The offset runs past this segment: skip its remaining rows and go on in the next.
        QSqlQuery counter(m_db);
        counter.setForwardOnly(true);
        if (!counter.prepare(
                QStringLiteral("SELECT count(*) FROM (%1)")
                    .arg(segmentSql(select, from, where, segment, withKey, sort.descending, {}))))
            return reportError(counter, error);
        bindAll(&counter, from.binds);
        bindAll(&counter, where.binds);
        if (withKey)
            bindAll(&counter, keyBinds(segment, after));
        if (!counter.exec() || !counter.next())
            return reportError(counter, error);
        offset -= counter.value(0).toLongLong();
    }
    return true;
}

bool TicketRepository::count(const TicketFilter &filter, qint64 *out, QString *error,
                             const TicketIdRange &range) const
{
    const Clause from = fromOf(filter);
    const Clause where = whereOf(filter, std::nullopt, range);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(from.sql(), where.sql())))
        return reportError(query, error);
    bindAll(&query, from.binds);
    bindAll(&query, where.binds);
    if (!query.exec() || !query.next())
        return reportError(query, error);
    *out = query.value(0).toLongLong();
    return true;
}

namespace {

template<typename E> void addFacetSums(const char *column, QStringList *sums, QVariantList *binds)
{
    for (const QString &code : Vocabulary::allCodes<E>()) {
        sums->append(QStringLiteral("sum(t.%1 = ?)").arg(QLatin1StringView(column)));
        binds->append(code);
    }
}

template<typename E> QList<qint64> takeFacet(const QSqlQuery &query, int *column)
{
    QList<qint64> counts;
    for (int i = 0; i < Vocabulary::all<E>().size(); ++i)
        counts.append(query.value((*column)++).toLongLong());
    return counts;
}

} // namespace

bool TicketRepository::facets(const TicketFilter &filter, TicketFacets *out, QString *error,
                              const TicketIdRange &range) const
{
    // One pass computing every count with conditional sums: no GROUP BY sorter over millions of rows.
    const Clause from = fromOf(filter);
    const Clause where = whereOf(filter, std::nullopt, range);
    QStringList sums { QStringLiteral("count(*)") };
    QVariantList sumBinds;
    addFacetSums<Platform>("platform", &sums, &sumBinds);
    addFacetSums<Channel>("channel", &sums, &sumBinds);
    addFacetSums<TicketType>("type", &sums, &sumBinds);
    addFacetSums<Category>("category", &sums, &sumBinds);
    addFacetSums<TicketStatus>("status", &sums, &sumBinds);
    addFacetSums<Tier>("tier", &sums, &sumBinds);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                           .arg(sums.join(QLatin1Char(',')), from.sql(), where.sql())))
        return reportError(query, error);
    bindAll(&query, sumBinds);
    bindAll(&query, from.binds);
    bindAll(&query, where.binds);
    if (!query.exec() || !query.next())
        return reportError(query, error);
    int column = 0;
    out->total = query.value(column++).toLongLong();
    out->platforms = takeFacet<Platform>(query, &column);
    out->channels = takeFacet<Channel>(query, &column);
    out->types = takeFacet<TicketType>(query, &column);
    out->categories = takeFacet<Category>(query, &column);
    out->statuses = takeFacet<TicketStatus>(query, &column);
    out->tiers = takeFacet<Tier>(query, &column);
    return true;
}

bool TicketRepository::setPageCacheKib(int kib, QString *error) const
{
    QSqlQuery query(m_db);
    // A pragma takes no bound values; kib is an int from our own code.
    if (!query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-qint64(kib))))
        return reportError(query, error);
    return true;
}

bool TicketRepository::maxId(qint64 *out, QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT max(id) FROM tickets")) || !query.next())
        return reportError(query, error);
    *out = query.value(0).toLongLong();
    return true;
}

bool TicketRepository::ticket(qint64 id, Ticket *out, bool *found, QString *error) const
{
    *found = false;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT id, source_system, external_id, platform, channel, type, category, priority, status, "
            "tier, "
            "agent_id, team_id, customer_ref, order_id, order_amount_cents, refund_amount_cents, created_at, "
            "first_response_at, resolved_at, closed_at, reopen_count, escalated, handle_seconds, "
            "sla_policy_id, "
            "first_response_due_at, resolution_due_at, csat_score, is_inquiry, converted, about_agent_id, "
            "tags "
            "FROM tickets WHERE id = ?")))
        return reportError(query, error);
    query.addBindValue(id);
    if (!query.exec())
        return reportError(query, error);
    if (!query.next())
        return !query.lastError().isValid() || reportError(query, error);
    const auto optionalId = [&](int column) {
        const QVariant value = query.value(column);
        return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
    };
    Ticket &t = *out;
    t.id = query.value(0).toLongLong();
    t.sourceSystem = query.value(1).toString();
    t.externalId = query.value(2).toString();
    t.platform = Vocabulary::fromCode<Platform>(query.value(3).toString()).value_or(Platform::Own);
    t.channel = Vocabulary::fromCode<Channel>(query.value(4).toString()).value_or(Channel::Chat);
    t.type = Vocabulary::fromCode<TicketType>(query.value(5).toString()).value_or(TicketType::Consultation);
    t.category = Vocabulary::fromCode<Category>(query.value(6).toString()).value_or(Category::Other);
    t.priority = Vocabulary::fromCode<Priority>(query.value(7).toString()).value_or(Priority::Normal);
    t.status = Vocabulary::fromCode<TicketStatus>(query.value(8).toString()).value_or(TicketStatus::New);
    t.tier = Vocabulary::fromCode<Tier>(query.value(9).toString()).value_or(Tier::L1);
    t.agentId = optionalId(10);
    t.teamId = optionalId(11);
    t.customerRef = query.value(12).toString();
    t.orderId = query.value(13).toString();
    t.orderAmountCents = optionalId(14);
    t.refundAmountCents = optionalId(15);
    t.createdAt = timeOf(query.value(16));
    t.firstResponseAt = timeOf(query.value(17));
    t.resolvedAt = timeOf(query.value(18));
    t.closedAt = timeOf(query.value(19));
    t.reopenCount = query.value(20).toInt();
    t.escalated = query.value(21).toBool();
    if (!query.value(22).isNull())
        t.handleSeconds = query.value(22).toInt();
    t.slaPolicyId = optionalId(23);
    t.firstResponseDueAt = timeOf(query.value(24));
    t.resolutionDueAt = timeOf(query.value(25));
    if (!query.value(26).isNull())
        t.csatScore = query.value(26).toInt();
    t.isInquiry = query.value(27).toBool();
    t.converted = query.value(28).toBool();
    t.aboutAgentId = optionalId(29);
    const QString tags = query.value(30).toString();
    t.tags = tags.isEmpty() ? QStringList() : tags.split(QLatin1Char(','), Qt::SkipEmptyParts);
    *found = true;
    return true;
}

bool TicketRepository::conversations(qint64 ticketId, QList<Conversation> *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT c.id, m.seq, m.speaker, m.sent_at, m.text FROM conversations c "
                                      "JOIN messages m ON m.conversation_id = c.id WHERE c.ticket_id = ? "
                                      "ORDER BY c.started_at, c.id, m.seq")))
        return reportError(query, error);
    query.addBindValue(ticketId);
    if (!query.exec())
        return reportError(query, error);
    while (query.next()) {
        const qint64 conversationId = query.value(0).toLongLong();
        if (out->isEmpty() || out->last().id != conversationId)
            out->append(Conversation { conversationId, ticketId, {} });
        Message message;
        message.id = query.value(1).toLongLong();
        message.speaker = Vocabulary::fromCode<Speaker>(query.value(2).toString()).value_or(Speaker::System);
        message.sentAt = timeOf(query.value(3));
        message.text = query.value(4).toString();
        out->last().messages.append(message);
    }
    return !query.lastError().isValid() || reportError(query, error);
}

bool TicketRepository::names(const Ticket &ticket, QString *agentName, QString *teamName,
                             QString *aboutAgentName, QString *error) const
{
    const auto lookup = [&](const char *table, const std::optional<qint64> &id, QString *name) {
        if (!id)
            return true;
        QSqlQuery query(m_db);
        if (!query.prepare(QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(QLatin1StringView(table))))
            return reportError(query, error);
        query.addBindValue(*id);
        if (!query.exec())
            return reportError(query, error);
        if (query.next())
            *name = query.value(0).toString();
        return true;
    };
    return lookup("agents", ticket.agentId, agentName) && lookup("teams", ticket.teamId, teamName)
        && lookup("agents", ticket.aboutAgentId, aboutAgentName);
}
