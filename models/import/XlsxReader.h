#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

/**
 * Streaming reader for XLSX workbooks (Office Open XML spreadsheets), with the same record
 * interface as CsvReader so the import layer can use either.
 *
 * QuaZip opens the zip container; QXmlStreamReader parses the parts. The small parts (workbook,
 * relationships, styles) and the shared strings table are loaded on open(), because cells refer
 * to shared strings by index in any order. The sheet itself is streamed row by row and never
 * held in memory as a whole.
 *
 * Cell values come back as text:
 * - shared, inline and formula strings unchanged (a leading '=' is text, never evaluated);
 * - numbers as stored in the file ("42", "3.5", "1E-3");
 * - numbers whose cell style has a date or time format as ISO text `yyyy-MM-ddTHH:mm:ss`
 *   (1900 date system including the Lotus 1900-02-29 bug, or 1904 when the workbook says so);
 * - booleans as TRUE / FALSE, errors as their text (#N/A), ISO dates (t="d") unchanged.
 * Gaps between cells (A1, C1) are filled with empty fields; rows missing from the sheet (no
 * cells at all) are skipped, as CsvReader skips blank lines.
 */
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    explicit XlsxReader(const QString &path);
    ~XlsxReader();
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    /**
     * Opens the file and loads the workbook, shared strings and styles. Does not select a sheet.
     * Returns false with `error` set (when given) for a file that is not a readable workbook.
     */
    bool open(QString *error = nullptr);

    /** Sheet names in workbook order. Empty before open(). */
    QStringList sheetNames() const;

    /**
     * Starts reading the named sheet (empty = the first one) and reads its header row (the first
     * row present). Can be called again to restart or to switch sheets.
     */
    bool selectSheet(const QString &name = QString(), QString *error = nullptr);

    QStringList header() const { return m_header; }

    /**
     * Reads the next data row into `fields`. Returns false at the end of the sheet or on an
     * error; errorString() tells which (empty at a clean end).
     */
    bool readRecord(QStringList *fields);

    /** 1-based number of the last data record returned by readRecord() (the header is 0). */
    qint64 recordNumber() const { return m_recordNumber; }
    /** Spreadsheet row number (as Excel shows it) of the last returned record or header. */
    qint64 rowNumber() const { return m_rowNumber; }
    QString errorString() const { return m_error; }

    /** True when the workbook uses the 1904 date system. */
    bool uses1904Dates() const { return m_date1904; }

    /**
     * Converts a date serial number to ISO text `yyyy-MM-ddTHH:mm:ss`, rounded to the second.
     * Returns a null string for serials outside the calendar (negative, or not finite).
     */
    static QString serialToIso(double serial, bool date1904);
    /** True when a number format code (like "dd/mm/yyyy" or "0.00") shows a date or time. */
    static bool isDateFormatCode(const QString &formatCode);
    /** True for the built-in number format ids that are dates or times (14–22, 45–47). */
    static bool isBuiltInDateFormat(int numFmtId);
    /** 0-based column index of a cell reference ("A1" → 0, "AB12" → 27); -1 when malformed. */
    static int columnIndex(QStringView cellReference);

private:
    struct Sheet
    {
        QString name;
        QString part; // path inside the zip, like "xl/worksheets/sheet1.xml"
    };
    struct Zip;

    bool fail(const QString &message, QString *error);
    bool readPart(const QString &part, QByteArray *data, QString *error);
    bool loadWorkbook(QString *error);
    bool loadSharedStrings(const QString &part, QString *error);
    bool loadStyles(const QString &part, QString *error);
    bool readRow(QStringList *fields);
    bool readCell(QStringList *fields);
    QString cellText(const QString &type, int style, const QString &value, bool *ok);

    QString m_path;
    std::unique_ptr<Zip> m_zip;
    QVector<Sheet> m_sheets;
    QStringList m_sharedStrings;
    QVector<bool> m_dateStyles; // per cellXfs index: does the style show a date?
    bool m_date1904 = false;

    QStringList m_header;
    qint64 m_recordNumber = 0;
    qint64 m_rowNumber = 0;
    bool m_opened = false;
    bool m_sheetDone = true;
    QString m_error;
};
