#include "textdecoder.h"

#include "textencodingdetector.h"

#include <QCoreApplication>

#include <algorithm>

#include <cstring>

namespace FactDesk {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. The five undefined
// bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same
// value, as the WHATWG encoding standard does.
constexpr char16_t windows1252High[32] = {
    0x20AC,
    0x0081,
    0x201A,
    0x0192,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x02C6,
    0x2030,
    0x0160,
    0x2039,
    0x0152,
    0x008D,
    0x017D,
    0x008F,
    0x0090,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0x02DC,
    0x2122,
    0x0161,
    0x203A,
    0x0153,
    0x009D,
    0x017E,
    0x0178,
};

bool isControlByte(unsigned char c)
{
    // Tab, LF, VT, FF and CR are ordinary in text files.
    return (c < 0x20 && (c < 0x09 || c > 0x0D)) || c == 0x7F;
}

/// What a UTF-8 lead byte announces: how many continuation bytes follow
/// (0 for a byte that cannot lead) and the range the first of them must be in.
struct Utf8Lead
{
    int continuationBytes = 0;
    unsigned char secondMin = 0x80;
    unsigned char secondMax = 0xBF;
};

Utf8Lead utf8Lead(unsigned char lead)
{
    Utf8Lead shape;
    if (lead >= 0xC2 && lead <= 0xDF) {
        shape.continuationBytes = 1;
    } else if (lead == 0xE0) {
        shape.continuationBytes = 2;
        shape.secondMin = 0xA0; // below: overlong
    } else if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) {
        shape.continuationBytes = 2;
    } else if (lead == 0xED) {
        shape.continuationBytes = 2;
        shape.secondMax = 0x9F; // above: UTF-16 surrogates
    } else if (lead == 0xF0) {
        shape.continuationBytes = 3;
        shape.secondMin = 0x90; // below: overlong
    } else if (lead >= 0xF1 && lead <= 0xF3) {
        shape.continuationBytes = 3;
    } else if (lead == 0xF4) {
        shape.continuationBytes = 3;
        shape.secondMax = 0x8F; // above: beyond U+10FFFF
    }
    return shape;
}

} // namespace

qsizetype TextDecoder::invalidUtf8Length(const char *data, qsizetype size)
{
    // The lead byte and the continuation bytes that were still acceptable
    // after it: one "maximal subpart", replaced by one U+FFFD.
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    const Utf8Lead lead = utf8Lead(bytes[0]);
    qsizetype length = 1;
    for (int k = 1; k <= lead.continuationBytes && k < size; ++k) {
        const unsigned char byte = bytes[k];
        if (byte < (k == 1 ? lead.secondMin : 0x80) || byte > (k == 1 ? lead.secondMax : 0xBF))
            break;
        ++length;
    }
    return length;
}

