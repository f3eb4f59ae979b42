#pragma once

#include <QStyledItemDelegate>

/**
 * Paints what the ticket model's roles mean: a breached first response in red, rows still
 * loading in grey italics. The model supplies meaning; colours live here.
 */
class TicketItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
