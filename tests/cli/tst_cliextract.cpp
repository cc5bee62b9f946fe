// Runs the built factdesk-cli extract and checks what a pipeline relies on:
// the JSON shape, code point offsets, CSV, exit statuses, standard input.

#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using FactDesk::Testing::CliRun;

CliRun runExtract(const QStringList &arguments, const QByteArray &input = QByteArray())
{
    return FactDesk::Testing::runCli(QStringList { QStringLiteral("extract") } + arguments, input);
}

QJsonArray documentsOf(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning() << "not JSON:" << error.errorString() << json.left(400);
        return {};
    }
    return document.object().value(QLatin1String("documents")).toArray();
}

/// The characters between two code point offsets, as Python would slice them.
QString codePointSlice(const QString &text, int start, int end)
{
    const auto codePoints = text.toUcs4();
    if (start < 0 || end > codePoints.size() || start > end)
        return QStringLiteral("<out of range>");
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start, end - start);
}

QString fixture(const char *name)
{
    return QStringLiteral(FACTDESK_TEST_DATA "/import/") + QLatin1String(name);
}

} // namespace

class TestCliExtract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonShape_data();
    void jsonShape();
    void codePointOffsets_data();
    void codePointOffsets();
    void csvOutput();
    void exitStatuses_data();
    void exitStatuses();
    void missingFileDoesNotStopOthers();
    void standardInput();
    void languageAndDateOptions();
    void timeWordsAndAsOf();
    void windows1252Warning();
    void streamedMatchesWhole();
    void streamedBadInput();
    void utf16WithoutBomStreamedAndWhole();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestCliExtract::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestCliExtract::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(FACTDESK_CLI_PATH)), FACTDESK_CLI_PATH);
}

void TestCliExtract::jsonShape_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("date");
    QTest::newRow("plain text") << fixture("article_fr.txt") << QStringLiteral("fr")
                                << QStringLiteral("2025-10-29");
    QTest::newRow("markdown") << fixture("article_en.md") << QStringLiteral("en")
                              << QStringLiteral("2025-05-12");
    QTest::newRow("html") << fixture("article_fr.html") << QStringLiteral("fr")
                          << QStringLiteral("2025-10-29");
    QTest::newRow("utf-16 LE") << fixture("utf16le_bom.txt") << QStringLiteral("fr") << QString();
}

void TestCliExtract::jsonShape()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFETCH(QString, date);

    const CliRun run = runExtract({ file });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray documents = documentsOf(run.out);
    QCOMPARE(documents.size(), 1);
    const QJsonObject document = documents.first().toObject();
    QCOMPARE(document.value(QLatin1String("file")).toString(), file);
    QCOMPARE(document.value(QLatin1String("language")).toString(), language);
    if (date.isEmpty())
        QVERIFY(document.value(QLatin1String("date")).isNull());
    else
        QCOMPARE(document.value(QLatin1String("date")).toString(), date);

    const CliRun textRun = runExtract({ QStringLiteral("--print-text"), file });
    QCOMPARE(textRun.exitCode, 0);
    const QString text = QString::fromUtf8(textRun.out);
    const QJsonArray figures = document.value(QLatin1String("figures")).toArray();
    QVERIFY(!figures.isEmpty());
    int previousEnd = 0;
    const QStringList kinds = { QStringLiteral("money"), QStringLiteral("percent"), QStringLiteral("count"),
        QStringLiteral("quantity"), QStringLiteral("multiplier"), QStringLiteral("date"),
        QStringLiteral("number") };
    for (const QJsonValue &value : figures) {
        const QJsonObject figure = value.toObject();
        for (const char *key : { "start", "end", "text", "kind", "value", "unit", "modifier" })
            QVERIFY2(figure.contains(QLatin1String(key)), key);
        const int start = figure.value(QLatin1String("start")).toInt();
        const int end = figure.value(QLatin1String("end")).toInt();
        QVERIFY(start >= previousEnd && end > start);
        previousEnd = end;
        QCOMPARE(figure.value(QLatin1String("text")).toString(), codePointSlice(text, start, end));
        QVERIFY(kinds.contains(figure.value(QLatin1String("kind")).toString()));
        if (figure.contains(QLatin1String("range"))) {
            const QString range = figure.value(QLatin1String("range")).toString();
            QVERIFY(range == QLatin1String("low") || range == QLatin1String("high"));
        }
    }
}

