#include "DisputeRaiseDialog.h"

#include "DisputeTableModel.h"
#include "ScorecardPanel.h"
#include "kpi/StoreTask.h"
#include "qa/store/QaReviewRepository.h"
#include "qa/store/ScorecardTemplateRepository.h"
#include "services/ServiceContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The reviews offered: enough for a team's week of reviews; older ones are out of the window anyway.
constexpr int ReviewLimit = 500;

struct ReviewsResult
{
    QList<QaDisputableReview> reviews;
    QString error;
};

struct ReviewCardResult
{
    ScorecardTemplate scorecard;
    QList<ScorecardAnswer> answers;
    QString error;
};

struct RaiseResult
{
    qint64 id = 0;
    QString error;
};

QString answerText(const ScorecardCriterion &criterion, const ScorecardAnswer *answer)
{
    if (!answer)
        return QStringLiteral("–");
    if (!answer->value)
        return DisputeRaiseDialog::tr("N/A");
    if (criterion.scale == ScaleKind::PassFailNa)
        return *answer->value ? DisputeRaiseDialog::tr("pass") : DisputeRaiseDialog::tr("fail");
    return QStringLiteral("%1/%2").arg(*answer->value).arg(criterion.maxValue());
}

} // namespace

DisputeRaiseDialog::DisputeRaiseDialog(const ServiceContext &context, qint64 now, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_now(now)
{
    setObjectName(QStringLiteral("disputeRaiseDialog"));
    setWindowTitle(tr("Raise dispute"));

    m_review = new QComboBox(this);
    m_review->setObjectName(QStringLiteral("disputeReviewCombo"));
    m_criterion = new QComboBox(this);
    m_criterion->setObjectName(QStringLiteral("disputeCriterionCombo"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("disputeReasonCombo"));
    for (const QString &code : QaDisputeRepository::reasonCodes())
        m_reason->addItem(DisputeTableModel::reasonLabel(code), code);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("disputeTextEdit"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What is wrong with the score, and where in the conversation it shows."));
    m_deadline = new QLabel(this);
    m_deadline->setObjectName(QStringLiteral("disputeDeadlineLabel"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Review:"), m_review);
    form->addRow(tr("Disputed:"), m_criterion);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Text:"), m_text);
    form->addRow(tr("Deadline:"), m_deadline);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_raise = buttons->addButton(tr("&Raise dispute"), QDialogButtonBox::AcceptRole);
    m_raise->setObjectName(QStringLiteral("raiseDisputeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_raise, &QPushButton::clicked, this, &DisputeRaiseDialog::raise);
    connect(m_review, &QComboBox::currentIndexChanged, this, &DisputeRaiseDialog::loadReview);
    connect(m_text, &QPlainTextEdit::textChanged, this, &DisputeRaiseDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(620, 420);

    ++m_busy;
    updateButtons();
    showStatus(tr("Loading the reviews open to dispute…"), false);
    runStoreTask(
        this, m_context.store(),
        [now](QSqlDatabase db) {
            ReviewsResult result;
            QaDisputeRepository(db).disputableReviews(now, QaDisputeRepository::DefaultWindowDays,
                                                      ReviewLimit, &result.reviews, &result.error);
            return result;
        },
        [this](const ReviewsResult &result) {
            --m_busy;
            m_reviews = result.reviews;
            if (!result.error.isEmpty()) {
                showStatus(tr("The reviews could not be read: %1").arg(result.error), true);
                updateButtons();
                return;
            }
            if (m_reviews.isEmpty())
                showStatus(tr("No submitted review is inside its %n-day dispute window.", nullptr,
                              QaDisputeRepository::DefaultWindowDays),
                           false);
            else
                showStatus({}, false);
            {
                const QSignalBlocker blocker(m_review);
                for (const QaDisputableReview &review : std::as_const(m_reviews))
                    m_review->addItem(tr("#%1 · %2 · conversation %3 · score %4 · %5")
                                          .arg(review.reviewId)
                                          .arg(review.agentName)
                                          .arg(review.conversationId)
                                          .arg(review.score ? QLocale().toString(*review.score, 'f', 1)
                                                            : QStringLiteral("–"),
                                               DisputeTableModel::formatTime(review.submittedAt)),
                                      review.reviewId);
            }
            loadReview();
            emit loaded();
        });
}

QString DisputeRaiseDialog::statusText() const
{
    return m_status->text();
}

void DisputeRaiseDialog::loadReview()
{
    const int index = m_review->currentIndex();
    m_criterion->clear();
    m_loadedReview = 0;
    if (index < 0 || index >= m_reviews.size()) {
        m_deadline->clear();
        updateButtons();
        return;
    }
    const QaDisputableReview review = m_reviews.at(index);
    m_deadline->setText(tr("%1 (%n day(s) after submission)", nullptr, QaDisputeRepository::DefaultWindowDays)
                            .arg(DisputeTableModel::formatTime(review.deadline)));
    ++m_busy;
    updateButtons();
    runStoreTask(
        this, m_context.store(),
        [reviewId = review.reviewId](QSqlDatabase db) {
            ReviewCardResult result;
            QaReview stored;
            if (QaReviewRepository(db).load(reviewId, &stored, &result.error)
                && ScorecardTemplateRepository(db).load(stored.templateVersionId, &result.scorecard,
                                                        &result.error))
                QaReviewRepository(db).answers(reviewId, &result.answers, &result.error);
            return result;
        },
        [this, reviewId = review.reviewId](const ReviewCardResult &result) {
            --m_busy;
            if (m_review->currentData().toLongLong() != reviewId) {
                updateButtons();
                return; // another review was picked meanwhile
            }
            if (!result.error.isEmpty()) {
                showStatus(result.error, true);
                updateButtons();
                return;
            }
            m_criterion->addItem(tr("Whole review"), qint64(0));
            for (const ScorecardSection &section : result.scorecard.sections) {
                for (const ScorecardCriterion &criterion : section.criteria) {
                    const ScorecardAnswer *given = nullptr;
                    for (const ScorecardAnswer &answer : result.answers) {
                        if (answer.criterionId == criterion.id)
                            given = &answer;
                    }
                    m_criterion->addItem(
                        tr("%1 — scored %2")
                            .arg(ScorecardPanel::criterionTitle(criterion), answerText(criterion, given)),
                        criterion.id);
                }
            }
            m_loadedReview = reviewId;
            updateButtons();
            emit reviewLoaded();
        });
}

void DisputeRaiseDialog::raise()
{
    if (m_busy > 0 || m_loadedReview == 0)
        return;
    QaDispute dispute;
    dispute.reviewId = m_loadedReview;
    dispute.criterionId = m_criterion->currentData().toLongLong();
    dispute.reasonCode = m_reason->currentData().toString();
    dispute.text = m_text->toPlainText().trimmed();
    dispute.raisedBy = m_context.user().login;
    dispute.raisedAt = m_now;
    ++m_busy;
    updateButtons();
    showStatus(tr("Raising…"), false);
    runStoreTask(
        this, m_context.store(),
        [dispute](QSqlDatabase db) {
            RaiseResult result;
            QaDispute stored = dispute; // raise() sets the id and deadline
            if (QaDisputeRepository(db).raise(&stored, QaDisputeRepository::DefaultWindowDays, &result.error))
                result.id = stored.id;
            return result;
        },
        [this](const RaiseResult &result) {
            --m_busy;
            updateButtons();
            if (result.id == 0) {
                showStatus(result.error, true); // the model's refusal, as it words it
                return;
            }
            emit raised(result.id);
            accept();
        });
}

void DisputeRaiseDialog::updateButtons()
{
    m_raise->setEnabled(m_busy == 0 && m_loadedReview != 0 && !m_text->toPlainText().trimmed().isEmpty());
}

void DisputeRaiseDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
}
