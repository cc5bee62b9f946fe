#include "extractor.h"

#include "datefinder.h"
#include "figurelexicon.h"
#include "figurescanner.h"
#include "lexicon.h"

#include <QStringView>

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

namespace FactDesk {

class ExtractorPrivate
{
public:
    explicit ExtractorPrivate(const Lexicon &lexicon)
        : figures(lexicon)
        , dates(lexicon)
    { }

    FigureLexicon figures;
    DateFinder dates;
};

namespace {
bool holdsDigit(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; });
}

/// The period a date figure names, as an asOf: its value, or "low/high" for a range of dates.
QString periodOf(const QVector<Figure> &figures, qsizetype index)
{
    const Figure &date = figures.at(index);
    if (date.range == RangeRole::Low && index + 1 < figures.size()
        && figures.at(index + 1).range == RangeRole::High && figures.at(index + 1).kind == FigureKind::Date)
        return date.value + QLatin1Char('/') + figures.at(index + 1).value;
    if (date.range == RangeRole::High && index > 0 && figures.at(index - 1).range == RangeRole::Low
        && figures.at(index - 1).kind == FigureKind::Date)
        return figures.at(index - 1).value + QLatin1Char('/') + date.value;
    return date.value;
}

/**
 * Asks the processor to load the text at pos into its cache: the text of a long article has left
 * the cache by the time its dates and numbers are sorted out, and each read of it would wait for
 * memory. Asked for an item ahead of the one being read, the load overlaps the work.
 */
void prefetchText(QStringView text, int pos)
{
#if defined(__GNUC__) || defined(__clang__)
    if (pos >= 0 && pos < text.size())
        __builtin_prefetch(text.data() + pos);
#else
    Q_UNUSED(text);
    Q_UNUSED(pos);
#endif
}

/// How many items ahead the text is prefetched: enough for a load from memory to arrive.
constexpr qsizetype prefetchDistance = 8;

bool isLetter(QChar c)
{
    return c.isLetter() || c.isMark();
}

/**
 * True when a clause word of the lexicon ("while", "which", "après", "up from") starts at
 * text[pos], the first letter of a word: as whole words, and not as the first part of a hyphenated
 * word ("après-midi", "avant-hier", "contre-offensive" open no clause).
 */
inline bool clauseWordAt(QStringView text, int pos, const FigureLexicon &lexicon)
{
    if (!lexicon.mayStartClauseWord(text[pos].unicode(), pos + 1 < text.size() ? text[pos + 1].unicode() : 0))
        return false;
    const PhraseTable::Match match = lexicon.clauseWords.matchAt(text, pos);
    return match.isValid() && !(match.end < text.size() && text[match.end] == u'-');
}

bool isDash(QStringView text, int pos)
{
    const char16_t c = text[pos].unicode();
    if (c == u'\u2013' || c == u'\u2014')
        return true;
    // A hyphen between spaces; not one inside a word or a number ("mi-2024", "2023-2024").
    return c == u'-' && (pos == 0 || text[pos - 1].isSpace())
        && (pos + 1 == text.size() || text[pos + 1].isSpace());
}

/**
 * True when text[from, to) (the gap between a figure and a date of its sentence) crosses the end
 * of a clause, so the date is not the figure's period: "valued at $500bn, three times its valuation
 * of early 2024" (2024 is the old valuation's), "55%, up from 45% in February" (February is the
 * 45 %'s). Clauses end at semicolons and at the lexicon's clauseWords, which open another clause
 * ("while", "which", "après": a relative or an "after" clause names another event's time) or
 * bring in another value ("up from", "contre"); the story ledger ends its clauses at the same
 * words. Towards a date after the figure (dateAfter)
 * they also end at brackets, dashes and commas (not one inside a number, "7,5"). Towards a date
 * before it, a comma or an aside the gap opens and closes still leaves the date in the figure's
 * clause ("In 2024, sales rose 5%", "En 2020 (année record), il a vendu 9 000 voitures"), and so
 * does a dash that opens an apposition ("à partir de 2019 – plus de 13 milliards"); a bracket or
 * dash that closes an aside the date is in ends it. dashesBeforeGap() counts the dashes of the
 * sentence before the gap, to tell whether the date sits in a dash aside; it is called only when
 * the gap holds a dash, as few do: the text before the gap is then not read again.
 */
