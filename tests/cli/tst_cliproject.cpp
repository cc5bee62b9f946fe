#include "../project/csvparser.h"

#include "project/projectstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace FactDesk;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run runCli(const QStringList &arguments)
{
    return runProgram(QStringLiteral(FACTDESK_CLI_PATH), arguments);
}

/**
 * Runs the CLI with a file size limit of zero (ulimit -f 0, SIGXFSZ ignored):
 * every write to a file fails as on a full disk, while its output still goes
 * to pipes. Works as root and needs no mount.
 */
Run runCliOnFullDisk(const QStringList &arguments)
{
    return runProgram(QStringLiteral("/bin/sh"),
        QStringList { QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 0; exec \"$0\" \"$@\""),
            QStringLiteral(FACTDESK_CLI_PATH) }
            + arguments);
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
}

/// id → status from `factdesk-cli list`.
QMap<qint64, QString> listStatuses(const QString &project)
{
    QMap<qint64, QString> statuses;
    const Run run = runCli({ QStringLiteral("list"), project });
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
        if (fields.size() >= 2)
            statuses.insert(fields.at(0).toLongLong(), fields.at(1));
    }
    return statuses;
}

} // namespace

class TestCliProject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importReviewExport();
    void reviewExitCodes_data();
    void reviewExitCodes();
    void exportExitCodes_data();
    void exportExitCodes();
    void reviewRefusedWhileOpenElsewhere();
    void fullStandardOutput_data();
    void fullStandardOutput();
    void fullDiskLosesNothing_data();
    void fullDiskLosesNothing();
    void exportToStandardOutput_data();
    void exportToStandardOutput();
    void versionAndHelp_data();
    void versionAndHelp();
    void importPrintsEachFileAsStored();

private:
    QTemporaryDir m_dir;
    QString m_project;
    QList<qint64> m_ids;
};

void TestCliProject::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(writeText(m_dir.filePath(QStringLiteral("budget.txt")),
        QStringLiteral("Le déficit de la région atteint 4,2 % cette année, contre 3,9 % l'an "
                       "passé.\n\nLa dette s'élève à 13 milliards d'euros.\n")));
    QVERIFY(writeText(m_dir.filePath(QStringLiteral("jobs.md")),
        QStringLiteral("# Emploi\n\nThe plant will hire 250 workers and invest $40 million by "
                       "2027.\n")));
    m_project = m_dir.filePath(QStringLiteral("cli.factdesk"));
    const Run import = runCli({ QStringLiteral("import"), m_project,
        m_dir.filePath(QStringLiteral("budget.txt")), m_dir.filePath(QStringLiteral("jobs.md")) });
    QCOMPARE(import.exitCode, 0);
    QVERIFY2(import.out.contains(QLatin1String("2 imported")), qPrintable(import.out + import.err));
    m_ids = listStatuses(m_project).keys();
    QVERIFY2(m_ids.size() >= 4, qPrintable(QString::number(m_ids.size())));
}

