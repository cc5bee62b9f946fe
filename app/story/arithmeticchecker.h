#pragma once

#include "arithmeticcheck.h"

#include <QVector>

namespace FactDesk {

class StoryLexicon;
struct StoryFact;

/**
 * Finds the arithmetic of each sentence of an article and checks it with the
 * tolerance of the written precision ("12 %" is 11.5 to 12.5): a percent of a
 * whole stated as a part, a change stated between two figures ("de 20 % à 8 %,
 * une baisse de 12 points", "a 20 % premium to 50 euros"), parts within their
 * total ("dont", "including", "of which"), a unit price times a quantity. The
 * ties are read from the words between the figures; where they are not there,
 * or a bound is open ("plus de"), nothing is checked.
 */
class ArithmeticChecker
{
public:
    explicit ArithmeticChecker(const StoryLexicon &lexicon);

    /// The checks of one article; facts are its story facts in text order.
    QVector<ArithmeticCheck> check(const QString &articleText, const QVector<StoryFact> &facts) const;

    /// A computed value as the checks print it: no exponent, at most three decimals.
    static QString formatNumber(double value);

private:
    const StoryLexicon &m_lexicon;
};

} // namespace FactDesk
