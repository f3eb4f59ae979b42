#include "SaveProfileDialog.h"
#include "common/TextMetrics.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

SaveProfileDialog::SaveProfileDialog(const QString &name, const QString &title, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("saveProfileDialog"));
    setWindowTitle(tr("Save profile"));

    m_nameLineEdit = new QLineEdit(name, this);
    m_nameLineEdit->setObjectName(QStringLiteral("nameLineEdit"));
    // The name becomes a file name shared between workstations: keep it portable.
    m_nameLineEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9][a-z0-9._-]{0,63}")), this));
    m_nameLineEdit->setPlaceholderText(tr("e.g. taobao-tickets"));
    m_titleLineEdit = new QLineEdit(title, this);
    m_titleLineEdit->setObjectName(QStringLiteral("titleLineEdit"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameLineEdit);
    form->addRow(tr("&Title:"), m_titleLineEdit);
    auto *hint = new QLabel(tr("Lower-case letters, digits, “.”, “-” and “_”. Saving under an existing name "
                               "replaces that profile."),
                            this);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_nameLineEdit, &QLineEdit::textChanged, this,
            [this] { m_okButton->setEnabled(m_nameLineEdit->hasAcceptableInput()); });
    m_okButton->setEnabled(m_nameLineEdit->hasAcceptableInput());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    setMinimumWidth(TextMetrics::latinCharWidth(fontMetrics()) * 60);
}

QString SaveProfileDialog::name() const
{
    return m_nameLineEdit->text().trimmed();
}

QString SaveProfileDialog::title() const
{
    return m_titleLineEdit->text().trimmed();
}
