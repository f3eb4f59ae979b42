#include "DisputeDecideDialog.h"

#include "DisputeTableModel.h"
#include "ScorecardPanel.h"
#include "kpi/StoreTask.h"
#include "services/ServiceContext.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

struct DecideResult
{
    bool ok = false;
    QString error;
};

QString formatScore(const std::optional<double> &score)
{
    return score ? QLocale().toString(*score, 'f', 1) : QStringLiteral("–");
}

int criterionIndex(const ScorecardTemplate &tmpl, qint64 criterionId)
{
    int index = 0;
    for (const ScorecardSection &section : tmpl.sections) {
        for (const ScorecardCriterion &criterion : section.criteria) {
            if (criterion.id == criterionId)
                return index;
            ++index;
        }
    }
    return -1;
}

} // namespace

DisputeDecideDialog::DisputeDecideDialog(const ServiceContext &context, const QaDisputeRow &dispute,
                                         const ScorecardTemplate &tmpl, const QList<ScorecardAnswer> &answers,
                                         QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_dispute(dispute)
    , m_template(tmpl)
    , m_stored(answers)
{
    setObjectName(QStringLiteral("disputeDecideDialog"));
    setWindowTitle(tr("Decide dispute %1").arg(dispute.dispute.id));
    ScorecardResult stored;
    QString ignored;
    if (ScorecardScorer::score(m_template, m_stored, &stored, &ignored))
        m_storedScore = stored.score;

    auto *about
        = new QLabel(tr("Review #%1 · %2 · disputed: %3 · reason: %4<br><i>%5</i>")
                         .arg(dispute.dispute.reviewId)
                         .arg(dispute.agentName.toHtmlEscaped(),
                              DisputeTableModel::criterionLabel(dispute).toHtmlEscaped(),
                              DisputeTableModel::reasonLabel(dispute.dispute.reasonCode).toHtmlEscaped(),
                              dispute.dispute.text.toHtmlEscaped()),
                     this);
    about->setObjectName(QStringLiteral("disputeSummary"));
    about->setWordWrap(true);

    m_accept = new QRadioButton(tr("&Accept"), this);
    m_accept->setObjectName(QStringLiteral("acceptRadio"));
    m_partial = new QRadioButton(tr("&Partially accept"), this);
    m_partial->setObjectName(QStringLiteral("partialRadio"));
    m_reject = new QRadioButton(tr("Re&ject"), this);
    m_reject->setObjectName(QStringLiteral("rejectRadio"));
    m_outcomes = new QButtonGroup(this);
    m_outcomes->addButton(m_accept, int(QaDispute::State::Accepted));
    m_outcomes->addButton(m_partial, int(QaDispute::State::PartiallyAccepted));
    m_outcomes->addButton(m_reject, int(QaDispute::State::Rejected));
    m_reject->setChecked(true); // the safe default: nothing changes until the lead says so
    auto *outcomes = new QHBoxLayout;
    outcomes->addWidget(new QLabel(tr("Outcome:"), this));
    outcomes->addWidget(m_accept);
    outcomes->addWidget(m_partial);
    outcomes->addWidget(m_reject);
    outcomes->addStretch(1);

    m_scorecard = new ScorecardPanel(this);
    m_scorecard->setScorecard(m_template, m_stored);
    const int disputed = criterionIndex(m_template, dispute.dispute.criterionId);
    if (disputed >= 0)
        m_scorecard->setCurrentCriterion(disputed);
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("decideScoreLabel"));
    QFont bold = m_score->font();
    bold.setBold(true);
    m_score->setFont(bold);

    m_decision = new QPlainTextEdit(this);
    m_decision->setObjectName(QStringLiteral("decisionTextEdit"));
    m_decision->setTabChangesFocus(true);
    m_decision->setPlaceholderText(tr("Why — the agent reads this."));
    m_decision->setMaximumHeight(90);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_decide = buttons->addButton(tr("&Decide"), QDialogButtonBox::AcceptRole);
    m_decide->setObjectName(QStringLiteral("decideButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_decide, &QPushButton::clicked, this, &DisputeDecideDialog::decide);
    connect(m_outcomes, &QButtonGroup::idClicked, this, &DisputeDecideDialog::outcomeChanged);
    connect(m_scorecard, &ScorecardPanel::answersChanged, this, &DisputeDecideDialog::updateScore);
    connect(m_decision, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_busy)
            showStatus({}, false); // a complaint about the missing text is stale now
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(outcomes);
    layout->addWidget(m_scorecard, 1);
    layout->addWidget(m_score);
    layout->addWidget(new QLabel(tr("Decision (required):"), this));
    layout->addWidget(m_decision);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 760);
    outcomeChanged();
}

QString DisputeDecideDialog::scoreText() const
{
    return m_score->text();
}

QString DisputeDecideDialog::statusText() const
{
    return m_status->text();
}

QaDispute::State DisputeDecideDialog::outcome() const
{
    return QaDispute::State(m_outcomes->checkedId());
}

void DisputeDecideDialog::outcomeChanged()
{
    if (outcome() == QaDispute::State::Rejected) {
        // A rejection keeps the stored answers: put back anything edited before switching.
        const int current = m_scorecard->currentCriterion();
        m_scorecard->setScorecard(m_template, m_stored);
        m_scorecard->setCurrentCriterion(current);
    }
    m_scorecard->setReadOnly(outcome() == QaDispute::State::Rejected);
    updateScore();
}

QList<ScorecardAnswer> DisputeDecideDialog::changedAnswers() const
{
    QList<ScorecardAnswer> changed;
    for (const ScorecardAnswer &answer : m_scorecard->answers()) {
        const auto stored = std::find_if(m_stored.cbegin(), m_stored.cend(), [&](const ScorecardAnswer &old) {
            return old.criterionId == answer.criterionId;
        });
        if (stored == m_stored.cend() || stored->value != answer.value
            || stored->comment.trimmed() != answer.comment)
            changed.append(answer);
    }
    return changed;
}

void DisputeDecideDialog::updateScore()
{
    const std::optional<double> after = m_scorecard->result().score;
    m_score->setText(tr("Score: %1 → %2").arg(formatScore(m_storedScore), formatScore(after)));
}

void DisputeDecideDialog::decide()
{
    if (m_busy)
        return;
    const QaDispute::State chosen = outcome();
    const QList<ScorecardAnswer> changed
        = chosen == QaDispute::State::Rejected ? QList<ScorecardAnswer>() : changedAnswers();
    const QString decision = m_decision->toPlainText().trimmed();
    if (decision.isEmpty()) {
        showStatus(tr("Write the decision first; the agent reads it."), true);
        m_decision->setFocus();
        return;
    }
    if (chosen != QaDispute::State::Rejected && changed.isEmpty()) {
        showStatus(tr("Accepting changes the score: change the disputed answer first, or reject."), true);
        return;
    }
    m_busy = true;
    m_decide->setEnabled(false);
    showStatus(tr("Saving the decision…"), false);
    const qint64 disputeId = m_dispute.dispute.id;
    const QString actor = m_context.user().login;
    runStoreTask(
        this, m_context.store(),
        [disputeId, chosen, changed, decision, actor](QSqlDatabase db) {
            DecideResult result;
            result.ok = QaDisputeRepository(db).decide(disputeId, chosen, changed, decision, actor,
                                                       QDateTime::currentSecsSinceEpoch(), &result.error);
            return result;
        },
        [this, disputeId](const DecideResult &result) {
            m_busy = false;
            m_decide->setEnabled(true);
            if (!result.ok) {
                showStatus(result.error, true);
                return;
            }
            emit decided(disputeId);
            accept();
        });
}

void DisputeDecideDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
}
