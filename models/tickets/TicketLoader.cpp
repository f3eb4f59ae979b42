#include "TicketLoader.h"

#include "store/QueryInterruption.h"
#include "store/Store.h"
#include "store/TicketRepository.h"

#include <QThread>

namespace {

constexpr qint64 maxAnchors = 200000;
constexpr int countCacheKib = 4096;

/** Marks which generation's request runs, for the progress handler, until the scope ends. */
class RunningScope
{
public:
    RunningScope(quint64 &running, quint64 generation)
        : m_running(running)
    {
        m_running = generation;
    }
    ~RunningScope() { m_running = 0; }
    RunningScope(const RunningScope &) = delete;
    RunningScope &operator=(const RunningScope &) = delete;

private:
    quint64 &m_running;
};

} // namespace

TicketLoader::TicketLoader(const ServiceContext &context, std::shared_ptr<std::atomic<quint64>> generation,
                           std::shared_ptr<std::atomic<int>> blockWork, Duty duty, QObject *parent)
    : QObject(parent)
    , m_service(context)
    , m_generation(std::move(generation))
    , m_context(context)
    , m_duty(duty)
{
    m_interrupt.current = m_generation;
    m_interrupt.blockWork = std::move(blockWork);
    m_interrupt.yieldsToBlocks = duty == Duty::Counts;
}

TicketLoader::~TicketLoader() = default;

void TicketLoader::installInterrupt()
{
    if (m_interruptInstalled)
        return;
    // The check runs on this thread inside the engine's step; it stops a query whose answer nobody
    // wants any more because the model moved on to a new filter or sort.
    const auto interruptWhenStale = [](void *context) -> int {
        const auto *state = static_cast<const InterruptState *>(context);
        const auto stale = [state] {
            return state->running != 0 && state->running != state->current->load();
        };
        // On two cores a full-table scan beside a block load halves the block's speed; the scan
        // waits instead (it is called every 1000 VM steps, so it pauses within microseconds).
        while (state->yieldsToBlocks && state->blockWork->load() > 0 && !stale())
            QThread::usleep(500);
        return stale() ? 1 : 0;
    };
    QueryInterruption::install(m_context.store().connection(), 1000, interruptWhenStale, &m_interrupt);
    if (m_duty == Duty::Counts) {
        QString error;
        if (!TicketRepository(m_context.store().connection()).setPageCacheKib(countCacheKib, &error))
            qWarning("Could not shrink the count connection's page cache: %s", qPrintable(error));
    }
    m_interruptInstalled = true;
}

void TicketLoader::setQuery(quint64 generation, const TicketFilter &filter, const TicketSort &sort)
{
    m_queryGeneration = generation;
    m_filter = filter;
    m_sort = sort;
    m_anchors.clear();
    m_pending.clear();
    m_walkCount = -1;
    m_walkRow = -1;
    setBlockWork(false);
}

void TicketLoader::startAnchorWalk(quint64 generation, qint64 count)
{
    if (generation != m_queryGeneration || !isCurrent(generation) || count <= 2 * anchorSpacing)
        return;
    m_walkCount = count;
    m_walkRow = -1;
    scheduleWalk();
}

void TicketLoader::scheduleWalk()
{
    if (m_walkScheduled || m_walkCount < 0 || !m_pending.isEmpty())
        return;
    m_walkScheduled = true;
    QMetaObject::invokeMethod(this, &TicketLoader::walkStep, Qt::QueuedConnection);
}

void TicketLoader::walkStep()
{
    // One step at a time through the event queue, so block requests that arrive meanwhile go first.
    m_walkScheduled = false;
    if (m_walkCount < 0 || !isCurrent(m_queryGeneration) || !m_pending.isEmpty())
        return;
    const qint64 target = m_walkRow + anchorSpacing;
    if (target >= m_walkCount) {
        m_walkCount = -1;
        return;
    }
    installInterrupt();
    TicketRowKey from;
    if (m_walkRow >= 0)
        from = m_anchors.value(m_walkRow);
    TicketRowKey key;
    bool found = false;
    QString error;
    bool ok = false;
    {
        RunningScope running(m_interrupt.running, m_queryGeneration);
        ok = (m_walkRow < 0 || from.isValid())
            && m_service.keyAtOffset(m_filter, m_sort, from, target - m_walkRow - 1, &key, &found, &error);
    }
    if (!ok || !found) {
        m_walkCount = -1; // interrupted, changed under us or past the end: anchors from blocks still serve
        return;
    }
    m_anchors.insert(target, key);
    m_walkRow = target;
    scheduleWalk();
}

void TicketLoader::setBlockWork(bool pending)
{
    if (m_duty == Duty::Blocks)
        m_interrupt.blockWork->store(pending ? 1 : 0);
}

void TicketLoader::requestBlock(quint64 generation, qint64 block, int blockSize, qint64 knownCount)
{
    if (!isCurrent(generation) || generation != m_queryGeneration)
        return;
    m_pending.append({ generation, block, blockSize, knownCount });
    setBlockWork(true);
    while (m_pending.size() > maxPendingBlocks) {
        const BlockRequest dropped = m_pending.takeFirst();
        emit blockDropped(dropped.generation, dropped.block);
    }
    if (!m_processScheduled) {
        // Let every request already queued arrive first, then serve the newest.
        m_processScheduled = true;
        QMetaObject::invokeMethod(this, &TicketLoader::processNextBlock, Qt::QueuedConnection);
    }
}

