#include "project/project.h"
#include "review/factfilterproxymodel.h"
#include "review/factmodel.h"
#include "reviewfixture.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>

using namespace FactDesk;
using namespace FactDesk::Test;

Q_DECLARE_METATYPE(QVector<FactDesk::ReviewStatus>)
Q_DECLARE_METATYPE(QVector<FactDesk::FigureKind>)

class TestFactFilterProxyModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void filters_data();
    void filters();
    void unitFilter_data();
    void unitFilter();
    void defaultOrderIsPositionInArticles();
    void sortsValuesAsNumbers();
    void followsReviewChanges();

private:
    /// Two articles; "27 %" confirmed, "GPT-5" rejected, "$2.5bn" corrected with a note,
    /// and a manual fact added at the end of Project::facts() but early in its article.
    void review();

    std::unique_ptr<Project> m_project;
    std::unique_ptr<FactModel> m_model;
    std::unique_ptr<FactFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_french = 0;
    qint64 m_english = 0;
};

void TestFactFilterProxyModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_project = std::make_unique<Project>();
    m_model = std::make_unique<FactModel>(m_project.get());
    m_proxy = std::make_unique<FactFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_proxy->sort(FactModel::ArticleColumn);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_french = addFrenchArticle(*m_project);
    m_english = addEnglishArticle(*m_project);
    review();
}

void TestFactFilterProxyModel::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
    m_project.reset();
}

void TestFactFilterProxyModel::review()
{
    Fact confirmed = *m_project->fact(factIdOf(*m_project, QStringLiteral("27 %")));
    confirmed.status = ReviewStatus::Confirmed;
    QVERIFY(m_project->updateFact(confirmed, QStringLiteral("confirm")));
    Fact rejected = *m_project->fact(factIdOf(*m_project, QStringLiteral("GPT-5")));
    rejected.status = ReviewStatus::Rejected;
    rejected.rejectReason = RejectReason::ProductName;
    QVERIFY(m_project->updateFact(rejected, QStringLiteral("reject")));
    Fact corrected = *m_project->fact(factIdOf(*m_project, QStringLiteral("$2.5bn")));
    corrected.status = ReviewStatus::Corrected;
    corrected.correctedValue = QStringLiteral("2600000000");
    corrected.correctedUnit = QStringLiteral("USD");
    corrected.correctedKind = FigureKind::Money;
    corrected.note = QStringLiteral("Annual report, p. 12: r\u00e9vis\u00e9");
    QVERIFY(m_project->updateFact(corrected, QStringLiteral("correct")));
    Fact manual;
    manual.articleId = m_french;
    manual.origin = FactOrigin::Manual;
    manual.figure = figureIn(frenchText(), QStringLiteral("un budget"), FigureKind::Count,
        QStringLiteral("1"), QStringLiteral("budget"));
    QVERIFY(m_project->addFact(manual) > 0);
}

