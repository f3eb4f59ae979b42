#include "SettingsDialog.h"

#include "i18n/TranslationLoader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_languageAtStart(TranslationLoader::configuredLanguage())
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_languageComboBox = new QComboBox(this);
    m_languageComboBox->setObjectName(QStringLiteral("languageComboBox"));
    const QLocale system = QLocale::system();
    m_languageComboBox->addItem(tr("Automatic (system language: %1)").arg(system.nativeLanguageName()),
                                QString());
    // Each language is named in itself, so a user who cannot read the current one still finds theirs.
    m_languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageComboBox->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_languageComboBox->setCurrentIndex(std::max(0, m_languageComboBox->findData(m_languageAtStart)));

    m_restartLabel = new QLabel(this);
    m_restartLabel->setObjectName(QStringLiteral("restartLabel"));
    m_restartLabel->setWordWrap(true);

    auto form = new QFormLayout;
    form->addRow(tr("&Language:"), m_languageComboBox);
    form->addRow(QString(), m_restartLabel);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_languageComboBox, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateRestartHint);
    updateRestartHint();
}

QString SettingsDialog::selectedLanguage() const
{
    return m_languageComboBox->currentData().toString();
}

void SettingsDialog::updateRestartHint()
{
    if (selectedLanguage() == m_languageAtStart)
        m_restartLabel->setText(tr("A change of language takes effect the next time TeamLens starts."));
    else
        m_restartLabel->setText(tr(
            "The new language takes effect the next time TeamLens starts. Restart TeamLens to use it now."));
}

void SettingsDialog::accept()
{
    TranslationLoader::setConfiguredLanguage(selectedLanguage());
    QDialog::accept();
}
