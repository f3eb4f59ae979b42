#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

/**
 * Workstation settings. Today: the interface language (Automatic, English, 简体中文), stored with
 * TranslationLoader and applied at the next start, which the dialog says next to the choice.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /** The language picked in the dialog: empty for automatic, else a locale name ("zh_CN"). */
    QString selectedLanguage() const;

public slots:
    void accept() override;

private:
    void updateRestartHint();

    QComboBox *m_languageComboBox = nullptr;
    QLabel *m_restartLabel = nullptr;
    QString m_languageAtStart;
};
