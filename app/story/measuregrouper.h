#pragma once

#include <QHash>
#include <QVector>

namespace FactDesk {

struct StoryFact;

/**
 * Groups story facts into measures. Hard gates first: facts of one measure
 * share their gate key (kind, unit or currency, level or change) and never
 * name two different measure terms. Then a score: the same measure term,
 * names one sentence shares with the other's context, value closeness; the
 * best pairs are joined first. Two facts of one article join only when their
 * term is the same and the names just before them do not differ, so "le
 * chiffre d'affaires, 4,2 milliards, et le bénéfice net, 4,1 milliards" stay two.
 *
 * Pinned facts (the analyst's decisions) start in their measure and never
 * leave it; two pinned measures are never joined automatically.
 */
class MeasureGrouper
{
public:
    /// A name shared by more facts than this says nothing about which measure they are.
    static constexpr int commonNameLimit = 100;

    struct Group
    {
        qint64 id = 0; ///< the pinned measure's id, else the smallest fact id
        QVector<int> members; ///< indexes into the facts given
    };

    /**
     * Groups facts (of one gate key, or of several). pins maps a fact id to its
     * measure id; facts pinned to 0 are left out. Only groups of two facts or
     * more, and pinned measures, are returned.
     */
    static QVector<Group> group(const QVector<const StoryFact *> &facts, const QHash<qint64, qint64> &pins);

    /// The score of two facts as one measure, or 0 when they cannot be one.
    static int score(const StoryFact &a, const StoryFact &b);
};

} // namespace FactDesk
