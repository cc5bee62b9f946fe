#include "storyledger.h"

#include "arithmeticchecker.h"
#include "measuregrouper.h"
#include "pairlabeler.h"
#include "project/project.h"
#include "storyfact.h"
#include "storyfactreader.h"
#include "storylexicon.h"

#include <algorithm>

namespace FactDesk {

namespace {

uint articleSignature(const Article &article, const QVector<const Fact *> &facts)
{
    uint seed = qHash(article.text.size());
    seed = qHash(article.title, seed) ^ qHash(article.date.toJulianDay(), seed)
        ^ qHash(article.language, seed);
    for (const Fact *fact : facts) {
        seed = qHash(fact->id, seed) ^ (seed << 1);
        seed ^= qHash(int(fact->status), seed) + qHash(fact->finalValue(), seed)
            + qHash(fact->finalUnit(), seed) + qHash(int(fact->finalKind()), seed)
            + qHash(fact->figure.start, seed) + qHash(fact->figure.end, seed);
    }
    return seed;
}

QString capitalised(const QString &name)
{
    return name.isEmpty() ? name : name.at(0).toUpper() + name.mid(1);
}

} // namespace

StoryLedger::StoryLedger(const Project *project)
    : m_project(project)
{
    m_lexicon = StoryLexicon::bundled(&m_lexiconError);
}

StoryLedger::~StoryLedger() = default;

void StoryLedger::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_everything = true;
}

QString StoryLedger::termName(int term) const
{
    if (term < 0 || term >= m_lexicon->measures().size())
        return QString();
    const StoryLexicon::MeasureTerm &measure = m_lexicon->measures().at(term);
    return m_language == QLatin1String("fr") ? measure.french : measure.english;
}

