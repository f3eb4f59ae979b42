#include "PreviewPage.h"

#include "ImportSession.h"
#include "common/TextMetrics.h"
#include "import/ImportProfileLibrary.h"
#include "import/ImportSource.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
// Profile combo data: a library profile's name, or this prefix plus a kind code for a new mapping.
const QString kNewMappingPrefix = QStringLiteral("new:");

QString separatorText(const QString &separator)
{
    if (separator == QLatin1String("\t"))
        return PreviewPage::tr("tab");
    if (separator == QLatin1String(","))
        return PreviewPage::tr("comma");
    if (separator == QLatin1String(";"))
        return PreviewPage::tr("semicolon");
    if (separator == QLatin1String("|"))
        return PreviewPage::tr("pipe");
    return separator;
}

// A new mapping needs a valid name to be checked and run; the file's name is a fair first guess
// that "Save as…" can change.
QString nameFromFile(const QString &path)
{
    QString name;
    for (const QChar c : QFileInfo(path).completeBaseName().toLower()) {
        const bool safe = (c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'_';
        if (safe)
            name += c;
        else if (!name.endsWith(u'-'))
            name += u'-';
    }
    return name.isEmpty() || name == QLatin1String("-") ? QStringLiteral("new-profile") : name;
}

QString kindText(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Tickets:
        return PreviewPage::tr("tickets");
    case ImportKind::Agents:
        return PreviewPage::tr("agents");
    case ImportKind::Messages:
        return PreviewPage::tr("conversation messages");
    case ImportKind::Csat:
        return PreviewPage::tr("survey answers (CSAT)");
    }
    return {};
}
} // namespace

PreviewPage::PreviewPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("previewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("Check that the columns and characters look right, then choose how to map them."));

    m_formatLabel = new QLabel(this);
    m_formatLabel->setObjectName(QStringLiteral("formatLabel"));
    m_formatLabel->setWordWrap(true);

    m_encodingComboBox = new QComboBox(this);
    m_encodingComboBox->setObjectName(QStringLiteral("encodingComboBox"));
    m_encodingComboBox->addItem(tr("Detect"), QByteArray());
    for (const char *name : { "UTF-8", "GB18030", "GBK", "UTF-16LE", "UTF-16BE" })
        m_encodingComboBox->addItem(QString::fromLatin1(name), QByteArray(name));

    m_separatorComboBox = new QComboBox(this);
    m_separatorComboBox->setObjectName(QStringLiteral("separatorComboBox"));
    m_separatorComboBox->addItem(tr("Detect"), QString());
    for (const QString &separator :
         { QStringLiteral(","), QStringLiteral(";"), QStringLiteral("\t"), QStringLiteral("|") })
        m_separatorComboBox->addItem(separatorText(separator), separator);

    m_sheetComboBox = new QComboBox(this);
    m_sheetComboBox->setObjectName(QStringLiteral("sheetComboBox"));
    m_sheetLabel = new QLabel(tr("S&heet:"), this);
    m_sheetLabel->setBuddy(m_sheetComboBox);

    m_headerCheckBox = new QCheckBox(tr("&First row holds the column names"), this);
    m_headerCheckBox->setObjectName(QStringLiteral("headerCheckBox"));
    m_headerCheckBox->setChecked(true);

    m_profileComboBox = new QComboBox(this);
    m_profileComboBox->setObjectName(QStringLiteral("profileComboBox"));
    // Built-in titles are long; cap the combo so the row keeps its layout, the popup shows all.
    m_profileComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileComboBox->setMinimumContentsLength(48);
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_profileLabel->setWordWrap(true);

    m_previewTable = new QTableWidget(this);
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setWordWrap(false);
    m_previewTable->verticalHeader()->setDefaultSectionSize(m_previewTable->fontMetrics().height() + 8);

    auto *readRow = new QHBoxLayout;
    auto addLabelled = [this, readRow](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        readRow->addWidget(label);
        readRow->addWidget(field);
        readRow->addSpacing(12);
        return label;
    };
    addLabelled(tr("&Encoding:"), m_encodingComboBox);
    addLabelled(tr("&Separator:"), m_separatorComboBox);
    readRow->addWidget(m_sheetLabel);
    readRow->addWidget(m_sheetComboBox);
    readRow->addSpacing(12);
    readRow->addWidget(m_headerCheckBox);
    readRow->addStretch();

    auto *profileRow = new QHBoxLayout;
    auto *profileCaption = new QLabel(tr("&Profile:"), this);
    profileCaption->setBuddy(m_profileComboBox);
    profileRow->addWidget(profileCaption);
    profileRow->addWidget(m_profileComboBox);
    profileRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_formatLabel);
    layout->addLayout(readRow);
    layout->addWidget(m_previewTable, 1);
    layout->addLayout(profileRow);
    layout->addWidget(m_profileLabel);

    connect(m_encodingComboBox, &QComboBox::currentIndexChanged, this, &PreviewPage::readPreview);
    connect(m_separatorComboBox, &QComboBox::currentIndexChanged, this, &PreviewPage::readPreview);
    connect(m_sheetComboBox, &QComboBox::currentIndexChanged, this, &PreviewPage::readPreview);
    connect(m_headerCheckBox, &QCheckBox::toggled, this, &PreviewPage::readPreview);
    connect(m_profileComboBox, &QComboBox::activated, this, &PreviewPage::applyChosenProfile);
}

