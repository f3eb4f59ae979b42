#include "PeriodCloseDialog.h"

#include "common/MessageBoxes.h"
#include "kpi/KpiAggregateRefresher.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiFormat.h"
#include "kpi/StoreTask.h"
#include "scoring/PeriodCloser.h"
#include "scoring/store/PeriodSnapshotRepository.h"
#include "scoring/store/WeightProfileRepository.h"
#include "services/ServiceContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

/** A month's close state, read on a worker. */
struct PeriodCloseState
{
    bool ok = false;
    QString error;
    KpiPeriod period;
    bool closed = false;
    QList<PeriodCloseRecord> history; // oldest first; the last is in force while closed
    QHash<qint64, QString> versions; // profile id → "Default v1", "Default/jd v2"
    QStringList profileNames;
};

namespace {

struct CloseResult
{
    bool ok = false;
    QString error;
    Ranking snapshot;
};

struct CompareResult
{
    bool ok = false;
    QString error;
    QList<SnapshotDifference> differences;
};

PeriodCloseState loadState(QSqlDatabase db, const KpiPeriod &period)
{
    PeriodCloseState state;
    state.period = period;
    WeightProfileRepository profiles(db);
    if (!PeriodSnapshotRepository(db).history(period, &state.history, &state.error))
        return state;
    for (const PeriodCloseRecord &record : std::as_const(state.history)) {
        if (record.reopenedAt == 0)
            state.closed = true;
        for (const qint64 id : record.profileIds) {
            WeightProfile profile;
            if (state.versions.contains(id) || !profiles.load(id, &profile, &state.error))
                continue;
            const QString name
                = profile.platform.isEmpty() ? profile.name : profile.name + u'/' + profile.platform;
            state.versions.insert(id, QStringLiteral("%1 v%2").arg(name).arg(profile.version));
        }
    }
    state.error.clear();
    state.profileNames = profiles.names(&state.error);
    state.ok = state.error.isEmpty();
    return state;
}

/** Brings the aggregates up to date first, so close and compare see the latest corrections. */
void refreshAggregates(QSqlDatabase db)
{
    QString ignored; // on failure the engine reads raw tickets for the stale days: right, only slower
    KpiAggregateRefresher(db).refresh(-1, &ignored);
}

QString when(qint64 epoch)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(epoch), QLocale::ShortFormat);
}

bool isFigure(const QString &field)
{
    return KpiCatalogue::figureKeys().contains(field);
}

} // namespace

