#include "TicketItemDelegate.h"

#include "tickets/TicketTableModel.h"

void TicketItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(TicketTableModel::LoadedRole).toBool()) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        return;
    }
    if (index.column() == TicketTableModel::FirstResponseSlaColumn
        && index.data(TicketTableModel::SlaBreachedRole).toBool()) {
        const QColor breached(0xc6, 0x28, 0x28);
        option->palette.setColor(QPalette::Text, breached);
        option->palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xcd, 0xd2));
        option->font.setBold(true);
    }
}
