#include "storytext_p.h"

namespace FactDesk::StoryText {

namespace {

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x02BC) || c == QChar(0x2018);
}

bool isSign(QChar c)
{
    return c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('=') || c == QLatin1Char('$')
        || c == QChar(0x20AC) || c == QLatin1Char('%') || c == QChar(0x2212);
}

/// A full stop that ends a sentence: not the decimal point of "4.2", nor inside "i.e.".
bool endsSentence(const QString &text, int i)
{
    const QChar c = text.at(i);
    if (c == QLatin1Char('\n'))
        return i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n');
    if (c != QLatin1Char('.') && c != QLatin1Char('!') && c != QLatin1Char('?'))
        return false;
    if (i + 1 >= text.size())
        return true;
    const QChar next = text.at(i + 1);
    if (!next.isSpace())
        return false;
    // "i.e. the", "e.g. a": a one-letter word before the stop is an abbreviation.
    if (c == QLatin1Char('.') && i >= 2 && text.at(i - 1).isLetter() && !text.at(i - 2).isLetter())
        return false;
    return true;
}

} // namespace

QString fold(const QString &text)
{
    QString folded(text.size(), QLatin1Char(' '));
    QChar *out = folded.data();
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t code = c.unicode();
        if (code < 0x80) {
            out[i] = code >= 'A' && code <= 'Z' ? QChar(char16_t(code + ('a' - 'A'))) : c;
        } else if (c.isSpace()) {
            out[i] = QLatin1Char(' ');
        } else if (isApostrophe(c)) {
            out[i] = QLatin1Char('\'');
        } else if (c == QChar(0x2212) || c == QChar(0x2013)) {
            out[i] = QLatin1Char('-');
        } else if (c.decompositionTag() == QChar::Canonical) {
            const QString parts = c.decomposition();
            out[i] = parts.isEmpty() ? c.toCaseFolded() : parts.at(0).toCaseFolded();
        } else {
            out[i] = c.toCaseFolded();
        }
    }
    return folded;
}

QVector<Token> tokenize(const QString &folded, int from, int to)
{
    QVector<Token> tokens;
    from = qMax(0, from);
    to = qMin(int(folded.size()), to);
    int i = from;
    while (i < to) {
        const QChar c = folded.at(i);
        if (c.isLetterOrNumber()) {
            const int start = i;
            while (i < to && folded.at(i).isLetterOrNumber())
                ++i;
            // "d'affaires" reads "d'" + "affaires"; "Quantix's" reads "quantix" + "s".
            if (i - start <= 2 && i + 1 < to && folded.at(i) == QLatin1Char('\'')
                && folded.at(i + 1).isLetter())
                ++i;
            tokens.append({ start, i, folded.mid(start, i - start) });
        } else if (isSign(c)) {
            tokens.append({ i, i + 1, QString(c) });
            ++i;
        } else {
            ++i;
        }
    }
    return tokens;
}

void sentenceSpan(const QString &text, int start, int end, int *first, int *last)
{
    constexpr int limit = 600; // a list without stops is not one endless sentence
    start = qBound(0, start, int(text.size()));
    end = qBound(start, end, int(text.size()));
    int i = start;
    const int firstLimit = qMax(0, start - limit);
    while (i > firstLimit && !endsSentence(text, i - 1))
        --i;
    while (i < start && text.at(i).isSpace())
        ++i;
    *first = i;
    int j = end;
    const int lastLimit = qMin(int(text.size()), end + limit);
    while (j < lastLimit && !endsSentence(text, j))
        ++j;
    if (j < text.size() && text.at(j) != QLatin1Char('\n'))
        ++j;
    *last = j;
}

void paragraphSpan(const QString &text, int position, int *first, int *last)
{
    position = qBound(0, position, int(text.size()));
    const int before = position > 0 ? int(text.lastIndexOf(QLatin1String("\n\n"), position - 1)) : -1;
    *first = before < 0 ? 0 : before + 2;
    const int after = int(text.indexOf(QLatin1String("\n\n"), position));
    *last = after < 0 ? int(text.size()) : after;
}

QVector<QString> names(const QString &text, const QString &folded, int from, int to,
    bool (*isStopword)(const QString &, const void *), const void *context)
{
    QVector<QString> found;
    for (const Token &token : tokenize(folded, from, to)) {
        if (token.end - token.start < 2 || token.text.endsWith(QLatin1Char('\'')))
            continue;
        const QChar initial = text.at(token.start);
        if (!initial.isUpper())
            continue;
        if (isStopword(token.text, context) || found.contains(token.text))
            continue;
        found.append(token.text);
    }
    return found;
}

} // namespace FactDesk::StoryText
