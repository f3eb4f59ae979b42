#pragma once

#include <QString>

/** Tells whether a folder lies on a network file system, where SQLite's WAL mode is unsafe. */
namespace FileSystemProbe {
bool isNetworkFileSystem(const QString &folder);
}
