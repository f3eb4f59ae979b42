#pragma once

#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

/**
 * A date/time pattern compiled once and applied to millions of cells (QDateTime::fromString is
 * far too slow for that). Tokens, Qt-like:
 *   d dd  day · M MM month · MMM Jan…Dec · MMMM January… (English, case-insensitive)
 *   yy (00–69 → 20xx, 70–99 → 19xx) yyyy · H HH hour 0–23 · h hh hour 1–12 with AP/ap
 *   m mm minute · s ss second · z zzz fraction (ignored) · ddd dddd weekday name (ignored)
 *   Z  offset "+0800", "+08:00" or "Z" (overrides the zone) · 'text' literal · others literal
 * Special formats: "iso" (ISO 8601, optional T/space, seconds, fraction, offset),
 * "excel" (serial day number, 1900 system), "epoch" (seconds), "epoch_ms".
 *
 * Parsing is strict: the whole (trimmed) text must match, and the date must exist.
 */
class DateTimeFormat
{
public:
    explicit DateTimeFormat(const QString &pattern);

    bool isValid() const;
    QString errorString() const;
    QString pattern() const { return m_pattern; }
    /** True when the pattern has a time of day (a date-only pattern parses to 00:00). */
    bool hasTime() const;

    /** Wall-clock result; offsetSeconds is set when the text carried an offset (Z token, iso). */
    struct Parsed
    {
        qint64 localSeconds = 0; // seconds since 1970-01-01T00:00 of the wall clock
        std::optional<int> offsetSeconds;
    };
    std::optional<Parsed> parse(QStringView text) const;

private:
    struct Token;
    QString m_pattern;
    QString m_error;
    // implementation detail: compiled tokens
    struct Compiled;
    std::shared_ptr<const Compiled> m_compiled;
};

/**
 * Converts wall-clock seconds in an IANA zone to UTC, caching the zone's offset per local hour
 * (offset lookups through QTimeZone cost microseconds). Times in a DST gap move forward; times
 * in an overlap take the earlier instant.
 */
class ZoneConverter
{
public:
    explicit ZoneConverter(const QString &ianaId); // empty = UTC
    bool isValid() const;
    qint64 toUtc(qint64 localSeconds) const;

private:
    struct Cache;
    std::shared_ptr<Cache> m_cache;
};