void TestFactFilterProxyModel::filters_data()
{
    QTest::addColumn<QVector<ReviewStatus>>("statuses");
    QTest::addColumn<QVector<FigureKind>>("kinds");
    QTest::addColumn<int>("article"); // 0 all, 1 French, 2 English
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");

    const QVector<ReviewStatus> anyStatus;
    const QVector<FigureKind> anyKind;
    QTest::newRow("no filter, reading order")
        << anyStatus << anyKind << 0 << QString()
        << QStringList { QStringLiteral("un budget"), QStringLiteral("13 milliards d'euros"),
               QStringLiteral("2026"), QStringLiteral("4,1 %"), QStringLiteral("300 milliards $"),
               QStringLiteral("27 %"), QStringLiteral("GPT-5"), QStringLiteral("12 rapports"),
               QStringLiteral("$2.5bn"), QStringLiteral("2025"), QStringLiteral("about 40%"),
               QStringLiteral("1,200 sites") };
    QTest::newRow("pending only") << QVector<ReviewStatus> { ReviewStatus::Pending } << anyKind << 0
                                  << QString()
                                  << QStringList { QStringLiteral("un budget"),
                                         QStringLiteral("13 milliards d'euros"), QStringLiteral("2026"),
                                         QStringLiteral("4,1 %"), QStringLiteral("300 milliards $"),
                                         QStringLiteral("12 rapports"), QStringLiteral("2025"),
                                         QStringLiteral("about 40%"), QStringLiteral("1,200 sites") };
    QTest::newRow("verified = confirmed or corrected")
        << QVector<ReviewStatus> { ReviewStatus::Confirmed, ReviewStatus::Corrected } << anyKind << 0
        << QString() << QStringList { QStringLiteral("27 %"), QStringLiteral("$2.5bn") };
    QTest::newRow("rejected only") << QVector<ReviewStatus> { ReviewStatus::Rejected } << anyKind << 0
                                   << QString() << QStringList { QStringLiteral("GPT-5") };
    QTest::newRow("money") << anyStatus << QVector<FigureKind> { FigureKind::Money } << 0 << QString()
                           << QStringList { QStringLiteral("13 milliards d'euros"),
                                  QStringLiteral("300 milliards $"), QStringLiteral("$2.5bn") };
    QTest::newRow("percent and dates in English article")
        << anyStatus << QVector<FigureKind> { FigureKind::Percent, FigureKind::Date } << 2 << QString()
        << QStringList { QStringLiteral("2025"), QStringLiteral("about 40%") };
    QTest::newRow("French article, pending money")
        << QVector<ReviewStatus> { ReviewStatus::Pending } << QVector<FigureKind> { FigureKind::Money } << 1
        << QString()
        << QStringList { QStringLiteral("13 milliards d'euros"), QStringLiteral("300 milliards $") };
    // The sentence, not a window of characters that reaches into the one before.
    QTest::newRow("search in the sentence, without accent")
        << anyStatus << anyKind << 0 << QStringLiteral("elysee")
        << QStringList { QStringLiteral("300 milliards $"), QStringLiteral("27 %") };
    QTest::newRow("search in the article title")
        << anyStatus << anyKind << 0 << QStringLiteral("agency spending")
        << QStringList { QStringLiteral("$2.5bn"), QStringLiteral("2025"), QStringLiteral("about 40%"),
               QStringLiteral("1,200 sites") };
    QTest::newRow("search in note, upper case")
        << anyStatus << anyKind << 0 << QStringLiteral("REVISE") << QStringList { QStringLiteral("$2.5bn") };
    QTest::newRow("search the corrected value") << anyStatus << anyKind << 0 << QStringLiteral("2600000000")
                                                << QStringList { QStringLiteral("$2.5bn") };
    QTest::newRow("search the displayed value")
        << anyStatus << anyKind << 0 << QStringLiteral("2,600,000,000")
        << QStringList { QStringLiteral("$2.5bn") };
    QTest::newRow("search a unit") << anyStatus << anyKind << 1 << QStringLiteral("rapports")
                                   << QStringList { QStringLiteral("GPT-5"), QStringLiteral("12 rapports") };
    QTest::newRow("search and status")
        << QVector<ReviewStatus> { ReviewStatus::Confirmed } << anyKind << 0 << QStringLiteral("prefecture")
        << QStringList { QStringLiteral("27 %") };
    QTest::newRow("spaces around search") << anyStatus << anyKind << 2 << QStringLiteral("  planned ")
                                          << QStringList { QStringLiteral("$2.5bn"), QStringLiteral("2025"),
                                                 QStringLiteral("about 40%"), QStringLiteral("1,200 sites") };
    QTest::newRow("nothing matches") << anyStatus << anyKind << 0 << QStringLiteral("zebra") << QStringList();
}

void TestFactFilterProxyModel::filters()
{
    QFETCH(QVector<ReviewStatus>, statuses);
    QFETCH(QVector<FigureKind>, kinds);
    QFETCH(int, article);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);

    m_proxy->setStatuses(statuses);
    m_proxy->setKinds(kinds);
    m_proxy->setArticleId(article == 1 ? m_french : article == 2 ? m_english : 0);
    m_proxy->setSearchText(search);
    QVERIFY(m_proxy->statuses() == statuses); // QCOMPARE would print with FactDesk::toString()
    QVERIFY(m_proxy->kinds() == kinds);

    QStringList shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown << m_proxy->index(row, FactModel::TextColumn).data().toString();
    QCOMPARE(shown, expected);
    QCOMPARE(m_proxy->factIds().size(), expected.size());

    // Clearing every filter shows everything again.
    m_proxy->setStatuses({});
    m_proxy->setKinds({});
    m_proxy->setArticleId(0);
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
}

