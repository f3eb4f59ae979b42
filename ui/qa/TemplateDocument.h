#pragma once

#include "qa/Scorecard.h"

#include <QObject>
#include <QUndoCommand>
#include <QUndoStack>

/** Where in a template an edit happened: a section (criterion −1), a criterion, or nowhere (−1, −1). */
struct TemplateNode
{
    int section = -1;
    int criterion = -1;

    bool isSection() const { return section >= 0 && criterion < 0; }
    bool isCriterion() const { return section >= 0 && criterion >= 0; }
    bool operator==(const TemplateNode &other) const = default;
};

/**
 * The scorecard template being edited, and its undo history: every change to the sections and
 * criteria is a TemplateEditCommand pushed through edit(), so each user edit can be undone. The
 * template's identity (ids, name, version) is not part of the history; a load or save replaces
 * the whole document with reset(). UI thread only.
 */
class TemplateDocument : public QObject
{
    Q_OBJECT

public:
    explicit TemplateDocument(QObject *parent = nullptr);

    const ScorecardTemplate &content() const { return m_content; }
    QUndoStack *undoStack() const { return m_undo; }
    bool isModified() const { return !m_undo->isClean(); }

    /** Replaces the document (a load or a save): clears the history and marks it clean. */
    void reset(const ScorecardTemplate &tmpl);
    /**
     * Records one user edit: the sections as they become, the node to show after it, and a merge
     * key; consecutive edits with the same non-empty key (typing in one field) merge into one step.
     * An edit that changes nothing is dropped.
     */
    void edit(const QString &text, const QList<ScorecardSection> &sections, TemplateNode focus,
              const QString &mergeKey = {});

    /** Applies sections without recording them; only TemplateEditCommand calls it. */
    void apply(const QList<ScorecardSection> &sections, TemplateNode focus);

    const ScorecardCriterion *criterion(TemplateNode node) const;
    /** A key no criterion of the document has yet ("criterion_3"). */
    QString unusedKey() const;
    static bool sameSections(const QList<ScorecardSection> &a, const QList<ScorecardSection> &b);

signals:
    /** The content changed (an edit, undo, redo or reset); focus is the node the change was on. */
    void changed(TemplateNode focus);

private:
    ScorecardTemplate m_content;
    QUndoStack *m_undo = nullptr;
};

/**
 * One undoable edit of a TemplateDocument, stored as the sections before and after it (a template
 * has a few dozen criteria, so whole snapshots are cheap and make every kind of edit alike).
 */
class TemplateEditCommand : public QUndoCommand
{
public:
    TemplateEditCommand(TemplateDocument *document, const QString &text, QList<ScorecardSection> before,
                        QList<ScorecardSection> after, TemplateNode focus, QString mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    TemplateDocument *m_document;
    QList<ScorecardSection> m_before;
    QList<ScorecardSection> m_after;
    TemplateNode m_focus;
    QString m_mergeKey;
};
