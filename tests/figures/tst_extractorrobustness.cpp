// The extractor on hostile input: random bytes and text, every truncation of
// the golden articles, huge numbers, long runs of digits and separators, lone
// surrogates. Nothing may crash or hang, every span must lie inside the text
// and every value must be a canonical decimal. Runs under ASan + UBSan.

#include "figures/decimaltext.h"
#include "figures/extractor.h"
#include "figures/figure.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace FactDesk;

class TestExtractorRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hostile_data();
    void hostile();
    void randomText_data();
    void randomText();
    void truncatedGolden_data();
    void truncatedGolden();

private:
    static void checkFigures(const QString &text, const QVector<Figure> &figures);
    std::unique_ptr<Extractor> m_french;
    std::unique_ptr<Extractor> m_english;
};

void TestExtractorRobustness::initTestCase()
{
    m_french = std::make_unique<Extractor>(QStringLiteral("fr"));
    m_english = std::make_unique<Extractor>(QStringLiteral("en"));
}

void TestExtractorRobustness::checkFigures(const QString &text, const QVector<Figure> &figures)
{
    int previousEnd = 0;
    for (const Figure &figure : figures) {
        QVERIFY2(figure.start >= 0 && figure.start < figure.end && figure.end <= text.size(),
            qPrintable(QStringLiteral("bad span %1-%2 in a text of %3")
                           .arg(figure.start)
                           .arg(figure.end)
                           .arg(text.size())));
        QVERIFY2(figure.start >= previousEnd, "figures overlap or are not sorted");
        previousEnd = figure.end;
        if (figure.kind != FigureKind::Date)
            QVERIFY2(DecimalText::isCanonical(figure.value),
                qPrintable(QStringLiteral("bad value '%1'").arg(figure.value)));
    }
}

void TestExtractorRobustness::hostile_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("one digit") << QStringLiteral("7");
    QTest::newRow("400 digits") << QString(400, QLatin1Char('9'));
    QTest::newRow("400 digits with scale and currency")
        << QString(400, QLatin1Char('1')) + QStringLiteral(",5 milliards de dollars");
    QTest::newRow("200000 digits") << QString(200000, QLatin1Char('3'));
    QString groups;
    for (int i = 0; i < 20000; ++i)
        groups += QStringLiteral("000 ");
    QTest::newRow("long run of groups") << QStringLiteral("1 ") + groups + QStringLiteral("€");
    QString separators;
    for (int i = 0; i < 20000; ++i)
        separators += QStringLiteral("1,.- ");
    QTest::newRow("digits and separators") << separators;
    QString dashes;
    for (int i = 0; i < 20000; ++i)
        dashes += QStringLiteral("1-");
    QTest::newRow("range chain") << dashes;
    QString signs;
    for (int i = 0; i < 20000; ++i)
        signs += QStringLiteral("+-$€%x");
    QTest::newRow("symbols only") << signs + QStringLiteral("5");
    QString lone;
    lone += QChar(0xD83D);
    lone += QStringLiteral("12 % ");
    lone += QChar(0xDE80);
    lone += QStringLiteral("13 milliards ");
    lone += QChar(0xDC00);
    QTest::newRow("lone surrogates") << lone;
    QTest::newRow("surrogate at end") << QStringLiteral("12 %") + QChar(0xD83D);
    QTest::newRow("trailing separator") << QStringLiteral("Un total de 12 ");
    QTest::newRow("trailing comma") << QStringLiteral("12,");
    QTest::newRow("trailing dot") << QStringLiteral("12.");
    QTest::newRow("currency at end") << QStringLiteral("Prix : $");
    QTest::newRow("scale word only") << QStringLiteral("millions milliards billion illi");
    QTest::newRow("number word then end") << QStringLiteral("deux milli");
    QTest::newRow("opener at start") << QStringLiteral("entre 2 et");
    QTest::newRow("joiner at end") << QStringLiteral("2 à");
    QTest::newRow("nul characters") << QString(50, QChar(0)) + QStringLiteral("5 %") + QString(5, QChar(0));
    QString spaces(100000, QChar(0x00A0));
    QTest::newRow("long nbsp run") << QStringLiteral("5") + spaces + QStringLiteral("%");
}

void TestExtractorRobustness::hostile()
{
    QFETCH(QString, text);
    for (const Extractor *extractor : { m_french.get(), m_english.get() }) {
        checkFigures(text, extractor->extract(text));
        if (QTest::currentTestFailed())
            return;
        const std::optional<Figure> figure = extractor->readValue(text.left(2000));
        if (figure) {
            QVERIFY(
                figure->start >= 0 && figure->start < figure->end && figure->end <= qMin(text.size(), 2000));
        }
    }
}

void TestExtractorRobustness::randomText_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("bytes");
    for (quint32 seed = 1; seed <= 12; ++seed) {
        QTest::newRow(qPrintable(QStringLiteral("bytes seed %1").arg(seed))) << seed << true;
        QTest::newRow(qPrintable(QStringLiteral("tokens seed %1").arg(seed))) << seed << false;
    }
}

