#include "storyfactreader.h"

#include "article/article.h"
#include "phraseset_p.h"
#include "review/fact.h"
#include "storylexicon.h"
#include "storytext_p.h"

#include <QHash>
#include <QPair>
#include <QSet>

#include <cmath>
#include <limits>

namespace FactDesk {

using StoryText::Token;

namespace {

/// A comma, a colon, a bracket or a dash between two positions: "€120 billion, values its stake"
/// does not name what the figure is, as "€250 million of computing capacity" does.
bool breaksClause(const QString &text, int from, int to)
{
    for (int i = from; i < to && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(':') || c == QLatin1Char('(')
            || c == QLatin1Char(')') || c == QChar(0x2014) || c == QChar(0x2013))
            return true;
    }
    return false;
}

bool isStopword(const QString &word, const void *lexicon)
{
    return static_cast<const StoryLexicon *>(lexicon)->isNameStopword(word);
}

void addNames(QVector<QString> *into, const QVector<QString> &names)
{
    for (const QString &name : names) {
        if (!into->contains(name))
            into->append(name);
    }
}

/// The first token at or after position, or tokens.size().
int tokenAt(const QVector<Token> &tokens, int position)
{
    int i = 0;
    while (i < tokens.size() && tokens.at(i).start < position)
        ++i;
    return i;
}

/// The first character at or after position that is not a space, or to.
int skipSpacesForward(const QString &text, int position, int to)
{
    while (position < to && text.at(position).isSpace())
        ++position;
    return position;
}

/// The last character before position that is not a space, or from - 1.
int skipSpacesBackward(const QString &text, int position, int from)
{
    --position;
    while (position >= from && text.at(position).isSpace())
        --position;
    return position;
}

/// An update marker in text, with the commas beside it that do not end its clause.
struct MarkerSpan
{
    int start = 0;
    int end = 0;
    int commaBefore = -1; ///< "22 %, désormais.", "18 %, down from 31 %"
    int commaAfter = -1; ///< "Désormais, le fonds…", "Le fonds, désormais, détient…"
};

/**
 * True when text[from, to), the words between an update marker and a figure, leaves the marker's
 * clause: a semicolon, a bracket, a dash, a comma (not one inside a number, "22,5 %", nor one that
 * only sets the marker off), or a word that opens another clause ("while", "alors que", "qui") or
 * brings in another value ("contre", "down from").
 */
bool leavesClause(const QString &text, const QVector<Token> &tokens, const StoryLexicon &lexicon, int from,
    int to, const MarkerSpan &marker)
{
    for (int i = from; i < to; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(';') || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('[')
            || c == QLatin1Char(']') || c == QChar(0x2014))
            return true;
        if (c != QLatin1Char(',') && c != QChar(0x2013))
            continue;
        const bool inNumber
            = i > 0 && i + 1 < text.size() && text.at(i - 1).isDigit() && text.at(i + 1).isDigit();
        if (!inNumber && i != marker.commaBefore && i != marker.commaAfter)
            return true;
    }
    const int first = tokenAt(tokens, from);
    const int last = tokenAt(tokens, to);
    return lexicon.words(StoryLexicon::Words::ClauseBreak).containsAny(tokens, first, last);
}

/**
 * The starts of the figures of the sentence text[sentenceFirst, sentenceLast) that its update
 * markers speak of. A marker ("désormais", "now owns") speaks of the figures after it in its own
 * clause, else of the nearest figure before it in its clause ("22 % désormais"); a marker that
 * follows its figure ("22 %, down from 49 %") of the nearest figure before it. So in "Having bought
 * 49 % in 2019, the group now owns 22 %" only the 22 % is an update.
 */
