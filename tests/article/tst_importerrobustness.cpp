// Bad input must give a clear result, never a crash or a hang: random bytes,
// truncated fixtures, pathological markup. Run under ASan + UBSan.

#include "article/articleimporter.h"
#include "article/markdowntotext.h"
#include "article/markupconversion_p.h"
#include "article/plaintextstreamreader.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace FactDesk;

namespace {

QString importDir()
{
    return QStringLiteral(FACTDESK_TEST_DATA "/import");
}

QStringList fixtureNames()
{
    return QDir(importDir()).entryList(QDir::Files, QDir::Name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Either a good article or a refusal that says why: nothing in between.
bool isCleanResult(const ImportResult &result)
{
    if (result.ok)
        return result.error.isEmpty() && result.article.text.indexOf(QChar(0)) < 0;
    return !result.error.isEmpty();
}

} // namespace

class TestImporterRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomBytes_data();
    void randomBytes();
    void truncatedFixtures_data();
    void truncatedFixtures();
    void pathologicalMarkup_data();
    void pathologicalMarkup();
    void streamedBlocksMatchWholeImport_data();
    void streamedBlocksMatchWholeImport();
    void markdownStepsAreLinear_data();
    void markdownStepsAreLinear();
};

void TestImporterRobustness::randomBytes_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("alphabet"); ///< empty: any byte
    QTest::newRow("any bytes as txt") << QStringLiteral("r.txt") << QByteArray();
    QTest::newRow("any bytes as html") << QStringLiteral("r.html") << QByteArray();
    QTest::newRow("any bytes as md") << QStringLiteral("r.md") << QByteArray();
    const QByteArray markup
        = QByteArray("<>/!-&#;x[]()*_`~\"'= \n\r\tab9") + QString::fromUtf8("é€").toUtf8();
    QTest::newRow("markup characters as html") << QStringLiteral("m.html") << markup;
    QTest::newRow("markup characters as md") << QStringLiteral("m.md") << markup;
    QTest::newRow("markup characters as txt") << QStringLiteral("m.txt") << (markup + "\xEF\xBB\xBF\xFF\xFE");
}

void TestImporterRobustness::randomBytes()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, alphabet);
    QRandomGenerator random(20251029); // fixed seed: failures can be replayed
    for (int round = 0; round < 300; ++round) {
        const int size = int(random.bounded(2048));
        QByteArray bytes(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            bytes[i] = alphabet.isEmpty() ? char(random.bounded(256))
                                          : alphabet.at(int(random.bounded(alphabet.size())));
        const ImportResult result = ArticleImporter::importData(bytes, fileName);
        QVERIFY2(isCleanResult(result), qPrintable(QStringLiteral("round %1").arg(round)));
    }
}

void TestImporterRobustness::truncatedFixtures_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : fixtureNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestImporterRobustness::truncatedFixtures()
{
    QFETCH(QString, name);
    const QByteArray bytes = readAll(importDir() + QLatin1Char('/') + name);
    QVERIFY(!bytes.isEmpty());
    for (int length = 0; length <= bytes.size(); ++length) {
        const ImportResult result = ArticleImporter::importData(bytes.left(length), name);
        QVERIFY2(isCleanResult(result), qPrintable(QStringLiteral("cut at %1").arg(length)));
        QCOMPARE(result.ok, length > 0);
    }
    // And with the head cut off instead, which breaks BOMs and tags from the other side.
    for (int start = 1; start < bytes.size(); start += 3)
        QVERIFY(isCleanResult(ArticleImporter::importData(bytes.mid(start), name)));
}

