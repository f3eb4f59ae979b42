#pragma once

#include <QString>

/**
 * Why one source row cannot be imported: shown in the wizard's issue table and written to the
 * reject file. `row` is the 1-based data record number (the header is row 0); `line` is the
 * physical line (CSV) or spreadsheet row (XLSX) where the record starts, so a lead can find it
 * in the file. `column` is the source column name (empty when the reason is about the whole row).
 */
struct ImportIssue
{
    qint64 row = 0;
    qint64 line = 0;
    QString column;
    QString value;
    QString reason;
};
