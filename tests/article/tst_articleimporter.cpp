#include "article/articleimporter.h"
#include "article/htmltotext.h"
#include "article/markdowntotext.h"
#include "article/metadatascanner.h"
#include "article/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace FactDesk;

Q_DECLARE_METATYPE(FactDesk::ArticleFormat)
Q_DECLARE_METATYPE(FactDesk::Utf8Validity)

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(FACTDESK_TEST_DATA "/import/") + QLatin1String(name);
}

QByteArray utf16Bytes(const QString &text, bool bigEndian)
{
    QByteArray bytes = bigEndian ? QByteArray("\xFE\xFF", 2) : QByteArray("\xFF\xFE", 2);
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        bytes.append(bigEndian ? high : low);
        bytes.append(bigEndian ? low : high);
    }
    return bytes;
}

const QString nbsp = QStringLiteral("\u00A0");
const QString narrowNbsp = QStringLiteral("\u202F");

} // namespace

class TestArticleImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void encodings_data();
    void encodings();
    void utf8Validation_data();
    void utf8Validation();
    void htmlText_data();
    void htmlText();
    void htmlMetadata_data();
    void htmlMetadata();
    void markdown_data();
    void markdown();
    void plainTextMetadata_data();
    void plainTextMetadata();
    void options();
    void errors_data();
    void errors();
    void unreadableFile();
    void tooLarge();
    void fileNames();
};

void TestArticleImporter::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ArticleFormat>("format");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");

    const QString frTxt = QString::fromUtf8(R"(La mairie de Valmont relève son budget de 4,2 %

Publié le 29 octobre 2025

Le conseil municipal de Valmont a voté mardi une hausse de 4,2 % de son budget, qui atteint désormais 18,5 millions d'euros. Selon l'adjoint aux finances, environ 300 000 euros iront à la rénovation des écoles.

L'opposition parle plutôt d'une hausse de 5 %, un chiffre que la mairie conteste.
)");
    QTest::newRow("plain text, title line and French date")
        << fixture("article_fr.txt") << ArticleFormat::PlainText
        << QStringLiteral("La mairie de Valmont relève son budget de 4,2 %") << QDate(2025, 10, 29)
        << QString() << QString() << QStringLiteral("fr") << frTxt;

    QTest::newRow("markdown with front matter")
        << fixture("article_en.md") << ArticleFormat::Markdown
        << QStringLiteral("Harbour traffic grows for a third year") << QDate(2025, 5, 12)
        << QStringLiteral("Coastal Ledger") << QStringLiteral("https://example.org/harbour-traffic")
        << QStringLiteral("en")
        << QStringLiteral("Harbour traffic grows for a third year\n\n"
                          "The port handled 2.4 million containers last year, up 7% from the year before.\n\n"
                          "Revenue rose to $310 million.\n\n"
                          "About 1,200 people now work on the docks.\n\n"
                          "\"We expect more than 3 million by 2027,\" said the director.\n\n"
                          "capacity: 3.5 million");

    QTest::newRow("html page with head metadata")
        << fixture("article_fr.html") << ArticleFormat::Html
        << (QStringLiteral("Les ventes de vélos reculent de 12") + nbsp + QLatin1Char('%'))
        << QDate(2025, 10, 29) << QStringLiteral("Le Courrier du Val")
        << QStringLiteral("https://example.org/velos-ventes") << QStringLiteral("fr")
        << (QStringLiteral("Les ventes de vélos reculent de 12") + nbsp
               + QStringLiteral("%\n\nLes marchands ont vendu 1") + nbsp + QStringLiteral("800") + nbsp
               + QStringLiteral("000 vélos cette année, soit 12") + nbsp
               + QStringLiteral("% de moins qu’en 2024.\n\nLe chiffre d'affaires atteint 3,1") + narrowNbsp
               + QStringLiteral("milliards d’euros & reste stable.\n\nLes prix ont monté d'environ 8") + nbsp
               + QStringLiteral("%.\n\nVélos électriques : 45") + nbsp
               + QStringLiteral("% des ventes\n\nVélos cargo : 4") + nbsp + QStringLiteral("%"));

    QTest::newRow("html saved as .txt is sniffed")
        << fixture("saved_page.txt") << ArticleFormat::Html << QStringLiteral("Rail fares rise by 3%")
        << QDate() << QString() << QString() << QStringLiteral("en")
        << QStringLiteral("Rail fares will rise by 3% in January.");

    QTest::newRow("markdown with UTF-8 BOM")
        << fixture("utf8_bom.md") << ArticleFormat::Markdown << QStringLiteral("Titre") << QDate()
        << QString() << QString() << QStringLiteral("fr")
        << QStringLiteral("Titre\n\nLa dette atteint 110 % du PIB.");
}

