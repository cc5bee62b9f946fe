#include "csvparser.h"
#include "exportfixture.h"

#include "export/csvwriter.h"
#include "export/exportrows.h"
#include "project/project.h"
#include "project/projectstore.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace FactDesk;
using FactDesk::Test::codePointSlice;
using FactDesk::Test::figureAt;

Q_DECLARE_METATYPE(CsvWriter::Dialect)

namespace {

int column(const QString &name)
{
    return int(CsvWriter::columnNames().indexOf(name));
}

Article articleWith(const QString &text)
{
    Article article;
    article.title = QStringLiteral("Essai");
    article.source = QStringLiteral("Test");
    article.url = QStringLiteral("https://example.org/a");
    article.date = QDate(2025, 10, 29);
    article.language = QStringLiteral("fr");
    article.text = text;
    return article;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cells_data();
    void cells();
    void verifiedOnlyAndAll();
    void headerAndPreview();
    void asOfColumn_data();
    void asOfColumn();
    void contextSentence_data();
    void contextSentence();
    void plainNumbers_data();
    void plainNumbers();
    void roundTripThroughStore();
    void writeFailuresLeaveEarlierFile();
};

void TestCsvWriter::cells_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("note");
    QTest::addColumn<CsvWriter::Dialect>("dialect");
    QTest::addColumn<QString>("expectedValue");
    QTest::addColumn<QString>("expectedNote");
    QTest::addColumn<int>("expectedStart");

    const QString plain = QStringLiteral("Le budget atteint 4,2 % cette année. Fin.");
    const auto rfc = CsvWriter::Dialect::Rfc4180;
    const auto fr = CsvWriter::Dialect::ExcelFrench;
    const auto en = CsvWriter::Dialect::ExcelEnglish;
    QTest::newRow("plain") << plain << "4,2 %"
                           << "4.2"
                           << "vérifié" << rfc << "4.2"
                           << "vérifié" << 18;
    QTest::newRow("quotes in note") << plain << "4,2 %"
                                    << "4.2"
                                    << "il a dit \"non\", puis \"oui\"" << rfc << "4.2"
                                    << "il a dit \"non\", puis \"oui\"" << 18;
    QTest::newRow("newlines in note") << plain << "4,2 %"
                                      << "4.2"
                                      << "ligne 1\nligne 2\r\nligne 3" << rfc << "4.2"
                                      << "ligne 1\nligne 2\r\nligne 3" << 18;
    QTest::newRow("semicolon, Excel French") << plain << "4,2 %"
                                             << "4.2"
                                             << "a; b; c" << fr << "4,2"
                                             << "a; b; c" << 18;
    QTest::newRow("comma, Excel English") << plain << "4,2 %"
                                          << "4.2"
                                          << "a, b" << en << "4.2"
                                          << "a, b" << 18;
    QTest::newRow("large integer, Excel French")
        << QStringLiteral("Une dette de 13 milliards d'euros.") << "13 milliards"
        << "13000000000"
        << "" << fr << "13000000000"
        << "" << 13;
    QTest::newRow("emoji before the figure") << QStringLiteral("📈📉 Hausse de 12 % en mars 😀.") << "12 %"
                                             << "12"
                                             << "😀 ok" << rfc << "12"
                                             << "😀 ok" << 13;
    QTest::newRow("combining accent before the figure")
        << QStringLiteral("Cafe\u0301 : 7 % de plus.") << "7 %"
        << "7"
        << "" << rfc << "7"
        << "" << 8;
    QTest::newRow("formula in note") << plain << "4,2 %"
                                     << "4.2"
                                     << "=HYPERLINK(\"http://x\")" << rfc << "4.2"
                                     << "'=HYPERLINK(\"http://x\")" << 18;
    QTest::newRow("plus in note") << plain << "4,2 %"
                                  << "4.2"
                                  << "+33 1 23" << rfc << "4.2"
                                  << "'+33 1 23" << 18;
    QTest::newRow("minus in note") << plain << "4,2 %"
                                   << "4.2"
                                   << "-1+1" << rfc << "4.2"
                                   << "'-1+1" << 18;
    QTest::newRow("at sign in note") << plain << "4,2 %"
                                     << "4.2"
                                     << "@SUM(A1)" << rfc << "4.2"
                                     << "'@SUM(A1)" << 18;
    QTest::newRow("tab in note") << plain << "4,2 %"
                                 << "4.2"
                                 << "\tx" << rfc << "4.2"
                                 << "'\tx" << 18;
    QTest::newRow("negative number kept") << QStringLiteral("Le solde est de -3 points.") << "-3"
                                          << "-3"
                                          << "" << rfc << "-3"
                                          << "" << 16;
    QTest::newRow("negative decimal, Excel French")
        << QStringLiteral("Le solde est de -3,5 points.") << "-3,5"
        << "-3.5"
        << "" << fr << "-3,5"
        << "" << 16;
    QTest::newRow("formula in a value column neutralised") << plain << "4,2 %"
                                                           << "-2+3+cmd|' /C calc'!A0"
                                                           << "" << rfc << "'-2+3+cmd|' /C calc'!A0"
                                                           << "" << 18;
}

