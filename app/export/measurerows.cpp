#include "measurerows.h"

#include "exportledger_p.h"
#include "exportrows.h"
#include "project/project.h"
#include "story/storyfact.h"

#include <QHash>

#include <memory>

namespace FactDesk {

MeasureRows::MeasureRows(const Project &project, const StoryLedger *ledger)
{
    std::unique_ptr<StoryLedger> own;
    ledger = exportLedger(project, ledger, &own);
    for (const Measure &measure : ledger->measures()) {
        QVector<qint64> articles; // in the order the measure's facts come
        QHash<qint64, QVector<qint64>> factsOf;
        QHash<qint64, qint64> articleOf;
        for (qint64 factId : measure.factIds) {
            const Fact *fact = project.fact(factId);
            if (!fact)
                continue;
            if (!factsOf.contains(fact->articleId))
                articles.append(fact->articleId);
            factsOf[fact->articleId].append(factId);
            articleOf.insert(factId, fact->articleId);
        }
        for (qint64 articleId : std::as_const(articles)) {
            const Article *article = project.article(articleId);
            MeasureRow row;
            row.measureId = measure.id;
            row.measure = measure.name;
            row.kind = measure.kind;
            row.unit = measure.unit;
            row.accepted = measure.accepted;
            row.articleId = articleId;
            row.articleTitle = article ? article->title : QString();
            row.language = article ? article->language : QString();
            row.date = article ? article->date : QDate();
            row.factIds = factsOf.value(articleId);
            for (qint64 factId : std::as_const(row.factIds)) {
                const Fact *fact = project.fact(factId);
                row.values.append(fact->finalValue());
                const StoryFact *story = ledger->storyFact(factId);
                const QString asOf = story ? story->asOf : (article ? ExportRows::asOf(*fact, *article) : QString());
                if (!row.asOf.contains(asOf))
                    row.asOf.append(asOf);
            }
            for (const MeasurePair &pair : measure.pairs) {
                const bool firstHere = articleOf.value(pair.first) == articleId;
                const bool secondHere = articleOf.value(pair.second) == articleId;
                if (firstHere == secondHere)
                    continue;
                const qint64 other = firstHere ? pair.second : pair.first;
                const QString label = QStringLiteral("%1:%2").arg(toString(pair.label)).arg(other);
                if (!row.labels.contains(label))
                    row.labels.append(label);
                row.openConflicts += pair.isOpen();
                if (pair.verdict != PairVerdict::None)
                    row.verdicts.append(
                        QStringLiteral("%1:%2-%3").arg(toString(pair.verdict)).arg(pair.first).arg(pair.second));
            }
            m_rows.append(row);
        }
    }
}

QStringList MeasureRows::columnNames()
{
    return {
        QStringLiteral("measure_id"),
        QStringLiteral("measure"),
        QStringLiteral("kind"),
        QStringLiteral("unit"),
        QStringLiteral("accepted"),
        QStringLiteral("article_id"),
        QStringLiteral("article_title"),
        QStringLiteral("language"),
        QStringLiteral("date"),
        QStringLiteral("as_of"),
        QStringLiteral("fact_ids"),
        QStringLiteral("values"),
        QStringLiteral("labels"),
        QStringLiteral("open_conflicts"),
        QStringLiteral("verdicts"),
    };
}

} // namespace FactDesk
