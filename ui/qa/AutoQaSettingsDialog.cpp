#include "AutoQaSettingsDialog.h"

#include "kpi/StoreTask.h"
#include "qa/AutoQa.h"
#include "qa/AutoQaRunner.h"
#include "qa/store/QaAutoFlagRepository.h"
#include "services/ServiceContext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

using FlagsState = QaAutoFlagRepository::FlagsState;

struct LoadResult
{
    bool ok = false;
    QString error;
    AutoQaSettings settings;
    FlagsState flags = FlagsState::Current;
};

struct SaveResult
{
    bool ok = false;
    QString error;
    FlagsState flags = FlagsState::Current;
};

struct CheckResult
{
    bool ok = false;
    QString error;
    AutoQaRunSummary summary;
};

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        const QString phrase = line.trimmed();
        if (!phrase.isEmpty() && !out.contains(phrase))
            out.append(phrase);
    }
    return out;
}

QPlainTextEdit *phraseEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(110);
    return edit;
}

} // namespace

AutoQaSettingsDialog::AutoQaSettingsDialog(const ServiceContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("autoQaSettingsDialog"));
    setWindowTitle(tr("Auto-QA rules"));

    m_forbidden = phraseEdit(QStringLiteral("forbiddenPhrasesEdit"), this);
    m_greetings = phraseEdit(QStringLiteral("greetingPhrasesEdit"), this);
    m_closings = phraseEdit(QStringLiteral("closingPhrasesEdit"), this);
    m_wait = new QSpinBox(this);
    m_wait->setObjectName(QStringLiteral("customerWaitSpin"));
    m_wait->setRange(10, 24 * 3600);
    m_wait->setSingleStep(30);
    m_wait->setSuffix(tr(" s"));

    auto *hint = new QLabel(tr("One phrase per line. Phrases match regardless of case; an English phrase "
                               "matches whole words only."),
                            this);
    hint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Forbidden phrases (禁用语), never from an agent:"), m_forbidden);
    form->addRow(tr("Greeting phrases, expected in the agent's first message:"), m_greetings);
    form->addRow(tr("Closing phrases, expected in the agent's last message:"), m_closings);
    form->addRow(tr("Flag a customer waiting longer than:"), m_wait);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    m_defaults = new QPushButton(tr("Restore &defaults"), this);
    m_defaults->setObjectName(QStringLiteral("restoreDefaultsButton"));
    m_defaults->setAutoDefault(false);
    m_check = new QPushButton(tr("&Run check now"), this);
    m_check->setObjectName(QStringLiteral("runCheckButton"));
    m_check->setAutoDefault(false);
    m_check->setToolTip(tr("Runs the saved rules over every conversation and updates the flags."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    buttons->addButton(m_defaults, QDialogButtonBox::ResetRole);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &AutoQaSettingsDialog::save);
    connect(m_defaults, &QPushButton::clicked, this, &AutoQaSettingsDialog::restoreDefaults);
    connect(m_check, &QPushButton::clicked, this, &AutoQaSettingsDialog::runCheck);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 640);

    setBusy(true);
    m_status->setText(tr("Loading…"));
    runStoreTask(
        this, m_context.store(),
        [](QSqlDatabase db) {
            LoadResult result;
            QaAutoFlagRepository repository(db);
            result.ok = repository.loadSettings(&result.settings, &result.error)
                && repository.flagsState(&result.flags, &result.error);
            return result;
        },
        [this](const LoadResult &result) {
            setBusy(false);
            if (!result.ok) {
                m_status->setText(tr("The auto-QA settings could not be read: %1").arg(result.error));
                return;
            }
            showSettings(result.settings);
            switch (result.flags) {
            case FlagsState::Current:
                m_status->setText(tr("The stored flags are up to date with these rules."));
                break;
            case FlagsState::OtherSettings:
                m_status->setText(tr("The stored flags are out of date with these rules; run the check."));
                break;
            case FlagsState::SettingsNotRecorded:
                // Not "out of date": nobody changed the rules, an older TeamLens did not record them.
                m_status->setText(tr("The stored flags predate the recording of their rules (this store was "
                                     "upgraded from an older TeamLens), so they may not match these rules. "
                                     "The next full check records the rules."));
                break;
            }
            emit loaded();
        });
}