void TestCsvWriter::cells()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QFETCH(QString, value);
    QFETCH(QString, note);
    QFETCH(CsvWriter::Dialect, dialect);
    QFETCH(QString, expectedValue);
    QFETCH(QString, expectedNote);
    QFETCH(int, expectedStart);

    Project project;
    project.setEditor(QStringLiteral("=editor"));
    const Figure figure = figureAt(text, written, FigureKind::Percent, value, QStringLiteral("%"));
    QVERIFY(figure.start >= 0);
    QVERIFY(project.addArticle(articleWith(text), { figure }));
    Fact fact = project.facts().first();
    fact.status = ReviewStatus::Confirmed;
    fact.note = note;
    // Who and when are the Reviewer's to stamp; the project writes them as given.
    fact.editor = project.editor();
    fact.reviewedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(project.updateFact(fact, QStringLiteral("confirm")));

    CsvWriter writer(project);
    writer.setDialect(dialect);
    const QByteArray bytes = writer.toCsv();
    const QByteArray bom("\xEF\xBB\xBF");
    QCOMPARE(bytes.startsWith(bom), dialect != CsvWriter::Dialect::Rfc4180);
    const QString csv = QString::fromUtf8(bytes.startsWith(bom) ? bytes.mid(3) : bytes);
    const QChar delimiter = dialect == CsvWriter::Dialect::ExcelFrench ? QLatin1Char(';') : QLatin1Char(',');

    QVector<QStringList> records;
    QString error;
    QVERIFY2(parseStrictCsv(csv, delimiter, &records, &error), qPrintable(error));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0), CsvWriter::columnNames());
    const QStringList &row = records.at(1);
    QCOMPARE(row.size(), CsvWriter::columnNames().size());
    QCOMPARE(row.at(column(QStringLiteral("fact_id"))), QString::number(fact.id));
    QCOMPARE(row.at(column(QStringLiteral("text"))),
        written.startsWith(QLatin1Char('-')) ? QLatin1Char('\'') + written : written);
    QCOMPARE(row.at(column(QStringLiteral("value"))), expectedValue);
    QCOMPARE(row.at(column(QStringLiteral("final_value"))), expectedValue);
    QCOMPARE(row.at(column(QStringLiteral("note"))), expectedNote);
    QCOMPARE(row.at(column(QStringLiteral("status"))), QStringLiteral("confirmed"));
    QCOMPARE(row.at(column(QStringLiteral("editor"))), QStringLiteral("'=editor"));
    QCOMPARE(row.at(column(QStringLiteral("start"))).toInt(), expectedStart);
    QCOMPARE(row.at(column(QStringLiteral("end"))).toInt(), expectedStart + int(written.toUcs4().size()));
    // The code point offsets select the same characters as the UTF-16 ones.
    QCOMPARE(codePointSlice(text, expectedStart, int(written.toUcs4().size())), written);
    QCOMPARE(row.at(column(QStringLiteral("date"))), QStringLiteral("2025-10-29"));
    const QDateTime reviewedAt
        = QDateTime::fromString(row.at(column(QStringLiteral("reviewed_at"))), Qt::ISODate);
    QVERIFY(reviewedAt.isValid());
    QCOMPARE(reviewedAt.timeSpec(), Qt::UTC);
    QVERIFY(row.at(column(QStringLiteral("reviewed_at"))).endsWith(QLatin1Char('Z')));
}

