#include "project/articlelistmodel.h"
#include "articlelistview.h"
#include "project/project.h"
#include "project/projectstore.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace FactDesk;

namespace {

qint64 addArticle(
    Project *project, const QString &title, const QDate &date, const QString &language, int figures)
{
    Article article;
    article.title = title;
    article.date = date;
    article.language = language;
    QVector<Figure> found;
    for (int i = 0; i < figures; ++i) {
        article.text += QStringLiteral("%1 ").arg(10 + i);
        Figure figure;
        figure.start = i * 3;
        figure.end = i * 3 + 2;
        figure.value = QString::number(10 + i);
        found.append(figure);
    }
    return project->addArticle(article, found);
}

} // namespace

class TestArticleListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsFollowReviews_data();
    void countsFollowReviews();
    void insertRemoveAndReset();
    void sorting_data();
    void sorting();
    void untitledArticleShowsItsFileName();
    void countColumnsWidenForLargeArticles();
};

void TestArticleListModel::countsFollowReviews_data()
{
    QTest::addColumn<int>("confirm");
    QTest::addColumn<int>("reject");
    QTest::addColumn<int>("expectedPending");
    QTest::addColumn<int>("expectedVerified");

    QTest::newRow("nothing reviewed") << 0 << 0 << 4 << 0;
    QTest::newRow("two confirmed") << 2 << 0 << 2 << 2;
    QTest::newRow("one confirmed one rejected") << 1 << 1 << 2 << 1;
    QTest::newRow("all rejected") << 0 << 4 << 0 << 0;
}

void TestArticleListModel::countsFollowReviews()
{
    QFETCH(int, confirm);
    QFETCH(int, reject);
    QFETCH(int, expectedPending);
    QFETCH(int, expectedVerified);

    Project project;
    ArticleListModel model(&project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 first
        = addArticle(&project, QStringLiteral("Premier"), QDate(2025, 10, 29), QStringLiteral("fr"), 4);
    const qint64 second
        = addArticle(&project, QStringLiteral("Second"), QDate(2025, 10, 30), QStringLiteral("en"), 3);

    const auto facts = project.factsOfArticle(first);
    int next = 0;
    for (int i = 0; i < confirm; ++i) {
        Fact fact = *facts.at(next++);
        fact.status = ReviewStatus::Confirmed;
        QVERIFY(project.updateFact(fact, QStringLiteral("confirm")));
    }
    for (int i = 0; i < reject; ++i) {
        Fact fact = *facts.at(next++);
        fact.status = ReviewStatus::Rejected;
        QVERIFY(project.updateFact(fact, QStringLiteral("reject")));
    }
    const int row = model.rowOfArticle(first);
    QCOMPARE(model.index(row, ArticleListModel::PendingColumn).data().toInt(), expectedPending);
    QCOMPARE(model.index(row, ArticleListModel::VerifiedColumn).data().toInt(), expectedVerified);
    // The other article is untouched.
    QCOMPARE(model.pendingCount(second), 3);
    QCOMPARE(model.verifiedCount(second), 0);
}

void TestArticleListModel::insertRemoveAndReset()
{
    Project project;
    ArticleListModel model(&project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const qint64 a = addArticle(&project, QStringLiteral("A"), QDate(2025, 1, 1), QStringLiteral("fr"), 2);
    const qint64 b = addArticle(&project, QStringLiteral("B"), QDate(), QStringLiteral("en"), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, ArticleListModel::DateColumn).data().toString(), QString());
    QCOMPARE(model.index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong(), a);

    Fact manual;
    manual.articleId = b;
    manual.origin = FactOrigin::Manual;
    const qint64 manualId = project.addFact(manual);
    QVERIFY(manualId);
    QCOMPARE(model.pendingCount(b), 1);
    QVERIFY(project.removeFact(manualId));
    QCOMPARE(model.pendingCount(b), 0);

    QVERIFY(project.removeArticle(a));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.articleId(0), b);
    QCOMPARE(model.rowOfArticle(a), -1);

    QVERIFY(project.attachStore(nullptr));
    QCOMPARE(model.rowCount(), 0);
}

void TestArticleListModel::sorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending");

    QTest::newRow("by title, case-insensitive")
        << int(ArticleListModel::TitleColumn)
        << QStringList { QStringLiteral("alpha"), QStringLiteral("Beta"), QStringLiteral("gamma") };
    QTest::newRow("by date, not by its text")
        << int(ArticleListModel::DateColumn)
        << QStringList { QStringLiteral("gamma"), QStringLiteral("alpha"), QStringLiteral("Beta") };
    QTest::newRow("by pending count, numerically")
        << int(ArticleListModel::PendingColumn)
        << QStringList { QStringLiteral("Beta"), QStringLiteral("gamma"), QStringLiteral("alpha") };
}

void TestArticleListModel::sorting()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);

    Project project;
    ArticleListModel model(&project);
    addArticle(&project, QStringLiteral("alpha"), QDate(2025, 2, 9), QStringLiteral("fr"), 11);
    addArticle(&project, QStringLiteral("Beta"), QDate(2025, 10, 1), QStringLiteral("en"), 2);
    addArticle(&project, QStringLiteral("gamma"), QDate(2024, 12, 31), QStringLiteral("fr"), 3);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ArticleListModel::SortRole);
    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy.sort(column, Qt::AscendingOrder);
    QStringList titles;
    for (int row = 0; row < proxy.rowCount(); ++row)
        titles.append(proxy.index(row, ArticleListModel::TitleColumn).data().toString());
    QCOMPARE(titles, ascending);
}

void TestArticleListModel::untitledArticleShowsItsFileName()
{
    Project project;
    Article article;
    article.text = QStringLiteral("Café : 3 % de plus.");
    article.fileName = QStringLiteral("/home/claire/Téléchargements/latin1.txt");
    QVERIFY(project.addArticle(article, {}));
    ArticleListModel model(&project);
    QCOMPARE(model.index(0, ArticleListModel::TitleColumn).data().toString(), QStringLiteral("latin1.txt"));
    QCOMPARE(project.articles().constFirst().displayTitle(), QStringLiteral("latin1.txt"));
}

void TestArticleListModel::countColumnsWidenForLargeArticles()
{
    Project project;
    ArticleListModel model(&project);
    ArticleListView view(&model);
    const int before = view.header()->sectionSize(ArticleListModel::PendingColumn);
    // An article of 12,345 figures comes in after the view was laid out.
    Article article;
    article.title = QStringLiteral("Wire digest");
    article.text = QStringLiteral("1 ").repeated(12345);
    QVector<Figure> figures;
    for (int i = 0; i < 12345; ++i) {
        Figure figure;
        figure.start = 2 * i;
        figure.end = 2 * i + 1;
        figure.value = QStringLiteral("1");
        figures.append(figure);
    }
    QVERIFY(project.addArticle(article, figures));
    const int after = view.header()->sectionSize(ArticleListModel::PendingColumn);
    QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QVERIFY(after >= view.fontMetrics().horizontalAdvance(QStringLiteral("12345")));
}

QTEST_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
