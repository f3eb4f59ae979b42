#include "ImportRecordPipeline.h"

#include "ImportSource.h"
#include "RecordMapper.h"

namespace {
// Big enough to amortise the hand-over, small enough that cancel and progress stay prompt.
constexpr std::size_t RecordsPerChunk = 2048;
constexpr std::size_t ChunksInFlight = 4;
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
    std::vector<PipelineRecord> chunk;
    chunk.reserve(RecordsPerChunk);
    QStringList fields;
    bool more = true;
    while (more) {
        more = m_source.readRecord(&fields);
        if (more) {
            const ImportRowOrigin origin { m_source.recordNumber(), m_source.lineNumber() };
            PipelineRecord record;
            record.mapped = m_mapper.map(fields, origin);
            if (m_finisher)
                m_finisher(record.mapped);
            record.fields = std::move(fields);
            fields = QStringList();
            chunk.push_back(std::move(record));
        }
        if (chunk.size() < RecordsPerChunk && more)
            continue;
        m_progress.store(more ? m_source.progress() : 1.0, std::memory_order_relaxed);
        std::vector<std::vector<PipelineRecord>> spent; // freed after the lock is released
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < ChunksInFlight || m_stopRequested; });
        spent.swap(m_spent);
        if (m_stopRequested)
            return;
        if (!chunk.empty())
            m_queue.push_back(std::move(chunk));
        chunk = {};
        chunk.reserve(RecordsPerChunk);
        if (!more) {
            m_error = m_source.errorString();
            m_finished = true;
        }
        m_changed.notify_all();
    }
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
