#pragma once

#include "measure.h"

#include <QMap>
#include <QPair>
#include <QString>

namespace FactDesk {

/**
 * What the analyst decided about the story ledger, as the project stores it:
 * the measures she accepted or named (kept under their id), which facts she
 * pinned to a measure (or to none: measure id 0), and her verdict with a note
 * on pairs of facts. The ledger groups every other fact automatically around
 * these decisions. A value type: an undo puts the previous value back.
 */
struct StoryDecisions
{
    struct MeasureDecision
    {
        QString name; ///< empty: the ledger names it
        bool accepted = false;
        bool operator==(const MeasureDecision &other) const
        {
            return name == other.name && accepted == other.accepted;
        }
    };
    struct Verdict
    {
        PairVerdict verdict = PairVerdict::None;
        QString note;
        bool operator==(const Verdict &other) const { return verdict == other.verdict && note == other.note; }
    };
    using FactPair = QPair<qint64, qint64>; ///< first < second

    QMap<qint64, MeasureDecision> measures;
    QMap<qint64, qint64> assignments; ///< fact id -> measure id, 0 for "in no measure"
    QMap<FactPair, Verdict> verdicts;

    bool isEmpty() const { return measures.isEmpty() && assignments.isEmpty() && verdicts.isEmpty(); }
    bool operator==(const StoryDecisions &other) const
    {
        return measures == other.measures && assignments == other.assignments && verdicts == other.verdicts;
    }
    bool operator!=(const StoryDecisions &other) const { return !(*this == other); }

    static FactPair pair(qint64 a, qint64 b) { return a < b ? FactPair(a, b) : FactPair(b, a); }

    /**
     * The rows of this that other lacks or holds differently, as compact JSON for
     * the audit log ({"measures":{"7":{"name":"…","accepted":true}},"facts":{"12":7},
     * "verdicts":{"12-40":{"verdict":"first_right","note":"…"}}}); "" when none.
     */
    QString differenceJson(const StoryDecisions &other) const;
};

} // namespace FactDesk
