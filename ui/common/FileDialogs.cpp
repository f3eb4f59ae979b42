#include "FileDialogs.h"

#include <QFileDialog>

#include <optional>

namespace {
std::optional<QString> g_nextFileName;

bool consumeNextFileName(QString *path)
{
    if (!g_nextFileName)
        return false;
    *path = *g_nextFileName;
    g_nextFileName.reset();
    return true;
}
} // namespace

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                  const QString &filter)
{
    QString path;
    if (consumeNextFileName(&path))
        return path;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                  const QString &filter)
{
    QString path;
    if (consumeNextFileName(&path))
        return path;
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

void FileDialogs::setNextFileName(const QString &path)
{
    g_nextFileName = path;
}
