#pragma once

#include "figures/figure.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace FactDesk {

class Project;
class StoryLedger;

/// One measure as one article states it: a row of `factdesk-cli export --measures`.
struct MeasureRow
{
    qint64 measureId = 0;
    QString measure; ///< its name
    FigureKind kind = FigureKind::Number;
    QString unit;
    bool accepted = false; ///< the analyst accepted the grouping
    qint64 articleId = 0;
    QString articleTitle;
    QString language;
    QDate date; ///< the article's
    QStringList asOf; ///< the periods of its facts in this article, each once
    QVector<qint64> factIds; ///< its facts in this article
    QStringList values; ///< their final values, exact decimals, in the same order
    QStringList labels; ///< "conflict:39": how they relate to the facts of the other articles
    int openConflicts = 0; ///< pairs with another article still open (conflict, scale trap, no verdict)
    QStringList verdicts; ///< "first_right:12-39": the analyst's verdicts on those pairs
};

/**
 * The story ledger as a table, one row per measure and article, in the
 * ledger's order (measures with an open conflict first): what CsvWriter and
 * JsonWriter write when set to measures. Taken when constructed.
 */
class MeasureRows
{
public:
    /// ledger: the project's story ledger, up to date; null builds one.
    explicit MeasureRows(const Project &project, const StoryLedger *ledger = nullptr);

    int count() const { return int(m_rows.size()); }
    const MeasureRow &at(int i) const { return m_rows.at(i); }

    /// The CSV header and the JSON keys, stable identifiers documented in README.md.
    static QStringList columnNames();

private:
    QVector<MeasureRow> m_rows;
};

} // namespace FactDesk
