#include "extractor.h"

#include "datefinder.h"
#include "figurelexicon.h"
#include "figurescanner.h"
#include "lexicon.h"

#include <QStringView>
#include <QVarLengthArray>

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
QVector<Figure> merge(QVector<Figure> &&dates, QVector<Figure> &&numbers, int size)
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

/**
 * Whether a sentence ends between from and to: ".", "!", "?" or ";" before a space, or a line
 * break that is not a hard wrap. A line is wrapped, not ended, when the next one goes on in
 * lower case or with a digit ("… rose by 2.3\nbillion euros …"); a title or a paragraph ends
 * at its line break. Abbreviations ("Aug. 21", "É.-U. a") end no sentence: the next word must
 * start with a capital letter.
 */
bool sentenceBreakBetween(QStringView text, int from, int to)
{
    const int size = int(text.size());
    for (int i = from; i < to; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\n') {
            int next = i + 1;
            while (next < size && (text[next] == QLatin1Char(' ') || text[next] == QLatin1Char('\t')))
                ++next;
            if (next >= size || !(text[next].isLower() || text[next].isDigit()))
                return true;
        } else if (c == u'.' || c == u'!' || c == u'?' || c == u';') {
            int next = i + 1;
            while (next < size && (text[next] == QLatin1Char('"') || text[next].unicode() == 0x201D
                                      || text[next].unicode() == 0xBB || text[next] == QLatin1Char(')')))
                ++next;
            if (next >= size || !text[next].isSpace())
                continue;
            while (next < size && text[next].isSpace())
                ++next;
            if (next >= size || c != u'.' || text[next].isUpper() || text[next].unicode() == 0xAB
                || text[next].unicode() == 0x201C || text[next] == QLatin1Char('"'))
                return true;
        }
    }
    return false;
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
 * Dates that bound a period ("d'ici 2030", "avant mars", "after 2019") say when something
 * ends or starts, and dates after a comparison lead ("up 12% from 2023", "contre 2023") name
 * the base of a change: neither is when the figure held, and both are passed over.
 */
void assignAsOf(QStringView text, const FigureLexicon &lexicon, QVector<Figure> &figures)
{
    const auto isPeriod = [&](const Figure &figure) {
        if (figure.kind != FigureKind::Date || figure.modifier != Modifier::Exact)
            return false;
        int end = figure.start;
        while (end > 0 && PhraseTable::isHorizontalSpace(text[end - 1]))
            --end;
        return end == figure.start || end == 0 || !lexicon.comparisonLeads.matchEndingAt(text, end).isValid();
    };
    if (std::none_of(figures.cbegin(), figures.cend(), isPeriod))
        return;
    const qsizetype count = figures.size();
    // sentence[k]: the number of sentence breaks before figure k, computed between neighbours only.
    QVarLengthArray<int, 256> sentence(count);
    int breaks = 0;
    for (qsizetype k = 0; k < count; ++k) {
        if (k > 0 && sentenceBreakBetween(text, figures.at(k - 1).end, figures.at(k).start))
            ++breaks;
        sentence[k] = breaks;
    }
    qsizetype previousPeriod = -1;
    for (qsizetype k = 0; k < count; ++k) {
        Figure &figure = figures[k];
        if (figure.kind == FigureKind::Date) {
            if (isPeriod(figure))
                previousPeriod = k;
            continue;
        }
        qsizetype before = previousPeriod >= 0 && sentence[previousPeriod] == sentence[k] ? previousPeriod : -1;
        qsizetype after = -1;
        for (qsizetype next = k + 1; next < count && sentence[next] == sentence[k]; ++next) {
            if (isPeriod(figures.at(next))) {
                after = next;
                break;
            }
        }
        qsizetype chosen = before;
        if (after >= 0
            && (before < 0 || figures.at(after).start - figure.end < figure.start - figures.at(before).end))
            chosen = after;
        if (chosen >= 0)
            figure.asOf = periodOf(figures, chosen);
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
    QVector<Figure> figures = merge(std::move(dates), std::move(numbers), int(text.size()));
    assignAsOf(text, d->figures, figures);
    if (timeWords == TimeWords::AsOfOnly) {
        // "mardi", "last year": no digit to check, so no fact to review; their period stays as asOf.
        figures.erase(std::remove_if(figures.begin(), figures.end(),
                          [&text](const Figure &figure) {
                              return figure.kind == FigureKind::Date
                                  && !holdsDigit(QStringView(text).mid(figure.start, figure.length()));
                          }),
            figures.end());
    }
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
