#pragma once

#include <QDialog>

/** Workstation settings: language. (Stub.) */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
};
