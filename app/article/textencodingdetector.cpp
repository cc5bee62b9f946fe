#include "textencodingdetector.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace FactDesk {

namespace {

bool isControl(char16_t c)
{
    // Tab, LF, VT, FF and CR are ordinary in text files.
    return (c < 0x20 && (c < 0x09 || c > 0x0D)) || c == 0x7F;
}

QString translated(const char *text, const QString &name)
{
    return QCoreApplication::translate("FactDesk::ArticleImporter", text).arg(name);
}

} // namespace

TextEncodingDetector::TextEncodingDetector(const QString &fileName)
    : m_name(fileName)
{ }

bool TextEncodingDetector::isUtf16() const
{
    return m_verdict.encoding == TextEncoding::Utf16LittleEndian
        || m_verdict.encoding == TextEncoding::Utf16BigEndian;
}

void TextEncodingDetector::feed(const char *data, qsizetype size)
{
    if (size <= 0)
        return;
    if (m_decided) {
        inspectBody(data, size);
        return;
    }
    const qsizetype taken = std::min(size, headSize - qsizetype(m_head.size()));
    m_head.append(data, int(taken));
    if (m_head.size() < headSize)
        return;
    decideEncoding();
    inspectBody(data + taken, size - taken);
}

void TextEncodingDetector::decideEncoding()
{
    m_decided = true;
    const QByteArray head = m_head;
    m_head.clear();
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_verdict.encoding = TextEncoding::Utf8WithBom;
        m_verdict.bodyStart = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        m_verdict.encoding = TextEncoding::Utf16LittleEndian;
        m_verdict.bodyStart = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        m_verdict.encoding = TextEncoding::Utf16BigEndian;
        m_verdict.bodyStart = 2;
    } else if (bool bigEndian = false;
               TextDecoder::looksLikeUtf16WithoutBom(head.constData(), head.size(), &bigEndian)) {
        m_verdict.encoding = bigEndian ? TextEncoding::Utf16BigEndian : TextEncoding::Utf16LittleEndian;
        m_utf16WithoutBom = true;
    }
    inspectBody(head.constData() + m_verdict.bodyStart, head.size() - m_verdict.bodyStart);
}

void TextEncodingDetector::inspectBody(const char *data, qsizetype size)
{
    m_bodyBytes += size;
    if (isUtf16())
        inspectUtf16(data, size);
    else
        inspectUtf8(data, size);
}

void TextEncodingDetector::inspectUtf8(const char *data, qsizetype size)
{
    m_units += size;
    if (!m_nul && std::memchr(data, 0, size_t(size)))
        m_nul = true;
    for (qsizetype i = 0; i < size; ++i)
        m_controls += isControl(static_cast<unsigned char>(data[i]));
    if (m_invalidUtf8)
        return;
    qsizetype at = 0;
    // Finish the character the previous piece cut, one byte at a time (at most three).
    while (!m_utf8Carry.isEmpty() && at < size) {
        m_utf8Carry.append(data[at++]);
        const Utf8Validity validity = TextDecoder::validateUtf8(m_utf8Carry.constData(), m_utf8Carry.size());
        if (validity == Utf8Validity::Invalid) {
            m_invalidUtf8 = true;
            return;
        }
        if (validity == Utf8Validity::Valid)
            m_utf8Carry.clear();
    }
    qsizetype valid = 0;
    const Utf8Validity validity = TextDecoder::validateUtf8(data + at, size - at, &valid);
    if (validity == Utf8Validity::Invalid)
        m_invalidUtf8 = true;
    else if (validity == Utf8Validity::Truncated)
        m_utf8Carry = QByteArray(data + at + valid, int(size - at - valid));
}

void TextEncodingDetector::inspectUnit(char16_t unit)
{
    ++m_units;
    if (unit == 0)
        m_nul = true;
    else if (unit < 0x80)
        m_controls += isControl(unit);
    // Paired as TextDecoder::fromUtf16 pairs them.
    if (m_pendingHighSurrogate) {
        m_pendingHighSurrogate = false;
        if (QChar::isLowSurrogate(unit))
            return;
        ++m_loneSurrogates;
    }
    if (QChar::isHighSurrogate(unit))
        m_pendingHighSurrogate = true;
    else if (QChar::isLowSurrogate(unit))
        ++m_loneSurrogates;
}

void TextEncodingDetector::inspectUtf16(const char *data, qsizetype size)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    const bool bigEndian = m_verdict.encoding == TextEncoding::Utf16BigEndian;
    auto unitOf = [bigEndian](unsigned char first, unsigned char second) {
        return bigEndian ? char16_t((first << 8) | second) : char16_t((second << 8) | first);
    };
    qsizetype at = 0;
    if (m_oddByte >= 0 && size > 0) {
        inspectUnit(unitOf(static_cast<unsigned char>(m_oddByte), bytes[0]));
        m_oddByte = -1;
        at = 1;
    }
    for (; at + 1 < size; at += 2)
        inspectUnit(unitOf(bytes[at], bytes[at + 1]));
    if (at < size)
        m_oddByte = bytes[at];
}

TextEncodingDetector::Verdict TextEncodingDetector::finish()
{
    if (!m_decided)
        decideEncoding();
    Verdict verdict = m_verdict;
    const auto refuse = [&](const QString &error) {
        verdict.ok = false;
        verdict.error = error;
        return verdict;
    };
    if (m_bodyBytes == 0 && verdict.bodyStart == 0)
        return refuse(
            translated(QT_TRANSLATE_NOOP("FactDesk::ArticleImporter", "%1: the file is empty"), m_name));
    if (isUtf16()) {
        if (m_pendingHighSurrogate)
            ++m_loneSurrogates;
        if (m_utf16WithoutBom)
            verdict.warnings << TextDecoder::utf16WithoutBomWarning(m_name);
        if (m_oddByte >= 0)
            verdict.warnings << translated(
                QT_TRANSLATE_NOOP("FactDesk::ArticleImporter",
                    "%1: the UTF-16 text ends with half a character; it was dropped"),
                m_name);
        if (m_loneSurrogates > 0)
            verdict.warnings << QCoreApplication::translate(
                "FactDesk::ArticleImporter", "%1: %2 unpaired UTF-16 surrogates were replaced by U+FFFD")
                                    .arg(m_name)
                                    .arg(m_loneSurrogates);
    }
    if (m_nul || m_controls * 10 > m_units)
        return refuse(TextDecoder::binaryError(m_name));
    if (!isUtf16()) {
        const bool valid = !m_invalidUtf8 && m_utf8Carry.isEmpty(); // a file may end inside a character
        if (verdict.encoding == TextEncoding::Utf8 && !valid) {
            verdict.encoding = TextEncoding::Windows1252;
            verdict.warnings << TextDecoder::windows1252Warning(m_name);
        } else if (verdict.encoding == TextEncoding::Utf8WithBom && !valid) {
            verdict.warnings << translated(QT_TRANSLATE_NOOP("FactDesk::ArticleImporter",
                                               "%1: invalid UTF-8 sequences were replaced by U+FFFD"),
                m_name);
        }
    }
    verdict.ok = true;
    return verdict;
}

} // namespace FactDesk
