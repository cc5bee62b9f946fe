#include "extractor.h"

#include "datefinder.h"
#include "figurelexicon.h"
#include "figurescanner.h"
#include "lexicon.h"

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

QVector<Figure> Extractor::extract(const QString &text, const QDate &anchor) const
{
    QVector<Figure> dates = d->dates.find(text, anchor);
    std::sort(dates.begin(), dates.end(), [](const Figure &a, const Figure &b) { return a.start < b.start; });
    FigureScanner scanner(d->figures, text);
    QVector<Figure> numbers = scanner.scan(dates);
    return merge(std::move(dates), std::move(numbers), int(text.size()));
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
