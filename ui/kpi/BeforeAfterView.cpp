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

BeforeAfterView::BeforeAfterView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("beforeAfterView"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_date = new QDateEdit(QDate::currentDate().addDays(-28), this);
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

    connect(compare, &QPushButton::clicked, this, &BeforeAfterView::comparisonRequested);
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
    if (!result.ok) {
        m_periods->setText(tr("Could not compare: %1").arg(result.error));
        return;
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
        m_table->setItem(
            row, BeforeColumn,
            new QTableWidgetItem(tr("%1 (n = %2)").arg(KpiFormat::cell(*before)).arg(before->n)));
        m_table->setItem(row, AfterColumn,
                         new QTableWidgetItem(tr("%1 (n = %2)").arg(KpiFormat::cell(*after)).arg(after->n)));
        double difference = *after->value - *before->value;
        if (std::abs(difference) < 5e-7)
            difference = 0.0; // no "-0.0 pp" for rounding noise
        const bool share = KpiFormat::unitOf(key) == KpiFormat::Unit::Share;
        const QString differenceText = share ? tr("%1 pp").arg(QLocale().toString(difference * 100.0, 'f', 1))
                                             : (difference < 0 ? QStringLiteral("−") : QStringLiteral("+"))
                + KpiFormat::value(key, std::abs(difference));
        m_table->setItem(row, DifferenceColumn, new QTableWidgetItem(differenceText));
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
