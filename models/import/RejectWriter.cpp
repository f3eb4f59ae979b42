#include "RejectWriter.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

/** A spreadsheet would run a cell starting with these as a formula (CSV injection). */
bool looksLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.at(0);
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString csvCell(const QString &value)
{
    QString cell = looksLikeFormula(value) ? u'\'' + value : value;
    const bool quote
        = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r');
    if (!quote)
        return cell;
    cell.replace(u"\""_s, u"\"\""_s);
    return u'"' + cell + u'"';
}

QByteArray csvLine(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        line += csvCell(cells.at(i));
    }
    line += "\r\n"_L1;
    return line.toUtf8();
}

} // namespace

QString RejectWriter::defaultPathFor(const QString &sourcePath)
{
    const QFileInfo info(sourcePath);
    return info.dir().filePath(info.completeBaseName() + ".rejects.csv"_L1);
}

RejectWriter::RejectWriter(const QString &path)
    : m_file(path)
{
}

bool RejectWriter::open(const QStringList &sourceHeader, QString *error)
{
    m_rows = 0;
    m_columns = sourceHeader.size();
    if (!m_file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write the reject file %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    QStringList header = sourceHeader;
    header << u"row"_s << u"line"_s << u"reason"_s;
    const QByteArray bytes = "\xEF\xBB\xBF" + csvLine(header);
    return writeBytes(bytes, error);
}

bool RejectWriter::write(const QStringList &sourceFields, const QList<ImportIssue> &issues, QString *error)
{
    QStringList cells = sourceFields;
    // Short records are padded so row, line and reason stay under their headings.
    while (cells.size() < m_columns)
        cells.append(QString());
    QStringList reasons;
    for (const ImportIssue &issue : issues) {
        reasons.append(issue.column.isEmpty() ? issue.reason : tr("%1: %2").arg(issue.column, issue.reason));
    }
    const ImportIssue first = issues.isEmpty() ? ImportIssue {} : issues.first();
    cells << QString::number(first.row) << QString::number(first.line) << reasons.join("; "_L1);
    if (!writeBytes(csvLine(cells), error))
        return false;
    ++m_rows;
    return true;
}

bool RejectWriter::commit(QString *error)
{
    if (!m_file.commit()) {
        if (error)
            *error = tr("Cannot save the reject file %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

void RejectWriter::discard()
{
    m_file.cancelWriting();
    m_file.commit(); // with writing cancelled this only closes; the target stays untouched
}

bool RejectWriter::writeBytes(const QByteArray &bytes, QString *error)
{
    if (m_file.write(bytes) == bytes.size())
        return true;
    if (error)
        *error = tr("Cannot write the reject file %1: %2").arg(m_file.fileName(), m_file.errorString());
    return false;
}
