#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class ServiceContext;
struct AutoQaSettings;

/**
 * Edits the auto-QA rules (自动质检规则): the forbidden phrases (禁用语), the greeting and closing
 * phrases (one per line) and the customer-wait threshold; "Restore defaults" puts back the Chinese
 * and English defaults. Saving stores the settings, which makes the stored flags stale until the
 * check runs again ("Run check now", over every conversation).
 *
 * Threading: UI thread; loading, saving and the check run on workers (runStoreTask), with the
 * buttons disabled until they report back.
 */
class AutoQaSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AutoQaSettingsDialog(const ServiceContext &context, QWidget *parent = nullptr);

    /** The settings as edited (phrases trimmed, empty lines dropped). */
    AutoQaSettings settings() const;
    bool isBusy() const { return m_busy; }
    QString statusText() const;

signals:
    void loaded();
    void saved();
    void checked();

private:
    void showSettings(const AutoQaSettings &settings);
    void restoreDefaults();
    void save();
    void runCheck();
    void setBusy(bool busy);

    const ServiceContext &m_context;
    bool m_busy = false;
    QPlainTextEdit *m_forbidden = nullptr;
    QPlainTextEdit *m_greetings = nullptr;
    QPlainTextEdit *m_closings = nullptr;
    QSpinBox *m_wait = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_defaults = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_check = nullptr;
};
