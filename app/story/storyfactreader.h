#pragma once

#include "storyfact.h"

#include <QVector>

namespace FactDesk {

class Project;
class StoryLexicon;
struct Article;
struct Fact;

/**
 * Reads the StoryFact of every fact of an article that can state a measure:
 * money, percentages, counts, quantities and multipliers that are not
 * rejected (dates and bare numbers are what measures are dated and counted
 * with, not measures).
 */
class StoryFactReader
{
public:
    explicit StoryFactReader(const StoryLexicon &lexicon);

    /// The story facts of one article, in the order of its text.
    QVector<StoryFact> read(const Article &article, const QVector<const Fact *> &factsInTextOrder) const;

    /// The half-unit of the last digit written in quote for value ("13,2 milliards" -> 5e7).
    static double writtenPrecision(const QString &quote, const QString &value);
    /// The as-of period of a fact: its figure's time reference, else the month of its article's date.
    static QString asOfPeriod(const Fact &fact, const Article &article);
    /// True for the kinds that state a measure.
    static bool isMeasurable(FigureKind kind);

private:
    const StoryLexicon &m_lexicon;
};

} // namespace FactDesk
