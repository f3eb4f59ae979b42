#include "import/CsvReader.h"

#include "import/TextEncoding.h"

#include <QIODevice>

#include <algorithm>
#include <array>
#include <csv.h>

namespace {

// libcsv's parser states (libcsv.c; unchanged since 1.0). Only used to tell, before csv_fini(),
// whether the file ends inside a quoted field: libcsv reports that itself only in strict mode.
constexpr int csvFieldBegun = 2;

// Records end at a line feed only, so a bare carriage return inside an unquoted field does not
// split the record; the CR of a CRLF line end is then trimmed as trailing "space".
int isLineFeed(unsigned char c)
{
    return c == '\n' ? 1 : 0;
}

// The only character trimmed around unquoted fields is CR: spaces and tabs are data.
int isCarriageReturn(unsigned char c)
{
    return c == '\r' ? 1 : 0;
}

constexpr std::array<char, 4> separatorCandidates { ',', ';', '\t', '|' };
constexpr int separatorSampleLines = 50;

} // namespace

struct CsvReader::Parser
{
    csv_parser csv {};
    bool csvInitialised = false;
    std::unique_ptr<TextEncoding::Utf8Converter> converter; // null for UTF-8 sources
    qint64 fedLines = 0; // line feeds in the UTF-8 already given to libcsv

    ~Parser()
    {
        if (csvInitialised)
            csv_free(&csv);
    }
};

CsvReader::CsvReader(QIODevice *device, CsvOptions options)
    : m_device(device)
    , m_options(std::move(options))
    , m_parser(std::make_unique<Parser>())
{
    if (m_options.chunkSize < 16)
        m_options.chunkSize = 16;
}

CsvReader::~CsvReader() = default;

QString CsvReader::detectedEncoding() const
{
    return QString::fromLatin1(m_encoding);
}

qint64 CsvReader::replacedCharacters() const
{
    return m_parser->converter ? m_parser->converter->replacements() : 0;
}

bool CsvReader::atEnd() const
{
    return m_records.empty() && (m_eof || !m_error.isEmpty() || !m_pendingError.isEmpty());
}

void CsvReader::fail(const QString &message)
{
    if (m_pendingError.isEmpty())
        m_pendingError = message;
    m_eof = true;
}

bool CsvReader::open(QString *error)
{
    const auto failOpen = [&](const QString &message) {
        m_error = message;
        m_eof = true;
        if (error)
            *error = message;
        return false;
    };
    if (m_opened)
        return failOpen(tr("The file is already open."));
    m_opened = true;
    if (!m_device || !m_device->isReadable())
        return failOpen(tr("The file cannot be read."));

    bool last = false;
    QByteArray head = readChunk(&last);
    if (!m_error.isEmpty())
        return failOpen(m_error);

    m_encoding = m_options.encoding.isEmpty() ? TextEncoding::detect(head, last) : m_options.encoding;
    head.remove(0, TextEncoding::bomLength(head, m_encoding));
    if (!TextEncoding::isUtf8(m_encoding)) {
        m_parser->converter = std::make_unique<TextEncoding::Utf8Converter>(m_encoding);
        if (!m_parser->converter->isValid())
            return failOpen(tr("Unknown text encoding \"%1\".").arg(detectedEncoding()));
        head = m_parser->converter->convert(head, last);
    }

    if (!m_options.separator.isNull()) {
        if (m_options.separator.unicode() >= 0x80 || m_options.separator == u'"'
            || m_options.separator == u'\n' || m_options.separator == u'\r')
            return failOpen(tr("The separator must be a single ASCII character other than a "
                               "quote or a line break."));
        m_separator = m_options.separator;
    } else {
        m_separator = detectSeparator(head, last);
    }

    const unsigned char options = CSV_REPALL_NL | CSV_STRICT_FINI | (m_options.strict ? CSV_STRICT : 0);
    if (csv_init(&m_parser->csv, options) != 0)
        return failOpen(tr("Out of memory."));
    m_parser->csvInitialised = true;
    csv_set_delim(&m_parser->csv, static_cast<unsigned char>(m_separator.unicode()));
    csv_set_term_func(&m_parser->csv, isLineFeed);
    csv_set_space_func(&m_parser->csv, isCarriageReturn);

    feed(head, last);
    while (m_records.empty() && !m_eof)
        fill();
    if (m_records.empty()) {
        if (!m_pendingError.isEmpty())
            return failOpen(m_pendingError);
        return failOpen(tr("The file is empty."));
    }
    m_header = m_records.front().fields;
    m_lineNumber = m_records.front().line;
    m_records.pop_front();
    return true;
}

QByteArray CsvReader::readChunk(bool *last)
{
    QByteArray chunk(m_options.chunkSize, Qt::Uninitialized);
    const qint64 got = m_device->read(chunk.data(), chunk.size());
    if (got < 0) {
        m_error = tr("Reading the file failed: %1").arg(m_device->errorString());
        *last = true;
        return {};
    }
    chunk.truncate(got);
    // A sequential device may deliver less than asked before its end; only 0 bytes means done.
    *last = got == 0 || m_device->atEnd();
    return chunk;
}

bool CsvReader::fill()
{
    bool last = false;
    QByteArray chunk = readChunk(&last);
    if (!m_error.isEmpty()) {
        fail(m_error);
        m_error.clear();
        return false;
    }
    if (m_parser->converter)
        chunk = m_parser->converter->convert(chunk, last);
    return feed(chunk, last);
}