Utf8Validity TextDecoder::validateUtf8(const char *data, qsizetype size, qsizetype *validLength)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    auto finish = [&](Utf8Validity validity) {
        if (validLength)
            *validLength = i;
        return validity;
    };
    while (i < size) {
        // Articles are mostly ASCII: skip eight ASCII bytes at a time.
        while (i + 8 <= size) {
            quint64 chunk;
            std::memcpy(&chunk, bytes + i, sizeof chunk);
            if (chunk & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        if (bytes[i] < 0x80) {
            ++i;
            continue;
        }
        const Utf8Lead lead = utf8Lead(bytes[i]);
        if (lead.continuationBytes == 0)
            return finish(Utf8Validity::Invalid); // continuation byte, C0/C1 overlong, F5..FF
        for (int k = 1; k <= lead.continuationBytes; ++k) {
            if (i + k >= size)
                return finish(Utf8Validity::Truncated);
            const unsigned char byte = bytes[i + k];
            const unsigned char low = k == 1 ? lead.secondMin : 0x80;
            const unsigned char high = k == 1 ? lead.secondMax : 0xBF;
            if (byte < low || byte > high)
                return finish(Utf8Validity::Invalid);
        }
        i += lead.continuationBytes + 1;
    }
    return finish(Utf8Validity::Valid);
}

QString TextDecoder::fromWindows1252(const char *data, qsizetype size)
{
    QString text(size, Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        out[i] = (byte >= 0x80 && byte <= 0x9F) ? QChar(windows1252High[byte - 0x80]) : QChar(byte);
    }
    return text;
}

QString TextDecoder::fromUtf16(const char *data, qsizetype size, bool bigEndian, qsizetype *loneSurrogates)
{
    const qsizetype length = size / 2;
    QString text(length, Qt::Uninitialized);
    QChar *out = text.data();
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    for (qsizetype i = 0; i < length; ++i) {
        const unsigned char first = bytes[2 * i];
        const unsigned char second = bytes[2 * i + 1];
        out[i] = bigEndian ? QChar(char16_t((first << 8) | second)) : QChar(char16_t((second << 8) | first));
    }
    // A lone surrogate cannot be written as UTF-8 and has no code point: replace it.
    qsizetype replaced = 0;
    for (qsizetype i = 0; i < length; ++i) {
        if (out[i].isHighSurrogate() && i + 1 < length && out[i + 1].isLowSurrogate()) {
            ++i;
        } else if (out[i].isSurrogate()) {
            out[i] = QChar::ReplacementCharacter;
            ++replaced;
        }
    }
    if (loneSurrogates)
        *loneSurrogates = replaced;
    return text;
}

void TextDecoder::normalizeLineEndings(QString *text, bool *pendingCarriageReturn)
{
    bool pending = pendingCarriageReturn && *pendingCarriageReturn;
    if (!pending && !text->contains(QLatin1Char('\r')))
        return;
    QChar *chars = text->data();
    const qsizetype size = text->size();
    qsizetype written = 0;
    for (qsizetype read = 0; read < size; ++read) {
        const QChar c = chars[read];
        if (c == QLatin1Char('\r')) {
            chars[written++] = QLatin1Char('\n');
            pending = true;
            continue;
        }
        if (c == QLatin1Char('\n') && pending) {
            pending = false;
            continue;
        }
        pending = false;
        chars[written++] = c;
    }
    text->truncate(written);
    if (pendingCarriageReturn)
        *pendingCarriageReturn = pending;
}

bool TextDecoder::looksBinary(const char *data, qsizetype size)
{
    if (std::memchr(data, 0, size_t(size)))
        return true;
    qsizetype controls = 0;
    for (qsizetype i = 0; i < size; ++i)
        controls += isControlByte(static_cast<unsigned char>(data[i]));
    return controls * 10 > size;
}

bool TextDecoder::looksBinary(const QString &text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        if (c.isNull())
            return true;
        controls += c.unicode() < 0x80 && isControlByte(static_cast<unsigned char>(c.unicode()));
    }
    return controls * 10 > text.size();
}

QString TextDecoder::encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8WithBom:
        return QStringLiteral("UTF-8 (BOM)");
    case TextEncoding::Utf16LittleEndian:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BigEndian:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case TextEncoding::Utf8:
        break;
    }
    return QStringLiteral("UTF-8");
}

QString TextDecoder::windows1252Warning(const QString &fileName)
{
    return QCoreApplication::translate(
        "FactDesk::ArticleImporter", "%1: decoded as Windows-1252: the file is not valid UTF-8")
        .arg(fileName);
}

bool TextDecoder::looksLikeUtf16WithoutBom(const char *data, qsizetype size, bool *bigEndian)
{
    const qsizetype sample = std::min<qsizetype>(size, 4096) & ~qsizetype(1);
    if (sample < 4)
        return false;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += data[i] == '\0';
        oddZeros += data[i + 1] == '\0';
    }
    const qsizetype units = sample / 2;
    // 70 % and 5 %: typographic quotes, € and emoji (code units above U+00FF)
    // do not hide the pattern; binary files (mostly zeros, or none) do not
    // show it, and what decodes to control characters is refused afterwards.
    const bool littleEndian = oddZeros * 10 >= units * 7 && evenZeros * 20 <= units;
    const bool big = evenZeros * 10 >= units * 7 && oddZeros * 20 <= units;
    if (!littleEndian && !big)
        return false;
    *bigEndian = big;
    return true;
}

QString TextDecoder::utf16WithoutBomWarning(const QString &fileName)
{
    return QCoreApplication::translate("FactDesk::ArticleImporter",
        "%1: read as UTF-16 although the file does not say so (no byte order mark)")
        .arg(fileName);
}