void TestFactFilterProxyModel::unitFilter_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("percent") << QStringLiteral(
        "%") << QStringList { QStringLiteral("4,1 %"), QStringLiteral("27 %"), QStringLiteral("about 40%") };
    QTest::newRow("US dollars") << QStringLiteral(
        "USD") << QStringList { QStringLiteral("300 milliards $"), QStringLiteral("$2.5bn") };
    QTest::newRow("no unit") << QString() << QStringList { QStringLiteral("GPT-5") };
    QTest::newRow("a counted noun") << QStringLiteral("budget")
                                    << QStringList { QStringLiteral("un budget") };
    QTest::newRow("a unit no fact has") << QStringLiteral("km") << QStringList();
}

void TestFactFilterProxyModel::unitFilter()
{
    QFETCH(QString, unit);
    QFETCH(QStringList, expected);
    QVERIFY(!m_proxy->unit());
    m_proxy->setUnit(unit);
    QCOMPARE(m_proxy->unit().value_or(QStringLiteral("(all)")), unit);
    QStringList shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown << m_proxy->index(row, FactModel::TextColumn).data().toString();
    QCOMPARE(shown, expected);
    m_proxy->clearUnit();
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
}

void TestFactFilterProxyModel::defaultOrderIsPositionInArticles()
{
    // The manual fact is last in the project but first in its article's text.
    QCOMPARE(m_model->index(m_model->rowCount() - 1, FactModel::TextColumn).data().toString(),
        QStringLiteral("un budget"));
    QCOMPARE(m_proxy->index(0, FactModel::TextColumn).data().toString(), QStringLiteral("un budget"));
    int previousArticle = -1;
    int previousStart = -1;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const int article = index.data(FactModel::ArticleOrderRole).toInt();
        const int start = index.data(FactModel::StartRole).toInt();
        QVERIFY(article > previousArticle || (article == previousArticle && start > previousStart));
        previousArticle = article;
        previousStart = start;
    }
}

void TestFactFilterProxyModel::sortsValuesAsNumbers()
{
    m_proxy->setKinds({ FigureKind::Money, FigureKind::Percent, FigureKind::Count });
    m_proxy->sort(FactModel::ValueColumn, Qt::AscendingOrder);
    QStringList values;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        values << m_proxy->index(row, 0).data(FactModel::ExactValueRole).toString();
    // Text order would put "12" before "1200" before "27" before "4.1".
    QCOMPARE(values,
        (QStringList { QStringLiteral("1"), QStringLiteral("4.1"), QStringLiteral("12"), QStringLiteral("27"),
            QStringLiteral("40"), QStringLiteral("1200"), QStringLiteral("2600000000"),
            QStringLiteral("13000000000"), QStringLiteral("300000000000") }));
}

void TestFactFilterProxyModel::followsReviewChanges()
{
    m_proxy->setStatuses({ ReviewStatus::Pending });
    const int pending = m_proxy->rowCount();
    Fact fact = *m_project->fact(factIdOf(*m_project, QStringLiteral("2026")));
    fact.status = ReviewStatus::Confirmed;
    QVERIFY(m_project->updateFact(fact, QStringLiteral("confirm")));
    QCOMPARE(m_proxy->rowCount(), pending - 1);
    m_proxy->setSearchText(QStringLiteral("budget"));
    fact.note = QStringLiteral("budget voté");
    fact.status = ReviewStatus::Pending;
    QVERIFY(m_project->updateFact(fact, QStringLiteral("undo confirm")));
    // The note is searched as soon as it changes: the cached key was refreshed.
    QVERIFY(m_proxy->factIds().contains(fact.id));
}

QTEST_GUILESS_MAIN(TestFactFilterProxyModel)
#include "tst_factfilterproxymodel.moc"
