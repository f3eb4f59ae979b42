#include "ImportSource.h"

#include "CsvReader.h"
#include "XlsxReader.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

QStringList positionalHeader(qsizetype count)
{
    QStringList names;
    names.reserve(count);
    for (qsizetype i = 1; i <= count; ++i)
        names.append(u"#%1"_s.arg(i));
    return names;
}

/**
 * Holds back the first record of a file without a header row: the readers always take the
 * first record as the header, so in no-header mode it is handed out again as record 1.
 */
struct HeaderlessStart
{
    bool active = false;
    QStringList pending;
    qint64 pendingLine = 0;
    qint64 offset = 0; // added to the reader's record numbers

    void begin(const QStringList &firstRecord, qint64 line, QStringList *header)
    {
        active = true;
        pending = firstRecord;
        pendingLine = line;
        offset = 1;
        *header = positionalHeader(firstRecord.size());
    }

    /** Hands out the held-back first record once; false when there is none (any more). */
    bool take(QStringList *fields, qint64 *record, qint64 *line)
    {
        if (!active)
            return false;
        active = false;
        *fields = std::exchange(pending, {});
        *record = 1;
        *line = pendingLine;
        return true;
    }
};

class CsvSource final : public ImportSource
{
public:
    CsvSource(const QString &path, const ImportFileOptions &options)
        : m_file(path)
        , m_hasHeader(options.hasHeader)
    {
        m_options.encoding = options.encoding;
        if (!options.separator.isEmpty())
            m_options.separator = options.separator.at(0);
    }

    bool open(QString *error)
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = ImportSource::tr("Cannot open %1: %2")
                         .arg(QFileInfo(m_file).fileName(), m_file.errorString());
            return false;
        }
        m_size = m_file.size();
        m_reader = std::make_unique<CsvReader>(&m_file, m_options);
        if (!m_reader->open(error))
            return false;
        m_header = m_reader->header();
        if (!m_hasHeader)
            m_start.begin(m_header, m_reader->lineNumber(), &m_header);
        return true;
    }

    QStringList header() const override { return m_header; }

    bool readRecord(QStringList *fields) override
    {
        if (m_start.take(fields, &m_record, &m_line))
            return true;
        if (!m_reader->readRecord(fields)) {
            m_done = m_reader->errorString().isEmpty();
            return false;
        }
        m_record = m_reader->recordNumber() + m_start.offset;
        m_line = m_reader->lineNumber();
        return true;
    }

    qint64 recordNumber() const override { return m_record; }
    qint64 lineNumber() const override { return m_line; }
    QString errorString() const override { return m_reader->errorString(); }
    double progress() const override
    {
        if (m_done || m_size <= 0)
            return m_done ? 1.0 : 0.0;
        return qBound(0.0, double(m_file.pos()) / double(m_size), 1.0);
    }
    QString formatName() const override { return u"CSV"_s; }
    QString encodingName() const override { return m_reader->detectedEncoding(); }
    QString separatorName() const override
    {
        const QChar s = m_reader->separator();
        return s == u'\t' ? ImportSource::tr("tab") : QString(s);
    }

private:
    QFile m_file;
    CsvOptions m_options;
    bool m_hasHeader;
    std::unique_ptr<CsvReader> m_reader;
    QStringList m_header;
    HeaderlessStart m_start;
    qint64 m_size = 0;
    qint64 m_record = 0;
    qint64 m_line = 0;
    bool m_done = false;
};

class XlsxSource final : public ImportSource
{
public:
    XlsxSource(const QString &path, const ImportFileOptions &options)
        : m_reader(path)
        , m_options(options)
    {
    }

    bool open(QString *error)
    {
        if (!m_reader.open(error) || !m_reader.selectSheet(m_options.sheet, error))
            return false;
        m_header = m_reader.header();
        if (!m_options.hasHeader)
            m_start.begin(m_header, m_reader.rowNumber(), &m_header);
        return true;
    }

    QStringList header() const override { return m_header; }

    bool readRecord(QStringList *fields) override
    {
        if (m_start.take(fields, &m_record, &m_line))
            return true;
        if (!m_reader.readRecord(fields)) {
            m_done = m_reader.errorString().isEmpty();
            return false;
        }
        m_record = m_reader.recordNumber() + m_start.offset;
        m_line = m_reader.rowNumber();
        return true;
    }

    qint64 recordNumber() const override { return m_record; }
    qint64 lineNumber() const override { return m_line; }
    QString errorString() const override { return m_reader.errorString(); }
    // The sheet is a compressed stream of unknown row count, so progress is an estimate that
    // approaches 1 as rows are read (half way at 50,000 rows) and is exactly 1 at the end.
    double progress() const override
    {
        if (m_done)
            return 1.0;
        return double(m_record) / double(m_record + 50'000);
    }
    QString formatName() const override { return u"XLSX"_s; }
    QStringList sheetNames() const override { return m_reader.sheetNames(); }

private:
    XlsxReader m_reader;
    ImportFileOptions m_options;
    QStringList m_header;
    HeaderlessStart m_start;
    qint64 m_record = 0;
    qint64 m_line = 0;
    bool m_done = false;
};

} // namespace

std::unique_ptr<ImportSource> ImportSource::open(const QString &path, const ImportFileOptions &options,
                                                 QString *error)
{
    QString message;
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), probe.errorString());
        return nullptr;
    }
    // XLSX is a zip container; its local file header starts "PK\3\4" whatever the suffix says.
    const bool zip = probe.peek(4) == QByteArrayView("PK\x03\x04", 4);
    probe.close();
    std::unique_ptr<ImportSource> source;
    if (zip) {
        auto xlsx = std::make_unique<XlsxSource>(path, options);
        if (xlsx->open(&message))
            source = std::move(xlsx);
    } else {
        auto csv = std::make_unique<CsvSource>(path, options);
        if (csv->open(&message))
            source = std::move(csv);
    }
    if (!source && error)
        *error = message.isEmpty() ? tr("Cannot read %1.").arg(QFileInfo(path).fileName()) : message;
    return source;
}
