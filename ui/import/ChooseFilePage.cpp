#include "ChooseFilePage.h"

#include "ImportSession.h"
#include "common/FileDialogs.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const QString kLastFolderKey = QStringLiteral("import/lastFolder");
}

ChooseFilePage::ChooseFilePage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("chooseFilePage"));
    setTitle(tr("Choose a file"));
    setSubTitle(tr("Tickets, agents, conversations or survey answers exported from a helpdesk or a platform: "
                   "CSV, TSV or XLSX."));

    m_pathLineEdit = new QLineEdit(this);
    m_pathLineEdit->setObjectName(QStringLiteral("pathLineEdit"));
    m_pathLineEdit->setClearButtonEnabled(true);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_pathLineEdit);

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_pathLineEdit, 1);
    row->addWidget(browseButton);

    auto *hint
        = new QLabel(tr("The next page shows the first rows and picks a saved profile whose columns match "
                        "the file. Nothing is written to the store before the last page."),
                     this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(hint);
    layout->addStretch();

    connect(browseButton, &QPushButton::clicked, this, &ChooseFilePage::browse);
    connect(m_pathLineEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

bool ChooseFilePage::isComplete() const
{
    return QFileInfo(m_pathLineEdit->text().trimmed()).isFile();
}

bool ChooseFilePage::validatePage()
{
    m_session.sourcePath = QFileInfo(m_pathLineEdit->text().trimmed()).absoluteFilePath();
    QSettings().setValue(kLastFolderKey, QFileInfo(m_session.sourcePath).absolutePath());
    return true;
}

void ChooseFilePage::browse()
{
    const QString start = m_pathLineEdit->text().trimmed().isEmpty()
        ? QSettings().value(kLastFolderKey).toString()
        : m_pathLineEdit->text().trimmed();
    const QString path = FileDialogs::openFileName(
        this, tr("Import file"), start,
        tr("Import files (*.csv *.tsv *.txt *.xlsx);;CSV files (*.csv);;TSV files (*.tsv *.txt);;"
           "Excel workbooks (*.xlsx);;All files (*)"));
    if (!path.isEmpty())
        m_pathLineEdit->setText(path);
}
