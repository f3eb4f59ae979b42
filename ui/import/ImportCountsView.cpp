#include "ImportCountsView.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

ImportCountsView::ImportCountsView(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    m_read = addCount(0, 0, tr("Rows read:"), QStringLiteral("readCountLabel"));
    m_inserted = addCount(0, 1, tr("New:"), QStringLiteral("insertedCountLabel"));
    m_updated = addCount(0, 2, tr("Updated:"), QStringLiteral("updatedCountLabel"));
    m_unchanged = addCount(1, 0, tr("Unchanged:"), QStringLiteral("unchangedCountLabel"));
    m_rejected = addCount(1, 1, tr("Rejected:"), QStringLiteral("rejectedCountLabel"));
    m_skipped = addCount(1, 2, tr("Skipped:"), QStringLiteral("skippedCountLabel"));
    m_agents = addCount(2, 0, tr("Agents created:"), QStringLiteral("agentsCreatedLabel"), &m_createdRow);
    m_teams = addCount(2, 1, tr("Teams created:"), QStringLiteral("teamsCreatedLabel"), &m_createdRow);
    m_time = addCount(2, 2, tr("Time:"), QStringLiteral("timeLabel"), &m_createdRow);
    grid->setColumnStretch(6, 1);
    setShowCreated(false);
    clear();
}

QLabel *ImportCountsView::addCount(int row, int column, const QString &caption, const QString &name,
                                   QList<QWidget *> *group)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    auto *captionLabel = new QLabel(caption, this);
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = value->font();
    bold.setBold(true);
    value->setFont(bold);
    // Room for "1,234,567" so the grid does not jump while numbers grow.
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("0,000,000")));
    grid->addWidget(captionLabel, row, column * 2);
    grid->addWidget(value, row, column * 2 + 1);
    if (group)
        *group << captionLabel << value;
    return value;
}

void ImportCountsView::setCounts(const ImportCounts &counts, double seconds)
{
    const QLocale locale;
    m_read->setText(locale.toString(counts.read));
    m_inserted->setText(locale.toString(counts.inserted));
    m_updated->setText(locale.toString(counts.updated));
    m_unchanged->setText(locale.toString(counts.unchanged));
    m_rejected->setText(locale.toString(counts.rejected));
    m_skipped->setText(locale.toString(counts.skipped));
    m_agents->setText(locale.toString(counts.agentsCreated));
    m_teams->setText(locale.toString(counts.teamsCreated));
    m_time->setText(tr("%1 s").arg(locale.toString(seconds, 'f', 1)));
}

void ImportCountsView::setShowCreated(bool show)
{
    for (QWidget *widget : std::as_const(m_createdRow))
        widget->setVisible(show);
}

void ImportCountsView::clear()
{
    for (QLabel *label :
         { m_read, m_inserted, m_updated, m_unchanged, m_rejected, m_skipped, m_agents, m_teams })
        label->setText(QStringLiteral("–"));
    m_time->setText(QStringLiteral("–"));
}
