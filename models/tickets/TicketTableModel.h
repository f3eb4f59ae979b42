#pragma once

#include "services/TicketService.h"
#include "sla/SlaEvaluator.h"
#include "tickets/BlockCache.h"
#include "tickets/TicketQuery.h"

#include <QAbstractTableModel>
#include <QSet>

#include <atomic>
#include <memory>

class QThread;
class TicketLoader;

/**
 * The ticket table at any size: rows are read in blocks on worker threads and held in a bounded
 * cache; the model never holds the table. Filtering and sorting happen in SQL (setFilter(),
 * sort()), each starting a new generation that drops answers still in flight.
 *
 * Life of a query: after a reset rowCount() is 0; the first block arrives (rowsLoaded(0, n-1)),
 * then the count (countKnown()), which sets rowCount() to the full size. Until the count is known
 * the view can grow the table block by block through canFetchMore()/fetchMore(). Rows not loaded
 * yet show a "Loading…" placeholder and ask for their block; rowsLoaded() follows.
 *
 * Owns worker threads with their own store connections: one for blocks and ticket detail, and
 * countSlices that share counting and facets. Destroy the model before the store.
 */
class TicketTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ExternalIdColumn,
        CreatedColumn,
        PlatformColumn,
        ChannelColumn,
        TypeColumn,
        CategoryColumn,
        PriorityColumn,
        StatusColumn,
        TierColumn,
        AgentColumn,
        TeamColumn,
        OrderIdColumn,
        FirstResponseColumn,
        FirstResponseSlaColumn,
        ResolvedColumn,
        CsatColumn,
        ColumnCount
    };

    enum Role {
        TicketIdRole = Qt::UserRole + 1, // qint64, 0 while loading
        SortValueRole, // the raw value of the cell (codes, UTC seconds, ids)
        SlaBreachedRole, // bool: first response breached (PRODUCT.md rule)
        StatusRole, // TicketStatus as int
        PriorityRole, // Priority as int
        LoadedRole, // bool: the row's data has arrived
    };
    Q_ENUM(Role)

    static constexpr int defaultBlockSize = 128;
    static constexpr int defaultMaxBlocks = 256;
    static constexpr int countSlices = 2; // threads sharing a count (2 cores on the target PC)

    explicit TicketTableModel(const ServiceContext &context, QObject *parent = nullptr);
    ~TicketTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /** Sorts in SQL; only sortable columns (isSortable()) change the order. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);
    static std::optional<TicketSortKey> sortKeyOf(int column);
    static int columnOf(TicketSortKey key);

    TicketFilter filter() const { return m_filter; }
    void setFilter(const TicketFilter &filter);
    TicketSort sortOrder() const { return m_sort; }
    void setSortOrder(const TicketSort &sort);
    /** Reads everything again with the current filter and sort (e.g. after an import). */
    void reload();

    /** The total for the current filter, or -1 until countKnown(). */
    qint64 totalCount() const { return m_count; }
    bool isCountKnown() const { return m_count >= 0; }
    bool isRowLoaded(int row) const;
    /**
     * Asks for the row's block unless it is cached or on its way; rowsLoaded() follows. Rows at or
     * past rowCount() are ignored: before countKnown() only the loaded prefix exists.
     */
    void ensureRowLoaded(int row);
    /** The loaded row, or null. */
    const TicketRow *rowAt(int row) const;
    qint64 ticketIdAt(int row) const;
    quint64 generation() const { return m_generation->load(); }
    TicketFacets facets() const { return m_facets; }

    /** Loads one ticket with its conversations on the worker; detailLoaded() answers. */
    quint64 requestDetail(qint64 ticketId);

signals:
    /**
     * Rows [first, last] have their data. The first page of a query is the one with first == 0;
     * an empty result reports it as rowsLoaded(0, -1).
     */
    void rowsLoaded(int first, int last);
    void countKnown(qint64 count);
    void facetsChanged(const TicketFacets &facets);
    void detailLoaded(quint64 requestId, const TicketDetail &detail, bool found);
    void loadFailed(const QString &error);
    /** A new query started (filter, sort or reload). */
    void queryReset();

private:
    void restart();
    void requestBlock(qint64 block) const;
    void onBlockLoaded(quint64 generation, qint64 block, const QList<TicketRow> &rows);
    void onBlockDropped(quint64 generation, qint64 block);
    void onCountLoaded(quint64 generation, qint64 count);
    void onFacetsLoaded(quint64 generation, const TicketFacets &facets);
    void applyCount(qint64 count);
    QVariant displayValue(const TicketRow &row, int column) const;
    QVariant sortValue(const TicketRow &row, int column) const;
    SlaClockState::Outcome firstResponseOutcome(const TicketRow &row) const;
    bool isBreached(const TicketRow &row) const;

    const ServiceContext &m_context;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    std::shared_ptr<std::atomic<int>> m_blockWork;
    TicketFilter m_filter;
    TicketSort m_sort;
    mutable BlockCache<TicketRow> m_cache;
    mutable QSet<qint64> m_pendingBlocks;
    int m_rowCount = 0;
    qint64 m_count = -1;
    qint64 m_slaNow = 0; // UTC seconds; "now" for the breach role, fixed per query
    TicketFacets m_facets;
    qint64 m_partialCount = 0;
    int m_countSlicesIn = 0;
    TicketFacets m_partialFacets;
    int m_facetSlicesIn = 0;
    quint64 m_nextDetailRequest = 0;
    QList<QThread *> m_threads;
    TicketLoader *m_blockLoader = nullptr;
    QList<TicketLoader *> m_countLoaders;
};
