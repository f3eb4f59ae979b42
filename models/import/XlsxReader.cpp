#include "import/XlsxReader.h"

#include <QDate>
#include <QDir>
#include <QTime>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

#include <algorithm>
#include <cmath>

namespace {

// Excel's largest column (XFD) and date (9999-12-31): guards against hostile references.
constexpr int MaxColumns = 16384;
constexpr double MaxSerial = 2958466.0;

struct Relationship
{
    QString type;
    QString target;
};

/** Parses a relationships part (a .rels file) into id → relationship. */
QHash<QString, Relationship> parseRelationships(const QByteArray &data)
{
    QHash<QString, Relationship> relationships;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"Relationship") {
            const QXmlStreamAttributes attributes = xml.attributes();
            relationships.insert(attributes.value(QLatin1String("Id")).toString(),
                                 { attributes.value(QLatin1String("Type")).toString(),
                                   attributes.value(QLatin1String("Target")).toString() });
        }
    }
    return relationships;
}

/** Resolves a relationship target against the folder of the part that owns the relationships. */
QString resolveTarget(const QString &baseFolder, const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(baseFolder.isEmpty() ? target : baseFolder + u'/' + target);
}

/** Text of a string item (<si> or <is>): its <t> runs, without phonetic (<rPh>) runs. */
QString readStringItem(QXmlStreamReader &xml)
{
    const QString element = xml.name().toString();
    QString text;
    int phoneticDepth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phoneticDepth;
            else if (xml.name() == u"t" && phoneticDepth == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phoneticDepth;
            else if (xml.name() == element)
                break;
        }
    }
    return text;
}

} // namespace

struct XlsxReader::Zip
{
    explicit Zip(const QString &path)
        : archive(path)
    {
    }
    QuaZip archive;
    std::unique_ptr<QuaZipFile> sheetFile;
    QXmlStreamReader xml;
    QString sheetPart;
};

XlsxReader::XlsxReader(const QString &path)
    : m_path(path)
{
}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::fail(const QString &message, QString *error)
{
    m_error = message;
    if (error)
        *error = message;
    return false;
}

bool XlsxReader::open(QString *error)
{
    m_opened = false;
    m_sheetDone = true;
    m_error.clear();
    m_sheets.clear();
    m_sharedStrings.clear();
    m_dateStyles.clear();
    m_date1904 = false;
    m_zip = std::make_unique<Zip>(m_path);
    if (!m_zip->archive.open(QuaZip::mdUnzip)) {
        return fail(tr("%1 is not a readable XLSX workbook (not a valid zip archive, error %2).")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(m_zip->archive.getZipError()),
                    error);
    }
    if (!loadWorkbook(error))
        return false;
    m_opened = true;
    return true;
}

bool XlsxReader::readPart(const QString &part, QByteArray *data, QString *error)
{
    if (!m_zip->archive.setCurrentFile(part, QuaZip::csInsensitive))
        return fail(tr("The workbook is incomplete: part %1 is missing.").arg(part), error);
    QuaZipFile file(&m_zip->archive);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            tr("Cannot read part %1 of the workbook (zip error %2).").arg(part).arg(file.getZipError()),
            error);
    *data = file.readAll();
    file.close();
    if (file.getZipError() != UNZ_OK)
        return fail(
            tr("Part %1 of the workbook is corrupt (zip error %2).").arg(part).arg(file.getZipError()),
            error);
    return true;
}

bool XlsxReader::loadWorkbook(QString *error)
{
    // The package relationships name the workbook part; xl/workbook.xml is the usual place.
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    QByteArray data;
    if (m_zip->archive.setCurrentFile(QStringLiteral("_rels/.rels"), QuaZip::csInsensitive)
        && readPart(QStringLiteral("_rels/.rels"), &data, nullptr)) {
        for (const Relationship &relationship : parseRelationships(data)) {
            if (relationship.type.endsWith(u"/officeDocument"))
                workbookPart = resolveTarget(QString(), relationship.target);
        }
    }
    m_error.clear();
    if (!m_zip->archive.setCurrentFile(workbookPart, QuaZip::csInsensitive))
        return fail(tr("The file is not an Excel workbook: %1 is missing.").arg(workbookPart), error);
    if (!readPart(workbookPart, &data, error))
        return false;

    const int slash = workbookPart.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : workbookPart.left(slash);
    const QString relsPart = (folder.isEmpty() ? QString() : folder + u'/') + QStringLiteral("_rels/")
        + workbookPart.mid(slash + 1) + QStringLiteral(".rels");
    QByteArray relsData;
    if (!readPart(relsPart, &relsData, error))
        return false;
    const QHash<QString, Relationship> relationships = parseRelationships(relsData);

    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const QStringView value = attributes.value(QLatin1String("date1904"));
            m_date1904 = value == u"1" || value == u"true";
        } else if (xml.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == u"id")
                    id = attribute.value().toString();
            }
            const auto relationship = relationships.constFind(id);
            if (relationship == relationships.cend())
                return fail(tr("The workbook names sheet \"%1\" but its part is not listed.")
                                .arg(attributes.value(QLatin1String("name"))),
                            error);
            m_sheets.append({ attributes.value(QLatin1String("name")).toString(),
                              resolveTarget(folder, relationship->target) });
        }
    }
    if (xml.hasError())
        return fail(tr("%1 is not valid XML: %2 (line %3).")
                        .arg(workbookPart, xml.errorString())
                        .arg(xml.lineNumber()),
                    error);
    if (m_sheets.isEmpty())
        return fail(tr("The workbook has no sheets."), error);

    QString sharedStringsPart;
    QString stylesPart;
    for (const Relationship &relationship : relationships) {
        if (relationship.type.endsWith(u"/sharedStrings"))
            sharedStringsPart = resolveTarget(folder, relationship.target);
        else if (relationship.type.endsWith(u"/styles"))
            stylesPart = resolveTarget(folder, relationship.target);
    }
    if (!sharedStringsPart.isEmpty() && !loadSharedStrings(sharedStringsPart, error))
        return false;
    if (!stylesPart.isEmpty() && !loadStyles(stylesPart, error))
        return false;
    return true;
}