void TestExtractorRobustness::randomText()
{
    QFETCH(quint32, seed);
    QFETCH(bool, bytes);
    QRandomGenerator random(seed);
    QString text;
    if (bytes) {
        QByteArray data(20000, Qt::Uninitialized);
        for (char &c : data)
            c = char(random.bounded(256));
        text = QString::fromUtf8(data);
        // Raw UTF-16 too, lone surrogates included.
        for (int i = 0; i < 2000; ++i)
            text += QChar(char16_t(random.bounded(0x10000)));
    } else {
        // Pieces that trigger every path of the extractor, glued at random.
        const QStringList pieces = {
            QStringLiteral("1"),
            QStringLiteral("23"),
            QStringLiteral("456"),
            QStringLiteral("2025"),
            QStringLiteral(" "),
            QString(QChar(0x00A0)),
            QString(QChar(0x202F)),
            QStringLiteral(","),
            QStringLiteral("."),
            QStringLiteral("-"),
            QStringLiteral("–"),
            QStringLiteral("+"),
            QStringLiteral("%"),
            QStringLiteral("$"),
            QStringLiteral("€"),
            QStringLiteral("£"),
            QStringLiteral("¥"),
            QStringLiteral("US$"),
            QStringLiteral("M"),
            QStringLiteral("Md"),
            QStringLiteral("bn"),
            QStringLiteral("k"),
            QStringLiteral("x"),
            QStringLiteral("×"),
            QStringLiteral("milliards"),
            QStringLiteral("million"),
            QStringLiteral("billion"),
            QStringLiteral("de"),
            QStringLiteral("d'"),
            QStringLiteral("dollars"),
            QStringLiteral("euros"),
            QStringLiteral("emplois"),
            QStringLiteral("people"),
            QStringLiteral("entre"),
            QStringLiteral("et"),
            QStringLiteral("à"),
            QStringLiteral("to"),
            QStringLiteral("between"),
            QStringLiteral("and"),
            QStringLiteral("plus de"),
            QStringLiteral("up to"),
            QStringLiteral("fois"),
            QStringLiteral("times"),
            QStringLiteral("points de pourcentage"),
            QStringLiteral("h"),
            QStringLiteral(":"),
            QStringLiteral("("),
            QStringLiteral(")"),
            QStringLiteral("GPT-"),
            QStringLiteral("octobre"),
            QStringLiteral("October"),
            QStringLiteral("un"),
            QStringLiteral("a"),
            QStringLiteral("🚀"),
            QStringLiteral("e\u0301"),
            QStringLiteral("\n"),
            QStringLiteral("/"),
            QStringLiteral("page"),
            QStringLiteral("t"),
            QStringLiteral("GW"),
            QStringLiteral("1er"),
        };
        for (int i = 0; i < 6000; ++i)
            text += pieces.at(int(random.bounded(quint32(pieces.size()))));
    }
    checkFigures(text, m_french->extract(text, QDate(2025, 10, 29)));
    checkFigures(text, m_english->extract(text, QDate(2025, 10, 29)));
    // A language without a lexicon still reads digits, and nothing else.
    checkFigures(text, Extractor(QStringLiteral("xx")).extract(text));
    for (int i = 0; i < 200; ++i) {
        const int from = int(random.bounded(quint32(text.size())));
        const QString snippet = text.mid(from, int(random.bounded(40u)));
        const std::optional<Figure> figure = m_french->readValue(snippet);
        if (figure) {
            QVERIFY(figure->start >= 0 && figure->start < figure->end && figure->end <= snippet.size());
            if (figure->kind != FigureKind::Date)
                QVERIFY2(DecimalText::isCanonical(figure->value), qPrintable(figure->value));
        }
    }
}

void TestExtractorRobustness::truncatedGolden_data()
{
    QTest::addColumn<QString>("articlePath");
    const QDir dir(QStringLiteral(FACTDESK_TEST_DATA "/golden"));
    const QStringList articles = dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    QVERIFY(!articles.isEmpty());
    for (const QString &article : articles)
        QTest::newRow(qPrintable(article)) << dir.filePath(article);
}

void TestExtractorRobustness::truncatedGolden()
{
    QFETCH(QString, articlePath);
    QFile file(articlePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // Cut at every position, from the front and from the back: a figure cut in two must stay valid.
    const int stride = text.size() > 3000 ? 3 : 1;
    for (int cut = 0; cut <= text.size(); cut += stride) {
        const QString head = text.left(cut);
        checkFigures(head, m_french->extract(head));
        checkFigures(head, m_english->extract(head));
        const QString tail = text.mid(cut);
        checkFigures(tail, m_french->extract(tail));
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_GUILESS_MAIN(TestExtractorRobustness)
#include "tst_extractorrobustness.moc"
