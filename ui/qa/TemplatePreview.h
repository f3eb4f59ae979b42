#pragma once

#include "qa/ScorecardScorer.h"

#include <QHash>
#include <QWidget>

#include <optional>

class ScorecardPanel;

/**
 * The template editor's live preview: the template as a reviewer sees it (a ScorecardPanel), where
 * picking answers moves the total and the critical-fail state at once. The answers are kept by
 * criterion key, so they survive edits of the template; an answer the edited criterion no longer
 * takes (off its new scale, N/A no longer allowed) is dropped. No store access; UI thread only.
 */
class TemplatePreview : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatePreview(QWidget *parent = nullptr);

    /** Shows tmpl (unsaved criteria included) with the answers picked so far. */
    void setTemplate(const ScorecardTemplate &tmpl);
    /** Forgets the answers picked so far (another template was opened). */
    void clearAnswers() { m_answers.clear(); }
    /** The result of the answers picked in the preview, scored on the template as edited. */
    const ScorecardResult &result() const;
    ScorecardPanel *panel() const { return m_panel; }

signals:
    void resultChanged();

private:
    void rememberAnswers();

    ScorecardPanel *m_panel = nullptr;
    QHash<QString, std::optional<int>> m_answers; // by criterion key; empty optional = N/A
};
