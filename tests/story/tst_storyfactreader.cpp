// What the story ledger reads of one sentence: which figures an update marker
// ("désormais", "now owns", "down from") speaks of. A marker speaks of the
// figures of its own clause, not of every figure of its sentence.
#include "figures/extractor.h"
#include "project/project.h"
#include "story/storyfact.h"
#include "story/storyfactreader.h"
#include "story/storylexicon.h"

#include <QTest>

#include <algorithm>

using namespace FactDesk;

class TestStoryFactReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void updateMarker_data();
    void updateMarker();

private:
    std::unique_ptr<StoryLexicon> m_lexicon;
};

void TestStoryFactReader::initTestCase()
{
    QString error;
    m_lexicon = StoryLexicon::bundled(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestStoryFactReader::updateMarker_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<bool>("updated");

    const auto row
        = [](const char *name, const char *language, const char *sentence, const char *quote, bool updated) {
              QTest::newRow(name) << QString::fromLatin1(language) << QString::fromUtf8(sentence)
                                  << QString::fromUtf8(quote) << updated;
          };
    const char *havingBought = "Having bought 49 % of the unit in 2019, the group now owns 22 %.";
    row("en: a participle clause before the marker, its figure", "en", havingBought, "49 %", false);
    row("en: a participle clause before the marker, the marker's figure", "en", havingBought, "22 %", true);
    const char *apresAvoir
        = "Après avoir acheté 49 % de la filiale en 2019, le groupe en détient désormais 22 %.";
    row("fr: a participle clause before the marker, its figure", "fr", apresAvoir, "49 %", false);
    row("fr: a participle clause before the marker, the marker's figure", "fr", apresAvoir, "22 %", true);

    // The marker after its figure, a clause after it.
    const char *holdsNow = "The fund holds 22 % now, having owned 49 % in 2019.";
    row("en: marker after its figure", "en", holdsNow, "22 %", true);
    row("en: marker after its figure, the next clause", "en", holdsNow, "49 %", false);
    const char *detientDesormais = "Le fonds détient 22 % désormais, après en avoir possédé 49 % en 2019.";
    row("fr: marker after its figure", "fr", detientDesormais, "22 %", true);
    row("fr: marker after its figure, the next clause", "fr", detientDesormais, "49 %", false);

    // A marker that follows the new value and brings in the old one.
    const char *downFrom = "Brenmoor's stake is 18 %, down from 31 % in March.";
    row("en: down from, the new value", "en", downFrom, "18 %", true);
    row("en: down from, the old value", "en", downFrom, "31 %", false);
    const char *enBaisse = "La part de Brenmoor est de 18 %, en baisse par rapport aux 31 % de mars.";
    row("fr: en baisse par rapport, the new value", "fr", enBaisse, "18 %", true);
    row("fr: en baisse par rapport, the old value", "fr", enBaisse, "31 %", false);

    // A relative clause between commas, before the marker.
    const char *which = "The insurer, which paid €4 billion for its stake, now values it at €2.5 billion.";
    row("en: a relative clause before the marker", "en", which, "€4 billion", false);
    row("en: the main clause after a relative one", "en", which, "€2.5 billion", true);
    const char *qui
        = "L'assureur, qui avait payé 4 milliards d'euros pour sa part, la valorise désormais à 2,5 "
          "milliards d'euros.";
    row("fr: a relative clause before the marker", "fr", qui, "4 milliards d'euros", false);
    row("fr: the main clause after a relative one", "fr", qui, "2,5 milliards d'euros", true);

    // A restrictive relative clause, without commas: the marker speaks of what follows it.
    const char *that = "The group that bought 49 % in 2019 now owns 22 %.";
    row("en: a restrictive relative clause", "en", that, "49 %", false);
    row("en: after a restrictive relative clause", "en", that, "22 %", true);
    const char *quiSansVirgule = "Le groupe qui avait acheté 49 % en 2019 détient désormais 22 %.";
    row("fr: a restrictive relative clause", "fr", quiSansVirgule, "49 %", false);
    row("fr: after a restrictive relative clause", "fr", quiSansVirgule, "22 %", true);

    // Conjunctions that open another clause, without a comma.
    const char *whileCosts = "Revenue now stands at €900 million while costs reached €700 million.";
    row("en: while, the marker's clause", "en", whileCosts, "€900 million", true);
    row("en: while, the other clause", "en", whileCosts, "€700 million", false);
    const char *alorsQue
        = "Le chiffre d'affaires atteint désormais 900 millions d'euros alors que les coûts ont "
          "atteint 700 millions d'euros.";
    row("fr: alors que, the marker's clause", "fr", alorsQue, "900 millions d'euros", true);
    row("fr: alors que, the other clause", "fr", alorsQue, "700 millions d'euros", false);
    const char *but = "The bank now forecasts growth of 1.2 % but kept its inflation estimate of 3 %.";
    row("en: but, the marker's clause", "en", but, "1.2 %", true);
    row("en: but, the other clause", "en", but, "3 %", false);
    const char *mais = "La banque prévoit désormais une croissance de 1,2 % mais maintient son estimation "
                       "d'inflation de 3 %.";
    row("fr: mais, the marker's clause", "fr", mais, "1,2 %", true);
    row("fr: mais, the other clause", "fr", mais, "3 %", false);

    // Every figure of the marker's clause.
    const char *plusQue = "Le fonds ne détient plus que 12 % du capital et 15 % des droits de vote.";
    row("fr: ne ... plus que, first figure", "fr", plusQue, "12 %", true);
    row("fr: ne ... plus que, second figure of the clause", "fr", plusQue, "15 %", true);
    const char *nowHolds = "The fund now holds 12 % of the capital and 15 % of the voting rights.";
    row("en: now holds, first figure", "en", nowHolds, "12 %", true);
    row("en: now holds, second figure of the clause", "en", nowHolds, "15 %", true);
    const char *decimals = "Le taux est désormais de 7,5 % et de 8,25 % pour les moins de 25 ans.";
    row("fr: a decimal comma does not end the clause", "fr", decimals, "8,25 %", true);

    // A marker of several words with a gap.
    const char *raised = "Castmere has raised its stake to 35 %, having held 20 % since 2021.";
    row("en: has raised ... to", "en", raised, "35 %", true);
    row("en: has raised ... to, the next clause", "en", raised, "20 %", false);
    const char *porte = "Castmere a porté sa participation à 35 %, après avoir détenu 20 % depuis 2021.";
    row("fr: a porté ... à", "fr", porte, "35 %", true);
    row("fr: a porté ... à, the next clause", "fr", porte, "20 %", false);
    row("en: a gap never skips a figure", "en", "Norwell has cut 500 jobs to save €40 million.",
        "€40 million", false);

    // A comma right beside the marker does not end its clause.
    row("fr: Désormais, at the head of the sentence", "fr", "Désormais, le fonds détient 22 % du capital.",
        "22 %", true);
    row("en: Now, at the head of the sentence", "en", "Now, the fund holds 22 % of the capital.", "22 %",
        true);
    row("fr: désormais between commas", "fr", "Le fonds, désormais, détient 22 % du capital.", "22 %", true);
    row("fr: désormais at the end, after a comma", "fr", "Le fonds détient 22 % du capital, désormais.",
        "22 %", true);

    // Brackets and versus words bring in another value.
    const char *bracketEn = "The fund now holds 22 % (it held 49 % in 2019).";
    row("en: a bracket after the marker's figure", "en", bracketEn, "49 %", false);
    row("en: the figure before the bracket", "en", bracketEn, "22 %", true);
    const char *bracketFr = "Le fonds détient désormais 22 % (il en détenait 49 % en 2019).";
    row("fr: a bracket after the marker's figure", "fr", bracketFr, "49 %", false);
    const char *contre = "Le fonds détient désormais 22 % contre 49 % en 2019.";
    row("fr: contre, the marker's figure", "fr", contre, "22 %", true);
    row("fr: contre, the value of before", "fr", contre, "49 %", false);
    row("en: against, the value of before", "en", "The fund now holds 22 % against 49 % in 2019.", "49 %",
        false);

    row("en: no marker", "en", "The fund holds 22 % of the capital.", "22 %", false);
}

void TestStoryFactReader::updateMarker()
{
    QFETCH(QString, language);
    QFETCH(QString, sentence);
    QFETCH(QString, quote);
    QFETCH(bool, updated);

    Project project;
    Article article;
    article.title = QStringLiteral("Story");
    article.language = language;
    article.date = QDate(2026, 4, 2);
    article.text = sentence;
    const qint64 id = project.addArticle(article, Extractor(language).extract(sentence, article.date));
    QVector<const Fact *> facts = project.factsOfArticle(id);
    std::stable_sort(facts.begin(), facts.end(),
        [](const Fact *a, const Fact *b) { return a->figure.start < b->figure.start; });
    const QVector<StoryFact> read = StoryFactReader(*m_lexicon).read(*project.article(id), facts);
    const auto found = std::find_if(
        read.cbegin(), read.cend(), [&quote](const StoryFact &fact) { return fact.quote == quote; });
    QStringList quotes;
    for (const StoryFact &fact : read)
        quotes.append(fact.quote);
    QVERIFY2(found != read.cend(), qPrintable(QStringLiteral("read: ") + quotes.join(QStringLiteral(" | "))));
    QCOMPARE(found->updateMarker, updated);
}

QTEST_GUILESS_MAIN(TestStoryFactReader)
#include "tst_storyfactreader.moc"
