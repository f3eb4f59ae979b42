#include "RankingContextReader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

RankingContextReader::RankingContextReader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool RankingContextReader::agents(const KpiPeriod &period, QList<RankingAgent> *out, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT a.id, a.name, COALESCE(a.team_id, 0), t.name, a.hire_date FROM agents a "
                       "LEFT JOIN teams t ON t.id = a.team_id "
                       "WHERE a.hire_date <= ? AND (a.left_date IS NULL OR a.left_date >= ?) ORDER BY a.id"));
    query.addBindValue(period.last.toString(Qt::ISODate));
    query.addBindValue(period.first.toString(Qt::ISODate));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        RankingAgent agent;
        agent.id = query.value(0).toLongLong();
        agent.name = query.value(1).toString();
        agent.teamId = query.value(2).toLongLong();
        agent.teamName = query.value(3).toString();
        agent.hireDate = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        out->append(agent);
    }
    return true;
}

QString RankingContextReader::setting(const QString &key, bool *ok, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM store_settings WHERE key = ?"));
    query.addBindValue(key);
    *ok = query.exec();
    if (!*ok) {
        *error = query.lastError().text();
        return {};
    }
    return query.next() ? query.value(0).toString() : QString();
}

bool RankingContextReader::options(RankingOptions *out, QString *error) const
{
    bool ok = false;
    const QString minVolume = setting(QStringLiteral("ranking_min_volume"), &ok, error);
    if (!ok)
        return false;
    const QString onboardingDays = setting(QStringLiteral("ranking_onboarding_days"), &ok, error);
    if (!ok)
        return false;
    *out = {};
    bool parsed = false;
    if (const int value = minVolume.toInt(&parsed); parsed && value >= 0)
        out->minVolume = value;
    if (const int value = onboardingDays.toInt(&parsed); parsed && value >= 0)
        out->onboardingDays = value;
    return true;
}

QString RankingContextReader::defaultProfileName() const
{
    bool ok = false;
    QString error;
    const QString name = setting(QStringLiteral("ranking_profile"), &ok, &error);
    return name.isEmpty() ? QStringLiteral("Default") : name;
}
