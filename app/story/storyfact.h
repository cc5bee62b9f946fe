#pragma once

#include "figures/figure.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace FactDesk {

/**
 * What the story ledger reads of one fact: its value with the interval its
 * written precision allows, the measure its sentence names, the names and
 * qualifiers around it, whether it states a level or a change, and its as-of
 * period. Built by StoryFactReader; GUI-free and cheap to copy.
 */
struct StoryFact
{
    qint64 factId = 0;
    qint64 articleId = 0;
    int start = 0; ///< the figure in the article text (UTF-16)
    int end = 0;
    int sentenceStart = 0;
    int sentenceEnd = 0;

    FigureKind kind = FigureKind::Number;
    QString unit; ///< the final unit
    QString value; ///< the final value, an exact decimal
    Modifier modifier = Modifier::Exact;
    double number = 0; ///< value as a double, for arithmetic
    double low = 0; ///< what the written precision and the modifier allow
    double high = 0;
    QString quote; ///< as written

    RangeRole range = RangeRole::None; ///< a bound of a range as written ("de 181,5 à 188,5 milliards")
    bool isChange = false; ///< "en hausse de 38 %", "up 38%", "+12,5 %"
    QString gateKey; ///< facts of one measure share it: kind, unit, level or change
    int measureTerm = -1; ///< index in StoryLexicon::measures(), -1 when no term
    QVector<QString> names; ///< the names nearest the figure, folded
    QVector<QString> contextNames; ///< the names of its sentence, paragraph and article title
    QVector<int> qualifiers; ///< one value per qualifier axis, -1 when the text says nothing
    bool isPart = false; ///< named as a part of a total: "dont 1 200 ingénieurs", "including 300"
    bool prior = false; ///< a value from before: "de 20 % à 8 %", "3,6 contre 3,2 milliards"
    bool updateMarker = false; ///< a marker of its clause says the value moved ("ne détient plus que 22 %")

    QString asOf; ///< "2025-10": the figure's time reference, else its article's month
    QDate published; ///< the article's date, to order facts of one period
    QString language;

    /// Half the unit of the last written digit ("13,2 milliards" -> 50 millions).
    double precision = 0;
};

} // namespace FactDesk