void TestArticleImporter::fixtures()
{
    QFETCH(QString, file);
    QFETCH(ArticleFormat, format);
    QFETCH(QString, title);
    QFETCH(QDate, date);
    QFETCH(QString, source);
    QFETCH(QString, url);
    QFETCH(QString, language);
    QFETCH(QString, text);

    const ImportResult result = ArticleImporter::importFile(file);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.warnings.isEmpty());
    const Article &article = result.article;
    QCOMPARE(toString(article.format), toString(format));
    QCOMPARE(article.text, text);
    QCOMPARE(article.title, title);
    QCOMPARE(article.date, date);
    QCOMPARE(article.source, source);
    QCOMPARE(article.url, url);
    QCOMPARE(article.language, language);
    QCOMPARE(article.fileName, file);
    QVERIFY(!article.rawSource.isEmpty());
    if (format == ArticleFormat::PlainText)
        QCOMPARE(article.rawSource, article.text);
    else
        QVERIFY(article.rawSource.size() > article.text.size());
}

void TestArticleImporter::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("warns");

    const QString sample = QStringLiteral("Hausse de 4,2") + nbsp + QStringLiteral("% à Noël ; coût 1")
        + narrowNbsp + QStringLiteral("000 € “net” 📈");
    QTest::newRow("utf-8") << sample.toUtf8() << sample << false;
    QTest::newRow("utf-8 with BOM") << (QByteArray("\xEF\xBB\xBF") + sample.toUtf8()) << sample << false;
    QTest::newRow("utf-16 LE with BOM") << utf16Bytes(sample, false) << sample << false;
    QTest::newRow("utf-16 BE with BOM") << utf16Bytes(sample, true) << sample << false;
    QTest::newRow("utf-16 LE without BOM, told by its NUL bytes")
        << utf16Bytes(sample, false).mid(2) << sample << true;
    QTest::newRow("utf-16 BE without BOM, told by its NUL bytes")
        << utf16Bytes(sample, true).mid(2) << sample << true;
    QTest::newRow("windows-1252") << QByteArray("Co\x9Bt \x80 \x93net\x94 \x85 \xE9t\xE9 \x9C\x8C \xA0 \x81")
                                  << QStringLiteral("Co›t € “net” … été œŒ \u00A0 \u0081") << true;
    QTest::newRow("latin-1 letters are windows-1252")
        << QByteArray("Caf\xE9 \xE0 5\xA0%") << QStringLiteral("Café à 5\u00A0%") << true;
    QTest::newRow("CRLF becomes LF") << QByteArray("one\r\ntwo\r\n\r\nthree")
                                     << QStringLiteral("one\ntwo\n\nthree") << false;
    QTest::newRow("CR alone becomes LF")
        << QByteArray("one\rtwo\r\rthree") << QStringLiteral("one\ntwo\n\nthree") << false;
    QTest::newRow("mixed line endings")
        << QByteArray("a\r\nb\nc\rd\n\re") << QStringLiteral("a\nb\nc\nd\n\ne") << false;
    QTest::newRow("utf-16 CRLF") << utf16Bytes(QStringLiteral("a\r\nb"), false) << QStringLiteral("a\nb")
                                 << false;
    QTest::newRow("utf-16 lone surrogate replaced")
        << utf16Bytes(QStringLiteral("x") + QChar(0xD800) + QStringLiteral("y"), false)
        << (QStringLiteral("x") + QChar(QChar::ReplacementCharacter) + QStringLiteral("y")) << true;
    QTest::newRow("utf-16 odd length")
        << (utf16Bytes(QStringLiteral("ab"), true) + QByteArray("\x00", 1)) << QStringLiteral("ab") << true;
    QTest::newRow("utf-8 BOM then invalid bytes")
        << QByteArray("\xEF\xBB\xBF"
                      "a\xFF"
                      "b")
        << (QStringLiteral("a") + QChar(QChar::ReplacementCharacter) + QStringLiteral("b")) << true;
}

