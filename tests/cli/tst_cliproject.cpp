#include "../project/csvparser.h"
#include "clirun.h"

#include "project/projectstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace FactDesk;

namespace {

using FactDesk::Testing::CliRun;
using FactDesk::Testing::runCli;
using FactDesk::Testing::runProgram;

/**
 * Runs the CLI with a file size limit of zero (ulimit -f 0, SIGXFSZ ignored):
 * every write to a file fails as on a full disk, while its output still goes
 * to pipes. Works as root and needs no mount.
 */
CliRun runCliOnFullDisk(const QStringList &arguments)
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
    const CliRun run = runCli({ QStringLiteral("list"), project });
    const QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
        if (fields.size() >= 2)
            statuses.insert(fields.at(0).toLongLong(), fields.at(1));
    }
    return statuses;
}

/**
 * Damages an index the way a bad sector can while every page stays well
 * formed: the last entry of the index's single leaf page is pointed at
 * another article (127), so the quick check at open time passes and only the
 * full check (every index against its table) sees it. False when the index
 * does not have that shape.
 */
bool damageIndex(const QString &project, const QString &index)
{
    int rootPage = 0;
    int pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(project);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            if (query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(index))
                && query.next())
                rootPage = query.value(0).toInt();
            if (query.exec(QStringLiteral("PRAGMA page_size")) && query.next())
                pageSize = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    QFile file(project);
    if (rootPage < 2 || pageSize == 0 || !file.open(QIODevice::ReadWrite))
        return false;
    const qint64 base = qint64(rootPage - 1) * pageSize;
    file.seek(base);
    QByteArray page = file.read(pageSize);
    const auto byte = [&page](int at) { return int(quint8(page.at(at))); };
    if (page.size() != pageSize || byte(0) != 0x0A) // a leaf index page
        return false;
    const int cells = (byte(3) << 8) | byte(4);
    const int last = (byte(8 + 2 * (cells - 1)) << 8) | byte(9 + 2 * (cells - 1));
    // Cell: payload size, record header size, serial types, then the values.
    const int headerSize = byte(last + 1);
    if (cells < 1 || byte(last) >= 0x80 || byte(last + 2) != 1) // article_id as a one-byte integer
        return false;
    page[last + 1 + headerSize] = char(0x7F);
    file.seek(base);
    return file.write(page) == pageSize;
}

/// A small tmpfs mounted on a temporary folder (root only), unmounted when gone.
class SmallDisk
{
public:
    explicit SmallDisk(int kilobytes)
    {
        m_mounted = m_dir.isValid()
            && QProcess::execute(QStringLiteral("mount"),
                   { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                       QStringLiteral("size=%1k").arg(kilobytes), QStringLiteral("tmpfs"), m_dir.path() })
                == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), { m_dir.path() });
    }
    bool isMounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    /// Fills the disk up to about kilobytesLeft free.
    bool fillLeaving(int kilobytesLeft)
    {
        QFile fill(filePath(QStringLiteral("fill")));
        if (!fill.open(QIODevice::WriteOnly))
            return false;
        const QByteArray block(1024, 'x');
        while (QStorageInfo(m_dir.path()).bytesAvailable() / 1024 > kilobytesLeft) {
            if (fill.write(block) != block.size() || !fill.flush())
                return kilobytesLeft == 0; // full
        }
        return true;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

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
    void reviewWaitsForTheHolder();
    void fullTmpfsSaysSo();
    void damagedIndexRefusedThenRepaired();

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
    const CliRun import = runCli({ QStringLiteral("import"), m_project,
        m_dir.filePath(QStringLiteral("budget.txt")), m_dir.filePath(QStringLiteral("jobs.md")) });
    QCOMPARE(import.exitCode, 0);
    QVERIFY2(import.outText().contains(QLatin1String("2 imported")), qPrintable(import.outText() + import.errText()));
    m_ids = listStatuses(m_project).keys();
    QVERIFY2(m_ids.size() >= 4, qPrintable(QString::number(m_ids.size())));
}

