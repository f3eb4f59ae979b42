#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

/**
 * The one way the UI asks the user something or reports an error. Tests set the next answer, so
 * no modal dialog blocks an offscreen run; the last message shown is kept for assertions.
 */
namespace MessageBoxes {

void critical(QWidget *parent, const QString &title, const QString &text);
void information(QWidget *parent, const QString &title, const QString &text);
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No);

// Test seam.
void setNextAnswer(QMessageBox::StandardButton answer);
QString lastText();

} // namespace MessageBoxes