void TicketLoader::processNextBlock()
{
    m_processScheduled = false;
    if (m_pending.isEmpty())
        return;
    const BlockRequest request = m_pending.takeLast();
    if (isCurrent(request.generation) && request.generation == m_queryGeneration) {
        installInterrupt();
        QList<TicketRow> rows;
        QString error;
        bool ok = false;
        {
            RunningScope running(m_interrupt.running, request.generation);
            ok = loadBlock(request, &rows, &error);
        }
        if (ok)
            emit blockLoaded(request.generation, request.block, rows);
        else if (isCurrent(request.generation))
            emit failed(request.generation, error);
        else
            emit blockDropped(request.generation, request.block);
    }
    if (m_pending.isEmpty()) {
        setBlockWork(false);
        scheduleWalk();
    } else if (!m_processScheduled) {
        m_processScheduled = true;
        QMetaObject::invokeMethod(this, &TicketLoader::processNextBlock, Qt::QueuedConnection);
    }
}

bool TicketLoader::loadBlock(const BlockRequest &request, QList<TicketRow> *rows, QString *error)
{
    const qint64 first = request.block * request.blockSize;
    TicketRowKey after;
    if (first > 0 && !keyBefore(first, request.knownCount, &after, error))
        return false;
    if (first > 0 && !after.isValid())
        return true; // past the end: an empty block
    if (!m_service.fetchRows(m_filter, m_sort, after, request.blockSize, rows, error))
        return false;
    if (m_anchors.size() > maxAnchors)
        m_anchors.clear();
    if (!rows->isEmpty()) {
        m_anchors.insert(first, rows->first().key);
        m_anchors.insert(first + rows->size() - 1, rows->last().key);
    }
    return true;
}

bool TicketLoader::keyBefore(qint64 row, qint64 knownCount, TicketRowKey *key, QString *error)
{
    // The key of row - 1, the block's "after" key. Candidates: skip forward from the start or the
    // nearest anchor before it, or backward from the end or the nearest anchor after it.
    const qint64 target = row - 1;
    const auto exact = m_anchors.constFind(target);
    if (exact != m_anchors.cend()) {
        *key = exact.value();
        return true;
    }
    TicketRowKey from;
    qint64 offset = target; // forward from the start
    bool backward = false;
    auto next = m_anchors.upperBound(target);
    if (next != m_anchors.begin()) {
        const auto before = std::prev(next);
        if (target - before.key() - 1 < offset) {
            offset = target - before.key() - 1;
            from = before.value();
        }
    }
    if (next != m_anchors.end() && next.key() - target - 1 < offset) {
        offset = next.key() - target - 1;
        from = next.value();
        backward = true;
    }
    if (knownCount > 0 && knownCount - 1 - target < offset) {
        offset = knownCount - 1 - target;
        from = {};
        backward = true;
    }
    TicketSort sort = m_sort;
    if (backward)
        sort.descending = !sort.descending;
    bool found = false;
    if (!m_service.keyAtOffset(m_filter, sort, from, offset, key, &found, error))
        return false;
    if (!found)
        *key = {};
    else if (m_anchors.size() < maxAnchors)
        m_anchors.insert(target, *key);
    return true;
}

void TicketLoader::requestCount(quint64 generation, int slice, int slices)
{
    if (!isCurrent(generation))
        return;
    installInterrupt();
    const TicketFilter filter = m_filter;
    RunningScope running(m_interrupt.running, generation);
    QString error;
    TicketIdRange range;
    if (slices > 1) {
        qint64 maxId = 0;
        if (!m_service.maxId(&maxId, &error)) {
            emit failed(generation, error);
            return;
        }
        const qint64 width = maxId / slices + 1;
        if (slice > 0)
            range.from = slice * width;
        if (slice < slices - 1)
            range.to = (slice + 1) * width;
    }
    TicketFilter unfiltered;
    unfiltered.slaNow = filter.slaNow;
    const bool wholeFromIndex = filter == unfiltered;
    qint64 count = 0;
    const bool counted = wholeFromIndex ? (slice > 0 || m_service.count(filter, &count, &error))
                                        : m_service.count(filter, &count, &error, range);
    if (!counted) {
        if (isCurrent(generation))
            emit failed(generation, error);
        return;
    }
    emit countLoaded(generation, count);
    TicketFacets facets;
    if (m_service.facets(filter, &facets, &error, range))
        emit facetsLoaded(generation, facets);
    else if (isCurrent(generation))
        emit failed(generation, error);
}

void TicketLoader::requestDetail(quint64 requestId, qint64 ticketId)
{
    TicketDetail detail;
    bool found = false;
    QString error;
    if (!m_service.detail(ticketId, &detail, &found, &error))
        emit failed(m_generation->load(), error);
    emit detailLoaded(requestId, detail, found);
}

void TicketLoader::shutdown()
{
    QueryInterruption::remove(m_context.store().connection());
    m_context.store().releaseThreadConnection();
}
