#pragma once

#include "arithmeticcheck.h"
#include "measure.h"

#include <QAbstractItemModel>
#include <QVector>

namespace FactDesk {

class StoryTracker;

/**
 * The story ledger as a tree for the window's Story panel: one top-level row
 * per measure (its facts, one per article and period, as children) and one per
 * arithmetic check. Measures with an open conflict come first, then the
 * inconsistent checks, then the other measures and the consistent checks.
 *
 * The columns: the measure (or the fact's article, or the check's rule), its
 * values side by side (the fact's figure; the check's arithmetic), the as-of
 * periods and languages, the state (labels, open conflicts, consistent or
 * not) and the analyst's decisions. The model is reset when the tracker
 * refreshes; the roles below let a view keep its selection and filter.
 */
class StoryModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ValuesColumn,
        AsOfColumn,
        StateColumn,
        DecisionColumn,
        ColumnCount
    };
    enum class RowKind
    {
        Measure,
        Fact,
        Check,
    };
    enum Role
    {
        RowKindRole = Qt::UserRole + 1, ///< int(RowKind)
        FactIdRole, ///< the fact a row stands for: a fact row's own, a measure's first in conflict, a check's stated one
        MeasureIdRole, ///< the measure of a measure or fact row, 0 for a check
        ArticleIdsRole, ///< QVariantList of the articles a row is about
        LabelsRole, ///< QVariantList of int(PairLabel) of the pairs of a measure (or of a fact's pairs)
        DecidedRole, ///< bool: a verdict, an acceptance or a name from the analyst
        OpenRole, ///< bool: an open conflict or an inconsistent check, marked in colour
        CheckKeyRole, ///< a check's stable key ("rule:fact ids"), empty for the other rows
    };

    explicit StoryModel(StoryTracker *tracker, QObject *parent = nullptr);
    ~StoryModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The row of a measure (column 0), or invalid.
    QModelIndex indexOfMeasure(qint64 measureId) const;
    /// The row of a fact inside its measure, else the first check it is in, or invalid.
    QModelIndex indexOfFact(qint64 factId) const;
    /// The row of a check by its CheckKeyRole, or invalid.
    QModelIndex indexOfCheck(const QString &key) const;

    /// "Conflict", "Update", … in the interface language.
    static QString labelName(PairLabel label);
    static QString ruleName(CheckRule rule);
    /**
     * A check as arithmetic with the figures as written and its outcome:
     * "27 % × 500 milliards = 135 milliards ✓", "… ✗ (computed: 150 000 000)".
     */
    static QString checkText(const StoryTracker &tracker, const ArithmeticCheck &check);
    static QString checkKey(const ArithmeticCheck &check);
    /// The fact's verdict as seen from it: "right", "the other is right", "both right".
    static QString verdictName(PairVerdict verdict, bool factIsFirst);

private:
    struct Entry
    {
        RowKind kind = RowKind::Measure;
        int index = 0; ///< in the ledger's measures() or checks()
    };
    void rebuild();
    QVariant measureData(const Measure &measure, int column, int role) const;
    QVariant factData(const Measure &measure, int factRow, int column, int role) const;
    QVariant checkData(const ArithmeticCheck &check, int column, int role) const;
    QString factValue(qint64 factId) const;
    /// The pair of a fact with the worst label (open conflicts first), or nullptr.
    const MeasurePair *worstPair(const Measure &measure, qint64 factId) const;

    StoryTracker *m_tracker;
    QVector<Entry> m_entries;
};

} // namespace FactDesk