void StoryLedger::refresh()
{
    const StoryFactReader reader(*m_lexicon);
    const ArithmeticChecker checker(*m_lexicon);
    QSet<QString> dirty;
    QSet<qint64> changedArticles;
    QSet<qint64> oldFacts; // the facts changed articles had: their measures are regrouped
    bool changed = false;
    if (m_project->storyDecisions() != m_decisions) {
        // A decision regroups the gate keys of the facts whose measure it pins or frees;
        // a name, an acceptance or a verdict only shows again.
        const StoryDecisions &next = m_project->storyDecisions();
        QSet<qint64> touched;
        for (auto it = next.assignments.cbegin(); it != next.assignments.cend(); ++it) {
            if (m_decisions.assignments.value(it.key(), -1) != it.value())
                touched.insert(it.key());
        }
        for (auto it = m_decisions.assignments.cbegin(); it != m_decisions.assignments.cend(); ++it) {
            if (!next.assignments.contains(it.key()))
                touched.insert(it.key());
        }
        for (qint64 factId : std::as_const(touched)) {
            if (const StoryFact *fact = m_byFact.value(factId)) {
                dirty.insert(fact->gateKey);
                oldFacts.insert(factId);
                changedArticles.insert(fact->articleId);
            }
        }
        m_decisions = next;
        changed = true;
    }

    // Facts by article, in text order, in one pass over the project.
    QHash<qint64, QVector<const Fact *>> factsByArticle;
    for (const Fact &fact : m_project->facts())
        factsByArticle[fact.articleId].append(&fact);
    QSet<qint64> present;
    for (const Article &article : m_project->articles()) {
        present.insert(article.id);
        QVector<const Fact *> &facts = factsByArticle[article.id];
        std::stable_sort(facts.begin(), facts.end(),
            [](const Fact *a, const Fact *b) { return a->figure.start < b->figure.start; });
        const uint signature = articleSignature(article, facts);
        auto entry = m_articles.find(article.id);
        if (entry != m_articles.end() && entry->signature == signature)
            continue;
        if (entry == m_articles.end())
            entry = m_articles.insert(article.id, ArticleEntry());
        for (const StoryFact &fact : std::as_const(entry->facts)) {
            dirty.insert(fact.gateKey);
            oldFacts.insert(fact.factId);
        }
        changedArticles.insert(article.id);
        entry->signature = signature;
        entry->facts = reader.read(article, facts);
        entry->checks = checker.check(article.text, entry->facts);
        for (const StoryFact &fact : std::as_const(entry->facts))
            dirty.insert(fact.gateKey);
        changed = true;
    }
    for (auto it = m_articles.begin(); it != m_articles.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        for (const StoryFact &fact : std::as_const(it->facts)) {
            dirty.insert(fact.gateKey);
            oldFacts.insert(fact.factId);
        }
        it = m_articles.erase(it);
        changed = true;
    }
    if (!changed && !m_everything)
        return;

    m_byFact.clear();
    m_byFact.reserve(m_project->facts().size());
    // The names the changed articles' facts carry: only facts sharing one may join them.
    // A name most facts share ("France", a word of every title) ties nothing: the grouper
    // ignores it as well (MeasureGrouper::commonNameLimit).
    QHash<QString, int> nameCounts; // of the names of changed facts only
    bool changedNameless = false;
    for (qint64 articleId : std::as_const(changedArticles)) {
        for (const StoryFact &fact : std::as_const(m_articles[articleId].facts)) {
            for (const QString &name : fact.names)
                nameCounts.insert(name, 0);
            for (const QString &name : fact.contextNames)
                nameCounts.insert(name, 0);
            changedNameless = changedNameless || (fact.names.isEmpty() && fact.contextNames.isEmpty());
        }
    }
    if (!m_everything && !nameCounts.isEmpty()) {
        for (const ArticleEntry &entry : std::as_const(m_articles)) {
            for (const StoryFact &fact : entry.facts) {
                if (!dirty.contains(fact.gateKey))
                    continue;
                for (const QString &name : fact.names) {
                    const auto count = nameCounts.find(name);
                    if (count != nameCounts.end())
                        ++count.value();
                }
                for (const QString &name : fact.contextNames) {
                    const auto count = nameCounts.find(name);
                    if (count != nameCounts.end())
                        ++count.value();
                }
            }
        }
    }
    QSet<QString> changedNames;
    for (auto it = nameCounts.cbegin(); it != nameCounts.cend(); ++it) {
        if (it.value() <= MeasureGrouper::commonNameLimit)
            changedNames.insert(it.key());
    }
    const auto mayMeetChanged = [&](const StoryFact &fact) {
        if (changedArticles.contains(fact.articleId))
            return true;
        if (fact.names.isEmpty() && fact.contextNames.isEmpty())
            return changedNameless;
        for (const QString &name : fact.names) {
            if (changedNames.contains(name))
                return true;
        }
        for (const QString &name : fact.contextNames) {
            if (changedNames.contains(name))
                return true;
        }
        return false;
    };
    QHash<QString, QVector<const StoryFact *>> byGateKey; // what is regrouped, by gate key
    QHash<QString, QVector<const StoryFact *>> otherFacts; // the rest of the dirty keys
    for (const Article &article : m_project->articles()) {
        for (const StoryFact &fact : std::as_const(m_articles[article.id].facts)) {
            m_byFact.insert(fact.factId, &fact);
            if (!StoryFactReader::isMeasurable(fact.kind))
                continue;
            if (m_everything || (dirty.contains(fact.gateKey) && mayMeetChanged(fact)))
                byGateKey[fact.gateKey].append(&fact);
            else if (dirty.contains(fact.gateKey))
                otherFacts[fact.gateKey].append(&fact);
        }
    }
    if (m_everything) {
        m_byGateKey.clear();
    } else {
        // A review regroups only the measures its article's facts were in or may join:
        // the cached measures that hold one of those facts are taken apart and regrouped.
        for (const QString &key : std::as_const(dirty)) {
            QVector<const StoryFact *> &regrouped = byGateKey[key];
            QSet<qint64> taken;
            for (const StoryFact *fact : std::as_const(regrouped))
                taken.insert(fact->factId);
            QVector<Measure> &cached = m_byGateKey[key];
            QSet<qint64> freed;
            for (int i = int(cached.size()) - 1; i >= 0; --i) {
                bool touched = false;
                for (qint64 factId : std::as_const(cached.at(i).factIds))
                    touched = touched || taken.contains(factId) || oldFacts.contains(factId);
                if (!touched)
                    continue;
                for (qint64 factId : std::as_const(cached.at(i).factIds))
                    freed.insert(factId);
                cached.remove(i);
            }
            const QVector<const StoryFact *> others = otherFacts.value(key);
            for (const StoryFact *fact : others) {
                if (freed.contains(fact->factId))
                    regrouped.append(fact);
            }
        }
    }
    QHash<qint64, qint64> pins;
    for (auto it = m_decisions.assignments.cbegin(); it != m_decisions.assignments.cend(); ++it)
        pins.insert(it.key(), it.value());
    for (auto it = byGateKey.cbegin(); it != byGateKey.cend(); ++it) {
        QVector<Measure> &measures = m_byGateKey[it.key()];
        for (const MeasureGrouper::Group &group : MeasureGrouper::group(it.value(), pins)) {
            QVector<const StoryFact *> members;
            for (int index : group.members)
                members.append(it.value().at(index));
            measures.append(makeMeasure(group.id, members));
        }
    }
    m_everything = false;

    // One list; a pinned measure whose facts lie under several gate keys becomes one again.
    m_measures.clear();
    m_measureIndex.clear();
    m_measureOfFact.clear();
    QSet<qint64> spread;
    for (const QVector<Measure> &measures : std::as_const(m_byGateKey)) {
        for (const Measure &measure : measures) {
            const auto known = m_measureIndex.constFind(measure.id);
            if (known == m_measureIndex.cend()) {
                m_measureIndex.insert(measure.id, int(m_measures.size()));
                m_measures.append(measure);
            } else {
                m_measures[known.value()].factIds += measure.factIds;
                spread.insert(measure.id);
            }
        }
    }
    for (Measure &measure : m_measures) {
        if (spread.contains(measure.id)) {
            QVector<const StoryFact *> members;
            for (qint64 factId : std::as_const(measure.factIds))
                members.append(m_byFact.value(factId));
            std::sort(members.begin(), members.end(),
                [](const StoryFact *a, const StoryFact *b) { return a->factId < b->factId; });
            measure = makeMeasure(measure.id, members);
        }
        const auto decision = m_decisions.measures.constFind(measure.id);
        if (decision != m_decisions.measures.cend()) {
            measure.accepted = decision->accepted;
            if (!decision->name.isEmpty()) {
                measure.name = decision->name;
                measure.named = true;
            }
        }
        if (!m_decisions.verdicts.isEmpty()) {
            for (MeasurePair &pair : measure.pairs) {
                const StoryDecisions::Verdict verdict
                    = m_decisions.verdicts.value(StoryDecisions::pair(pair.first, pair.second));
                pair.verdict = verdict.verdict;
                pair.note = verdict.note;
            }
        }
    }
    // Open conflicts first: sorted on keys counted once.
    QVector<QPair<qint64, int>> order; // (no open conflict, id), index
    order.reserve(m_measures.size());
    for (int i = 0; i < m_measures.size(); ++i)
        order.append(
            { (m_measures.at(i).openConflicts() > 0 ? 0 : (qint64(1) << 62)) + m_measures.at(i).id, i });
    std::sort(order.begin(), order.end());
    QVector<Measure> sorted;
    sorted.reserve(m_measures.size());
    for (const auto &entry : std::as_const(order))
        sorted.append(std::move(m_measures[entry.second]));
    m_measures = std::move(sorted);
    for (int i = 0; i < m_measures.size(); ++i) {
        m_measureIndex.insert(m_measures.at(i).id, i);
        for (qint64 factId : m_measures.at(i).factIds)
            m_measureOfFact.insert(factId, m_measures.at(i).id);
    }

    m_checks.clear();
    for (const Article &article : m_project->articles())
        m_checks += m_articles.value(article.id).checks;
    std::stable_sort(m_checks.begin(), m_checks.end(),
        [](const ArithmeticCheck &a, const ArithmeticCheck &b) { return !a.consistent && b.consistent; });
}