void TestArticleImporter::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(bool, warns);

    const ImportResult result = ArticleImporter::importData(bytes, QStringLiteral("sample.txt"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.article.text, text);
    QCOMPARE(!result.warnings.isEmpty(), warns);
    for (const QString &warning : result.warnings)
        QVERIFY2(warning.startsWith(QLatin1String("sample.txt: ")), qPrintable(warning));
}

void TestArticleImporter::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Utf8Validity>("validity");
    QTest::addColumn<int>("validLength");

    QTest::newRow("ascii") << QByteArray("plain ascii text, long enough for the fast path")
                           << Utf8Validity::Valid << 47;
    QTest::newRow("two-byte é") << QByteArray("\xC3\xA9") << Utf8Validity::Valid << 2;
    QTest::newRow("four-byte emoji") << QByteArray("\xF0\x9F\x93\x88") << Utf8Validity::Valid << 4;
    QTest::newRow("max code point") << QByteArray("\xF4\x8F\xBF\xBF") << Utf8Validity::Valid << 4;
    QTest::newRow("overlong slash C0 AF") << QByteArray("a\xC0\xAF") << Utf8Validity::Invalid << 1;
    QTest::newRow("overlong C1") << QByteArray("\xC1\xBF") << Utf8Validity::Invalid << 0;
    QTest::newRow("overlong three bytes") << QByteArray("ab\xE0\x80\xAF") << Utf8Validity::Invalid << 2;
    QTest::newRow("overlong four bytes") << QByteArray("\xF0\x80\x80\xAF") << Utf8Validity::Invalid << 0;
    QTest::newRow("surrogate D800") << QByteArray("\xED\xA0\x80") << Utf8Validity::Invalid << 0;
    QTest::newRow("surrogate DFFF") << QByteArray("\xED\xBF\xBF") << Utf8Validity::Invalid << 0;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << Utf8Validity::Invalid << 0;
    QTest::newRow("F5 lead byte") << QByteArray("\xF5\x80\x80\x80") << Utf8Validity::Invalid << 0;
    QTest::newRow("lone continuation") << QByteArray("abc\x80") << Utf8Validity::Invalid << 3;
    QTest::newRow("missing continuation") << QByteArray("\xC3(") << Utf8Validity::Invalid << 0;
    QTest::newRow("truncated at end") << QByteArray("abcdefghij\xE2\x82") << Utf8Validity::Truncated << 10;
    QTest::newRow("latin-1 é") << QByteArray("caf\xE9") << Utf8Validity::Truncated << 3;
    QTest::newRow("latin-1 é mid-text") << QByteArray("caf\xE9 noir") << Utf8Validity::Invalid << 3;
}

void TestArticleImporter::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Utf8Validity, validity);
    QFETCH(int, validLength);
    qsizetype length = -1;
    QCOMPARE(TextDecoder::validateUtf8(bytes.constData(), bytes.size(), &length), validity);
    QCOMPARE(int(length), validLength);
}

