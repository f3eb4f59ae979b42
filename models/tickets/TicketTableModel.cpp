#include "TicketTableModel.h"

#include "sla/SlaEvaluator.h"
#include "tickets/TicketLoader.h"

#include <QDateTime>
#include <QThread>

namespace {

QString formatTime(qint64 utcSeconds)
{
    if (utcSeconds == 0)
        return {};
    // Stored in UTC, shown in the workstation's zone.
    return QDateTime::fromSecsSinceEpoch(utcSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QVariant timeValue(qint64 utcSeconds)
{
    return utcSeconds == 0 ? QVariant() : QVariant(utcSeconds);
}

void registerMetaTypes()
{
    qRegisterMetaType<TicketFilter>();
    qRegisterMetaType<TicketSort>();
    qRegisterMetaType<TicketRow>();
    qRegisterMetaType<QList<TicketRow>>();
    qRegisterMetaType<TicketFacets>();
    qRegisterMetaType<TicketDetail>();
}

} // namespace

TicketTableModel::TicketTableModel(const ServiceContext &context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
    , m_generation(std::make_shared<std::atomic<quint64>>(1))
    , m_blockWork(std::make_shared<std::atomic<int>>(0))
    , m_cache(defaultBlockSize, defaultMaxBlocks)
{
    registerMetaTypes();
    const auto startWorker = [this](const QString &name, TicketLoader::Duty duty) {
        auto *thread = new QThread(this);
        thread->setObjectName(name);
        auto *loader = new TicketLoader(m_context, m_generation, m_blockWork, duty);
        loader->moveToThread(thread);
        connect(thread, &QThread::finished, loader, &QObject::deleteLater);
        connect(
            loader, &TicketLoader::failed, this,
            [this](quint64 generation, const QString &error) {
                if (generation == m_generation->load())
                    emit loadFailed(error);
            },
            Qt::QueuedConnection);
        m_threads.append(thread);
        thread->start();
        return loader;
    };
    m_blockLoader = startWorker(QStringLiteral("TicketBlockLoader"), TicketLoader::Duty::Blocks);
    connect(m_blockLoader, &TicketLoader::blockLoaded, this, &TicketTableModel::onBlockLoaded,
            Qt::QueuedConnection);
    connect(m_blockLoader, &TicketLoader::blockDropped, this, &TicketTableModel::onBlockDropped,
            Qt::QueuedConnection);
    connect(m_blockLoader, &TicketLoader::detailLoaded, this, &TicketTableModel::detailLoaded,
            Qt::QueuedConnection);
    for (int slice = 0; slice < countSlices; ++slice) {
        TicketLoader *loader
            = startWorker(QStringLiteral("TicketCountLoader%1").arg(slice), TicketLoader::Duty::Counts);
        connect(loader, &TicketLoader::countLoaded, this, &TicketTableModel::onCountLoaded,
                Qt::QueuedConnection);
        connect(loader, &TicketLoader::facetsLoaded, this, &TicketTableModel::onFacetsLoaded,
                Qt::QueuedConnection);
        m_countLoaders.append(loader);
    }
    restart();
}

TicketTableModel::~TicketTableModel()
{
    // A new generation interrupts whatever the workers run; then each releases its connection.
    m_generation->fetch_add(1);
    QList<TicketLoader *> loaders = m_countLoaders;
    loaders.prepend(m_blockLoader);
    for (qsizetype i = 0; i < loaders.size(); ++i) {
        QMetaObject::invokeMethod(loaders.at(i), &TicketLoader::shutdown, Qt::BlockingQueuedConnection);
        m_threads.at(i)->quit();
        m_threads.at(i)->wait();
    }
}

int TicketTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int TicketTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TicketTableModel::setFilter(const TicketFilter &filter)
{
    m_filter = filter;
    restart();
}

void TicketTableModel::setSortOrder(const TicketSort &sort)
{
    m_sort = sort;
    restart();
}

void TicketTableModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyOf(column);
    if (!key)
        return;
    setSortOrder({ *key, order == Qt::DescendingOrder });
}

void TicketTableModel::reload()
{
    restart();
}

void TicketTableModel::restart()
{
    const quint64 generation = m_generation->fetch_add(1) + 1;
    beginResetModel();
    m_cache.clear();
    m_pendingBlocks.clear();
    m_rowCount = 0;
    m_count = -1;
    m_facets = {};
    m_partialCount = 0;
    m_countSlicesIn = 0;
    m_partialFacets = {};
    m_facetSlicesIn = 0;
    m_slaNow = QDateTime::currentSecsSinceEpoch();
    endResetModel();
    TicketFilter filter = m_filter;
    if (!filter.slaNow.isValid())
        filter.slaNow = QDateTime::fromSecsSinceEpoch(m_slaNow, Qt::UTC);
    QList<TicketLoader *> loaders = m_countLoaders;
    loaders.prepend(m_blockLoader);
    for (TicketLoader *loader : std::as_const(loaders)) {
        QMetaObject::invokeMethod(
            loader,
            [loader, generation, filter, sort = m_sort] { loader->setQuery(generation, filter, sort); },
            Qt::QueuedConnection);
    }
    requestBlock(0);
    for (int slice = 0; slice < countSlices; ++slice) {
        TicketLoader *loader = m_countLoaders.at(slice);
        QMetaObject::invokeMethod(
            loader, [loader, generation, slice] { loader->requestCount(generation, slice, countSlices); },
            Qt::QueuedConnection);
    }
    emit queryReset();
}

void TicketTableModel::requestBlock(qint64 block) const
{
    if (m_cache.hasBlock(block) || m_pendingBlocks.contains(block))
        return;
    m_pendingBlocks.insert(block);
    const quint64 generation = m_generation->load();
    QMetaObject::invokeMethod(
        m_blockLoader,
        [loader = m_blockLoader, generation, block, count = m_count] {
            loader->requestBlock(generation, block, defaultBlockSize, count);
        },
        Qt::QueuedConnection);
}

void TicketTableModel::onBlockLoaded(quint64 generation, qint64 block, const QList<TicketRow> &rows)
{
    if (generation != m_generation->load())
        return;
    m_pendingBlocks.remove(block);
    const qint64 first = block * defaultBlockSize;
    m_cache.insert(block, rows);
    if (rows.isEmpty()) {
        if (!isCountKnown() && first == m_rowCount)
            applyCount(first);
        if (block == 0)
            emit rowsLoaded(0, -1); // the first page is in, and it is empty
        return;
    }
    const int last = static_cast<int>(first + rows.size() - 1);
    if (!isCountKnown() && first == m_rowCount) {
        // The count is not in yet: grow the table by the rows that just arrived.
        beginInsertRows({}, static_cast<int>(first), last);
        m_rowCount = last + 1;
        endInsertRows();
        if (rows.size() < defaultBlockSize)
            applyCount(m_rowCount);
    } else if (first < m_rowCount) {
        emit dataChanged(index(static_cast<int>(first), 0),
                         index(std::min(last, m_rowCount - 1), ColumnCount - 1));
    }
    emit rowsLoaded(static_cast<int>(first), std::min(last, m_rowCount - 1));
}

void TicketTableModel::onBlockDropped(quint64 generation, qint64 block)
{
    if (generation != m_generation->load())
        return;
    m_pendingBlocks.remove(block);
    // The worker skipped this block for newer ones. If its rows are still on screen, the view
    // repaints them on this signal, asks again through data(), and the block is requested anew.
    const qint64 first = block * defaultBlockSize;
    const qint64 last = std::min<qint64>(first + defaultBlockSize, m_rowCount) - 1;
    if (first <= last)
        emit dataChanged(index(int(first), 0), index(int(last), ColumnCount - 1));
}

void TicketTableModel::onCountLoaded(quint64 generation, qint64 count)
{
    if (generation != m_generation->load())
        return;
    m_partialCount += count;
    if (++m_countSlicesIn == countSlices && !isCountKnown())
        applyCount(m_partialCount);
}

void TicketTableModel::onFacetsLoaded(quint64 generation, const TicketFacets &facets)
{
    if (generation != m_generation->load())
        return;
    const auto add = [](QList<qint64> *sum, const QList<qint64> &part) {
        sum->resize(std::max(sum->size(), part.size()));
        for (qsizetype i = 0; i < part.size(); ++i)
            (*sum)[i] += part.at(i);
    };
    m_partialFacets.total += facets.total;
    add(&m_partialFacets.platforms, facets.platforms);
    add(&m_partialFacets.channels, facets.channels);
    add(&m_partialFacets.types, facets.types);
    add(&m_partialFacets.categories, facets.categories);
    add(&m_partialFacets.statuses, facets.statuses);
    add(&m_partialFacets.tiers, facets.tiers);
    if (++m_facetSlicesIn < countSlices)
        return;
    m_facets = m_partialFacets;
    emit facetsChanged(m_facets);
}

void TicketTableModel::applyCount(qint64 count)
{
    const int rows = static_cast<int>(std::min<qint64>(count, std::numeric_limits<int>::max()));
    if (rows > m_rowCount) {
        beginInsertRows({}, m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        // The store changed under the query; the count is the truth.
        beginRemoveRows({}, rows, m_rowCount - 1);
        m_rowCount = rows;
        endRemoveRows();
    }
    m_count = count;
    const quint64 generation = m_generation->load();
    QMetaObject::invokeMethod(
        m_blockLoader,
        [loader = m_blockLoader, generation, count] { loader->startAnchorWalk(generation, count); },
        Qt::QueuedConnection);
    emit countKnown(count);
}

bool TicketTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !isCountKnown() && m_rowCount > 0 && m_rowCount % defaultBlockSize == 0;
}

void TicketTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestBlock(m_rowCount / defaultBlockSize);
}

bool TicketTableModel::isRowLoaded(int row) const
{
    return row >= 0 && row < m_rowCount && m_cache.peek(row) != nullptr;
}

void TicketTableModel::ensureRowLoaded(int row)
{
    if (row >= 0 && row < m_rowCount && !m_cache.peek(row))
        requestBlock(m_cache.blockOf(row));
}

const TicketRow *TicketTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rowCount ? m_cache.peek(row) : nullptr;
}