void TestCliExtract::codePointOffsets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("figureText");

    const QString tail = QStringLiteral(" : les ventes ont progressé de 12 % en un an.");
    QTest::newRow("emoji before figure") << (QStringLiteral("📈📉 Bilan") + tail) << QStringLiteral("12 %");
    QTest::newRow("combining accents before figure")
        << (QStringLiteral("Bilan de l’anne\u0301e e\u0301coule\u0301e") + tail) << QStringLiteral("12 %");
    QTest::newRow("flag and skin tone emoji")
        << (QStringLiteral("🇫🇷 👍🏽 Bilan") + tail) << QStringLiteral("12 %");
    QTest::newRow("CJK and mathematical letters")
        << (QStringLiteral("報告 𝐀𝐁𝐂") + tail) << QStringLiteral("12 %");
    QTest::newRow("CRLF lines before figure")
        << (QStringLiteral("Titre 😀\r\n\r\nBilan") + tail) << QStringLiteral("12 %");
}

void TestCliExtract::codePointOffsets()
{
    QFETCH(QString, text);
    QFETCH(QString, figureText);

    const QString path = write(QStringLiteral("offsets.txt"), text.toUtf8());
    const CliRun run = runExtract({ QStringLiteral("--lang"), QStringLiteral("fr"), path });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray figures
        = documentsOf(run.out).first().toObject().value(QLatin1String("figures")).toArray();
    QString decoded = text;
    decoded.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    bool found = false;
    for (const QJsonValue &value : figures) {
        const QJsonObject figure = value.toObject();
        const int start = figure.value(QLatin1String("start")).toInt();
        const int end = figure.value(QLatin1String("end")).toInt();
        const QString figureSlice = figure.value(QLatin1String("text")).toString();
        QCOMPARE(figureSlice, codePointSlice(decoded, start, end));
        if (figureSlice.contains(QLatin1String("12"))) {
            found = true;
            const qsizetype utf16Start = decoded.indexOf(figureText);
            QCOMPARE(start,
                int(decoded.left(utf16Start).toUcs4().size())
                    + int(figureSlice.indexOf(QLatin1String("12"))));
        }
    }
    QVERIFY2(found, run.out.constData());
}

void TestCliExtract::csvOutput()
{
    const QString file = fixture("article_fr.txt");
    const CliRun json = runExtract({ file });
    const CliRun csv = runExtract({ QStringLiteral("--format"), QStringLiteral("csv"), file });
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.endsWith("\r\n"));
    QList<QByteArray> lines = csv.out.split('\n');
    QCOMPARE(lines.takeLast(), QByteArray());
    for (const QByteArray &line : lines)
        QVERIFY2(line.endsWith('\r'), line.constData());
    QCOMPARE(lines.first(), QByteArray("file,language,date,start,end,text,kind,value,unit,modifier,range,as_of\r"));
    const QJsonArray figures
        = documentsOf(json.out).first().toObject().value(QLatin1String("figures")).toArray();
    QCOMPARE(lines.size() - 1, figures.size());
    // A figure written with a decimal comma must be quoted, the rest as is.
    const QJsonObject first = figures.first().toObject();
    QByteArray expected = file.toUtf8() + ",fr,2025-10-29,"
        + QByteArray::number(first.value(QLatin1String("start")).toInt()) + ','
        + QByteArray::number(first.value(QLatin1String("end")).toInt()) + ",\""
        + first.value(QLatin1String("text")).toString().toUtf8() + "\",";
    QVERIFY2(lines.at(1).startsWith(expected), lines.at(1).constData());
}

