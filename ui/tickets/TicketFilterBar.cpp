#include "TicketFilterBar.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int anyValue = -1;

template<typename E> void addToFilter(const QComboBox *combo, QSet<E> *set)
{
    const int value = combo->currentData().toInt();
    if (value != anyValue)
        set->insert(static_cast<E>(value));
}

} // namespace

TicketFilterBar::TicketFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ticketFilterBar"));
    // Two rows: what a ticket is (search and the enumerated fields), then who and when.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    m_enumRow = new QHBoxLayout;
    auto *layout = new QHBoxLayout;
    rows->addLayout(m_enumRow);
    rows->addLayout(layout);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Order or ticket id…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Shows tickets whose order id or external id starts with this text"));
    m_search->setMinimumWidth(200);
    m_enumRow->addWidget(m_search);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &TicketFilterBar::emitChanged);

    m_platform = addEnumCombo<Platform>(QStringLiteral("platformFilterComboBox"), tr("All platforms"));
    m_channel = addEnumCombo<Channel>(QStringLiteral("channelFilterComboBox"), tr("All channels"));
    m_type = addEnumCombo<TicketType>(QStringLiteral("typeFilterComboBox"), tr("All types"));
    m_category = addEnumCombo<Category>(QStringLiteral("categoryFilterComboBox"), tr("All categories"));
    m_status = addEnumCombo<TicketStatus>(QStringLiteral("statusFilterComboBox"), tr("All statuses"));
    m_tier = addEnumCombo<Tier>(QStringLiteral("tierFilterComboBox"), tr("All tiers"));
    m_enumRow->addStretch(1);

    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("teamFilterComboBox"));
    m_team->setMinimumContentsLength(16);
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_team->addItem(tr("All teams"), QVariant(qint64(anyValue)));
    layout->addWidget(m_team);
    m_agent = new QComboBox(this);
    m_agent->setObjectName(QStringLiteral("agentFilterComboBox"));
    m_agent->setMinimumContentsLength(20);
    m_agent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_agent->addItem(tr("All agents"), QVariant(qint64(anyValue)));
    layout->addWidget(m_agent);
    for (QComboBox *combo : { m_team, m_agent })
        connect(combo, &QComboBox::currentIndexChanged, this, &TicketFilterBar::emitChanged);

    m_dateRange = new QCheckBox(tr("Created"), this);
    m_dateRange->setObjectName(QStringLiteral("dateRangeCheckBox"));
    layout->addWidget(m_dateRange);
    m_from = new QDateEdit(QDate::currentDate().addDays(-7), this);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        layout->addWidget(edit);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_dateRange->isChecked())
                emitChanged();
        });
    }
    m_from->setToolTip(tr("From this day (inclusive)"));
    m_to->setToolTip(tr("To this day (inclusive)"));
    connect(m_dateRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        emitChanged();
    });

    m_breached = new QCheckBox(tr("Response SLA breached"), this);
    m_breached->setObjectName(QStringLiteral("slaBreachedCheckBox"));
    layout->addWidget(m_breached);
    connect(m_breached, &QCheckBox::toggled, this, &TicketFilterBar::emitChanged);

    const auto chip = [this, layout](const QString &objectName) {
        auto *button = new QToolButton(this);
        button->setObjectName(objectName);
        button->setAutoRaise(false);
        button->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid #8aa4c8; border-radius: 9px; "
                                             "background: #e8f0fb; color: #1d3557; padding: 1px 8px; }"));
        button->hide();
        layout->addWidget(button);
        return button;
    };
    m_localHourChip = chip(QStringLiteral("localHourChip"));
    connect(m_localHourChip, &QToolButton::clicked, this, [this] {
        m_localHour.reset();
        showChips();
        emitChanged();
    });
    m_csatChip = chip(QStringLiteral("csatChip"));
    connect(m_csatChip, &QToolButton::clicked, this, [this] {
        m_csatScores.clear();
        showChips();
        emitChanged();
    });
    layout->addStretch(1);
}

void TicketFilterBar::showChips()
{
    // The ✕ says the chip is a button that removes its criterion.
    if (m_localHour) {
        const int hour = std::clamp(m_localHour->hour, 0, 23);
        const QString text = tr("%1 %2:00–%3:00")
                                 .arg(QLocale().dayName(std::clamp(m_localHour->weekday, 1, 7)))
                                 .arg(hour, 2, 10, QLatin1Char('0'))
                                 .arg(hour + 1, 2, 10, QLatin1Char('0'));
        m_localHourChip->setText(text + QStringLiteral("  ✕"));
        const QTimeZone zone(m_localHour->zoneId);
        m_localHourChip->setToolTip(
            tr("Only tickets created in this hour of the week (%1 time). Click to remove.")
                .arg(zone.isValid() ? QString::fromUtf8(zone.id()) : QStringLiteral("UTC")));
    }
    m_localHourChip->setVisible(m_localHour.has_value());
    if (!m_csatScores.isEmpty()) {
        QList<int> scores(m_csatScores.cbegin(), m_csatScores.cend());
        std::sort(scores.begin(), scores.end());
        QStringList names;
        for (int score : std::as_const(scores))
            names.append(QString::number(score));
        m_csatChip->setText(tr("CSAT %1").arg(names.join(QStringLiteral(", "))) + QStringLiteral("  ✕"));
        m_csatChip->setToolTip(
            tr("Only tickets whose satisfaction survey gave this score. Click to remove."));
    }
    m_csatChip->setVisible(!m_csatScores.isEmpty());
}