qint64 TicketTableModel::ticketIdAt(int row) const
{
    const TicketRow *ticket = rowAt(row);
    return ticket ? ticket->id : 0;
}

quint64 TicketTableModel::requestDetail(qint64 ticketId)
{
    const quint64 requestId = ++m_nextDetailRequest;
    QMetaObject::invokeMethod(
        m_blockLoader,
        [loader = m_blockLoader, requestId, ticketId] { loader->requestDetail(requestId, ticketId); },
        Qt::QueuedConnection);
    return requestId;
}

bool TicketTableModel::isSortable(int column)
{
    return sortKeyOf(column).has_value();
}

std::optional<TicketSortKey> TicketTableModel::sortKeyOf(int column)
{
    switch (column) {
    case ExternalIdColumn:
        return TicketSortKey::ExternalId;
    case CreatedColumn:
        return TicketSortKey::CreatedAt;
    case StatusColumn:
        return TicketSortKey::Status;
    case AgentColumn:
        return TicketSortKey::Agent;
    case TeamColumn:
        return TicketSortKey::Team;
    case OrderIdColumn:
        return TicketSortKey::OrderId;
    default:
        return std::nullopt;
    }
}

int TicketTableModel::columnOf(TicketSortKey key)
{
    switch (key) {
    case TicketSortKey::CreatedAt:
        return CreatedColumn;
    case TicketSortKey::ExternalId:
        return ExternalIdColumn;
    case TicketSortKey::Status:
        return StatusColumn;
    case TicketSortKey::Agent:
        return AgentColumn;
    case TicketSortKey::Team:
        return TeamColumn;
    case TicketSortKey::OrderId:
        return OrderIdColumn;
    }
    return CreatedColumn;
}