void TestArticleImporter::htmlText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("paragraphs and whitespace")
        << QStringLiteral("<p>  one\n   two\t</p><p>three</p>") << QStringLiteral("one two\n\nthree");
    QTest::newRow("named entities") << QStringLiteral(
        "<p>&eacute;t&eacute; &amp; &lt;b&gt; &euro;5 &laquo;oui&raquo; &hellip;</p>")
                                    << QStringLiteral("été & <b> €5 «oui» …");
    QTest::newRow("numeric entities") << QStringLiteral("<p>&#233;&#xE9;&#X20AC;&#128512;&#8239;&#150;</p>")
                                      << (QStringLiteral("éé€😀") + narrowNbsp + QStringLiteral("–"));
    QTest::newRow("nbsp entity is kept")
        << QStringLiteral("<p>1&nbsp;000&nbsp;€</p>")
        << (QStringLiteral("1") + nbsp + QStringLiteral("000") + nbsp + QStringLiteral("€"));
    QTest::newRow("unknown and broken entities stay") << QStringLiteral("<p>&bogus; &amp &#; &#xZZ; AT&T</p>")
                                                      << QStringLiteral("&bogus; &amp &#; &#xZZ; AT&T");
    QTest::newRow("invalid code points")
        << QStringLiteral("<p>&#0;&#xD800;&#x110000;</p>") << QStringLiteral("\uFFFD\uFFFD\uFFFD");
    QTest::newRow("br, li, headings and tr end paragraphs") << QStringLiteral(
        "<h2>A</h2>b<br>c<ul><li>d</li><li>e</li></ul><table><tr><td>f</td><td>g</td></tr><tr><td>h</td></"
        "tr></table>") << QStringLiteral("A\n\nb\n\nc\n\nd\n\ne\n\nf g\n\nh");
    QTest::newRow("inline elements do not split")
        << QStringLiteral("<p>up <b>4,2</b><i> %</i> on <a href=\"x\">Monday</a></p>")
        << QStringLiteral("up 4,2 % on Monday");
    QTest::newRow("script, style, comments, nav dropped") << QStringLiteral(
        "<nav>Home <a>News</a></nav><script>if (a < b) { x = '</p>'; }</script><style>p{}</style>"
        "<!-- 99 % --><p>kept</p><aside>ad 50 %</aside><form><button>Send</button></form>")
                                                          << QStringLiteral("kept");
    QTest::newRow("page header and footer dropped, article header kept") << QStringLiteral(
        "<header>Site</header><main><header><h1>Title</h1></header><p>Body</p><footer>By me</footer></main>"
        "<footer>Legal</footer>") << QStringLiteral("Title\n\nBody\n\nBy me");
    QTest::newRow("nested skipped elements")
        << QStringLiteral("<nav><nav>x</nav>still nav</nav><p>after</p>") << QStringLiteral("after");
    QTest::newRow("uppercase tags and attributes")
        << QStringLiteral("<P CLASS=a>One</P><DIV>Two</DIV>") << QStringLiteral("One\n\nTwo");
    QTest::newRow("quoted > inside attribute")
        << QStringLiteral("<p title=\"a > b\">text</p>") << QStringLiteral("text");
    QTest::newRow("unclosed quote ends at next >")
        << QStringLiteral("<p title=\"broken>text</p>") << QStringLiteral("text");
    QTest::newRow("stray < is text") << QStringLiteral("<p>3 < 4 and 5 > 2</p>")
                                     << QStringLiteral("3 < 4 and 5 > 2");
    QTest::newRow("less-than without any >") << QStringLiteral("a <b c") << QStringLiteral("a <b c");
    QTest::newRow("unclosed comment drops the rest")
        << QStringLiteral("<p>a</p><!-- b <p>c</p>") << QStringLiteral("a");
    QTest::newRow("blank paragraphs dropped")
        << QStringLiteral("<p>&nbsp;</p><p> </p><p>x</p>") << QStringLiteral("x");
    QTest::newRow("head text is not body")
        << QStringLiteral("<html><head><title>T</title></head><body>b</body></html>") << QStringLiteral("b");
    QTest::newRow("article text without the banners around it")
        << QStringLiteral("<div class=\"cookie-banner\">We use 12 cookies</div><p>Subscribe for $1</p>"
                          "<article><h1>Jobs</h1><p>Unemployment rose to 4.4% in September, the highest in "
                          "four years.</p></article><div>Most read: 10 stories</div>")
        << QStringLiteral("Jobs\n\nUnemployment rose to 4.4% in September, the highest in four years.");
    QTest::newRow("a teaser article does not hide the page")
        << QStringLiteral("<p>The council spent £4.2m on 17 buses and £1.1m on new stops along the "
                          "route, the report says.</p><article>Read: 5 tips</article>")
        << QStringLiteral(
               "The council spent £4.2m on 17 buses and £1.1m on new stops along the route, the report "
               "says.\n\nRead: 5 tips");
    QTest::newRow("furniture by class or id, nested divs and all") << QStringLiteral(
        "<p>kept 1</p><div class=\"ad-slot\"><div>-50 %</div>still ad</div><p>kept 2</p>"
        "<section id=\"share_buttons\"><span>12 shares</span></section>"
        "<ul class=\"related-links\"><li>3 more</li></ul><div class=\"Newsletter\">x</div>"
        "<p>kept 3</p>") << QStringLiteral("kept 1\n\nkept 2\n\nkept 3");
    QTest::newRow("class words, not letters: header, lead, download are text")
        << QStringLiteral("<div class=\"article-header\">A</div><div class=\"lead\">B</div>"
                          "<div id=\"download-box\">C</div><p class=\"ad\">D is a paragraph</p>")
        << QStringLiteral("A\n\nB\n\nC\n\nD is a paragraph");
    QTest::newRow("a related article card inside the story is dropped")
        << QStringLiteral("<main><p>Sales rose 8 % to €1.2bn, the group said on Tuesday in its "
                          "results.</p><article class=\"related\">Also: 3 %</article><p>End.</p></main>")
        << QStringLiteral("Sales rose 8 % to €1.2bn, the group said on Tuesday in its results.\n\nEnd.");
    QTest::newRow("head closed by first body element")
        << QStringLiteral("<head><title>T</title><p>body text") << QStringLiteral("body text");
}