Measure StoryLedger::makeMeasure(qint64 id, const QVector<const StoryFact *> &members) const
{
    Measure measure;
    measure.id = id;
    if (members.isEmpty())
        return measure;
    measure.kind = members.first()->kind;
    measure.unit = members.first()->unit;
    QHash<QString, int> nameCounts;
    QVector<int> termCounts(m_lexicon->measures().size(), 0);
    for (const StoryFact *fact : members) {
        measure.factIds.append(fact->factId);
        if (fact->measureTerm >= 0)
            ++termCounts[fact->measureTerm];
        // The names next to the figure count twice those of its sentence and article.
        for (const QString &name : fact->names)
            ++nameCounts[name];
        for (const QString &name : fact->contextNames)
            ++nameCounts[name];
    }
    const auto commonest = std::max_element(termCounts.cbegin(), termCounts.cend());
    if (commonest != termCounts.cend() && *commonest > 0)
        measure.term = int(commonest - termCounts.cbegin());
    QVector<QPair<int, QString>> names;
    for (auto it = nameCounts.cbegin(); it != nameCounts.cend(); ++it)
        names.append({ -it.value(), it.key() });
    std::sort(names.begin(), names.end());
    QStringList shown;
    for (int i = 0; i < std::min(2, int(names.size())); ++i)
        shown.append(capitalised(names.at(i).second));
    QString what = termName(measure.term);
    if (what.isEmpty())
        what = measure.unit.isEmpty() ? toString(measure.kind) : measure.unit;
    measure.name
        = shown.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, shown.join(QStringLiteral(", ")));
    labelPairs(&measure);
    return measure;
}

