#include "extractor.h"

#include "datefinder.h"
#include "figurelexicon.h"
#include "figurescanner.h"
#include "lexicon.h"

#include <QStringView>

#include <algorithm>
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
/// Dates first: a date wins over the numbers inside it ("28 octobre 2025").
/// Both lists are sorted by start; figures are moved, not copied.
QVector<Figure> merge(QVector<Figure> &&dates, QVector<Figure> &&numbers, int size, const QVector<bool> &dropped)
{
    // The dates that fit the text, without overlaps among themselves.
    qsizetype keptCount = 0;
    int keptEnd = 0;
    for (qsizetype k = 0; k < dates.size(); ++k) {
        Figure &date = dates[k];
        if (date.start < 0 || date.start >= date.end || date.end > size
            || (keptCount > 0 && keptEnd > date.start))
            continue;
        keptEnd = date.end;
        if (dropped.value(k))
            continue;
        if (k != keptCount)
            dates[keptCount] = std::move(date);
        ++keptCount;
    }
    QVector<Figure> merged;
    merged.reserve(keptCount + numbers.size());
    qsizetype next = 0;
    int lastEnd = 0;
    for (Figure &number : numbers) {
        while (next < keptCount && dates.at(next).start < number.end) {
            if (dates.at(next).start >= lastEnd) {
                lastEnd = dates.at(next).end;
                merged.append(std::move(dates[next]));
            }
            ++next;
        }
        if (number.start >= lastEnd && number.start < number.end && number.end <= size) {
            lastEnd = number.end;
            merged.append(std::move(number));
        }
    }
    for (; next < keptCount; ++next) {
        if (dates.at(next).start >= lastEnd) {
            lastEnd = dates.at(next).end;
            merged.append(std::move(dates[next]));
        }
    }
    return merged;
}
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
 * Gives each figure that is not a date the period of the nearest date of its sentence
 * ("le chômage atteint 7,7 % au troisième trimestre", "In 2024, sales rose 5%"). The nearest
 * wins because a sentence that names two periods mostly puts each next to its figures ("7,7 %
 * au troisième trimestre, contre 7,5 % au deuxième"); at equal distance, the one before.
 * Dates without a year (no article date to take it from) are passed over: an as-of is always an
 * ISO prefix from the year on, or an interval of two. Dates that bound a period ("d'ici 2030",
 * "avant mars", "after 2019") say when something
 * ends or starts, and dates after a comparison lead ("up 12% from 2023", "contre 2023") name
 * the base of a change: neither is when the figure held, and both are passed over.
 * Both lists are sorted by start and do not overlap each other.
 */
void assignAsOf(QStringView text, const FigureLexicon &lexicon, const QVector<int> &sentenceBreaks,
    const QVector<Figure> &dates, QVector<Figure> &numbers)
{
    QVector<qsizetype> periods;
    periods.reserve(dates.size());
    for (qsizetype k = 0; k < dates.size(); ++k) {
        const Figure &date = dates.at(k);
        // A period without its year ("--10" for "en octobre" when the article has no date) cannot
        // say when a figure held: the figure keeps no as-of rather than a partial one.
        if (date.modifier != Modifier::Exact
            || (!date.value.isEmpty() && date.value.front() == QLatin1Char('-')))
            continue;
        int end = date.start;
        while (end > 0 && PhraseTable::isHorizontalSpace(text[end - 1]))
            --end;
        if (end < date.start && end > 0 && lexicon.comparisonLeads.matchEndingAt(text, end).isValid())
            continue;
        periods.append(k);
    }
    if (periods.isEmpty())
        return;
    // Cursors that only move forward, as the figures do: the first period that ends after the
    // figure starts, and the first sentence break at or after the figure's start, which is also
    // the first at or after its end (the scanner notes no break inside a figure it read).
    // Raw pointers: the figures' as-of writes would otherwise make each at() reload its list.
    const Figure *periodDates = dates.constData();
    const qsizetype *periodIndexes = periods.constData();
    const qsizetype periodCount = periods.size();
    const int *breaks = sentenceBreaks.constData();
    const qsizetype breakCount = sentenceBreaks.size();
    qsizetype next = 0;
    qsizetype breakFromStart = 0;
    for (Figure &figure : numbers) {
        while (next < periodCount && periodDates[periodIndexes[next]].end <= figure.start)
            ++next;
        while (breakFromStart < breakCount && breaks[breakFromStart] < figure.start)
            ++breakFromStart;
        const qsizetype breakFromEnd = breakFromStart;
        const Figure *before = next > 0 ? &periodDates[periodIndexes[next - 1]] : nullptr;
        const Figure *after = next < periodCount ? &periodDates[periodIndexes[next]] : nullptr;
        // A break in [before->end, figure.start): the last one before the figure is past the date.
        if (before && breakFromStart > 0 && breaks[breakFromStart - 1] >= before->end)
            before = nullptr;
        // A break in [figure.end, after->start).
        if (after
            && (after->start < figure.end
                || (breakFromEnd < breakCount && breaks[breakFromEnd] < after->start)))
            after = nullptr;
        const Figure *chosen = before;
        if (after && (!before || after->start - figure.end < figure.start - before->end))
            chosen = after;
        if (chosen)
            figure.asOf = periodOf(dates, chosen - periodDates);
    }
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
    assignAsOf(text, d->figures, scanner.sentenceBreaks(), dates, numbers);
    // "mardi", "last year": no digit to check, so no fact to review; their period stays as asOf.
    QVector<bool> dropped;
    if (timeWords == TimeWords::AsOfOnly) {
        dropped.resize(dates.size());
        for (qsizetype k = 0; k < dates.size(); ++k) {
            const Figure &date = dates.at(k);
            dropped[k] = date.start >= 0 && date.end <= text.size()
                && !holdsDigit(QStringView(text).mid(date.start, date.length()));
        }
    }
    QVector<Figure> figures = merge(std::move(dates), std::move(numbers), int(text.size()), dropped);
    return figures;
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
