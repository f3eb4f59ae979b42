#include "FieldMappingTable.h"

#include "ValueMapDialog.h"
#include "common/TextMetrics.h"

#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace {
const int kSourceRole = Qt::UserRole + 1;
// Date formats are typed as one line; the separator is a character no format uses.
const QString kFormatSeparator = QStringLiteral(" | ");

bool isDateField(const FieldSpec &spec)
{
    return spec.type == FieldType::DateTime || spec.type == FieldType::Date;
}

QStringList codesFor(const FieldSpec &spec)
{
    switch (spec.type) {
    case FieldType::Enum:
        return ImportFieldCatalog::vocabularyCodes(spec.vocabulary);
    case FieldType::Score:
        return { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                 QStringLiteral("5") };
    case FieldType::Boolean:
        return { QStringLiteral("1"), QStringLiteral("0") };
    default:
        return {};
    }
}
} // namespace

FieldMappingTable::FieldMappingTable(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("fieldMappingTable"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels(
        { tr("Field"), tr("Source column"), tr("Constant or default"), tr("Date formats"), tr("Values") });
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    // Rows hold combos and line edits; size them for the font in use (CJK glyphs are taller).
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(FormatsColumn, QHeaderView::Stretch);
    // Cell widgets do not take part in ResizeToContents; size the button column for its longest text.
    horizontalHeader()->setSectionResizeMode(ValuesColumn, QHeaderView::Fixed);
    setColumnWidth(ValuesColumn, fontMetrics().horizontalAdvance(tr("Values (%1)…").arg(99)) + 32);
    setColumnWidth(SourceColumn, TextMetrics::latinCharWidth(fontMetrics()) * 30);
}

void FieldMappingTable::setMapping(ImportKind kind, const QMap<QString, FieldMapping> &fields,
                                   const QStringList &header, const QList<QStringList> &previewRows)
{
    m_specs = ImportFieldCatalog::fields(kind);
    m_header = header;
    m_previewRows = previewRows;
    m_mappings.clear();
    clearContents();
    setRowCount(static_cast<int>(m_specs.size()));
    for (int row = 0; row < m_specs.size(); ++row) {
        m_mappings.append(fields.value(m_specs.at(row).name));
        addRow(row, m_specs.at(row));
    }
}

QMap<QString, FieldMapping> FieldMappingTable::mapping() const
{
    QMap<QString, FieldMapping> fields;
    for (int row = 0; row < m_specs.size(); ++row) {
        if (!m_mappings.at(row).isEmpty())
            fields.insert(m_specs.at(row).name, m_mappings.at(row));
    }
    return fields;
}

int FieldMappingTable::rowOf(const QString &field) const
{
    for (int row = 0; row < m_specs.size(); ++row) {
        if (m_specs.at(row).name == field)
            return row;
    }
    return -1;
}

QComboBox *FieldMappingTable::sourceComboBox(int row) const
{
    return qobject_cast<QComboBox *>(cellWidget(row, SourceColumn));
}

void FieldMappingTable::addRow(int row, const FieldSpec &spec)
{
    const FieldMapping &mapping = m_mappings.at(row);
    const QString label = ImportFieldCatalog::translatedLabel(spec);
    auto *fieldItem = new QTableWidgetItem(spec.required ? tr("%1 *").arg(label) : label);
    fieldItem->setToolTip(spec.description ? ImportFieldCatalog::tr(spec.description) : QString());
    if (spec.required) {
        QFont bold = fieldItem->font();
        bold.setBold(true);
        fieldItem->setFont(bold);
    }
    setItem(row, FieldColumn, fieldItem);

    auto *source = new QComboBox(this);
    source->setObjectName(QStringLiteral("source_%1").arg(spec.name));
    source->addItem(tr("— not imported —"), QString());
    source->setItemData(0, int(Source::NotImported), kSourceRole);
    source->addItem(tr("— constant —"), QString());
    source->setItemData(1, int(Source::Constant), kSourceRole);
    for (const QString &column : m_header) {
        source->addItem(column, column);
        source->setItemData(source->count() - 1, int(Source::Column), kSourceRole);
    }
    if (!mapping.columns.isEmpty()) {
        source->addItem(mapping.columns.join(QStringLiteral(" + ")), QString());
        source->setItemData(source->count() - 1, int(Source::SeveralColumns), kSourceRole);
        source->setCurrentIndex(source->count() - 1);
    } else if (!mapping.column.isEmpty()) {
        int index = source->findData(mapping.column);
        if (index < 2) {
            // Keep the profile's column visible even when this file lacks it; validation says so.
            source->addItem(tr("%1 (not in this file)").arg(mapping.column), mapping.column);
            index = source->count() - 1;
            source->setItemData(index, int(Source::Column), kSourceRole);
        }
        source->setCurrentIndex(index);
    } else if (!mapping.value.isEmpty()) {
        source->setCurrentIndex(1);
    }
    setCellWidget(row, SourceColumn, source);
    connect(source, &QComboBox::currentIndexChanged, this, [this, row] { sourceChosen(row); });

    auto *value = new QLineEdit(this);
    value->setObjectName(QStringLiteral("value_%1").arg(spec.name));
    value->setText(mapping.value.isEmpty() ? mapping.defaultValue : mapping.value);
    const QStringList codes = codesFor(spec);
    if (!codes.isEmpty())
        value->setCompleter(new QCompleter(codes, value));
    setCellWidget(row, ValueColumn, value);
    connect(value, &QLineEdit::textEdited, this, [this, row] { valueEdited(row); });

    if (isDateField(spec)) {
        auto *formats = new QLineEdit(this);
        formats->setObjectName(QStringLiteral("formats_%1").arg(spec.name));
        formats->setText(mapping.formats.join(kFormatSeparator));
        formats->setPlaceholderText(tr("e.g. dd/MM/yyyy HH:mm | iso"));
        formats->setToolTip(tr("Formats tried in order, separated by “|”. ISO 8601 is always tried last."));
        setCellWidget(row, FormatsColumn, formats);
        connect(formats, &QLineEdit::textEdited, this, [this, row] { formatsEdited(row); });
    }

    if (!codes.isEmpty()) {
        auto *values = new QPushButton(this);
        values->setObjectName(QStringLiteral("values_%1").arg(spec.name));
        setCellWidget(row, ValuesColumn, values);
        connect(values, &QPushButton::clicked, this, [this, row] { editValueMap(row); });
    }
    updateRowState(row);
}

void FieldMappingTable::sourceChosen(int row)
{
    QComboBox *source = sourceComboBox(row);
    auto *value = qobject_cast<QLineEdit *>(cellWidget(row, ValueColumn));
    FieldMapping &mapping = m_mappings[row];
    const auto kind = Source(source->currentData(kSourceRole).toInt());
    const QString typed = value->text().trimmed();
    switch (kind) {
    case Source::NotImported:
        mapping.column.clear();
        mapping.columns.clear();
        mapping.value.clear();
        mapping.defaultValue.clear();
        break;
    case Source::Constant:
        mapping.column.clear();
        mapping.columns.clear();
        mapping.value = typed;
        mapping.defaultValue.clear();
        break;
    case Source::Column:
        mapping.column = source->currentData().toString();
        mapping.columns.clear();
        mapping.value.clear();
        mapping.defaultValue = typed;
        break;
    case Source::SeveralColumns:
        break; // only reachable by re-selecting the profile's own joined columns, which were kept
    }
    updateRowState(row);
    emit mappingChanged();
}

void FieldMappingTable::valueEdited(int row)
{
    const auto kind = Source(sourceComboBox(row)->currentData(kSourceRole).toInt());
    const QString text = qobject_cast<QLineEdit *>(cellWidget(row, ValueColumn))->text().trimmed();
    if (kind == Source::Constant)
        m_mappings[row].value = text;
    else
        m_mappings[row].defaultValue = text;
    emit mappingChanged();
}

void FieldMappingTable::formatsEdited(int row)
{
    const QString text = qobject_cast<QLineEdit *>(cellWidget(row, FormatsColumn))->text();
    QStringList formats;
    for (const QString &format : text.split(QLatin1Char('|'))) {
        if (!format.trimmed().isEmpty())
            formats << format.trimmed();
    }
    m_mappings[row].formats = formats;
    emit mappingChanged();
}

void FieldMappingTable::editValueMap(int row)
{
    const FieldSpec &spec = m_specs.at(row);
    const FieldMapping &mapping = m_mappings.at(row);
    ValueMapDialog dialog(ImportFieldCatalog::translatedLabel(spec), distinctValues(mapping.column),
                          codesFor(spec), mapping.map, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_mappings[row].map = dialog.map();
    updateRowState(row);
    emit mappingChanged();
}

void FieldMappingTable::updateRowState(int row)
{
    const auto kind = Source(sourceComboBox(row)->currentData(kSourceRole).toInt());
    const FieldMapping &mapping = m_mappings.at(row);
    auto *value = qobject_cast<QLineEdit *>(cellWidget(row, ValueColumn));
    value->setEnabled(kind != Source::NotImported);
    value->setPlaceholderText(kind == Source::Constant          ? tr("Value for every row")
                                  : kind == Source::NotImported ? QString()
                                                                : tr("Default for blank cells"));
    if (auto *formats = cellWidget(row, FormatsColumn))
        formats->setEnabled(kind == Source::Column || kind == Source::SeveralColumns);
    if (auto *values = qobject_cast<QPushButton *>(cellWidget(row, ValuesColumn))) {
        values->setEnabled(kind == Source::Column);
        values->setText(mapping.map.isEmpty() ? tr("Values…") : tr("Values (%1)…").arg(mapping.map.size()));
    }
}

QStringList FieldMappingTable::distinctValues(const QString &column) const
{
    const qsizetype index = m_header.indexOf(column);
    QStringList values;
    if (index < 0)
        return values;
    for (const QStringList &record : m_previewRows) {
        const QString value = record.value(index).trimmed();
        if (!value.isEmpty() && !values.contains(value))
            values << value;
    }
    values.sort(Qt::CaseInsensitive);
    return values;
}