void TestCliExtract::exitStatuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("stderrContains");

    const QString good = fixture("article_fr.txt");
    QTest::newRow("success") << QStringList { good } << 0 << QByteArray();
    QTest::newRow("help") << QStringList { QStringLiteral("--help") } << 0 << QByteArray();
    QTest::newRow("missing file") << QStringList { QStringLiteral("/nonexistent/a.txt") } << 1
                                  << QByteArray("/nonexistent/a.txt: no such file");
    QTest::newRow("directory") << QStringList { QStringLiteral(FACTDESK_TEST_DATA) } << 1
                               << QByteArray("is a folder");
    QTest::newRow("no file") << QStringList {} << 2 << QByteArray("Usage: factdesk-cli extract");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate"), good } << 2
                                    << QByteArray("unknown option '--frobnicate'");
    QTest::newRow("bad language") << QStringList { QStringLiteral("--lang"), QStringLiteral("de"), good } << 2
                                  << QByteArray("--lang must be");
    QTest::newRow("impossible date") << QStringList { QStringLiteral("--date"), QStringLiteral("2025-02-30"),
        good } << 2 << QByteArray("--date must be");
    QTest::newRow("short date") << QStringList { QStringLiteral("--date=2025-2-3"), good } << 2
                                << QByteArray("--date must be");
    QTest::newRow("bad format") << QStringList { QStringLiteral("--format"), QStringLiteral("xml"), good }
                                << 2 << QByteArray("--format must be");
    QTest::newRow("option without value")
        << QStringList { good, QStringLiteral("--lang") } << 2 << QByteArray("needs a value");
    QTest::newRow("stdin twice") << QStringList { QStringLiteral("-"), QStringLiteral("-") } << 2
                                 << QByteArray("only once");
}

void TestCliExtract::exitStatuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, stderrContains);
    const CliRun run = runExtract(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(stderrContains), run.err.constData());
    if (exitCode == 2)
        QVERIFY(run.out.isEmpty());
}

void TestCliExtract::missingFileDoesNotStopOthers()
{
    const QString empty = write(QStringLiteral("empty.txt"), QByteArray());
    const QString binary = write(QStringLiteral("binary.txt"), QByteArray("GIF89a\x00\x01\x02\x00", 10));
    const CliRun run = runExtract({ QStringLiteral("missing.txt"), fixture("article_fr.txt"), empty, binary,
        fixture("article_en.md") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("missing.txt: no such file"));
    QVERIFY(run.err.contains("empty.txt: the file is empty"));
    QVERIFY(run.err.contains("binary.txt: not a text file"));
    const QJsonArray documents = documentsOf(run.out);
    QCOMPARE(documents.size(), 2);
    QCOMPARE(documents.at(0).toObject().value(QLatin1String("file")).toString(), fixture("article_fr.txt"));
    QCOMPARE(documents.at(1).toObject().value(QLatin1String("file")).toString(), fixture("article_en.md"));
}

void TestCliExtract::standardInput()
{
    const QByteArray text = "Les loyers ont augmenté de 7 % en 2024 selon la chambre des notaires.";
    const CliRun run = runExtract({ QStringLiteral("-") }, text);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject document = documentsOf(run.out).first().toObject();
    QCOMPARE(document.value(QLatin1String("file")).toString(), QStringLiteral("-"));
    QCOMPARE(document.value(QLatin1String("language")).toString(), QStringLiteral("fr"));
    QVERIFY(!document.value(QLatin1String("figures")).toArray().isEmpty());

    const CliRun html
        = runExtract({ QStringLiteral("-") }, "<!DOCTYPE html><title>T</title><p>Up 4% this year.</p>");
    QCOMPARE(html.exitCode, 0);
    QCOMPARE(documentsOf(html.out).first().toObject().value(QLatin1String("title")).toString(),
        QStringLiteral("T"));

    const CliRun empty = runExtract({ QStringLiteral("-") });
    QCOMPARE(empty.exitCode, 1);
    QVERIFY(empty.err.contains("-: the file is empty"));
}

void TestCliExtract::timeWordsAndAsOf()
{
    // "mardi" holds no digit: not printed by default, but it gives the rate its as_of.
    const QByteArray text = "Mardi, la banque a relevé son taux à 4,25 %.";
    const QStringList options { QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--date"),
        QStringLiteral("2025-10-29"), QStringLiteral("-") };
    const CliRun plain = runExtract(options, text);
    QCOMPARE(plain.exitCode, 0);
    const QJsonArray figures = documentsOf(plain.out).first().toObject().value(QLatin1String("figures")).toArray();
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.first().toObject().value(QLatin1String("as_of")).toString(), QStringLiteral("2025-10-28"));
    const CliRun withWords = runExtract(QStringList { QStringLiteral("--time-words") } + options, text);
    const QJsonArray all = documentsOf(withWords.out).first().toObject().value(QLatin1String("figures")).toArray();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().toObject().value(QLatin1String("text")).toString(), QStringLiteral("Mardi"));
    QCOMPARE(all.first().toObject().value(QLatin1String("kind")).toString(), QStringLiteral("date"));
}