QSet<int> updatedFigures(const QString &text, int sentenceFirst, int sentenceLast,
    const QVector<Token> &tokens, const QVector<QPair<int, int>> &figures, const StoryLexicon &lexicon)
{
    const auto span = [&](const PhraseSet::Match &match, bool follows) {
        MarkerSpan marker;
        marker.start = tokens.at(match.firstToken).start;
        marker.end = tokens.at(match.endToken - 1).end;
        const int before = skipSpacesBackward(text, marker.start, sentenceFirst);
        const int after = skipSpacesForward(text, marker.end, sentenceLast);
        const bool commaBefore = before >= sentenceFirst && text.at(before) == QLatin1Char(',');
        const bool commaAfter = after < sentenceLast && text.at(after) == QLatin1Char(',');
        const bool endsSentence = after >= sentenceLast || QStringLiteral(".!?").contains(text.at(after));
        // A marker set off by commas, at the head or the end of a clause, belongs to that clause.
        if (commaAfter && (commaBefore || before < sentenceFirst))
            marker.commaAfter = after;
        if (commaBefore && (follows || commaAfter || endsSentence))
            marker.commaBefore = before;
        return marker;
    };
    QSet<int> updated;
    const auto nearestBefore = [&](const MarkerSpan &marker) {
        for (int f = int(figures.size()) - 1; f >= 0; --f) {
            if (figures.at(f).second <= marker.start) {
                if (!leavesClause(text, tokens, lexicon, figures.at(f).second, marker.start, marker))
                    updated.insert(figures.at(f).first);
                return;
            }
        }
    };
    for (const PhraseSet::Match &match : lexicon.words(StoryLexicon::Words::UpdateMarker).findAll(tokens)) {
        const MarkerSpan marker = span(match, false);
        bool after = false;
        for (const QPair<int, int> &figure : figures) {
            if (figure.first < marker.end)
                continue;
            if (leavesClause(text, tokens, lexicon, marker.end, figure.first, marker))
                break;
            updated.insert(figure.first);
            after = true;
        }
        if (!after)
            nearestBefore(marker);
    }
    for (const PhraseSet::Match &match :
        lexicon.words(StoryLexicon::Words::UpdateMarkerAfter).findAll(tokens))
        nearestBefore(span(match, true));
    return updated;
}

/// True when a word of tokens[index] opens another clause ("while", "alors que") or brings in
/// another value ("contre", "down from").
bool opensClauseAt(const QVector<Token> &tokens, int index, const StoryLexicon &lexicon)
{
    return lexicon.words(StoryLexicon::Words::ClauseBreak).matchAt(tokens, index).endToken > 0;
}

/// True when a word of tokens[from, to) opens another clause.
bool opensClauseWithin(const QVector<Token> &tokens, int from, int to, const StoryLexicon &lexicon)
{
    for (int t = from; t < to; ++t) {
        if (opensClauseAt(tokens, t, lexicon))
            return true;
    }
    return false;
}

/// True when text[from, to) holds a digit: a figure lies between.
bool hasDigit(const QString &text, int from, int to)
{
    for (int i = qMax(0, from); i < to && i < text.size(); ++i) {
        if (text.at(i).isDigit())
            return true;
    }
    return false;
}

/// A bracket or a semicolon in text[from, to).
bool hasStrongBreak(const QString &text, int from, int to)
{
    for (int i = qMax(0, from); i < to && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(';') || c == QLatin1Char('(') || c == QLatin1Char(')'))
            return true;
    }
    return false;
}

/**
 * The first token of tokens[first, end) in the clause that ends at end: after the last bracket,
 * semicolon or clause word. A comma does not count: "Le chiffre d'affaires trimestriel, publié
 * lundi, atteint…".
 */
int clauseStartBefore(
    const QString &text, const QVector<Token> &tokens, const StoryLexicon &lexicon, int first, int end)
{
    for (int t = end - 1; t >= first; --t) {
        if (opensClauseAt(tokens, t, lexicon))
            return t + 1;
        if (t > first && hasStrongBreak(text, tokens.at(t - 1).end, tokens.at(t).start))
            return t;
    }
    return first;
}

/// The end of the clause that starts at token first, figureEnd in text: a comma, a bracket, a
/// semicolon or a clause word, at most end.
int clauseEndAfter(const QString &text, const QVector<Token> &tokens, const StoryLexicon &lexicon, int first,
    int end, int figureEnd)
{
    for (int t = first; t < end; ++t) {
        const int gapStart = t == first ? figureEnd : tokens.at(t - 1).end;
        const QString gap = text.mid(gapStart, tokens.at(t).start - gapStart);
        if (hasStrongBreak(gap, 0, int(gap.size())) || gap.contains(QLatin1Char(','))
            || opensClauseAt(tokens, t, lexicon))
            return t;
    }
    return end;
}

