#include "extractor.h"

#include "datefinder.h"
#include "figurelexicon.h"
#include "figurescanner.h"
#include "lexicon.h"

#include <algorithm>

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
QVector<Figure> merge(const QVector<Figure> &dates, const QVector<Figure> &numbers, int size)
{
    QVector<Figure> all;
    all.reserve(dates.size() + numbers.size());
    for (const Figure &date : dates) {
        if (date.start >= 0 && date.start < date.end && date.end <= size)
            all.append(date);
    }
    std::sort(all.begin(), all.end(), [](const Figure &a, const Figure &b) { return a.start < b.start; });
    QVector<Figure> kept;
    for (const Figure &date : all) {
        if (kept.isEmpty() || kept.constLast().end <= date.start)
            kept.append(date);
    }
    QVector<Figure> merged;
    merged.reserve(kept.size() + numbers.size());
    int next = 0;
    int lastEnd = 0;
    for (const Figure &number : numbers) {
        while (next < kept.size() && kept.at(next).start < number.end) {
            if (kept.at(next).start >= lastEnd) {
                merged.append(kept.at(next));
                lastEnd = kept.at(next).end;
            }
            ++next;
        }
        if (number.start >= lastEnd && number.start < number.end && number.end <= size) {
            merged.append(number);
            lastEnd = number.end;
        }
    }
    for (; next < kept.size(); ++next) {
        if (kept.at(next).start >= lastEnd) {
            merged.append(kept.at(next));
            lastEnd = kept.at(next).end;
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
    return merge(dates, scanner.scan(dates), int(text.size()));
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
