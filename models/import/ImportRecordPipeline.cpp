#include "ImportRecordPipeline.h"

#include "ImportSource.h"
#include "RecordMapper.h"

namespace {
// Big enough to amortise the hand-over, small enough that cancel and progress stay prompt.
constexpr std::size_t RecordsPerChunk = 2048;
constexpr std::size_t ChunksInFlight = 4;
// How much of the file to read before estimating its record count from it.
constexpr double KeyEstimateProgress = 0.01;
} // namespace

ImportRecordPipeline::ImportRecordPipeline(ImportSource &source, RecordMapper &mapper)
    : m_source(source)
    , m_mapper(mapper)
{
}

ImportRecordPipeline::~ImportRecordPipeline()
{
    stop();
}

void ImportRecordPipeline::start()
{
    m_thread = std::thread([this] { produce(); });
}

void ImportRecordPipeline::produce()
{
    std::vector<std::vector<PipelineRecord>> idle; // emptied chunks, kept for their capacity
    std::vector<PipelineRecord> chunk = takeChunk(&idle);
    QStringList fields;
    qint64 records = 0;
    bool keysReserved = false;
    bool more = true;
    while (more) {
        more = m_source.readRecord(&fields);
        if (more) {
            const ImportRowOrigin origin { m_source.recordNumber(), m_source.lineNumber() };
            // Built in place: a record is large enough that moving it into the chunk showed in profiles.
            PipelineRecord &record = chunk.emplace_back();
            record.mapped = m_mapper.map(fields, origin);
            if (m_finisher)
                m_finisher(record.mapped);
            record.fields = std::move(fields);
            fields = QStringList();
            ++records;
        }
        if (chunk.size() < RecordsPerChunk && more)
            continue;
        const double progress = more ? m_source.progress() : 1.0;
        m_progress.store(progress, std::memory_order_relaxed);
        if (!keysReserved && progress >= KeyEstimateProgress) {
            // Once a little of the file is read, its record count can be estimated: sizing the
            // mapper's duplicate-key table then saves growing it step by step to millions.
            keysReserved = true;
            if (progress < 0.5)
                m_mapper.reserveKeys(qsizetype(double(records) / progress * 1.1));
        }
        std::vector<std::vector<PipelineRecord>> spent;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_queue.size() < ChunksInFlight || m_stopRequested; });
            spent.swap(m_spent);
            if (m_stopRequested)
                return;
            if (!chunk.empty())
                m_queue.push_back(std::move(chunk));
            if (!more) {
                m_error = m_source.errorString();
                m_finished = true;
            }
            m_changed.notify_all();
        }
        // The spent records are freed here, outside the lock, on the thread that allocated them;
        // their vectors keep their memory for the next chunks instead of mapping fresh pages.
        for (std::vector<PipelineRecord> &vector : spent) {
            vector.clear();
            if (idle.size() < ChunksInFlight)
                idle.push_back(std::move(vector));
        }
        if (more)
            chunk = takeChunk(&idle);
    }
}

std::vector<PipelineRecord> ImportRecordPipeline::takeChunk(std::vector<std::vector<PipelineRecord>> *idle)
{
    std::vector<PipelineRecord> chunk;
    if (!idle->empty()) {
        chunk = std::move(idle->back());
        idle->pop_back();
    }
    chunk.reserve(RecordsPerChunk);
    return chunk;
}

bool ImportRecordPipeline::next(std::vector<PipelineRecord> *chunk)
{
    std::unique_lock lock(m_mutex);
    if (!chunk->empty())
        m_spent.push_back(std::move(*chunk));
    chunk->clear();
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished; });
    if (m_queue.empty())
        return false;
    *chunk = std::move(m_queue.front());
    m_queue.pop_front();
    m_changed.notify_all();
    return true;
}

void ImportRecordPipeline::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopRequested = true;
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
}

QString ImportRecordPipeline::sourceError() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}
