#include "MessageBoxes.h"

namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
QString g_lastText;

bool consumeNextAnswer(QMessageBox::StandardButton *answer)
{
    if (!g_nextAnswer)
        return false;
    *answer = *g_nextAnswer;
    g_nextAnswer.reset();
    return true;
}
} // namespace

void MessageBoxes::critical(QWidget *parent, const QString &title, const QString &text)
{
    g_lastText = text;
    QMessageBox::StandardButton ignored;
    if (consumeNextAnswer(&ignored))
        return;
    QMessageBox::critical(parent, title, text);
}

void MessageBoxes::information(QWidget *parent, const QString &title, const QString &text)
{
    g_lastText = text;
    QMessageBox::StandardButton ignored;
    if (consumeNextAnswer(&ignored))
        return;
    QMessageBox::information(parent, title, text);
}

QMessageBox::StandardButton MessageBoxes::question(QWidget *parent, const QString &title, const QString &text,
                                                   QMessageBox::StandardButtons buttons)
{
    g_lastText = text;
    QMessageBox::StandardButton answer;
    if (consumeNextAnswer(&answer))
        return answer;
    return QMessageBox::question(parent, title, text, buttons);
}

void MessageBoxes::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

QString MessageBoxes::lastText()
{
    return g_lastText;
}
