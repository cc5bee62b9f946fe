#include "storyreport.h"

#include "project/project.h"
#include "storyfact.h"
#include "storyledger.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace FactDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FactDesk::StoryReport", text);
}

QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
}

QJsonArray idArray(const QVector<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(double(id));
    return array;
}

} // namespace

StoryReport::StoryReport(const Project &project, const StoryLedger &ledger)
    : m_project(project)
    , m_ledger(ledger)
{ }

QByteArray StoryReport::toJson() const
{
    QJsonArray measures;
    for (const Measure &measure : m_ledger.measures()) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), double(measure.id));
        object.insert(QStringLiteral("name"), measure.name);
        object.insert(QStringLiteral("kind"), toString(measure.kind));
        object.insert(QStringLiteral("unit"), measure.unit);
        object.insert(QStringLiteral("accepted"), measure.accepted);
        object.insert(QStringLiteral("open_conflicts"), measure.openConflicts());
        QJsonArray facts;
        for (qint64 factId : measure.factIds) {
            const StoryFact *fact = m_ledger.storyFact(factId);
            if (!fact)
                continue;
            const Article *article = m_project.article(fact->articleId);
            QJsonObject row;
            row.insert(QStringLiteral("fact_id"), double(factId));
            row.insert(QStringLiteral("article_id"), double(fact->articleId));
            row.insert(QStringLiteral("as_of"), fact->asOf.isEmpty() ? QJsonValue() : QJsonValue(fact->asOf));
            row.insert(QStringLiteral("date"),
                fact->published.isValid() ? QJsonValue(fact->published.toString(Qt::ISODate)) : QJsonValue());
            row.insert(QStringLiteral("language"), fact->language);
            row.insert(QStringLiteral("value"), fact->value);
            row.insert(QStringLiteral("unit"), fact->unit);
            row.insert(QStringLiteral("modifier"), toString(fact->modifier));
            row.insert(QStringLiteral("text"), fact->quote);
            row.insert(QStringLiteral("article_title"), article ? article->displayTitle() : QString());
            facts.append(row);
        }
        object.insert(QStringLiteral("facts"), facts);
        QJsonArray pairs;
        for (const MeasurePair &pair : measure.pairs) {
            QJsonObject row;
            row.insert(QStringLiteral("facts"), idArray({ pair.first, pair.second }));
            row.insert(QStringLiteral("label"), toString(pair.label));
            row.insert(QStringLiteral("verdict"),
                pair.verdict == PairVerdict::None ? QJsonValue() : QJsonValue(toString(pair.verdict)));
            if (!pair.note.isEmpty())
                row.insert(QStringLiteral("note"), pair.note);
            pairs.append(row);
        }
        object.insert(QStringLiteral("pairs"), pairs);
        measures.append(object);
    }
    QJsonArray checks;
    for (const ArithmeticCheck &check : m_ledger.checks()) {
        QJsonObject row;
        row.insert(QStringLiteral("rule"), toString(check.rule));
        row.insert(QStringLiteral("article_id"), double(check.articleId));
        row.insert(QStringLiteral("facts"), idArray(check.factIds));
        row.insert(QStringLiteral("computed"), check.computed);
        row.insert(QStringLiteral("stated"), check.stated);
        row.insert(QStringLiteral("unit"), check.unit);
        row.insert(QStringLiteral("label"),
            check.consistent ? QStringLiteral("consistent") : QStringLiteral("inconsistent"));
        checks.append(row);
    }
    QJsonObject root;
    root.insert(QStringLiteral("measures"), measures);
    root.insert(QStringLiteral("checks"), checks);
    root.insert(QStringLiteral("open_conflicts"), m_ledger.openConflictCount());
    root.insert(QStringLiteral("inconsistent_checks"), m_ledger.inconsistentCheckCount());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString StoryReport::toText() const
{
    QString text;
    for (const Measure &measure : m_ledger.measures()) {
        //: %1 is the measure's id, %2 its name ("valuation (Quantix, Helvar)")
        text += tr("Measure %1: %2").arg(measure.id).arg(measure.name);
        if (measure.openConflicts() > 0)
            //: how many conflicts of the measure nobody has settled
            text += QStringLiteral("  [")
                + QCoreApplication::translate(
                    "FactDesk::StoryReport", "%n open conflict(s)", nullptr, measure.openConflicts())
                + QLatin1Char(']');
        text += QLatin1Char('\n');
        for (qint64 factId : measure.factIds) {
            const StoryFact *fact = m_ledger.storyFact(factId);
            if (!fact)
                continue;
            const Article *article = m_project.article(fact->articleId);
            text += QStringLiteral("  %1\t%2\t%3\t%4\t%5 %6\t%7\n")
                        .arg(factId)
                        .arg(fact->asOf.isEmpty() ? QStringLiteral("-") : fact->asOf, fact->language,
                            oneLine(fact->quote), fact->value, fact->unit,
                            article ? oneLine(article->displayTitle()) : QString());
        }
        for (const MeasurePair &pair : measure.pairs) {
            text += QStringLiteral("    %1\t%2 / %3")
                        .arg(toString(pair.label))
                        .arg(pair.first)
                        .arg(pair.second);
            if (pair.verdict != PairVerdict::None)
                text += QLatin1Char('\t') + toString(pair.verdict);
            if (!pair.note.isEmpty())
                text += QLatin1Char('\t') + oneLine(pair.note);
            text += QLatin1Char('\n');
        }
        text += QLatin1Char('\n');
    }
    if (!m_ledger.checks().isEmpty()) {
        text += tr("Checks:") + QLatin1Char('\n');
        for (const ArithmeticCheck &check : m_ledger.checks()) {
            QStringList ids;
            for (qint64 id : check.factIds)
                ids.append(QString::number(id));
            //: %1 the value computed from the figures, %2 the value the text states, %3 their unit
            text += QStringLiteral("  %1\t%2\t%3\t")
                        .arg(check.consistent ? QStringLiteral("consistent") : QStringLiteral("inconsistent"),
                            toString(check.rule), ids.join(QLatin1Char(',')))
                + tr("computed %1, stated %2 %3").arg(check.computed, check.stated, check.unit).trimmed()
                + QLatin1Char('\n');
        }
    }
    //: the summary line of factdesk-cli story
    text += tr("%1 measures, %2 open conflicts, %3 checks, %4 inconsistent")
                .arg(m_ledger.measures().size())
                .arg(m_ledger.openConflictCount())
                .arg(m_ledger.checks().size())
                .arg(m_ledger.inconsistentCheckCount())
        + QLatin1Char('\n');
    return text;
}

} // namespace FactDesk
