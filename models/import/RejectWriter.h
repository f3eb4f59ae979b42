#pragma once

#include "ImportIssue.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QString>
#include <QStringList>

/**
 * The reject file: the rejected source rows as CSV (UTF-8 with BOM so spreadsheet programs pick
 * the encoding), with the source header plus "row", "line" and "reason" columns. Cells that a
 * spreadsheet would run as a formula (starting with = + - @, tab or CR) are prefixed with an
 * apostrophe. Written through QSaveFile: the file appears complete or not at all.
 */
class RejectWriter
{
    Q_DECLARE_TR_FUNCTIONS(RejectWriter)

public:
    /** "<source dir>/<source base>.rejects.csv" */
    static QString defaultPathFor(const QString &sourcePath);

    explicit RejectWriter(const QString &path);
    bool open(const QStringList &sourceHeader, QString *error);
    /** One line per rejected record; the issues' reasons are joined with "; ". */
    bool write(const QStringList &sourceFields, const QList<ImportIssue> &issues, QString *error);
    bool commit(QString *error);
    void discard();
    QString path() const { return m_file.fileName(); }
    qint64 rowsWritten() const { return m_rows; }

private:
    bool writeBytes(const QByteArray &bytes, QString *error);

    QSaveFile m_file;
    qint64 m_rows = 0;
    qsizetype m_columns = 0; // source header width
};
