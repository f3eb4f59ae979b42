#include "SampleDrawDialog.h"

#include "kpi/StoreTask.h"
#include "qa/AutoQaRunner.h"
#include "qa/store/QaAutoFlagRepository.h"
#include "qa/store/QaSampleRepository.h"
#include "services/ServiceContext.h"

#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

const SampleStratum OverSampled[]
    = { SampleStratum::LowCsat, SampleStratum::Complaint, SampleStratum::LongHandling,
        SampleStratum::AutoQaFlag, SampleStratum::NewHire };

QString stratumLabel(SampleStratum stratum)
{
    switch (stratum) {
    case SampleStratum::Random:
        return SampleDrawDialog::tr("Random fill");
    case SampleStratum::LowCsat:
        return SampleDrawDialog::tr("Low CSAT (≤ 2)");
    case SampleStratum::Complaint:
        return SampleDrawDialog::tr("Complaints");
    case SampleStratum::LongHandling:
        return SampleDrawDialog::tr("Long handling (≥ 30 min)");
    case SampleStratum::AutoQaFlag:
        return SampleDrawDialog::tr("Auto-QA flagged");
    case SampleStratum::NewHire:
        return SampleDrawDialog::tr("New hires (90 days)");
    }
    return {};
}

} // namespace

/** A draw as shown: what Save writes. */
struct SampleDrawDialog::Draw
{
    bool ok = false;
    QString error;
    StoredSampleDraw stored;
    QList<StratumExplanation> explanations;
    int candidates = 0;
    int unassigned = 0;
    bool flagsStale = false;
    QMap<qint64, QString> reviewerNames;
};

