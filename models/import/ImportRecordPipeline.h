#pragma once

#include "ImportRows.h"

#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

class ImportSource;
class RecordMapper;

/** One source record on its way to the writer: its text (for the reject file) and its typed rows. */
struct PipelineRecord
{
    QStringList fields;
    MappedRecord mapped;
};

/**
 * Reads and maps records on a thread of its own while the caller writes the previous ones, so a
 * two-core machine parses and writes at the same time. Records travel in chunks through a short
 * bounded queue: memory stays bounded whatever the file size, and a slow writer slows the reader.
 *
 * The source and mapper are used only by the pipeline's thread between start() and the end of
 * the stream (or stop()); the caller must not touch them meanwhile.
 */
class ImportRecordPipeline
{
public:
    ImportRecordPipeline(ImportSource &source, RecordMapper &mapper);
    ~ImportRecordPipeline();
    ImportRecordPipeline(const ImportRecordPipeline &) = delete;
    ImportRecordPipeline &operator=(const ImportRecordPipeline &) = delete;

    /**
     * Work to do on each mapped record on the pipeline's thread, after mapping (e.g. SLA due times):
     * whatever does not need the store is better done here than on the writing thread.
     * Set before start().
     */
    void setFinisher(std::function<void(MappedRecord &)> finisher) { m_finisher = std::move(finisher); }

    void start();
    /**
     * Next chunk; false when the source is exhausted (or failed: see sourceError()). The records
     * *chunk held go back to the pipeline's thread to be freed there (freeing millions of strings
     * another thread allocated cost the writing thread an eighth of its time), and the vector is
     * reused for a later chunk.
     */
    bool next(std::vector<PipelineRecord> *chunk);
    /** Stops reading early (cancel, or a write failure) and waits for the thread. */
    void stop();

    /** The reader's error once next() returned false; empty at a clean end. */
    QString sourceError() const;
    /** Fraction of the file consumed, readable from any thread. */
    double progress() const { return m_progress.load(std::memory_order_relaxed); }

private:
    void produce();
    /** An empty chunk: a spent one from idle when there is one, with room for a whole chunk. */
    static std::vector<PipelineRecord> takeChunk(std::vector<std::vector<PipelineRecord>> *idle);

    ImportSource &m_source;
    RecordMapper &m_mapper;
    std::function<void(MappedRecord &)> m_finisher;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<PipelineRecord>> m_queue;
    std::vector<std::vector<PipelineRecord>> m_spent; // consumed chunks, freed by produce()
    bool m_finished = false;
    bool m_stopRequested = false;
    QString m_error;
    std::atomic<double> m_progress { 0.0 };
};
