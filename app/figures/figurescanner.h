#pragma once

#include "figure.h"

#include <QString>
#include <QStringView>
#include <QVector>

namespace FactDesk {

class FigureLexicon;

/**
 * One pass of the extractor over one text: walks the UTF-16 data once looking
 * for digits (and for the "illi" of million/milliard/billion written after a
 * number word), and reads each figure from there with short look-behinds and
 * look-aheads in the lexicon's phrase tables.
 *
 * Lenient mode is for snippets an analyst typed or selected: either decimal
 * separator is accepted when unambiguous, and nothing is discarded as a
 * product name, year, phone number or time of day.
 */
class FigureScanner
{
public:
    FigureScanner(const FigureLexicon &lexicon, QStringView text, bool lenient = false);

    /// The figures outside the blocked spans (the dates), sorted, not overlapping.
    QVector<Figure> scan(const QVector<Figure> &blocked = {});

private:
    struct Reading;

    int readFigureAt(int digit, int limit, QVector<Figure> &out);
    int readWordNumberAt(int wordStart, int limit, QVector<Figure> &out);
    int readExpression(int digit, int limit, Reading &reading, bool inRange);
    int readNumber(int digit, int limit, Reading &reading) const;
    void readUnitAfterScale(Reading &reading, int position, int limit);
    bool joinRange(Reading &low, int limit, Reading &high, int *rangeLeadStart);
    Modifier modifierBefore(int position) const;
    bool changeVerbBefore(int position, int words) const;
    int skipCode(int position, int limit) const;
    int phoneEnd(int digit, int limit) const;
    int timeEnd(const Reading &reading, int limit) const;
    bool isLabelledNumber(int digit) const;
    int skipSpace(int position, int limit) const;
    int skipSpaceBack(int position) const;
    QString currencyCode(int index, int writtenStart, int writtenEnd);
    Figure toFigure(const Reading &reading, Modifier modifier, RangeRole role) const;

    const FigureLexicon &m_lexicon;
    QStringView m_text;
    bool m_lenient;
    int m_lastEnd = 0; ///< end of what the scan consumed: look-behinds never reach before it
    int m_yuan = -1; ///< whether the text speaks of yuan, decided on the first "¥"
};

} // namespace FactDesk