void TestArticleImporter::htmlText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlToText::convert(html).text, text);
}

void TestArticleImporter::htmlMetadata_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("language");

    QTest::newRow("og wins over title element") << QStringLiteral(
        "<html lang=en-GB><head><title>T - Site</title><meta property='og:title' content='Clean &amp; short'>"
        "<meta property=og:site_name content=\"The Site\"><meta property=og:url content=https://e.org/o>"
        "</head></html>") << QStringLiteral("Clean & short")
                                                << QDate() << QStringLiteral("The Site")
                                                << QStringLiteral("https://e.org/o") << QStringLiteral("en");
    QTest::newRow("title element, canonical beats og:url")
        << QStringLiteral("<title>\n  Plain   title </title><link rel=\"canonical\" href=\"https://e.org/c\">"
                          "<meta property=\"og:url\" content=\"https://e.org/o\">")
        << QStringLiteral("Plain title") << QDate() << QString() << QStringLiteral("https://e.org/c")
        << QString();
    QTest::newRow("first h1 when no title")
        << QStringLiteral("<body><h1>Main <em>one</em></h1><h1>Second</h1>") << QStringLiteral("Main one")
        << QDate() << QString() << QString() << QString();
    QTest::newRow("published_time beats meta date")
        << QStringLiteral(
               "<meta name=\"date\" content=\"2024-01-02\"><meta property=\"article:published_time\" "
               "content=\"2025-10-29T08:00:00Z\">")
        << QString() << QDate(2025, 10, 29) << QString() << QString() << QString();
    QTest::newRow("dc.date") << QStringLiteral("<meta name=\"DC.date\" content=\"2025/05/12\">") << QString()
                             << QDate(2025, 5, 12) << QString() << QString() << QString();
    QTest::newRow("time datetime") << QStringLiteral(
        "<p>Le <time datetime=\"2025-03-04T10:00\">4 mars</time></p>")
                                   << QString() << QDate(2025, 3, 4) << QString() << QString() << QString();
    QTest::newRow("meta date beats time element")
        << QStringLiteral("<time datetime=\"2020-01-01\"></time><meta name=\"date\" content=\"2025-06-07\">")
        << QString() << QDate(2025, 6, 7) << QString() << QString() << QString();
    QTest::newRow("html lang fr_FR") << QStringLiteral("<html lang=\"fr_FR\">") << QString() << QDate()
                                     << QString() << QString() << QStringLiteral("fr");
    QTest::newRow("other language ignored") << QStringLiteral("<html lang=\"de\">") << QString() << QDate()
                                            << QString() << QString() << QString();
}

