#pragma once

#include "scoring/Target.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;
class ServiceContext;
class TargetTableModel;
struct TargetEditorData;

/**
 * Targets (目标) editor: the team standards and agent overrides with their effective dates, filtered
 * by team, KPI, a day they are active on and whether ended rows show; adding a standard or override,
 * changing one (a new row from a date, the old one ending the day before) and ending one, each
 * through TargetEditor so the audit log records it; and the audit trail of every target change.
 *
 * Threading: UI thread; every store read and write runs on a worker (runStoreTask), with the
 * buttons disabled until it reports back.
 */
class TargetEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TargetEditorDialog(const ServiceContext &context, QWidget *parent = nullptr);
    ~TargetEditorDialog() override;

    TargetTableModel *model() const { return m_model; }
    /** The last error or refusal shown under the editor (empty when none). */
    QString errorText() const;

public slots:
    void reload();

signals:
    /** A load finished and the tables show it. */
    void loaded();
    /** A target was added, changed or ended. */
    void targetsChanged();

private:
    QWidget *createTargetsTab();
    QWidget *createAuditTab();
    void showData(const TargetEditorData &fresh);
    void showAudit();
    void applyFilter();
    void updateEditor();
    void selectionChanged();
    const Target *selectedTarget() const;
    void addTarget();
    void changeTarget();
    void endTarget();
    /** Reads the editor's fields into *target (subject and KPI included unless keepSubject). */
    bool readEditor(Target *target, bool keepSubject);
    void write(const QString &done, Target target, qint64 replacesId, qint64 endId, const QDate &lastDay);
    void setBusy(bool busy);
    void showError(const QString &text);
    QString describe(const QString &json) const;

    const ServiceContext &m_context;
    std::unique_ptr<TargetEditorData> m_data;
    bool m_busy = false;
    qint64 m_selectAfterLoad = 0;
    QString m_done; // what the last write did, shown with the reloaded count

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_teamFilter = nullptr;
    QComboBox *m_kpiFilter = nullptr;
    QCheckBox *m_activeOnCheck = nullptr;
    QDateEdit *m_activeOnDate = nullptr;
    QCheckBox *m_historyCheck = nullptr;
    TargetTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;

    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_teamCombo = nullptr;
    QComboBox *m_agentCombo = nullptr;
    QComboBox *m_kpiCombo = nullptr;
    QLineEdit *m_valueEdit = nullptr;
    QLabel *m_unitLabel = nullptr;
    QDateEdit *m_fromDate = nullptr;
    QCheckBox *m_openEndedCheck = nullptr;
    QDateEdit *m_toDate = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_changeButton = nullptr;
    QDateEdit *m_endDate = nullptr;
    QPushButton *m_endButton = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_status = nullptr;

    QTableWidget *m_auditTable = nullptr;
};