void TestCliProject::importReviewExport()
{
    // The same file again is skipped, a missing one fails the command.
    Run run = runCli({ QStringLiteral("import"), m_project, m_dir.filePath(QStringLiteral("budget.txt")) });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("skipped")));
    run = runCli({ QStringLiteral("import"), m_project, m_dir.filePath(QStringLiteral("missing.txt")) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QLatin1String("missing.txt")));

    const QString first = QString::number(m_ids.at(0));
    const QString second = QString::number(m_ids.at(1));
    const QString third = QString::number(m_ids.at(2));
    run = runCli({ QStringLiteral("review"), m_project, QStringLiteral("--fact"), first,
        QStringLiteral("--confirm"), QStringLiteral("--note"), QStringLiteral("checked; \"ok\"") });
    QCOMPARE(run.exitCode, 0);
    run = runCli({ QStringLiteral("review"), m_project, QStringLiteral("--fact"), second,
        QStringLiteral("--reject"), QStringLiteral("wrong_reading") });
    QCOMPARE(run.exitCode, 0);
    run = runCli({ QStringLiteral("review"), m_project, QStringLiteral("--fact"), third,
        QStringLiteral("--correct"), QStringLiteral("4,5") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("4.5")), qPrintable(run.out));

    const QMap<qint64, QString> statuses = listStatuses(m_project);
    QCOMPARE(statuses.value(m_ids.at(0)), QStringLiteral("confirmed"));
    QCOMPARE(statuses.value(m_ids.at(1)), QStringLiteral("rejected"));
    QCOMPARE(statuses.value(m_ids.at(2)), QStringLiteral("corrected"));

    run = runCli({ QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(run.exitCode, 0);
    QVector<QStringList> records;
    QString error;
    QVERIFY2(parseStrictCsv(run.out, QLatin1Char(','), &records, &error), qPrintable(error));
    QCOMPARE(records.size(), 3); // header + confirmed + corrected
    QCOMPARE(records.at(1).at(0), first);
    QCOMPARE(records.at(1).at(19), QStringLiteral("checked; \"ok\""));
    QCOMPARE(records.at(2).at(0), third);
    QCOMPARE(records.at(2).at(13), QStringLiteral("4.5"));

    run = runCli({ QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("--all") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(parseStrictCsv(run.out, QLatin1Char(','), &records, &error));
    QCOMPARE(records.size(), m_ids.size() + 1);

    const QString csvPath = m_dir.filePath(QStringLiteral("out.csv"));
    run = runCli({ QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("--excel"), QStringLiteral("fr"), QStringLiteral("-o"), csvPath });
    QCOMPARE(run.exitCode, 0);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(parseStrictCsv(QString::fromUtf8(bytes.mid(3)), QLatin1Char(';'), &records, &error));
    QCOMPARE(records.at(2).at(13), QStringLiteral("4,5"));

    run = runCli({ QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
    QCOMPARE(json.value(QStringLiteral("total")).toInt(), 2);
}

void TestCliProject::reviewExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown fact id") << QStringList { QStringLiteral("--fact"), QStringLiteral("99999"),
        QStringLiteral("--confirm") } << 1;
    QTest::newRow("unreadable correction") << QStringList { QStringLiteral("--fact"), QStringLiteral("1"),
        QStringLiteral("--correct"), QStringLiteral("pas un nombre") }
                                           << 1;
    QTest::newRow("id is not a number")
        << QStringList { QStringLiteral("--fact"), QStringLiteral("abc"), QStringLiteral("--confirm") } << 2;
    QTest::newRow("no fact id") << QStringList { QStringLiteral("--confirm") } << 2;
    QTest::newRow("no decision") << QStringList { QStringLiteral("--fact"), QStringLiteral("1") } << 2;
    QTest::newRow("two decisions") << QStringList { QStringLiteral("--fact"), QStringLiteral("1"),
        QStringLiteral("--confirm"), QStringLiteral("--reject"), QStringLiteral("other") }
                                   << 2;
    QTest::newRow("unknown reason") << QStringList { QStringLiteral("--fact"), QStringLiteral("1"),
        QStringLiteral("--reject"), QStringLiteral("boring") }
                                    << 2;
    QTest::newRow("reason missing") << QStringList { QStringLiteral("--fact"), QStringLiteral("1"),
        QStringLiteral("--reject") } << 2;
    QTest::newRow("empty reason") << QStringList { QStringLiteral("--fact"), QStringLiteral("1"),
        QStringLiteral("--reject"), QString() }
                                  << 2;
    QTest::newRow("empty correction") << QStringList { QStringLiteral("--fact"), QStringLiteral("1"),
        QStringLiteral("--correct"), QString() }
                                      << 2;
    QTest::newRow("blank correction") << QStringList { QStringLiteral("--fact"), QStringLiteral("1"),
        QStringLiteral("--correct"), QStringLiteral("   ") }
                                      << 2;
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--fact"), QStringLiteral("1"),
        QStringLiteral("--confirm"), QStringLiteral("--force") }
                                    << 2;
}

void TestCliProject::reviewExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const QMap<qint64, QString> before = listStatuses(m_project);
    const Run run = runCli(QStringList { QStringLiteral("review"), m_project } + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(listStatuses(m_project), before);

    const Run missing = runCli({ QStringLiteral("review"), m_dir.filePath(QStringLiteral("none.factdesk")),
        QStringLiteral("--fact"), QStringLiteral("1"), QStringLiteral("--confirm") });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.factdesk"))));
}

void TestCliProject::exportExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no format") << QStringList {} << 2;
    QTest::newRow("unknown format") << QStringList { QStringLiteral("--format"), QStringLiteral("xml") } << 2;
    QTest::newRow("excel with json") << QStringList { QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--excel"), QStringLiteral("fr") }
                                     << 2;
    QTest::newRow("unknown excel flavour") << QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("--excel"), QStringLiteral("de") }
                                           << 2;
    QTest::newRow("output folder missing") << QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("-o"), QStringLiteral("/nonexistent-folder/x.csv") }
                                           << 1;
}

void TestCliProject::exportExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run run = runCli(QStringList { QStringLiteral("export"), m_project } + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
}

