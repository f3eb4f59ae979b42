#pragma once

#include <QHash>
#include <QList>

#include <list>

/**
 * A bounded cache of fixed-size blocks of rows: block b holds rows [b * blockSize, (b + 1) *
 * blockSize). At most maxBlocks blocks are kept; inserting one more evicts the least recently
 * used. Lookups through row() count as use. Not thread-safe: the model owns it on the UI thread.
 */
template<typename Row> class BlockCache
{
public:
    BlockCache(int blockSize, int maxBlocks)
        : m_blockSize(blockSize > 0 ? blockSize : 1)
        , m_maxBlocks(maxBlocks > 0 ? maxBlocks : 1)
    {
    }

    int blockSize() const { return m_blockSize; }
    int maxBlocks() const { return m_maxBlocks; }
    int blockCount() const { return static_cast<int>(m_blocks.size()); }
    qint64 blockOf(qint64 row) const { return row / m_blockSize; }

    bool hasBlock(qint64 block) const { return m_blocks.contains(block); }

    /** The row, or null when its block is not cached (or the block is shorter). Marks the block used. */
    const Row *row(qint64 row)
    {
        const auto it = m_blocks.find(blockOf(row));
        if (it == m_blocks.end())
            return nullptr;
        touch(it.value());
        const qint64 offset = row % m_blockSize;
        return offset < it->rows.size() ? &it->rows.at(offset) : nullptr;
    }

    /** Like row(), without changing the use order. */
    const Row *peek(qint64 row) const
    {
        const auto it = m_blocks.constFind(blockOf(row));
        if (it == m_blocks.cend())
            return nullptr;
        const qint64 offset = row % m_blockSize;
        return offset < it->rows.size() ? &it->rows.at(offset) : nullptr;
    }

    /** Stores a block (replacing an older copy), evicting the least recently used beyond the bound. */
    void insert(qint64 block, QList<Row> rows)
    {
        auto it = m_blocks.find(block);
        if (it != m_blocks.end()) {
            it->rows = std::move(rows);
            touch(it.value());
            return;
        }
        while (m_blocks.size() >= m_maxBlocks) {
            m_blocks.remove(m_useOrder.back());
            m_useOrder.pop_back();
        }
        m_useOrder.push_front(block);
        m_blocks.insert(block, Entry { std::move(rows), m_useOrder.begin() });
    }

    void clear()
    {
        m_blocks.clear();
        m_useOrder.clear();
    }

private:
    struct Entry
    {
        QList<Row> rows;
        typename std::list<qint64>::iterator use;
    };

    void touch(Entry &entry) { m_useOrder.splice(m_useOrder.begin(), m_useOrder, entry.use); }

    int m_blockSize;
    int m_maxBlocks;
    QHash<qint64, Entry> m_blocks;
    std::list<qint64> m_useOrder; // most recently used first
};