void TestImporterRobustness::pathologicalMarkup_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedStart"); ///< what the text must start with

    const int many = 100000;
    QTest::newRow("deeply nested unclosed divs")
        << QStringLiteral("n.html") << (QByteArray("<div>").repeated(many) + "deep 5 %")
        << QStringLiteral("deep 5 %");
    QTest::newRow("deeply nested skipped elements")
        << QStringLiteral("s.html")
        << (QByteArray("<nav>").repeated(many) + "x" + QByteArray("</nav>").repeated(many) + "<p>after")
        << QStringLiteral("after");
    QTest::newRow("many closes without opens")
        << QStringLiteral("c.html") << (QByteArray("</div></nav>").repeated(many) + "end")
        << QStringLiteral("end");
    QTest::newRow("unclosed quotes everywhere")
        << QStringLiteral("q.html") << QByteArray("<a title=\"x ").repeated(many) << QString();
    QTest::newRow("only less-than signs")
        << QStringLiteral("l.html") << QByteArray(1000000, '<') << QStringLiteral("<<<");
    QTest::newRow("tags without end")
        << QStringLiteral("t.html") << QByteArray("<b c d ").repeated(many) << QStringLiteral("<b c d");
    QTest::newRow("ampersands") << QStringLiteral("a.html") << QByteArray("&#&#x&amp").repeated(many)
                                << QStringLiteral("&#&#x&amp");
    QTest::newRow("long numeric entity")
        << QStringLiteral("e.html") << (QByteArray("&#") + QByteArray(100000, '9') + ";")
        << QStringLiteral("\uFFFD");
    QTest::newRow("unclosed comment")
        << QStringLiteral("u.html") << (QByteArray("<p>ok</p><!--") + QByteArray(1000000, 'x'))
        << QStringLiteral("ok");
    QTest::newRow("unclosed script") << QStringLiteral("v.html")
                                     << (QByteArray("<p>ok<script>") + QByteArray(1000000, '<'))
                                     << QStringLiteral("ok");
    QTest::newRow("markdown open brackets")
        << QStringLiteral("b.md") << QByteArray(1000000, '[') << QStringLiteral("[[[");
    QTest::newRow("markdown nested links")
        << QStringLiteral("k.md") << (QByteArray("[").repeated(many) + QByteArray("x](u)").repeated(many))
        << QStringLiteral("xxx");
    QTest::newRow("markdown image openers")
        << QStringLiteral("i.md") << QByteArray("![a](").repeated(many) << QStringLiteral("![a](");
    QTest::newRow("markdown backtick runs")
        << QStringLiteral("r.md") << QByteArray("`a``b```c````d").repeated(many / 4) << QString();
    QTest::newRow("markdown stars") << QStringLiteral("st.md") << QByteArray(1000000, '*') << QString();
    QTest::newRow("markdown angle brackets")
        << QStringLiteral("ab.md") << QByteArray("<a ").repeated(many) << QString();
    QTest::newRow("markdown quote markers")
        << QStringLiteral("gt.md") << (QByteArray(100000, '>') + " deep") << QStringLiteral("deep");
    QTest::newRow("1 MB single line text")
        << QStringLiteral("line.txt") << QByteArray("Hausse de 5 % ").repeated(1000000 / 14)
        << QStringLiteral("Hausse de 5 %");
    QTest::newRow("1 MB single line markdown")
        << QStringLiteral("line.md") << QByteArray("**5 %** [x](y) ").repeated(1000000 / 15)
        << QStringLiteral("5 % x");
    QTest::newRow("1 MB single line html")
        << QStringLiteral("line.html") << QByteArray("<b>5&nbsp;%</b> ").repeated(1000000 / 16)
        << QStringLiteral("5\u00A0%");
    QTest::newRow("1 MB single line of CR")
        << QStringLiteral("cr.txt") << (QByteArray("a") + QByteArray(1000000, '\r'))
        << QStringLiteral("a\n\n");
}

void TestImporterRobustness::pathologicalMarkup()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedStart);
    const ImportResult result = ArticleImporter::importData(bytes, fileName);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(isCleanResult(result));
    QVERIFY2(result.article.text.startsWith(expectedStart), qPrintable(result.article.text.left(40)));
}

void TestImporterRobustness::streamedBlocksMatchWholeImport_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("blockSize");

    const QByteArray mixed
        = QString::fromUtf8("Le taux : 4,2\u00A0% 😀 é\r\n\r\nThe rate: 4.2% \u202F ok\rnext\n")
              .toUtf8()
              .repeated(40);
    for (const int blockSize : { 16, 17, 31, 64, 1000 }) {
        QTest::addRow("utf-8, blocks of %d", blockSize) << mixed << blockSize;
        QTest::addRow("utf-8 BOM, blocks of %d", blockSize)
            << (QByteArray("\xEF\xBB\xBF") + mixed) << blockSize;
        QByteArray utf16("\xFF\xFE");
        const QString text = QString::fromUtf8(mixed);
        for (const QChar c : text) {
            utf16.append(char(c.unicode() & 0xFF));
            utf16.append(char(c.unicode() >> 8));
        }
        QTest::addRow("utf-16 LE, blocks of %d", blockSize) << utf16 << blockSize;
        QTest::addRow("windows-1252, blocks of %d", blockSize)
            << QByteArray("Co\xFBt: 5\xA0\x80\r\n\r\nsuite \x93ok\x94\r").repeated(30) << blockSize;
        QTest::addRow("no line breaks, blocks of %d", blockSize)
            << QByteArray("abc\xC3\xA9 ").repeated(200) << blockSize;
        QTest::addRow("no spaces, blocks of %d", blockSize)
            << QByteArray("\xF0\x9F\x98\x80").repeated(300) << blockSize;
    }
    for (const QString &name : fixtureNames()) {
        if (name.endsWith(QLatin1String(".txt")))
            QTest::addRow("fixture %s", qPrintable(name))
                << readAll(importDir() + QLatin1Char('/') + name) << 16;
    }
}

