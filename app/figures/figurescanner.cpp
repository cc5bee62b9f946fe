#include "figurescanner.h"

#include "characterclass_p.h"
#include "decimaltext.h"
#include "figurelexicon.h"
#include "phrasetable_p.h"

#include <QVarLengthArray>

#include <algorithm>
#include <iterator>
#include <utility>

namespace FactDesk {

namespace {
inline bool isDigit(QChar c)
{
    return CharacterClass::isAsciiDigit(c.unicode());
}

inline bool isAsciiLetter(char16_t c)
{
    return CharacterClass::isAsciiLetter(c);
}

inline bool isWordChar(QChar c)
{
    return CharacterClass::isWordChar(c.unicode());
}

inline bool isMark(QChar c)
{
    return CharacterClass::isMark(c.unicode());
}

/// A sign right before a digit: "-", "+", U+2212 and the en dash typeset as a minus ("–3,2 %").
inline bool isSignChar(QChar c)
{
    return c == QLatin1Char('-') || c == QLatin1Char('+') || c.unicode() == 0x2212 || c.unicode() == 0x2013;
}

/// The value of a short run of ASCII digits (a number's digits as read), without the general
/// parsing of QString::toInt: asked of most numbers.
int digitsValue(QStringView digits)
{
    int value = 0;
    for (const QChar digit : digits)
        value = value * 10 + (digit.unicode() - u'0');
    return value;
}

/// Digits before the decimal point of an exact decimal value ("-12.5" has two).
int integerDigits(const QString &value)
{
    const qsizetype dot = value.indexOf(QLatin1Char('.'));
    return int((dot < 0 ? value.size() : dot) - (value.startsWith(QLatin1Char('-')) ? 1 : 0));
}
} // namespace

struct FigureScanner::Reading
{
    bool valid = false;
    int leadStart = 0; ///< where the modifier look-behind starts
    int spanStart = 0;
    int spanEnd = 0;
    int consumedEnd = 0; ///< past a counted noun, which is not in the span
    int numberEnd = 0;
    // Digits read from the text borrow its memory (QString::fromRawData): only the figure's
    // value, composed from them, is allocated.
    QString intDigits;
    QString fracDigits;
    bool digitsBorrowed = false;
    bool negative = false;
    bool signWritten = false;
    bool grouped = false;
    bool hasPrefixCurrency = false;
    bool hasScale = false;
    bool countByGrammar = false; ///< the counted noun was read by grammar, not found in the lexicon
    bool ordinal = false; ///< "3e", "27th": a number of its own, no count, year or name
    int scale = 0;
    FigureKind kind = FigureKind::Number;
    QString unit;

