#pragma once

#include "sla/SlaPolicy.h"

#include <QSqlDatabase>

/** SQL for SLA policies and service-hour calendars. */
class SlaRepository
{
public:
    explicit SlaRepository(QSqlDatabase db);
    bool load(SlaPolicySet *policies, QString *error) const;

private:
    QSqlDatabase m_db;
};
