#include "figures/extractor.h"
#include "project/project.h"
#include "review/relatedfacts.h"

#include <QTest>

using namespace FactDesk;

namespace {

qint64 addExtracted(Project *project, const QString &title, const QString &language, const QString &text)
{
    Article article;
    article.title = title;
    article.language = language;
    article.date = QDate(2025, 10, 30);
    article.text = text;
    return project->addArticle(article, Extractor(language).extract(text, article.date));
}

const Fact *factQuoting(const Project &project, qint64 articleId, const QString &quote)
{
    for (const Fact *fact : project.factsOfArticle(articleId)) {
        if (fact->quote == quote)
            return fact;
    }
    return nullptr;
}

} // namespace

class TestRelatedFacts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void related_data();
    void related();
    void rejectedAndOtherUnitsAreLeftOut();
    void significantWords_data();
    void significantWords();

private:
    Project m_project;
    qint64 m_courrier = 0;
    qint64 m_hebdo = 0;
    qint64 m_ledger = 0;
};

void TestRelatedFacts::initTestCase()
{
    // Three articles on one deal whose figures disagree, in two languages.
    m_courrier = addExtracted(&m_project, QStringLiteral("Courrier"), QStringLiteral("fr"),
        QStringLiteral("Helvar conserve une participation de 49 % dans Quantix. Le chiffre d'affaires de "
                       "la société progresse de 38 % sur un an. La valorisation de Quantix atteint 500 "
                       "milliards de dollars."));
    m_hebdo = addExtracted(&m_project, QStringLiteral("Hebdo"), QStringLiteral("fr"),
        QStringLiteral(
            "Helvar ne détiendrait que 27 % de Quantix. Le chiffre d'affaires grimpe de 31 % cette "
            "année. La valorisation de Quantix serait de 300 milliards de dollars."));
    m_ledger = addExtracted(&m_project, QStringLiteral("Ledger"), QStringLiteral("en"),
        QStringLiteral("Helvar trims its Quantix stake to 27%. Quantix's valuation fell to $300 billion."));
}

void TestRelatedFacts::related_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QStringList>("expected"); ///< "article:quote", best first

    QTest::newRow("the stake, in French and in English")
        << QStringLiteral("courrier") << QStringLiteral("49 %")
        << QStringList { QStringLiteral("hebdo:27 %"), QStringLiteral("ledger:27%") };
    QTest::newRow("revenue growth meets revenue growth, not the stake") << QStringLiteral(
        "courrier") << QStringLiteral("38 %") << QStringList { QStringLiteral("hebdo:31 %") };
    // The English sentence shares only "Quantix" (valuation is not valorisation): one word is not enough.
    QTest::newRow("the valuation, in dollars")
        << QStringLiteral("hebdo") << QStringLiteral("300 milliards de dollars")
        << QStringList { QStringLiteral("courrier:500 milliards de dollars") };
}

void TestRelatedFacts::related()
{
    QFETCH(QString, article);
    QFETCH(QString, quote);
    QFETCH(QStringList, expected);
    const QHash<QString, qint64> articles { { QStringLiteral("courrier"), m_courrier },
        { QStringLiteral("hebdo"), m_hebdo }, { QStringLiteral("ledger"), m_ledger } };
    const Fact *fact = factQuoting(m_project, articles.value(article), quote);
    QVERIFY(fact);
    RelatedFacts related(&m_project);
    QStringList found;
    for (const RelatedFacts::Match &match : related.find(fact->id)) {
        const Fact *other = m_project.fact(match.factId);
        QVERIFY(match.sharedWords >= RelatedFacts::minimumSharedWords);
        found << articles.key(other->articleId) + QLatin1Char(':') + other->quote;
    }
    QCOMPARE(found, expected);
}

void TestRelatedFacts::rejectedAndOtherUnitsAreLeftOut()
{
    Project project;
    const qint64 a = addExtracted(&project, QStringLiteral("A"), QStringLiteral("fr"),
        QStringLiteral("Helvar détient 49 % de Quantix."));
    const qint64 b = addExtracted(&project, QStringLiteral("B"), QStringLiteral("fr"),
        QStringLiteral("Helvar détient 27 % de Quantix, et 2 points de plus chez Quantix selon Helvar."));
    const Fact *stake = factQuoting(project, a, QStringLiteral("49 %"));
    QVERIFY(stake);
    RelatedFacts related(&project);
    QCOMPARE(related.find(stake->id).size(), 1); // "2 points" is pp, not %
    Fact other = *factQuoting(project, b, QStringLiteral("27 %"));
    other.status = ReviewStatus::Rejected;
    other.rejectReason = RejectReason::Duplicate;
    QVERIFY(project.updateFact(other, QStringLiteral("reject")));
    QVERIFY(related.find(stake->id).isEmpty());
    QVERIFY(related.find(9999).isEmpty());
}

void TestRelatedFacts::significantWords_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("names and nouns, folded")
        << QStringLiteral("Helvar détiendrait 27 % de Quantix.")
        << QStringList { QStringLiteral("detiendrait"), QStringLiteral("helvar"), QStringLiteral("quantix") };
    QTest::newRow("short, function and number words left out")
        << QStringLiteral("Il a dit que les ventes sont dans la moyenne depuis 2019 avec GPT-5.")
        << QStringList { QStringLiteral("moyenne"), QStringLiteral("ventes") };
}

void TestRelatedFacts::significantWords()
{
    QFETCH(QString, sentence);
    QFETCH(QStringList, words);
    QStringList found = RelatedFacts::significantWords(sentence).values();
    found.sort();
    QCOMPARE(found, words);
}

QTEST_GUILESS_MAIN(TestRelatedFacts)
#include "tst_relatedfacts.moc"
