// factdesk-cli extract on a big generated French + English plain-text file,
// given as a file and piped on standard input: prints wall time, the child's
// peak RSS and the ratio RSS / file size (streaming must keep it under 4).
//
//   bench_cliextract [megabytes=200] [path/to/factdesk-cli]
//
// Each run is measured in a child of its own (bench_cliextract --run …), so
// that one run's peak memory is not taken for the other's.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <cstdio>

namespace {

QByteArray paragraph(QRandomGenerator &random)
{
    const int percent = int(random.bounded(1, 40));
    const int tenth = int(random.bounded(10));
    const int year = int(random.bounded(2015, 2026));
    const int amount = int(random.bounded(2, 900));
    const int thousands = int(random.bounded(1, 99));
    const int units = int(random.bounded(100, 999));
    // Both languages take the same figures in the same order, so only the sentence differs.
    const QString sentence = random.bounded(2) == 0
        ? QStringLiteral(
            "Le budget de la région a progressé de %1,%2 % en %3, pour atteindre %4 millions d’euros. "
            "Plus de %5 %6 salariés 👷 travaillent sur le site, soit %7 fois plus qu’en %3.\n\n")
        : QStringLiteral("The council's budget rose %1.%2% in %3 to $%4 million, officials said. "
                         "About %5,%6 people 🚢 now work at the port, %7 times more than in %3.\n\n");
    const QString text
        = sentence.arg(percent).arg(tenth).arg(year).arg(amount).arg(thousands).arg(units).arg(tenth + 2);
    return text.toUtf8();
}

} // namespace

/// bench_cliextract --run CLI INPUT OUTPUT file|stdin: one measured run of factdesk-cli.
int measureOneRun(const QString &cli, const QString &input, const QString &output, bool piped)
{
    QTextStream out(stdout);
    const qint64 size = QFile(input).size();
    QProcess process;
    process.setStandardOutputFile(output);
    if (piped)
        process.setStandardInputFile(input);
    QElapsedTimer timer;
    timer.start();
    process.start(cli, { QStringLiteral("extract"), piped ? QStringLiteral("-") : input });
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit) {
        std::fprintf(stderr, "factdesk-cli did not finish normally\n");
        return 1;
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    const double peakMegabytes = double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
    const double fileMegabytes = double(size) / (1024.0 * 1024.0);

    qint64 figures = 0;
    QFile result(output);
    if (result.open(QIODevice::ReadOnly)) {
        while (!result.atEnd())
            figures += result.readLine().startsWith("{\"start\":");
    }
    out << "factdesk-cli extract " << (piped ? "- < FILE" : "FILE") << ", "
        << QString::number(fileMegabytes, 'f', 1) << " MB plain text (fr + en)\n"
        << "  exit status      " << process.exitCode() << '\n'
        << "  wall time        " << QString::number(seconds, 'f', 2) << " s ("
        << QString::number(fileMegabytes / seconds, 'f', 1) << " MB/s)\n"
        << "  peak RSS         " << QString::number(peakMegabytes, 'f', 1) << " MB ("
        << QString::number(peakMegabytes / fileMegabytes, 'f', 2) << " x the file)\n"
        << "  figures          " << figures << '\n';
    return process.exitCode();
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 6 && arguments.at(1) == QLatin1String("--run"))
        return measureOneRun(
            arguments.at(2), arguments.at(3), arguments.at(4), arguments.at(5) == QLatin1String("stdin"));
    const qint64 megabytes = arguments.size() > 1 ? arguments.at(1).toLongLong() : 200;
    const QString cli = arguments.size() > 2 ? arguments.at(2) : QStringLiteral(FACTDESK_CLI_PATH);
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("big.txt"));
    const QString output = dir.filePath(QStringLiteral("figures.json"));
    {
        QFile file(input);
        if (!file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(input));
            return 1;
        }
        QRandomGenerator random(42);
        file.write("Rapport annuel\n\nPublié le 29 octobre 2025\n\n");
        QByteArray buffer;
        while (file.size() + buffer.size() < megabytes * 1024 * 1024) {
            buffer += paragraph(random);
            if (buffer.size() > (1 << 20)) {
                file.write(buffer);
                buffer.clear();
            }
        }
        file.write(buffer);
    }
    int status = 0;
    for (const QString &mode : { QStringLiteral("file"), QStringLiteral("stdin") }) {
        out.flush();
        const int run = QProcess::execute(
            app.applicationFilePath(), { QStringLiteral("--run"), cli, input, output, mode });
        status = status ? status : run;
    }
    return status;
}
