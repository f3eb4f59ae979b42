#pragma once

#include <QString>

class QWidget;

/**
 * The one way the UI asks for a file name. Tests queue the next answer (an empty string means the
 * user cancelled), so no native dialog blocks an offscreen run.
 */
namespace FileDialogs {

QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                     const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                     const QString &filter);

// Test seam: the next call of either function returns `path` without showing a dialog.
void setNextFileName(const QString &path);

} // namespace FileDialogs