void TestArticleImporter::htmlMetadata()
{
    QFETCH(QString, html);
    QFETCH(QString, title);
    QFETCH(QDate, date);
    QFETCH(QString, source);
    QFETCH(QString, url);
    QFETCH(QString, language);
    const MarkupConversion conversion = HtmlToText::convert(html);
    QCOMPARE(conversion.title, title);
    QCOMPARE(conversion.date, date);
    QCOMPARE(conversion.source, source);
    QCOMPARE(conversion.url, url);
    QCOMPARE(conversion.language, language);
}

void TestArticleImporter::markdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");

    QTest::newRow("emphasis removed") << QStringLiteral("**13 milliards**, *environ* __5 %__ and _x_ ~~old~~")
                                      << QStringLiteral("13 milliards, environ 5 % and x old");
    QTest::newRow("arithmetic and snake_case kept") << QStringLiteral("2*3 = 6, 4 * 5, snake_case_name")
                                                    << QStringLiteral("2*3 = 6, 4 * 5, snake_case_name");
    QTest::newRow("links keep text, images dropped")
        << QStringLiteral("See [the report](https://e.org/a_(b)) and [ref][1] ![chart](c.png) here.")
        << QStringLiteral("See the report and ref here.");
    QTest::newRow("brackets without link stay")
        << QStringLiteral("[sic] and [note]") << QStringLiteral("[sic] and [note]");
    QTest::newRow("code spans and escapes") << QStringLiteral("Use `a*b` and `` x`y `` \\*not\\* 5\\%")
                                            << QStringLiteral("Use a*b and x`y *not* 5%");
    QTest::newRow("autolinks and inline html")
        << QStringLiteral("<https://e.org> <b>bold</b> 3 < 4") << QStringLiteral("https://e.org bold 3 < 4");
    QTest::newRow("headings and setext") << QStringLiteral("# One #\nTwo\n===\nThree\n---\nbody")
                                         << QStringLiteral("One\n\nTwo\n\nThree\n\nbody");
    QTest::newRow("lists, quotes, rules")
        << QStringLiteral("- a\n* b\n+ c\n1. d\n2) e\n> quoted\n> more\n\n***\nend")
        << QStringLiteral("a\n\nb\n\nc\n\nd\n\ne\n\nquoted more\n\nend");
    QTest::newRow("year at line start is not a list number")
        << QStringLiteral("2025. A good year.") << QStringLiteral("2025. A good year.");
    QTest::newRow("fenced code kept as text") << QStringLiteral("before\n```js\nx = 1;\n  y = 2;\n```\nafter")
                                              << QStringLiteral("before\n\nx = 1; y = 2;\n\nafter");
    QTest::newRow("table rows") << QStringLiteral("| Year | Sales |\n|---|:---:|\n| 2024 | 5 % |")
                                << QStringLiteral("Year | Sales\n\n2024 | 5 %");
    QTest::newRow("reference definitions dropped")
        << QStringLiteral("text\n\n[1]: https://e.org") << QStringLiteral("text");
    QTest::newRow("entities decoded") << QStringLiteral("1&nbsp;000 &amp; more")
                                      << (QStringLiteral("1") + nbsp + QStringLiteral("000 & more"));
    QTest::newRow("unclosed front matter is text")
        << QStringLiteral("---\ntitle: x\n") << QStringLiteral("title: x");
}