bool XlsxReader::loadSharedStrings(const QString &part, QString *error)
{
    QByteArray data;
    if (!readPart(part, &data, error))
        return false;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            m_sharedStrings.append(readStringItem(xml));
    }
    if (xml.hasError())
        return fail(
            tr("%1 is not valid XML: %2 (line %3).").arg(part, xml.errorString()).arg(xml.lineNumber()),
            error);
    return true;
}

bool XlsxReader::loadStyles(const QString &part, QString *error)
{
    QByteArray data;
    if (!readPart(part, &data, error))
        return false;
    QHash<int, bool> customDateFormats;
    bool inCellXfs = false;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == u"numFmt") {
                customDateFormats.insert(
                    attributes.value(QLatin1String("numFmtId")).toInt(),
                    isDateFormatCode(attributes.value(QLatin1String("formatCode")).toString()));
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == u"xf") {
                const int id = attributes.value(QLatin1String("numFmtId")).toInt();
                m_dateStyles.append(customDateFormats.value(id, isBuiltInDateFormat(id)));
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        return fail(
            tr("%1 is not valid XML: %2 (line %3).").arg(part, xml.errorString()).arg(xml.lineNumber()),
            error);
    return true;
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : m_sheets)
        names.append(sheet.name);
    return names;
}

bool XlsxReader::selectSheet(const QString &name, QString *error)
{
    m_header.clear();
    m_recordNumber = 0;
    m_rowNumber = 0;
    m_sheetDone = true;
    m_error.clear();
    if (!m_opened)
        return fail(tr("The workbook is not open."), error);

    const Sheet *sheet = nullptr;
    for (const Sheet &candidate : m_sheets) {
        if (name.isEmpty() || candidate.name == name) {
            sheet = &candidate;
            break;
        }
    }
    if (!sheet)
        return fail(tr("The workbook has no sheet named \"%1\".").arg(name), error);

    m_zip->xml.clear();
    m_zip->sheetFile.reset();
    if (!m_zip->archive.setCurrentFile(sheet->part, QuaZip::csInsensitive))
        return fail(
            tr("The workbook is incomplete: sheet \"%1\" (%2) is missing.").arg(sheet->name, sheet->part),
            error);
    m_zip->sheetFile = std::make_unique<QuaZipFile>(&m_zip->archive);
    if (!m_zip->sheetFile->open(QIODevice::ReadOnly))
        return fail(tr("Cannot read sheet \"%1\" (zip error %2).")
                        .arg(sheet->name)
                        .arg(m_zip->sheetFile->getZipError()),
                    error);
    m_zip->sheetPart = sheet->part;
    m_zip->xml.setDevice(m_zip->sheetFile.get());

    // Advance to the cell data.
    QXmlStreamReader &xml = m_zip->xml;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"sheetData")
            break;
    }
    if (xml.hasError())
        return fail(tr("Sheet \"%1\" is not valid XML: %2 (line %3).")
                        .arg(sheet->name, xml.errorString())
                        .arg(xml.lineNumber()),
                    error);
    m_sheetDone = xml.atEnd();

    // The header is the first row with content; an empty sheet has no header and no records.
    if (!readRow(&m_header) && !m_error.isEmpty()) {
        if (error)
            *error = m_error;
        return false;
    }
    return true;
}

bool XlsxReader::readRecord(QStringList *fields)
{
    fields->clear();
    if (!readRow(fields))
        return false;
    ++m_recordNumber;
    return true;
}

