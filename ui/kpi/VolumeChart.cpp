#include "VolumeChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace {

QList<std::pair<QString, QString>> valuesOf(KpiVolumeDimension dimension)
{
    QList<std::pair<QString, QString>> values; // code, display name
    switch (dimension) {
    case KpiVolumeDimension::Type:
        for (TicketType v : Vocabulary::all<TicketType>())
            values.append({ Vocabulary::code(v), Vocabulary::displayName(v) });
        break;
    case KpiVolumeDimension::Platform:
        for (Platform v : Vocabulary::all<Platform>())
            values.append({ Vocabulary::code(v), Vocabulary::displayName(v) });
        break;
    case KpiVolumeDimension::Channel:
        for (Channel v : Vocabulary::all<Channel>())
            values.append({ Vocabulary::code(v), Vocabulary::displayName(v) });
        break;
    }
    return values;
}

} // namespace

VolumeChart::VolumeChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 240);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
}

void VolumeChart::setCounts(const KpiCountsResult &counts, KpiVolumeDimension dimension,
                            const QList<KpiPeriod> &periods)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    m_periods = periods;
    if (m_periods.isEmpty())
        return;

    auto *series = new QStackedBarSeries;
    const auto values = valuesOf(dimension);
    qint64 busiest = 0;
    QList<qint64> totals(m_periods.size(), 0);
    for (const auto &[code, name] : values) {
        auto *set = new QBarSet(name);
        for (int i = 0; i < m_periods.size(); ++i) {
            qint64 n = 0;
            for (QDate day = m_periods.at(i).first; day <= m_periods.at(i).last; day = day.addDays(1))
                n += counts.volumeByDay.value(day).value(code);
            *set << double(n);
            totals[i] += n;
        }
        series->append(set);
        const QString valueCode = code;
        connect(set, &QBarSet::clicked, this, [this, valueCode](int index) {
            if (index >= 0 && index < m_periods.size())
                emit segmentClicked(m_periods.at(index), valueCode);
        });
    }
    for (qint64 total : std::as_const(totals))
        busiest = std::max(busiest, total);
    series->setBarWidth(0.9);
    c->addSeries(series);

    auto *x = new QBarCategoryAxis;
    QStringList labels;
    for (const KpiPeriod &period : std::as_const(m_periods))
        labels << (period.first.day() == 1 && period.last == period.first.addMonths(1).addDays(-1)
                       ? period.first.toString(QStringLiteral("yyyy-MM"))
                       : period.first.toString(QStringLiteral("MM-dd")));
    x->append(labels);
    if (labels.size() > 16)
        x->setLabelsAngle(-90);
    auto *y = new QValueAxis;
    y->setTitleText(tr("tickets"));
    y->setRange(0, double(std::max<qint64>(busiest, 1)));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}
