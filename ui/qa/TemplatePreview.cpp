#include "TemplatePreview.h"

#include "ScorecardPanel.h"

#include <QToolButton>
#include <QVBoxLayout>

TemplatePreview::TemplatePreview(QWidget *parent)
    : QWidget(parent)
    , m_panel(new ScorecardPanel(this))
{
    setObjectName(QStringLiteral("templatePreview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    connect(m_panel, &ScorecardPanel::answersChanged, this, [this] {
        rememberAnswers();
        emit resultChanged();
    });
}

void TemplatePreview::setTemplate(const ScorecardTemplate &tmpl)
{
    // Criteria added in the editor have no id yet, and the scorer matches answers by id: number
    // them all in order for the preview.
    ScorecardTemplate numbered = tmpl;
    qint64 nextId = 1;
    QList<ScorecardAnswer> answers;
    for (ScorecardSection &section : numbered.sections) {
        for (ScorecardCriterion &criterion : section.criteria) {
            criterion.id = nextId++;
            const auto answer = m_answers.constFind(criterion.key);
            if (answer == m_answers.constEnd())
                continue;
            const std::optional<int> value = *answer;
            const bool fits = value ? (*value >= criterion.minValue() && *value <= criterion.maxValue())
                                    : criterion.allowNa;
            if (fits)
                answers.append({ criterion.id, value, {} });
        }
    }
    const int current = m_panel->currentCriterion();
    m_panel->setScorecard(numbered, answers);
    // In a window shorter than the whole scorecard the panel's scroll area squeezes its value
    // buttons below their height instead of scrolling; pin them at their size hint.
    for (QToolButton *button : m_panel->findChildren<QToolButton *>())
        button->setMinimumSize(button->sizeHint());
    if (current >= 0)
        m_panel->setCurrentCriterion(current);
    emit resultChanged();
}

const ScorecardResult &TemplatePreview::result() const
{
    return m_panel->result();
}

void TemplatePreview::rememberAnswers()
{
    const ScorecardTemplate &shown = m_panel->scorecard();
    m_answers.clear();
    for (const ScorecardAnswer &answer : m_panel->answers()) {
        if (const ScorecardCriterion *criterion = shown.findCriterion(answer.criterionId))
            m_answers.insert(criterion->key, answer.value);
    }
}