void TestImporterRobustness::streamedBlocksMatchWholeImport()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, blockSize);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stream.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    const ImportResult whole = ArticleImporter::importFile(path);
    PlainTextStreamReader reader(path, blockSize);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QString streamed;
    int blocks = 0;
    while (!reader.atEnd()) {
        const QString block = reader.readBlock();
        QVERIFY(!block.isEmpty() || reader.atEnd());
        if (!block.isEmpty())
            QVERIFY(!block.back().isHighSurrogate() || reader.atEnd());
        streamed += block;
        ++blocks;
        QVERIFY(blocks < 100000);
    }
    QVERIFY(reader.errorString().isEmpty());
    if (!whole.ok) {
        QFAIL(qPrintable(whole.error));
    }
    const QString expected
        = whole.article.format == ArticleFormat::PlainText ? whole.article.text : whole.article.rawSource;
    QCOMPARE(streamed, expected);
    QCOMPARE(reader.warnings().isEmpty(), whole.warnings.isEmpty());
    if (bytes.size() > 4 * blockSize)
        QVERIFY(blocks > 1);
}

namespace {

/// Builds a hostile Markdown text of about size characters.
using MarkdownShape = QString (*)(int size);

QString indentedListItem(int size)
{
    return QString(size, QLatin1Char(' ')) + QStringLiteral("- 4,2 %");
}

QString indentedText(int size)
{
    return QString(size, QLatin1Char(' ')) + QStringLiteral("4,2 %");
}

QString headingWithSpaces(int size)
{
    return QStringLiteral("# 4,2 %") + QString(size, QLatin1Char(' ')) + QStringLiteral("x #");
}

QString pipeThenSpaces(int size)
{
    return QStringLiteral("|") + QString(size, QLatin1Char(' ')) + QStringLiteral(": 4,2 %");
}

QString dashCells(int size)
{
    return QStringLiteral("| - ").repeated(size / 4) + QStringLiteral("4,2 %");
}

QString spacedDashes(int size)
{
    return QStringLiteral("- ").repeated(size / 2) + QStringLiteral("4,2 %");
}

QString nestedList(int size)
{
    QString text;
    for (int depth = 0; text.size() < size; ++depth)
        text += QString(2 * depth, QLatin1Char(' ')) + QStringLiteral("- 4,2 %\n");
    return text;
}

QString quotedIndents(int size)
{
    return QStringLiteral("> ").repeated(size / 4) + QString(size / 2, QLatin1Char(' '))
        + QStringLiteral("4,2 %");
}

QString referenceLike(int size)
{
    return QStringLiteral("[") + QString(size, QLatin1Char('a')) + QStringLiteral("]:")
        + QString(size, QLatin1Char(' '));
}

QString fencesAndHashes(int size)
{
    return QStringLiteral("   #").repeated(size / 4) + QStringLiteral(" 4,2 %");
}

} // namespace

void TestImporterRobustness::markdownStepsAreLinear_data()
{
    QTest::addColumn<void *>("shape");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, MarkdownShape shape, const char *expected) {
        QTest::newRow(name) << reinterpret_cast<void *>(shape) << QString::fromUtf8(expected);
    };
    row("1 MB indent then a list item", indentedListItem, "4,2 %");
    row("1 MB indent then text", indentedText, "4,2 %");
    row("heading with 1 MB of spaces", headingWithSpaces, "4,2 %");
    row("pipe then 1 MB of spaces", pipeThenSpaces, "4,2 %");
    row("dash cells", dashCells, "");
    row("spaced dashes", spacedDashes, "");
    row("1 MB nested list", nestedList, "4,2 %");
    row("quote markers then an indent", quotedIndents, "4,2 %");
    row("reference-like label", referenceLike, "");
    row("indented hashes", fencesAndHashes, "");
}

void TestImporterRobustness::markdownStepsAreLinear()
{
    QFETCH(void *, shape);
    QFETCH(QString, expected);
    const auto build = reinterpret_cast<MarkdownShape>(shape);
    const int size = 1024 * 1024;
    const QString once = build(size);
    const QString twice = build(2 * size);
    qint64 stepsOnce = 0;
    qint64 stepsTwice = 0;
    const MarkupConversion conversion = MarkdownToText::convert(once, &stepsOnce);
    MarkdownToText::convert(twice, &stepsTwice);
    QVERIFY2(conversion.text.contains(expected), qPrintable(conversion.text.left(60)));
    // Every character looked at a bounded number of times, and twice the text twice the work.
    QVERIFY2(stepsOnce <= 40 * qint64(once.size()),
        qPrintable(QStringLiteral("%1 steps for %2 characters").arg(stepsOnce).arg(once.size())));
    QVERIFY2(stepsTwice * 10 <= stepsOnce * 22,
        qPrintable(QStringLiteral("%1 steps, then %2 for twice the text").arg(stepsOnce).arg(stepsTwice)));
}

QTEST_GUILESS_MAIN(TestImporterRobustness)
#include "tst_importerrobustness.moc"
