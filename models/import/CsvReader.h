#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <deque>
#include <memory>

class QIODevice;

/** How to read a delimited text file. Empty or null members are detected from the file. */
struct CsvOptions
{
    /** Source encoding as iconv names it ("UTF-8", "GB18030", "GBK", …); empty = detect. */
    QByteArray encoding;
    /** Field separator; null = detect among ',' ';' '\t' '|'. */
    QChar separator;
    /**
     * Reject malformed quoting (a quote inside an unquoted field, text after a closing quote).
     * When false such fields are read leniently, as libcsv does: the quote is kept as text.
     * An unterminated quoted field at end of file is an error either way.
     */
    bool strict = false;
    /** Bytes read from the device per step; the reader never holds more than about this much. */
    qint64 chunkSize = 1 << 20;
};

/**
 * Streaming reader for CSV/TSV exports (RFC 4180: quoted fields, separators and line breaks
 * inside quotes, doubled quotes). Tokenising is done by libcsv, on UTF-8 produced from the
 * source encoding by TextEncoding::Utf8Converter. The device is read in chunks, so the file
 * size does not matter; only the records of one chunk are buffered.
 *
 * Records end at a line feed. A carriage return is not a record end: CRLF line ends lose their
 * CR, and a bare CR inside an unquoted field (seen in real exports) stays part of the field
 * instead of splitting the record. CRs at the very start or end of an unquoted field are
 * dropped. Blank lines are skipped. Fields keep their spaces and any other content unchanged.
 *
 * Column counts are not checked here: each record is returned with as many fields as it has.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    explicit CsvReader(QIODevice *device, CsvOptions options = {});
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    /**
     * Detects encoding and separator and reads the header record. The device must already be
     * open for reading. Returns false with `error` set (when given) on failure.
     */
    bool open(QString *error = nullptr);

    /** The encoding used: the option, or the detected one ("UTF-8", "GB18030", "UTF-16LE"…). */
    QString detectedEncoding() const;
    QChar separator() const { return m_separator; }
    QStringList header() const { return m_header; }

    /**
     * Reads the next data record into `fields`. Returns false at the end of the file or on an
     * error; errorString() tells which (empty at a clean end).
     */
    bool readRecord(QStringList *fields);

    /** 1-based number of the last data record returned by readRecord() (the header is 0). */
    qint64 recordNumber() const { return m_recordNumber; }
    /** 1-based physical line on which the last returned record (or the header) starts. */
    qint64 lineNumber() const { return m_lineNumber; }
    QString errorString() const { return m_error; }
    /** True when no further record can be read (end of file reached or an error). */
    bool atEnd() const;
    /** Number of invalid byte sequences replaced by U+FFFD while decoding. */
    qint64 replacedCharacters() const;

private:
    struct Record
    {
        QStringList fields;
        qint64 line = 0;
    };

    static void fieldCallback(void *data, size_t length, void *self);
    static void recordCallback(int terminator, void *self);

    bool fill();
    bool feed(const QByteArray &utf8, bool last);
    QByteArray readChunk(bool *last);
    QChar detectSeparator(const QByteArray &utf8, bool complete) const;
    void fail(const QString &message);
    bool takeRecord(QStringList *fields);

    QIODevice *m_device;
    CsvOptions m_options;
    struct Parser;
    std::unique_ptr<Parser> m_parser;
    QByteArray m_encoding;
    QChar m_separator;
    QStringList m_header;

    std::deque<Record> m_records; // complete records not yet returned
    QStringList m_currentFields; // fields of the record being tokenised
    qint64 m_parserLine = 1; // physical line the tokeniser has reached
    qint64 m_currentStartLine = 1; // line where the record being tokenised started
    bool m_currentStarted = false;

    qint64 m_recordNumber = 0;
    qint64 m_lineNumber = 0;
    bool m_opened = false;
    bool m_eof = false; // the device is exhausted and the tokeniser finished
    QString m_error;
    QString m_pendingError; // reported once the records before it are returned
};