void TestCsvWriter::verifiedOnlyAndAll()
{
    const QString text = QStringLiteral("Hausse de 1 %, puis 2 %, puis 3 %, enfin 4 %.");
    Project project;
    QVector<Figure> figures;
    for (const QString &written :
        { QStringLiteral("1 %"), QStringLiteral("2 %"), QStringLiteral("3 %"), QStringLiteral("4 %") })
        figures.append(figureAt(text, written, FigureKind::Percent, written.left(1), QStringLiteral("%")));
    QVERIFY(project.addArticle(articleWith(text), figures));
    Fact confirmed = project.facts().at(0);
    confirmed.status = ReviewStatus::Confirmed;
    confirmed.editor = project.editor();
    confirmed.reviewedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(project.updateFact(confirmed, QStringLiteral("confirm")));
    Fact corrected = project.facts().at(1);
    corrected.status = ReviewStatus::Corrected;
    corrected.correctedValue = QStringLiteral("2.5");
    corrected.correctedUnit = QStringLiteral("pp");
    corrected.editor = project.editor();
    corrected.reviewedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(project.updateFact(corrected, QStringLiteral("correct")));
    Fact rejected = project.facts().at(2);
    rejected.status = ReviewStatus::Rejected;
    rejected.rejectReason = RejectReason::Duplicate;
    rejected.editor = project.editor();
    rejected.reviewedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(project.updateFact(rejected, QStringLiteral("reject")));

    CsvWriter writer(project);
    QVector<QStringList> records;
    QString error;
    QVERIFY2(parseStrictCsv(QString::fromUtf8(writer.toCsv()), QLatin1Char(','), &records, &error),
        qPrintable(error));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(2).at(column(QStringLiteral("status"))), QStringLiteral("corrected"));
    QCOMPARE(records.at(2).at(column(QStringLiteral("value"))), QStringLiteral("2"));
    QCOMPARE(records.at(2).at(column(QStringLiteral("corrected_value"))), QStringLiteral("2.5"));
    QCOMPARE(records.at(2).at(column(QStringLiteral("corrected_unit"))), QStringLiteral("pp"));
    QCOMPARE(records.at(2).at(column(QStringLiteral("final_value"))), QStringLiteral("2.5"));
    QCOMPARE(records.at(2).at(column(QStringLiteral("final_unit"))), QStringLiteral("pp"));

    writer.setAllFacts(true);
    QVERIFY(parseStrictCsv(QString::fromUtf8(writer.toCsv()), QLatin1Char(','), &records, &error));
    QCOMPARE(records.size(), 5);
    QCOMPARE(records.at(3).at(column(QStringLiteral("reject_reason"))), QStringLiteral("duplicate"));
    QCOMPARE(records.at(4).at(column(QStringLiteral("status"))), QStringLiteral("pending"));
    QCOMPARE(records.at(4).at(column(QStringLiteral("reviewed_at"))), QString());
}

void TestCsvWriter::asOfColumn_data()
{
    QTest::addColumn<QString>("figureAsOf");
    QTest::addColumn<QDate>("articleDate");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the sentence's period") << QStringLiteral("2025-Q3") << QDate(2025, 10, 29) << QStringLiteral("2025-Q3");
    QTest::newRow("a range of periods") << QStringLiteral("2024/2025") << QDate(2025, 10, 29)
                                        << QStringLiteral("2024/2025");
    QTest::newRow("else the article's date") << QString() << QDate(2025, 10, 29) << QStringLiteral("2025-10-29");
    QTest::newRow("neither") << QString() << QDate() << QString();
}

void TestCsvWriter::asOfColumn()
{
    QFETCH(QString, figureAsOf);
    QFETCH(QDate, articleDate);
    QFETCH(QString, expected);
    const QString text = QStringLiteral("Au troisième trimestre, le taux atteint 4,2 %.");
    Figure figure = figureAt(text, QStringLiteral("4,2 %"), FigureKind::Percent, QStringLiteral("4.2"),
        QStringLiteral("%"));
    figure.asOf = figureAsOf;
    Article article = articleWith(text);
    article.date = articleDate;
    Project project;
    QVERIFY(project.addArticle(article, { figure }));
    CsvWriter writer(project);
    writer.setAllFacts(true);
    QVector<QStringList> records;
    QString error;
    QVERIFY2(parseStrictCsv(QString::fromUtf8(writer.toCsv()), QLatin1Char(','), &records, &error),
        qPrintable(error));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).at(column(QStringLiteral("as_of"))), expected);
}