bool CsvReader::feed(const QByteArray &utf8, bool last)
{
    csv_parser *csv = &m_parser->csv;
    const size_t parsed
        = csv_parse(csv, utf8.constData(), size_t(utf8.size()), fieldCallback, recordCallback, this);
    if (parsed < size_t(utf8.size())) {
        const qint64 line = 1 + m_parser->fedLines
            + std::count(utf8.constBegin(), utf8.constBegin() + qsizetype(parsed), '\n');
        if (csv_error(csv) == CSV_EPARSE)
            fail(tr("Line %1: malformed quoting in the record starting on line %2 (a quote "
                    "inside an unquoted field, or text after a closing quote).")
                     .arg(line)
                     .arg(m_currentStartLine));
        else
            fail(tr("Line %1: %2").arg(line).arg(QString::fromUtf8(csv_strerror(csv_error(csv)))));
        return false;
    }
    m_parser->fedLines += std::count(utf8.constBegin(), utf8.constEnd(), '\n');
    if (!last)
        return true;

    m_eof = true;
    if (csv->pstate == csvFieldBegun && csv->quoted) {
        fail(tr("Line %1: the file ends inside a quoted field; the record starting on line %2 is "
                "incomplete (truncated file or unbalanced quote).")
                 .arg(m_parser->fedLines + 1)
                 .arg(m_currentStartLine));
        return false;
    }
    if (csv_fini(csv, fieldCallback, recordCallback, this) != 0) {
        fail(tr("Line %1: the file ends in the middle of a record.").arg(m_parser->fedLines + 1));
        return false;
    }
    return true;
}

void CsvReader::fieldCallback(void *data, size_t length, void *self)
{
    auto *reader = static_cast<CsvReader *>(self);
    const char *bytes = static_cast<const char *>(data);
    const auto size = qsizetype(length);
    reader->m_currentFields.append(bytes ? QString::fromUtf8(bytes, size) : QString());
    if (bytes)
        reader->m_parserLine += std::count(bytes, bytes + size, '\n');
}

void CsvReader::recordCallback(int terminator, void *self)
{
    auto *reader = static_cast<CsvReader *>(self);
    // Blank lines reach here without fields (CSV_REPALL_NL) and are skipped, but still counted.
    if (!reader->m_currentFields.isEmpty()) {
        reader->m_records.push_back({ std::move(reader->m_currentFields), reader->m_currentStartLine });
        reader->m_currentFields = QStringList();
    }
    if (terminator == '\n')
        ++reader->m_parserLine;
    reader->m_currentStartLine = reader->m_parserLine;
}

bool CsvReader::takeRecord(QStringList *fields)
{
    Record record = std::move(m_records.front());
    m_records.pop_front();
    ++m_recordNumber;
    m_lineNumber = record.line;
    if (fields)
        *fields = std::move(record.fields);
    return true;
}

bool CsvReader::readRecord(QStringList *fields)
{
    if (!m_opened || !m_error.isEmpty())
        return false;
    while (m_records.empty() && !m_eof)
        fill();
    if (!m_records.empty())
        return takeRecord(fields);
    if (!m_pendingError.isEmpty())
        m_error = m_pendingError;
    if (fields)
        fields->clear();
    return false;
}

QChar CsvReader::detectSeparator(const QByteArray &utf8, bool complete) const
{
    // Count each candidate per line outside quotes over the first lines. A separator that
    // appears the same number of times on every line wins; the most frequent one on the header
    // line breaks ties and covers files with too few lines; a comma is the fallback.
    std::array<QList<int>, separatorCandidates.size()> counts;
    std::array<int, separatorCandidates.size()> current {};
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = 0; i < utf8.size() && lines < separatorSampleLines; ++i) {
        const char c = utf8.at(i);
        if (c == '"') {
            quoted = !quoted; // a doubled quote toggles twice, as it should
        } else if (!quoted && c == '\n') {
            for (size_t k = 0; k < separatorCandidates.size(); ++k) {
                counts[k].append(current[k]);
                current[k] = 0;
            }
            ++lines;
        } else if (!quoted) {
            for (size_t k = 0; k < separatorCandidates.size(); ++k)
                if (c == separatorCandidates[k])
                    ++current[k];
        }
    }
    if (complete && lines < separatorSampleLines && !quoted
        && std::any_of(current.begin(), current.end(), [](int n) { return n > 0; })) {
        for (size_t k = 0; k < separatorCandidates.size(); ++k)
            counts[k].append(current[k]);
    } else if (lines == 0) {
        for (size_t k = 0; k < separatorCandidates.size(); ++k)
            counts[k].append(current[k]); // one long partial line: the best we have
    }

    int best = -1;
    bool bestConsistent = false;
    int bestCount = 0;
    for (size_t k = 0; k < separatorCandidates.size(); ++k) {
        if (counts[k].isEmpty() || counts[k].first() == 0)
            continue;
        const int first = counts[k].first();
        const bool consistent
            = std::all_of(counts[k].begin(), counts[k].end(), [first](int n) { return n == first; });
        if (best < 0 || (consistent && !bestConsistent)
            || (consistent == bestConsistent && first > bestCount)) {
            best = int(k);
            bestConsistent = consistent;
            bestCount = first;
        }
    }
    return QChar::fromLatin1(best < 0 ? ',' : separatorCandidates[size_t(best)]);
}