SampleDrawDialog::SampleDrawDialog(const ServiceContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("sampleDrawDialog"));
    setWindowTitle(tr("Draw QA sample"));

    m_week = new QDateEdit(this);
    m_week->setObjectName(QStringLiteral("weekEdit"));
    m_week->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_week->setCalendarPopup(true);
    m_weekRange = new QLabel(this);
    m_weekRange->setObjectName(QStringLiteral("weekRangeLabel"));
    m_perAgent = new QSpinBox(this);
    m_perAgent->setObjectName(QStringLiteral("perAgentSpin"));
    m_perAgent->setRange(1, 100);
    m_perAgent->setValue(5);
    m_perAgent->setSuffix(tr(" per agent"));

    auto *strataBox = new QGroupBox(tr("Over-sampled first (per agent; 0 = not over-sampled)"), this);
    auto *strataForm = new QFormLayout(strataBox);
    for (const SampleStratum stratum : OverSampled) {
        auto *spin = new QSpinBox(strataBox);
        spin->setObjectName(QStringLiteral("quota_") + SamplingRule::stratumCode(stratum));
        spin->setRange(0, 100);
        spin->setValue(stratum == SampleStratum::LowCsat || stratum == SampleStratum::Complaint
                               || stratum == SampleStratum::AutoQaFlag
                           ? 1
                           : 0);
        strataForm->addRow(stratumLabel(stratum), spin);
        m_quotas.insert(stratum, spin);
        connect(spin, &QSpinBox::valueChanged, this, &SampleDrawDialog::discardDraw);
    }

    m_seed = new QLineEdit(this);
    m_seed->setObjectName(QStringLiteral("seedEdit"));
    m_seed->setToolTip(tr("The same week, rule and seed give the same draw."));
    m_newSeed = new QPushButton(tr("New &seed"), this);
    m_newSeed->setObjectName(QStringLiteral("newSeedButton"));
    m_newSeed->setAutoDefault(false);
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(m_newSeed);
    m_cap = new QSpinBox(this);
    m_cap->setObjectName(QStringLiteral("workloadCapSpin"));
    m_cap->setRange(0, 1000);
    m_cap->setSpecialValueText(tr("No cap"));
    m_cap->setSuffix(tr(" reviews per reviewer"));
    auto *weekRow = new QHBoxLayout;
    weekRow->addWidget(m_week);
    weekRow->addWidget(m_weekRange, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("Week:"), weekRow);
    form->addRow(tr("Conversations:"), m_perAgent);
    form->addRow(strataBox);
    form->addRow(tr("Seed:"), seedRow);
    form->addRow(tr("Workload cap:"), m_cap);

    m_drawButton = new QPushButton(tr("&Draw"), this);
    m_drawButton->setObjectName(QStringLiteral("drawButton"));
    m_drawButton->setAutoDefault(false);

    m_strata = new QTableWidget(0, 4, this);
    m_strata->setObjectName(QStringLiteral("strataTable"));
    m_strata->setHorizontalHeaderLabels(
        { tr("Stratum"), tr("Quota per agent"), tr("Eligible"), tr("Drawn") });
    m_strata->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_strata->verticalHeader()->hide();
    m_strata->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_strata->horizontalHeader()->setStretchLastSection(true);
    m_strata->setMinimumHeight(120);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("explanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A word-wrapped label gets squeezed to one line next to the stretching tables: keep room for
    // a sentence per stratum.
    m_explanation->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_assignment = new QTableWidget(0, 2, this);
    m_assignment->setObjectName(QStringLiteral("assignmentTable"));
    m_assignment->setHorizontalHeaderLabels({ tr("Reviewer"), tr("Conversations") });
    m_assignment->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_assignment->verticalHeader()->hide();
    m_assignment->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_assignment->horizontalHeader()->setStretchLastSection(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveButton = buttons->addButton(tr("&Save draw"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveDrawButton"));
    m_saveButton->setAutoDefault(false);
    connect(buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &SampleDrawDialog::save);

    auto *results = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Per stratum:"), this));
    left->addWidget(m_strata);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Assignment:"), this));
    right->addWidget(m_assignment);
    results->addLayout(left, 3);
    results->addLayout(right, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_drawButton, 0, Qt::AlignLeft);
    layout->addLayout(results, 1);
    layout->addWidget(m_explanation);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 720);

    connect(m_week, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        // Any day picks its week; the field is moved to the Monday.
        const QDate monday = date.addDays(1 - date.dayOfWeek());
        if (monday != date) {
            m_week->setDate(monday);
            return;
        }
        m_weekRange->setText(
            tr("%1 to %2").arg(monday.toString(Qt::ISODate), monday.addDays(6).toString(Qt::ISODate)));
        discardDraw();
    });
    connect(m_perAgent, &QSpinBox::valueChanged, this, &SampleDrawDialog::discardDraw);
    connect(m_cap, &QSpinBox::valueChanged, this, &SampleDrawDialog::discardDraw);
    connect(m_seed, &QLineEdit::textChanged, this, &SampleDrawDialog::discardDraw);
    connect(m_newSeed, &QPushButton::clicked, this, &SampleDrawDialog::newSeed);
    connect(m_drawButton, &QPushButton::clicked, this, &SampleDrawDialog::draw);

    setWeek(QDate::currentDate().addDays(-7)); // last week, the usual one to sample
    newSeed();
    discardDraw();
}

void SampleDrawDialog::setWeek(const QDate &date)
{
    m_week->setDate(date.addDays(1 - date.dayOfWeek()));
}

QDate SampleDrawDialog::weekStart() const
{
    return m_week->date();
}

SamplingRule SampleDrawDialog::rule() const
{
    SamplingRule rule;
    rule.name = tr("Weekly sample");
    rule.perAgent = m_perAgent->value();
    for (const SampleStratum stratum : OverSampled) {
        if (const int quota = m_quotas.value(stratum)->value(); quota > 0)
            rule.strata.append({ stratum, quota });
    }
    rule.workloadCap = m_cap->value();
    return rule;
}

bool SampleDrawDialog::seed(quint64 *out) const
{
    bool ok = false;
    *out = m_seed->text().trimmed().toULongLong(&ok);
    return ok;
}

QString SampleDrawDialog::statusText() const
{
    return m_status->text();
}

void SampleDrawDialog::newSeed()
{
    // Nine digits: random enough to vary, short enough to read out or type back in.
    m_seed->setText(QString::number(QRandomGenerator::global()->bounded(100000000, 999999999)));
}

void SampleDrawDialog::discardDraw()
{
    m_draw.reset();
    m_strata->setRowCount(0);
    m_assignment->setRowCount(0);
    m_explanation->clear();
    m_saveButton->setEnabled(false);
}

void SampleDrawDialog::draw()
{
    StoredSampleDraw request;
    request.rule = rule();
    if (const QString invalid = request.rule.validationError(); !invalid.isEmpty()) {
        m_status->setText(invalid);
        return;
    }
    if (!seed(&request.seed)) {
        m_status->setText(tr("The seed must be a whole number of 0 or more."));
        return;
    }
    request.first = weekStart();
    request.last = request.first.addDays(6);
    request.createdBy = m_context.user().login;
    setBusy(true);
    m_status->setText(tr("Drawing…"));
    runStoreTask(
        this, m_context.store(),
        [request](QSqlDatabase db) {
            auto result = std::make_shared<Draw>();
            result->stored = request;
            // The flagged stratum reads the stored flags: first bring in step those computed before
            // their ticket ended or reopened.
            qint64 rechecked = 0;
            if (!AutoQaRunner::recheckStale(db, 0, &rechecked, &result->error))
                return result;
            QaSampleRepository repository(db);
            QList<SampleCandidate> candidates;
            QList<SampleReviewer> reviewers;
            if (!repository.candidates(request.first, request.last, 90, &candidates, &result->error)
                || !repository.reviewers(&reviewers, &result->error))
                return result;
            QaAutoFlagRepository(db).flagsStale(&result->flagsStale, &result->error);
            result->error.clear();
            const SampleDrawResult drawn = Sampler::draw(request.rule, candidates, request.seed);
            result->stored.items = drawn.items;
            result->explanations = drawn.explanations;
            result->candidates = int(candidates.size());
            result->unassigned = Sampler::assign(&result->stored.items, &reviewers, request.rule.workloadCap);
            // Names only label the assignment lines; without them the ids show.
            QString namesError;
            QaSampleRepository(db).userNames(&result->reviewerNames, &namesError);
            result->ok = true;
            return result;
        },
        [this](const std::shared_ptr<Draw> &result) {
            setBusy(false);
            if (!result->ok) {
                m_status->setText(tr("The sample could not be drawn: %1").arg(result->error));
                return;
            }
            m_draw = result;
            showDraw();
            emit drawn();
        });
}

void SampleDrawDialog::showDraw()
{
    const Draw &draw = *m_draw;
    m_strata->setRowCount(int(draw.explanations.size()));
    QStringList sentences;
    for (int row = 0; row < draw.explanations.size(); ++row) {
        const StratumExplanation &explanation = draw.explanations.at(row);
        const QStringList cells
            = { stratumLabel(explanation.stratum), QString::number(explanation.quotaPerAgent),
                QString::number(explanation.eligible), QString::number(explanation.drawn) };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(explanation.text);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_strata->setItem(row, column, item);
        }
        sentences.append(explanation.text);
    }
    QMap<qint64, int> perReviewer;
    for (const SampledItem &item : draw.stored.items)
        ++perReviewer[item.reviewerId];
    m_assignment->setRowCount(0);
    for (auto it = perReviewer.cbegin(); it != perReviewer.cend(); ++it) {
        const int row = m_assignment->rowCount();
        m_assignment->insertRow(row);
        const QString name = it.key() == 0 ? tr("(not assigned: every reviewer at the cap)")
                                           : draw.reviewerNames.value(it.key(), QString::number(it.key()));
        m_assignment->setItem(row, 0, new QTableWidgetItem(name));
        auto *count = new QTableWidgetItem(QString::number(it.value()));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_assignment->setItem(row, 1, count);
    }
    m_explanation->setText(sentences.join(u'\n'));
    QString status = tr("%n conversation(s) drawn from %1 candidates with seed %2.", nullptr,
                        int(draw.stored.items.size()))
                         .arg(draw.candidates)
                         .arg(draw.stored.seed);
    if (draw.flagsStale)
        status += u' '
            + tr("The auto-QA flags are out of date with the rules; run the check first for "
                 "the auto-QA stratum to be current.");
    m_status->setText(status);
    m_saveButton->setEnabled(!draw.stored.items.isEmpty());
}

void SampleDrawDialog::save()
{
    if (!m_draw)
        return;
    std::shared_ptr<Draw> shown = m_draw;
    setBusy(true);
    runStoreTask(
        this, m_context.store(),
        [shown](QSqlDatabase db) {
            auto result = std::make_shared<Draw>(*shown);
            result->stored.createdAt = QDateTime::currentSecsSinceEpoch();
            result->ok = QaSampleRepository(db).save(&result->stored, result->explanations, &result->error);
            return result;
        },
        [this](const std::shared_ptr<Draw> &result) {
            setBusy(false);
            if (!result->ok) {
                m_status->setText(tr("The draw could not be saved: %1").arg(result->error));
                return;
            }
            m_savedDrawId = result->stored.id;
            m_saveButton->setEnabled(false);
            m_status->setText(
                tr("Saved as draw %1 (seed %2).").arg(result->stored.id).arg(result->stored.seed));
            emit drawSaved(result->stored.id);
        });
}

void SampleDrawDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_drawButton->setEnabled(!busy);
    m_newSeed->setEnabled(!busy);
    if (busy)
        m_saveButton->setEnabled(false);
}