template<typename DashCount>
bool crossesClause(QStringView text, const FigureLexicon &lexicon, int from, int to, bool dateAfter,
    DashCount dashesBeforeGap)
{
    int bracketDepth = 0;
    std::optional<bool> inDashAside; // known once the gap holds a dash
    bool inWord = from > 0 && isLetter(text[from - 1]);
    for (int pos = from; pos < to; ++pos) {
        const char16_t c = text[pos].unicode();
        // Letters are most of a gap: only a word start is looked at, and one whose first two
        // letters begin no clause word is dismissed by one bit test (clauseWordAt()).
        if ((c | 0x20) >= u'a' && (c | 0x20) <= u'z') {
            if (!inWord && clauseWordAt(text, pos, lexicon))
                return true;
            inWord = true;
            continue;
        }
        if (c >= 0x80 && PhraseTable::isWordChar(text[pos])) {
            if (!inWord && lexicon.mayStartClauseWord(c, 0) && clauseWordAt(text, pos, lexicon))
                return true;
            inWord = true;
            continue;
        }
        inWord = false;
        switch (c) {
        case u';':
            return true;
        case u'(':
        case u'[':
            if (dateAfter)
                return true;
            ++bracketDepth;
            break;
        case u')':
        case u']':
            if (dateAfter || bracketDepth == 0)
                return true;
            --bracketDepth;
            break;
        case u',':
            if (dateAfter
                && !(pos > 0 && text[pos - 1].isDigit() && pos + 1 < text.size() && text[pos + 1].isDigit()))
                return true;
            break;
        default:
            if (isDash(text, pos)) {
                if (dateAfter)
                    return true;
                if (!inDashAside)
                    inDashAside = dashesBeforeGap() % 2 == 1;
                if (*inDashAside)
                    return true;
                inDashAside = true;
            }
        }
    }
    return false;
}

/**
 * The dashes that set off an aside from a sentence's start to a position, counted as the positions
 * move forward: figures and their dates come in order, so each character is looked at once.
 */
class DashCounter
{
public:
    explicit DashCounter(QStringView text)
        : m_text(text)
    { }

    /// The dashes of text[sentenceStart, to).
    int before(int sentenceStart, int to)
    {
        if (sentenceStart != m_sentenceStart || to < m_countedTo) {
            m_sentenceStart = sentenceStart;
            m_countedTo = sentenceStart;
            m_count = 0;
        }
        for (; m_countedTo < to; ++m_countedTo)
            m_count += isDash(m_text, m_countedTo) ? 1 : 0;
        return m_count;
    }

private:
    QStringView m_text;
    int m_sentenceStart = -1;
    int m_countedTo = 0;
    int m_count = 0;
};

/// What a date of a text serves for (flags): whether it may give figures their as-of, may be kept
/// as a figure, and was kept.
enum DateRole : quint8 {
    /**
     * A period with its year. Dates without a year (no article date to take it from) are not: an
     * as-of is always an ISO prefix from the year on, or an interval of two. Dates that bound a
     * period ("d'ici 2030", "avant mars", "after 2019") say when something ends or starts, and
     * dates after a comparison lead ("up 12% from 2023", "contre 2023") name the base of a change:
     * neither is when the figure held.
     */
    AsOfPeriod = 1,
    /// Fits the text, overlaps no earlier candidate, and holds a digit when time words are dropped.
    MergeCandidate = 2,
    KeptByMerge = 4,
};

/**
 * The roles of each date, one byte a date, decided in one pass over the dates: the tests read the
 * text at each date, long out of the cache by then, so each date's text is read once; and lists of
 * indexes would take sixteen times the memory.
 */
QVector<quint8> rolesOf(
    QStringView text, const FigureLexicon &lexicon, const QVector<Figure> &dates, bool dropTimeWords)
{
    const int size = int(text.size());
    QVector<quint8> roles(dates.size(), 0);
    int candidateEnd = 0;
    bool anyCandidate = false;
    for (qsizetype k = 0; k < dates.size(); ++k) {
        const Figure &date = dates.at(k);
        if (k + prefetchDistance < dates.size())
            prefetchText(text, dates.at(k + prefetchDistance).start - 1);
        // A period without its year ("--10" for "en octobre" when the article has no date) cannot
        // say when a figure held: the figure keeps no as-of rather than a partial one.
        if (date.modifier == Modifier::Exact
            && (date.value.isEmpty() || date.value.front() != QLatin1Char('-'))) {
            int end = date.start;
            while (end > 0 && PhraseTable::isHorizontalSpace(text[end - 1]))
                --end;
            if (!(end < date.start && end > 0 && lexicon.comparisonLeads.matchEndingAt(text, end).isValid()))
                roles[k] |= AsOfPeriod;
        }
        if (date.start < 0 || date.start >= date.end || date.end > size
            || (anyCandidate && candidateEnd > date.start))
            continue;
        candidateEnd = date.end;
        // "mardi", "last year": no digit to check, so no fact to review; their period stays as asOf.
        if (dropTimeWords && !holdsDigit(text.mid(date.start, date.length())))
            continue;
        roles[k] |= MergeCandidate;
        anyCandidate = true;
    }
    return roles;
}

