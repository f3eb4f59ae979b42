#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

/**
 * XLSX fixtures for TestXlsxReader, written part by part with QuaZip. Kept apart from the test
 * class because moc's tokenizer does not cope with the raw XML string literals.
 */
namespace XlsxTestFiles {

/** Zip entry name → content. */
using Parts = QMap<QString, QByteArray>;

/** Writes `parts` as a zip archive, the container of an XLSX file. */
bool writeZip(const QString &path, const Parts &parts);

/** A worksheet part whose <sheetData> holds `rows`. */
QByteArray sheetXml(const QByteArray &rows);

/**
 * A small but complete workbook: sheets "Tickets" and "客服", shared strings (Chinese text, a
 * hostile formula string, rich text with a phonetic run), styles with built-in and custom date
 * formats, sparse and blank rows, every cell type.
 */
Parts workbookParts(bool date1904 = false);

} // namespace XlsxTestFiles