    bool isPlainYear() const
    {
        if (kind != FigureKind::Number || hasScale || signWritten || grouped || hasPrefixCurrency
            || !fracDigits.isEmpty() || intDigits.size() != 4)
            return false;
        const int year = digitsValue(intDigits);
        return year >= 1900 && year <= 2100;
    }
    /// "the 2019 average", "its 2024 Survey": a year before a noun that is not a listed counted
    /// noun. Round hundreds stay counts ("2000 salariés").
    bool isYearBeforeNoun() const
    {
        if (kind != FigureKind::Count || !countByGrammar || hasScale || signWritten || grouped
            || hasPrefixCurrency || !fracDigits.isEmpty() || intDigits.size() != 4)
            return false;
        const int year = digitsValue(intDigits);
        return year >= 1900 && year <= 2100 && year % 100 != 0;
    }
};

namespace {
Figure yearFigure(int start, int end, const QString &digits, Modifier modifier)
{
    Figure figure;
    figure.start = start;
    figure.end = end;
    figure.kind = FigureKind::Date;
    figure.value = QString(digits.constData(), digits.size());
    figure.unit = QStringLiteral("year");
    figure.modifier = modifier;
    return figure;
}
} // namespace

FigureScanner::FigureScanner(const FigureLexicon &lexicon, QStringView text, bool lenient)
    : m_lexicon(lexicon)
    , m_text(text)
    , m_lenient(lenient)
{ }

QVector<Figure> FigureScanner::scan(const QVector<Figure> &blocked)
{
    QVector<Figure> figures;
    // News text holds about one figure per hundred characters, tables and results more: room for
    // one in 64 means the list is rarely moved while it grows.
    figures.reserve(int(m_text.size() / 64) + 4);
    const QChar *data = m_text.data();
    const int size = int(m_text.size());
    int nextBlock = 0;
    int i = 0;
    m_lastEnd = 0;
    m_pointsToResolve = false;
    m_sentenceBreaks.clear();
    const bool *startsFigure = m_lexicon.startsFigure;
    while (i < size) {
        // The hot path: most characters can start nothing.
        while (i < size && !startsFigure[data[i].unicode()])
            ++i;
        if (i >= size)
            break;
        const char16_t c = data[i].unicode();
        // '\n', '!', '.', ';' and '?' are all below 64: one mask test tells them from the rest.
        constexpr quint64 sentencePunctuation = (quint64(1) << '\n') | (quint64(1) << '!')
            | (quint64(1) << '.') | (quint64(1) << ';') | (quint64(1) << '?');
        if (c < 64 && ((sentencePunctuation >> c) & 1)) {
            // Most are ". The" or a line break before a letter: decided here without a call.
            const int after = c == u'\n' ? i + 1 : i + 2;
            const char16_t next = after < size ? data[after].unicode() : char16_t(0);
            const bool plain = after < size && (c == u'\n' || data[i + 1].unicode() == u' ')
                && isAsciiLetter(next);
            if (plain ? (next <= u'Z' || (c != u'.' && c != u'\n')) : endsSentenceAt(i))
                m_sentenceBreaks.append(i);
            ++i;
            continue;
        }
        const bool digit = c <= u'9';
        // After a letter only a digit or the "l" of "illi" can start something: most letters that
        // may start a word figure stand inside a word.
        if (!digit && c != u'l' && i > 0 && isAsciiLetter(data[i - 1].unicode())) {
            ++i;
            continue;
        }
        // "illi" is in million, milliard, billion, trillion: the only words that start a figure
        // without a digit ("un milliard", "two million").
        const bool scaleWord = c == u'l' && i >= 1 && i + 2 < size && data[i - 1].unicode() == u'i'
            && data[i + 1].unicode() == u'l' && data[i + 2].unicode() == u'i';
        // "fois" and "times" after a number word: "deux fois plus", "three times higher".
        const bool timesWord = (i == 0 || !data[i - 1].isLetter())
            && ((c == u'f' && i + 3 < size && data[i + 1].unicode() == u'o' && data[i + 2].unicode() == u'i'
                    && data[i + 3].unicode() == u's')
                || (c == u't' && i + 4 < size && data[i + 1].unicode() == u'i'
                    && data[i + 2].unicode() == u'm' && data[i + 3].unicode() == u'e'
                    && data[i + 4].unicode() == u's'));
        // "la moitié", "two-thirds", "twice": a word at a word start.
        const bool otherWord = !digit && !scaleWord && !timesWord && (i == 0 || !isWordChar(data[i - 1]))
            && m_lexicon.mayStartWordFigure(data + i, qMin(3, size - i));
        if (!digit && !scaleWord && !timesWord && !otherWord) {
            ++i;
            continue;
        }
        while (nextBlock < blocked.size() && blocked.at(nextBlock).end <= i)
            ++nextBlock;
        if (nextBlock < blocked.size() && blocked.at(nextBlock).start <= i) {
            i = blocked.at(nextBlock).end;
            m_lastEnd = i;
            continue;
        }
        const int limit = nextBlock < blocked.size() ? blocked.at(nextBlock).start : size;
        int resume = i + 1;
        if (digit) {
            resume = readFigureAt(i, limit, figures);
        } else if (timesWord) {
            if (i >= m_lastEnd)
                resume = readWordMultiplierAt(i, limit, figures);
        } else if (otherWord) {
            const qsizetype found = figures.size();
            if (i >= m_lastEnd)
                resume = readOtherWordAt(i, limit, figures);
            if (figures.size() == found) {
                // Nothing read: "half" may still belong to "half a million" further on.
                ++i;
                continue;
            }
        } else {
            int wordStart = i - 1;
            while (wordStart > 0 && data[wordStart - 1].isLetter())
                --wordStart;
            if (wordStart >= m_lastEnd)
                resume = readWordNumberAt(wordStart, limit, figures);
        }
        if (resume <= i) {
            resume = i + 1;
            while (resume < size && isDigit(data[resume]))
                ++resume;
        }
        i = resume;
        m_lastEnd = qMax(m_lastEnd, i);
    }
    if (m_pointsToResolve)
        resolvePoints(figures);
    return figures;
}

int FigureScanner::readFigureAt(int digit, int limit, QVector<Figure> &out)
{
    Reading first;
    const int resume = readExpression(digit, limit, first, false);
    if (!first.valid)
        return resume;
    if (first.ordinal) {
        out.append(toFigure(first, Modifier::Exact, RangeRole::None));
        return first.consumedEnd;
    }
    Reading second;
    int rangeLead = first.leadStart;
    QString lowValue;
    QString highValue;
    if (joinRange(first, limit, second, &rangeLead, &lowValue, &highValue)) {
        if (!m_lenient && first.isPlainYear() && second.isPlainYear()) {
            // The DateFinder reads the year ranges it knows; the others are two years.
            out.append(yearFigure(first.spanStart, first.numberEnd, first.intDigits, Modifier::Exact));
            out.append(yearFigure(second.spanStart, second.numberEnd, second.intDigits, Modifier::Exact));
            return second.numberEnd;
        }
        const Modifier modifier = modifierBefore(rangeLead);
        Figure low = toFigure(first, modifier, RangeRole::Low, &lowValue);
        Figure high = toFigure(second, modifier, RangeRole::High, &highValue);
        applyContext(high, second, out);
        if (high.kind != second.kind && low.kind == first.kind) {
            low.kind = high.kind;
            low.unit = high.unit;
        }
        out.append(std::move(low));
        out.append(std::move(high));
        return second.consumedEnd;
    }
    // "France 2030", "District 9", "Ligue 1", "France 5": a bare number right after a capitalised
    // word inside a sentence is part of a name. A lone number on its line is page furniture (a share
    // counter, a list number).
    if (!m_lenient && (first.kind == FigureKind::Number || first.isYearBeforeNoun()) && !first.hasScale
        && !first.signWritten && first.fracDigits.isEmpty() && first.spanStart == first.leadStart
        && (isAfterProperName(first.spanStart) || isAloneOnLine(first.spanStart, first.numberEnd)
            || isPlaceNumber(first.spanStart, first.numberEnd)))
        return first.consumedEnd;
    // A bare year the DateFinder did not claim is a year all the same: "pour 2025", "the 2019 average".
    if (!m_lenient && (first.isPlainYear() || first.isYearBeforeNoun())) {
        if (!first.signWritten && first.spanStart == first.leadStart)
            out.append(yearFigure(first.spanStart, first.numberEnd, first.intDigits, Modifier::Exact));
        return first.numberEnd;
    }
    // "one in 100", "1 in 4 adults", "un sur 10".
    if (!m_lenient && (first.kind == FigureKind::Number || first.kind == FigureKind::Count) && !first.hasScale
        && !first.signWritten && first.fracDigits.isEmpty() && first.intDigits.size() <= 6
        && readRatio(first.spanStart, first.spanEnd, digitsValue(first.intDigits), out))
        return first.spanEnd;
    // "la Peugeot 208", "Ariane 6", "GTA 6": a bare number after a brand or a product line names
    // a model, and one after a numbered noun of the lexicon names a place ("le bureau 12", "ward
    // 3"), and so does one before a model's variant ("737 MAX", "787 Dreamliners"). With a unit or
    // a scale it is a figure again ("Renault 5 %" is not a car).
    if (!m_lenient && first.kind == FigureKind::Number && !first.hasScale && !first.signWritten
        && first.fracDigits.isEmpty()
        && (backward(m_lexicon.modelNames, skipSpaceBack(first.spanStart)).isValid()
            || backward(m_lexicon.numberedNouns, skipSpaceBack(first.spanStart)).isValid()))
        return first.consumedEnd;
    if (!m_lenient && (first.kind == FigureKind::Number || first.countByGrammar) && !first.hasScale
        && !first.signWritten && first.fracDigits.isEmpty()
        && forward(m_lexicon.modelVariants, skipSpace(first.numberEnd, limit), limit).isValid())
        return first.numberEnd;
    Figure figure = toFigure(first, modifierBefore(first.leadStart), RangeRole::None);
    applyContext(figure, first, out);
    // "Le deal à 13 milliards" in a title, "13 milliards de dollars" in the body: a scaled amount
    // without a unit is in the currency the article names it with later.
    if (!m_lenient && figure.kind == FigureKind::Number && first.hasScale && first.scale >= 6)
        currencyNamedLater(figure, first.spanStart, first.spanEnd);
    // "sales of 930,000", "des ventes de 51 200": the noun came first.
    if (!m_lenient && figure.kind == FigureKind::Number && !first.hasScale && !first.signWritten
        && first.fracDigits.isEmpty() && (first.grouped || first.intDigits.size() >= 3)) {
        int nounStart = -1;
        int nounEnd = countedNounBefore(first.spanStart, &nounStart);
        if (nounEnd < 0)
            nounEnd = countedSubjectBefore(first.spanStart, &nounStart);
        if (nounEnd > 0) {
            figure.kind = FigureKind::Count;
            figure.unit = m_text.mid(nounStart, nounEnd - nounStart).toString();
        }
    }
    // "31 of the 54 seats", "22 of its 29 routes", "35 des 45 sièges": the part counts what the
    // whole counts.
    if (!m_lenient && figure.kind == FigureKind::Count && !out.isEmpty()) {
        Figure &part = out.last();
        const PhraseTable::Match link = backward(m_lexicon.countPartLinks, skipSpaceBack(figure.start));
        if (part.kind == FigureKind::Number && part.unit.isEmpty() && link.isValid()
            && skipSpaceBack(link.start) == part.end && !part.value.contains(QLatin1Char('.'))
            && !part.value.startsWith(QLatin1Char('-'))) {
            part.kind = FigureKind::Count;
            part.unit = figure.unit;
        }
    }
    out.append(std::move(figure));
    return first.consumedEnd;
}

bool FigureScanner::isAfterProperName(int numberStart) const
{
    if (numberStart < 3 || m_text[numberStart - 1] != QLatin1Char(' ') || !m_text[numberStart - 2].isLetter())
        return false;
    int wordStart = numberStart - 2;
    while (wordStart > m_lastEnd && (m_text[wordStart - 1].isLetter() || isMark(m_text[wordStart - 1])))
        --wordStart;
    if (!m_text[wordStart].isUpper() || (wordStart > 0 && !m_text[wordStart - 1].isSpace()))
        return false;
    int before = wordStart;
    while (before > 0 && PhraseTable::isHorizontalSpace(m_text[before - 1]))
        --before;
    if (before == 0)
        return false;
    const QChar previous = m_text[before - 1];
    // A title line ("Moisson 2025 : …") or a quotation opens with a capital for its own sake.
    if (previous == QLatin1Char('\n') || previous == QLatin1Char(':') || previous == QLatin1Char('"')
        || previous.unicode() == 0xAB || previous.unicode() == 0x201C || previous == QLatin1Char('('))
        return false;
    if (previous != QLatin1Char('.') && previous != QLatin1Char('!') && previous != QLatin1Char('?'))
        return true;
    // Inside a paragraph a sentence may open with a name ("District 9 reported"), but not with a
    // word that only has its capital from standing first ("Pour 2025", "About 300", "Groups 1").
    const int wordEnd = numberStart - 1;
    return !isWordOf(m_lexicon.notNouns, wordStart, wordEnd, wordEnd)
        && !forward(m_lexicon.modifiers, wordStart, numberStart).isValid()
        && !forward(m_lexicon.numberWords, wordStart, numberStart).isValid()
        && !isPluralWord(wordStart, wordEnd);
}

/// "Albi (81)", "Parc des expositions (75)": a département or district number after a place name.
bool FigureScanner::isPlaceNumber(int numberStart, int numberEnd) const
{
    if (numberStart < 3 || numberEnd >= int(m_text.size()) || m_text[numberEnd] != QLatin1Char(')')
        || m_text[numberStart - 1] != QLatin1Char('(') || numberEnd - numberStart > 3)
        return false;
    const int wordEnd = skipSpaceBack(numberStart - 1);
    int wordStart = wordEnd;
    while (wordStart > 0 && (m_text[wordStart - 1].isLetter() || isMark(m_text[wordStart - 1])))
        --wordStart;
    return wordStart < wordEnd && m_text[wordStart].isUpper();
}

bool FigureScanner::isWrapAt(int at) const
{
    // The next line goes on in lower case or with a digit; or the line is long, holds no table
    // columns and ends with no sentence's or title's punctuation ("… ahead of\nReform UK on …").
    if (!endsSentenceAt(at))
        return true;
    const int size = int(m_text.size());
    if (at + 1 >= size || m_text[at + 1] == QLatin1Char('\n'))
        return false;
    const int contentEnd = skipSpaceBack(at);
    if (contentEnd == 0)
        return false;
    const QChar last = m_text[contentEnd - 1];
    if (last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char('?')
        || last == QLatin1Char(':'))
        return false;
    int lineStart = contentEnd;
    while (lineStart > 0 && m_text[lineStart - 1] != QLatin1Char('\n')) {
        --lineStart;
        if (contentEnd - lineStart > 200)
            break;
        if (PhraseTable::isHorizontalSpace(m_text[lineStart])
            && PhraseTable::isHorizontalSpace(m_text[lineStart + 1]))
            return false;
    }
    return contentEnd - lineStart >= 50;
}

bool FigureScanner::isAloneOnLine(int start, int end) const
{
    int before = start;
    while (before > 0 && PhraseTable::isHorizontalSpace(m_text[before - 1]))
        --before;
    int after = end;
    while (after < int(m_text.size()) && PhraseTable::isHorizontalSpace(m_text[after]))
        ++after;
    return (before == 0 || m_text[before - 1] == QLatin1Char('\n'))
        && (after == int(m_text.size()) || m_text[after] == QLatin1Char('\n'));
}

/**
 * Whether a sentence ends at i, a ".", "!", "?", ";" or line break: punctuation before a space,
 * or a line break that is not a hard wrap. A line is wrapped, not ended, when the next one goes
 * on in lower case or with a digit ("… rose by 2.3\nbillion euros …"); a title or a paragraph
 * ends at its line break. Abbreviations ("Aug. 21", "É.-U. a") end no sentence: after a "." the
 * next word must start with a capital letter.
 */
bool FigureScanner::endsSentenceAt(int i) const
{
    const int size = int(m_text.size());
    const char16_t c = m_text[i].unicode();
    int next = i + 1;
    if (c == u'\n') {
        while (next < size && (m_text[next] == QLatin1Char(' ') || m_text[next] == QLatin1Char('\t')))
            ++next;
        return next >= size || !(m_text[next].isLower() || m_text[next].isDigit());
    }
    while (next < size
        && (m_text[next] == QLatin1Char('"') || m_text[next].unicode() == 0x201D || m_text[next].unicode() == 0xBB
            || m_text[next] == QLatin1Char(')')))
        ++next;
    if (next >= size)
        return true;
    if (!m_text[next].isSpace())
        return false;
    while (next < size && m_text[next].isSpace())
        ++next;
    // After a "." a sentence opens with a capital, or with a digit when no abbreviation stands
    // before the "." ("… fell 3%. 6M24 sales"; "Aug. 21" goes on).
    return next >= size || c != u'.' || m_text[next].isUpper()
        || (isDigit(m_text[next]) && i > 0 && !m_text[i - 1].isLetter()) || m_text[next].unicode() == 0xAB
        || m_text[next].unicode() == 0x201C || m_text[next] == QLatin1Char('"');
}

void FigureScanner::currencyNamedLater(Figure &figure, int start, int end) const
{
    const QStringView written = m_text.mid(start, end - start);
    // The article's next few paragraphs: a search to the end of a long text for each such amount
    // would make the scan quadratic.
    const QStringView ahead = m_text.mid(end, qMin<qsizetype>(m_text.size() - end, 4000));
    qsizetype at = 0;
    for (int tries = 0; tries < 3; ++tries) {
        at = ahead.indexOf(written, at);
        if (at < 0)
            return;
        at += end;
        at += written.size();
        const int next = skipSpace(int(at), int(m_text.size()));
        PhraseTable::Match currency = forward(m_lexicon.currencies, next, int(m_text.size()));
        if (!currency.isValid()) {
            const PhraseTable::Match connector = forward(m_lexicon.connectors, next, int(m_text.size()));
            if (connector.isValid())
                currency = forward(
                    m_lexicon.currencies, skipSpace(connector.end, int(m_text.size())), int(m_text.size()));
        }
        if (currency.isValid()) {
            figure.kind = FigureKind::Money;
            figure.unit = m_lexicon.currencyCodes.value(currency.payload);
            return;
        }
        at -= end;
    }
}

/**
 * The end of the plural subject of a verb that leads to the number at numberStart, or -1:
 * "les inscriptions atteignent 51 200", "les emplois non agricoles de janvier augmentent à
 * 130 000", "new home sales rose to 930,000". The subject is the plural noun after the first
 * plural determiner of the clause, else the word right before the verb; the clause stops at a
 * comma, a digit or the end of a sentence, eight words back at most.
 */
int FigureScanner::countedSubjectBefore(int numberStart, int *nounStart) const
{
    int verbEnd = skipSpaceBack(numberStart);
    if (verbEnd == numberStart || verbEnd <= m_lastEnd)
        return -1;
    const PhraseTable::Match link = backward(m_lexicon.subjectLinks, verbEnd);
    if (link.isValid() && link.start >= m_lastEnd) {
        verbEnd = skipSpaceBack(link.start);
        if (verbEnd == link.start)
            return -1;
    }
    PhraseTable::Match verb = backward(m_lexicon.subjectVerbs, verbEnd);
    if (!verb.isValid())
        verb = backward(m_lexicon.changeVerbs, verbEnd);
    if (!verb.isValid() || verb.start <= m_lastEnd)
        return -1;
    // The words of the clause before the verb, nearest first.
    int starts[8];
    int ends[8];
    int words = 0;
    int end = skipSpaceBack(verb.start);
    while (words < 8 && end > m_lastEnd && end < verb.start + 1) {
        int start = end;
        while (start > m_lastEnd
            && (CharacterClass::isLetter(m_text[start - 1].unicode()) || isMark(m_text[start - 1])
                || m_text[start - 1] == QLatin1Char('-') || m_text[start - 1] == QLatin1Char('\'')
                || m_text[start - 1].unicode() == 0x2019))
            --start;
        if (start == end)
            break;
        starts[words] = start;
        ends[words] = end;
        ++words;
        const int before = skipSpaceBack(start);
        if (before == start)
            break;
        end = before;
    }
    if (words == 0)
        return -1;
    const auto isSubject = [&](int k) {
        const int start = starts[k];
        const int wordEnd = ends[k];
        const bool opensSentence = k == words - 1;
        return (m_text[start].isLower() || opensSentence) && isPluralWord(start, wordEnd)
            && !isWordOf(m_lexicon.notNouns, start, wordEnd, wordEnd)
            && !isWordOf(m_lexicon.units, start, wordEnd, wordEnd)
            && !isWordOf(m_lexicon.pluralDeterminers, start, wordEnd, wordEnd);
    };
    // "Les inscriptions ...": the noun after the determiner that opens the subject.
    for (int k = words - 1; k >= 1; --k) {
        if (isWordOf(m_lexicon.pluralDeterminers, starts[k], ends[k], ends[k]) && isSubject(k - 1)) {
            *nounStart = starts[k - 1];
            return ends[k - 1];
        }
    }
    if (!isSubject(0) || (m_text[starts[0]].isUpper() && words > 1))
        return -1;
    *nounStart = starts[0];
    return ends[0];
}

int FigureScanner::wordEndAt(int position, int limit) const
{
    int end = position;
    while (end < limit) {
        const char16_t c = m_text[end].unicode();
        if (CharacterClass::isLetter(c) || CharacterClass::isMark(c)) {
            ++end;
        } else if ((c == u'-' || c == 0x2011) && end > position && end + 1 < limit
            && CharacterClass::isLetter(m_text[end + 1].unicode())) {
            ++end; // "full-time", "porte-avions"
        } else {
            break;
        }
    }
    return end;
}

bool FigureScanner::isWordOf(const PhraseTable &table, int start, int end, int limit) const
{
    const PhraseTable::Match match = forward(table, start, limit);
    return match.isValid() && match.end == end;
}

bool FigureScanner::isPluralWord(int start, int end) const
{
    if (end - start < 3)
        return false;
    // "stations-service", "wagons-lits": a French compound takes the plural on its first noun.
    for (int hyphen = start + 3; hyphen + 1 < end; ++hyphen) {
        if (m_text[hyphen] == QLatin1Char('-'))
            return isPluralWord(start, hyphen) || isPluralWord(hyphen + 1, end);
    }
    const QChar last = m_text[end - 1].toLower();
    if (std::find(m_lexicon.pluralEndings.cbegin(), m_lexicon.pluralEndings.cend(), last)
        != m_lexicon.pluralEndings.cend())
        return !(last == QLatin1Char('s') && m_text[end - 2].toLower() == QLatin1Char('s')); // "business"
    return isWordOf(m_lexicon.irregularPlurals, start, end, end);
}

/// The end of the complement of a counted noun ending at headEnd ("bureaux de vote", "avions de
/// ligne"), or headEnd when none follows.
int FigureScanner::complementEnd(int headEnd, int limit) const
{
    const int link = skipSpace(headEnd, limit);
    const PhraseTable::Match complement
        = link > headEnd ? forward(m_lexicon.complementLinks, link, limit) : PhraseTable::Match();
    if (!complement.isValid())
        return headEnd;
    // "de vote" after a space, "d'entreprises" glued.
    const bool elided = !m_text[complement.end - 1].isLetter();
    const int next = elided ? complement.end : skipSpace(complement.end, limit);
    const int nextEnd = wordEndAt(next, limit);
    if ((elided || next > complement.end) && nextEnd - next >= 3 && m_text[next].isLower()
        && !isWordOf(m_lexicon.notNouns, next, nextEnd, limit) && !forward(m_lexicon.units, next, limit).isValid()
        && !forward(m_lexicon.currencies, next, limit).isValid())
        return nextEnd;
    return headEnd;
}

/**
 * The end of the counted noun phrase that starts at start, or -1: a lower-case head noun in
 * the plural, after at most modifiersBeforeHead words ("Paris commuters", "confirmed cases"),
 * and in French its complement ("bureaux de vote", "avions de ligne"). A capitalised word is
 * never the head: "2024 Survey" counts nothing ("8 Boeing 787" is a model: countedModelEnd).
 */
int FigureScanner::countedNounEnd(int start, int limit) const
{
    // The head first, with character tests only: most numbers are followed by no plural noun.
    int wordStarts[4];
    int wordEnds[4];
    int words = 0;
    int wordStart = start;
    for (;;) {
        const int end = wordEndAt(wordStart, limit);
        if (end == wordStart || (end < limit && isDigit(m_text[end])))
            return -1;
        wordStarts[words] = wordStart;
        wordEnds[words] = end;
        ++words;
        if (m_text[wordStart].isLower() && isPluralWord(wordStart, end))
            break;
        const int next = skipSpace(end, limit);
        if (words > m_lexicon.modifiersBeforeHead || words == 4 || next == end || next >= limit)
            return -1;
        wordStart = next;
    }
    for (int k = 0; k < words; ++k) {
        if (isWordOf(m_lexicon.notNouns, wordStarts[k], wordEnds[k], limit))
            return -1;
    }
    return complementEnd(wordEnds[words - 1], limit);
}

/**
 * The end of a model counted by the number before start, or -1: one or two capitalised words
 * and a designation holding a digit ("8 Boeing 787", "12 Airbus A350-1000", "3 Tesla Model 3"),
 * and the plural noun that follows if any ("8 Boeing 787 jets"). The designation is part of
 * the name, not a figure; a year is none ("3 Emmy 2024 awards"), nor a decimal number.
 */
int FigureScanner::countedModelEnd(int start, int limit) const
{
    int nameWords = 0;
    int token = start;
    for (;;) {
        if (token >= limit || !CharacterClass::isWordChar(m_text[token].unicode()))
            return -1;
        int end = token;
        bool holdsDigit = false;
        while (end < limit) {
            const char16_t c = m_text[end].unicode();
            if (CharacterClass::isWordChar(c)) {
                holdsDigit = holdsDigit || CharacterClass::isAsciiDigit(c);
                ++end;
            } else if (c == u'-' && end + 1 < limit
                && CharacterClass::isWordChar(m_text[end + 1].unicode())) {
                ++end; // "A350-1000", "787-9"
            } else {
                break;
            }
        }
        if (holdsDigit) {
            const bool decimal = end + 1 < limit
                && (m_text[end] == QLatin1Char('.') || m_text[end] == QLatin1Char(','))
                && isDigit(m_text[end + 1]);
            bool year = end - token == 4;
            for (int k = token; year && k < end; ++k)
                year = isDigit(m_text[k]);
            if (year) {
                const int value = digitsValue(m_text.mid(token, 4));
                year = value >= 1900 && value <= 2100;
            }
            // Without a brand, a designation alone: capitals then digits ("8 A321XLR", "36 A220"),
            // or a type number with its variant ("30 787-9s", "44 737 MAXs").
            bool designation = nameWords > 0;
            if (!designation && !decimal && !year) {
                int letters = token;
                while (
                    letters < end && m_text[letters].unicode() >= u'A' && m_text[letters].unicode() <= u'Z')
                    ++letters;
                int digits = letters;
                while (digits < end && isDigit(m_text[digits]))
                    ++digits;
                if (letters > token && letters - token <= 3 && digits - letters >= 2)
                    designation = true;
                else if (letters == token && digits - token == 3 && digits < end
                    && m_text[digits] == QLatin1Char('-'))
                    designation = true;
                else if (letters == token && digits - token == 3 && digits == end) {
                    const int variant = skipSpace(end, limit);
                    int capitals = variant;
                    while (capitals < limit && m_text[capitals].unicode() >= u'A'
                        && m_text[capitals].unicode() <= u'Z')
                        ++capitals;
                    designation = variant > end && capitals - variant >= 2;
                }
            }
            if (!designation || decimal || year)
                return -1;
            // "737 MAX 10", "A321 XLR": up to two more tokens of capitals or digits name the variant.
            for (int extra = 0; extra < 2; ++extra) {
                const int variant = skipSpace(end, limit);
                int variantEnd = variant;
                bool capitals = true;
                bool digits = true;
                while (variantEnd < limit && CharacterClass::isWordChar(m_text[variantEnd].unicode())) {
                    const QChar c = m_text[variantEnd];
                    // "MAXs": the plural of a variant written in capitals.
                    const bool plural = c == QLatin1Char('s') && variantEnd > variant
                        && (variantEnd + 1 >= limit
                            || !CharacterClass::isWordChar(m_text[variantEnd + 1].unicode()));
                    capitals = capitals && ((c.unicode() >= u'A' && c.unicode() <= u'Z') || plural);
                    digits = digits && isDigit(c);
                    ++variantEnd;
                }
                if (variant == end || variantEnd == variant
                    || (!(capitals && variantEnd - variant >= 2) && !(digits && variantEnd - variant <= 3))
                    || (variantEnd < limit
                        && (m_text[variantEnd] == QLatin1Char('.') || m_text[variantEnd] == QLatin1Char(','))
                        && variantEnd + 1 < limit && isDigit(m_text[variantEnd + 1])))
                    break;
                end = variantEnd;
            }
            const int after = skipSpace(end, limit);
            const int nounEnd = after > end ? countedNounEnd(after, limit) : -1;
            return nounEnd > 0 ? nounEnd : end;
        }
        if (!m_text[token].isUpper() || nameWords == 2)
            return -1;
        ++nameWords;
        const int next = skipSpace(end, limit);
        if (next == end)
            return -1;
        token = next;
    }
}

/// The end of a plural noun standing before numberStart with a link word ("sales of", "ventes de"),
/// or -1; *nounStart its start.
int FigureScanner::countedNounBefore(int numberStart, int *nounStart) const
{
    const int linkEnd = skipSpaceBack(numberStart);
    if (linkEnd == numberStart || linkEnd <= m_lastEnd)
        return -1;
    const PhraseTable::Match link = backward(m_lexicon.nounFirstLinks, linkEnd);
    if (!link.isValid())
        return -1;
    const int nounEnd = skipSpaceBack(link.start);
    if (nounEnd == link.start || nounEnd <= m_lastEnd)
        return -1;
    int start = nounEnd;
    while (start > m_lastEnd && (m_text[start - 1].isLetter() || isMark(m_text[start - 1])))
        --start;
    if (start == nounEnd || !m_text[start].isLower() || !isPluralWord(start, nounEnd)
        || isWordOf(m_lexicon.notNouns, start, nounEnd, nounEnd)
        || isWordOf(m_lexicon.units, start, nounEnd, nounEnd))
        return -1;
    *nounStart = start;
    return nounEnd;
}

int FigureScanner::readWordNumberAt(int wordStart, int limit, QVector<Figure> &out)
{
    const PhraseTable::Match scale = forward(m_lexicon.scales, wordStart, limit);
    if (!scale.isValid())
        return wordStart + 1;
    const int back = skipSpaceBack(wordStart);
    if (back == wordStart)
        return scale.end;
    const PhraseTable::Match word = backward(m_lexicon.numberWords, back);
    if (!word.isValid() || word.start < m_lastEnd)
        return scale.end;
    Reading reading;
    reading.valid = true;
    reading.intDigits = QString::number(word.payload);
    reading.leadStart = reading.spanStart = word.start;
    // "half a million", "un demi-milliard": the fraction word is part of the figure.
    const int beforeWord = skipSpaceBack(word.start);
    const PhraseTable::Match half
        = beforeWord < word.start ? backward(m_lexicon.halfWords, beforeWord) : PhraseTable::Match();
    if (half.isValid() && half.start >= m_lastEnd) {
        reading.intDigits = QStringLiteral("0");
        reading.fracDigits = QStringLiteral("5");
        reading.leadStart = reading.spanStart = half.start;
    }
    reading.numberEnd = word.end;
    reading.hasScale = true;
    reading.scale = scale.payload;
    readUnitAfterScale(reading, scale.end, limit);
    out.append(toFigure(reading, modifierBefore(reading.leadStart), RangeRole::None));
    return reading.consumedEnd;
}

int FigureScanner::readOtherWordAt(int wordStart, int limit, QVector<Figure> &out)
{
    const PhraseTable::Match denominator = forward(m_lexicon.ratioDenominators, wordStart, limit);
    if (denominator.isValid()) {
        if (readRatio(wordStart, denominator.end, denominator.payload, out))
            return denominator.end;
        return wordStart + 1;
    }
    const PhraseTable::Match times = forward(m_lexicon.multiplierWords, wordStart, limit);
    if (times.isValid()) {
        Figure figure;
        figure.start = times.start;
        figure.end = times.end;
        figure.kind = FigureKind::Multiplier;
        figure.unit = QStringLiteral("x");
        figure.value = QString::number(times.payload);
        figure.modifier = modifierBefore(times.start);
        out.append(std::move(figure));
        return times.end;
    }
    const PhraseTable::Match word = forward(m_lexicon.fractionWords, wordStart, limit);
    if (!word.isValid())
        return wordStart + 1;
    PhraseTable::Match phrase = backward(m_lexicon.fractions, word.end);
    // "a quarter point", "half a percentage point", "un quart de point", "un demi-point": a
    // fraction of a percentage point, as central banks move rates.
    PhraseTable::Match pointTail;
    const PhraseTable::Match anyPhrase = phrase.isValid() && phrase.start >= m_lastEnd
        ? phrase
        : backward(m_lexicon.fractionsBeforeOf, word.end);
    if (anyPhrase.isValid() && anyPhrase.start >= m_lastEnd && word.end < limit) {
        const int tail = m_text[word.end] == QLatin1Char('-') ? word.end + 1 : skipSpace(word.end, limit);
        if (tail > word.end)
            pointTail = forward(m_lexicon.fractionPointTails, tail, limit);
    }
    if (pointTail.isValid()) {
        phrase = anyPhrase;
    } else if (!phrase.isValid() || phrase.start < m_lastEnd) {
        // "a third of", "half of": without "of" a third is an ordinal and half a period.
        phrase = backward(m_lexicon.fractionsBeforeOf, word.end);
        const int next = skipSpace(word.end, limit);
        if (!phrase.isValid() || phrase.start < m_lastEnd || next == word.end
            || !forward(m_lexicon.connectors, next, limit).isValid())
            return word.end;
    }
    QString value = m_lexicon.fractionValues.value(phrase.payload);
    Modifier modifier = modifierBefore(phrase.start);
    if (value.startsWith(QLatin1Char('~'))) {
        // A third has no exact decimal: the value is rounded.
        value.remove(0, 1);
        if (modifier == Modifier::Exact)
            modifier = Modifier::Approx;
    }
    Figure figure;
    figure.start = phrase.start;
    figure.end = pointTail.isValid() ? pointTail.end : word.end;
    figure.kind = pointTail.isValid() ? FigureKind::Percent : FigureKind::Number;
    if (pointTail.isValid())
        figure.unit = QStringLiteral("pp");
    figure.value = value;
    figure.modifier = modifier;
    const int end = figure.end;
    out.append(std::move(figure));
    return end;
}

bool FigureScanner::readRatio(int denominatorStart, int denominatorEnd, int denominator, QVector<Figure> &out)
{
    // "un Français sur trois", "deux électeurs sur trois", "one in five adults", "1 in 4": a
    // share of a population, read as the fraction it is ("deux tiers" is one too).
    const PhraseTable::Match joiner = backward(m_lexicon.ratioJoiners, skipSpaceBack(denominatorStart));
    if (!joiner.isValid() || joiner.end == denominatorStart || denominator < 2)
        return false;
    int end = skipSpaceBack(joiner.start);
    if (end == joiner.start)
        return false;
    // The numerator, before the words naming who is counted where the language puts them there
    // ("un Français sur trois"; English says "one in three adults").
    int numeratorStart = -1;
    int numerator = 0;
    int wordsBetween = 0;
    for (; wordsBetween <= m_lexicon.ratioWordsBetween && numeratorStart < 0; ++wordsBetween) {
        int digits = end;
        while (digits > 0 && isDigit(m_text[digits - 1]) && end - digits < 3)
            --digits;
        if (digits < end && (digits == 0 || !isWordChar(m_text[digits - 1]))) {
            numeratorStart = digits;
            numerator = m_text.mid(digits, end - digits).toInt();
            break;
        }
        const PhraseTable::Match word = backward(m_lexicon.numberWords, end);
        if (word.isValid() && word.payload >= 1) {
            numeratorStart = word.start;
            numerator = word.payload;
            break;
        }
        int start = end;
        while (start > 0 && (isWordChar(m_text[start - 1]) || m_text[start - 1] == QLatin1Char('-')))
            --start;
        if (start == end || !m_text[start].isLetter())
            return false;
        end = skipSpaceBack(start);
        if (end == start)
            return false;
    }
    if (numeratorStart < 0 || numerator >= denominator)
        return false;
    // "un plan sur trois ans", "a vote in three weeks": a duration, not a share.
    const int size = int(m_text.size());
    const int next = skipSpace(denominatorEnd, size);
    if (next > denominatorEnd
        && (forward(m_lexicon.units, next, size).isValid()
            || (wordsBetween > 0 && forward(m_lexicon.countNouns, next, size).isValid())))
        return false;
    // "1 in 4": the numerator was read on its own just before.
    if (numeratorStart < m_lastEnd) {
        if (out.isEmpty() || out.constLast().start != numeratorStart
            || out.constLast().kind != FigureKind::Number)
            return false;
        out.removeLast();
    }
    // Four places, as thirds are written ("~0.3333"), and approx when that rounds.
    const qint64 scaled = qint64(numerator) * 10000;
    const qint64 rounded = (scaled + denominator / 2) / denominator;
    QString value = QString::number(rounded / 10000) + QLatin1Char('.')
        + QStringLiteral("%1").arg(rounded % 10000, 4, 10, QLatin1Char('0'));
    while (value.endsWith(QLatin1Char('0')))
        value.chop(1);
    if (value.endsWith(QLatin1Char('.')))
        value.chop(1);
    Figure figure;
    figure.start = numeratorStart;
    figure.end = denominatorEnd;
    figure.kind = FigureKind::Number;
    figure.value = value;
    figure.modifier = modifierBefore(numeratorStart);
    if (scaled % denominator != 0 && figure.modifier == Modifier::Exact)
        figure.modifier = Modifier::Approx;
    out.append(std::move(figure));
    return true;
}

void FigureScanner::applyContext(Figure &figure, const Reading &reading, const QVector<Figure> &out)
{
    if (m_lenient)
        return;
    // A hundred points and more are an index level ("à 7 450 points"), not a gap between rates.
    if (figure.kind == FigureKind::Quantity && reading.intDigits.size() <= 2 && !reading.hasScale
        && m_lexicon.percentPointUnits.contains(figure.unit, Qt::CaseInsensitive)) {
        // Whether they are points of a percentage depends on the whole sentence, read once the
        // scan is over (resolvePoints).
        m_pointsToResolve = true;
        return;
    }
    if (figure.kind != FigureKind::Number || !figure.unit.isEmpty() || reading.hasPrefixCurrency
        || figure.range == RangeRole::Low)
        return;
    // A cell of a table whose caption, column header or row label says "(in £ millions)", "En M€",
    // "(en points)": the cell is in that unit and scale.
    if (!reading.hasScale && isTableCell(figure.start)) {
        TableUnit declared;
        if (tableUnitFor(figure.start, declared)) {
            figure.kind = declared.kind;
            figure.unit = declared.unit;
            if (declared.scale != 0)
                figure.value = DecimalText::compose(
                    reading.intDigits, reading.fracDigits, declared.scale, reading.negative);
        }
        return;
    }
    const bool scaled = reading.hasScale && reading.scale >= 6;
    if (!scaled && reading.hasScale)
        return;
    const int size = int(m_text.size());
    const int next = skipSpace(reading.spanEnd, size);
    // Unless a noun follows ("3 millions d'inscrits", "contre 3 défaites"): a scaled number
    // names it after "de", a plain one right away; short words and those of the lexicon's
    // comparisonFollowers ("contre 500 000 un an plus tôt", "dont 40 000 dans le monde") are no
    // noun.
    bool nounFollows = forward(m_lexicon.connectors, next, size).isValid();
    if (!scaled) {
        int wordEnd = next;
        while (wordEnd < size && isWordChar(m_text[wordEnd]))
            ++wordEnd;
        nounFollows = wordEnd - next > 3 && !forward(m_lexicon.comparisonFollowers, next, size).isValid();
    }
    // "Répartition des 45 sièges : 35 pour la majorité, 7 pour la gauche", "took 1,842 votes
    // (44.6%), ahead of Reform UK on 1,310", "4,131 ballots were cast and 23 were rejected": a
    // whole number without a unit, in the sentence of a count, counts the same thing, unless a
    // plural noun of its own follows. "all 9 of the seats": the noun after "of the".
    if (!scaled && !reading.hasScale && reading.fracDigits.isEmpty() && !reading.signWritten) {
        const PhraseTable::Match link = forward(m_lexicon.countPartLinks, next, size);
        if (link.isValid()) {
            const int nounStart = skipSpace(link.end, size);
            const int nounEnd = nounStart > link.end ? countedNounEnd(nounStart, size) : -1;
            if (nounEnd > 0) {
                figure.kind = FigureKind::Count;
                figure.unit = m_text.mid(nounStart, nounEnd - nounStart).toString();
                return;
            }
        }
        int wordEnd = next;
        while (wordEnd < size && isWordChar(m_text[wordEnd]))
            ++wordEnd;
        if (wordEnd == next || !isPluralWord(next, wordEnd)
            || isWordOf(m_lexicon.notNouns, next, wordEnd, size)) {
            const FigureKind count = FigureKind::Count;
            if (const Figure *counted = lastInContext(out, &count, figure.start, 0)) {
                figure.kind = FigureKind::Count;
                figure.unit = counted->unit;
                return;
            }
        }
    }
    if (nounFollows)
        return;
    // "1,15 million de véhicules, contre 1,3 million", "450 000 postes, contre près de 500 000",
    // "248 000 salariés, dont 40 000 en France": compared with the figure just named, a number
    // is read in its unit.
    int leadEnd = skipSpaceBack(figure.start);
    const PhraseTable::Match modifier = backward(m_lexicon.modifiers, leadEnd);
    if (modifier.isValid())
        leadEnd = skipSpaceBack(modifier.start);
    if (backward(m_lexicon.comparisonLeads, leadEnd).isValid()) {
        const Figure *compared = lastInContext(out, nullptr, figure.start, scaled ? 1 : 0);
        if (compared
            && (compared->kind == FigureKind::Money || compared->kind == FigureKind::Count
                || compared->kind == FigureKind::Quantity
                || (compared->kind == FigureKind::Percent && !scaled))) {
            figure.kind = compared->kind;
            figure.unit = compared->unit;
            return;
        }
    }
    if (!scaled)
        return;
    // "contre 1,78 milliard un an plus tôt", "4 milliards par an", "an estimate of 310 million":
    // the last large amount of money, quantity or count of the sentence or the one before lends
    // its unit; a price ("$36.67") is not what a million is counted in.
    const Figure *lender = nullptr;
    for (qsizetype k = out.size() - 1; k >= 0 && !lender; --k) {
        const Figure &candidate = out.at(k);
        if (candidate.kind != FigureKind::Money && candidate.kind != FigureKind::Quantity
            && candidate.kind != FigureKind::Count)
            continue;
        const FigureKind kind = candidate.kind;
        lender = lastInContext(out, &kind, figure.start, 1);
        if (lender != &candidate) {
            lender = nullptr;
            break;
        }
    }
    if (lender && integerDigits(lender->value) >= (lender->kind == FigureKind::Money ? 4 : 7)
        && (lender->kind == FigureKind::Money || !lender->unit.isEmpty())) {
        figure.kind = lender->kind;
        figure.unit = lender->unit;
        return;
    }
    // "… vise un résultat opérationnel supérieur à 1,1 milliard" paragraphs after "2,84 Md€":
    // when the last large amount the article named, within a few paragraphs, is money, a scaled
    // amount with nothing to read it by is in that currency.
    const int reach = qMax(0, figure.start - 3000);
    for (qsizetype k = out.size() - 1; k >= 0 && out.at(k).end >= reach; --k) {
        const Figure &candidate = out.at(k);
        if ((candidate.kind != FigureKind::Money && candidate.kind != FigureKind::Quantity
                && candidate.kind != FigureKind::Count)
            || integerDigits(candidate.value) < 7)
            continue;
        if (candidate.kind == FigureKind::Money) {
            figure.kind = FigureKind::Money;
            figure.unit = candidate.unit;
        }
        return;
    }
}

PhraseTable::Match FigureScanner::scaleAt(int position, int limit) const
{
    const PhraseTable::Match scale = forward(m_lexicon.scales, position, limit);
    return scale.isValid() ? scale : forward(m_lexicon.moneyScales, position, limit);
}

bool FigureScanner::isTableCell(int start) const
{
    // A cell stands after a tab, a "|" or a run of two spaces or more, on a line of its own.
    if (start < 2)
        return false;
    const char16_t previous = m_text[start - 1].unicode();
    if (previous == u'\t' || previous == u'|')
        return true;
    return PhraseTable::isHorizontalSpace(m_text[start - 1])
        && PhraseTable::isHorizontalSpace(m_text[start - 2]);
}

bool FigureScanner::readTableUnit(int lineStart, int lineEnd, TableUnit &declared)
{
    for (int at = lineStart; at < lineEnd; ++at) {
        const QChar c = m_text[at];
        if (c.isSpace() || isDigit(c) || (at > lineStart && isWordChar(c) && isWordChar(m_text[at - 1])))
            continue;
        // A scale that follows a number is that number's: a declaration stands alone.
        const int before = skipSpaceBack(at);
        if (before > 0 && isDigit(m_text[before - 1]))
            continue;
        // "(in £ millions)", "($ billions)", "($m)".
        const PhraseTable::Match prefix = forward(m_lexicon.currencyPrefixes, at, lineEnd);
        if (prefix.isValid()) {
            const PhraseTable::Match scale = scaleAt(skipSpace(prefix.end, lineEnd), lineEnd);
            if (scale.isValid()) {
                declared.kind = FigureKind::Money;
                declared.unit = currencyCode(prefix.payload, prefix.start, prefix.end);
                declared.scale = scale.payload;
                return true;
            }
        }
        // "En M€", "(Md$)", "en millions d'euros", "in millions of dollars".
        const PhraseTable::Match scale = scaleAt(at, lineEnd);
        if (scale.isValid()) {
            int next = skipSpace(scale.end, lineEnd);
            PhraseTable::Match currency = forward(m_lexicon.currencies, next, lineEnd);
            const PhraseTable::Match connector = forward(m_lexicon.connectors, next, lineEnd);
            if (!currency.isValid() && connector.isValid())
                currency = forward(m_lexicon.currencies, skipSpace(connector.end, lineEnd), lineEnd);
            if (currency.isValid()) {
                declared.kind = FigureKind::Money;
                declared.unit = currencyCode(currency.payload, currency.start, currency.end);
                declared.scale = scale.payload;
                return true;
            }
        }
        // "(en %)", "(in percentage points)", "(en points)": only inside parentheses or after "en"/"in".
        const bool opened = before > 0
            && (m_text[before - 1] == QLatin1Char('(')
                || (before >= 2 && m_text[before - 1].toLower() == QLatin1Char('n')
                    && (m_text[before - 2].toLower() == QLatin1Char('e')
                        || m_text[before - 2].toLower() == QLatin1Char('i'))
                    && (before == 2 || !isWordChar(m_text[before - 3]))));
        if (!opened)
            continue;
        const PhraseTable::Match percent = forward(m_lexicon.percent, at, lineEnd);
        if (percent.isValid()) {
            declared.kind = FigureKind::Percent;
            declared.unit = percent.payload == 1 ? QStringLiteral("pp")
                : percent.payload == 2           ? QStringLiteral("bp")
                                                 : QStringLiteral("%");
            declared.scale = 0;
            return true;
        }
        const int wordEnd = wordEndAt(at, lineEnd);
        if (wordEnd > at
            && m_lexicon.percentPointUnits.contains(
                m_text.mid(at, wordEnd - at).toString(), Qt::CaseInsensitive)) {
            declared.kind = FigureKind::Percent;
            declared.unit = QStringLiteral("pp");
            declared.scale = 0;
            return true;
        }
    }
    return false;
}

bool FigureScanner::isDataRow(int lineStart, int lineEnd) const
{
    for (int at = lineStart + 2; at < lineEnd; ++at) {
        const bool gap = m_text[at - 1] == QLatin1Char('\t')
            || (PhraseTable::isHorizontalSpace(m_text[at - 1])
                && PhraseTable::isHorizontalSpace(m_text[at - 2]));
        if (gap
            && (isDigit(m_text[at])
                || (isSignChar(m_text[at]) && at + 1 < lineEnd && isDigit(m_text[at + 1]))))
            return true;
    }
    return false;
}

bool FigureScanner::tableUnitFor(int start, TableUnit &declared)
{
    // The row's own label first, then the lines above, nearest first: the column headers, the
    // caption. The search stops at a sentence of prose (a line ending with ".") once read, at a
    // second blank line, or fifteen lines up.
    int lineStart = start;
    while (lineStart > 0 && m_text[lineStart - 1] != QLatin1Char('\n'))
        --lineStart;
    if (readTableUnit(lineStart, start, declared))
        return true;
    // "Production (kboe/d)": a row that names a unit not read here is in that unit, not the table's.
    for (int at = lineStart; at < start; ++at) {
        if (m_text[at] == QLatin1Char('('))
            return false;
    }
    int blanks = 0;
    for (int lines = 0; lines < 15 && lineStart > 0; ++lines) {
        const int lineEnd = lineStart - 1;
        lineStart = lineEnd;
        while (lineStart > 0 && m_text[lineStart - 1] != QLatin1Char('\n'))
            --lineStart;
        const int contentEnd = skipSpaceBack(lineEnd);
        if (contentEnd <= lineStart) {
            if (++blanks == 2)
                return false;
            continue;
        }
        blanks = 0;
        // A row of figures above ("Adj. EBIT ($ mln)   4,312") declares its own row only; a
        // header's cells open with letters ("T3 2025", "FY2024").
        if (!isDataRow(lineStart, lineEnd) && readTableUnit(lineStart, lineEnd, declared))
            return true;
        const QChar last = m_text[contentEnd - 1];
        if (last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char('?'))
            return false;
    }
    return false;
}

bool FigureScanner::isPointsGap(const Figure &figure) const
{
    if (figure.kind != FigureKind::Quantity
        || !m_lexicon.percentPointUnits.contains(figure.unit, Qt::CaseInsensitive))
        return false;
    return integerDigits(figure.value) <= 2;
}

bool FigureScanner::isIndexLevel(const Figure &figure) const
{
    return figure.kind == FigureKind::Quantity && !isPointsGap(figure)
        && m_lexicon.percentPointUnits.contains(figure.unit, Qt::CaseInsensitive);
}

int FigureScanner::sentenceStart(int position) const
{
    const int reach = qMax(0, position - 800);
    for (int at = position - 1; at >= reach; --at) {
        const char16_t c = m_text[at].unicode();
        if (c == u'\n' || c == u'\r' || c == 0x2029)
            return at + 1;
        if ((c == u'.' || c == u'!' || c == u'?') && at + 1 < position
            && PhraseTable::isHorizontalSpace(m_text[at + 1]))
            return at + 1;
    }
    return reach;
}

int FigureScanner::sentenceEnd(int position) const
{
    const int size = int(m_text.size());
    const int reach = qMin(size, position + 800);
    for (int at = position; at < reach; ++at) {
        const char16_t c = m_text[at].unicode();
        if (c == u'\n' || c == u'\r' || c == 0x2029)
            return at;
        if ((c == u'.' || c == u'!' || c == u'?')
            && (at + 1 >= size || PhraseTable::isHorizontalSpace(m_text[at + 1])))
            return at;
    }
    return reach;
}

int FigureScanner::pointsWordBefore(int position, int stop) const
{
    int end = position;
    while (end > stop) {
        if (!isWordChar(m_text[end - 1])) {
            --end;
            continue;
        }
        if (backward(m_lexicon.rateWords, end).isValid())
            return 1;
        if (backward(m_lexicon.indexWords, end).isValid())
            return -1;
        while (end > stop && isWordChar(m_text[end - 1]))
            --end;
    }
    return 0;
}

void FigureScanner::resolvePoints(QVector<Figure> &figures) const
{
    // Small "points" are percentage points when the sentence speaks of rates and the nearest clue
    // says so: a percent ("de 20 % à 8 %, soit 12 points"), a rate word ("le taux bondit de 1,6
    // point"), or, with nothing before, a percent later in the sentence ("de 0,3 point, à 5,1 %").
    // An index named or quoted nearer ("le CAC 40 a gagné 45 points", "the Dow rose 85 points")
    // keeps them points, and so do sports tables, which name neither.
    for (qsizetype k = 0; k < figures.size(); ++k) {
        Figure &figure = figures[k];
        if (!isPointsGap(figure))
            continue;
        const int sentence = sentenceStart(figure.start);
        int clue = 0;
        int clueEnd = sentence;
        for (qsizetype before = k - 1; before >= 0 && figures.at(before).end > sentence; --before) {
            const Figure &candidate = figures.at(before);
            if (candidate.kind == FigureKind::Percent || isIndexLevel(candidate)) {
                clue = candidate.kind == FigureKind::Percent ? 1 : -1;
                clueEnd = candidate.end;
                break;
            }
        }
        const int word = pointsWordBefore(figure.start, clueEnd);
        if (word != 0)
            clue = word;
        if (clue == 0) {
            const int end = sentenceEnd(figure.end);
            for (qsizetype after = k + 1; after < figures.size() && figures.at(after).start < end; ++after) {
                const Figure &candidate = figures.at(after);
                if (candidate.kind == FigureKind::Percent || isIndexLevel(candidate)) {
                    clue = candidate.kind == FigureKind::Percent ? 1 : -1;
                    break;
                }
            }
        }
        if (clue == 0 && sentence > 0) {
            // Nothing in the sentence: the one before it, in the same paragraph, may have set the
            // scene ("… 7,7 %, contre 7,5 %. C'est une hausse de 0,2 point.").
            const char16_t previousChar = m_text[sentence - 1].unicode();
            const bool paragraphStart
                = previousChar == u'\n' || previousChar == u'\r' || previousChar == 0x2029;
            const int previous = paragraphStart ? sentence : sentenceStart(sentence - 1);
            for (qsizetype before = k - 1; before >= 0 && figures.at(before).end > previous; --before) {
                const Figure &candidate = figures.at(before);
                if (candidate.start >= sentence)
                    continue;
                if (candidate.kind == FigureKind::Percent || isIndexLevel(candidate)) {
                    clue = candidate.kind == FigureKind::Percent ? 1 : -1;
                    break;
                }
            }
        }
        if (clue > 0) {
            figure.kind = FigureKind::Percent;
            figure.unit = QStringLiteral("pp");
        }
    }
}

const Figure *FigureScanner::lastInContext(
    const QVector<Figure> &out, const FigureKind *kind, int position, int sentenceBreaks) const
{
    // Only within the paragraph, and within the sentence (or the one before when sentenceBreaks is 1).
    const int reach = qMax(0, position - 800);
    for (qsizetype k = out.size() - 1; k >= 0; --k) {
        const Figure &candidate = out.at(k);
        if (candidate.end < reach)
            return nullptr;
        // A year or a date says when, not what: "793 appareils en 2025, contre 766".
        if ((kind && candidate.kind != *kind) || (!kind && candidate.kind == FigureKind::Date)
            || candidate.end > position)
            continue;
        int breaks = 0;
        for (int at = candidate.end; at < position; ++at) {
            const char16_t c = m_text[at].unicode();
            // A hard line wrap goes on with the sentence.
            if ((c == u'\n' && !isWrapAt(at)) || c == u'\r' || c == 0x2029)
                return nullptr;
            if ((c == u'.' || c == u'!' || c == u'?') && at + 1 < position
                && PhraseTable::isHorizontalSpace(m_text[at + 1]) && ++breaks > sentenceBreaks)
                return nullptr;
        }
        return &candidate;
    }
    return nullptr;
}

int FigureScanner::readWordMultiplierAt(int wordStart, int limit, QVector<Figure> &out)
{
    const PhraseTable::Match times = forward(m_lexicon.multipliers, wordStart, limit);
    if (!times.isValid() || times.end - times.start < 2)
        return wordStart + 1;
    const int back = skipSpaceBack(wordStart);
    if (back == wordStart)
        return times.end;
    const PhraseTable::Match word = backward(m_lexicon.numberWords, back);
    // "une fois", "one time" say once, not a multiple.
    if (!word.isValid() || word.payload < 2 || word.start < m_lastEnd)
        return times.end;
    Reading reading;
    reading.valid = true;
    reading.intDigits = QString::number(word.payload);
    reading.leadStart = reading.spanStart = word.start;
    reading.numberEnd = word.end;
    reading.spanEnd = reading.consumedEnd = times.end;
    reading.kind = FigureKind::Multiplier;
    reading.unit = QStringLiteral("x");
    out.append(toFigure(reading, modifierBefore(reading.leadStart), RangeRole::None));
    return times.end;
}

int FigureScanner::readExpression(int digit, int limit, Reading &reading, bool inRange)
{
    // Both callers hand a Reading just made: it is filled, not reset (a reset is a Reading built
    // and destroyed per number).
    Q_ASSERT(!reading.valid && reading.intDigits.isNull() && reading.unit.isNull());
    int multiplierStart = -1;
    if (digit > 0) {
        const PhraseTable::Match prefix = backward(m_lexicon.multiplierPrefixes, digit);
        if (prefix.isValid() && prefix.start >= m_lastEnd) {
            // "x86", "x64" name processor architectures.
            const PhraseTable::Match code = forward(m_lexicon.notFigureTokens, prefix.start, limit);
            if (!m_lenient && code.isValid())
                return code.end;
            multiplierStart = prefix.start;
        } else if (!m_lenient) {
            // Glued to a word: a product, model or code (A320, GPT-4.5, Covid-19, COP28).
            const QChar previous = m_text[digit - 1];
            if (previous.isLetter() || isMark(previous))
                return skipCode(digit, limit);
            const bool joiner = previous == QLatin1Char('-') || previous == QLatin1Char('.')
                || previous == QLatin1Char('_') || previous == QLatin1Char('+')
                || previous.unicode() == 0x2011;
            if (joiner && digit > 1 && (m_text[digit - 2].isLetter() || isMark(m_text[digit - 2])))
                return skipCode(digit, limit);
        }
    }
    if (!m_lenient && multiplierStart < 0 && isLabelledNumber(digit))
        return skipCode(digit, limit);
    if (!m_lenient) {
        const PhraseTable::Match token = forward(m_lexicon.notFigureTokens, digit, limit);
        if (token.isValid())
            return token.end;
    }
    if (!m_lenient) {
        const int phone = phoneEnd(digit, limit);
        if (phone > 0)
            return phone;
    }

    int start = digit;
    if (multiplierStart < 0 && digit > 0 && isSignChar(m_text[digit - 1])) {
        const QChar before = digit >= 2 ? m_text[digit - 2] : QChar(u' ');
        if (!before.isLetterOrNumber() && !isSignChar(before) && before != QLatin1Char('.')
            && before != QLatin1Char(',') && before != QLatin1Char('/') && before != QLatin1Char(')')
            && digit - 1 >= m_lastEnd) {
            start = digit - 1;
            reading.signWritten = true;
            reading.negative = m_text[digit - 1] != QLatin1Char('+');
        }
    }
    int currencyIndex = -1;
    int currencyStart = -1;
    int currencyEnd = -1;
    if (multiplierStart < 0 && start > m_lastEnd) {
        PhraseTable::Match prefix = backward(m_lexicon.currencyPrefixes, start);
        if (!prefix.isValid()) {
            const int back = skipSpaceBack(start);
            if (back < start && start - back == 1)
                prefix = backward(m_lexicon.currencyPrefixes, back);
        }
        if (prefix.isValid() && prefix.start >= m_lastEnd) {
            currencyIndex = prefix.payload;
            currencyStart = prefix.start;
            currencyEnd = prefix.end;
            start = prefix.start;
            if (!reading.signWritten && start > m_lastEnd && isSignChar(m_text[start - 1])
                && (start == 1 || !m_text[start - 2].isLetterOrNumber())) {
                --start;
                reading.signWritten = true;
                reading.negative = m_text[start] != QLatin1Char('+');
            }
        }
    }
    if (multiplierStart >= 0)
        start = multiplierStart;

    const int end = readNumber(digit, limit, reading);
    reading.numberEnd = end;
    if (!m_lenient) {
        // A third group after a decimal part is a version or an address: 3.11.2, 192.168.1.1.
        if (!reading.fracDigits.isEmpty() && end + 1 < limit && m_text[end] == QLatin1Char('.')
            && isDigit(m_text[end + 1]))
            return skipCode(end, limit);
        if (end + 1 < limit && m_text[end] == QLatin1Char('-')
            && forward(m_lexicon.hyphenLabels, end + 1, limit).isValid())
            return skipCode(end, limit);
        // "10-K", "20-F", "8-K", "3-D": capitals after a hyphen that name no unit make a form or
        // a model's name, as the letters glued to a number do ("4G" below).
        if (end + 1 < limit && (m_text[end] == QLatin1Char('-') || m_text[end].unicode() == 0x2011)
            && reading.fracDigits.isEmpty() && !reading.grouped && isCodeAfterHyphen(end + 1, limit))
            return skipCode(end, limit);
        // "a 300-MW plant", "a 12-km stretch", "a 55-litre tank", "the 10-year note": a unit joined
        // by a hyphen is the number's unit all the same (ages, "45-year-old", were left above).
        if (end + 1 < limit && (m_text[end] == QLatin1Char('-') || m_text[end].unicode() == 0x2011)
            && !reading.grouped) {
            const PhraseTable::Match unit = forward(m_lexicon.units, end + 1, limit);
            if (unit.isValid() && (unit.end >= limit || !isWordChar(m_text[unit.end]))
                && !m_lexicon.percentPointUnits.contains(
                    m_text.mid(unit.start, unit.end - unit.start).toString(), Qt::CaseInsensitive)) {
                const FigureLexicon::CanonicalUnit &canonical = m_lexicon.canonicalUnits.at(unit.payload);
                reading.valid = true;
                reading.leadStart = reading.spanStart = start;
                reading.numberEnd = end;
                reading.kind = FigureKind::Quantity;
                reading.unit = canonical.unit;
                if (canonical.exponent != 0) {
                    reading.hasScale = true;
                    reading.scale = canonical.exponent;
                }
                reading.spanEnd = reading.consumedEnd = unit.end;
                return unit.end;
            }
        }
        // "13-member alliance", "a 40-seat majority": the noun after the hyphen is what is counted.
        if (end + 1 < limit && m_text[end] == QLatin1Char('-') && reading.fracDigits.isEmpty()
            && m_text[end + 1].isLower()) {
            const int nounEnd = wordEndAt(end + 1, limit);
            if (nounEnd - end - 1 >= 3 && (nounEnd == limit || m_text[nounEnd].isSpace())
                && !isWordOf(m_lexicon.notNouns, end + 1, nounEnd, limit)
                && !forward(m_lexicon.units, end + 1, limit).isValid()
                && !forward(m_lexicon.currencies, end + 1, limit).isValid()) {
                reading.valid = true;
                reading.leadStart = reading.spanStart = start;
                reading.numberEnd = end;
                reading.kind = FigureKind::Count;
                reading.unit = m_text.mid(end + 1, nounEnd - end - 1).toString();
                reading.spanEnd = reading.consumedEnd = nounEnd;
                return nounEnd;
            }
        }
        // A time of day has one or two digits for its hour: most numbers are no time.
        int time = !reading.grouped && reading.fracDigits.isEmpty() && reading.intDigits.size() <= 2
            ? timeEnd(reading, limit)
            : -1;
        // "0917 GMT", "1430 CET": four digits of a valid hour and minute before a time zone.
        if (time < 0 && !reading.grouped && reading.fracDigits.isEmpty() && reading.intDigits.size() == 4
            && digitsValue(reading.intDigits) / 100 < 24 && digitsValue(reading.intDigits) % 100 < 60) {
            const PhraseTable::Match zone = forward(m_lexicon.timeSuffixes, skipSpace(end, limit), limit);
            if (zone.isValid() && zone.end - zone.start >= 2 && m_text[zone.start].isUpper())
                time = zone.end;
        }
        if (time > 0)
            return time;
        // Fractions, scores written with a slash, and dates the DateFinder left: 24/7, 1/3.
        if (end + 1 < limit && m_text[end] == QLatin1Char('/') && isDigit(m_text[end + 1])) {
            int skip = end;
            while (skip < limit && (isDigit(m_text[skip]) || m_text[skip] == QLatin1Char('/')))
                ++skip;
            return skip;
        }
    }

    reading.valid = true;
    reading.leadStart = reading.spanStart = start;
    reading.numberEnd = end;
    if (currencyIndex >= 0) {
        reading.hasPrefixCurrency = true;
        reading.kind = FigureKind::Money;
        reading.unit = currencyCode(currencyIndex, currencyStart, currencyEnd);
    }
    if (multiplierStart >= 0) {
        reading.kind = FigureKind::Multiplier;
        reading.unit = QStringLiteral("x");
        reading.spanEnd = reading.consumedEnd = end;
        return end;
    }

    const int next = skipGap(end, limit);
    if (currencyIndex < 0) {
        const PhraseTable::Match percent = forward(m_lexicon.percent, next, limit);
        if (percent.isValid()) {
            reading.kind = FigureKind::Percent;
            reading.unit = percent.payload == 1 ? QStringLiteral("pp")
                : percent.payload == 2          ? QStringLiteral("bp")
                                                : QStringLiteral("%");
            reading.spanEnd = reading.consumedEnd = percent.end;
            return percent.end;
        }
        const PhraseTable::Match times = forward(m_lexicon.multipliers, next, limit);
        // "18x" only glued; "18 fois", "18 times" only spaced.
        if (times.isValid() && (next == end) == (times.end - times.start == 1 || !isWordChar(m_text[next]))) {
            reading.kind = FigureKind::Multiplier;
            reading.unit = QStringLiteral("x");
            reading.spanEnd = reading.consumedEnd = times.end;
            return times.end;
        }
    }

    int afterScale = end;
    bool abbreviated = false;
    PhraseTable::Match scale = forward(m_lexicon.scales, next, limit);
    if (!scale.isValid()) {
        scale = forward(m_lexicon.moneyScales, next, limit);
        abbreviated = scale.isValid();
    }
    if (scale.isValid()) {
        reading.hasScale = true;
        reading.scale = scale.payload;
        afterScale = scale.end;
    }
    readUnitAfterScale(reading, afterScale, limit);
    if (abbreviated && reading.kind != FigureKind::Money && reading.kind != FigureKind::Count) {
        // "M", "k" only scale an amount of money: "300 m" is 300 metres.
        reading.hasScale = false;
        reading.scale = 0;
        reading.kind = FigureKind::Number;
        reading.unit.clear();
        readUnitAfterScale(reading, end, limit);
    }
    // Letters glued to the number that are no unit: an ordinal (3e, 21st) or a code (4G, 3D). An
    // ordinal is a number (GUIDELINES: "3e année consécutive", "the 27th straight month"); an
    // English "s" is a decade or a plural ("the 1990s"), no ordinal.
    if (!m_lenient && reading.kind == FigureKind::Number && !reading.hasScale && end < limit
        && (m_text[end].isLetter() || isMark(m_text[end]))) {
        const PhraseTable::Match ordinal = forward(m_lexicon.ordinalSuffixes, end, limit);
        if (ordinal.isValid() && !reading.grouped && reading.fracDigits.isEmpty() && !reading.signWritten
            && reading.intDigits.size() <= 4
            && (ordinal.end - ordinal.start >= 2 || m_text[end] != QLatin1Char('s'))
            && (ordinal.end >= limit || !isWordChar(m_text[ordinal.end]))
            && !forward(m_lexicon.periodWords, skipSpace(ordinal.end, limit), limit).isValid()) {
            // "au 3e trimestre" is a period the DateFinder reads with its year, not a number.
            reading.ordinal = true;
            reading.spanEnd = reading.consumedEnd = ordinal.end;
            return ordinal.end;
        }
        reading.valid = false;
        return skipCode(end, limit);
    }
    if (reading.kind == FigureKind::Number && !reading.hasScale
        && backward(m_lexicon.multiplierLeads, skipSpaceBack(start)).isValid()) {
        reading.kind = FigureKind::Multiplier;
        reading.unit = QStringLiteral("x");
    }
    Q_UNUSED(inRange)
    return reading.consumedEnd;
}

int FigureScanner::skipGap(int position, int limit) const
{
    const int next = skipSpace(position, limit);
    if (next >= limit || m_text[next] != QLatin1Char('\n'))
        return next;
    const int wrapped = PhraseTable::gapEnd(m_text, next);
    if (wrapped == next || wrapped >= limit)
        return next;
    // A line that opens with a capitalised word starts a title, a paragraph or a table row of its
    // own; a unit or scale symbol written in capitals ("MW", "Md€") is short.
    if (m_text[wrapped].isUpper()) {
        int wordEnd = wrapped;
        while (wordEnd < limit && m_text[wordEnd].isLetter())
            ++wordEnd;
        if (wordEnd - wrapped > 3)
            return next;
    }
    return wrapped;
}

int FigureScanner::readNumber(int digit, int limit, Reading &reading) const
{
    const QChar *data = m_text.data();
    int i = digit;
    while (i < limit && isDigit(data[i]))
        ++i;
    const int leadEnd = i;
    const QChar decimal = m_lexicon.decimalSeparator;
    const bool commaDecimal = decimal == QLatin1Char(',');
    // The lexicon lists a few separators: compared here, without a call per number.
    const QChar *separators = m_lexicon.groupSeparators.constData();
    const qsizetype separatorCount = m_lexicon.groupSeparators.size();
    auto isGroupSeparator = [&](QChar c) {
        for (qsizetype k = 0; k < separatorCount; ++k) {
            if (separators[k] == c)
                return true;
        }
        return c == QLatin1Char('.') && m_lexicon.dotGroupsThousands;
    };
    auto threeDigitsAt = [&](int at) {
        return at + 2 < limit && isDigit(data[at]) && isDigit(data[at + 1]) && isDigit(data[at + 2])
            && (at + 3 >= limit || !isDigit(data[at + 3]));
    };
    if (i - digit <= 3) {
        QChar separator;
        while (i < limit && isGroupSeparator(data[i]) && threeDigitsAt(i + 1)
            && (separator.isNull() || separator == data[i]
                || (data[i] != QLatin1Char('.') && separator != QLatin1Char('.')))) {
            separator = data[i];
            reading.grouped = true;
            i += 4;
        }
    }
    // Built once, at its final size: the digits without their group separators.
    if (reading.grouped) {
        const int groups = (i - leadEnd) / 4;
        reading.intDigits = QString(leadEnd - digit + 3 * groups, Qt::Uninitialized);
        QChar *out = reading.intDigits.data();
        for (int k = digit; k < leadEnd; ++k)
            *out++ = data[k];
        for (int group = leadEnd; group < i; group += 4) {
            *out++ = data[group + 1];
            *out++ = data[group + 2];
            *out++ = data[group + 3];
        }
    } else {
        reading.intDigits = QString::fromRawData(data + digit, leadEnd - digit);
        reading.digitsBorrowed = true;
    }
    if (i + 1 < limit && isDigit(data[i + 1])) {
        const QChar c = data[i];
        bool isDecimal = c == decimal;
        if (!isDecimal && commaDecimal && c == QLatin1Char('.') && !reading.grouped)
            isDecimal = true; // "2.5 milliards" in a French text
        if (!isDecimal && m_lenient && !commaDecimal && c == QLatin1Char(',')) {
            // "4,2" typed as a correction: a comma before one, two or four+ digits cannot group thousands.
            int digits = 0;
            while (i + 1 + digits < limit && isDigit(data[i + 1 + digits]))
                ++digits;
            isDecimal = digits != 3;
        }
        if (isDecimal) {
            int j = i + 1;
            while (j < limit && isDigit(data[j]))
                ++j;
            reading.fracDigits = QString::fromRawData(data + i + 1, j - i - 1);
            i = j;
        }
    }
    return i;
}

void FigureScanner::readUnitAfterScale(Reading &reading, int position, int limit)
{
    reading.spanEnd = reading.consumedEnd = position;
    if (reading.hasPrefixCurrency)
        return;
    const int next = skipGap(position, limit);
    PhraseTable::Match currency = forward(m_lexicon.currencies, next, limit);
    int afterConnector = -1;
    if (reading.hasScale) {
        const PhraseTable::Match connector = forward(m_lexicon.connectors, next, limit);
        if (connector.isValid())
            afterConnector = skipGap(connector.end, limit);
    }
    if (!currency.isValid() && afterConnector >= 0)
        currency = forward(m_lexicon.currencies, afterConnector, limit);
    if (currency.isValid()) {
        reading.kind = FigureKind::Money;
        reading.unit = currencyCode(currency.payload, currency.start, currency.end);
        reading.spanEnd = reading.consumedEnd = currency.end;
        return;
    }
    if (!reading.hasScale && next == position) {
        // "85p" is 0.85 pounds, "99¢" 0.99 dollars.
        const PhraseTable::Match subunit = forward(m_lexicon.currencySubunitSymbols, position, limit);
        if (subunit.isValid()) {
            reading.kind = FigureKind::Money;
            reading.unit = m_lexicon.currencyCodes.value(subunit.payload);
            reading.hasScale = true;
            reading.scale = -2;
            reading.spanEnd = reading.consumedEnd = subunit.end;
            return;
        }
    }
    if (!reading.hasScale && next > position) {
        // "68 cents" is 0.68 dollars.
        const PhraseTable::Match subunit = forward(m_lexicon.currencySubunits, next, limit);
        if (subunit.isValid()) {
            reading.kind = FigureKind::Money;
            reading.unit = m_lexicon.currencyCodes.value(subunit.payload);
            reading.hasScale = true;
            reading.scale = -2;
            reading.spanEnd = reading.consumedEnd = subunit.end;
            return;
        }
    }
    for (const int start : { afterConnector, next }) {
        if (start < 0 || start >= limit)
            continue;
        // Up to two words before the noun: "1,618 confirmed measles cases", "3 000 nouveaux
        // emplois directs".
        // A word that is both ("jeunes chômeurs") is read as the adjective first.
        PhraseTable::Match noun;
        int nounStart = start;
        for (int adjectives = 0; adjectives < 2 && !noun.isValid(); ++adjectives) {
            const PhraseTable::Match adjective = forward(m_lexicon.adjectivesBeforeNoun, nounStart, limit);
            if (!adjective.isValid() || adjective.end >= limit
                || !PhraseTable::isHorizontalSpace(m_text[adjective.end]))
                break;
            nounStart = skipSpace(adjective.end, limit);
            noun = forward(m_lexicon.countNouns, nounStart, limit);
        }
        if (!noun.isValid())
            noun = forward(m_lexicon.countNouns, start, limit);
        if (noun.isValid() && start > position) {
            reading.kind = FigureKind::Count;
            const int end = m_lenient ? noun.end : complementEnd(noun.end, limit);
            reading.unit = end == noun.end ? sharedText(noun.start, noun.end)
                                           : m_text.mid(noun.start, end - noun.start).toString();
            reading.consumedEnd = end;
            return;
        }
        PhraseTable::Match unit = forward(m_lexicon.units, start, limit);
        // "766 l'année" is no litre: a unit before an apostrophe is an elided article; a unit of one
        // capital ("12C") is one only glued to its number ("5 C" is a grade or a list's letter).
        if (unit.isValid()
            && ((unit.end < limit
                    && (m_text[unit.end] == QLatin1Char('\'') || m_text[unit.end].unicode() == 0x2019))
                || (unit.end - unit.start == 1 && m_text[unit.start].isUpper() && start != position)))
            unit = PhraseTable::Match();
        if (unit.isValid()) {
            const FigureLexicon::CanonicalUnit &canonical = m_lexicon.canonicalUnits.at(unit.payload);
            reading.kind = FigureKind::Quantity;
            reading.unit = canonical.unit;
            if (canonical.exponent != 0) {
                reading.hasScale = true;
                reading.scale += canonical.exponent;
            }
            reading.spanEnd = reading.consumedEnd = unit.end;
            // A per-unit: "kWh/m²", "l/100km" is left, "t/ha" and "km/h" are listed.
            if (unit.end + 1 < limit && m_text[unit.end] == QLatin1Char('/')) {
                const PhraseTable::Match per = forward(m_lexicon.units, unit.end + 1, limit);
                if (per.isValid()) {
                    reading.unit += QLatin1Char('/') + m_lexicon.canonicalUnits.at(per.payload).unit;
                    reading.spanEnd = reading.consumedEnd = per.end;
                }
            }
            return;
        }
    }
    // No listed noun or unit: the grammar of a counted noun phrase.
    for (const int start : { afterConnector, next }) {
        if (m_lenient || start < 0 || start >= limit || start == position)
            continue;
        // "500 milliards évoqués": a French scale noun counts only what follows its "de".
        if (start == next && reading.hasScale && m_lexicon.scaleNounNeedsLink)
            continue;
        int nounEnd = countedNounEnd(start, limit);
        // "8 Boeing 787", "36 A220", "30 787-9s": a model is counted by its name, right after the number.
        if (nounEnd < 0 && start == next && start > position
            && (m_text[start].isUpper() || isDigit(m_text[start])))
            nounEnd = countedModelEnd(start, limit);
        if (nounEnd > 0) {
            reading.kind = FigureKind::Count;
            reading.countByGrammar = true;
            reading.unit = m_text.mid(start, nounEnd - start).toString();
            reading.consumedEnd = nounEnd;
            return;
        }
    }
}

bool FigureScanner::joinRange(
    Reading &low, int limit, Reading &high, int *rangeLeadStart, QString *lowValue, QString *highValue)
{
    if (low.consumedEnd != low.spanEnd)
        return false;
    const int next = skipSpace(low.spanEnd, limit);
    const PhraseTable::Match joiner = forward(m_lexicon.rangeJoiners, next, limit);
    if (!joiner.isValid())
        return false;
    const bool wordJoiner = isWordChar(m_text[joiner.start]);
    if (wordJoiner && next == low.spanEnd)
        return false;
    // A dash spaced before and glued to the next digit is that number's minus sign, and two
    // spaces or more part the columns of a table: "+0,2      –0,3" is two figures.
    if (!wordJoiner && next > low.spanEnd
        && ((joiner.end < limit && isDigit(m_text[joiner.end])) || next - low.spanEnd >= 2))
        return false;
    int opener = -1;
    const PhraseTable::Match open = backward(m_lexicon.rangeOpeners, skipSpaceBack(low.leadStart));
    if (open.isValid() && open.payload == joiner.payload && open.start >= m_lastEnd) {
        if (backward(m_lexicon.changeVerbs, skipSpaceBack(open.start)).isValid())
            return false;
        opener = open.start;
    } else if (!m_lexicon.joinerStandsAlone.value(joiner.payload)) {
        return false;
    }
    // "fell by 12,000 to 213,000" moves from one figure to another.
    if (opener < 0 && wordJoiner && changeVerbBefore(low.leadStart, 3))
        return false;
    int digit = skipSpace(joiner.end, limit);
    if (wordJoiner && digit == joiner.end)
        return false;
    if (digit < limit && !isDigit(m_text[digit])) {
        const PhraseTable::Match prefix = forward(m_lexicon.currencyPrefixes, digit, limit);
        if (!prefix.isValid())
            return false;
        digit = skipSpace(prefix.end, limit);
    }
    if (digit >= limit || !isDigit(m_text[digit]))
        return false;
    const int savedLastEnd = m_lastEnd;
    m_lastEnd = joiner.end;
    readExpression(digit, limit, high, true);
    m_lastEnd = savedLastEnd;
    if (!high.valid)
        return false;
    Reading shared = low;
    if (!shared.hasScale && high.hasScale) {
        shared.hasScale = true;
        shared.scale = high.scale;
    }
    if (shared.kind == FigureKind::Number && high.kind != FigureKind::Number) {
        shared.kind = high.kind;
        shared.unit = high.unit;
    } else if (high.kind == FigureKind::Number && low.hasPrefixCurrency) {
        // "$40-42 billion", "£5-6bn": the currency written before the low end covers both.
        high.kind = shared.kind;
        high.unit = shared.unit;
    } else if (opener >= 0 && high.kind == FigureKind::Number && shared.kind != FigureKind::Number
        && !high.hasScale) {
        high.kind = shared.kind;
        high.unit = shared.unit;
        high.hasScale = shared.hasScale;
        high.scale = shared.scale;
    }
    if (shared.kind != high.kind || shared.unit != high.unit)
        return false;
    // Both values are kept for the figures: composing them is most of what a figure costs.
    *lowValue = toFigure(shared, Modifier::Exact, RangeRole::Low).value;
    *highValue = toFigure(high, Modifier::Exact, RangeRole::High).value;
    // "de 5 % à 3 %" and "3-1" are a change and a score, not a range.
    if (DecimalText::compare(*lowValue, *highValue) >= 0)
        return false;
    low = shared;
    *rangeLeadStart = opener >= 0 ? opener : low.leadStart;
    return true;
}

Modifier FigureScanner::modifierBefore(int position) const
{
    const PhraseTable::Match match = backward(m_lexicon.modifiers, skipSpaceBack(position));
    if (!match.isValid())
        return Modifier::Exact;
    // "ticked up to 4.2%" reaches a value, it does not cap it.
    if (Modifier(match.payload) == Modifier::UpTo
        && backward(m_lexicon.changeVerbs, skipSpaceBack(match.start)).isValid())
        return Modifier::Exact;
    // "handed over 78 aircraft", "a remis sous 48 heures": the particle of a verb, no bound.
    if (backward(m_lexicon.particleVerbs, skipSpaceBack(match.start)).isValid())
        return Modifier::Exact;
    return Modifier(match.payload);
}

bool FigureScanner::changeVerbBefore(int position, int words) const
{
    int end = skipSpaceBack(position);
    for (int word = 0; word < words && end > 0; ++word) {
        if (backward(m_lexicon.changeVerbs, end).isValid())
            return true;
        int start = end;
        while (start > 0
            && (isWordChar(m_text[start - 1]) || m_text[start - 1] == QLatin1Char('\'')
                || m_text[start - 1].unicode() == 0x2019))
            --start;
        if (start == end)
            return false; // punctuation ends the clause
        end = skipSpaceBack(start);
        if (end == start)
            return false;
    }
    return false;
}

bool FigureScanner::isCodeAfterHyphen(int position, int limit) const
{
    int end = position;
    while (
        end < limit && end - position <= 3 && m_text[end].unicode() >= u'A' && m_text[end].unicode() <= u'Z')
        ++end;
    // "95-E10", "7-B2": capitals and digits after the hyphen are a grade's or a model's code.
    if (end > position && end < limit && isDigit(m_text[end]))
        return true;
    if (end == position || end - position > 3 || (end < limit && isWordChar(m_text[end])))
        return false;
    // One capital is a form's or a model's letter ("K" is no kelvin there); two or three may be a
    // unit written as an adjective ("a 300-MW plant").
    if (end - position == 1)
        return true;
    return !forward(m_lexicon.units, position, limit).isValid()
        && !forward(m_lexicon.currencies, position, limit).isValid()
        && !forward(m_lexicon.percent, position, limit).isValid() && !scaleAt(position, limit).isValid();
}

int FigureScanner::skipCode(int position, int limit) const
{
    int end = position;
    while (end < limit) {
        const QChar c = m_text[end];
        if (isWordChar(c)) {
            ++end;
            continue;
        }
        const bool joiner = c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char(',') || c.unicode() == 0x2011;
        if (joiner && end + 1 < limit && m_text[end + 1].isLetterOrNumber()
            && (c != QLatin1Char(',') || isDigit(m_text[end + 1]))) {
            ++end;
            continue;
        }
        break;
    }
    return qMax(end, position + 1);
}

int FigureScanner::phoneEnd(int digit, int limit) const
{
    const bool plus = digit > 0 && m_text[digit - 1] == QLatin1Char('+');
    const bool parenthesis = digit > 0 && m_text[digit - 1] == QLatin1Char('(');
    if (!plus) {
        // Without "+" a phone number has at least two groups: most numbers stop here.
        int groupEnd = digit;
        while (groupEnd < limit && isDigit(m_text[groupEnd]))
            ++groupEnd;
        const char16_t c = groupEnd + 1 < limit ? m_text[groupEnd].unicode() : char16_t(0);
        if (!(c == u' ' || c == 0x00A0 || c == 0x202F || c == u'.' || c == u'-'
                || (parenthesis && c == u')')))
            return -1;
        // Nor does a number whose separator no digit follows ("45 postes", "2.") ("(555) 123"
        // may put spaces after its parenthesis).
        if (c != u')' && !isDigit(m_text[groupEnd + 1]))
            return -1;
    }
    QVarLengthArray<int, 16> lengths;
    QVarLengthArray<char16_t, 16> separators;
    int total = 0;
    int position = digit;
    while (true) {
        int groupEnd = position;
        while (groupEnd < limit && isDigit(m_text[groupEnd]))
            ++groupEnd;
        lengths.append(groupEnd - position);
        total += groupEnd - position;
        position = groupEnd;
        // No phone number is that long; stopping here keeps long runs of groups linear.
        if (lengths.size() > 8 || total > 20)
            return -1;
        if (position >= limit)
            break;
        const char16_t c = m_text[position].unicode();
        if (parenthesis && lengths.size() == 1 && c == u')') {
            int next = position + 1;
            while (next < limit && m_text[next] == QLatin1Char(' '))
                ++next;
            if (next < limit && isDigit(m_text[next])) {
                separators.append(c);
                position = next;
                continue;
            }
            break;
        }
        const bool separator = c == u' ' || c == 0x00A0 || c == 0x202F || c == u'.' || c == u'-';
        if (separator && position + 1 < limit && isDigit(m_text[position + 1])) {
            separators.append(c);
            ++position;
            continue;
        }
        break;
    }
    const int groups = int(lengths.size());
    bool thousands = lengths[0] <= 3;
    for (int g = 1; g < groups && thousands; ++g)
        thousands = lengths[g] == 3 && separators[g - 1] == separators[0];
    if (groups >= 3 && total >= 8 && !thousands)
        return position;
    if (plus && total >= 8)
        return position;
    if (parenthesis && groups >= 2 && total >= 7)
        return position;
    if (groups == 2 && lengths[0] == 3 && lengths[1] == 4 && separators[0] == u'-')
        return position;
    return -1;
}

int FigureScanner::timeEnd(const Reading &reading, int limit) const
{
    const int end = reading.numberEnd;
    auto twoDigitsAt = [&](int at) {
        return at + 1 < limit && isDigit(m_text[at]) && isDigit(m_text[at + 1])
            && (at + 2 >= limit || !isDigit(m_text[at + 2]));
    };
    if (end < limit && m_text[end] == QLatin1Char(':') && twoDigitsAt(end + 1)) {
        int time = end + 3;
        if (time < limit && m_text[time] == QLatin1Char(':') && twoDigitsAt(time + 1))
            time += 3;
        return time;
    }
    if (end < limit && (m_text[end] == QLatin1Char('h') || m_text[end] == QLatin1Char('H'))) {
        int time = end + 1;
        if (time < limit && m_text[time].isLetter())
            return -1;
        if (twoDigitsAt(time))
            time += 2;
        return time;
    }
    const int next = skipSpace(end, limit);
    if (next > end && next + 1 < limit && m_text[next] == QLatin1Char('h')
        && PhraseTable::isHorizontalSpace(m_text[next + 1])) {
        const int minutes = skipSpace(next + 1, limit);
        if (twoDigitsAt(minutes))
            return minutes + 2;
    }
    const PhraseTable::Match suffix = forward(m_lexicon.timeSuffixes, next, limit);
    if (suffix.isValid())
        return suffix.end;
    // "vers 11 heures" is a time of day; "35 heures" and "après 11 heures de négociations" are not.
    if (next > end && reading.intDigits.size() <= 2 && digitsValue(reading.intDigits) <= 24) {
        const PhraseTable::Match hour = forward(m_lexicon.hourWords, next, limit);
        const int digit = end - int(reading.intDigits.size());
        if (hour.isValid() && backward(m_lexicon.timeLeads, skipSpaceBack(digit)).isValid())
            return hour.end;
    }
    return -1;
}

bool FigureScanner::isLabelledNumber(int digit) const
{
    return backward(m_lexicon.notFigurePrefixes, skipSpaceBack(digit)).isValid();
}

PhraseTable::Match FigureScanner::forwardLookup(const PhraseTable &table, int position, int limit) const
{
    KeyAt &known = m_forwardKeys[position & (keySlots - 1)];
    if (known.position != position || known.limit != limit) {
        known = KeyAt { position, limit, {} };
        known.token.key = PhraseTable::keyAt(m_text.left(limit), position);
    }
    if (!table.mayStartWithKey(known.token.key))
        return {};
    return table.matchAt(m_text.left(limit), position, known.token);
}

PhraseTable::Match FigureScanner::backwardLookup(const PhraseTable &table, int end) const
{
    KeyAt &known = m_backwardKeys[end & (keySlots - 1)];
    if (known.position != end) {
        known = KeyAt { end, -1, {} };
        known.token.key = PhraseTable::keyEndingAt(m_text, end);
    }
    if (!table.mayEndWithKey(known.token.key))
        return {};
    return table.matchEndingAt(m_text, end, known.token);
}

QString FigureScanner::sharedText(int start, int end)
{
    // Units repeat through an article ("emplois", "jobs"): share one string per spelling.
    const QStringView written = m_text.mid(start, end - start);
    for (const QString &known : m_recentUnits) {
        if (known == written)
            return known;
    }
    QString text = written.toString();
    m_recentUnits[m_nextRecentUnit] = text;
    m_nextRecentUnit = (m_nextRecentUnit + 1) % int(std::size(m_recentUnits));
    return text;
}

QString FigureScanner::currencyCode(int index, int writtenStart, int writtenEnd)
{
    const QString code = m_lexicon.currencyCodes.value(index);
    if (code != QLatin1String("JPY") || m_lexicon.yuanWords.isEmpty()
        || m_text.mid(writtenStart, writtenEnd - writtenStart) != QStringView(u"\u00A5"))
        return code;
    // "¥" is written for both; the article names the yuan when it means it.
    if (m_yuan < 0) {
        m_yuan = 0;
        for (const QString &word : m_lexicon.yuanWords) {
            if (m_text.contains(word, Qt::CaseInsensitive)) {
                m_yuan = 1;
                break;
            }
        }
    }
    return m_yuan ? QStringLiteral("CNY") : code;
}

Figure FigureScanner::toFigure(
    const Reading &reading, Modifier modifier, RangeRole role, const QString *value) const
{
    Figure figure;
    figure.start = reading.spanStart;
    figure.end = reading.spanEnd;
    figure.kind = reading.kind;
    figure.unit = reading.unit;
    if (value) {
        figure.value = *value;
        figure.modifier = modifier;
        figure.range = role;
        return figure;
    }
    figure.value = DecimalText::compose(
        reading.intDigits, reading.fracDigits, reading.hasScale ? reading.scale : 0, reading.negative);
    // compose() may hand back the digits themselves: never let a value point into the text.
    // Numbers of one or two digits recur ("2 %", "45 postes"): those share one string each.
    if (reading.digitsBorrowed && figure.value.constData() == reading.intDigits.constData()) {
        const qsizetype digits = reading.intDigits.size();
        if (digits <= 2) {
            QString &shared = m_smallNumbers[digitsValue(reading.intDigits)];
            if (shared.isNull())
                shared = QString(reading.intDigits.constData(), digits);
            figure.value = shared;
        } else {
            figure.value = QString(reading.intDigits.constData(), digits);
        }
    }
    figure.modifier = modifier;
    figure.range = role;
    return figure;
}

} // namespace FactDesk
