#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/*
 * Small, allocation-free parsers for the cell values RecordMapper meets millions of times:
 * numbers, money, durations, flags, scores, and the text transforms a profile can name.
 * They take already trimmed text and return nullopt for anything they cannot read exactly.
 */
namespace ValueParsers {

/** "42", "-3", "+7", "3.0", "3.00" → integer; "3.5", "3e2" and empty text fail. */
std::optional<qint64> parseInteger(QStringView text);

/** Money in units ("12.50", "1,299.00", "¥12.5", "-3") → cents; at most two decimals. */
std::optional<qint64> parseMoneyUnits(QStringView text);

enum class DurationUnit { Seconds, Minutes, Hours, Clock };
/** Parses a unit name of a profile ("seconds", "minutes", "hours", "hh:mm:ss"). */
std::optional<DurationUnit> durationUnitFromName(const QString &name);
/** A duration in `unit` → whole seconds (decimals rounded); Clock reads "h:mm:ss" and "mm:ss". */
std::optional<qint64> parseDuration(QStringView text, DurationUnit unit);

/** 1/0, true/false, yes/no, y/n, 是/否, case-insensitive. */
std::optional<bool> parseBoolean(QStringView text);

/** An integer 1–5 ("5.0" is fine). */
std::optional<int> parseScore(QStringView text);

/** "3.0" → "3" when the text is a whole number written with a zero fraction; else unchanged. */
QString integerText(const QString &text);
/** Removes spaces between two CJK characters ("发韵 达" → "发韵达"), keeps other spaces. */
QString joinCjkSpaces(const QString &text);

/** True for the characters an identifier must not hold: controls, line breaks, bidi marks. */
bool isForbiddenInIdentifier(char16_t c);
/** Removes control characters except tab and line feed; returns the text unchanged if clean. */
QString withoutControlCharacters(const QString &text);

} // namespace ValueParsers