void TestCliProject::reviewRefusedWhileOpenElsewhere()
{
    QString error;
    auto store = ProjectStore::open(m_project, &error);
    QVERIFY2(store, qPrintable(error));
    const Run run = runCli({ QStringLiteral("review"), m_project, QStringLiteral("--fact"),
        QString::number(m_ids.at(3)), QStringLiteral("--confirm") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("already open")), qPrintable(run.err));
    // Exporting does not need the lock.
    const Run exported
        = runCli({ QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(exported.exitCode, 0);
}

void TestCliProject::fullStandardOutput_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("extract") << QStringLiteral("extract ARTICLE");
    QTest::newRow("list") << QStringLiteral("list PROJECT");
    QTest::newRow("export") << QStringLiteral("export PROJECT --format json --all");
}

void TestCliProject::fullStandardOutput()
{
    QFETCH(QString, command);
    const QString article = m_dir.filePath(QStringLiteral("budget.txt"));
    command.replace(QLatin1String("ARTICLE"), article).replace(QLatin1String("PROJECT"), m_project);
    // /dev/full fails every write with ENOSPC, as a full disk behind "> file" does.
    QProcess process;
    process.start(QStringLiteral("/bin/sh"),
        { QStringLiteral("-c"), QStringLiteral("exec \"$0\" %1 > /dev/full").arg(command),
            QStringLiteral(FACTDESK_CLI_PATH) });
    QVERIFY(process.waitForFinished(120000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(QLatin1String("standard output: cannot be written")), qPrintable(err));
}

void TestCliProject::fullDiskLosesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");
    // Reading needs no space: the project opens without its "-shm" side file.
    QTest::newRow("list reads") << QStringList { QStringLiteral("list") } << 0 << QString();
    QTest::newRow("export to stdout reads")
        << QStringList { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv") } << 0
        << QString();
    QTest::newRow("export over an earlier export") << QStringList { QStringLiteral("export"),
        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--all"), QStringLiteral("-o"),
        QStringLiteral("EARLIER") } << 1 << QStringLiteral("earlier.csv: File too large");
    QTest::newRow("review") << QStringList { QStringLiteral("review"), QStringLiteral("--fact"),
        QStringLiteral("FACT"), QStringLiteral("--confirm") }
                            << 1 << QStringLiteral("File too large. Nothing was changed.");
    QTest::newRow("import") << QStringList { QStringLiteral("import"), QStringLiteral("ARTICLE") } << 1
                            << QStringLiteral("File too large. Nothing was changed.");
}

void TestCliProject::fullDiskLosesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    const QString earlier = m_dir.filePath(QStringLiteral("earlier.csv"));
    if (!QFile::exists(earlier)) {
        QCOMPARE(runCli({ QStringLiteral("export"), m_project, QStringLiteral("--format"),
                            QStringLiteral("csv"), QStringLiteral("-o"), earlier })
                     .exitCode,
            0);
    }
    const QString article = m_dir.filePath(QStringLiteral("new.txt"));
    QVERIFY(writeText(article, QStringLiteral("Les ventes ont bondi de 8 % en un an.\n")));
    arguments.insert(1, m_project);
    arguments.replaceInStrings(QStringLiteral("EARLIER"), earlier);
    arguments.replaceInStrings(QStringLiteral("FACT"), QString::number(m_ids.at(3)));
    arguments.replaceInStrings(QStringLiteral("ARTICLE"), article);
    const QByteArray projectBefore = sha256Of(m_project);
    const QByteArray exportBefore = sha256Of(earlier);
    const QMap<qint64, QString> statusesBefore = listStatuses(m_project);

    const Run run = runCliOnFullDisk(arguments);
    QVERIFY2(
        run.exitCode == exitCode, qPrintable(QString::number(run.exitCode) + QLatin1Char(' ') + run.err));
    QVERIFY2(run.err.contains(stderrContains), qPrintable(run.err));
    if (exitCode == 0)
        QVERIFY(run.out.contains(QLatin1String("fact_id")) || run.out.startsWith(QLatin1String("id\t")));
    else
        QVERIFY2(run.err.contains(m_project) || run.err.contains(earlier), qPrintable(run.err));
    QCOMPARE(sha256Of(m_project), projectBefore);
    QCOMPARE(sha256Of(earlier), exportBefore);
    QCOMPARE(listStatuses(m_project), statusesBefore);
    QVERIFY(!QFile::exists(m_project + QStringLiteral("-shm")));
}

void TestCliProject::exportToStandardOutput_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("json") << QStringLiteral("json");
}

