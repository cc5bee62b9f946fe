// Extractor throughput: bench_extract [megabytes]
//
// Builds about 50 MB (by default) of French and English news-like text from
// sentence templates filled by a fixed-seed generator, then prints MB/s of
// UTF-8 input for: UTF-8 decoding alone (QString::fromUtf8), the figure scan
// alone (FigureScanner, no dates), and Extractor::extract (figures + DateFinder
// + merge). Single-threaded. Build Release to get meaningful figures.
//
// Each line gives the rate over wall-clock time and over the thread's CPU time:
// on a shared, loaded machine the wall clock also counts the time other
// processes held the core, the CPU time does not. The line also gives the step's
// system time and minor page faults: on a VM a fault costs microseconds, and at
// 20-50 MB much of the time of a step is faulting in the memory its lists take.
// The last line is extraction's speed as a share of decoding's, both in CPU time
// of this run. BENCH_EXTRACT_AGAIN=1 runs the extraction a second time, in memory
// the first has already faulted in.

#include "figures/extractor.h"
#include "figures/figurelexicon.h"
#include "figures/figurescanner.h"
#include "figures/lexicon.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>
#include <ctime>
#include <iterator>
#include <utility>

#include <sys/resource.h>

using namespace FactDesk;

namespace {

// Templates written for this benchmark; %1, %2, %3 are filled with numbers.
const char *const frenchTemplates[] = {
    "Le groupe a annoncé un chiffre d'affaires de %1,%2 milliards d'euros sur le trimestre. ",
    "Les ventes ont progressé de %2,%3 % sur un an, portées par la demande en Asie. ",
    "L'entreprise prévoit de supprimer %1 %3 postes d'ici la fin de l'année prochaine. ",
    "Selon le ministère, près de %1 000 personnes ont été évacuées dans la nuit. ",
    "Le conseil d'administration proposera un dividende de %2,%3 € par action. ",
    "La production a atteint %1 %3 t, un niveau inédit depuis longtemps. ",
    "Le parc installé dépasse désormais %2,%3 GW selon l'opérateur. ",
    "Entre %2 et %1 millions de personnes pourraient être concernées. ",
    "Le titre a bondi de +%2 % à l'ouverture avant de se replier. ",
    "La valorisation a été multipliée par %2 en cinq ans, selon les analystes. ",
    "La banque centrale a relevé son taux de %2 points de pourcentage. ",
    "Le fonds a levé %1 M€ auprès d'investisseurs européens. ",
    "Les syndicats réclament une hausse de salaire de %2 à %1 %. ",
    "Le marché de l'emploi reste tendu dans plusieurs régions industrielles. ",
    "Les négociations reprendront la semaine prochaine à Bruxelles, a indiqué un porte-parole. ",
    "Le dirigeant a salué un résultat « solide » dans un contexte difficile. ",
    "Le 12 mars %1, le gouvernement a présenté son plan au Parlement. ",
    "La mise à jour de Windows 11 et l'arrivée de GPT-5 ont marqué le secteur. ",
    "Contact presse : 01 23 45 67 89, rendez-vous à 14h30. ",
    "Le déficit public devrait atteindre %2,%3 % du PIB cette année. ",
};
const char *const englishTemplates[] = {
    "The company reported revenue of $%1.%2 billion for the quarter. ",
    "Sales rose %2.%3% from a year earlier, driven by demand in Asia. ",
    "Employers added %1,%3 jobs last month, the Labor Department said. ",
    "About %1,000 people were evacuated overnight, officials said. ",
    "The board proposed a dividend of $%2.%3 a share. ",
    "Output reached %1,%3 barrels per day, the highest in years. ",
    "The wind farm will deliver %2.%3 GW of capacity by the end of the decade. ",
    "Between %2 and %1 million people could be affected. ",
    "Shares jumped %2% at the open before paring gains. ",
    "The stock trades at %2x forward earnings. ",
    "The central bank cut rates by %2 basis points. ",
    "The fund raised €%1m from European investors. ",
    "Unions are asking for a raise of %2% to %1%. ",
    "The labor market remains tight in several industrial regions. ",
    "Talks will resume next week in Brussels, a spokesperson said. ",
    "The chief executive called the result solid in a difficult environment. ",
    "On March 12, %1, the government presented its plan to Congress. ",
    "The Windows 11 update and the launch of GPT-5 shook the sector. ",
    "Press contact: (555) 123-4567, briefing at 10 a.m. ",
    "The deficit is expected to reach %2.%3% of GDP this year. ",
};

QByteArray generate(const char *const *templates, int count, qint64 bytes, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray text;
    text.reserve(bytes + 4096);
    int sentence = 0;
    while (text.size() < bytes) {
        QByteArray line = templates[random.bounded(count)];
        line.replace("%1", QByteArray::number(random.bounded(1, 999)));
        line.replace("%2", QByteArray::number(random.bounded(1, 99)));
        line.replace("%3", QByteArray::number(random.bounded(100, 999)));
        text += line;
        if (++sentence % 6 == 0)
            text += "\n\n";
    }
    return text;
}

double megabytesPerSecond(qint64 bytes, qint64 nanoseconds)
{
    return nanoseconds > 0 ? (double(bytes) / 1e6) / (double(nanoseconds) / 1e9) : 0.0;
}

/// The thread's system time in milliseconds and its minor page faults so far (0 where unknown).
std::pair<double, long> threadSystemTimeAndFaults()
{
#ifdef RUSAGE_THREAD
    rusage usage {};
    getrusage(RUSAGE_THREAD, &usage);
    return { usage.ru_stime.tv_sec * 1e3 + usage.ru_stime.tv_usec / 1e3, usage.ru_minflt };
#else
    return { 0.0, 0 };
#endif
}

qint64 threadCpuNanoseconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

/// Wall-clock and CPU-time stopwatch for one measured step.
class Stopwatch
{
public:
    Stopwatch()
    {
        m_wall.start();
        m_cpu = threadCpuNanoseconds();
        m_systemAndFaults = threadSystemTimeAndFaults();
    }
    /// Prints the rates and returns the CPU time taken, in nanoseconds.
    qint64 print(const char *label, qint64 bytes, qsizetype figures = -1) const
    {
        const qint64 wall = m_wall.nsecsElapsed();
        const qint64 cpu = threadCpuNanoseconds() - m_cpu;
        std::printf("%-38s %8.1f MB/s wall %8.1f MB/s cpu", label, megabytesPerSecond(bytes, wall),
            megabytesPerSecond(bytes, cpu));
        if (figures >= 0)
            std::printf("  (%lld figures)", static_cast<long long>(figures));
        const auto [system, faults] = threadSystemTimeAndFaults();
        std::printf("  %.0f ms cpu of which %.0f sys, %ld page faults\n", double(cpu) / 1e6,
            system - m_systemAndFaults.first, faults - m_systemAndFaults.second);
        return cpu;
    }

private:
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
    std::pair<double, long> m_systemAndFaults;
};

} // namespace