void TestCliProject::importReviewExport()
{
    // The same file again is skipped, a missing one fails the command.
    CliRun run = runCli({ QStringLiteral("import"), m_project, m_dir.filePath(QStringLiteral("budget.txt")) });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.outText().contains(QLatin1String("skipped")));
    run = runCli({ QStringLiteral("import"), m_project, m_dir.filePath(QStringLiteral("missing.txt")) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.errText().contains(QLatin1String("missing.txt")));

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
    QVERIFY2(run.outText().contains(QLatin1String("4.5")), qPrintable(run.outText()));

    const QMap<qint64, QString> statuses = listStatuses(m_project);
    QCOMPARE(statuses.value(m_ids.at(0)), QStringLiteral("confirmed"));
    QCOMPARE(statuses.value(m_ids.at(1)), QStringLiteral("rejected"));
    QCOMPARE(statuses.value(m_ids.at(2)), QStringLiteral("corrected"));

    run = runCli({ QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(run.exitCode, 0);
    QVector<QStringList> records;
    QString error;
    QVERIFY2(parseStrictCsv(run.outText(), QLatin1Char(','), &records, &error), qPrintable(error));
    QCOMPARE(records.size(), 3); // header + confirmed + corrected
    QCOMPARE(records.at(1).at(0), first);
    const QStringList header = records.at(0); // a copy: records is read again below
    QCOMPARE(records.at(1).at(header.indexOf(QStringLiteral("note"))), QStringLiteral("checked; \"ok\""));
    QCOMPARE(records.at(2).at(0), third);
    QCOMPARE(records.at(2).at(header.indexOf(QStringLiteral("final_value"))), QStringLiteral("4.5"));
    // A bare number keeps the fact's kind.
    QCOMPARE(records.at(2).at(header.indexOf(QStringLiteral("final_kind"))), records.at(2).at(header.indexOf(QStringLiteral("kind"))));

    run = runCli({ QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("--all") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(parseStrictCsv(run.outText(), QLatin1Char(','), &records, &error));
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
    QCOMPARE(records.at(2).at(header.indexOf(QStringLiteral("final_value"))), QStringLiteral("4,5"));

    run = runCli({ QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.outText().toUtf8()).object();
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
    const CliRun run = runCli(QStringList { QStringLiteral("review"), m_project } + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.errText().isEmpty());
    QCOMPARE(listStatuses(m_project), before);

    const CliRun missing = runCli({ QStringLiteral("review"), m_dir.filePath(QStringLiteral("none.factdesk")),
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
    const CliRun run = runCli(QStringList { QStringLiteral("export"), m_project } + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.errText().isEmpty());
}

void TestCliProject::reviewRefusedWhileOpenElsewhere()
{
    QString error;
    auto store = ProjectStore::open(m_project, &error);
    QVERIFY2(store, qPrintable(error));
    const CliRun run = runCli(
        { QStringLiteral("review"), m_project, QStringLiteral("--fact"), QString::number(m_ids.at(3)),
            QStringLiteral("--confirm"), QStringLiteral("--wait"), QStringLiteral("0") });
    QCOMPARE(run.exitCode, 1);
    // Who holds it, and no "open it read-only" to a command that writes.
    QVERIFY2(run.errText().contains(QLatin1String("is in use by tst_cliproject (pid ")), qPrintable(run.errText()));
    QVERIFY2(!run.errText().contains(QLatin1String("read-only")), qPrintable(run.errText()));
    // Exporting does not need the lock.
    const CliRun exported
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

    const CliRun run = runCliOnFullDisk(arguments);
    QVERIFY2(
        run.exitCode == exitCode, qPrintable(QString::number(run.exitCode) + QLatin1Char(' ') + run.errText()));
    QVERIFY2(run.errText().contains(stderrContains), qPrintable(run.errText()));
    if (exitCode == 0)
        QVERIFY(run.outText().contains(QLatin1String("fact_id")) || run.outText().startsWith(QLatin1String("id\t")));
    else
        QVERIFY2(run.errText().contains(m_project) || run.errText().contains(earlier), qPrintable(run.errText()));
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
    const CliRun toFile = runCli({ QStringLiteral("export"), m_project, QStringLiteral("--format"), format,
        QStringLiteral("--all"), QStringLiteral("-o"), file });
    QCOMPARE(toFile.exitCode, 0);
    const CliRun dash = runCli({ QStringLiteral("export"), m_project, QStringLiteral("--format"), format,
        QStringLiteral("--all"), QStringLiteral("-o"), QStringLiteral("-") });
    QCOMPARE(dash.exitCode, 0);
    const CliRun bare = runCli(
        { QStringLiteral("export"), m_project, QStringLiteral("--format"), format, QStringLiteral("--all") });
    QCOMPARE(bare.exitCode, 0);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString expected = QString::fromUtf8(written.readAll());
    QVERIFY(expected.size() > 100);
    QCOMPARE(dash.outText(), expected);
    QCOMPARE(bare.outText(), expected);
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
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    if (outStart.isEmpty())
        QVERIFY2(run.outText().isEmpty(), qPrintable(run.outText()));
    else
        QVERIFY2(run.outText().startsWith(outStart), qPrintable(run.outText()));
    QVERIFY2(run.errText().contains(errContains), qPrintable(run.errText()));
}

void TestCliProject::importPrintsEachFileAsStored()
{
    // One line a file, in the order of the files, before the summary; a failure names the file and why.
    QTemporaryDir dir;
    QStringList files;
    QStringList expected;
    for (int i = 0; i < 12; ++i) {
        const QString file = dir.filePath(QStringLiteral("wire%1.txt").arg(i, 2, 10, QLatin1Char('0')));
        QVERIFY(writeText(file, QStringLiteral("Wire %1: freight volumes rose %2% in the quarter.").arg(i).arg(i + 3)));
        files << file;
        expected << QStringLiteral("imported\t") + file;
    }
    const QString empty = dir.filePath(QStringLiteral("empty.txt"));
    QFile(empty).open(QIODevice::WriteOnly);
    files.insert(5, empty);
    files << files.at(0);
    expected << QStringLiteral("skipped\t") + files.at(0);
    const QString project = dir.filePath(QStringLiteral("lines.factdesk"));
    const CliRun run = runCli(QStringList { QStringLiteral("import"), project } + files);
    QCOMPARE(run.exitCode, 1);
    QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 14, qPrintable(run.outText()));
    QVERIFY(lines.takeLast().startsWith(QLatin1String("12 imported, 0 updated, 1 duplicates skipped, 1 failed")));
    for (QString &line : lines)
        line = line.section(QLatin1Char('\t'), 0, 1);
    QCOMPARE(lines, expected);
    QVERIFY2(run.errText().startsWith(QStringLiteral("failed\t") + empty + QLatin1Char('\t')), qPrintable(run.errText()));
    QVERIFY2(!run.errText().section(QLatin1Char('\t'), 2).trimmed().isEmpty(), qPrintable(run.errText())); // the reason
}

void TestCliProject::reviewWaitsForTheHolder()
{
    QString error;
    auto store = ProjectStore::open(m_project, &error);
    QVERIFY2(store, qPrintable(error));
    QProcess review;
    review.start(QStringLiteral(FACTDESK_CLI_PATH),
        { QStringLiteral("review"), m_project, QStringLiteral("--fact"), QString::number(m_ids.at(3)),
            QStringLiteral("--confirm"), QStringLiteral("--wait"), QStringLiteral("30") });
    QVERIFY(review.waitForStarted());
    // Still waiting while the project is held...
    QVERIFY(!review.waitForFinished(700));
    store.reset();
    // ...and done soon after it is let go.
    QVERIFY(review.waitForFinished(20000));
    QCOMPARE(review.exitCode(), 0);
    QCOMPARE(listStatuses(m_project).value(m_ids.at(3)), QStringLiteral("confirmed"));
}

void TestCliProject::fullTmpfsSaysSo()
{
    SmallDisk disk(1024);
    if (!disk.isMounted())
        QSKIP("mounting a small tmpfs needs root");
    const QString earlier = disk.filePath(QStringLiteral("out.json"));
    QCOMPARE(runCli({ QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("json"),
                        QStringLiteral("--all"), QStringLiteral("-o"), earlier })
                 .exitCode,
        0);
    QVERIFY(disk.fillLeaving(48));
    const QString article = m_dir.filePath(QStringLiteral("budget.txt"));
    const QString project = disk.filePath(QStringLiteral("new.factdesk"));
    const CliRun created = runCli({ QStringLiteral("import"), project, article });
    QCOMPARE(created.exitCode, 1);
    QVERIFY2(created.errText().contains(QLatin1String("the disk is full (")), qPrintable(created.errText()));
    QVERIFY2(created.errText().contains(QLatin1String(" KB free)")), qPrintable(created.errText()));
    // A project whose creation failed leaves nothing behind.
    for (const QString &suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock") })
        QVERIFY2(!QFile::exists(project + suffix), qPrintable(project + suffix));
    // An export that does not fit says so, and keeps the earlier one.
    QVERIFY(disk.fillLeaving(0));
    const QByteArray before = sha256Of(earlier);
    const QString big = disk.filePath(QStringLiteral("out2.json"));
    const CliRun exported = runCli({ QStringLiteral("export"), m_project, QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--all"), QStringLiteral("-o"), big });
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.errText().contains(QLatin1String("the disk is full (")), qPrintable(exported.errText()));
    QVERIFY(!exported.errText().contains(QLatin1String("Unknown error")));
    QCOMPARE(sha256Of(earlier), before);
}

void TestCliProject::damagedIndexRefusedThenRepaired()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("damaged.factdesk"));
    QVERIFY(QFile::copy(m_project, project));
    QVERIFY(damageIndex(project, QStringLiteral("facts_article")));
    const QByteArray damaged = sha256Of(project);
    const QString fact = QString::number(m_ids.at(0));

    // Reading still works; the first write is refused before it touches the file.
    QCOMPARE(runCli({ QStringLiteral("list"), project }).exitCode, 0);
    CliRun run = runCli({ QStringLiteral("review"), project, QStringLiteral("--fact"), fact,
        QStringLiteral("--reject"), QStringLiteral("duplicate") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(QLatin1String("is damaged (the full check found")), qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(QLatin1String("factdesk-cli repair")), qPrintable(run.errText()));
    QCOMPARE(sha256Of(project), damaged);

    run = runCli({ QStringLiteral("repair"), project });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().contains(QLatin1String("its indexes were rebuilt")), qPrintable(run.outText() + run.errText()));
    QCOMPARE(sha256Of(project + QStringLiteral(".before-repair")), damaged);
    run = runCli({ QStringLiteral("review"), project, QStringLiteral("--fact"), fact,
        QStringLiteral("--reject"), QStringLiteral("duplicate") });
    QCOMPARE(run.exitCode, 0);
    run = runCli({ QStringLiteral("repair"), project });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().contains(QLatin1String("nothing to repair")), qPrintable(run.outText()));
}

QTEST_GUILESS_MAIN(TestCliProject)
#include "tst_cliproject.moc"