void StoryLedger::labelPairs(Measure *measure) const
{
    measure->pairs.clear();
    measure->pairs.reserve(measure->factIds.size() * (measure->factIds.size() - 1) / 2);
    for (int i = 0; i < measure->factIds.size(); ++i) {
        const StoryFact *a = m_byFact.value(measure->factIds.at(i));
        for (int j = i + 1; j < measure->factIds.size(); ++j) {
            const StoryFact *b = m_byFact.value(measure->factIds.at(j));
            if (!a || !b || a->articleId == b->articleId)
                continue;
            MeasurePair pair;
            pair.first = std::min(a->factId, b->factId);
            pair.second = std::max(a->factId, b->factId);
            pair.label = PairLabeler::label(*a, *b);
            measure->pairs.append(pair);
        }
    }
}

const Measure *StoryLedger::measure(qint64 measureId) const
{
    const auto it = m_measureIndex.constFind(measureId);
    return it == m_measureIndex.cend() ? nullptr : &m_measures.at(it.value());
}

const Measure *StoryLedger::measureOfFact(qint64 factId) const
{
    const auto it = m_measureOfFact.constFind(factId);
    return it == m_measureOfFact.cend() ? nullptr : measure(it.value());
}

const StoryFact *StoryLedger::storyFact(qint64 factId) const
{
    return m_byFact.value(factId);
}

QVector<const ArithmeticCheck *> StoryLedger::checksOfFact(qint64 factId) const
{
    QVector<const ArithmeticCheck *> found;
    for (const ArithmeticCheck &check : m_checks) {
        if (check.factIds.contains(factId))
            found.append(&check);
    }
    return found;
}

int StoryLedger::openConflictCount() const
{
    int open = 0;
    for (const Measure &measure : m_measures)
        open += measure.openConflicts();
    return open;
}

int StoryLedger::inconsistentCheckCount() const
{
    return int(std::count_if(
        m_checks.cbegin(), m_checks.cend(), [](const ArithmeticCheck &check) { return !check.consistent; }));
}

void StoryLedger::pinMembers(StoryDecisions *decisions, qint64 measureId) const
{
    if (!decisions->measures.contains(measureId))
        decisions->measures.insert(measureId, StoryDecisions::MeasureDecision());
    if (const Measure *found = measure(measureId)) {
        for (qint64 factId : found->factIds)
            decisions->assignments.insert(factId, measureId);
    }
}

StoryDecisions StoryLedger::accepting(qint64 measureId) const
{
    StoryDecisions decisions = m_project->storyDecisions();
    pinMembers(&decisions, measureId);
    decisions.measures[measureId].accepted = true;
    return decisions;
}

StoryDecisions StoryLedger::naming(qint64 measureId, const QString &name) const
{
    StoryDecisions decisions = m_project->storyDecisions();
    pinMembers(&decisions, measureId);
    decisions.measures[measureId].name = name.trimmed();
    return decisions;
}

StoryDecisions StoryLedger::moving(qint64 factId, qint64 measureId) const
{
    StoryDecisions decisions = m_project->storyDecisions();
    if (measureId != 0)
        pinMembers(&decisions, measureId);
    decisions.assignments.insert(factId, measureId);
    return decisions;
}

StoryDecisions StoryLedger::merging(qint64 fromMeasureId, qint64 intoMeasureId) const
{
    StoryDecisions decisions = m_project->storyDecisions();
    if (fromMeasureId == intoMeasureId)
        return decisions;
    pinMembers(&decisions, intoMeasureId);
    if (const Measure *from = measure(fromMeasureId)) {
        for (qint64 factId : from->factIds)
            decisions.assignments.insert(factId, intoMeasureId);
    }
    for (auto it = decisions.assignments.begin(); it != decisions.assignments.end(); ++it) {
        if (it.value() == fromMeasureId)
            it.value() = intoMeasureId;
    }
    decisions.measures.remove(fromMeasureId);
    return decisions;
}

StoryDecisions StoryLedger::judging(
    qint64 firstFactId, qint64 secondFactId, PairVerdict verdict, const QString &note) const
{
    StoryDecisions decisions = m_project->storyDecisions();
    const StoryDecisions::FactPair pair = StoryDecisions::pair(firstFactId, secondFactId);
    if (verdict == PairVerdict::None && note.trimmed().isEmpty())
        decisions.verdicts.remove(pair);
    else
        decisions.verdicts.insert(pair, { verdict, note.trimmed() });
    return decisions;
}

} // namespace FactDesk
