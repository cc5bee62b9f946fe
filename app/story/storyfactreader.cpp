#include "storyfactreader.h"

#include "article/article.h"
#include "phraseset_p.h"
#include "review/fact.h"
#include "storylexicon.h"
#include "storytext_p.h"

#include <QHash>

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
    bool sentenceUpdates = false;
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
            sentenceUpdates = m_lexicon.words(StoryLexicon::Words::UpdateMarker).containsAny(tokens);
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
        story.updateMarker = sentenceUpdates;

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
        const bool versus = index > 0 && clauseEnd - clauseFirst >= 1 && clauseEnd - clauseFirst <= 3
            && figures.at(index - 1)->figure.end > sentenceFirst
            && m_lexicon.words(StoryLexicon::Words::Versus).containsAny(tokens, clauseFirst, clauseEnd);
        story.prior = story.prior || versus;
        story.isPart = m_lexicon.words(StoryLexicon::Words::Part)
                           .containsAny(tokens, qMax(clauseFirst, clauseEnd - 4), clauseEnd);
        // A change word just before the figure, or opening its sentence ("La croissance du
        // chiffre d'affaires … 31 %"); not so far back that it speaks of another figure.
        const int nearFirst = qMax(clauseFirst, clauseEnd - 5);
        const bool opens = clauseFirst == 0 && change.containsAny(tokens, 0, qMin(clauseEnd, 2));
        const QChar sign = story.quote.isEmpty() ? QChar() : story.quote.at(0);
        story.isChange = kind != FigureKind::Multiplier && !story.prior
            && (((change.containsAny(tokens, nearFirst, clauseEnd) || opens) && !arrives)
                || sign == QLatin1Char('+') || sign == QChar(0x2212)
                || (sign == QLatin1Char('-') && story.number > 0));

        // The measure: a counted noun names it, else the nearest term, preferring the
        // words before the figure and those not beyond another figure.
        if (kind == FigureKind::Count)
            story.measureTerm = m_lexicon.measureOfCountUnit(StoryText::fold(story.unit).trimmed());
        if (story.measureTerm < 0) {
            int best = std::numeric_limits<int>::max();
            for (const PhraseSet::Match &term : terms) {
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
                    story.measureTerm = term.payload;
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

        // Names: those of the clause before the figure, else after it, else the sentence's,
        // the paragraph's, the title's.
        story.names = StoryText::names(text, folded, previousEnd, start, isStopword, &m_lexicon);
        if (story.names.isEmpty())
            story.names = StoryText::names(text, folded, end, nextStart, isStopword, &m_lexicon);
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

        // Qualifiers of the figure's own clause, on both sides.
        story.qualifiers.fill(-1, m_lexicon.qualifierAxisCount());
        for (int side = 0; side < 2; ++side) {
            const int from = side == 0 ? clauseFirst : after;
            const int to = side == 0 ? clauseEnd : afterEnd;
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