AutoQaSettings AutoQaSettingsDialog::settings() const
{
    AutoQaSettings settings;
    settings.forbiddenPhrases = lines(m_forbidden);
    settings.greetingPhrases = lines(m_greetings);
    settings.closingPhrases = lines(m_closings);
    settings.customerWaitSeconds = m_wait->value();
    return settings;
}

QString AutoQaSettingsDialog::statusText() const
{
    return m_status->text();
}

void AutoQaSettingsDialog::showSettings(const AutoQaSettings &settings)
{
    m_forbidden->setPlainText(settings.forbiddenPhrases.join(u'\n'));
    m_greetings->setPlainText(settings.greetingPhrases.join(u'\n'));
    m_closings->setPlainText(settings.closingPhrases.join(u'\n'));
    m_wait->setValue(int(settings.customerWaitSeconds));
}

void AutoQaSettingsDialog::restoreDefaults()
{
    showSettings(AutoQaSettings::defaults());
    m_status->setText(tr("Defaults restored; save to use them."));
}

void AutoQaSettingsDialog::save()
{
    const AutoQaSettings edited = settings();
    setBusy(true);
    runStoreTask(
        this, m_context.store(),
        [edited](QSqlDatabase db) {
            SaveResult result;
            QaAutoFlagRepository repository(db);
            result.ok = repository.saveSettings(edited, &result.error)
                && repository.flagsState(&result.flags, &result.error);
            return result;
        },
        [this](const SaveResult &result) {
            setBusy(false);
            if (!result.ok) {
                m_status->setText(tr("The auto-QA settings could not be saved: %1").arg(result.error));
                return;
            }
            switch (result.flags) {
            case FlagsState::Current:
                m_status->setText(tr("Saved. The stored flags are up to date with these rules."));
                break;
            case FlagsState::OtherSettings:
                m_status->setText(tr("Saved. The stored flags are now out of date; run the check to "
                                     "update them."));
                break;
            case FlagsState::SettingsNotRecorded:
                m_status->setText(tr("Saved. The stored flags predate the recording of their rules (this "
                                     "store was upgraded from an older TeamLens); run the check to update "
                                     "them and record the rules."));
                break;
            }
            emit saved();
        });
}

void AutoQaSettingsDialog::runCheck()
{
    setBusy(true);
    m_status->setText(tr("Checking every conversation…"));
    runStoreTask(
        this, m_context.store(),
        [](QSqlDatabase db) {
            CheckResult result;
            result.ok = AutoQaRunner::run(db, {}, &result.summary, &result.error);
            return result;
        },
        [this](const CheckResult &result) {
            setBusy(false);
            if (!result.ok) {
                m_status->setText(tr("The check failed: %1").arg(result.error));
                return;
            }
            m_status->setText(tr("Checked %1 conversations in %2 s: %3 flags, %4 conversations changed.")
                                  .arg(result.summary.conversations)
                                  .arg(result.summary.elapsedMs / 1000.0, 0, 'f', 1)
                                  .arg(result.summary.flags)
                                  .arg(result.summary.changed));
            emit checked();
        });
}

void AutoQaSettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget : { static_cast<QWidget *>(m_forbidden), static_cast<QWidget *>(m_greetings),
                             static_cast<QWidget *>(m_closings), static_cast<QWidget *>(m_wait),
                             static_cast<QWidget *>(m_defaults), static_cast<QWidget *>(m_save),
                             static_cast<QWidget *>(m_check) })
        widget->setEnabled(!busy);
}