void PreviewPage::initializePage()
{
    // Coming back from a later page keeps the user's choices; a different file starts afresh.
    if (m_readPath == m_session.sourcePath)
        return;
    m_readPath = m_session.sourcePath;
    {
        const QSignalBlocker blockSheets(m_sheetComboBox);
        m_sheetComboBox->clear();
    }
    setChosenOptions({});
    readPreview();
    fillProfiles();
    pickMatchingProfile();
}

ImportFileOptions PreviewPage::chosenOptions() const
{
    ImportFileOptions options;
    options.encoding = m_encodingComboBox->currentData().toByteArray();
    options.separator = m_separatorComboBox->currentData().toString();
    // The first sheet is the default, so leave it unnamed: the profile then fits other workbooks.
    if (m_sheetComboBox->currentIndex() > 0)
        options.sheet = m_sheetComboBox->currentText();
    options.hasHeader = m_headerCheckBox->isChecked();
    return options;
}

void PreviewPage::setChosenOptions(const ImportFileOptions &options)
{
    const QSignalBlocker blockEncoding(m_encodingComboBox);
    const QSignalBlocker blockSeparator(m_separatorComboBox);
    const QSignalBlocker blockSheet(m_sheetComboBox);
    const QSignalBlocker blockHeader(m_headerCheckBox);
    m_encodingComboBox->setCurrentIndex(qMax(0, m_encodingComboBox->findData(options.encoding.toUpper())));
    m_separatorComboBox->setCurrentIndex(qMax(0, m_separatorComboBox->findData(options.separator)));
    m_sheetComboBox->setCurrentIndex(
        options.sheet.isEmpty() ? 0 : qMax(0, m_sheetComboBox->findText(options.sheet)));
    m_headerCheckBox->setChecked(options.hasHeader);
}

void PreviewPage::readPreview()
{
    m_session.fileOptions = chosenOptions();
    m_session.header.clear();
    m_session.previewRows.clear();
    m_readOk = false;

    QString error;
    const auto source = ImportSource::open(m_session.sourcePath, m_session.fileOptions, &error);
    if (source) {
        m_session.header = source->header();
        QStringList record;
        while (m_session.previewRows.size() < ImportSession::kPreviewRows && source->readRecord(&record))
            m_session.previewRows.append(record);
        error = source->errorString();
        m_readOk = error.isEmpty();

        QStringList facts { source->formatName() };
        if (!source->encodingName().isEmpty())
            facts << tr("encoding %1").arg(source->encodingName());
        if (!source->separatorName().isEmpty())
            facts << tr("separator: %1").arg(separatorText(source->separatorName()));
        m_formatLabel->setText(tr("Read as %1. Showing the first %n row(s).", nullptr,
                                  static_cast<int>(m_session.previewRows.size()))
                                   .arg(facts.join(QStringLiteral(", "))));

        const QStringList sheets = source->sheetNames();
        if (m_sheetComboBox->count() == 0 && !sheets.isEmpty()) {
            const QSignalBlocker blockSheets(m_sheetComboBox);
            m_sheetComboBox->addItems(sheets);
        }
    }
    m_sheetLabel->setVisible(m_sheetComboBox->count() > 0);
    m_sheetComboBox->setVisible(m_sheetComboBox->count() > 0);
    if (!error.isEmpty())
        m_formatLabel->setText(tr("The file cannot be read this way: %1").arg(error));
    showPreview();
    emit completeChanged();
}

