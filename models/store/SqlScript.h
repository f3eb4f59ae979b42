#pragma once

#include <QString>
#include <QStringList>

/**
 * Splits an SQL script into single statements, because QSqlQuery executes one at a time.
 * Understands quotes, `--` and block comments, and CREATE TRIGGER … BEGIN … END bodies.
 */
namespace SqlScript {
QStringList split(const QString &script);
}
