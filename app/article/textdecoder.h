#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace FactDesk {

/// How the bytes of a text file were read.
enum class TextEncoding
{
    Utf8,
    Utf8WithBom,
    Utf16LittleEndian,
    Utf16BigEndian,
    Windows1252,
};

/// Result of validating a piece of UTF-8 that may end in the middle of a character.
enum class Utf8Validity
{
    Valid,
    Truncated, ///< valid, but the last 1 to 3 bytes start a character that continues later
    Invalid,
};

/**
 * Turns the bytes of a text file into a QString without QTextCodec (gone from
 * Qt 6 core): UTF-8 with or without BOM, UTF-16 LE/BE when a BOM says so (or
 * its NUL bytes do), and Windows-1252 for bytes that are not valid UTF-8.
 * Refuses binary data. Line endings (CRLF, CR) become LF; NBSP and U+202F are
 * kept as they are, because French number typography relies on them.
 *
 * This class defines the text of a file, once: decode() is
 * TextEncodingDetector over all the bytes, then one decoder object fed the
 * body in one piece. A stream (PlainTextStreamReader) runs the same two steps
 * piece by piece; both steps keep their state between pieces (a character or a
 * CRLF split by a cut, an invalid sequence, a pending surrogate), so any
 * cutting of the bytes gives exactly the same characters.
 *
 * Invalid UTF-8 becomes one U+FFFD per maximal invalid subpart (the WHATWG and
 * Unicode recommendation), a truncated character at the end one U+FFFD;
 * unpaired UTF-16 surrogates become U+FFFD; half a UTF-16 code unit at the end
 * is dropped.
 */
class TextDecoder
{
public:
    struct Result
    {
        bool ok = false;
        QString text;
        TextEncoding encoding = TextEncoding::Utf8;
        QString error; ///< untranslated context-free reason, set when !ok
        QStringList warnings;
    };

    /// Decodes a whole file. fileName only appears in messages.
    static Result decode(const QByteArray &bytes, const QString &fileName);

    /// Decodes the body of a file (after its BOM) piece by piece, in the given encoding.
    explicit TextDecoder(TextEncoding encoding);
    /**
     * The text of the next piece of bytes. last says no bytes follow: what
     * waits for the next piece (the start of a character, a high surrogate)
     * is then flushed. Line endings are normalised across pieces.
     */
    QString decodePiece(const char *data, qsizetype size, bool last);
    /// U+FFFD written so far for invalid UTF-8 or unpaired surrogates.
    qsizetype replacements() const { return m_replacements; }

    /**
     * Strict UTF-8 check (no overlong forms, no surrogates, nothing above
     * U+10FFFF). *validLength receives the length of the valid prefix.
     */
    static Utf8Validity validateUtf8(const char *data, qsizetype size, qsizetype *validLength = nullptr);
    /**
     * Bytes taken by the invalid sequence at data (where validateUtf8 stopped
     * with Invalid): its lead byte and the continuation bytes still acceptable
     * after it, at least 1.
     */
    static qsizetype invalidUtf8Length(const char *data, qsizetype size);
    static QString fromWindows1252(const char *data, qsizetype size);
    /// Decodes UTF-16 without BOM; lone surrogates become U+FFFD and are counted.
    static QString fromUtf16(const char *data, qsizetype size, bool bigEndian, qsizetype *loneSurrogates);

    /**
     * Rewrites CRLF and CR as LF in place. *pendingCarriageReturn carries a CR
     * that ended the previous piece, so a CRLF split across two pieces of a
     * stream still gives one LF.
     */
    static void normalizeLineEndings(QString *text, bool *pendingCarriageReturn = nullptr);

    /**
     * UTF-16 written without a byte order mark, told by its NUL bytes: in the
     * first 4 KiB, the high byte of most code units is zero (Latin text) and
     * the low byte nearly never. Sets *bigEndian; false otherwise.
     */
    static bool looksLikeUtf16WithoutBom(const char *data, qsizetype size, bool *bigEndian);
    /// The warning given when UTF-16 was recognised without a byte order mark.
    static QString utf16WithoutBomWarning(const QString &fileName);

    /// NUL bytes, or more than a tenth of control characters: not text.
    static bool looksBinary(const char *data, qsizetype size);
    static bool looksBinary(const QString &text);

    static QString encodingName(TextEncoding encoding);
    /// The warning given when bytes fell back to Windows-1252.
    static QString windows1252Warning(const QString &fileName);
    static QString binaryError(const QString &fileName);

private:
    void appendUtf8(QString *out, const char *data, qsizetype size, bool last);
    void appendUtf16(QString *out, const char *data, qsizetype size, bool last);

    TextEncoding m_encoding;
    QByteArray m_carry; ///< the start of a character cut by the end of the previous piece
    bool m_pendingCarriageReturn = false;
    qsizetype m_replacements = 0;
};

} // namespace FactDesk
