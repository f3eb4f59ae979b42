#pragma once

#include <QDialog>

class ImportHistoryModel;
class QLabel;
class QPushButton;
class QTableView;
class ServiceContext;

/**
 * The import history: every batch with its file, profile, user, status and counts, and "Undo
 * batch" for a committed one. The service decides whether a batch can be undone; its refusal is
 * shown as it words it. Emits storeChanged() after an undo.
 */
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportHistoryDialog(const ServiceContext &context, QWidget *parent = nullptr);

    ImportHistoryModel *model() const { return m_model; }

public slots:
    void refresh();
    void undoSelected();

signals:
    void storeChanged();

private:
    void updateButtons();

    const ServiceContext &m_context;
    ImportHistoryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_undoButton = nullptr;
};
