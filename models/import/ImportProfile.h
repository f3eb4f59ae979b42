#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

/** What one import file holds; decides the target fields (ImportFieldCatalog) and the writer. */
enum class ImportKind {
    Tickets, // one row per ticket, optionally with its agent's team structure
    Agents, // one row per agent: team, supervisor, manager, tier, shift, hire date
    Messages, // conversations: one row per message, a reply chain, or one row per conversation
    Csat, // survey answers for tickets already in the store
};

/** How a Messages file lays out its conversations. */
enum class MessageLayout {
    MessagePerRow, // a conversation id column groups the rows
    ReplyChain, // message id + "in reply to" columns; a conversation is a chain's root
    ConversationPerRow, // one row per conversation, utterances in consecutive columns
};

/** What to do with a ticket whose agent is not in the store yet. */
enum class UnknownAgentPolicy { Create, Reject };

/** How the source file is read. Empty members are detected from the file. */
struct ImportFileOptions
{
    QByteArray encoding; // iconv name, e.g. "GB18030"; empty = detect
    QString separator; // one character, or "\t"; empty = detect
    QString sheet; // XLSX sheet name; empty = the first
    bool hasHeader = true; // false: columns are named "#1", "#2", … and every line is data

    bool operator==(const ImportFileOptions &) const = default;
};

/**
 * How one target field gets its value from a source row. Exactly one of `column`, `columns` or
 * `value` supplies the raw text; then, in this order:
 * 1. blank raw text (after trimming) takes `defaultValue` (still blank → the field is empty);
 * 2. `map` translates it (keys compared case-insensitively after trimming; a value not in the
 *    map passes through unchanged, so stored codes like "phone" always work);
 * 3. the field's type parses it: enum codes are checked against the vocabulary, dates with
 *    `formats` (then ISO 8601 as a fallback), numbers with `unit`.
 */
struct FieldMapping
{
    QString column; // source column by header name, or "#N" (1-based position)
    QStringList columns; // several source columns joined with `join` (date + time, tags)
    QString join = QStringLiteral(" ");
    QString value; // a constant for every row (e.g. "platform": "own")
    QString defaultValue; // used when the cell is blank
    QMap<QString, QString> map; // source value → target value
    QStringList formats; // date/time formats tried in order (see DateTimeFormat)
    QString unit; // durations: "seconds" (default), "minutes", "hours", "hh:mm:ss";
                  // money: "units" (default, 12.50 → 1250 cents) or "cents"
    QString addSecondsColumn; // dates: add this column's seconds (blank → the field is empty)
    QStringList transforms; // "integer" ("3.0" → "3"), "join_cjk_spaces", "lower", "upper"

    bool isEmpty() const { return column.isEmpty() && columns.isEmpty() && value.isEmpty(); }
    bool operator==(const FieldMapping &) const = default;
};

/** Keeps only the rows whose `column` equals one of `values` (others are skipped, not rejected). */
struct RowFilter
{
    QString column;
    QStringList values;
    bool isEmpty() const { return column.isEmpty(); }
    bool operator==(const RowFilter &) const = default;
};

/**
 * A named, saved mapping from one kind of export to TeamLens fields: a documented JSON file
 * (docs/import-profiles.md). Profiles are plain data so a lead can hand one to another lead; the
 * built-in ones live in resources/import-profiles.
 */
struct ImportProfile
{
    Q_DECLARE_TR_FUNCTIONS(ImportProfile)

public:
    static constexpr int kFormatVersion = 1;

    QString name; // file-name-safe id, e.g. "flipkart-csat"
    QString title; // shown in the wizard
    QString description;
    ImportKind kind = ImportKind::Tickets;
    QString sourceSystem; // the key half of (source_system, external_id), e.g. "flipkart"
    QString timeZone; // IANA id of the source's wall-clock times; empty = UTC
    ImportFileOptions file;
    QStringList matchHeaders; // a file whose header contains all of these gets this profile
    UnknownAgentPolicy unknownAgents = UnknownAgentPolicy::Create;
    RowFilter rowFilter;
    QMap<QString, FieldMapping> fields; // target field name (ImportFieldCatalog) → mapping

    // Messages only.
    MessageLayout layout = MessageLayout::MessagePerRow;
    int firstUtteranceColumn = 0; // ConversationPerRow: 1-based column of the first utterance
    QStringList alternatingSpeakers; // ConversationPerRow: speakers in turn, e.g. customer, agent

    /** Parses and validates a profile; on failure returns false and names what is wrong. */
    static bool fromJson(const QByteArray &json, ImportProfile *profile, QString *error);
    QByteArray toJson() const;

    /** Structural checks: known fields, required fields mapped, valid formats and zone. */
    bool validate(QString *error) const;
    /** True when `header` contains every matchHeaders entry (exact, after trimming). */
    bool matches(const QStringList &header) const;

    /** Field for field, e.g. to check that fromJson(toJson()) round-trips. */
    bool operator==(const ImportProfile &) const = default;

    static QString kindCode(ImportKind kind);
    static bool kindFromCode(const QString &code, ImportKind *kind);
};
