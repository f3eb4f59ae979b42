#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

/** Asks for a profile's name (its file name, so restricted to safe characters) and its title. */
class SaveProfileDialog : public QDialog
{
    Q_OBJECT

public:
    SaveProfileDialog(const QString &name, const QString &title, QWidget *parent = nullptr);

    QString name() const;
    QString title() const;

private:
    QLineEdit *m_nameLineEdit = nullptr;
    QLineEdit *m_titleLineEdit = nullptr;
    QPushButton *m_okButton = nullptr;
};