/**
 * The figures of a text, from its dates and numbers (both sorted by start, not overlapping each
 * other), in one pass over the numbers, which are most of them: a text's figures take more memory
 * than its characters, and each pass over them reads it all again.
 *
 * As-of: each number gets the period of the nearest date of its sentence and its clause (see
 * crossesClause()) that is an AsOfPeriod ("le chômage atteint 7,7 % au troisième trimestre",
 * "In 2024, sales rose 5%"); with none, no as-of (the article's date then applies). The nearest wins
 * because a sentence that names two periods mostly puts each next to its figures ("7,7 % au
 * troisième trimestre, contre 7,5 % au deuxième"); at equal distance, the one before.
 *
 * Merge: dates first, a date wins over the numbers inside it ("28 octobre 2025"); dates that do
 * not fit the text or overlap an earlier date are left out, and so are word-only dates when
 * dropTimeWords (they still gave their period). The result is built in the numbers' own list:
 * a second list as long would double the memory the figures of a long text take. Figures move by
 * swapping their strings.
 */
QVector<Figure> finish(QStringView text, const FigureLexicon &lexicon, const QVector<int> &sentenceBreaks,
    QVector<Figure> &&dates, QVector<Figure> &&numbers, bool dropTimeWords)
{
    const int size = int(text.size());
    QVector<quint8> roles = rolesOf(text, lexicon, dates, dropTimeWords);
    // Raw pointers and cursors that only move forward, as the figures do. The as-of cursors: the
    // first period that ends after the figure starts and the period before it, and the first
    // sentence break at or after the figure's start, which is also the first at or after its end
    // (the scanner notes no break inside a figure it read).
    Figure *dateData = dates.data();
    quint8 *dateRoles = roles.data();
    const qsizetype dateCount = dates.size();
    const auto nextWith = [&](quint8 role, qsizetype from) {
        while (from < dateCount && !(dateRoles[from] & role))
            ++from;
        return from;
    };
    const int *breaks = sentenceBreaks.constData();
    const qsizetype breakCount = sentenceBreaks.size();
    qsizetype nextPeriod = nextWith(AsOfPeriod, 0);
    qsizetype lastPeriod = -1;
    qsizetype breakFromStart = 0;
    DashCounter dashes(text);
    // The merge's: the next candidate date, how many dates were kept, and the end of what was kept
    // last; kept numbers are moved down over the ones left out.
    qsizetype nextCandidate = nextWith(MergeCandidate, 0);
    qsizetype datesKept = 0;
    qsizetype numbersKept = 0;
    int lastEnd = 0;
    auto keepCandidates = [&](int before) {
        for (; nextCandidate < dateCount && dateData[nextCandidate].start < before;
             nextCandidate = nextWith(MergeCandidate, nextCandidate + 1)) {
            if (dateData[nextCandidate].start >= lastEnd) {
                lastEnd = dateData[nextCandidate].end;
                dateRoles[nextCandidate] |= KeptByMerge;
                ++datesKept;
            }
        }
    };
    Figure *numberData = numbers.data();
    const qsizetype numberCount = numbers.size();
    for (qsizetype k = 0; k < numberCount; ++k) {
        Figure &figure = numberData[k];
        if (k + prefetchDistance < numberCount)
            prefetchText(text, numberData[k + prefetchDistance].start);
        while (nextPeriod < dateCount && dateData[nextPeriod].end <= figure.start) {
            lastPeriod = nextPeriod;
            nextPeriod = nextWith(AsOfPeriod, nextPeriod + 1);
        }
        while (breakFromStart < breakCount && breaks[breakFromStart] < figure.start)
            ++breakFromStart;
        const qsizetype breakFromEnd = breakFromStart;
        const Figure *before = lastPeriod >= 0 ? &dateData[lastPeriod] : nullptr;
        const Figure *after = nextPeriod < dateCount ? &dateData[nextPeriod] : nullptr;
        // A break in [before->end, figure.start): the last one before the figure is past the date.
        if (before && breakFromStart > 0 && breaks[breakFromStart - 1] >= before->end)
            before = nullptr;
        // A break in [figure.end, after->start).
        if (after
            && (after->start < figure.end
                || (breakFromEnd < breakCount && breaks[breakFromEnd] < after->start)))
            after = nullptr;
        // A date of another clause of the sentence is that clause's period, not the figure's.
        // The nearer date is tried first, the other only when the nearer is another clause's.
        const int sentenceStart = breakFromStart > 0 ? breaks[breakFromStart - 1] : 0;
        const auto beforeHolds = [&] {
            return !crossesClause(text, lexicon, before->end, figure.start, false,
                [&] { return dashes.before(sentenceStart, before->start); });
        };
        const auto afterHolds
            = [&] { return !crossesClause(text, lexicon, figure.end, after->start, true, [] { return 0; }); };
        const Figure *chosen = nullptr;
        if (after && (!before || after->start - figure.end < figure.start - before->end))
            chosen = afterHolds() ? after : before && beforeHolds() ? before : nullptr;
        else if (before)
            chosen = beforeHolds() ? before : after && afterHolds() ? after : nullptr;
        if (chosen)
            figure.asOf = periodOf(dates, chosen - dateData);

        keepCandidates(figure.end);
        if (figure.start >= lastEnd && figure.start < figure.end && figure.end <= size) {
            lastEnd = figure.end;
            if (k != numbersKept)
                numberData[numbersKept] = std::move(figure);
            ++numbersKept;
        }
    }
    keepCandidates(std::numeric_limits<int>::max());

    // The kept numbers and dates do not overlap: merged by start from the back, into the numbers'
    // list.
    numbers.resize(numbersKept);
    numbers.resize(numbersKept + datesKept);
    numberData = numbers.data();
    qsizetype fromNumbers = numbersKept - 1;
    qsizetype fromDates = dateCount - 1;
    for (qsizetype to = numbersKept + datesKept - 1, left = datesKept; left > 0; --to) {
        while (!(dateRoles[fromDates] & KeptByMerge))
            --fromDates;
        Figure &date = dateData[fromDates];
        if (fromNumbers >= 0 && numberData[fromNumbers].start > date.start) {
            numberData[to] = std::move(numberData[fromNumbers--]);
        } else {
            numberData[to] = std::move(date);
            --fromDates;
            --left;
        }
    }
    return std::move(numbers);
}
} // namespace

