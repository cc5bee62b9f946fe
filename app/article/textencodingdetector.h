#pragma once

#include "textdecoder.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace FactDesk {

/**
 * Decides how a file's bytes are to be decoded, from all of them fed in
 * pieces of any size: the byte order mark (or, without one, the NUL pattern
 * of UTF-16 in the first 4 KiB), else strict UTF-8, else Windows-1252; and
 * refuses empty and binary files. The verdict and its warnings do not depend
 * on how the bytes were cut, so a file read whole and the same file streamed
 * get the same encoding and the same messages.
 */
class TextEncodingDetector
{
public:
    struct Verdict
    {
        bool ok = false;
        TextEncoding encoding = TextEncoding::Utf8;
        qsizetype bodyStart = 0; ///< bytes of byte order mark to skip
        QString error; ///< translated, names the file; set when !ok
        QStringList warnings; ///< translated, name the file
    };

    /// fileName only appears in messages.
    explicit TextEncodingDetector(const QString &fileName);

    void feed(const char *data, qsizetype size);
    /// Call once, after the last piece.
    Verdict finish();

private:
    static constexpr qsizetype headSize = 4096;

    void decideEncoding();
    void inspectBody(const char *data, qsizetype size);
    void inspectUtf8(const char *data, qsizetype size);
    void inspectUtf16(const char *data, qsizetype size);
    void inspectUnit(char16_t unit);
    bool isUtf16() const;

    QString m_name;
    QByteArray m_head; ///< the first bytes, kept until the encoding is decided
    bool m_decided = false;
    bool m_utf16WithoutBom = false;
    Verdict m_verdict;
    qint64 m_bodyBytes = 0;
    qint64 m_units = 0; ///< UTF-16 code units, or bytes
    qint64 m_controls = 0;
    bool m_nul = false;
    bool m_invalidUtf8 = false;
    QByteArray m_utf8Carry; ///< the start of a character cut by the end of a piece
    int m_oddByte = -1; ///< UTF-16: the first byte of a unit cut by the end of a piece
    bool m_pendingHighSurrogate = false;
    qint64 m_loneSurrogates = 0;
};

} // namespace FactDesk