void TestArticleImporter::markdown()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QCOMPARE(MarkdownToText::convert(markdown).text, text);
}

void TestArticleImporter::plainTextMetadata_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("date");

    QTest::newRow("ISO date line") << QStringLiteral("Title\n\ndate 2025-10-29\nbody")
                                   << QStringLiteral("Title") << QDate(2025, 10, 29);
    QTest::newRow("slashes with time") << QStringLiteral("Title\n\nBy: someone|2025/05/12 19:15:08\n")
                                       << QStringLiteral("Title") << QDate(2025, 5, 12);
    QTest::newRow("French date") << QStringLiteral("Publié le 29 octobre 2025\n") << QString()
                                 << QDate(2025, 10, 29);
    QTest::newRow("French 1er and ASCII month")
        << QStringLiteral("Mis à jour le 1er aout 2024") << QString() << QDate(2024, 8, 1);
    QTest::newRow("English month first") << QStringLiteral("Headline\n\nOctober 29, 2025 - London")
                                         << QStringLiteral("Headline") << QDate(2025, 10, 29);
    QTest::newRow("English day first")
        << QStringLiteral("Posted 3 March 2025") << QString() << QDate(2025, 3, 3);
    QTest::newRow("earliest date wins")
        << QStringLiteral("Le 4 mai 2025, puis 2025-06-01") << QString() << QDate(2025, 5, 4);
    QTest::newRow("invalid date skipped")
        << QStringLiteral("2025-13-45 then 2025-02-03") << QString() << QDate(2025, 2, 3);
    QTest::newRow("no title without blank line")
        << QStringLiteral("First line\nsecond line") << QString() << QDate();
    QTest::newRow("no title when too long")
        << (QString(250, QLatin1Char('x')) + QStringLiteral("\n\nbody")) << QString() << QDate();
    QTest::newRow("date in a body paragraph ignored") << (QStringLiteral(
        "Titre\n\nLe 12 mars 2025, la ville a voté un budget de 4 millions d’euros pour les écoles, "
        "les routes et les parcs, après un long débat.\n"))
                                                      << QStringLiteral("Titre") << QDate();
    QTest::newRow("labelled date opening a paragraph")
        << (QStringLiteral(" date 2025-10-29 ") + QString(200, QLatin1Char('x'))) << QString()
        << QDate(2025, 10, 29);
    QTest::newRow("French label opening a paragraph")
        << (QStringLiteral("Publié le 3 juin 2025 – ") + QString(200, QLatin1Char('x'))) << QString()
        << QDate(2025, 6, 3);
    QTest::newRow("dateline after a body paragraph")
        << (QString(130, QLatin1Char('x')) + QStringLiteral(" 2020-01-01\nMis à jour le 2025-11-02"))
        << QString() << QDate(2025, 11, 2);
    QTest::newRow("date beyond line ten ignored")
        << (QStringLiteral("a\n").repeated(12) + QStringLiteral("2025-01-01")) << QString() << QDate();
}

void TestArticleImporter::plainTextMetadata()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QDate, date);
    QCOMPARE(MetadataScanner::findTitle(text), title);
    QCOMPARE(MetadataScanner::findDate(text), date);
}

void TestArticleImporter::options()
{
    ImportOptions options;
    options.language = QStringLiteral("en");
    options.date = QDate(2020, 2, 2);
    const ImportResult result = ArticleImporter::importFile(fixture("article_fr.txt"), options);
    QVERIFY(result.ok);
    QCOMPARE(result.article.language, QStringLiteral("en"));
    QCOMPARE(result.article.date, QDate(2020, 2, 2));

    // An invalid date does not override the file's.
    options.date = QDate();
    QCOMPARE(
        ArticleImporter::importFile(fixture("article_fr.txt"), options).article.date, QDate(2025, 10, 29));
}