Extractor::Extractor(const QString &language)
    : Extractor(Lexicon::builtin(language))
{ }

Extractor::Extractor(const Lexicon &lexicon)
    : d(std::make_unique<ExtractorPrivate>(lexicon))
{ }

Extractor::~Extractor() = default;
Extractor::Extractor(Extractor &&) noexcept = default;
Extractor &Extractor::operator=(Extractor &&) noexcept = default;

QString Extractor::language() const
{
    return d->figures.language;
}

QVector<Figure> Extractor::extract(const QString &text, const QDate &anchor, TimeWords timeWords) const
{
    QVector<Figure> dates = d->dates.find(text, anchor);
    std::sort(dates.begin(), dates.end(), [](const Figure &a, const Figure &b) { return a.start < b.start; });
    FigureScanner scanner(d->figures, text);
    QVector<Figure> numbers = scanner.scan(dates);
    return finish(text, d->figures, scanner.sentenceBreaks(), std::move(dates), std::move(numbers),
        timeWords == TimeWords::AsOfOnly);
}

std::optional<Figure> Extractor::readValue(const QString &snippet, const QDate &anchor) const
{
    FigureScanner scanner(d->figures, snippet, true);
    const QVector<Figure> numbers = scanner.scan();
    const QVector<Figure> dates = d->dates.find(snippet, anchor);
    std::optional<Figure> best;
    for (const Figure &date : dates) {
        if (!best || date.start < best->start)
            best = date;
    }
    // A number that starts inside the date is part of it ("28 octobre 2025").
    if (!numbers.isEmpty() && (!best || numbers.constFirst().start < best->start))
        best = numbers.constFirst();
    return best;
}

} // namespace FactDesk
