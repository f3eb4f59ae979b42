#include "import/TextEncoding.h"

#include <QStringDecoder>

#include <cerrno>
#include <iconv.h>

namespace TextEncoding {

namespace {

const QByteArray utf8Bom("\xEF\xBB\xBF");
const QByteArray utf16LeBom("\xFF\xFE");
const QByteArray utf16BeBom("\xFE\xFF");
const QByteArray replacementCharacter("\xEF\xBF\xBD"); // U+FFFD in UTF-8

} // namespace

QByteArray detect(QByteArrayView head, bool complete)
{
    if (head.startsWith(utf8Bom))
        return Utf8;
    if (head.startsWith(utf16LeBom))
        return Utf16Le;
    if (head.startsWith(utf16BeBom))
        return Utf16Be;
    // A character cut at the end of the chunk stays in a stateful decoder and is not an error;
    // only a whole file must end cleanly, which the stateless decoder checks.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           complete ? QStringDecoder::Flag::Stateless : QStringDecoder::Flag::Default);
    const QString decoded = decoder(head);
    if (decoder.hasError())
        return Gb18030;
    return Utf8;
}

int bomLength(QByteArrayView head, const QByteArray &encoding)
{
    if (isUtf8(encoding))
        return head.startsWith(utf8Bom) ? int(utf8Bom.size()) : 0;
    const QByteArray upper = encoding.toUpper();
    if (upper == Utf16Le && head.startsWith(utf16LeBom))
        return 2;
    if (upper == Utf16Be && head.startsWith(utf16BeBom))
        return 2;
    return 0;
}

bool isUtf8(const QByteArray &encoding)
{
    const QByteArray upper = encoding.toUpper();
    return upper == "UTF-8" || upper == "UTF8";
}

struct Utf8Converter::Private
{
    iconv_t cd = reinterpret_cast<iconv_t>(-1);
};

Utf8Converter::Utf8Converter(const QByteArray &encoding)
    : d(std::make_unique<Private>())
{
    d->cd = iconv_open("UTF-8", encoding.constData());
}

Utf8Converter::~Utf8Converter()
{
    if (isValid())
        iconv_close(d->cd);
}

bool Utf8Converter::isValid() const
{
    return d->cd != reinterpret_cast<iconv_t>(-1);
}

QByteArray Utf8Converter::convert(QByteArrayView input, bool last)
{
    if (!isValid())
        return {};
    QByteArray source = m_pending + input.toByteArray();
    m_pending.clear();

    QByteArray output;
    // Chinese text grows by at most 3/2 into UTF-8; reserve a little more and grow when needed.
    output.resize(source.size() * 2 + 16);
    char *in = source.data();
    size_t inLeft = size_t(source.size());
    char *out = output.data();
    size_t outLeft = size_t(output.size());

    while (inLeft > 0) {
        if (iconv(d->cd, &in, &inLeft, &out, &outLeft) != size_t(-1))
            break;
        if (errno == E2BIG) {
            const qsizetype used = out - output.data();
            output.resize(output.size() * 2);
            out = output.data() + used;
            outLeft = size_t(output.size() - used);
        } else if (errno == EINVAL && !last) {
            // An incomplete character at the end of the chunk: keep it for the next call.
            m_pending = QByteArray(in, qsizetype(inLeft));
            break;
        } else {
            // EILSEQ, or a truncated character at end of file: replace one byte and go on.
            if (outLeft < size_t(replacementCharacter.size())) {
                const qsizetype used = out - output.data();
                output.resize(output.size() * 2);
                out = output.data() + used;
                outLeft = size_t(output.size() - used);
            }
            memcpy(out, replacementCharacter.constData(), size_t(replacementCharacter.size()));
            out += replacementCharacter.size();
            outLeft -= size_t(replacementCharacter.size());
            ++in;
            --inLeft;
            ++m_replacements;
            iconv(d->cd, nullptr, nullptr, nullptr, nullptr); // reset shift state
        }
    }
    output.resize(out - output.data());
    return output;
}

} // namespace TextEncoding
