#include "ValueParsers.h"

#include <QList>

#include <limits>

using namespace Qt::StringLiterals;

namespace ValueParsers {

namespace {

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

/**
 * A plain decimal number: optional sign, digits (with ',' thousands separators when
 * `thousands`), optional '.' fraction. Returns the value scaled by 10^scale, failing when
 * the fraction has more significant digits than `scale` (trailing zeros are fine).
 */
std::optional<qint64> parseScaled(QStringView text, int scale, bool thousands)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    qint64 whole = 0;
    int digits = 0;
    for (; i < n; ++i) {
        const QChar c = text[i];
        if (isDigit(c)) {
            if (whole > (std::numeric_limits<qint64>::max() / 100) / 10)
                return std::nullopt;
            whole = whole * 10 + (c.unicode() - u'0');
            ++digits;
        } else if (thousands && c == u',' && digits > 0) {
            // A thousands separator is followed by exactly three digits.
            if (i + 3 >= n || !isDigit(text[i + 1]) || !isDigit(text[i + 2]) || !isDigit(text[i + 3]))
                return std::nullopt;
            if (i + 4 < n && isDigit(text[i + 4]))
                return std::nullopt;
        } else {
            break;
        }
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (i < n && text[i] == u'.') {
        ++i;
        for (; i < n && isDigit(text[i]); ++i) {
            const int d = text[i].unicode() - u'0';
            if (fractionDigits < scale) {
                fraction = fraction * 10 + d;
                ++fractionDigits;
            } else if (d != 0) {
                return std::nullopt;
            }
            ++digits;
        }
    }
    if (i != n || digits == 0)
        return std::nullopt;
    for (int k = fractionDigits; k < scale; ++k)
        fraction *= 10;
    qint64 factor = 1;
    for (int k = 0; k < scale; ++k)
        factor *= 10;
    const qint64 value = whole * factor + fraction;
    return negative ? -value : value;
}

bool isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FA1F)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
}

} // namespace

std::optional<qint64> parseInteger(QStringView text)
{
    return parseScaled(text, 0, false);
}

std::optional<qint64> parseMoneyUnits(QStringView text)
{
    // Currency marks before or after the amount: ¥ ￥ $ € £ ₹, "RMB", "CNY", "元".
    static const QStringView prefixes[] = { u"¥", u"￥", u"$", u"€", u"£", u"₹", u"RMB", u"CNY" };
    static const QStringView suffixes[] = { u"元", u"RMB", u"CNY" };
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text = text.mid(1).trimmed();
    }
    for (QStringView p : prefixes) {
        if (text.startsWith(p, Qt::CaseInsensitive)) {
            text = text.mid(p.size()).trimmed();
            break;
        }
    }
    for (QStringView s : suffixes) {
        if (text.endsWith(s, Qt::CaseInsensitive)) {
            text = text.chopped(s.size()).trimmed();
            break;
        }
    }
    if (negative && (text.startsWith(u'-') || text.startsWith(u'+')))
        return std::nullopt;
    const auto cents = parseScaled(text, 2, true);
    if (!cents)
        return std::nullopt;
    return negative ? -*cents : *cents;
}

std::optional<DurationUnit> durationUnitFromName(const QString &name)
{
    if (name.isEmpty() || name == "seconds"_L1)
        return DurationUnit::Seconds;
    if (name == "minutes"_L1)
        return DurationUnit::Minutes;
    if (name == "hours"_L1)
        return DurationUnit::Hours;
    if (name == "hh:mm:ss"_L1)
        return DurationUnit::Clock;
    return std::nullopt;
}

std::optional<qint64> parseDuration(QStringView text, DurationUnit unit)
{
    if (unit == DurationUnit::Clock) {
        // h:mm:ss or mm:ss; the first part may have any number of digits.
        qint64 parts[3] = { 0, 0, 0 };
        int count = 0;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i == text.size() || text[i] == u':') {
                if (count == 3)
                    return std::nullopt;
                const QStringView part = text.mid(start, i - start);
                if (part.isEmpty() || (count > 0 && part.size() != 2))
                    return std::nullopt;
                const auto v = parseScaled(part, 0, false);
                if (!v || *v < 0)
                    return std::nullopt;
                parts[count++] = *v;
                start = i + 1;
            }
        }
        if (count < 2)
            return std::nullopt;
        if (count == 2)
            return parts[1] > 59 ? std::nullopt : std::optional<qint64>(parts[0] * 60 + parts[1]);
        if (parts[1] > 59 || parts[2] > 59)
            return std::nullopt;
        return parts[0] * 3600 + parts[1] * 60 + parts[2];
    }
    // Thousandths are enough to round minutes and hours to whole seconds.
    const auto milli = parseScaled(text, 3, false);
    if (!milli || *milli < 0)
        return std::nullopt;
    const qint64 factor = unit == DurationUnit::Hours ? 3600 : unit == DurationUnit::Minutes ? 60 : 1;
    return (*milli * factor + 500) / 1000;
}

std::optional<bool> parseBoolean(QStringView text)
{
    static const QStringView yes[] = { u"1", u"true", u"yes", u"y", u"是", u"t" };
    static const QStringView no[] = { u"0", u"false", u"no", u"n", u"否", u"f" };
    for (QStringView v : yes) {
        if (text.compare(v, Qt::CaseInsensitive) == 0)
            return true;
    }
    for (QStringView v : no) {
        if (text.compare(v, Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

std::optional<int> parseScore(QStringView text)
{
    const auto v = parseInteger(text);
    if (!v || *v < 1 || *v > 5)
        return std::nullopt;
    return int(*v);
}

QString integerText(const QString &text)
{
    const qsizetype dot = text.indexOf(u'.');
    if (dot <= 0 || !parseInteger(text))
        return text;
    return text.left(dot);
}

QString joinCjkSpaces(const QString &text)
{
    if (!text.contains(u' '))
        return text;
    const QList<uint> cps = text.toUcs4();
    QList<uint> out;
    out.reserve(cps.size());
    for (qsizetype i = 0; i < cps.size(); ++i) {
        if (cps[i] == u' ' && !out.isEmpty() && isCjk(out.back())) {
            qsizetype j = i;
            while (j < cps.size() && cps[j] == u' ')
                ++j;
            if (j < cps.size() && isCjk(cps[j])) {
                i = j - 1;
                continue;
            }
        }
        out.append(cps[i]);
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(out.constData()), out.size());
}

bool isForbiddenInIdentifier(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029 || c == 0xFEFF;
}

QString withoutControlCharacters(const QString &text)
{
    auto isDropped = [](char16_t c) {
        return (c < 0x20 && c != u'\t' && c != u'\n') || (c >= 0x7F && c <= 0x9F);
    };
    const auto *p = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n && !isDropped(p[i]))
        ++i;
    if (i == n)
        return text;
    QString out;
    out.reserve(n);
    for (qsizetype k = 0; k < n; ++k) {
        if (!isDropped(p[k]))
            out.append(QChar(p[k]));
    }
    return out;
}

} // namespace ValueParsers
