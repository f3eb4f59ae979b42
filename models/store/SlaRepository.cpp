#include "SlaRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

SlaRepository::SlaRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool SlaRepository::load(SlaPolicySet *policies, QString *error) const
{
    QSqlQuery query(m_db);
    auto fail = [&] {
        if (error)
            *error = query.lastError().text();
        return false;
    };

    QHash<qint64, ServiceCalendar> calendars;
    if (!query.exec(QStringLiteral("SELECT id, time_zone FROM sla_calendars")))
        return fail();
    while (query.next()) {
        const QString zoneId = query.value(1).toString();
        const QTimeZone zone = zoneId.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zoneId.toUtf8());
        calendars.insert(query.value(0).toLongLong(), ServiceCalendar(zone.isValid() ? zone : QTimeZone::systemTimeZone()));
    }

    if (!query.exec(QStringLiteral("SELECT calendar_id, weekday, start_minute, end_minute FROM sla_calendar_hours "
                                   "ORDER BY calendar_id, weekday, start_minute")))
        return fail();
    QHash<QPair<qint64, int>, QList<ServiceInterval>> hours;
    while (query.next())
        hours[{ query.value(0).toLongLong(), query.value(1).toInt() }].append(
            { query.value(2).toInt(), query.value(3).toInt() });
    for (auto it = hours.cbegin(); it != hours.cend(); ++it) {
        if (calendars.contains(it.key().first))
            calendars[it.key().first].setHours(it.key().second, it.value());
    }

    if (!query.exec(QStringLiteral("SELECT calendar_id, day FROM sla_calendar_holidays")))
        return fail();
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (calendars.contains(id))
            calendars[id].addHoliday(QDate::fromString(query.value(1).toString(), Qt::ISODate));
    }
    for (auto it = calendars.cbegin(); it != calendars.cend(); ++it)
        policies->addCalendar(it.key(), it.value());

    if (!query.exec(QStringLiteral("SELECT id, name, platform, type, priority, first_response_minutes, "
                                   "resolution_minutes, calendar_id, precedence FROM sla_policies")))
        return fail();
    while (query.next()) {
        SlaPolicy policy;
        policy.id = query.value(0).toLongLong();
        policy.name = query.value(1).toString();
        if (!query.value(2).isNull())
            policy.platform = Vocabulary::fromCode<Platform>(query.value(2).toString());
        if (!query.value(3).isNull())
            policy.type = Vocabulary::fromCode<TicketType>(query.value(3).toString());
        if (!query.value(4).isNull())
            policy.priority = Vocabulary::fromCode<Priority>(query.value(4).toString());
        policy.firstResponseMinutes = query.value(5).toInt();
        policy.resolutionMinutes = query.value(6).toInt();
        policy.calendarId = query.value(7).toLongLong();
        policy.precedence = query.value(8).toInt();
        policies->addPolicy(policy);
    }
    return true;
}
