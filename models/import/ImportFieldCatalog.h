#pragma once

#include "ImportProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/** How a target field's text is parsed and checked. */
enum class FieldType {
    Text,      // trimmed text
    Identifier,// trimmed text, must not contain line breaks or control characters
    Enum,      // one code of a vocabulary (FieldSpec::vocabulary)
    DateTime,  // parsed with the mapping's formats in the profile's zone → UTC epoch seconds
    Date,      // as DateTime, keeps the calendar date (ISO yyyy-MM-dd)
    Integer,
    Money,     // → cents
    Duration,  // → seconds
    Score,     // integer 1–5
    Boolean,   // 1/0, true/false, yes/no, y/n, 是/否
};

/** One field a profile can map, as the wizard lists it and the mapper checks it. */
struct FieldSpec
{
    QString name;          // stable id used in profiles, e.g. "created_at", "agent.supervisor"
    FieldType type = FieldType::Text;
    bool required = false;
    QString vocabulary;    // Enum: "platform", "channel", "type", "category", "priority",
                           // "status", "tier", "speaker", "shift", "agent_status"
    const char *label = nullptr;       // untranslated, for the wizard (QT_TRANSLATE_NOOP)
    const char *description = nullptr; // untranslated one-line help
};

/**
 * The target fields of each import kind (docs/import-profiles.md lists them). Required fields
 * must be mapped (to a column or a constant) before a profile is valid.
 */
class ImportFieldCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ImportFieldCatalog)

public:
    static const QList<FieldSpec> &fields(ImportKind kind);
    /** The spec of `name` for `kind`, or null when there is no such field. */
    static const FieldSpec *find(ImportKind kind, const QString &name);
    /** The codes allowed for an Enum vocabulary name (empty for an unknown name). */
    static QStringList vocabularyCodes(const QString &vocabulary);
    static QString translatedLabel(const FieldSpec &spec);
};
