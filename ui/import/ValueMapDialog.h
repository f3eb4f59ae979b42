#pragma once

#include <QDialog>
#include <QMap>

class QTableWidget;

/**
 * Maps the values a source column uses (e.g. "Outcall", "Inbound") to TeamLens codes: one row
 * per distinct value seen in the preview (plus values the map already names), each with a combo
 * of the field's codes. "Keep as is" leaves a value unmapped, so it must already be a code.
 */
class ValueMapDialog : public QDialog
{
    Q_OBJECT

public:
    ValueMapDialog(const QString &fieldLabel, const QStringList &values, const QStringList &codes,
                   const QMap<QString, QString> &map, QWidget *parent = nullptr);

    QMap<QString, QString> map() const;

private:
    QTableWidget *m_table = nullptr;
};
