#include "TicketTableView.h"

#include "TicketItemDelegate.h"
#include "tickets/TicketTableModel.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>

TicketTableView::TicketTableView(TicketTableModel *model, const QString &settingsKey, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_settingsKey(settingsKey)
{
    setObjectName(QStringLiteral("ticketTableView"));
    setModel(model);
    setItemDelegate(new TicketItemDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(TicketTableModel::columnOf(model->sortOrder().key),
                             model->sortOrder().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(TicketTableModel::ExternalIdColumn, charWidth * 18);
    header->resizeSection(TicketTableModel::CreatedColumn, charWidth * 17);
    header->resizeSection(TicketTableModel::FirstResponseColumn, charWidth * 17);
    header->resizeSection(TicketTableModel::ResolvedColumn, charWidth * 17);
    header->resizeSection(TicketTableModel::OrderIdColumn, charWidth * 22);
    for (int column : { TicketTableModel::TierColumn, TicketTableModel::CsatColumn })
        header->resizeSection(column, charWidth * 6);
    // Less used columns start hidden; the header menu shows them.
    for (int column : { TicketTableModel::CategoryColumn, TicketTableModel::PriorityColumn,
                        TicketTableModel::ResolvedColumn })
        header->hideSection(column);
    connect(header, &QHeaderView::customContextMenuRequested, this, &TicketTableView::showHeaderMenu);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TicketTableView::onSortIndicatorChanged);
    restoreState();
}

TicketTableView::~TicketTableView()
{
    saveState();
}

void TicketTableView::saveState() const
{
    QSettings settings;
    settings.setValue(m_settingsKey + QStringLiteral("/headerState"), horizontalHeader()->saveState());
}

void TicketTableView::restoreState()
{
    const QByteArray state = QSettings().value(m_settingsKey + QStringLiteral("/headerState")).toByteArray();
    if (state.isEmpty())
        return;
    QHeaderView *header = horizontalHeader();
    QSignalBlocker blocker(header);
    header->restoreState(state);
    blocker.unblock();
    // The saved sort comes back with the header; apply it unless it is the model's already.
    onSortIndicatorChanged(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void TicketTableView::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    QHeaderView *header = horizontalHeader();
    const auto key = TicketTableModel::sortKeyOf(column);
    if (!key) {
        // Sorting there would mean a full sort of millions of rows: keep the current order.
        const QSignalBlocker blocker(header);
        header->setSortIndicator(TicketTableModel::columnOf(m_model->sortOrder().key),
                                 m_model->sortOrder().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        return;
    }
    const TicketSort sort { *key, order == Qt::DescendingOrder };
    if (!(sort == m_model->sortOrder()))
        m_model->setSortOrder(sort);
}

void TicketTableView::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("ticketColumnsMenu"));
    QHeaderView *header = horizontalHeader();
    int visible = 0;
    for (int column = 0; column < TicketTableModel::ColumnCount; ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;
    for (int column = 0; column < TicketTableModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(header->isSectionHidden(column) || visible > 1); // keep one column
        connect(action, &QAction::toggled, this, [this, header, column](bool on) {
            header->setSectionHidden(column, !on);
            saveState();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Fit columns to contents"), this, [this] {
        resizeColumnsToContents();
        saveState();
    });
    menu.exec(header->mapToGlobal(position));
}
