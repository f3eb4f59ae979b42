#include "DateTimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (the well-known "days from civil"
// arithmetic); avoids QDate per cell.
qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool isLeap(qint64 y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(qint64 y, int m)
{
    static constexpr std::array<int, 12> days = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && isLeap(y) ? 29 : days[static_cast<std::size_t>(m - 1)];
}

constexpr std::array<const char *, 12> kMonthNames
    = { "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december" };
constexpr std::array<const char *, 7> kWeekdayNames
    = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

char16_t lowerAscii(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

/** A read position in the text being parsed. */
struct Cursor
{
    const char16_t *p;
    const char16_t *end;

    bool atEnd() const { return p == end; }

    // Reads between minDigits and maxDigits decimal digits (greedy).
    bool number(int minDigits, int maxDigits, int *value)
    {
        int n = 0;
        int v = 0;
        while (n < maxDigits && p != end && isDigit(*p)) {
            v = v * 10 + (*p - u'0');
            ++p;
            ++n;
        }
        *value = v;
        return n >= minDigits;
    }

    // Matches one of `names` (lower-case ASCII) case-insensitively, either whole or its first
    // three letters; returns the index or -1.
    template<std::size_t N> int name(const std::array<const char *, N> &names, bool longForm)
    {
        for (std::size_t i = 0; i < N; ++i) {
            const char *n = names[i];
            const std::size_t len = longForm ? std::strlen(n) : 3;
            if (static_cast<std::size_t>(end - p) < len)
                continue;
            bool same = true;
            for (std::size_t k = 0; k < len && same; ++k)
                same = lowerAscii(p[k]) == char16_t(n[k]);
            if (same) {
                p += len;
                return int(i);
            }
        }
        return -1;
    }

    // "Z", "UTC", "GMT", "+0800", "+08:00", "+08", optionally after UTC/GMT.
    bool offset(int *seconds)
    {
        *seconds = 0;
        if (p != end && (*p == u'Z' || *p == u'z')) {
            ++p;
            return true;
        }
        bool named = false;
        if (end - p >= 3) {
            const QStringView word(p, 3);
            if (word.compare(u"UTC"_s, Qt::CaseInsensitive) == 0
                || word.compare(u"GMT"_s, Qt::CaseInsensitive) == 0) {
                p += 3;
                named = true;
            }
        }
        if (p == end || (*p != u'+' && *p != u'-'))
            return named;
        const int sign = *p == u'-' ? -1 : 1;
        ++p;
        int hours = 0;
        int minutes = 0;
        if (!number(2, 2, &hours))
            return false;
        if (p != end && *p == u':')
            ++p;
        if (p != end && isDigit(*p) && !number(2, 2, &minutes))
            return false;
        if (hours > 14 || minutes > 59)
            return false;
        *seconds = sign * (hours * 3600 + minutes * 60);
        return true;
    }
};

/** The fields one parse collects before they are checked and combined. */
struct Fields
{
    qint64 year = 1970;
    int month = 1, day = 1, hour = 0, minute = 0, second = 0;
    int pm = -1; // -1: no AM/PM marker
    std::optional<int> offset;

    std::optional<DateTimeFormat::Parsed> finish(bool hour12) const
    {
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
            return std::nullopt;
        int h = hour;
        if (hour12) {
            if (h < 1 || h > 12)
                return std::nullopt;
            h = (h % 12) + (pm == 1 ? 12 : 0);
        }
        if (h > 23 || minute > 59 || second > 59)
            return std::nullopt;
        DateTimeFormat::Parsed parsed;
        parsed.localSeconds = daysFromCivil(year, month, day) * 86400 + h * 3600 + minute * 60 + second;
        parsed.offsetSeconds = offset;
        return parsed;
    }
};

std::optional<DateTimeFormat::Parsed> parseIso(QStringView text)
{
    Cursor c { text.utf16(), text.utf16() + text.size() };
    Fields f;
    int year = 0;
    if (!c.number(4, 4, &year) || c.atEnd() || *c.p++ != u'-' || !c.number(2, 2, &f.month) || c.atEnd()
        || *c.p++ != u'-' || !c.number(2, 2, &f.day))
        return std::nullopt;
    f.year = year;
    if (!c.atEnd() && (*c.p == u'T' || *c.p == u't' || *c.p == u' ')) {
        ++c.p;
        if (!c.number(2, 2, &f.hour) || c.atEnd() || *c.p++ != u':' || !c.number(2, 2, &f.minute))
            return std::nullopt;
        if (!c.atEnd() && *c.p == u':') {
            ++c.p;
            if (!c.number(2, 2, &f.second))
                return std::nullopt;
            if (!c.atEnd() && (*c.p == u'.' || *c.p == u',')) {
                ++c.p;
                int ignored = 0;
                if (!c.number(1, 9, &ignored))
                    return std::nullopt;
            }
        }
        if (!c.atEnd()) {
            int offset = 0;
            if (!c.offset(&offset))
                return std::nullopt;
            f.offset = offset;
        }
    }
    if (!c.atEnd())
        return std::nullopt;
    return f.finish(false);
}

std::optional<double> parseNumber(QStringView text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace

struct DateTimeFormat::Token
{
    enum Kind : quint8 {
        Literal,
        Day,
        Month,
        MonthName,
        Year2,
        Year4,
        Hour24,
        Hour12,
        Minute,
        Second,
        Fraction,
        WeekdayName,
        AmPm,
        Offset
    };
    Kind kind = Literal;
    int minDigits = 1;
    int maxDigits = 2;
    bool longName = false;
    QString literal;
};

struct DateTimeFormat::Compiled
{
    enum class Special { None, Iso, Excel, Epoch, EpochMs };
    Special special = Special::None;
    std::vector<Token> tokens;
    bool hour12 = false;
    bool hasTime = false;
};

DateTimeFormat::DateTimeFormat(const QString &pattern)
    : m_pattern(pattern)
{
    auto compiled = std::make_shared<Compiled>();
    const QString lower = pattern.trimmed().toLower();
    if (lower == "iso"_L1) {
        compiled->special = Compiled::Special::Iso;
        compiled->hasTime = true;
    } else if (lower == "excel"_L1) {
        compiled->special = Compiled::Special::Excel;
        compiled->hasTime = true;
    } else if (lower == "epoch"_L1) {
        compiled->special = Compiled::Special::Epoch;
        compiled->hasTime = true;
    } else if (lower == "epoch_ms"_L1) {
        compiled->special = Compiled::Special::EpochMs;
        compiled->hasTime = true;
    }
    if (compiled->special != Compiled::Special::None) {
        m_compiled = compiled;
        return;
    }
    if (pattern.isEmpty()) {
        m_error = QCoreApplication::translate("DateTimeFormat", "empty pattern");
        return;
    }

    auto addLiteral = [&](QChar ch) {
        if (compiled->tokens.empty() || compiled->tokens.back().kind != Token::Literal)
            compiled->tokens.push_back(Token {});
        compiled->tokens.back().literal.append(ch);
    };
    std::array<int, Token::Offset + 1> seen {};
    const qsizetype n = pattern.size();
    for (qsizetype i = 0; i < n;) {
        const QChar ch = pattern.at(i);
        if (ch == u'\'') {
            if (i + 1 < n && pattern.at(i + 1) == u'\'') { // '' is a quote character
                addLiteral(ch);
                i += 2;
                continue;
            }
            qsizetype j = i + 1;
            bool closed = false;
            while (j < n) {
                if (pattern.at(j) == u'\'') {
                    if (j + 1 < n && pattern.at(j + 1) == u'\'') {
                        addLiteral(u'\'');
                        j += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                addLiteral(pattern.at(j));
                ++j;
            }
            if (!closed) {
                m_error = QCoreApplication::translate("DateTimeFormat", "unterminated quote");
                return;
            }
            i = j + 1;
            continue;
        }
        qsizetype run = 1;
        while (i + run < n && pattern.at(i + run) == ch)
            ++run;
        Token t;
        bool ok = true;
        switch (ch.unicode()) {
        case u'd':
            if (run <= 2) {
                t.kind = Token::Day;
                t.minDigits = int(run);
            } else if (run <= 4) {
                t.kind = Token::WeekdayName;
                t.longName = run == 4;
            } else {
                ok = false;
            }
            break;
        case u'M':
            if (run <= 2) {
                t.kind = Token::Month;
                t.minDigits = int(run);
            } else if (run <= 4) {
                t.kind = Token::MonthName;
                t.longName = run == 4;
            } else {
                ok = false;
            }
            break;
        case u'y':
            ok = run == 2 || run == 4;
            t.kind = run == 2 ? Token::Year2 : Token::Year4;
            t.minDigits = t.maxDigits = int(run);
            break;
        case u'H':
        case u'h':
        case u'm':
        case u's':
            ok = run <= 2;
            t.kind = ch == u'H' ? Token::Hour24
                : ch == u'h'    ? Token::Hour12
                : ch == u'm'    ? Token::Minute
                                : Token::Second;
            t.minDigits = int(run);
            compiled->hasTime = true;
            break;
        case u'z':
            ok = run == 1 || run == 3;
            t.kind = Token::Fraction;
            t.minDigits = 1;
            t.maxDigits = 9;
            break;
        case u'Z':
            ok = run == 1;
            t.kind = Token::Offset;
            break;
        case u'A':
        case u'a':
            t.kind = Token::AmPm;
            run = 1;
            if (i + 1 < n && (pattern.at(i + 1) == u'P' || pattern.at(i + 1) == u'p'))
                run = 2;
            break;
        default:
            if ((ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z')) {
                m_error
                    = QCoreApplication::translate(
                          "DateTimeFormat", "“%1” is not a format token; put literal text in single quotes")
                          .arg(pattern.mid(i, run));
                return;
            }
            for (qsizetype k = 0; k < run; ++k)
                addLiteral(ch);
            i += run;
            continue;
        }
        if (!ok) {
            m_error = QCoreApplication::translate("DateTimeFormat", "“%1” is not a format token")
                          .arg(pattern.mid(i, run));
            return;
        }
        if (seen[t.kind]++ > 0) {
            m_error = QCoreApplication::translate("DateTimeFormat", "“%1” appears twice")
                          .arg(pattern.mid(i, run));
            return;
        }
        compiled->tokens.push_back(t);
        i += run;
    }
    const bool hasYear = seen[Token::Year2] + seen[Token::Year4] > 0;
    const bool hasMonth = seen[Token::Month] + seen[Token::MonthName] > 0;
    if (!hasYear || !hasMonth || seen[Token::Day] == 0) {
        m_error = QCoreApplication::translate("DateTimeFormat", "a pattern needs a year, a month and a day");
        return;
    }
    if (seen[Token::Hour24] > 0 && seen[Token::Hour12] > 0) {
        m_error = QCoreApplication::translate("DateTimeFormat", "both H and h");
        return;
    }
    compiled->hour12 = seen[Token::Hour12] > 0;
    if (compiled->hour12 != (seen[Token::AmPm] > 0)) {
        m_error = QCoreApplication::translate("DateTimeFormat", "h (1–12) and AP go together");
        return;
    }
    m_compiled = compiled;
}

bool DateTimeFormat::isValid() const
{
    return m_compiled != nullptr;
}

QString DateTimeFormat::errorString() const
{
    return m_error;
}

bool DateTimeFormat::hasTime() const
{
    return m_compiled && m_compiled->hasTime;
}

std::optional<DateTimeFormat::Parsed> DateTimeFormat::parse(QStringView text) const
{
    if (!m_compiled)
        return std::nullopt;
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const Compiled &c = *m_compiled;
    switch (c.special) {
    case Compiled::Special::Iso:
        return parseIso(text);
    case Compiled::Special::Excel: {
        const auto serial = parseNumber(text);
        // Serials before 61 precede Lotus 1-2-3's phantom 1900-02-29; 60 is that day itself.
        if (!serial || *serial < 1 || *serial >= 2958466 || (*serial >= 60 && *serial < 61))
            return std::nullopt;
        const qint64 base = daysFromCivil(1899, 12, *serial < 60 ? 31 : 30);
        Parsed parsed;
        parsed.localSeconds = base * 86400 + std::llround(*serial * 86400.0);
        return parsed;
    }
    case Compiled::Special::Epoch:
    case Compiled::Special::EpochMs: {
        const auto value = parseNumber(text);
        if (!value || std::fabs(*value) > 1e15)
            return std::nullopt;
        Parsed parsed;
        parsed.localSeconds
            = std::llround(c.special == Compiled::Special::EpochMs ? *value / 1000.0 : *value);
        parsed.offsetSeconds = 0; // epoch times are UTC by definition
        return parsed;
    }
    case Compiled::Special::None:
        break;
    }

    Cursor cur { text.utf16(), text.utf16() + text.size() };
    Fields f;
    for (const Token &t : c.tokens) {
        int v = 0;
        switch (t.kind) {
        case Token::Literal: {
            const auto len = t.literal.size();
            if (cur.end - cur.p < len || QStringView(cur.p, len) != t.literal)
                return std::nullopt;
            cur.p += len;
            break;
        }
        case Token::Day:
            if (!cur.number(t.minDigits, t.maxDigits, &f.day))
                return std::nullopt;
            break;
        case Token::Month:
            if (!cur.number(t.minDigits, t.maxDigits, &f.month))
                return std::nullopt;
            break;
        case Token::MonthName:
            v = cur.name(kMonthNames, t.longName);
            if (v < 0)
                return std::nullopt;
            f.month = v + 1;
            break;
        case Token::WeekdayName:
            if (cur.name(kWeekdayNames, t.longName) < 0)
                return std::nullopt;
            break;
        case Token::Year2:
            if (!cur.number(2, 2, &v))
                return std::nullopt;
            f.year = v < 70 ? 2000 + v : 1900 + v;
            break;
        case Token::Year4:
            if (!cur.number(4, 4, &v))
                return std::nullopt;
            f.year = v;
            break;
        case Token::Hour24:
        case Token::Hour12:
            if (!cur.number(t.minDigits, t.maxDigits, &f.hour))
                return std::nullopt;
            break;
        case Token::Minute:
            if (!cur.number(t.minDigits, t.maxDigits, &f.minute))
                return std::nullopt;
            break;
        case Token::Second:
            if (!cur.number(t.minDigits, t.maxDigits, &f.second))
                return std::nullopt;
            break;
        case Token::Fraction:
            if (!cur.number(t.minDigits, t.maxDigits, &v))
                return std::nullopt;
            break;
        case Token::AmPm: {
            if (cur.end - cur.p < 2 || lowerAscii(cur.p[1]) != u'm')
                return std::nullopt;
            const char16_t a = lowerAscii(cur.p[0]);
            if (a != u'a' && a != u'p')
                return std::nullopt;
            f.pm = a == u'p' ? 1 : 0;
            cur.p += 2;
            break;
        }
        case Token::Offset: {
            if (!cur.offset(&v))
                return std::nullopt;
            f.offset = v;
            break;
        }
        }
    }
    if (!cur.atEnd())
        return std::nullopt;
    return f.finish(c.hour12);
}

// ---------------------------------------------------------------------------------------------

struct ZoneConverter::Cache
{
    QTimeZone zone;
    bool utc = true;
    bool valid = true;
    // Direct-mapped: local hour → offset to subtract, for hours without a transition inside.
    struct Slot
    {
        qint64 hour = std::numeric_limits<qint64>::min();
        int offset = 0;
    };
    std::array<Slot, 1024> entries;

    int offsetAtUtc(qint64 utcSeconds) const
    {
        return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::utc()));
    }

    // The offset to subtract from a wall-clock time: DST gaps move forward (the pre-transition
    // offset), overlaps take the earlier instant (the larger offset).
    int offsetForLocal(qint64 local) const
    {
        // Offsets a day before and after bracket at most one transition.
        const int before = offsetAtUtc(local - 86400);
        const int after = offsetAtUtc(local + 86400);
        const bool beforeFits = offsetAtUtc(local - before) == before;
        const bool afterFits = offsetAtUtc(local - after) == after;
        if (beforeFits && afterFits)
            return std::max(before, after);
        if (beforeFits)
            return before;
        if (afterFits)
            return after;
        return before; // in a gap
    }
};

ZoneConverter::ZoneConverter(const QString &ianaId)
    : m_cache(std::make_shared<Cache>())
{
    if (ianaId.isEmpty() || ianaId == "UTC"_L1)
        return;
    m_cache->zone = QTimeZone(ianaId.toUtf8());
    m_cache->valid = m_cache->zone.isValid();
    m_cache->utc = false;
}

bool ZoneConverter::isValid() const
{
    return m_cache->valid;
}

qint64 ZoneConverter::toUtc(qint64 localSeconds) const
{
    if (m_cache->utc || !m_cache->valid)
        return localSeconds;
    const qint64 hour = localSeconds >= 0 ? localSeconds / 3600 : (localSeconds - 3599) / 3600;
    auto &slot = m_cache->entries[static_cast<std::size_t>(hour & 1023)];
    if (slot.hour == hour)
        return localSeconds - slot.offset;
    const int offset = m_cache->offsetForLocal(localSeconds);
    // Cache only when the whole local hour shares one offset (transitions at :30 exist).
    if (m_cache->offsetForLocal(hour * 3600) == offset
        && m_cache->offsetForLocal(hour * 3600 + 3599) == offset) {
        slot.hour = hour;
        slot.offset = offset;
    }
    return localSeconds - offset;
}