PeriodCloseDialog::PeriodCloseDialog(const ServiceContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_state(std::make_unique<PeriodCloseState>())
{
    setObjectName(QStringLiteral("periodCloseDialog"));
    setWindowTitle(tr("Period close"));

    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("monthEdit"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    const QDate previous = QDate::currentDate().addMonths(-1);
    m_month->setDate(QDate(previous.year(), previous.month(), 1));
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_history = new QTableWidget(0, 7, this);
    m_history->setObjectName(QStringLiteral("closeHistoryTable"));
    m_history->setHorizontalHeaderLabels({ tr("Closed"), tr("By"), tr("Weight profile"), tr("Counting rules"),
                                           tr("Reopened"), tr("By"), tr("Reason") });
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setMaximumHeight(150);

    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_closeButton = new QPushButton(tr("&Close month…"), this);
    m_closeButton->setObjectName(QStringLiteral("closeMonthButton"));
    m_closeButton->setAutoDefault(false);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reopenReasonEdit"));
    m_reason->setPlaceholderText(tr("Why the month is reopened (kept in the audit log)"));
    m_reopenButton = new QPushButton(tr("&Reopen"), this);
    m_reopenButton->setObjectName(QStringLiteral("reopenButton"));
    m_reopenButton->setAutoDefault(false);
    m_compareButton = new QPushButton(tr("Compare with &recomputation"), this);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setAutoDefault(false);
    m_differencesLabel = new QLabel(this);
    m_differencesLabel->setObjectName(QStringLiteral("differencesLabel"));
    m_differencesLabel->setWordWrap(true);
    m_differences = new QTableWidget(0, 5, this);
    m_differences->setObjectName(QStringLiteral("differencesTable"));
    m_differences->setHorizontalHeaderLabels(
        { tr("Agent"), tr("Field"), tr("Snapshot"), tr("Recomputed"), tr("Δ") });
    m_differences->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_differences->verticalHeader()->hide();
    m_differences->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("periodErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Month:"), this));
    top->addWidget(m_month);
    top->addWidget(m_stateLabel, 1);

    auto *actions = new QGroupBox(tr("Close or reopen"), this);
    auto *actionLayout = new QVBoxLayout(actions);
    auto *closeRow = new QHBoxLayout;
    closeRow->addWidget(new QLabel(tr("Weight profile:"), actions));
    closeRow->addWidget(m_profile);
    closeRow->addWidget(m_closeButton);
    closeRow->addStretch(1);
    auto *reopenRow = new QHBoxLayout;
    reopenRow->addWidget(new QLabel(tr("Reason:"), actions));
    reopenRow->addWidget(m_reason, 1);
    reopenRow->addWidget(m_reopenButton);
    actionLayout->addLayout(closeRow);
    actionLayout->addLayout(reopenRow);

    auto *compareBox = new QGroupBox(tr("Snapshot against the current data"), this);
    auto *compareLayout = new QVBoxLayout(compareBox);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(m_compareButton);
    compareRow->addWidget(m_differencesLabel, 1);
    compareLayout->addLayout(compareRow);
    compareLayout->addWidget(m_differences, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Closes of this month:"), this));
    layout->addWidget(m_history);
    layout->addWidget(actions);
    layout->addWidget(compareBox, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    resize(900, 680);

    connect(m_month, &QDateEdit::dateChanged, this, &PeriodCloseDialog::reload);
    connect(m_closeButton, &QPushButton::clicked, this, &PeriodCloseDialog::closeMonth);
    connect(m_reopenButton, &QPushButton::clicked, this, &PeriodCloseDialog::reopenMonth);
    connect(m_compareButton, &QPushButton::clicked, this, &PeriodCloseDialog::compare);
    reload();
}

PeriodCloseDialog::~PeriodCloseDialog() = default;

KpiPeriod PeriodCloseDialog::period() const
{
    const QDate date = m_month->date();
    return KpiPeriod::month(date.year(), date.month());
}

void PeriodCloseDialog::setMonth(int year, int month)
{
    m_month->setDate(QDate(year, month, 1));
}

QString PeriodCloseDialog::errorText() const
{
    return m_errorLabel->text();
}

void PeriodCloseDialog::reload()
{
    const quint64 generation = ++m_generation;
    const KpiPeriod month = period();
    setBusy(true);
    m_stateLabel->setText(tr("Reading…"));
    m_differences->setRowCount(0);
    m_differencesLabel->clear();
    runStoreTask(
        this, m_context.store(), [month](QSqlDatabase db) { return loadState(db, month); },
        [this, generation](const PeriodCloseState &state) {
            if (generation == m_generation) // else the user already picked another month
                showState(state);
        });
}

void PeriodCloseDialog::showState(const PeriodCloseState &state)
{
    setBusy(false);
    if (!state.ok) {
        m_stateLabel->setText(tr("Could not read the month's state."));
        showError(state.error);
        return;
    }
    *m_state = state;
    auto versions = [&state](const PeriodCloseRecord &record) {
        QStringList names;
        for (const qint64 id : record.profileIds)
            names.append(state.versions.value(id, record.profileName));
        return names.join(QStringLiteral(", "));
    };
    const QString month = state.period.first.toString(QStringLiteral("yyyy-MM"));
    if (state.closed) {
        const PeriodCloseRecord &record = state.history.constLast();
        m_stateLabel->setText(tr("%1 is closed: by %2 on %3, with %4 and counting rules v%5.")
                                  .arg(month, record.closedBy, when(record.closedAt), versions(record))
                                  .arg(record.ruleSetVersion));
    } else if (!state.history.isEmpty()) {
        const PeriodCloseRecord &record = state.history.constLast();
        m_stateLabel->setText(
            tr("%1 is open: reopened by %2 on %3 (\"%4\").")
                .arg(month, record.reopenedBy, when(record.reopenedAt), record.reopenReason));
    } else {
        m_stateLabel->setText(tr("%1 is open and has never been closed.").arg(month));
    }

    m_history->setRowCount(int(state.history.size()));
    for (int row = 0; row < state.history.size(); ++row) {
        const PeriodCloseRecord &record = state.history.at(row);
        const bool reopened = record.reopenedAt > 0;
        const QStringList cells { when(record.closedAt),
                                  record.closedBy,
                                  versions(record),
                                  tr("v%1").arg(record.ruleSetVersion),
                                  reopened ? when(record.reopenedAt) : tr("(in force)"),
                                  record.reopenedBy,
                                  record.reopenReason };
        for (int column = 0; column < cells.size(); ++column)
            m_history->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }

    const QString picked = m_profile->currentData().toString();
    m_profile->clear();
    m_profile->addItem(tr("The store's ranking profile"), QString());
    for (const QString &name : state.profileNames)
        m_profile->addItem(name, name);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(picked)));
    updateButtons();
    emit stateShown();
}

void PeriodCloseDialog::closeMonth()
{
    const KpiPeriod month = period();
    const QString profile = m_profile->currentData().toString();
    const auto answer = MessageBoxes::question(
        this, tr("Close month"),
        tr("Close %1 under %2? Its KPIs, scores and ranking are frozen as a snapshot that later data "
           "corrections do not change, and the weight profile versions used are locked. Reopening needs "
           "a reason and is audited.")
            .arg(month.first.toString(QStringLiteral("yyyy-MM")), m_profile->currentText()));
    if (answer != QMessageBox::Yes)
        return;
    showError(QString());
    setBusy(true);
    const QString actor = m_context.user().login;
    runStoreTask(
        this, m_context.store(),
        [month, profile, actor](QSqlDatabase db) {
            refreshAggregates(db);
            CloseResult result;
            result.ok = PeriodCloser(db).close(month, profile, actor, QDateTime::currentSecsSinceEpoch(),
                                               &result.snapshot, &result.error);
            return result;
        },
        [this](const CloseResult &result) {
            setBusy(false);
            if (!result.ok) {
                showError(result.error);
                return;
            }
            emit periodChanged();
            reload();
        });
}