void TestCliExtract::languageAndDateOptions()
{
    const QString path = write(
        QStringLiteral("nodate.txt"), QByteArray("The index rose 1,250 points, or 3.5%, last month."));
    const CliRun detected = runExtract({ path });
    QJsonObject document = documentsOf(detected.out).first().toObject();
    QCOMPARE(document.value(QLatin1String("language")).toString(), QStringLiteral("en"));
    QVERIFY(document.value(QLatin1String("date")).isNull());

    const CliRun forced = runExtract(
        { QStringLiteral("--lang=fr"), QStringLiteral("--date"), QStringLiteral("2025-10-29"), path });
    QCOMPARE(forced.exitCode, 0);
    document = documentsOf(forced.out).first().toObject();
    QCOMPARE(document.value(QLatin1String("language")).toString(), QStringLiteral("fr"));
    QCOMPARE(document.value(QLatin1String("date")).toString(), QStringLiteral("2025-10-29"));

    // --date overrides the date written in the file; --lang auto is the default.
    const CliRun overridden = runExtract({ QStringLiteral("--lang"), QStringLiteral("auto"),
        QStringLiteral("--date"), QStringLiteral("2024-01-15"), fixture("article_fr.txt") });
    document = documentsOf(overridden.out).first().toObject();
    QCOMPARE(document.value(QLatin1String("date")).toString(), QStringLiteral("2024-01-15"));
    QCOMPARE(document.value(QLatin1String("language")).toString(), QStringLiteral("fr"));

    // The language decides how numbers read: "3.5%" is 3.5 in English.
    const CliRun english = runExtract({ QStringLiteral("--lang"), QStringLiteral("en"), path });
    bool sawPercent = false;
    for (const QJsonValue &value :
        documentsOf(english.out).first().toObject().value(QLatin1String("figures")).toArray()) {
        const QJsonObject figure = value.toObject();
        if (figure.value(QLatin1String("kind")).toString() == QLatin1String("percent")) {
            QCOMPARE(figure.value(QLatin1String("value")).toString(), QStringLiteral("3.5"));
            sawPercent = true;
        }
    }
    QVERIFY(sawPercent);
}