void TestCsvWriter::headerAndPreview()
{
    const QString text = QStringLiteral("Un : 1 %. Deux : 2 %. Trois : 3 %.");
    Project project;
    QVERIFY(project.addArticle(articleWith(text),
        { figureAt(text, QStringLiteral("1 %"), FigureKind::Percent, QStringLiteral("1"), {}),
            figureAt(text, QStringLiteral("2 %"), FigureKind::Percent, QStringLiteral("2"), {}),
            figureAt(text, QStringLiteral("3 %"), FigureKind::Percent, QStringLiteral("3"), {}) }));
    CsvWriter writer(project);
    writer.setAllFacts(true);
    QCOMPARE(writer.rowCount(), 3);
    QVector<QStringList> records;
    QString error;
    QVERIFY(parseStrictCsv(writer.preview(2), QLatin1Char(','), &records, &error));
    QCOMPARE(records.size(), 3);
    QVERIFY(parseStrictCsv(writer.preview(0), QLatin1Char(','), &records, &error));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().join(QLatin1Char(',')),
        QStringLiteral(
            "fact_id,article_title,source,url,date,language,kind,text,value,unit,status,"
            "corrected_value,corrected_unit,final_kind,final_value,final_unit,modifier,as_of,measure_id,measure,"
            "open_conflicts,failed_checks,context,start,end,note,"
            "reject_reason,editor,reviewed_at"));
    writer.setDialect(CsvWriter::Dialect::ExcelFrench);
    QVERIFY(!writer.preview(1).startsWith(QChar(0xfeff)));
    QVERIFY(writer.preview(1).startsWith(QLatin1String("fact_id;article_title;")));
}

void TestCsvWriter::contextSentence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("expected");
    QTest::newRow("middle sentence") << QStringLiteral("Avant. Le taux est de 4.2 % selon X. Après.")
                                     << "4.2 %" << QStringLiteral("Le taux est de 4.2 % selon X.");
    QTest::newRow("first sentence") << QStringLiteral("Le taux : 3 %! Ensuite.") << "3 %"
                                    << QStringLiteral("Le taux : 3 %!");
    QTest::newRow("paragraph break") << QStringLiteral("Titre\n\nIl y a 12 salariés\n\nFin") << "12 salariés"
                                     << QStringLiteral("Il y a 12 salariés");
    QTest::newRow("line breaks inside are spaces") << QStringLiteral("Le déficit\u00a0atteint  5 %. Suite.")
                                                   << "5 %" << QStringLiteral("Le déficit atteint 5 %.");
}

void TestCsvWriter::contextSentence()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QFETCH(QString, expected);
    const int start = int(text.indexOf(written));
    QVERIFY(start >= 0);
    QCOMPARE(ExportRows::contextSentence(text, start, start + int(written.size())), expected);
}

void TestCsvWriter::plainNumbers_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("plain");
    QTest::newRow("integer") << "13000000000" << true;
    QTest::newRow("decimal") << "4.2" << true;
    QTest::newRow("negative") << "-3" << true;
    QTest::newRow("negative decimal") << "-0.5" << true;
    QTest::newRow("date") << "2025-10-28" << false;
    QTest::newRow("formula") << "-2+3" << false;
    QTest::newRow("trailing dot") << "4." << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("minus alone") << "-" << false;
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0664") << false;
}

void TestCsvWriter::plainNumbers()
{
    QFETCH(QString, value);
    QFETCH(bool, plain);
    QCOMPARE(ExportRows::isPlainNumber(value), plain);
}