QString TextDecoder::binaryError(const QString &fileName)
{
    return QCoreApplication::translate(
        "FactDesk::ArticleImporter", "%1: not a text file (it holds binary data)")
        .arg(fileName);
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes, const QString &fileName)
{
    Result result;
    TextEncodingDetector detector(fileName);
    // Fed in slices, as a stream is: the detector gives the same verdict
    // whatever the cuts, and slices keep its own buffers small.
    constexpr qsizetype slice = 1024 * 1024;
    for (qsizetype at = 0; at < bytes.size(); at += slice)
        detector.feed(bytes.constData() + at, std::min(slice, bytes.size() - at));
    const TextEncodingDetector::Verdict verdict = detector.finish();
    result.encoding = verdict.encoding;
    result.warnings = verdict.warnings;
    if (!verdict.ok) {
        result.error = verdict.error;
        return result;
    }
    TextDecoder decoder(verdict.encoding);
    result.text
        = decoder.decodePiece(bytes.constData() + verdict.bodyStart, bytes.size() - verdict.bodyStart, true);
    result.ok = true;
    return result;
}

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_encoding(encoding)
{ }

QString TextDecoder::decodePiece(const char *data, qsizetype size, bool last)
{
    QByteArray joined;
    if (!m_carry.isEmpty()) {
        joined = m_carry + QByteArray::fromRawData(data, int(size));
        m_carry.clear();
        data = joined.constData();
        size = joined.size();
    }
    QString text;
    switch (m_encoding) {
    case TextEncoding::Windows1252:
        text = fromWindows1252(data, size);
        break;
    case TextEncoding::Utf16LittleEndian:
    case TextEncoding::Utf16BigEndian:
        appendUtf16(&text, data, size, last);
        break;
    case TextEncoding::Utf8:
    case TextEncoding::Utf8WithBom:
        appendUtf8(&text, data, size, last);
        break;
    }
    normalizeLineEndings(&text, &m_pendingCarriageReturn);
    return text;
}

void TextDecoder::appendUtf8(QString *out, const char *data, qsizetype size, bool last)
{
    qsizetype at = 0;
    while (at < size) {
        qsizetype valid = 0;
        const Utf8Validity validity = validateUtf8(data + at, size - at, &valid);
        // Qt's fromUtf8 drops a byte order mark that starts its input: every
        // U+FEFF that a cut (or the file's own BOM) puts first is part of the text.
        qsizetype start = at;
        while (at + valid - start >= 3 && std::memcmp(data + start, "\xEF\xBB\xBF", 3) == 0) {
            out->append(QChar(0xFEFF));
            start += 3;
        }
        if (out->isEmpty())
            *out = QString::fromUtf8(
                data + start, int(at + valid - start)); // usually one valid piece: no copy
        else
            out->append(QString::fromUtf8(data + start, int(at + valid - start)));
        at += valid;
        if (validity == Utf8Validity::Valid)
            return;
        if (validity == Utf8Validity::Truncated) {
            if (last) {
                out->append(QChar(QChar::ReplacementCharacter));
                ++m_replacements;
            } else {
                m_carry = QByteArray(data + at, int(size - at));
            }
            return;
        }
        at += invalidUtf8Length(data + at, size - at);
        out->append(QChar(QChar::ReplacementCharacter));
        ++m_replacements;
    }
}

void TextDecoder::appendUtf16(QString *out, const char *data, qsizetype size, bool last)
{
    qsizetype usable = size & ~qsizetype(1);
    // A high surrogate whose partner may be in the next piece waits for it.
    if (!last && usable >= 2) {
        const auto *b = reinterpret_cast<const unsigned char *>(data) + usable - 2;
        const char16_t unit = m_encoding == TextEncoding::Utf16BigEndian ? char16_t((b[0] << 8) | b[1])
                                                                         : char16_t((b[1] << 8) | b[0]);
        if (QChar::isHighSurrogate(unit))
            usable -= 2;
    }
    qsizetype lone = 0;
    *out = fromUtf16(data, usable, m_encoding == TextEncoding::Utf16BigEndian, &lone);
    m_replacements += lone;
    if (!last)
        m_carry = QByteArray(data + usable, int(size - usable)); // half a unit at the very end is dropped
}

} // namespace FactDesk
