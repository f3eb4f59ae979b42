#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

/**
 * Text encodings of imported files: detection from the first bytes, and a streaming converter to
 * UTF-8 so the CSV tokeniser always works on UTF-8 bytes.
 *
 * Converting before tokenising matters for GBK/GB18030: a double-byte character's second byte can
 * be 0x7C ('|'), so tokenising the raw bytes would split fields inside a character.
 */
namespace TextEncoding {

/** Canonical names returned by detect(). */
inline constexpr char Utf8[] = "UTF-8";
inline constexpr char Utf16Le[] = "UTF-16LE";
inline constexpr char Utf16Be[] = "UTF-16BE";
inline constexpr char Gb18030[] = "GB18030";

/**
 * The encoding of a file starting with `head` (the first chunk; `complete` when it is the whole
 * file). A byte-order mark wins; otherwise valid UTF-8 (including plain ASCII) is UTF-8 and
 * anything else is GB18030, the superset of GBK and GB2312 that Chinese platform exports use.
 */
QByteArray detect(QByteArrayView head, bool complete);

/** Length of the byte-order mark for `encoding` at the start of `head`, or 0. */
int bomLength(QByteArrayView head, const QByteArray &encoding);

/** Whether `encoding` names UTF-8 (any spelling), which needs no conversion. */
bool isUtf8(const QByteArray &encoding);

/**
 * Streaming conversion from any iconv-supported encoding to UTF-8. Input may be split anywhere,
 * even inside a multi-byte character. Invalid or truncated sequences become U+FFFD and are
 * counted, so one bad byte never loses a record.
 */
class Utf8Converter
{
public:
    explicit Utf8Converter(const QByteArray &encoding);
    ~Utf8Converter();
    Utf8Converter(const Utf8Converter &) = delete;
    Utf8Converter &operator=(const Utf8Converter &) = delete;

    /** False when the encoding is unknown to the converter. */
    bool isValid() const;

    /** Converts `input`, holding back an incomplete trailing character unless `last` is set. */
    QByteArray convert(QByteArrayView input, bool last);

    /** Number of invalid or truncated byte sequences replaced by U+FFFD so far. */
    qint64 replacements() const { return m_replacements; }

private:
    struct Private;
    std::unique_ptr<Private> d;
    QByteArray m_pending; // bytes of an incomplete character held back from the previous chunk
    qint64 m_replacements = 0;
};

} // namespace TextEncoding
