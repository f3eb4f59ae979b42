#include "BeforeAfterView.h"

#include "KpiFormat.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiComparison.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace {

/** "+1.5 pp", "−0:18", "0.0 pp": signed like the value shown, so a rounded zero has no sign. */
QString differenceText(const QString &key, double difference)
{
    const bool share = KpiFormat::unitOf(key) == KpiFormat::Unit::Share;
    const QString magnitude = share
        ? BeforeAfterView::tr("%1 pp").arg(QLocale().toString(std::abs(difference) * 100.0, 'f', 1))
        : KpiFormat::value(key, std::abs(difference));
    const QString zero = share ? BeforeAfterView::tr("%1 pp").arg(QLocale().toString(0.0, 'f', 1))
                               : KpiFormat::value(key, 0.0);
    if (magnitude == zero)
        return zero;
    return (difference < 0 ? QStringLiteral("−") : QStringLiteral("+")) + magnitude;
}

} // namespace

BeforeAfterView::BeforeAfterView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("beforeAfterView"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_date = new QDateEdit(m_today.addDays(-28), this);
    m_date->setObjectName(QStringLiteral("changeDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("windowDaysSpinBox"));
    m_days->setRange(1, 365);
    m_days->setValue(28);
    m_days->setSuffix(tr(" days"));
    auto *compare = new QPushButton(tr("&Compare"), this);
    compare->setObjectName(QStringLiteral("compareButton"));
    auto *dateLabel = new QLabel(tr("Change made on:"), this);
    dateLabel->setBuddy(m_date);
    auto *daysLabel = new QLabel(tr("Window on each side:"), this);
    daysLabel->setBuddy(m_days);
    row->addWidget(dateLabel);
    row->addWidget(m_date);
    row->addWidget(daysLabel);
    row->addWidget(m_days);
    row->addWidget(compare);
    row->addStretch(1);
    layout->addLayout(row);

    m_periods = new QLabel(this);
    m_periods->setWordWrap(true);
    layout->addWidget(m_periods);
    m_settling = new QLabel(this);
    m_settling->setObjectName(QStringLiteral("settlingNote"));
    m_settling->setWordWrap(true);
    m_settling->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_settling->hide();
    layout->addWidget(m_settling);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("beforeAfterTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("KPI"), tr("Before"), tr("After"), tr("Difference"), tr("More than noise?") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *method
        = new QLabel(tr("Rates are tested with a pooled two-proportion z-test (two-sided, 5 % level); "
                        "overlapping 95 % intervals alone would miss real changes. Times and means "
                        "are not tested."),
                     this);
    method->setWordWrap(true);
    layout->addWidget(method);

    connect(compare, &QPushButton::clicked, this, [this] {
        m_compared = true;
        emit comparisonRequested();
    });
}

void BeforeAfterView::setToday(const QDate &today)
{
    const bool defaultDate = m_date->date() == m_today.addDays(-28);
    m_today = today;
    if (defaultDate)
        m_date->setDate(today.addDays(-28));
}

void BeforeAfterView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_compared)
        return;
    // An empty table invites nothing: the first look compares the default windows at once.
    m_compared = true;
    emit comparisonRequested();
}

QDate BeforeAfterView::date() const
{
    return m_date->date();
}

int BeforeAfterView::days() const
{
    return m_days->value();
}

void BeforeAfterView::setResult(const KpiBeforeAfterResult &result)
{
    m_table->setRowCount(0);
    m_settling->hide();
    if (!result.ok) {
        m_periods->setText(tr("Could not compare: %1").arg(result.error));
        return;
    }
    // Tickets of the last days are still open: resolution, FCR and reopen figures there keep moving
    // for a while, and a z-test would call that drift a change.
    if (result.after.last > m_today.addDays(-SettlingDays)) {
        m_settling->setText(
            tr("The after window reaches into the last %n day(s): its newest tickets have had "
               "less time to be resolved or reopened, so resolution, first-contact and "
               "reopen figures there are still settling.",
               nullptr, SettlingDays));
        m_settling->show();
    }
    m_periods->setText(tr("Before: %1    After: %2    Counting rules version %3")
                           .arg(result.before.toString(), result.after.toString())
                           .arg(result.ruleSetVersion));
    for (const QString &key : KpiCatalogue::figureKeys()) {
        const KpiFigure *before = result.beforeResult.figure(key);
        const KpiFigure *after = result.afterResult.figure(key);
        if (!before || !after || !before->value || !after->value)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(KpiFormat::title(key));
        name->setData(Qt::UserRole, key);
        m_table->setItem(row, KpiColumn, name);
        m_table->setItem(row, BeforeColumn, new QTableWidgetItem(KpiFormat::cellWithSample(*before)));
        m_table->setItem(row, AfterColumn, new QTableWidgetItem(KpiFormat::cellWithSample(*after)));
        const double difference = *after->value - *before->value;
        m_table->setItem(row, DifferenceColumn, new QTableWidgetItem(differenceText(key, difference)));
        const KpiDefinition *definition = KpiCatalogue::find(KpiCatalogue::kpiOf(key));
        QString noise = tr("not tested");
        auto *noiseItem = new QTableWidgetItem;
        if (definition && definition->isRate && key == QLatin1StringView(definition->key)) {
            const KpiRateComparison test
                = KpiComparison::compareRates(std::llround(*before->value * double(before->n)), before->n,
                                              std::llround(*after->value * double(after->n)), after->n);
            noise = test.significant ? tr("yes (z = %1)").arg(QLocale().toString(test.z, 'f', 2))
                                     : tr("no (z = %1)").arg(QLocale().toString(test.z, 'f', 2));
            noiseItem->setData(Qt::UserRole, test.significant);
            if (test.significant) {
                const bool better = (difference > 0) == (definition->better == KpiBetter::Higher);
                noiseItem->setBackground(better ? QColor(0xd8, 0xf0, 0xd8) : QColor(0xf8, 0xdc, 0xd8));
            }
        }
        noiseItem->setText(noise);
        m_table->setItem(row, NoiseColumn, noiseItem);
    }
}
