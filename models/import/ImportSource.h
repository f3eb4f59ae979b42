#pragma once

#include "ImportProfile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

/**
 * One record interface over CsvReader and XlsxReader for the import layer: header, records,
 * where each record is in the file, and how far through the file reading is. The file is
 * streamed; nothing but the current chunk is held in memory.
 */
class ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(ImportSource)

public:
    /** Opens `path` as XLSX (by content, not only by suffix) or CSV/TSV. Fails with a clear message. */
    static std::unique_ptr<ImportSource> open(const QString &path, const ImportFileOptions &options,
                                              QString *error);
    virtual ~ImportSource() = default;

    /** Column names; for a file without a header row: "#1", "#2", … sized by the first record. */
    virtual QStringList header() const = 0;
    /** Next data record; false at the end or on an error (errorString() empty at a clean end). */
    virtual bool readRecord(QStringList *fields) = 0;
    /** 1-based record number and the physical line / sheet row of the last record. */
    virtual qint64 recordNumber() const = 0;
    virtual qint64 lineNumber() const = 0;
    virtual QString errorString() const = 0;
    /** Fraction of the file consumed, 0…1, for progress bars. */
    virtual double progress() const = 0;

    /** What the wizard shows next to the preview. */
    virtual QString formatName() const = 0;     // "CSV", "XLSX"
    virtual QString encodingName() const { return {}; }
    virtual QString separatorName() const { return {}; }
    virtual QStringList sheetNames() const { return {}; }
};
