// Opening and exporting a large project: bench_project [articles] [facts per article] [project file]
// Generates the project once (in one transaction: setup, not measured) unless the file exists,
// then prints the time to open it (ProjectStore::open + Project::attachStore, which loads
// everything) with the integrity check first and with the load during the check (as the
// window and the CLI open), the time to export every fact to CSV and JSON, and the file size.
#include "export/csvwriter.h"
#include "export/jsonwriter.h"
#include "project/project.h"
#include "project/projectstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace FactDesk;

namespace {

const char *const sentences[] = {
    "Le chiffre d'affaires du groupe progresse de %1 % sur le trimestre, selon la direction. ",
    "La collectivité annonce un plan de %1 millions d'euros pour les écoles du secteur. ",
    "Environ %1 salariés sont concernés par la réorganisation annoncée mardi. ",
    "Revenue rose %1% year on year 📈, the company said in a statement. ",
    "The agency expects about %1 million visitors by the end of the season. ",
};

bool generate(const QString &path, int articleCount, int factsPerArticle)
{
    QString error;
    auto store = ProjectStore::create(path, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    QVector<Article> articles;
    QVector<Fact> facts;
    articles.reserve(articleCount);
    facts.reserve(qsizetype(articleCount) * factsPerArticle);
    qint64 factId = 1;
    for (int a = 0; a < articleCount; ++a) {
        Article article;
        article.id = a + 1;
        article.title = QStringLiteral("Article de test numéro %1").arg(a + 1);
        article.source = QStringLiteral("Bench Daily");
        article.url = QStringLiteral("https://example.org/bench/%1").arg(a + 1);
        article.date = QDate(2025, 1, 1).addDays(a % 365);
        article.language = a % 2 ? QStringLiteral("en") : QStringLiteral("fr");
        for (int f = 0; f < factsPerArticle; ++f) {
            const QString number = QString::number((a * 31 + f * 7) % 997 + 1);
            const QString sentence = QString::fromUtf8(sentences[(a + f) % 5]).arg(number);
            Fact fact;
            fact.id = factId++;
            fact.articleId = article.id;
            fact.figure.start = int(article.text.size() + sentence.indexOf(number));
            fact.figure.end = fact.figure.start + int(number.size());
            fact.figure.kind = FigureKind::Count;
            fact.figure.value = number;
            article.text += sentence;
            if (f % 3 == 0) {
                fact.status = ReviewStatus::Confirmed;
                fact.editor = QStringLiteral("bench");
                fact.reviewedAt = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC).addSecs(fact.id);
            }
            facts.append(fact);
        }
        articles.append(article);
    }
    for (Fact &fact : facts)
        fact.anchorIn(articles.at(int(fact.articleId - 1)).text);
    if (!store->insertArticles(articles, facts, QStringLiteral("bench"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int articleCount = arguments.size() > 1 ? arguments.at(1).toInt() : 10000;
    const int factsPerArticle = arguments.size() > 2 ? arguments.at(2).toInt() : 30;
    QTemporaryDir dir;
    const QString path
        = arguments.size() > 3 ? arguments.at(3) : dir.filePath(QStringLiteral("bench.factdesk"));

    if (!QFileInfo::exists(path)) {
        QElapsedTimer setup;
        setup.start();
        if (!generate(path, articleCount, factsPerArticle))
            return 1;
        std::printf("generated %d articles, %d facts in %.2f s (setup, not a goal)\n", articleCount,
            articleCount * factsPerArticle, setup.elapsed() / 1000.0);
    }

    // CPU time beside wall time: the machine is shared, and a busy neighbour
    // stretches the wall clock without changing the work done. std::clock()
    // counts every thread: with the check on a second thread, CPU exceeds wall.
    auto cpuMs = [] { return static_cast<long long>(std::clock() * 1000.0 / CLOCKS_PER_SEC); };
    struct OpenTimes
    {
        qint64 wall = 0, storeWall = 0;
        long long cpu = 0, storeCpu = 0;
    };
    // ProjectStore::open + Project::attachStore, as the window and the CLI do:
    // loadWhileChecking reads the project while the integrity check runs on a
    // second thread (open() then holds the load); without it the check comes first.
    auto open = [&](Project *project, bool loadWhileChecking, OpenTimes *times) {
        QElapsedTimer timer;
        const long long cpu = cpuMs();
        timer.start();
        QString error;
        ProjectStore::OpenOptions options;
        options.loadWhileChecking = loadWhileChecking;
        std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error, options);
        times->storeWall = timer.elapsed();
        times->storeCpu = cpuMs() - cpu;
        if (!store || !project->attachStore(std::move(store), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
        times->wall = timer.elapsed();
        times->cpu = cpuMs() - cpu;
        return true;
    };
    auto print = [](const char *what, const OpenTimes &times) {
        std::printf("%s: %lld ms wall, %lld ms CPU (goal < 1000 ms); of which ProjectStore::open %lld ms "
                    "wall, %lld ms CPU\n",
            what, static_cast<long long>(times.wall), times.cpu, static_cast<long long>(times.storeWall),
            times.storeCpu);
    };
    const bool checkFirst = std::getenv("BENCH_PROJECT_CHECK_FIRST");
    if (std::getenv("BENCH_PROJECT_OPEN_ONLY")) { // for a profiler: nothing but one open
        Project project;
        OpenTimes times;
        if (!open(&project, !checkFirst, &times))
            return 1;
        print(checkFirst ? "open, check first" : "open, load while checking", times);
        return 0;
    }
    OpenTimes sequential;
    {
        Project first;
        if (!open(&first, false, &sequential))
            return 1;
    }
    Project project;
    OpenTimes opened;
    if (!open(&project, true, &opened))
        return 1;

    long long cpu = cpuMs();
    QElapsedTimer timer;
    timer.start();
    CsvWriter csv(project);
    csv.setAllFacts(true);
    const QByteArray csvBytes = csv.toCsv();
    const qint64 csvMs = timer.elapsed();
    const long long csvCpu = cpuMs() - cpu;

    cpu = cpuMs();
    timer.restart();
    JsonWriter json(project);
    json.setAllFacts(true);
    const QByteArray jsonBytes = json.toJson();
    const qint64 jsonMs = timer.elapsed();
    const long long jsonCpu = cpuMs() - cpu;

    std::printf("project: %d articles, %d facts, file %.1f MB\n", int(project.articles().size()),
        int(project.facts().size()), QFileInfo(path).size() / 1e6);
    print("open, the integrity check first (ProjectStore::open + Project::attachStore)", sequential);
    print("open, load while checking, as the window and the CLI", opened);
    std::printf("export all facts to CSV in memory: %lld ms wall, %lld ms CPU, %.1f MB (goal < 2000 ms)\n",
        static_cast<long long>(csvMs), csvCpu, csvBytes.size() / 1e6);
    std::printf("export all facts to JSON in memory: %lld ms wall, %lld ms CPU, %.1f MB\n",
        static_cast<long long>(jsonMs), jsonCpu, jsonBytes.size() / 1e6);
    return 0;
}