void PeriodCloseDialog::reopenMonth()
{
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        showError(tr("Give a reason to reopen the month; it is kept in the audit log."));
        m_reason->setFocus();
        return;
    }
    showError(QString());
    setBusy(true);
    const KpiPeriod month = period();
    const QString actor = m_context.user().login;
    runStoreTask(
        this, m_context.store(),
        [month, actor, reason](QSqlDatabase db) {
            CloseResult result;
            result.ok = PeriodCloser(db).reopen(month, actor, reason, QDateTime::currentSecsSinceEpoch(),
                                                &result.error);
            return result;
        },
        [this](const CloseResult &result) {
            setBusy(false);
            if (!result.ok) {
                showError(result.error);
                return;
            }
            m_reason->clear();
            emit periodChanged();
            reload();
        });
}

void PeriodCloseDialog::compare()
{
    showError(QString());
    setBusy(true);
    m_differencesLabel->setText(tr("Recomputing…"));
    const KpiPeriod month = period();
    runStoreTask(
        this, m_context.store(),
        [month](QSqlDatabase db) {
            refreshAggregates(db);
            CompareResult result;
            result.ok = PeriodCloser(db).compare(month, &result.differences, &result.error);
            return result;
        },
        [this](const CompareResult &result) {
            setBusy(false);
            if (!result.ok) {
                m_differencesLabel->clear();
                showError(result.error);
                return;
            }
            showDifferences(result.differences);
            emit compared();
        });
}

void PeriodCloseDialog::showDifferences(const QList<SnapshotDifference> &differences)
{
    auto label = [](const QString &field) {
        if (field == QLatin1StringView("composite"))
            return tr("Composite score");
        if (field == QLatin1StringView("center_rank"))
            return tr("Center rank");
        if (field == QLatin1StringView("team_rank"))
            return tr("Team rank");
        if (field == QLatin1StringView("agent"))
            return tr("In the ranking");
        return isFigure(field) ? KpiFormat::title(field) : field;
    };
    auto value = [](const QString &field, const std::optional<double> &number) {
        if (!number)
            return QStringLiteral("–");
        if (field == QLatin1StringView("agent"))
            return tr("yes");
        if (isFigure(field))
            return KpiFormat::value(field, *number);
        return QLocale().toString(*number, 'f', field == QLatin1StringView("composite") ? 2 : 0);
    };
    auto delta = [](const QString &field, const SnapshotDifference &difference) {
        if (!difference.snapshot || !difference.current || field == QLatin1StringView("agent"))
            return QString();
        const double change = *difference.current - *difference.snapshot;
        const QString sign = change > 0 ? QStringLiteral("+") : QString();
        switch (isFigure(field) ? KpiFormat::unitOf(field) : KpiFormat::Unit::Score) {
        case KpiFormat::Unit::Share:
            return tr("%1 pp").arg(sign + QLocale().toString(change * 100.0, 'f', 2));
        case KpiFormat::Unit::Seconds:
            return tr("%1 s").arg(sign + QLocale().toString(change, 'f', 0));
        case KpiFormat::Unit::Count:
        case KpiFormat::Unit::Score:
            break;
        }
        const bool whole = field.endsWith(QLatin1StringView("rank")) || field == QLatin1StringView("handled");
        return QString(sign + QLocale().toString(change, 'f', whole ? 0 : 2));
    };
    m_differences->setRowCount(int(differences.size()));
    for (int row = 0; row < differences.size(); ++row) {
        const SnapshotDifference &difference = differences.at(row);
        const QStringList cells { difference.agentName, label(difference.field),
                                  value(difference.field, difference.snapshot),
                                  value(difference.field, difference.current),
                                  delta(difference.field, difference) };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 1)
                item->setToolTip(difference.field);
            if (column >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_differences->setItem(row, column, item);
        }
    }
    m_differencesLabel->setText(
        differences.isEmpty()
            ? tr("No differences: a recomputation with the snapshot's profile versions and counting rules "
                 "gives the frozen result.")
            : tr("%n difference(s) between the snapshot and a recomputation.", nullptr,
                 int(differences.size())));
}

void PeriodCloseDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_month->setEnabled(!busy);
    updateButtons();
}

void PeriodCloseDialog::updateButtons()
{
    const bool ready = !m_busy && m_state->ok && m_state->period.first == period().first;
    m_closeButton->setEnabled(ready && !m_state->closed);
    m_profile->setEnabled(ready && !m_state->closed);
    m_reopenButton->setEnabled(ready && m_state->closed);
    m_reason->setEnabled(ready && m_state->closed);
    m_compareButton->setEnabled(ready && m_state->closed);
}

void PeriodCloseDialog::showError(const QString &text)
{
    m_errorLabel->setText(text);
}
