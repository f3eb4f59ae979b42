#include "ValueMapDialog.h"
#include "common/TextMetrics.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

ValueMapDialog::ValueMapDialog(const QString &fieldLabel, const QStringList &values, const QStringList &codes,
                               const QMap<QString, QString> &map, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("valueMapDialog"));
    setWindowTitle(tr("Values of “%1”").arg(fieldLabel));

    QStringList rows = values;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!rows.contains(it.key(), Qt::CaseInsensitive))
            rows << it.key();
    }

    m_table = new QTableWidget(static_cast<int>(rows.size()), 2, this);
    m_table->setObjectName(QStringLiteral("valueMapTable"));
    m_table->setHorizontalHeaderLabels({ tr("Value in the file"), tr("TeamLens value") });
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < rows.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(rows.at(row)));
        auto *combo = new QComboBox(m_table);
        combo->addItem(tr("Keep as is"), QString());
        for (const QString &code : codes)
            combo->addItem(code, code);
        // Keys are matched case-insensitively by the mapper; find the user's key the same way.
        QString mapped;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (it.key().compare(rows.at(row), Qt::CaseInsensitive) == 0)
                mapped = it.value();
        }
        combo->setCurrentIndex(qMax(0, combo->findData(mapped)));
        m_table->setCellWidget(row, 1, combo);
    }

    auto *hint = new QLabel(rows.isEmpty() ? tr("The preview rows have no values in this column.")
                                           : tr("Values seen in the first rows of the file:"),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(TextMetrics::boundedToScreen(
        *this, QSize(TextMetrics::latinCharWidth(fontMetrics()) * 70, fontMetrics().height() * 24)));
}

QMap<QString, QString> ValueMapDialog::map() const
{
    QMap<QString, QString> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString code = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1))->currentData().toString();
        if (!code.isEmpty())
            result.insert(m_table->item(row, 0)->text(), code);
    }
    return result;
}
