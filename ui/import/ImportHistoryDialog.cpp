#include "ImportHistoryDialog.h"

#include "ImportHistoryModel.h"
#include "common/MessageBoxes.h"
#include "common/TextMetrics.h"
#include "services/ImportService.h"
#include "services/ServiceContext.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ImportHistoryDialog::ImportHistoryDialog(const ServiceContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import history"));

    m_model = new ImportHistoryModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("historyStatusLabel"));
    m_statusLabel->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undoButton = buttons->addButton(tr("&Undo batch…"), QDialogButtonBox::ActionRole);
    m_undoButton->setObjectName(QStringLiteral("undoBatchButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undoButton, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportHistoryDialog::updateButtons);
    resize(TextMetrics::boundedToScreen(
        *this, QSize(TextMetrics::latinCharWidth(fontMetrics()) * 150, fontMetrics().height() * 28)));
    refresh();
}

void ImportHistoryDialog::refresh()
{
    QList<ImportBatchRecord> batches;
    QString error;
    if (!ImportService(m_context).history(&batches, &error)) {
        m_model->setBatches({});
        m_statusLabel->setText(error);
    } else {
        m_model->setBatches(batches);
        m_statusLabel->setText(batches.isEmpty() ? tr("Nothing has been imported into this store yet.")
                                                 : QString());
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ImportHistoryModel::FileColumn, QHeaderView::Stretch);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

void ImportHistoryDialog::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool committed = !rows.isEmpty()
        && rows.first().data(ImportHistoryModel::StatusCodeRole).toString() == QLatin1String("committed");
    m_undoButton->setEnabled(committed);
}

void ImportHistoryDialog::undoSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const ImportBatchRecord batch = m_model->batch(rows.first().row());
    const auto answer = MessageBoxes::question(
        this, tr("Undo import"),
        tr("Undo the import of %1 from %2? The %Ln new ticket(s) are removed and updated tickets get their "
           "previous values back.",
           nullptr, static_cast<int>(batch.rowsImported))
            .arg(batch.fileName,
                 m_model->index(rows.first().row(), ImportHistoryModel::WhenColumn).data().toString()));
    if (answer != QMessageBox::Yes)
        return;

    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ImportService(m_context).undo(batch.id, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        MessageBoxes::critical(this, tr("Undo import"), error);
        return;
    }
    refresh();
    m_statusLabel->setText(tr("The import of %1 was undone.").arg(batch.fileName));
    emit storeChanged();
}