/// The position after the last comma of text[from, to) that is not inside a number, else from.
int afterLastComma(const QString &text, int from, int to)
{
    for (int i = qMin(to, int(text.size())) - 1; i >= from; --i) {
        if (text.at(i) == QLatin1Char(',')
            && !(i > 0 && i + 1 < text.size() && text.at(i - 1).isDigit() && text.at(i + 1).isDigit()))
            return i + 1;
    }
    return from;
}

/// What a counted noun is, whatever its number: "ingénieurs" -> "ingenieur".
QString singular(const QString &foldedUnit)
{
    QString unit = foldedUnit.trimmed();
    if (unit.size() > 3 && unit.endsWith(QLatin1Char('s')))
        unit.chop(1);
    return unit;
}

} // namespace

StoryFactReader::StoryFactReader(const StoryLexicon &lexicon)
    : m_lexicon(lexicon)
{ }

bool StoryFactReader::isMeasurable(FigureKind kind)
{
    return kind == FigureKind::Money || kind == FigureKind::Percent || kind == FigureKind::Count
        || kind == FigureKind::Quantity || kind == FigureKind::Multiplier;
}

QString StoryFactReader::asOfPeriod(const Fact &fact, const Article &article)
{
    // The sentence's own time ("en mai", "in the third quarter"); a range of dates
    // counts from its end, the latest time it speaks of.
    const QString own = fact.figure.asOf;
    if (!own.isEmpty())
        return own.contains(QLatin1Char('/')) ? own.section(QLatin1Char('/'), 1) : own;
    // Else the article's month: two articles of one week about one deal speak of one period.
    return article.date.isValid() ? article.date.toString(QStringLiteral("yyyy-MM")) : QString();
}

double StoryFactReader::writtenPrecision(const QString &quote, const QString &value)
{
    const double number = value.toDouble();
    QString digits;
    int i = 0;
    while (i < quote.size() && !quote.at(i).isDigit())
        ++i;
    while (i < quote.size()) {
        const QChar c = quote.at(i);
        if (c.isDigit()) {
            digits += c;
        } else {
            const bool separator = c == QLatin1Char(' ') || c == QChar(0xA0) || c == QChar(0x202F)
                || c == QLatin1Char(',') || c == QLatin1Char('.') || c == QLatin1Char('\'');
            if (!separator || i + 1 >= quote.size() || !quote.at(i + 1).isDigit())
                break;
        }
        ++i;
    }
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    const double written = digits.toDouble();
    // A corrected value, typed by the analyst, tells its precision by its own decimals.
    const auto ownDecimals = [&value]() {
        const int point = int(value.indexOf(QLatin1Char('.')));
        return point < 0 ? 0.5 : 0.5 * std::pow(10.0, -(int(value.size()) - point - 1));
    };
    if (quote.isEmpty())
        return ownDecimals();
    if (digits.isEmpty())
        return 0; // a number in words ("three times") is exact
    if (written == 0 || number == 0)
        return ownDecimals();
    const double exponent = std::round(std::log10(std::fabs(number) / written));
    if (std::fabs(std::fabs(number) / written - std::pow(10.0, exponent)) > 1e-6 * std::pow(10.0, exponent))
        return ownDecimals(); // the value is not what was written
    return 0.5 * std::pow(10.0, exponent);
}

