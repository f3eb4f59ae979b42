#pragma once

#include "import/ImportFieldCatalog.h"
#include "import/ImportProfile.h"

#include <QList>
#include <QTableWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

/**
 * Edits a profile's field mappings: one row per target field of the kind, with the source
 * column (or a constant, or nothing), the constant or blank-cell default, date formats for date
 * fields, and a value map for coded fields. Members the table does not show (units,
 * transforms, joined columns) are kept as the profile had them.
 */
class FieldMappingTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { FieldColumn, SourceColumn, ValueColumn, FormatsColumn, ValuesColumn, ColumnCount };

    explicit FieldMappingTable(QWidget *parent = nullptr);

    /** Shows the fields of `kind`; `previewRows` supply the values offered in the value map. */
    void setMapping(ImportKind kind, const QMap<QString, FieldMapping> &fields, const QStringList &header,
                    const QList<QStringList> &previewRows);
    QMap<QString, FieldMapping> mapping() const;
    /** The row of a field, -1 if the kind has no such field. */
    int rowOf(const QString &field) const;
    QComboBox *sourceComboBox(int row) const;

signals:
    void mappingChanged();

private:
    enum class Source { NotImported, Constant, Column, SeveralColumns };

    void addRow(int row, const FieldSpec &spec);
    void sourceChosen(int row);
    void valueEdited(int row);
    void formatsEdited(int row);
    void editValueMap(int row);
    void updateRowState(int row);
    QStringList distinctValues(const QString &column) const;

    QList<FieldSpec> m_specs;
    QList<FieldMapping> m_mappings; // by row
    QStringList m_header;
    QList<QStringList> m_previewRows;
};