bool XlsxReader::readRow(QStringList *fields)
{
    if (!m_zip)
        return false;
    QXmlStreamReader &xml = m_zip->xml;
    while (!m_sheetDone) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"sheetData") {
            m_sheetDone = true;
            break;
        }
        if (xml.atEnd() || xml.hasError())
            break;
        if (!xml.isStartElement() || xml.name() != u"row")
            continue;

        bool ok = false;
        const qint64 number = xml.attributes().value(QLatin1String("r")).toLongLong(&ok);
        m_rowNumber = ok ? number : m_rowNumber + 1;
        fields->clear();
        while (xml.readNextStartElement()) {
            if (xml.name() == u"c") {
                if (!readCell(fields)) {
                    m_sheetDone = true;
                    return false;
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        if (xml.hasError())
            break;
        // Rows holding only empty (e.g. formatted) cells are blank lines: skip them.
        if (std::any_of(fields->cbegin(), fields->cend(),
                        [](const QString &field) { return !field.isEmpty(); }))
            return true;
    }
    if (xml.hasError() && m_error.isEmpty()) {
        m_sheetDone = true;
        m_error = tr("Sheet %1 is corrupt near row %2: %3.")
                      .arg(m_zip->sheetPart)
                      .arg(m_rowNumber)
                      .arg(xml.errorString());
    } else if (!m_sheetDone && xml.atEnd()) {
        m_sheetDone = true;
        m_error = tr("Sheet %1 ends before its data is complete.").arg(m_zip->sheetPart);
    }
    fields->clear();
    return false;
}

bool XlsxReader::readCell(QStringList *fields)
{
    QXmlStreamReader &xml = m_zip->xml;
    const QXmlStreamAttributes attributes = xml.attributes();
    const QString type = attributes.value(QLatin1String("t")).toString();
    const int style = attributes.value(QLatin1String("s")).toInt();
    const QStringView reference = attributes.value(QLatin1String("r"));
    int column = reference.isEmpty() ? int(fields->size()) : columnIndex(reference);
    if (column < 0 || column >= MaxColumns || column < fields->size()) {
        m_error
            = tr("Row %1: cell reference \"%2\" is invalid or out of order.").arg(m_rowNumber).arg(reference);
        return false;
    }

    QString value;
    bool inlineString = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v") {
            value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.name() == u"is") {
            value = readStringItem(xml);
            inlineString = true;
        } else {
            xml.skipCurrentElement(); // formulas (<f>) and extensions
        }
    }
    if (xml.hasError())
        return true; // reported by readRow()

    bool ok = true;
    const QString text = inlineString ? value : cellText(type, style, value, &ok);
    if (!ok)
        return false;
    while (fields->size() < column)
        fields->append(QString());
    fields->append(text);
    return true;
}

QString XlsxReader::cellText(const QString &type, int style, const QString &value, bool *ok)
{
    if (type == u"s") {
        bool isNumber = false;
        const int index = value.toInt(&isNumber);
        if (!isNumber || index < 0 || index >= m_sharedStrings.size()) {
            *ok = false;
            m_error = tr("Row %1: a cell refers to shared string %2, which the workbook does not have.")
                          .arg(m_rowNumber)
                          .arg(value);
            return QString();
        }
        return m_sharedStrings.at(index);
    }
    if (type == u"b")
        return value == u"1" || value == u"true" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if ((type.isEmpty() || type == u"n") && !value.isEmpty() && style >= 0 && style < m_dateStyles.size()
        && m_dateStyles.at(style)) {
        bool isNumber = false;
        const double serial = value.toDouble(&isNumber);
        if (isNumber) {
            const QString iso = serialToIso(serial, m_date1904);
            if (!iso.isNull())
                return iso;
        }
    }
    return value; // numbers as stored, str (formula results), e (errors), d (ISO dates)
}

QString XlsxReader::serialToIso(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= MaxSerial)
        return QString();
    const qint64 totalSeconds = std::llround(serial * 86400.0);
    const qint64 days = totalSeconds / 86400;
    const QString time = QTime(0, 0).addSecs(int(totalSeconds % 86400)).toString(u"HH:mm:ss");
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else if (days == 60) {
        // Lotus 1-2-3 treated 1900 as a leap year and Excel keeps the day for compatibility.
        return QStringLiteral("1900-02-29T") + time;
    } else {
        date = days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    }
    return date.toString(Qt::ISODate) + u'T' + time;
}

bool XlsxReader::isBuiltInDateFormat(int numFmtId)
{
    return (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 45 && numFmtId <= 47);
}

bool XlsxReader::isDateFormatCode(const QString &formatCode)
{
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (c == u'"') { // quoted literal text
            const qsizetype end = formatCode.indexOf(u'"', i + 1);
            if (end < 0)
                return false;
            i = end;
        } else if (c == u'\\' || c == u'_' || c == u'*') { // escaped, padding and fill characters
            ++i;
        } else if (c == u'[') { // colours, conditions, locales ([Red], [$-409], [>100])
            const qsizetype end = formatCode.indexOf(u']', i + 1);
            if (end < 0)
                return false;
            i = end;
        } else {
            switch (c.toLower().unicode()) {
            case u'd':
            case u'm':
            case u'y':
            case u'h':
            case u's':
                return true;
            default:
                break;
            }
        }
    }
    return false;
}

int XlsxReader::columnIndex(QStringView cellReference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < cellReference.size(); ++i) {
        const char16_t c = QChar(cellReference.at(i)).toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
        if (column > MaxColumns)
            return -1;
    }
    if (i == 0)
        return -1;
    for (qsizetype j = i; j < cellReference.size(); ++j) {
        if (!cellReference.at(j).isDigit())
            return -1;
    }
    return column - 1;
}