QVector<StoryFact> StoryFactReader::read(
    const Article &article, const QVector<const Fact *> &factsInTextOrder) const
{
    QVector<StoryFact> result;
    const QString &text = article.text;
    const QString folded = StoryText::fold(text);
    QVector<const Fact *> figures; // every figure not rejected: they separate clauses
    for (const Fact *fact : factsInTextOrder) {
        if (fact->status != ReviewStatus::Rejected)
            figures.append(fact);
    }
    const QVector<QString> titleNames = StoryText::names(
        article.title, StoryText::fold(article.title), 0, int(article.title.size()), isStopword, &m_lexicon);
    QHash<int, QVector<QString>> paragraphNames;
    int cachedSentence = -1;
    int sentenceFirst = 0;
    int sentenceLast = 0;
    QVector<Token> tokens;
    QVector<QString> sentenceNames;
    QVector<PhraseSet::Match> terms;
    QSet<int> sentenceUpdates; // the starts of the figures an update marker speaks of
    const PhraseSet &change = m_lexicon.words(StoryLexicon::Words::Change);
    const double infinity = std::numeric_limits<double>::infinity();

    for (int index = 0; index < figures.size(); ++index) {
        const Fact &fact = *figures.at(index);
        const FigureKind kind = fact.finalKind();
        // Bare numbers are read too: a part of a total may be one ("dont 700 en France et 650
        // en Allemagne"); they are never grouped.
        if (!isMeasurable(kind) && kind != FigureKind::Number)
            continue;
        const int start = qBound(0, fact.figure.start, int(text.size()));
        const int end = qBound(start, fact.figure.end, int(text.size()));
        int first = 0;
        int last = 0;
        StoryText::sentenceSpan(text, start, end, &first, &last);
        if (first != cachedSentence) {
            cachedSentence = first;
            sentenceFirst = first;
            sentenceLast = last;
            tokens = StoryText::tokenize(folded, first, last);
            sentenceNames = StoryText::names(text, folded, first, last, isStopword, &m_lexicon);
            terms = m_lexicon.measureTerms().findAll(tokens);
            QVector<QPair<int, int>> sentenceFigures;
            for (int next = index; next < figures.size() && figures.at(next)->figure.start < last; ++next) {
                const FigureKind nextKind = figures.at(next)->finalKind();
                const int nextStart = qBound(0, figures.at(next)->figure.start, int(text.size()));
                if (isMeasurable(nextKind) || nextKind == FigureKind::Number)
                    sentenceFigures.append(
                        { nextStart, qBound(nextStart, figures.at(next)->figure.end, int(text.size())) });
            }
            sentenceUpdates = updatedFigures(text, first, last, tokens, sentenceFigures, m_lexicon);
        }
        const int previousEnd
            = index > 0 ? qMax(sentenceFirst, figures.at(index - 1)->figure.end) : sentenceFirst;
        const int nextStart = index + 1 < figures.size()
            ? qMin(sentenceLast, figures.at(index + 1)->figure.start)
            : sentenceLast;

        StoryFact story;
        story.factId = fact.id;
        story.articleId = article.id;
        story.start = start;
        story.end = end;
        story.sentenceStart = sentenceFirst;
        story.sentenceEnd = sentenceLast;
        story.kind = kind;
        story.range = fact.figure.range;
        story.unit = fact.finalUnit();
        story.value = fact.finalValue();
        story.modifier = fact.figure.modifier;
        story.quote = fact.quote.isEmpty() ? text.mid(start, end - start) : fact.quote;
        story.number = story.value.toDouble();
        story.precision
            = writtenPrecision(fact.status == ReviewStatus::Corrected ? QString() : story.quote, story.value);
        double below = story.precision;
        double above = story.precision;
        if (story.modifier == Modifier::Approx) {
            below = above = qMax(story.precision, 0.02 * std::fabs(story.number));
        } else if (story.modifier == Modifier::MoreThan) {
            below = 0;
            above = infinity;
        } else if (story.modifier == Modifier::LessThan || story.modifier == Modifier::UpTo) {
            below = infinity;
            above = 0;
        }
        story.low = story.number - below;
        story.high = story.number + above;
        story.asOf = asOfPeriod(fact, article);
        story.published = article.date;
        story.language = article.language;
        story.updateMarker = sentenceUpdates.contains(start);

        // Level or change: a change word between the previous figure and this one,
        // unless the figure is where something arrives ("progresse à 3,6 milliards").
        const int clauseFirst = tokenAt(tokens, previousEnd);
        const int clauseEnd = tokenAt(tokens, start);
        const int after = tokenAt(tokens, end);
        const int afterEnd = tokenAt(tokens, nextStart);
        const QString lastWord = clauseEnd > clauseFirst ? tokens.at(clauseEnd - 1).text : QString();
        const bool arrives = lastWord == QLatin1String("a") || lastWord == QLatin1String("to")
            || lastWord == QLatin1String("at") || lastWord == QLatin1String("atteint")
            || lastWord == QLatin1String("reached");
        // "de 20 % à 8 %", "from 20% to 8%": the first is a value from before, and both are levels.
        const PhraseSet &fromWords = m_lexicon.words(StoryLexicon::Words::From);
        const PhraseSet &toWords = m_lexicon.words(StoryLexicon::Words::To);
        const bool nextInSentence
            = index + 1 < figures.size() && figures.at(index + 1)->figure.start < sentenceLast;
        if (nextInSentence && fact.figure.range == RangeRole::None && clauseEnd > clauseFirst
            && fromWords.endsAt(tokens, clauseEnd)) {
            const int to = tokenAt(tokens, figures.at(index + 1)->figure.start);
            story.prior = to - after >= 1 && to - after <= 2 && toWords.containsAny(tokens, after, to);
        }
        // "3,6 contre 3,2 milliards", "55 % of Ondrith, up from 45 %": a versus word near the figure
        // before, or just before this one. "fell to €400 million from €500 million": a from-word
        // alone after a figure that something reached.
        const PhraseSet &versusWords = m_lexicon.words(StoryLexicon::Words::Versus);
        const bool previousInSentence = index > 0 && figures.at(index - 1)->figure.end > sentenceFirst;
        const bool versus = previousInSentence && clauseEnd - clauseFirst >= 1
            && ((clauseEnd - clauseFirst <= 3 && versusWords.containsAny(tokens, clauseFirst, clauseEnd))
                || versusWords.endsAt(tokens, clauseEnd));
        const int previousFirst
            = previousInSentence ? tokenAt(tokens, figures.at(index - 1)->figure.start) : 0;
        const bool fromAfterTo = previousInSentence && clauseEnd - clauseFirst >= 1
            && clauseEnd - clauseFirst <= 2 && fromWords.endsAt(tokens, clauseEnd) && previousFirst > 0
            && (tokens.at(previousFirst - 1).text == QLatin1String("to")
                || tokens.at(previousFirst - 1).text == QLatin1String("a"));
        const bool setAgainst = versus || fromAfterTo;
        story.prior = story.prior || setAgainst;
        story.isPart = m_lexicon.words(StoryLexicon::Words::Part)
                           .containsAny(tokens, qMax(clauseFirst, clauseEnd - 4), clauseEnd);
        // A change word just before the figure, or opening its sentence ("La croissance du
        // chiffre d'affaires … 31 %"); not so far back that it speaks of another figure.
        const int nearFirst = qMax(clauseFirst, clauseEnd - 5);
        const bool opens = clauseFirst == 0 && change.containsAny(tokens, 0, qMin(clauseEnd, 2));
        const QChar sign = story.quote.isEmpty() ? QChar() : story.quote.at(0);
        // A counted noun may say the change itself: "1 200 suppressions de postes", "900 job cuts".
        const QString foldedUnit = StoryText::fold(story.unit);
        const bool unitChanges = kind == FigureKind::Count
            && change.containsAny(StoryText::tokenize(foldedUnit, 0, int(foldedUnit.size())));
        story.isChange = kind != FigureKind::Multiplier && !story.prior
            && (((change.containsAny(tokens, nearFirst, clauseEnd) || opens) && !arrives) || unitChanges
                || sign == QLatin1Char('+') || sign == QChar(0x2212)
                || (sign == QLatin1Char('-') && story.number > 0));

        // The measure: a counted noun names it, else the nearest term, preferring the
        // words before the figure and those not beyond another figure.
        if (kind == FigureKind::Count)
            story.measureTerm = m_lexicon.measureOfCountUnit(StoryText::fold(story.unit).trimmed());
        if (story.measureTerm < 0) {
            int best = std::numeric_limits<int>::max();
            // A level names only a measure of its kind: "s'offre 40 %" is no deal value.
            const bool level = !story.isChange && kind != FigureKind::Multiplier;
            const QString kindName = toString(kind);
            const auto takesKind = [&](const PhraseSet::Match &term) {
                return !level || m_lexicon.measureTakes(StoryLexicon::termMeasure(term.payload), kindName);
            };
            for (int t = 0; t < terms.size(); ++t) {
                const PhraseSet::Match &term = terms.at(t);
                if (!takesKind(term))
                    continue;
                // "Ondrith's order backlog is worth €2.45 billion": a weak term ("is worth", "values")
                // only links the noun that names the measure, before it in its stretch, to the figure.
                if (StoryLexicon::isWeakTerm(term.payload) && t > 0) {
                    const PhraseSet::Match &subject = terms.at(t - 1);
                    const int subjectEnd = tokens.at(subject.endToken - 1).end;
                    if (!StoryLexicon::isWeakTerm(subject.payload) && takesKind(subject)
                        && !breaksClause(text, subjectEnd, tokens.at(term.firstToken).start)
                        && !opensClauseWithin(tokens, subject.endToken, term.firstToken, m_lexicon)
                        && !hasDigit(text, subjectEnd, tokens.at(term.firstToken).start))
                        continue;
                }
                const int termStart = tokens.at(term.firstToken).start;
                const int termEnd = tokens.at(term.endToken - 1).end;
                int distance = 0;
                if (termEnd <= start)
                    distance = start - termEnd + (termEnd <= previousEnd ? 60 : 0);
                else if (termStart >= end && term.firstToken - after <= 2 && !breaksClause(text, end, termStart)
                    && (term.firstToken == after
                        || m_lexicon.words(StoryLexicon::Words::Of).matchAt(tokens, after).endToken
                            == term.firstToken))
                    distance = 1; // "€250 million of computing capacity", "13 milliards d'investissement"
                else if (termStart >= end)
                    distance = termStart - end + 25 + (termStart >= nextStart ? 60 : 0);
                else
                    continue;
                if (distance < best) {
                    best = distance;
                    story.measureTerm = StoryLexicon::termMeasure(term.payload);
                }
            }
        }

        QString unitKey;
        switch (kind) {
        case FigureKind::Count:
            unitKey = story.measureTerm >= 0 && kind == FigureKind::Count
                    && m_lexicon.measureOfCountUnit(StoryText::fold(story.unit).trimmed()) >= 0
                ? QStringLiteral("m:") + m_lexicon.measures().at(story.measureTerm).id
                : QStringLiteral("u:") + singular(StoryText::fold(story.unit));
            break;
        case FigureKind::Quantity:
            unitKey = StoryText::fold(story.unit).trimmed();
            break;
        default:
            unitKey = story.unit;
        }
        story.gateKey = toString(kind) + QLatin1Char('|') + unitKey + QLatin1Char('|')
            + (story.isChange ? QLatin1Char('c') : QLatin1Char('l'));

        // Names: those of the words before the figure since the figure or the comma before it
        // ("Brask, qui détenait 51 % d'Olvene, n'en possède désormais que 47 %": not Olvene), else
        // after it, else the sentence's, the paragraph's, the title's.
        story.names = StoryText::names(
            text, folded, afterLastComma(text, previousEnd, start), start, isStopword, &m_lexicon);
        if (story.names.isEmpty())
            story.names = StoryText::names(text, folded, end, nextStart, isStopword, &m_lexicon);
        // A value of before ("55 %, up from 45 %", "22 % contre 40 %") is of the subject of the value
        // it is set against.
        if (setAgainst && !result.isEmpty() && result.last().sentenceStart == sentenceFirst)
            addNames(&story.names, result.last().names);
        int paragraphFirst = 0;
        int paragraphLast = 0;
        StoryText::paragraphSpan(text, start, &paragraphFirst, &paragraphLast);
        auto paragraph = paragraphNames.find(paragraphFirst);
        if (paragraph == paragraphNames.end())
            paragraph = paragraphNames.insert(paragraphFirst,
                StoryText::names(text, folded, paragraphFirst, paragraphLast, isStopword, &m_lexicon));
        story.contextNames = sentenceNames;
        addNames(&story.contextNames, paragraph.value());
        addNames(&story.contextNames, titleNames);
        if (story.names.isEmpty())
            story.names = !sentenceNames.isEmpty() ? sentenceNames
                : !paragraph.value().isEmpty()     ? paragraph.value()
                                                   : titleNames;

        // Qualifiers of the figure's own clause, on both sides: "revenue came to €12.35 billion last
        // year, while its quarterly revenue…" is not quarterly.
        story.qualifiers.fill(-1, m_lexicon.qualifierAxisCount());
        const int qualifiersFirst = clauseStartBefore(text, tokens, m_lexicon, clauseFirst, clauseEnd);
        const int qualifiersEnd = clauseEndAfter(text, tokens, m_lexicon, after, afterEnd, end);
        for (int side = 0; side < 2; ++side) {
            const int from = side == 0 ? qualifiersFirst : after;
            const int to = side == 0 ? clauseEnd : qualifiersEnd;
            for (const PhraseSet::Match &match : m_lexicon.qualifiers().findAll(tokens, from, to)) {
                const int axis = match.payload / 64;
                if (axis < story.qualifiers.size() && story.qualifiers.at(axis) < 0)
                    story.qualifiers[axis] = match.payload % 64;
            }
        }
        result.append(story);
    }
    return result;
}

} // namespace FactDesk
