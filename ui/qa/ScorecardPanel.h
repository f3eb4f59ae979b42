#pragma once

#include "qa/AutoQaCriteria.h"
#include "qa/ScorecardScorer.h"

#include <QHash>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QFrame;
class QLabel;
class QLineEdit;
class QScrollArea;

/**
 * The scorecard beside the transcript: a template's sections and criteria (guidance in the tooltip
 * and under the current criterion), one row of value buttons per criterion for its scale
 * (pass/fail/N/A, 1–5 or 0–N, N/A where allowed), a comment per criterion and the live total from
 * ScorecardScorer with critical fails called out. Keyboard-first: with the panel focused, J/K or
 * Down/Up move between criteria, digits set the value (1 = pass, 0 = fail on pass/fail), P/F/N set
 * pass/fail/N/A, C edits the comment (Return or Escape comes back). A fresh review can be pre-filled
 * with auto-QA suggestions: the value is set and the criterion says "suggested by auto-QA" until the
 * reviewer answers it (the same value accepts it); they are answers like any other only once the
 * workspace saves. No store access; UI thread only.
 */
class ScorecardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardPanel(QWidget *parent = nullptr);

    /** Shows tmpl with answers (a draft's, or none) and makes the first unanswered criterion current. */
    void setScorecard(const ScorecardTemplate &tmpl, const QList<ScorecardAnswer> &answers);
    void clear();
    /**
     * Pre-fills the suggested criteria (call after setScorecard, on a review without answers) and
     * makes the first suggested or unanswered criterion current.
     */
    void setSuggestions(const QList<AutoQaSuggestion> &suggestions);
    /** The keys of the criteria whose suggestion the reviewer has not yet accepted or changed. */
    QStringList pendingSuggestionKeys() const;
    /** A submitted review is shown but cannot change here (a dispute changes it). */
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    const ScorecardTemplate &scorecard() const { return m_template; }
    /** The answered criteria, in template order, with their comments. */
    QList<ScorecardAnswer> answers() const;
    /** The live result; valid when the answers fit the template (they always do from this panel). */
    const ScorecardResult &result() const { return m_result; }
    /** The titles of the criteria without an answer, in template order. */
    QStringList unansweredTitles() const;

    int currentCriterion() const { return m_current; }
    void setCurrentCriterion(int index);

    /** The criterion's title in the workstation's language. */
    static QString criterionTitle(const ScorecardCriterion &criterion);
    /** Whether the workstation's language is Chinese: templates carry titles in both languages. */
    static bool showsChinese();

signals:
    void answersChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        const ScorecardCriterion *criterion = nullptr;
        QFrame *frame = nullptr;
        QLabel *guidance = nullptr;
        QButtonGroup *buttons = nullptr;
        QLineEdit *comment = nullptr;
        QLabel *suggestion = nullptr; // "suggested by auto-QA", shown while suggested
        std::optional<std::optional<int>> answer; // unset = unanswered; inner empty = N/A
        bool suggested = false; // answer came from auto-QA and the reviewer has not confirmed it
    };
    static constexpr int NaButtonId = -1000;

    void buildRows();
    /** Sets the current criterion's answer if it fits its scale; returns whether it did. */
    bool answerCurrent(std::optional<int> value);
    void syncButtons(Row &row);
    void updateTotal();
    void updateCurrentStyle();

    ScorecardTemplate m_template;
    QList<Row> m_rows;
    ScorecardResult m_result;
    int m_current = -1;
    bool m_readOnly = false;
    QLabel *m_total = nullptr;
    QLabel *m_critical = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_body = nullptr;
};
