#pragma once

#include "import/ImportRows.h"
#include "store/ImportWriter.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariant>

/** Rows and batches for the import store suites, built from ImportRows.h only. */
namespace ImportTestHelpers {

inline qint64 at(const char *isoUtc)
{
    return QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate).toSecsSinceEpoch();
}

inline ImportBatchInfo batchInfo(const QString &kind = QStringLiteral("tickets"),
                                 const QStringList &mapped = {})
{
    ImportBatchInfo info;
    info.kind = kind;
    info.sourceSystem = QStringLiteral("helpdesk");
    info.fileName = QStringLiteral("export.csv");
    info.contentHash = QStringLiteral("abc123");
    info.profile = QStringLiteral("helpdesk-tickets");
    info.userLogin = QStringLiteral("lead");
    info.startedAt = at("2026-06-01T08:00:00Z");
    info.mappedFields = mapped;
    return info;
}

/** The fields a typical ticket export maps. */
inline QStringList ticketFields()
{
    return { QStringLiteral("external_id"), QStringLiteral("platform"),
             QStringLiteral("channel"),     QStringLiteral("type"),
             QStringLiteral("category"),    QStringLiteral("status"),
             QStringLiteral("agent"),       QStringLiteral("order_id"),
             QStringLiteral("created_at"),  QStringLiteral("first_response_at"),
             QStringLiteral("csat_score"),  QStringLiteral("tags") };
}

inline ImportTicketRow ticket(const QString &externalId, const QString &agentName = QString())
{
    ImportTicketRow row;
    row.externalId = externalId;
    row.platform = QStringLiteral("taobao");
    row.channel = QStringLiteral("chat");
    row.type = QStringLiteral("consultation");
    row.category = QStringLiteral("product");
    row.status = QStringLiteral("closed");
    row.agent.name = agentName;
    row.orderId = QStringLiteral("O-") + externalId;
    row.createdAt = at("2026-03-01T09:00:00Z");
    row.firstResponseAt = row.createdAt + 60;
    row.csatScore = 5;
    row.tags = QStringLiteral("vip");
    return row;
}

inline ImportMessageRow message(const QString &conversation, const QString &speaker, const char *sentAt,
                                const QString &text, qint64 rowNumber)
{
    ImportMessageRow row;
    row.origin.row = rowNumber;
    row.origin.line = rowNumber + 1;
    row.conversationKey = conversation;
    row.speaker = speaker;
    row.sentAt = at(sentAt);
    row.text = text;
    row.position = static_cast<int>(rowNumber);
    return row;
}

inline QVariant value(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql) && query.next())
        return query.value(0);
    return {};
}

inline qint64 count(const QSqlDatabase &db, const QString &sql)
{
    return value(db, sql).toLongLong();
}

/** Row counts of every table plus a checksum of each table's content, to compare a store before and after. */
inline QStringList contentFingerprint(const QSqlDatabase &db)
{
    QStringList tables;
    QSqlQuery query(db);
    query.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "ORDER BY name"));
    while (query.next())
        tables.append(query.value(0).toString());
    QStringList fingerprint;
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QString content;
        qint64 n = 0;
        while (rows.next()) {
            ++n;
            for (int i = 0; i < rows.record().count(); ++i)
                content += rows.value(i).toString() + QLatin1Char('|');
        }
        fingerprint.append(QStringLiteral("%1:%2:%3").arg(table).arg(n).arg(qHash(content)));
    }
    return fingerprint;
}

} // namespace ImportTestHelpers