SlaClockState::Outcome TicketTableModel::firstResponseOutcome(const TicketRow &row) const
{
    // Rows hold UTC seconds with 0 for "none"; SlaEvaluator owns the breach rule.
    const auto instant = [](qint64 seconds) {
        return seconds != 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
    };
    return SlaEvaluator::evaluate(instant(row.firstResponseDueAt), instant(row.firstResponseAt),
                                  instant(m_slaNow))
        .outcome;
}

bool TicketTableModel::isBreached(const TicketRow &row) const
{
    return firstResponseOutcome(row) == SlaClockState::Outcome::Breached;
}

QVariant TicketTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketRow *row = m_cache.row(index.row());
    if (!row) {
        if (role == Qt::DisplayRole || role == LoadedRole)
            requestBlock(m_cache.blockOf(index.row()));
        if (role == Qt::DisplayRole)
            return index.column() == 0 ? tr("Loading…") : QVariant();
        if (role == LoadedRole || role == SlaBreachedRole)
            return false;
        if (role == TicketIdRole)
            return qint64(0);
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == FirstResponseSlaColumn && row->firstResponseDueAt != 0)
            return tr("First response due %1").arg(formatTime(row->firstResponseDueAt));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CsatColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TicketIdRole:
        return row->id;
    case SortValueRole:
        return sortValue(*row, index.column());
    case SlaBreachedRole:
        return isBreached(*row);
    case StatusRole:
        return static_cast<int>(row->status);
    case PriorityRole:
        return static_cast<int>(row->priority);
    case LoadedRole:
        return true;
    default:
        return {};
    }
}