void TestArticleImporter::errors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");

    // content "<dir>" makes a folder, "<none>" makes nothing.
    QTest::newRow("missing file") << QStringLiteral("missing.txt") << QByteArray("<none>")
                                  << QStringLiteral("no such file");
    QTest::newRow("directory") << QStringLiteral("folder.txt") << QByteArray("<dir>")
                               << QStringLiteral("is a folder, not a file");
    QTest::newRow("empty file") << QStringLiteral("empty.txt") << QByteArray()
                                << QStringLiteral("the file is empty");
    QTest::newRow("NUL bytes") << QStringLiteral("image.txt")
                               << QByteArray("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16)
                               << QStringLiteral("not a text file (it holds binary data)");
    QTest::newRow("mostly control characters")
        << QStringLiteral("controls.txt") << QByteArray("\x01\x02\x03\x04 ab\x05\x06\x07\x08")
        << QStringLiteral("not a text file (it holds binary data)");
    QTest::newRow("NUL bytes in no UTF-16 pattern")
        << QStringLiteral("nuls.txt") << QByteArray("ab\0\0cd\0\0\0\0ef", 12)
        << QStringLiteral("not a text file (it holds binary data)");
    QTest::newRow("utf-16 with BOM but NUL characters")
        << QStringLiteral("nul16.txt")
        << QByteArray("\xFF\xFE"
                      "a\0\0\0b\0",
               8)
        << QStringLiteral("not a text file (it holds binary data)");
    QTest::newRow("utf-8 BOM then NUL bytes") << QStringLiteral("bomnul.txt")
                                              << QByteArray("\xEF\xBB\xBF"
                                                            "ab\0\0cd",
                                                     9)
                                              << QStringLiteral("not a text file (it holds binary data)");
    QTest::newRow("BOM only is not empty but has no text")
        << QStringLiteral("bom.txt") << QByteArray("\xEF\xBB\xBF") << QString();
}

void TestArticleImporter::errors()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    if (content == "<dir>") {
        QVERIFY(QDir(dir.path()).mkdir(name));
    } else if (content != "<none>") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const ImportResult result = ArticleImporter::importFile(path);
    if (message.isEmpty()) {
        QVERIFY(result.ok);
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings.first().endsWith(QLatin1String("no article text was found")));
        return;
    }
    QVERIFY(!result.ok);
    QCOMPARE(result.error, QDir::toNativeSeparators(path) + QStringLiteral(": ") + message);
}

void TestArticleImporter::unreadableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("text");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::Permissions()));
    if (QFile(path).open(QIODevice::ReadOnly))
        QSKIP("running with privileges that read any file (root)");
    const ImportResult result = ArticleImporter::importFile(path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.startsWith(path + QStringLiteral(": cannot be read")), qPrintable(result.error));
}

void TestArticleImporter::tooLarge()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(3 * 1024 * 1024)); // sparse: costs no disk
    file.close();
    QCOMPARE(ArticleImporter::fileProblem(path, 2 * 1024 * 1024),
        path + QStringLiteral(": the file is too large (3 MB; the limit is 2 MB)"));
    QVERIFY(ArticleImporter::fileProblem(path).isEmpty());
}

void TestArticleImporter::fileNames()
{
    QVERIFY(ArticleImporter::canImport(QStringLiteral("a.TXT")));
    QVERIFY(ArticleImporter::canImport(QStringLiteral("dir/a.markdown")));
    QVERIFY(ArticleImporter::canImport(QStringLiteral("a.htm")));
    QVERIFY(!ArticleImporter::canImport(QStringLiteral("a.pdf")));
    QVERIFY(ArticleImporter::formatForFileName(QStringLiteral("x.Md")) == ArticleFormat::Markdown);
    QVERIFY(ArticleImporter::formatForFileName(QStringLiteral("x.html")) == ArticleFormat::Html);
    QVERIFY(ArticleImporter::formatForFileName(QStringLiteral("noext")) == ArticleFormat::PlainText);
    QCOMPARE(ArticleImporter::nameFilters().size(), 5);
}

QTEST_GUILESS_MAIN(TestArticleImporter)
#include "tst_articleimporter.moc"
