// The story ledger on a big project: bench_story [articles=1000] [facts per article=30]
// Prints the time of grouping and checks from scratch, after one review (a
// confirmation, then a correction), after one decision, and the memory the ledger holds.

#include "figures/extractor.h"
#include "project/project.h"
#include "story/storyledger.h"
#include "story/storymodel.h"
#include "story/storytracker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <ctime>

using namespace FactDesk;

namespace {

constexpr int articlesPerStory = 5;

/// A pronounceable company name for story number n ("Varobel", "Kisudan").
QString companyName(int n, int salt)
{
    static const char *const syllables[] = { "va", "ro", "bel", "ki", "su", "dan", "mor", "te", "lix", "pa",
        "no", "gar", "zu", "fe", "qui", "lan" };
    QString name;
    int value = n * 7 + salt * 131 + 17;
    for (int i = 0; i < 3; ++i) {
        name += QLatin1String(syllables[value % 16]);
        value /= 16;
    }
    name[0] = name.at(0).toUpper();
    return name;
}

/// One article of a story: sentences written for the benchmark, values varied by article so
/// that some agree, some round and some conflict.
QString articleText(int story, int copy, bool french, int factsWanted)
{
    const QString company = companyName(story, 0);
    const QString holder = companyName(story, 1);
    const auto vary = [copy](int base, int step) { return base + (copy % 3 == 2 ? step : 0); };
    QStringList sentences;
    for (int round = 0; sentences.size() * 2 < factsWanted + 4; ++round) {
        const QString unit = companyName(story * 31 + round, 2);
        if (french) {
            sentences << QStringLiteral(
                "Le chiffre d'affaires de %1 atteint %2,%3 milliards d'euros, en hausse de %4 %.")
                             .arg(unit)
                             .arg(vary(4 + round, 1))
                             .arg(copy % 2 ? 2 : 3)
                             .arg(vary(12, 5));
            sentences << QStringLiteral("%1 emploie %2 salariés, dont %3 ingénieurs.")
                             .arg(unit)
                             .arg(vary(8000 + round * 100, 500))
                             .arg(2000 + round * 10);
            sentences << QStringLiteral("%1 détient %2 % du capital de %3.")
                             .arg(holder)
                             .arg(vary(49, -22))
                             .arg(unit);
            sentences << QStringLiteral("La valorisation de %1 serait de %2 milliards de dollars, loin des "
                                        "%3 milliards évoqués par %4.")
                             .arg(unit)
                             .arg(vary(300, 200))
                             .arg(500)
                             .arg(company);
        } else {
            sentences << QStringLiteral("%1's revenue reached €%2.%3 billion, up %4%.")
                             .arg(unit)
                             .arg(vary(4 + round, 1))
                             .arg(copy % 2 ? 2 : 3)
                             .arg(vary(12, 5));
            sentences << QStringLiteral("%1 has %2 employees, including %3 engineers.")
                             .arg(unit)
                             .arg(vary(8000 + round * 100, 500))
                             .arg(2000 + round * 10);
            sentences
                << QStringLiteral("%1 holds a %2% stake in %3.").arg(holder).arg(vary(49, -22)).arg(unit);
            sentences << QStringLiteral("The deal values %1 at $%2 billion, against $%3 billion for %4.")
                             .arg(unit)
                             .arg(vary(300, 200))
                             .arg(500)
                             .arg(company);
        }
    }
    QString text;
    for (int i = 0; i < sentences.size(); ++i)
        text += sentences.at(i) + (i % 3 == 2 ? QStringLiteral("\n\n") : QStringLiteral(" "));
    return text;
}

qint64 residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = QCoreApplication::arguments();
    const int articleCount = arguments.size() > 1 ? arguments.at(1).toInt() : 1000;
    const int factsPerArticle = arguments.size() > 2 ? arguments.at(2).toInt() : 30;

