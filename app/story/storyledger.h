#pragma once

#include "arithmeticcheck.h"
#include "measure.h"
#include "storydecisions.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

#include <memory>

namespace FactDesk {

class Project;
class StoryLexicon;
struct StoryFact;

/**
 * The story ledger of a project: its measures (facts of different articles and
 * languages that state one quantity), a label for each pair of their facts,
 * and the arithmetic checks of its sentences, with the analyst's decisions
 * (Project::storyDecisions()) applied.
 *
 * refresh() brings it up to date; it rereads only the articles whose facts
 * changed and regroups only the gate keys (kind, unit, level or change) they
 * touch, so that it follows a review at once. The decision functions return
 * the decisions an action leads to, for Project::setStoryDecisions(), which
 * stores them, logs them and can put the previous ones back (undo).
 */
class StoryLedger
{
public:
    explicit StoryLedger(const Project *project);
    ~StoryLedger();
    StoryLedger(const StoryLedger &) = delete;
    StoryLedger &operator=(const StoryLedger &) = delete;

    /// The language of the names the ledger makes ("fr" or "en").
    void setLanguage(const QString &language);
    /// Why the bundled lexicon could not be read, empty when it was.
    QString lexiconError() const { return m_lexiconError; }

    void refresh();

    /// Measures with an open conflict first, then by id.
    const QVector<Measure> &measures() const { return m_measures; }
    /// Inconsistent checks first, then in project order.
    const QVector<ArithmeticCheck> &checks() const { return m_checks; }
    const Measure *measure(qint64 measureId) const;
    const Measure *measureOfFact(qint64 factId) const;
    const StoryFact *storyFact(qint64 factId) const;
    /// The checks a fact is in.
    QVector<const ArithmeticCheck *> checksOfFact(qint64 factId) const;
    int openConflictCount() const;
    int inconsistentCheckCount() const;
    /// The name of a lexicon measure term in the ledger's language.
    QString termName(int term) const;

    StoryDecisions accepting(qint64 measureId) const;
    StoryDecisions naming(qint64 measureId, const QString &name) const;
    /// Moves a fact into a measure, or out of every measure with measureId 0.
    StoryDecisions moving(qint64 factId, qint64 measureId) const;
    StoryDecisions merging(qint64 fromMeasureId, qint64 intoMeasureId) const;
    StoryDecisions judging(
        qint64 firstFactId, qint64 secondFactId, PairVerdict verdict, const QString &note) const;

private:
    struct ArticleEntry
    {
        uint signature = 0;
        QVector<StoryFact> facts;
        QVector<ArithmeticCheck> checks;
    };
    Measure makeMeasure(qint64 id, const QVector<const StoryFact *> &members) const;
    void labelPairs(Measure *measure) const;
    void pinMembers(StoryDecisions *decisions, qint64 measureId) const;

    const Project *m_project;
    std::unique_ptr<StoryLexicon> m_lexicon;
    QString m_lexiconError;
    QString m_language = QStringLiteral("en");
    QHash<qint64, ArticleEntry> m_articles;
    QHash<qint64, const StoryFact *> m_byFact;
    QHash<QString, QVector<Measure>> m_byGateKey;
    StoryDecisions m_decisions;
    bool m_everything = true; ///< the next refresh regroups every gate key
    QVector<Measure> m_measures;
    QHash<qint64, int> m_measureIndex;
    QHash<qint64, qint64> m_measureOfFact;
    QVector<ArithmeticCheck> m_checks;
};

} // namespace FactDesk