int main(int argc, char **argv)
{
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 50;
    const qint64 half = qMax<qint64>(1, megabytes) * 1000 * 1000 / 2;
    const QByteArray french = generate(frenchTemplates, int(std::size(frenchTemplates)), half, 20251029);
    const QByteArray english = generate(englishTemplates, int(std::size(englishTemplates)), half, 20251030);
    const qint64 totalBytes = french.size() + english.size();
    std::printf("input: %.1f MB of UTF-8 (half French, half English)\n", double(totalBytes) / 1e6);

    const Stopwatch decoding;
    const QString frenchText = QString::fromUtf8(french);
    const QString englishText = QString::fromUtf8(english);
    const qint64 decodingCpu = decoding.print("UTF-8 decoding (QString::fromUtf8)", totalBytes);

    const Lexicon frenchLexicon = Lexicon::builtin(QStringLiteral("fr"));
    const Lexicon englishLexicon = Lexicon::builtin(QStringLiteral("en"));
    const FigureLexicon frenchFigures(frenchLexicon);
    const FigureLexicon englishFigures(englishLexicon);
    const Stopwatch scanning;
    qsizetype scanned = FigureScanner(frenchFigures, frenchText).scan().size();
    scanned += FigureScanner(englishFigures, englishText).scan().size();
    scanning.print("figure scan only (FigureScanner)", totalBytes, scanned);

    const Extractor frenchExtractor(frenchLexicon);
    const Extractor englishExtractor(englishLexicon);
    const Stopwatch extracting;
    qsizetype extracted = frenchExtractor.extract(frenchText, QDate(2025, 10, 29)).size();
    extracted += englishExtractor.extract(englishText, QDate(2025, 10, 29)).size();
    const qint64 extractingCpu
        = extracting.print("Extractor::extract (figures + dates)", totalBytes, extracted);
    if (qEnvironmentVariableIsSet("BENCH_EXTRACT_AGAIN")) {
        const Stopwatch again;
        qsizetype extractedAgain = frenchExtractor.extract(frenchText, QDate(2025, 10, 29)).size();
        extractedAgain += englishExtractor.extract(englishText, QDate(2025, 10, 29)).size();
        again.print("the same extraction again", totalBytes, extractedAgain);
    }
    // Issue 10's speed goal: extraction keeps its share of the decoding speed of the same run (CPU
    // time, so that other processes on the machine do not count).
    if (extractingCpu > 0)
        std::printf(
            "extraction speed / decoding speed (cpu): %.4f\n", double(decodingCpu) / double(extractingCpu));
    return 0;
}