QVariant TicketTableModel::displayValue(const TicketRow &row, int column) const
{
    switch (column) {
    case ExternalIdColumn:
        return row.externalId;
    case CreatedColumn:
        return formatTime(row.createdAt);
    case PlatformColumn:
        return Vocabulary::displayName(row.platform);
    case ChannelColumn:
        return Vocabulary::displayName(row.channel);
    case TypeColumn:
        return Vocabulary::displayName(row.type);
    case CategoryColumn:
        return Vocabulary::displayName(row.category);
    case PriorityColumn:
        return Vocabulary::displayName(row.priority);
    case StatusColumn:
        return Vocabulary::displayName(row.status);
    case TierColumn:
        return Vocabulary::code(row.tier);
    case AgentColumn:
        return row.agentName;
    case TeamColumn:
        return row.teamName;
    case OrderIdColumn:
        return row.orderId;
    case FirstResponseColumn:
        return formatTime(row.firstResponseAt);
    case FirstResponseSlaColumn:
        switch (firstResponseOutcome(row)) {
        case SlaClockState::Outcome::NotApplicable:
            return tr("No SLA");
        case SlaClockState::Outcome::Breached:
            return tr("Breached");
        case SlaClockState::Outcome::Met:
            return tr("Met");
        case SlaClockState::Outcome::Running:
            return tr("Running");
        }
        return {};
    case ResolvedColumn:
        return formatTime(row.resolvedAt);
    case CsatColumn:
        return row.csatScore > 0 ? QVariant(row.csatScore) : QVariant();
    default:
        return {};
    }
}

QVariant TicketTableModel::sortValue(const TicketRow &row, int column) const
{
    switch (column) {
    case ExternalIdColumn:
        return row.externalId;
    case CreatedColumn:
        return row.createdAt;
    case PlatformColumn:
        return Vocabulary::code(row.platform);
    case ChannelColumn:
        return Vocabulary::code(row.channel);
    case TypeColumn:
        return Vocabulary::code(row.type);
    case CategoryColumn:
        return Vocabulary::code(row.category);
    case PriorityColumn:
        return Vocabulary::code(row.priority);
    case StatusColumn:
        return Vocabulary::code(row.status);
    case TierColumn:
        return Vocabulary::code(row.tier);
    case AgentColumn:
        return row.agentId == 0 ? QVariant() : QVariant(row.agentId);
    case TeamColumn:
        return row.teamId == 0 ? QVariant() : QVariant(row.teamId);
    case OrderIdColumn:
        return row.orderId.isNull() ? QVariant() : QVariant(row.orderId);
    case FirstResponseColumn:
        return timeValue(row.firstResponseAt);
    case FirstResponseSlaColumn:
        return isBreached(row);
    case ResolvedColumn:
        return timeValue(row.resolvedAt);
    case CsatColumn:
        return row.csatScore > 0 ? QVariant(row.csatScore) : QVariant();
    default:
        return {};
    }
}

QVariant TicketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && !isSortable(section))
        return tr("Not sortable: sorting by this column would sort every matching ticket");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ExternalIdColumn:
        return tr("Ticket");
    case CreatedColumn:
        return tr("Created");
    case PlatformColumn:
        return tr("Platform");
    case ChannelColumn:
        return tr("Channel");
    case TypeColumn:
        return tr("Type");
    case CategoryColumn:
        return tr("Category");
    case PriorityColumn:
        return tr("Priority");
    case StatusColumn:
        return tr("Status");
    case TierColumn:
        return tr("Tier");
    case AgentColumn:
        return tr("Agent");
    case TeamColumn:
        return tr("Team");
    case OrderIdColumn:
        return tr("Order");
    case FirstResponseColumn:
        return tr("First response");
    case FirstResponseSlaColumn:
        return tr("Response SLA");
    case ResolvedColumn:
        return tr("Resolved");
    case CsatColumn:
        return tr("CSAT");
    default:
        return {};
    }
}