void PreviewPage::showPreview()
{
    m_previewTable->clear();
    m_previewTable->setColumnCount(static_cast<int>(m_session.header.size()));
    m_previewTable->setRowCount(static_cast<int>(m_session.previewRows.size()));
    m_previewTable->setHorizontalHeaderLabels(m_session.header);
    for (int row = 0; row < m_session.previewRows.size(); ++row) {
        const QStringList &record = m_session.previewRows.at(row);
        for (int column = 0; column < record.size() && column < m_session.header.size(); ++column)
            m_previewTable->setItem(row, column, new QTableWidgetItem(record.at(column)));
    }
    m_previewTable->resizeColumnsToContents();
    // A long remark column must not push every other column out of sight.
    const int widest = TextMetrics::latinCharWidth(m_previewTable->fontMetrics()) * 40;
    for (int column = 0; column < m_previewTable->columnCount(); ++column)
        m_previewTable->setColumnWidth(column, qMin(m_previewTable->columnWidth(column), widest));
}

void PreviewPage::fillProfiles()
{
    const QSignalBlocker block(m_profileComboBox);
    m_profileComboBox->clear();
    const ImportProfileLibrary &library = m_session.library();
    for (const QString &name : library.names()) {
        ImportProfile profile;
        QString error;
        if (!library.load(name, &profile, &error))
            continue; // a broken user file is reported when it is picked on purpose, not here
        m_profileComboBox->addItem(profile.title.isEmpty() ? name : tr("%1 (%2)").arg(profile.title, name),
                                   name);
    }
    if (m_profileComboBox->count() > 0)
        m_profileComboBox->insertSeparator(m_profileComboBox->count());
    for (ImportKind kind :
         { ImportKind::Tickets, ImportKind::Agents, ImportKind::Messages, ImportKind::Csat })
        m_profileComboBox->addItem(tr("New mapping: %1").arg(kindText(kind)),
                                   QString(kNewMappingPrefix + ImportProfile::kindCode(kind)));
}

void PreviewPage::pickMatchingProfile()
{
    const QList<ImportProfile> matches = m_session.library().matching(m_session.header);
    const int index = matches.isEmpty() ? -1 : m_profileComboBox->findData(matches.first().name);
    if (index < 0) {
        m_profileChosen = false;
        m_profileComboBox->setCurrentIndex(m_profileComboBox->findData(
            QString(kNewMappingPrefix + ImportProfile::kindCode(ImportKind::Tickets))));
        applyChosenProfile();
        m_profileLabel->setText(tr("No saved profile matches these columns: choose one, or map them as a new "
                                   "profile."));
        return;
    }
    m_profileComboBox->setCurrentIndex(index);
    applyChosenProfile();
    m_profileLabel->setText(
        tr("Using saved profile “%1”: its columns match this file.").arg(matches.first().name));
}

void PreviewPage::applyChosenProfile()
{
    const QString choice = m_profileComboBox->currentData().toString();
    m_profileChosen = false;
    if (choice.startsWith(kNewMappingPrefix)) {
        ImportKind kind = ImportKind::Tickets;
        ImportProfile::kindFromCode(choice.mid(kNewMappingPrefix.size()), &kind);
        m_session.profile = ImportProfile();
        m_session.profile.kind = kind;
        m_session.profile.name = nameFromFile(m_session.sourcePath);
        m_profileLabel->setText(
            tr("A new mapping of %1: map the columns on the next page.").arg(kindText(kind)));
        m_profileChosen = true;
    } else {
        ImportProfile profile;
        QString error;
        if (m_session.library().load(choice, &profile, &error)) {
            m_session.profile = profile;
            m_profileChosen = true;
            m_profileLabel->setText(
                tr("Using saved profile “%1” for %2.").arg(profile.name, kindText(profile.kind)));
            // The profile knows how its source writes files; read the preview that way too.
            ImportFileOptions wanted = profile.file;
            if (wanted.sheet.isEmpty() && !m_session.fileOptions.sheet.isEmpty())
                wanted.sheet = m_session.fileOptions.sheet;
            const ImportFileOptions current = chosenOptions();
            if (wanted.encoding != current.encoding || wanted.separator != current.separator
                || wanted.sheet != current.sheet || wanted.hasHeader != current.hasHeader) {
                setChosenOptions(wanted);
                readPreview();
            }
        } else {
            m_profileLabel->setText(tr("The profile cannot be used: %1").arg(error));
        }
    }
    emit completeChanged();
}

bool PreviewPage::isComplete() const
{
    return m_readOk && m_profileChosen && !m_session.header.isEmpty();
}

bool PreviewPage::validatePage()
{
    m_session.fileOptions = chosenOptions();
    m_session.profile.file = m_session.fileOptions;
    return true;
}
