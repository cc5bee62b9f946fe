#include "htmlentities_p.h"

#include "textdecoder.h"

#include <QHash>
#include <QStringList>

namespace FactDesk {

namespace {

const QHash<QString, char16_t> &namedEntities()
{
    static const QHash<QString, char16_t> entities = [] {
        QHash<QString, char16_t> table;
        // Latin-1 names, in code point order from U+00A0.
        const QStringList latin1
            = QStringLiteral("nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg "
                             "macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo "
                             "frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil "
                             "Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute "
                             "Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig "
                             "agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml "
                             "igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide "
                             "oslash ugrave uacute ucirc uuml yacute thorn yuml")
                  .split(QLatin1Char(' '));
        for (int i = 0; i < latin1.size(); ++i)
            table.insert(latin1.at(i), char16_t(0xA0 + i));
        const struct
        {
            const char *name;
            char16_t character;
        } others[] = {
            { "amp", 0x26 },
            { "lt", 0x3C },
            { "gt", 0x3E },
            { "quot", 0x22 },
            { "apos", 0x27 },
            { "euro", 0x20AC },
            { "hellip", 0x2026 },
            { "mdash", 0x2014 },
            { "ndash", 0x2013 },
            { "lsquo", 0x2018 },
            { "rsquo", 0x2019 },
            { "sbquo", 0x201A },
            { "ldquo", 0x201C },
            { "rdquo", 0x201D },
            { "bdquo", 0x201E },
            { "lsaquo", 0x2039 },
            { "rsaquo", 0x203A },
            { "bull", 0x2022 },
            { "trade", 0x2122 },
            { "OElig", 0x152 },
            { "oelig", 0x153 },
            { "Scaron", 0x160 },
            { "scaron", 0x161 },
            { "Yuml", 0x178 },
            { "fnof", 0x192 },
            { "circ", 0x2C6 },
            { "tilde", 0x2DC },
            { "ensp", 0x2002 },
            { "emsp", 0x2003 },
            { "thinsp", 0x2009 },
            { "zwnj", 0x200C },
            { "zwj", 0x200D },
            { "lrm", 0x200E },
            { "rlm", 0x200F },
            { "dagger", 0x2020 },
            { "Dagger", 0x2021 },
            { "permil", 0x2030 },
            { "prime", 0x2032 },
            { "Prime", 0x2033 },
            { "minus", 0x2212 },
            { "asymp", 0x2248 },
            { "ne", 0x2260 },
            { "le", 0x2264 },
            { "ge", 0x2265 },
            { "infin", 0x221E },
            { "larr", 0x2190 },
            { "rarr", 0x2192 },
            { "uarr", 0x2191 },
            { "darr", 0x2193 },
            { "NonBreakingSpace", 0xA0 },
        };
        for (const auto &entity : others)
            table.insert(QLatin1String(entity.name), entity.character);
        return table;
    }();
    return entities;
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

int decimalValue(QChar c)
{
    const char16_t u = c.unicode();
    return u >= '0' && u <= '9' ? u - '0' : -1;
}

} // namespace

void HtmlEntities::appendCodePoint(uint codePoint, QString *out)
{
    if (codePoint == 0 || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
        out->append(QChar(QChar::ReplacementCharacter));
    } else if (codePoint >= 0x80 && codePoint <= 0x9F) {
        const char byte = char(codePoint);
        out->append(TextDecoder::fromWindows1252(&byte, 1));
    } else if (codePoint > 0xFFFF) {
        out->append(QChar(QChar::highSurrogate(codePoint)));
        out->append(QChar(QChar::lowSurrogate(codePoint)));
    } else {
        out->append(QChar(char16_t(codePoint)));
    }
}

qsizetype HtmlEntities::decodeAt(const QString &text, qsizetype position, QString *out)
{
    const qsizetype size = text.size();
    qsizetype i = position + 1;
    if (i >= size)
        return 0;
    if (text.at(i) == QLatin1Char('#')) {
        ++i;
        const bool hex = i < size && (text.at(i) == QLatin1Char('x') || text.at(i) == QLatin1Char('X'));
        if (hex)
            ++i;
        const qsizetype digitsStart = i;
        uint value = 0;
        while (i < size && i - digitsStart < 8) {
            const int digit = hex ? hexValue(text.at(i)) : decimalValue(text.at(i));
            if (digit < 0)
                break;
            value = value * (hex ? 16 : 10) + uint(digit);
            ++i;
        }
        if (i == digitsStart)
            return 0;
        // Absurdly long numbers are invalid, not truncated.
        while (i < size && (hex ? hexValue(text.at(i)) : decimalValue(text.at(i))) >= 0) {
            value = 0x110000;
            ++i;
        }
        if (i < size && text.at(i) == QLatin1Char(';'))
            ++i;
        appendCodePoint(value, out);
        return i - position;
    }
    const qsizetype nameStart = i;
    while (i < size && i - nameStart <= 32 && isAsciiAlnum(text.at(i)))
        ++i;
    if (i == nameStart || i >= size || text.at(i) != QLatin1Char(';'))
        return 0;
    const auto &entities = namedEntities();
    const auto found = entities.constFind(text.mid(nameStart, i - nameStart));
    if (found == entities.constEnd())
        return 0;
    out->append(QChar(found.value()));
    return i + 1 - position;
}

QString HtmlEntities::decode(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) == QLatin1Char('&')) {
            const qsizetype used = decodeAt(text, i, &out);
            if (used > 0) {
                i += used;
                continue;
            }
        }
        out.append(text.at(i));
        ++i;
    }
    return out;
}

} // namespace FactDesk
