#include "article/articleimporter.h"
#include "article/languagedetector.h"

#include <QTest>

using namespace FactDesk;

class TestLanguageDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void longTextIsConfident();
    void sampleIsBounded();
    void importerUsesDetectionUnlessOverridden();
};

void TestLanguageDetector::detect_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("confident"); ///< confidence above one half

    QTest::newRow("short French") << QStringLiteral("La hausse est de 5 % pour les ménages.")
                                  << QStringLiteral("fr") << true;
    QTest::newRow("short English") << QStringLiteral("The rise is 5% for the households.")
                                   << QStringLiteral("en") << true;
    QTest::newRow("French elisions only")
        << QStringLiteral("L’État d’abord, qu’il vente") << QStringLiteral("fr") << true;
    QTest::newRow("French without accents")
        << QStringLiteral("Il a dit que les prix sont dans la moyenne pour une fois") << QStringLiteral("fr")
        << true;
    QTest::newRow("English quoting French")
        << QStringLiteral("The minister said that the plan was « une réforme juste » and that it would save "
                          "2 billion euros by the end of the year.")
        << QStringLiteral("en") << false;
    QTest::newRow("French quoting English")
        << QStringLiteral("Le ministre a déclaré que le plan était « the right thing to do » et qu’il "
                          "permettrait d’économiser 2 milliards.")
        << QStringLiteral("fr") << false;
    QTest::newRow("English with French names") << QStringLiteral(
        "Société Générale and Crédit Agricole said their profits were up by 4% in the third quarter.")
                                               << QStringLiteral("en") << false;
    QTest::newRow("numbers only fall back to English")
        << QStringLiteral("12 345 678 90 %") << QStringLiteral("en") << false;
    QTest::newRow("empty text falls back to English") << QString() << QStringLiteral("en") << false;
    QTest::newRow("short French told by its decimal comma")
        << QStringLiteral("Le taux atteint 4,2 %") << QStringLiteral("fr") << true;
    QTest::newRow("short English told by its decimal point")
        << QStringLiteral("Growth in Q3 hit 4.2% and 3.75%") << QStringLiteral("en") << true;
    QTest::newRow("thousands separators say nothing")
        << QStringLiteral("1,200 and 1.500 and 12 345") << QStringLiteral("en") << false;
    QTest::newRow("uppercase headline")
        << QStringLiteral("LES PRIX DE L'ÉNERGIE ONT BAISSÉ DANS LA ZONE") << QStringLiteral("fr") << true;
}

void TestLanguageDetector::detect()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(bool, confident);
    const LanguageGuess guess = LanguageDetector::detect(text);
    QCOMPARE(guess.language, language);
    QVERIFY(guess.confidence >= 0.0 && guess.confidence <= 1.0);
    if (confident)
        QVERIFY2(guess.confidence > 0.5, qPrintable(QString::number(guess.confidence)));
    if (text.trimmed().isEmpty())
        QCOMPARE(guess.confidence, 0.0);
}

void TestLanguageDetector::longTextIsConfident()
{
    const QString french = QStringLiteral(
        "Selon les chiffres publiés mardi, le déficit de la région a atteint 1,2 milliard d’euros. "
        "Les élus, qui attendaient une baisse, dénoncent une gestion trop prudente des dépenses. ")
                               .repeated(200);
    const QString english = QStringLiteral(
        "According to figures released on Tuesday, the region's deficit reached 1.2 billion euros. "
        "Councillors, who had expected a fall, criticised what they called overly cautious spending. ")
                                .repeated(200);
    const LanguageGuess fr = LanguageDetector::detect(french);
    const LanguageGuess en = LanguageDetector::detect(english);
    QCOMPARE(fr.language, QStringLiteral("fr"));
    QCOMPARE(en.language, QStringLiteral("en"));
    QVERIFY(fr.confidence > 0.8);
    QVERIFY(en.confidence > 0.8);
}

void TestLanguageDetector::sampleIsBounded()
{
    // Only the beginning counts: a French opening followed by a long English tail stays French.
    const QString text = QStringLiteral("Les ventes de la société ont augmenté dans le pays. ").repeated(500)
        + QStringLiteral("the of and the of and ").repeated(5000);
    QCOMPARE(LanguageDetector::detect(text).language, QStringLiteral("fr"));
}

void TestLanguageDetector::importerUsesDetectionUnlessOverridden()
{
    const QByteArray french = "Les prix ont augmenté de 3 % dans la zone euro selon les chiffres.";
    QCOMPARE(
        ArticleImporter::importData(french, QStringLiteral("a.txt")).article.language, QStringLiteral("fr"));
    ImportOptions options;
    options.language = QStringLiteral("en");
    QCOMPARE(ArticleImporter::importData(french, QStringLiteral("a.txt"), options).article.language,
        QStringLiteral("en"));
    // A declared language beats detection; an unsupported one does not.
    QCOMPARE(
        ArticleImporter::importData("<html lang=\"en\"><p>Les prix de la zone</p>", QStringLiteral("a.html"))
            .article.language,
        QStringLiteral("en"));
    QCOMPARE(
        ArticleImporter::importData("<html lang=\"de\"><p>Les prix de la zone</p>", QStringLiteral("a.html"))
            .article.language,
        QStringLiteral("fr"));
    QCOMPARE(ArticleImporter::importData("---\nlang: fr\n---\nThe rise of the prices", QStringLiteral("a.md"))
                 .article.language,
        QStringLiteral("fr"));
}

QTEST_GUILESS_MAIN(TestLanguageDetector)
#include "tst_languagedetector.moc"
