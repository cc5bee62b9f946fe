// Importing many articles, as factdesk-cli and as the window do:
//   bench_import [articles] [factdesk-cli]
//   bench_import --generate FOLDER [articles]   (only writes the articles, for trying by hand)
// Generates that many distinct articles (10,000 by default, about 4 KB each:
// 40 MB) and a quarter of them in another folder, then prints, for the
// quarter and the whole, in the same run:
//  - factdesk-cli import into a new project: wall time and peak memory,
//  - factdesk-cli extract on the same files (reads and extracts, stores nothing),
//  - the window's import path (ProjectImportJob, reading on its own thread and
//    storing between events, with the models the window shows attached): wall
//    time, peak memory, and the longest the event loop went without turning,
// with the ratios the goals are about: 4x the articles in at most 4.5x the
// time; import within 5x of extract; the whole import under 10 s.
#include "article/articleimporter.h"
#include "project/articlelistmodel.h"
#include "project/project.h"
#include "project/projectimportjob.h"
#include "project/projectstore.h"
#include "review/factfilterproxymodel.h"
#include "review/factmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <random>

#include <sys/resource.h>

using namespace FactDesk;

namespace {

// Written for this benchmark; {n} a count, {d} a decimal, {y} a year.
const char *const frenchSentences[] = {
    "Le conseil départemental a voté une enveloppe de {n} millions d'euros pour l'entretien des routes.",
    "La fréquentation des bibliothèques a progressé de {d} % entre {y} et l'an dernier.",
    "Près de {n} habitants ont signé la pétition, selon les organisateurs.",
    "Le taux d'inoccupation des bureaux atteint {d} % au troisième trimestre.",
    "La coopérative prévoit d'embaucher {n} saisonniers d'ici {y}.",
    "Le prix moyen du mètre carré s'établit à {n} euros dans le quartier de la gare.",
};
const char *const englishSentences[] = {
    "The county approved ${n} million for bridge repairs over the next decade.",
    "Library visits grew {d}% between {y} and last year, the report says.",
    "Nearly {n} residents signed the petition, according to the organisers.",
    "Office vacancy reached {d}% in the third quarter.",
    "The cooperative plans to hire {n} seasonal workers by {y}.",
    "The median rent downtown now stands at ${n} a month.",
};
const char *const frenchFiller[] = {
    "Les élus de l'opposition réclament davantage de transparence sur le calendrier des travaux.",
    "Interrogée, la préfecture n'a pas souhaité commenter ces chiffres avant la réunion de lundi.",
    "Plusieurs associations de riverains demandent une concertation plus large.",
};
const char *const englishFiller[] = {
    "Opposition members asked for a clearer schedule before the vote next month.",
    "A spokesperson declined to comment on the figures ahead of Monday's meeting.",
    "Several neighbourhood groups want a wider consultation on the plan.",
};

QString fill(const char *pattern, std::mt19937 &random, bool french)
{
    QString text = QString::fromUtf8(pattern);
    std::uniform_int_distribution<int> count(120, 98000);
    std::uniform_int_distribution<int> decimal(10, 999);
    std::uniform_int_distribution<int> year(2015, 2030);
    const int d = decimal(random);
    QString decimalText = QStringLiteral("%1%2%3").arg(d / 10).arg(french ? QLatin1Char(',') : QLatin1Char('.')).arg(d % 10);
    text.replace(QLatin1String("{n}"), QString::number(count(random)));
    text.replace(QLatin1String("{d}"), decimalText);
    text.replace(QLatin1String("{y}"), QString::number(year(random)));
    return text;
}

/// Article number index: about 4 KB of text, half of them French, every one distinct.
QByteArray article(int index)
{
    std::mt19937 random(uint32_t(index) * 2654435761u + 17u);
    const bool french = index % 2 == 0;
    QString text = french ? QStringLiteral("Dépêche numéro %1 : le budget local en débat\n\n").arg(index)
                          : QStringLiteral("Dispatch number %1: the local budget under debate\n\n").arg(index);
    std::uniform_int_distribution<int> pick(0, 5);
    std::uniform_int_distribution<int> pickFiller(0, 2);
    while (text.size() < 4000) {
        QString paragraph;
        for (int s = 0; s < 4; ++s) {
            paragraph += fill(french ? frenchSentences[pick(random)] : englishSentences[pick(random)], random, french);
            paragraph += QLatin1Char(' ');
            paragraph += QString::fromUtf8(french ? frenchFiller[pickFiller(random)] : englishFiller[pickFiller(random)]);
            paragraph += QLatin1Char(' ');
        }
        text += paragraph.trimmed() + QLatin1String("\n\n");
    }
    return text.toUtf8();
}

bool generate(const QString &folder, int first, int count)
{
    if (!QDir().mkpath(folder))
        return false;
    for (int i = first; i < first + count; ++i) {
        QFile file(QDir(folder).filePath(QStringLiteral("article-%1.txt").arg(i, 5, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly) || file.write(article(i)) < 0)
            return false;
    }
    return true;
}

QStringList filesIn(const QString &folder)
{
    QStringList files;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

/// CPU seconds (user + system) used so far by this process (every thread), or by its finished children.
double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double peakChildMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024.0;
}

/// Resets this process's peak (Linux: clear_refs 5), so that each step reports its own.
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double peakOwnMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

struct Run
{
    double seconds = 0;
    double cpuSeconds = 0;
    double megabytes = 0;
    int stored = 0;
    qint64 longestStallMs = 0;
};

/// Runs factdesk-cli with arguments, its output thrown away; seconds, or -1 on failure; *cpu its CPU seconds.
double runCli(const QString &cli, const QStringList &arguments, double *cpu)
{
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(cli, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "factdesk-cli %s failed: %s\n", qPrintable(arguments.value(0)),
            process.readAllStandardError().left(500).constData());
        return -1;
    }
    *cpu = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
    return timer.elapsed() / 1000.0;
}

Run windowImport(const QString &folder, const QString &projectPath)
{
    Run run;
    QString error;
    Project project;
    if (!project.attachStore(ProjectStore::create(projectPath, &error), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return run;
    }
    // What the window keeps up to date while articles arrive.
    ArticleListModel articles(&project);
    QSortFilterProxyModel sortedArticles;
    sortedArticles.setSourceModel(&articles);
    sortedArticles.sort(0);
    FactModel facts(&project);
    FactFilterProxyModel filteredFacts;
    filteredFacts.setSourceModel(&facts);
    filteredFacts.sort(0);

    resetPeak();
    ProjectImportJob job(&project);
    QEventLoop loop;
    QObject::connect(&job, &ProjectImportJob::finished, &loop, &QEventLoop::quit);
    // A timer that should tick every 10 ms: the longest gap is how long the window would freeze.
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        run.longestStallMs = qMax(run.longestStallMs, sinceTick.restart());
    });
    QElapsedTimer timer;
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    timer.start();
    sinceTick.start();
    ticker.start();
    job.start({ folder });
    loop.exec();
    run.seconds = timer.elapsed() / 1000.0;
    run.cpuSeconds = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    run.megabytes = peakOwnMegabytes();
    run.stored = int(project.articles().size());
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.value(0) == QLatin1String("--generate")) {
        const int count = arguments.size() > 2 ? arguments.at(2).toInt() : 10000;
        if (arguments.size() < 2 || count <= 0 || !generate(arguments.at(1), 1, count)) {
            std::fprintf(stderr, "usage: bench_import --generate FOLDER [articles]\n");
            return 1;
        }
        std::printf("%d articles written to %s\n", count, qPrintable(arguments.at(1)));
        return 0;
    }
    const int total = arguments.size() > 0 ? arguments.at(0).toInt() : 10000;
    const QString cli = arguments.size() > 1 ? arguments.at(1) : QStringLiteral(FACTDESK_CLI_PATH);
    if (total < 4) {
        std::fprintf(stderr, "usage: bench_import [articles >= 4] [factdesk-cli]\n");
        return 1;
    }
    QTemporaryDir dir;
    const QString whole = dir.filePath(QStringLiteral("whole"));
    const QString quarter = dir.filePath(QStringLiteral("quarter"));
    QElapsedTimer setup;
    setup.start();
    if (!generate(whole, 1, total) || !generate(quarter, 1, total / 4)) {
        std::fprintf(stderr, "cannot write the articles in %s\n", qPrintable(dir.path()));
        return 1;
    }
    qint64 bytes = 0;
    for (const QString &file : filesIn(whole))
        bytes += QFileInfo(file).size();
    std::printf("generated %d + %d articles, %.1f MB for the whole, in %.1f s (setup, not measured)\n", total,
        total / 4, bytes / 1e6, setup.elapsed() / 1000.0);

    struct Size
    {
        const char *name;
        QString folder;
        int articles;
        double cliImport = 0, cliMegabytes = 0, extract = 0;
        double cliImportCpu = 0, extractCpu = 0;
        Run window {};
    } sizes[] = { { "1x", quarter, total / 4 }, { "4x", whole, total } };

    for (Size &size : sizes) {
        size.cliImport = runCli(cli,
            { QStringLiteral("import"),
                dir.filePath(QStringLiteral("cli-%1.factdesk").arg(QLatin1String(size.name))), size.folder },
            &size.cliImportCpu);
        size.cliMegabytes = peakChildMegabytes(); // the largest child so far: this one
        size.extract
            = runCli(cli, QStringList { QStringLiteral("extract") } + filesIn(size.folder), &size.extractCpu);
        size.window = windowImport(
            size.folder, dir.filePath(QStringLiteral("window-%1.factdesk").arg(QLatin1String(size.name))));
        if (size.cliImport < 0 || size.extract < 0 || size.window.stored != size.articles) {
            std::fprintf(stderr, "the %s run failed (%d of %d articles stored by the window's path)\n",
                size.name, size.window.stored, size.articles);
            return 1;
        }
        std::printf(
            "%s, %5d articles: cli import %.2f s (%.2f s CPU, peak %.0f MB), cli extract %.2f s (%.2f s "
            "CPU), import/extract %.1fx (CPU %.1fx); window import %.2f s (%.2f s CPU, both threads; peak "
            "%.0f MB, event loop stalled at most %lld ms)\n",
            size.name, size.articles, size.cliImport, size.cliImportCpu, size.cliMegabytes, size.extract,
            size.extractCpu, size.cliImport / size.extract, size.cliImportCpu / size.extractCpu,
            size.window.seconds, size.window.cpuSeconds, size.window.megabytes,
            static_cast<long long>(size.window.longestStallMs));
    }
    const Size &one = sizes[0];
    const Size &four = sizes[1];
    // CPU time beside wall time: on a shared machine the wall clock also counts
    // the neighbours, and the ratios are about the work done.
    std::printf(
        "4x the articles: cli import %.2fx the time (CPU %.2fx), window import %.2fx (CPU %.2fx) (goal <= "
        "4.5x)\n",
        four.cliImport / one.cliImport, four.cliImportCpu / one.cliImportCpu,
        four.window.seconds / one.window.seconds, four.window.cpuSeconds / one.window.cpuSeconds);
    std::printf(
        "cli import of %d articles: %.2f s (%.2f s CPU), %.1fx extract (CPU %.1fx) (goals: < 10 s, <= 5x "
        "extract)\n",
        total, four.cliImport, four.cliImportCpu, four.cliImport / four.extract,
        four.cliImportCpu / four.extractCpu);
    std::printf("window import of %d articles: %.2f s (%.2f s CPU) (goal < 10 s)\n", total,
        four.window.seconds, four.window.cpuSeconds);
    return 0;
}