    Project project;
    const Extractor french(QStringLiteral("fr"));
    const Extractor english(QStringLiteral("en"));
    for (int i = 0; i < articleCount; ++i) {
        const bool isFrench = i % 2 == 0;
        Article article;
        article.title
            = QStringLiteral("Story %1, article %2").arg(i / articlesPerStory).arg(i % articlesPerStory);
        article.language = isFrench ? QStringLiteral("fr") : QStringLiteral("en");
        article.date = QDate(2025, 10, 1 + i % articlesPerStory);
        article.text = articleText(i / articlesPerStory, i % articlesPerStory, isFrench, factsPerArticle);
        QVector<Figure> figures = (isFrench ? french : english).extract(article.text, article.date);
        if (figures.size() > factsPerArticle)
            figures.resize(factsPerArticle);
        project.addArticle(article, figures);
    }
    out << "project: " << project.articles().size() << " articles, " << project.facts().size() << " facts\n";

    const qint64 before = residentKilobytes();
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    StoryLedger ledger(&project);
    ledger.refresh();
    const double scratch = timer.nsecsElapsed() / 1e6;
    const double scratchCpu = double(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC;
    const qint64 after = residentKilobytes();
    int pairs = 0;
    for (const Measure &measure : ledger.measures())
        pairs += measure.pairs.size();
    out << "from scratch: " << scratch << " ms wall, " << scratchCpu
        << " ms CPU (goal < 1000): " << ledger.measures().size() << " measures, " << pairs << " pairs, "
        << ledger.openConflictCount() << " open conflicts, " << ledger.checks().size() << " checks ("
        << ledger.inconsistentCheckCount() << " inconsistent)\n";
    out << "memory: ledger " << (after - before) / 1024.0 << " MB, process " << after / 1024.0 << " MB\n";

    // One review: a confirmation (the figure stays), then a correction (the value moves).
    Fact fact = project.facts().at(project.facts().size() / 2);
    fact.status = ReviewStatus::Confirmed;
    project.updateFact(fact, QStringLiteral("confirm"));
    timer.restart();
    std::clock_t reviewCpu = std::clock();
    ledger.refresh();
    out << "after one confirmation: " << timer.nsecsElapsed() / 1e6 << " ms wall, "
        << double(std::clock() - reviewCpu) * 1000 / CLOCKS_PER_SEC << " ms CPU (goal < 50)\n";
    fact.status = ReviewStatus::Corrected;
    fact.correctedKind = fact.figure.kind;
    fact.correctedUnit = fact.figure.unit;
    fact.correctedValue = fact.figure.value + QStringLiteral("1");
    project.updateFact(fact, QStringLiteral("correct"));
    timer.restart();
    reviewCpu = std::clock();
    ledger.refresh();
    out << "after one correction: " << timer.nsecsElapsed() / 1e6 << " ms wall, "
        << double(std::clock() - reviewCpu) * 1000 / CLOCKS_PER_SEC << " ms CPU (goal < 50)\n";
    timer.restart();
    ledger.refresh();
    out << "refresh with nothing new: " << timer.nsecsElapsed() / 1e6 << " ms\n";

    // One decision regroups every gate key.
    const Measure &first = ledger.measures().first();
    project.setStoryDecisions(ledger.accepting(first.id), QStringLiteral("accept measure"));
    timer.restart();
    ledger.refresh();
    out << "after one decision: " << timer.nsecsElapsed() / 1e6 << " ms\n";

    // What the window's Story panel pays after a review: the tracker's refresh, its flagged
    // facts and the model's rows rebuilt (the view's own repaint aside).
    StoryTracker tracker(&project);
    tracker.refreshNow();
    StoryModel model(&tracker);
    fact.status = ReviewStatus::Confirmed;
    project.updateFact(fact, QStringLiteral("confirm"));
    timer.restart();
    reviewCpu = std::clock();
    tracker.refreshNow();
    out << "panel after one confirmation (tracker and model): " << timer.nsecsElapsed() / 1e6 << " ms wall, "
        << double(std::clock() - reviewCpu) * 1000 / CLOCKS_PER_SEC << " ms CPU (goal < 50), "
        << model.rowCount() << " rows, " << tracker.flaggedFacts().size() << " flagged facts\n";
    return 0;
}
