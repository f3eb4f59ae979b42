#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class ServiceContext;

/**
 * "New calibration session" (校准): a name, the template version everyone scores with, the
 * conversations (found by agent, start day and text, then ticked in a checkable list) and at least
 * two reviewers (ticked). "Create" asks QaCalibrationRepository to store the session with one blind
 * draft per reviewer and conversation; its refusals (too few reviewers, a reviewer who handled a
 * conversation, …) are shown in the dialog, which then stays open. The acting user is the creator.
 *
 * Threading: UI thread; loading the choices, finding conversations and creating run on workers
 * (runStoreTask), with the buttons disabled meanwhile.
 */
class CalibrationSessionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CalibrationSessionDialog(const ServiceContext &context, QWidget *parent = nullptr);

    bool isBusy() const { return m_busy > 0; }
    qint64 createdSessionId() const { return m_createdId; }
    QString statusText() const;

public slots:
    /** Lists the conversations the filter row matches; ticked ones stay ticked and listed. */
    void findConversations();

signals:
    /** The choices (templates, agents, reviewers) are loaded. */
    void choicesLoaded();
    void conversationsFound();
    void sessionCreated(qint64 sessionId);

private:
    void loadChoices();
    void create();
    void setBusy(bool busy);
    void showStatus(const QString &text, bool problem);

    const ServiceContext &m_context;
    int m_busy = 0;
    qint64 m_createdId = 0;

    QLineEdit *m_name = nullptr;
    QComboBox *m_template = nullptr;
    QComboBox *m_agent = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_find = nullptr;
    QListWidget *m_conversations = nullptr;
    QListWidget *m_reviewers = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_create = nullptr;
};
