#pragma once

#include "TemplateDocument.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

/**
 * The template editor's outline: the document's sections and their criteria in a tree with each
 * one's points, and the buttons that change the outline (add, remove, rename in place, move).
 * Every change goes through the TemplateDocument as one undoable edit. The pane shows the
 * document; it does not listen to it: the editor calls rebuild() after each change, so the tree,
 * form and preview update in one known order.
 */
class TemplateTreePane : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateTreePane(TemplateDocument *document, QWidget *parent = nullptr);

    /** Shows the document's outline, keeping the tree's scrolling when only titles or points changed. */
    void rebuild(TemplateNode select);
    TemplateNode currentNode() const;
    /** Enables the buttons that fit the current node; none while busy, adding only once loaded. */
    void updateActions(bool busy, bool loaded);

signals:
    /** The user picked another section or criterion. */
    void currentNodeChanged();
    /** A criterion was added; the next thing a lead does is name it. */
    void criterionAdded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void selectNode(TemplateNode node);
    void addSection();
    void addCriterion();
    void removeNode();
    void moveNode(int delta);
    void itemRenamed(QTreeWidgetItem *item);

    TemplateDocument *m_document;
    bool m_rebuilding = false;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_addSection = nullptr;
    QPushButton *m_addCriterion = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
};
