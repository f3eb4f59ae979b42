#pragma once

#include "services/TicketService.h"
#include "tickets/TicketQuery.h"

#include <QMap>
#include <QObject>

#include <atomic>
#include <memory>

/**
 * Runs the ticket workspace's queries on a worker thread. Lives on that thread (moveToThread),
 * reads through its own store connection, receives requests by queued slots and answers by
 * signals the model connects with Qt::QueuedConnection.
 *
 * Requests carry the model's generation; the shared counter holds the current one. A request
 * from an older generation is dropped unstarted, and a running query is interrupted (SQLite
 * progress handler) as soon as the generation moves on. Block requests are served most recent
 * first, and only the latest few are kept, so a fast scroll does not queue up stale work.
 *
 * Block starts are found by key: the loader remembers the key of every row at a block edge it
 * has read (anchors), and jumps to another block with one index-only skip from the nearest
 * anchor, the start or the end, whichever is closest.
 */
class TicketLoader : public QObject
{
    Q_OBJECT

public:
    /**
     * Blocks: serves rows and detail, and raises blockWork while it has blocks to load. Counts:
     * serves counts and facets, and pauses its statement while blockWork is raised, so a long
     * scan never delays the rows the user is looking at.
     */
    enum class Duty { Blocks, Counts };

    TicketLoader(const ServiceContext &context, std::shared_ptr<std::atomic<quint64>> generation,
                 std::shared_ptr<std::atomic<int>> blockWork, Duty duty, QObject *parent = nullptr);
    ~TicketLoader() override;

    static constexpr int maxPendingBlocks = 6;
    static constexpr qint64 anchorSpacing = 32768;

public slots:
    void setQuery(quint64 generation, const TicketFilter &filter, const TicketSort &sort);
    /** Loads rows [block * blockSize, …); knownCount is the total if known, else -1. */
    void requestBlock(quint64 generation, qint64 block, int blockSize, qint64 knownCount);
    /**
     * Counts the matching tickets, then their facets, in slice `slice` of `slices` id ranges (the
     * model runs the slices on separate threads and adds them up). An empty filter's count is
     * cheap from an index, so slice 0 counts it whole and the others report 0.
     */
    void requestCount(quint64 generation, int slice, int slices);
    /**
     * The total is known: while no block is wanted, walk the result and record an anchor every
     * anchorSpacing rows, so later jumps anywhere skip at most that many rows.
     */
    void startAnchorWalk(quint64 generation, qint64 count);
    void requestDetail(quint64 requestId, qint64 ticketId);
    /** Releases this thread's store connection; call (blocking) before the thread quits. */
    void shutdown();

signals:
    void blockLoaded(quint64 generation, qint64 block, const QList<TicketRow> &rows);
    void blockDropped(quint64 generation, qint64 block);
    void countLoaded(quint64 generation, qint64 count);
    void facetsLoaded(quint64 generation, const TicketFacets &facets);
    void detailLoaded(quint64 requestId, const TicketDetail &detail, bool found);
    void failed(quint64 generation, const QString &error);

private:
    struct BlockRequest
    {
        quint64 generation;
        qint64 block;
        int blockSize;
        qint64 knownCount;
    };

    void processNextBlock();
    void scheduleWalk();
    void walkStep();
    bool loadBlock(const BlockRequest &request, QList<TicketRow> *rows, QString *error);
    bool keyBefore(qint64 row, qint64 knownCount, TicketRowKey *key, QString *error);
    bool isCurrent(quint64 generation) const { return generation == m_generation->load(); }
    void installInterrupt();
    void setBlockWork(bool pending);

    /** What the SQLite progress handler reads, from this thread, while a statement runs. */
    struct InterruptState
    {
        std::shared_ptr<std::atomic<quint64>> current; // the model's generation
        quint64 running = 0; // the running request's generation, 0 = never interrupt
        std::shared_ptr<std::atomic<int>> blockWork; // set while blocks are waiting to be loaded
        bool yieldsToBlocks = false;
    };

    TicketService m_service;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    const ServiceContext &m_context;
    InterruptState m_interrupt;
    Duty m_duty;
    quint64 m_queryGeneration = 0;
    TicketFilter m_filter;
    TicketSort m_sort;
    QMap<qint64, TicketRowKey> m_anchors; // row → key of that row, for the current query
    QList<BlockRequest> m_pending; // most recent last
    bool m_processScheduled = false;
    bool m_walkScheduled = false;
    qint64 m_walkCount = -1; // the total while walking; -1 = no walk
    qint64 m_walkRow = -1; // the last anchor the walk placed (-1: before the first row)
    bool m_interruptInstalled = false;
};
