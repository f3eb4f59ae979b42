#pragma once

#include <QEvent>
#include <QKeyEvent>
#include <QKeySequence>

namespace UndoShortcuts {

/**
 * For an editor's event filter in a window whose undo and redo act on a document: true (and the
 * event left unaccepted) for the ShortcutOverride of Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y, so the
 * window's actions get the keys instead of the editor's own undo, which would disagree with the
 * document.
 */
inline bool leaveToWindow(QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool redo = key->matches(QKeySequence::Redo)
        || (key->key() == Qt::Key_Z
            && (key->modifiers() & ~Qt::KeypadModifier) == (Qt::ControlModifier | Qt::ShiftModifier));
    if (!key->matches(QKeySequence::Undo) && !redo)
        return false;
    event->ignore();
    return true;
}

} // namespace UndoShortcuts
