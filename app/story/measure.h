#pragma once

#include "figures/figure.h"

#include <QString>
#include <QVector>

namespace FactDesk {

/// How two facts of one measure, in different articles, relate.
enum class PairLabel
{
    Conflict, ///< same period, values that no rounding explains
    ScaleTrap, ///< a ratio of 100, 1,000 or 10⁶: milliard read as million, % as fraction
    Update, ///< a later period, or a later article that says the value moved
    NotComparable, ///< the gates pass but a qualifier differs (net / gross, France / world)
    Rounding, ///< the intervals of their written precision overlap
    Agree, ///< the same value
};

/// The analyst's verdict on a pair (a conflict, mostly).
enum class PairVerdict
{
    None,
    FirstRight, ///< the pair's first fact is right
    SecondRight,
    BothRight, ///< both, at different dates
};

struct MeasurePair
{
    qint64 first = 0; ///< fact ids, first < second
    qint64 second = 0;
    PairLabel label = PairLabel::Agree;
    PairVerdict verdict = PairVerdict::None;
    QString note;

    /// A conflict or scale trap nobody has settled yet.
    bool isOpen() const
    {
        return verdict == PairVerdict::None
            && (label == PairLabel::Conflict || label == PairLabel::ScaleTrap);
    }
};

/**
 * One quantity that articles state ("OpenAI's valuation"): its facts, from
 * one or several articles, and a label for each pair of them from different
 * articles. The id is the smallest fact id it was first seen with; a measure
 * the analyst accepted, named or moved a fact into keeps it.
 */
struct Measure
{
    qint64 id = 0;
    QString name; ///< the analyst's name, else one made of its term and names
    bool named = false; ///< name is the analyst's
    bool accepted = false; ///< the analyst accepted the grouping
    FigureKind kind = FigureKind::Number;
    QString unit;
    int term = -1; ///< index in StoryLexicon::measures(), -1 when none
    QVector<qint64> factIds; ///< in project order
    QVector<MeasurePair> pairs;

    int openConflicts() const;
};

QString toString(PairLabel label);
QString toString(PairVerdict verdict);
bool fromString(const QString &text, PairLabel *label);
bool fromString(const QString &text, PairVerdict *verdict);

} // namespace FactDesk
