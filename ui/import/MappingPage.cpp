#include "MappingPage.h"

#include "FieldMappingTable.h"
#include "ImportSession.h"
#include "SaveProfileDialog.h"
#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "import/ImportFieldCatalog.h"
#include "import/ImportProfileLibrary.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {
// validate() names the offending member by its JSON path ("fields.agent.shift.formats: …"), which
// suits a profile file; on this page the field's label is what the user sees in the table.
QString readableError(ImportKind kind, const QString &error)
{
    const QString prefix = QStringLiteral("fields.");
    const qsizetype colon = error.indexOf(QLatin1Char(':'));
    if (!error.startsWith(prefix) || colon < 0)
        return error;
    QString path = error.mid(prefix.size(), colon - prefix.size());
    while (!path.isEmpty()) {
        if (const FieldSpec *spec = ImportFieldCatalog::find(kind, path))
            return MappingPage::tr("“%1”%2").arg(ImportFieldCatalog::translatedLabel(*spec),
                                                 error.mid(colon));
        const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
        path = dot < 0 ? QString() : path.left(dot);
    }
    return error;
}
} // namespace

MappingPage::MappingPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mappingPage"));
    setTitle(tr("Map columns to fields"));
    setSubTitle(tr("Fields marked * are required. Map each to a column of the file or give a constant."));

    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("mappingProfileLabel"));
    m_sourceSystemLineEdit = new QLineEdit(this);
    m_sourceSystemLineEdit->setObjectName(QStringLiteral("sourceSystemLineEdit"));
    m_sourceSystemLineEdit->setPlaceholderText(tr("e.g. taobao-helpdesk"));
    m_sourceSystemLineEdit->setToolTip(tr(
        "Names the system the file comes from. A row is the same ticket when its source system and id match, "
        "so importing a file again changes nothing."));
    m_timeZoneComboBox = new QComboBox(this);
    m_timeZoneComboBox->setObjectName(QStringLiteral("timeZoneComboBox"));
    m_timeZoneComboBox->addItem(tr("UTC"), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZoneComboBox->addItem(QString::fromLatin1(id), QString::fromLatin1(id));
    m_timeZoneComboBox->setToolTip(tr("The zone of the times written in the file."));

    auto *form = new QFormLayout;
    form->addRow(tr("Profile:"), m_profileLabel);
    form->addRow(tr("Source &system:"), m_sourceSystemLineEdit);
    form->addRow(tr("Times are in &zone:"), m_timeZoneComboBox);

    m_table = new FieldMappingTable(this);

    m_validationLabel = new QLabel(this);
    m_validationLabel->setObjectName(QStringLiteral("validationLabel"));
    m_validationLabel->setWordWrap(true);
    m_validationLabel->setTextFormat(Qt::PlainText);

    auto *saveButton = new QPushButton(tr("Save &as…"), this);
    saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportProfileButton"));
    auto *importButton = new QPushButton(tr("&Import profile…"), this);
    importButton->setObjectName(QStringLiteral("importProfileButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_validationLabel, 1);
    buttons->addWidget(saveButton);
    buttons->addWidget(exportButton);
    buttons->addWidget(importButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &FieldMappingTable::mappingChanged, this, &MappingPage::updateProfile);
    connect(m_sourceSystemLineEdit, &QLineEdit::textEdited, this, &MappingPage::updateProfile);
    connect(m_timeZoneComboBox, &QComboBox::currentIndexChanged, this, &MappingPage::updateProfile);
    connect(saveButton, &QPushButton::clicked, this, &MappingPage::saveAs);
    connect(exportButton, &QPushButton::clicked, this, &MappingPage::exportProfile);
    connect(importButton, &QPushButton::clicked, this, &MappingPage::importProfile);
}

void MappingPage::initializePage()
{
    showProfile();
}

void MappingPage::showProfile()
{
    const ImportProfile &profile = m_session.profile;
    m_profileLabel->setText(profile.name.isEmpty()
                                ? tr("new, not saved (%1)").arg(ImportProfile::kindCode(profile.kind))
                                : tr("%1 (%2)").arg(profile.title.isEmpty() ? profile.name : profile.title,
                                                    ImportProfile::kindCode(profile.kind)));
    {
        const QSignalBlocker blockZone(m_timeZoneComboBox);
        m_sourceSystemLineEdit->setText(profile.sourceSystem);
        int zone = m_timeZoneComboBox->findData(profile.timeZone);
        if (zone < 0) {
            m_timeZoneComboBox->addItem(profile.timeZone, profile.timeZone);
            zone = m_timeZoneComboBox->count() - 1;
        }
        m_timeZoneComboBox->setCurrentIndex(zone);
    }
    m_table->setMapping(profile.kind, profile.fields, m_session.header, m_session.previewRows);
    updateProfile();
}

void MappingPage::updateProfile()
{
    ImportProfile &profile = m_session.profile;
    profile.fields = m_table->mapping();
    profile.sourceSystem = m_sourceSystemLineEdit->text().trimmed();
    profile.timeZone = m_timeZoneComboBox->currentData().toString();
    profile.file = m_session.fileOptions;

    QString error;
    m_valid = profile.validate(&error);
    if (m_valid) {
        error = missingColumns();
        m_valid = error.isEmpty();
    }
    m_validationLabel->setText(m_valid ? tr("The mapping is complete.") : readableError(profile.kind, error));
    m_validationLabel->setStyleSheet(m_valid ? QString() : QStringLiteral("color: #b3261e;"));
    emit completeChanged();
}

QString MappingPage::missingColumns() const
{
    QStringList missing;
    for (const FieldMapping &mapping : m_session.profile.fields) {
        QStringList wanted = mapping.columns;
        if (!mapping.column.isEmpty())
            wanted << mapping.column;
        if (!mapping.addSecondsColumn.isEmpty())
            wanted << mapping.addSecondsColumn;
        for (const QString &column : wanted) {
            if (!m_session.header.contains(column.trimmed()) && !missing.contains(column))
                missing << column;
        }
    }
    if (missing.isEmpty())
        return {};
    return tr("The file has no column named %1.").arg(missing.join(QStringLiteral(", ")));
}

bool MappingPage::isComplete() const
{
    return m_valid;
}

void MappingPage::saveAs()
{
    SaveProfileDialog dialog(m_session.profile.name, m_session.profile.title, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ImportProfile profile = m_session.profile;
    profile.name = dialog.name();
    profile.title = dialog.title();
    // A saved profile is found again by the columns it maps, so the same export is recognised next time.
    if (profile.matchHeaders.isEmpty()) {
        for (const FieldMapping &mapping : profile.fields) {
            if (!mapping.column.isEmpty() && !profile.matchHeaders.contains(mapping.column))
                profile.matchHeaders << mapping.column;
        }
    }
    QString error;
    if (!m_session.library().save(profile, &error)) {
        MessageBoxes::critical(this, tr("Save profile"), error);
        return;
    }
    m_session.profile = profile;
    showProfile();
}

void MappingPage::exportProfile()
{
    const QString suggested = QDir::home().filePath(
        (m_session.profile.name.isEmpty() ? QStringLiteral("import-profile") : m_session.profile.name)
        + QStringLiteral(".json"));
    const QString path
        = FileDialogs::saveFileName(this, tr("Export profile"), suggested, tr("Import profiles (*.json)"));
    if (path.isEmpty())
        return;
    // The mapping as shown, saved or not: what the lead sees is what the colleague gets.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_session.profile.toJson()) < 0 || !file.commit()) {
        MessageBoxes::critical(
            this, tr("Export profile"),
            tr("The profile could not be written to %1: %2").arg(path, file.errorString()));
    }
}

void MappingPage::importProfile()
{
    const QString path = FileDialogs::openFileName(this, tr("Import profile"), QDir::homePath(),
                                                   tr("Import profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportProfile profile;
    QString error;
    if (!m_session.library().importFile(path, &profile, &error)) {
        MessageBoxes::critical(this, tr("Import profile"), error);
        return;
    }
    m_session.profile = profile;
    showProfile();
    MessageBoxes::information(
        this, tr("Import profile"),
        tr("The profile “%1” was added to your profiles and is now in use.").arg(profile.name));
}