void TestCliProject::exportToStandardOutput()
{
    // "-o -" is standard output (no file named '-'), the same bytes as a file and as no -o.
    QFETCH(QString, format);
    const QString file = m_dir.filePath(QStringLiteral("same.") + format);
    const Run toFile = runCli({ QStringLiteral("export"), m_project, QStringLiteral("--format"), format,
        QStringLiteral("--all"), QStringLiteral("-o"), file });
    QCOMPARE(toFile.exitCode, 0);
    const Run dash = runCli({ QStringLiteral("export"), m_project, QStringLiteral("--format"), format,
        QStringLiteral("--all"), QStringLiteral("-o"), QStringLiteral("-") });
    QCOMPARE(dash.exitCode, 0);
    const Run bare = runCli(
        { QStringLiteral("export"), m_project, QStringLiteral("--format"), format, QStringLiteral("--all") });
    QCOMPARE(bare.exitCode, 0);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString expected = QString::fromUtf8(written.readAll());
    QVERIFY(expected.size() > 100);
    QCOMPARE(dash.out, expected);
    QCOMPARE(bare.out, expected);
    QVERIFY(!QFileInfo::exists(QStringLiteral("-")));
}

void TestCliProject::versionAndHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("outStart"); ///< empty: standard output stays empty
    QTest::addColumn<QString>("errContains");
    QTest::newRow("--version") << QStringList { QStringLiteral("--version") } << 0
                               << QStringLiteral("factdesk-cli %1").arg(QStringLiteral(FACTDESK_VERSION))
                               << QString();
    QTest::newRow("help import") << QStringList { QStringLiteral("help"), QStringLiteral("import") } << 0
                                 << QStringLiteral("Usage: factdesk-cli import") << QString();
    QTest::newRow("help extract") << QStringList { QStringLiteral("help"), QStringLiteral("extract") } << 0
                                  << QStringLiteral("Usage: factdesk-cli extract") << QString();
    QTest::newRow("help export") << QStringList { QStringLiteral("help"), QStringLiteral("export") } << 0
                                 << QStringLiteral("Usage: factdesk-cli export") << QString();
    QTest::newRow("help alone") << QStringList { QStringLiteral("help") } << 0
                                << QStringLiteral("Usage: factdesk-cli COMMAND") << QString();
    QTest::newRow("help of no command")
        << QStringList { QStringLiteral("help"), QStringLiteral("frobnicate") } << 2 << QString()
        << QStringLiteral("unknown command 'frobnicate'");
}

void TestCliProject::versionAndHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, outStart);
    QFETCH(QString, errContains);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    if (outStart.isEmpty())
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    else
        QVERIFY2(run.out.startsWith(outStart), qPrintable(run.out));
    QVERIFY2(run.err.contains(errContains), qPrintable(run.err));
}

void TestCliProject::importPrintsEachFileAsStored()
{
    // One line a file, in the order of the files, before the summary; a failure names the file and why.
    QTemporaryDir dir;
    QStringList files;
    QStringList expected;
    for (int i = 0; i < 12; ++i) {
        const QString file = dir.filePath(QStringLiteral("wire%1.txt").arg(i, 2, 10, QLatin1Char('0')));
        QVERIFY(writeText(
            file, QStringLiteral("Wire %1: freight volumes rose %2% in the quarter.").arg(i).arg(i + 3)));
        files << file;
        expected << QStringLiteral("imported\t") + file;
    }
    const QString empty = dir.filePath(QStringLiteral("empty.txt"));
    QFile(empty).open(QIODevice::WriteOnly);
    files.insert(5, empty);
    files << files.at(0);
    expected << QStringLiteral("skipped\t") + files.at(0);
    const QString project = dir.filePath(QStringLiteral("lines.factdesk"));
    const Run run = runCli(QStringList { QStringLiteral("import"), project } + files);
    QCOMPARE(run.exitCode, 1);
    QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 14, qPrintable(run.out));
    QVERIFY(
        lines.takeLast().startsWith(QLatin1String("12 imported, 0 updated, 1 duplicates skipped, 1 failed")));
    for (QString &line : lines)
        line = line.section(QLatin1Char('\t'), 0, 1);
    QCOMPARE(lines, expected);
    QVERIFY2(run.err.startsWith(QStringLiteral("failed\t") + empty + QLatin1Char('\t')), qPrintable(run.err));
    QVERIFY2(!run.err.section(QLatin1Char('\t'), 2).trimmed().isEmpty(), qPrintable(run.err)); // the reason
}

QTEST_GUILESS_MAIN(TestCliProject)
#include "tst_cliproject.moc"
