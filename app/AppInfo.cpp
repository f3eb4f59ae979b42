#include "AppInfo.h"

#include <QCoreApplication>

QString AppInfo::version()
{
    return QStringLiteral(TEAMLENS_VERSION);
}

void AppInfo::applyToApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TeamLens"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("teamlens.org"));
    QCoreApplication::setApplicationName(QStringLiteral("TeamLens"));
    QCoreApplication::setApplicationVersion(version());
}