void TestCsvWriter::roundTripThroughStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rt.factdesk"));
    const QString text = QStringLiteral("🚀 La levée atteint 300 milliards $, soit « environ » 4,2 %.");
    QString error;
    {
        Project project;
        project.setEditor(QStringLiteral("Zoé"));
        auto store = ProjectStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(project.attachStore(std::move(store), &error));
        QVERIFY(project.addArticle(articleWith(text),
            { figureAt(text, QStringLiteral("300 milliards $"), FigureKind::Money,
                  QStringLiteral("300000000000"), QStringLiteral("USD")),
                figureAt(text, QStringLiteral("4,2 %"), FigureKind::Percent, QStringLiteral("4.2"),
                    QStringLiteral("%")) }));
        Fact first = project.facts().at(0);
        first.status = ReviewStatus::Corrected;
        first.correctedValue = QStringLiteral("3000000000");
        first.correctedUnit = QStringLiteral("USD");
        first.note = QStringLiteral("milliards, pas « billions »;\n\"source\" vérifiée");
        first.editor = project.editor();
        first.reviewedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(project.updateFact(first, QStringLiteral("correct")));
        Fact second = project.facts().at(1);
        second.status = ReviewStatus::Confirmed;
        second.editor = project.editor();
        second.reviewedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(project.updateFact(second, QStringLiteral("confirm")));
    }
    Project reopened;
    auto store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(reopened.attachStore(std::move(store), &error));
    CsvWriter writer(reopened);
    writer.setDialect(CsvWriter::Dialect::ExcelFrench);
    const QString out = dir.filePath(QStringLiteral("facts.csv"));
    QVERIFY2(writer.write(out, &error), qPrintable(error));
    const QByteArray bytes = readAll(out);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVector<QStringList> records;
    QVERIFY2(parseStrictCsv(QString::fromUtf8(bytes.mid(3)), QLatin1Char(';'), &records, &error),
        qPrintable(error));
    QCOMPARE(records.size(), 3);
    const QStringList &first = records.at(1);
    QCOMPARE(first.at(column(QStringLiteral("text"))), QStringLiteral("300 milliards $"));
    QCOMPARE(first.at(column(QStringLiteral("value"))), QStringLiteral("300000000000"));
    QCOMPARE(first.at(column(QStringLiteral("final_value"))), QStringLiteral("3000000000"));
    QCOMPARE(first.at(column(QStringLiteral("note"))),
        QStringLiteral("milliards, pas « billions »;\n\"source\" vérifiée"));
    QCOMPARE(first.at(column(QStringLiteral("editor"))), QStringLiteral("Zoé"));
    QCOMPARE(first.at(column(QStringLiteral("start"))), QStringLiteral("19"));
    QCOMPARE(first.at(column(QStringLiteral("context"))), text);
    QCOMPARE(records.at(2).at(column(QStringLiteral("value"))), QStringLiteral("4,2"));
}

void TestCsvWriter::writeFailuresLeaveEarlierFile()
{
    const QString text = QStringLiteral("Une hausse de 5 %.");
    Project project;
    QVERIFY(project.addArticle(articleWith(text),
        { figureAt(
            text, QStringLiteral("5 %"), FigureKind::Percent, QStringLiteral("5"), QStringLiteral("%")) }));
    Fact fact = project.facts().first();
    fact.status = ReviewStatus::Confirmed;
    fact.note = QString(200000, QLatin1Char('x')); // large enough to pass any buffer
    fact.editor = project.editor();
    fact.reviewedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(project.updateFact(fact, QStringLiteral("confirm")));
    CsvWriter writer(project);
    QTemporaryDir dir;
    QString error;

    QVERIFY(!writer.write(dir.filePath(QStringLiteral("no/such/folder/out.csv")), &error));
    QVERIFY2(error.contains(QLatin1String("out.csv")), qPrintable(error));

    // Not a regular file: refused rather than replaced.
    QVERIFY(!writer.write(QStringLiteral("/dev/null"), &error));
    QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));

    const QString earlier = dir.filePath(QStringLiteral("earlier.csv"));
    {
        QFile file(earlier);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("earlier export\r\n");
    }
#ifdef Q_OS_UNIX
    // A file size limit makes every write past it fail with EFBIG, as a full disk
    // does with ENOSPC: the same path through QSaveFile, reliably.
    struct rlimit saved;
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limited = saved;
    limited.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const bool written = writer.write(earlier, &error);
    // A small export stays in QSaveFile's buffer until commit: the write that
    // fails is the last flush, which commit() alone does not report.
    fact.note = QStringLiteral("short");
    fact.editor = project.editor();
    fact.reviewedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(project.updateFact(fact, QStringLiteral("note")));
    limited.rlim_cur = 0;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    QString smallError;
    const bool smallWritten = CsvWriter(project).write(earlier, &smallError);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY(!written);
    QVERIFY2(error.contains(QLatin1String("earlier.csv")), qPrintable(error));
    QVERIFY(!smallWritten);
    QVERIFY2(smallError.contains(QLatin1String("earlier.csv")), qPrintable(smallError));
    QCOMPARE(readAll(earlier), QByteArray("earlier export\r\n"));
    const QStringList leftovers = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(leftovers, QStringList { QStringLiteral("earlier.csv") });

    if (geteuid() == 0)
        QSKIP("running as root: a read-only folder does not stop root");
    const QString readOnlyDir = dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(readOnlyDir));
    QVERIFY(QFile::setPermissions(readOnlyDir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QVERIFY(!writer.write(readOnlyDir + QStringLiteral("/out.csv"), &error));
    QVERIFY2(!error.isEmpty(), qPrintable(error));
    QFile::setPermissions(
        readOnlyDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
#endif
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
