#pragma once

#include "ImportProfile.h"
#include "ImportRows.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

/**
 * Turns source records into typed rows under a profile: finds the mapped columns in the header,
 * applies constants, defaults, value maps and transforms, parses dates, numbers and durations,
 * checks enum codes, required fields, time order (a response before creation is an error) and
 * duplicate keys within the file. Every bad field of a record is reported, not just the first.
 *
 * Hostile text is kept as data: SQL fragments and formula prefixes ("=cmd") are ordinary text
 * (the store binds parameters; the reject writer neutralises formulas); control characters other
 * than tab and line feed are removed from text fields and rejected in identifiers; bidi marks
 * are kept in text but rejected in identifiers.
 *
 * Not thread-safe; one mapper per import run (it remembers the keys it has seen).
 */
class RecordMapper
{
    Q_DECLARE_TR_FUNCTIONS(RecordMapper)

public:
    explicit RecordMapper(ImportProfile profile);
    ~RecordMapper();
    RecordMapper(const RecordMapper &) = delete;
    RecordMapper &operator=(const RecordMapper &) = delete;

    /**
     * Resolves the profile's columns against the file's header (names compared after trimming,
     * case-sensitively first, then case-insensitively). Fails naming every mapped column the file
     * does not have.
     */
    bool prepare(const QStringList &header, QString *error);

    /** Maps one record; `origin` is copied into the rows and issues. */
    MappedRecord map(const QStringList &fields, const ImportRowOrigin &origin);

    /**
     * Makes room for remembering about `records` keys (the duplicate check), so a large file does
     * not grow the table step by step. Only a hint: the mapper works without it.
     */
    void reserveKeys(qsizetype records);

    /** Target field names the profile maps (to a column or a constant). Unmapped fields keep their stored
     * values on update. */
    QStringList mappedFields() const;
    const ImportProfile &profile() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