template<typename E>
QComboBox *TicketFilterBar::addEnumCombo(const QString &objectName, const QString &anyText)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->addItem(anyText, anyValue);
    for (E value : Vocabulary::all<E>())
        combo->addItem(Vocabulary::displayName(value), static_cast<int>(value));
    // A steady width that does not grow with the counts; the list shows the full entries.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(14);
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 80);
    m_enumRow->addWidget(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &TicketFilterBar::emitChanged);
    return combo;
}

TicketFilter TicketFilterBar::filter() const
{
    TicketFilter filter;
    addToFilter(m_platform, &filter.platforms);
    addToFilter(m_channel, &filter.channels);
    addToFilter(m_type, &filter.types);
    addToFilter(m_category, &filter.categories);
    addToFilter(m_status, &filter.statuses);
    addToFilter(m_tier, &filter.tiers);
    if (const qint64 team = m_team->currentData().toLongLong(); team != anyValue)
        filter.teamId = team;
    if (const qint64 agent = m_agent->currentData().toLongLong(); agent != anyValue)
        filter.agentId = agent;
    if (m_dateRange->isChecked()) {
        // Days are the workstation's; the store compares UTC instants.
        filter.createdFrom = m_from->date().startOfDay().toUTC();
        filter.createdTo = m_to->date().addDays(1).startOfDay().toUTC();
    }
    if (m_breached->isChecked())
        filter.firstResponseBreached = true;
    filter.searchText = m_search->text().trimmed();
    filter.localHour = m_localHour;
    filter.csatScores = m_csatScores;
    return filter;
}

void TicketFilterBar::setTeams(const QList<Team> &teams)
{
    const QVariant selected = m_team->currentData();
    m_quiet = true;
    m_team->clear();
    m_team->addItem(tr("All teams"), QVariant(qint64(anyValue)));
    for (const Team &team : teams)
        m_team->addItem(team.name, team.id);
    m_team->setCurrentIndex(std::max(0, m_team->findData(selected)));
    m_quiet = false;
    if (m_team->currentData() != selected)
        emitChanged(); // the selected team is gone
}

void TicketFilterBar::setAgents(const QList<Agent> &agents)
{
    const QVariant selected = m_agent->currentData();
    m_quiet = true;
    m_agent->clear();
    m_agent->addItem(tr("All agents"), QVariant(qint64(anyValue)));
    for (const Agent &agent : agents)
        m_agent->addItem(agent.englishName.isEmpty() || agent.englishName == agent.name
                             ? agent.name
                             : tr("%1 (%2)").arg(agent.name, agent.englishName),
                         agent.id);
    m_agent->setCurrentIndex(std::max(0, m_agent->findData(selected)));
    m_quiet = false;
    if (m_agent->currentData() != selected)
        emitChanged();
}

template<typename E> void TicketFilterBar::showCounts(QComboBox *combo, const QList<qint64> &counts)
{
    const QList<E> values = Vocabulary::all<E>();
    for (int i = 0; i < values.size(); ++i) {
        const QString name = Vocabulary::displayName(values.at(i));
        combo->setItemText(
            i + 1, i < counts.size() ? tr("%1 (%2)").arg(name, QLocale().toString(counts.at(i))) : name);
    }
}

void TicketFilterBar::setFacets(const TicketFacets &facets)
{
    showCounts<Platform>(m_platform, facets.platforms);
    showCounts<Channel>(m_channel, facets.channels);
    showCounts<TicketType>(m_type, facets.types);
    showCounts<Category>(m_category, facets.categories);
    showCounts<TicketStatus>(m_status, facets.statuses);
    showCounts<Tier>(m_tier, facets.tiers);
}

void TicketFilterBar::clear()
{
    m_quiet = true;
    for (QComboBox *combo : { m_platform, m_channel, m_type, m_category, m_status, m_tier, m_team, m_agent })
        combo->setCurrentIndex(0);
    m_dateRange->setChecked(false);
    m_breached->setChecked(false);
    m_search->clear();
    m_searchTimer->stop();
    m_localHour.reset();
    m_csatScores.clear();
    showChips();
    m_quiet = false;
    emitChanged();
}

template<typename E> void TicketFilterBar::selectValue(QComboBox *combo, const QSet<E> &values)
{
    const int index = values.size() == 1 ? combo->findData(static_cast<int>(*values.cbegin())) : 0;
    combo->setCurrentIndex(std::max(0, index));
}

void TicketFilterBar::showFilter(const TicketFilter &filter)
{
    m_quiet = true;
    selectValue(m_platform, filter.platforms);
    selectValue(m_channel, filter.channels);
    selectValue(m_type, filter.types);
    selectValue(m_category, filter.categories);
    selectValue(m_status, filter.statuses);
    selectValue(m_tier, filter.tiers);
    m_team->setCurrentIndex(
        std::max(0, m_team->findData(QVariant(qint64(filter.teamId.value_or(anyValue))))));
    m_agent->setCurrentIndex(
        std::max(0, m_agent->findData(QVariant(qint64(filter.agentId.value_or(anyValue))))));
    const bool dated = filter.createdFrom.isValid() && filter.createdTo.isValid();
    m_dateRange->setChecked(dated);
    if (dated) {
        m_from->setDate(filter.createdFrom.toLocalTime().date());
        m_to->setDate(filter.createdTo.addSecs(-1).toLocalTime().date());
    }
    m_breached->setChecked(filter.firstResponseBreached.value_or(false));
    m_search->setText(filter.searchText);
    m_searchTimer->stop();
    m_localHour = filter.localHour;
    m_csatScores = filter.csatScores;
    showChips();
    m_quiet = false;
}

void TicketFilterBar::emitChanged()
{
    if (!m_quiet)
        emit filterChanged(filter());
}
