#include "KpiQueryBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace {

constexpr int anyPlatform = -1;

} // namespace

KpiQueryBar::KpiQueryBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("periodKindComboBox"));
    m_kind->addItem(tr("Month"), Month);
    m_kind->addItem(tr("Quarter"), Quarter);
    m_kind->addItem(tr("Week"), Week);
    m_kind->addItem(tr("Custom range"), Custom);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_kind);

    m_from = new QDateEdit(QDate::currentDate(), this);
    m_from->setObjectName(QStringLiteral("periodFromDateEdit"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("periodToDateEdit"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeComboBox"));
    m_scope->addItem(tr("Agents"), int(KpiScope::Agent));
    m_scope->addItem(tr("Teams"), int(KpiScope::Team));
    m_scope->addItem(tr("Departments"), int(KpiScope::Department));
    m_scope->addItem(tr("Center"), int(KpiScope::Center));
    auto *scopeLabel = new QLabel(tr("&Show:"), this);
    scopeLabel->setBuddy(m_scope);

    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("platformComboBox"));
    m_platform->addItem(tr("All platforms"), anyPlatform);
    for (Platform platform : Vocabulary::all<Platform>())
        m_platform->addItem(Vocabulary::displayName(platform), int(platform));
    auto *platformLabel = new QLabel(tr("P&latform:"), this);
    platformLabel->setBuddy(m_platform);

    layout->addWidget(periodLabel);
    layout->addWidget(m_kind);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addSpacing(12);
    layout->addWidget(scopeLabel);
    layout->addWidget(m_scope);
    layout->addSpacing(12);
    layout->addWidget(platformLabel);
    layout->addWidget(m_platform);
    layout->addStretch(1);

    const auto changed = [this] {
        updateEnabled();
        if (!m_quiet)
            emit queryChanged(query());
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, changed);
    connect(m_scope, &QComboBox::currentIndexChanged, this, changed);
    connect(m_platform, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    updateEnabled();
}

KpiQuery KpiQueryBar::query() const
{
    KpiQuery query;
    const QDate day = m_from->date();
    switch (m_kind->currentData().toInt()) {
    case Month:
        query.period = KpiPeriod::month(day.year(), day.month());
        break;
    case Quarter:
        query.period = KpiPeriod::quarter(day.year(), (day.month() - 1) / 3 + 1);
        break;
    case Week:
        query.period = KpiPeriod::week(day);
        break;
    default:
        query.period = KpiPeriod::range(day, std::max(day, m_to->date()));
        break;
    }
    query.scope = static_cast<KpiScope>(m_scope->currentData().toInt());
    if (const int platform = m_platform->currentData().toInt(); platform != anyPlatform)
        query.platform = static_cast<Platform>(platform);
    return query;
}

void KpiQueryBar::setPeriod(const KpiPeriod &period)
{
    m_quiet = true;
    m_from->setDate(period.first);
    m_to->setDate(period.last);
    m_quiet = false;
    updateEnabled();
    emit queryChanged(query());
}

void KpiQueryBar::updateEnabled()
{
    // Month, quarter and week are picked by any day inside them; the end date shows where they end.
    const bool custom = m_kind->currentData().toInt() == Custom;
    m_to->setEnabled(custom);
    if (!custom) {
        const QSignalBlocker blocker(m_to);
        m_to->setDate(query().period.last);
    }
}