void TestCliExtract::windows1252Warning()
{
    const CliRun run = runExtract({ fixture("windows1252.txt") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("decoded as Windows-1252"), run.err.constData());
    const QJsonObject document = documentsOf(run.out).first().toObject();
    QCOMPARE(document.value(QLatin1String("warnings")).toArray().size(), 1);
    const CliRun text = runExtract({ QStringLiteral("--print-text"), fixture("windows1252.txt") });
    QVERIFY(QString::fromUtf8(text.out).startsWith(
        QStringLiteral("Le cœur du budget : 2,5 millions € pour l’école, « enfin »")));
}

void TestCliExtract::streamedMatchesWhole()
{
    // Forcing the streaming path with tiny blocks must not change a figure or an offset.
    const QByteArray paragraph = QString::fromUtf8(
        "Le chiffre d’affaires 😀 atteint 3,2 millions d’euros, en hausse de 12 % sur un an.\r\n\r\n"
        "Plus de 1 500 salariés, soit 2 fois plus qu’en 2020.\n\n")
                                     .toUtf8();
    const QByteArray content = QByteArray("Bilan annuel\n\n") + paragraph.repeated(60);
    const QString path = write(QStringLiteral("long.txt"), content);
    const CliRun whole = runExtract({ QStringLiteral("--lang"), QStringLiteral("fr"), path });
    const CliRun streamed
        = runExtract({ QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--stream-above"),
            QStringLiteral("0"), QStringLiteral("--stream-block"), QStringLiteral("1000"), path });
    QCOMPARE(whole.exitCode, 0);
    QCOMPARE(streamed.exitCode, 0);
    const QJsonArray wholeDocuments = documentsOf(whole.out);
    QVERIFY(!wholeDocuments.first().toObject().value(QLatin1String("figures")).toArray().isEmpty());
    QCOMPARE(documentsOf(streamed.out), wholeDocuments);
    // Standard input past the threshold is spooled to a temporary file and streamed the same way.
    const CliRun piped
        = runExtract({ QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--stream-above"),
                     QStringLiteral("1000"), QStringLiteral("--stream-block"), QStringLiteral("1000"),
                     QStringLiteral("-") },
            content);
    QCOMPARE(piped.exitCode, 0);
    const QJsonObject pipedDocument = documentsOf(piped.out).first().toObject();
    QCOMPARE(pipedDocument.value(QLatin1String("file")).toString(), QStringLiteral("-"));
    QCOMPARE(pipedDocument.value(QLatin1String("figures")),
        wholeDocuments.first().toObject().value(QLatin1String("figures")));
    const CliRun text = runExtract({ QStringLiteral("--print-text"), QStringLiteral("--stream-above=0"),
        QStringLiteral("--stream-block=1000"), path });
    const CliRun wholeText = runExtract({ QStringLiteral("--print-text"), path });
    QCOMPARE(text.out, wholeText.out);
}

void TestCliExtract::utf16WithoutBomStreamedAndWhole()
{
    const QString text
        = QStringLiteral("Le chômage atteint 7,7 % « au total » ; 52 000 personnes de plus.\n\n")
              .repeated(40);
    QByteArray bytes(reinterpret_cast<const char *>(text.utf16()), text.size() * 2); // little-endian, no BOM
    const QString path = write(QStringLiteral("utf16-nobom.txt"), bytes);
    const CliRun whole = runExtract({ QStringLiteral("--lang"), QStringLiteral("fr"), path });
    const CliRun streamed = runExtract({ QStringLiteral("--lang"), QStringLiteral("fr"),
        QStringLiteral("--stream-above=0"), QStringLiteral("--stream-block=1000"), path });
    QCOMPARE(whole.exitCode, 0);
    QCOMPARE(streamed.exitCode, 0);
    QVERIFY2(whole.err.contains("no byte order mark"), whole.err.constData());
    QVERIFY2(streamed.err.contains("no byte order mark"), streamed.err.constData());
    const QJsonArray documents = documentsOf(whole.out);
    QCOMPARE(documents.first().toObject().value(QLatin1String("figures")).toArray().size(), 80);
    QCOMPARE(documentsOf(streamed.out), documents);
}

void TestCliExtract::streamedBadInput()
{
    const QStringList streaming = { QStringLiteral("--stream-above=0"), QStringLiteral("--stream-block=64") };
    const QString binary = write(QStringLiteral("sbinary.txt"), QByteArray("text\0\0\0more text", 15));
    const QString empty = write(QStringLiteral("sempty.txt"), QByteArray());
    const QString latin = write(
        QStringLiteral("slatin.txt"), QByteArray("Hausse de 5\xA0% \x96 co\xFBt \x80\n").repeated(20));
    const CliRun run
        = runExtract(streaming + QStringList { binary, empty, latin, QStringLiteral("/nonexistent/s.txt") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("sbinary.txt: not a text file"), run.err.constData());
    QVERIFY(run.err.contains("sempty.txt: the file is empty"));
    QVERIFY(run.err.contains("slatin.txt: decoded as Windows-1252"));
    QVERIFY(run.err.contains("/nonexistent/s.txt: no such file"));
    const QJsonArray documents = documentsOf(run.out);
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents.first().toObject().value(QLatin1String("warnings")).toArray().size(), 1);
    const CliRun text = runExtract(streaming + QStringList { QStringLiteral("--print-text"), latin });
    QVERIFY(QString::fromUtf8(text.out).startsWith(QStringLiteral("Hausse de 5\u00A0% \u2013 coût €\n")));
}

QTEST_GUILESS_MAIN(TestCliExtract)
#include "tst_cliextract.moc"
