#pragma once

#include <QChar>
#include <QtGlobal>

/**
 * What a UTF-16 unit is, for the DateFinder, the FigureScanner and the PhraseTable alike, so
 * that the three agree on what a letter, a word character or a space is.
 *
 * These run on nearly every character of a text: ASCII is answered from a table or a compare
 * inline, and only the rest calls into Qt, out of line so that the ASCII tests inline into the
 * callers' loops. No mark is below U+0300, and the Latin-1 letters that make up most of French
 * text are answered without a call.
 */
namespace FactDesk::CharacterClass {

enum AsciiClass : unsigned char
{
    AsciiOther = 0,
    AsciiDigit = 1,
    AsciiLetter = 2,
    AsciiSpace = 4, ///< space, tab, line feed, carriage return
};

struct AsciiClasses
{
    unsigned char of[128] = {};
    constexpr AsciiClasses()
    {
        for (int c = '0'; c <= '9'; ++c)
            of[c] = AsciiDigit;
        for (int c = 'a'; c <= 'z'; ++c)
            of[c] = of[c - 32] = AsciiLetter;
        of[int(' ')] = of[int('\t')] = of[int('\n')] = of[int('\r')] = AsciiSpace;
    }
};
inline constexpr AsciiClasses asciiClasses;

constexpr bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

constexpr bool isAsciiLetter(char16_t c)
{
    return c < 0x80 && (asciiClasses.of[c] & AsciiLetter);
}

Q_NEVER_INLINE inline bool isMarkBeyondAscii(char16_t c)
{
    if (c < 0x300)
        return false;
    if (c <= 0x36F) // combining diacritical marks, the ones decomposed accents use
        return true;
    return QChar(c).isMark();
}

inline bool isMark(char16_t c)
{
    return c >= 0x300 && isMarkBeyondAscii(c);
}

Q_NEVER_INLINE inline bool isLetterBeyondAscii(char16_t c)
{
    if (c >= 0xC0 && c <= 0xFF) // Latin-1 letters but × and ÷
        return c != 0xD7 && c != 0xF7;
    return QChar(c).isLetter();
}

inline bool isLetter(char16_t c)
{
    if (c < 0x80)
        return asciiClasses.of[c] & AsciiLetter;
    return isLetterBeyondAscii(c);
}

Q_NEVER_INLINE inline bool isWordCharBeyondAscii(char16_t c)
{
    if (c >= 0xC0 && c <= 0xFF)
        return c != 0xD7 && c != 0xF7;
    return QChar(c).isLetterOrNumber() || isMark(c);
}

/// A letter, a digit or a combining mark: what words and numbers are made of.
inline bool isWordChar(char16_t c)
{
    if (c < 0x80)
        return asciiClasses.of[c] & (AsciiDigit | AsciiLetter);
    return isWordCharBeyondAscii(c);
}

inline bool isSpace(char16_t c)
{
    if (c < 0x80)
        return asciiClasses.of[c] & AsciiSpace;
    return QChar(c).isSpace();
}

/// Spaces inside a line: between a number and its unit, or digit groups (U+00A0, U+202F, U+2009).
inline bool isHorizontalSpace(char16_t c)
{
    if (c < 0x80)
        return c == u' ' || c == u'\t';
    return c == 0x00A0 || c == 0x202F || c == 0x2009 || c == 0x2007 || c == 0x2002 || c == 0x2003;
}

} // namespace FactDesk::CharacterClass
