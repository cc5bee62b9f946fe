#include "project/project.h"
#include "project/projectstore.h"
#include "review/factmodel.h"
#include "reviewfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace FactDesk;
using namespace FactDesk::Test;

class TestFactModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }

    void followsProjectChanges();
    void columns_data();
    void columns();
    void roles();
    void valueFollowsInterfaceLocale_data();
    void valueFollowsInterfaceLocale();
    void displayValue_data();
    void displayValue();
    void toolTipShowsCorrectionAndNote();
    void headersAndRetranslate();
    void searchKeyFoldsCaseAndAccents_data();
    void searchKeyFoldsCaseAndAccents();
};

void TestFactModel::followsProjectChanges()
{
    Project project;
    FactModel model(&project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    const qint64 french = addFrenchArticle(project);
    QCOMPARE(model.rowCount(), 7);
    const qint64 english = addEnglishArticle(project);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 7);
    QCOMPARE(inserted.at(1).at(2).toInt(), 10);

    // A manual fact is appended.
    Fact manual;
    manual.articleId = french;
    manual.origin = FactOrigin::Manual;
    manual.figure = figureIn(
        frenchText(), QStringLiteral("un an"), FigureKind::Count, QStringLiteral("1"), QStringLiteral("an"));
    const qint64 manualId = project.addFact(manual);
    QVERIFY(manualId > 0);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.index(11, FactModel::TextColumn).data().toString(), QStringLiteral("un an"));
    QCOMPARE(model.rowOfFact(manualId), 11);

    // A review change announces its row, every column.
    Fact confirmed = *project.fact(factIdOf(project, QStringLiteral("27 %")));
    const int row = model.rowOfFact(confirmed.id);
    confirmed.status = ReviewStatus::Confirmed;
    changed.clear();
    QVERIFY(project.updateFact(confirmed, QStringLiteral("confirm")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), row);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), FactModel::ColumnCount - 1);
    QCOMPARE(model.index(row, 0).data(FactModel::StatusRole).toInt(), int(ReviewStatus::Confirmed));

    // Removing and restoring the manual fact keeps its id.
    const Fact saved = *project.fact(manualId);
    QVERIFY(project.removeFact(manualId));
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(removed.count(), 1);
    QVERIFY(project.restoreFact(saved));
    QCOMPARE(model.index(11, 0).data(FactModel::FactIdRole).toLongLong(), manualId);

    // Removing an article removes its facts, including the manual one at the end.
    QVERIFY(project.removeArticle(french));
    QCOMPARE(model.rowCount(), 4);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, 0).data(FactModel::ArticleIdRole).toLongLong(), english);
    QCOMPARE(model.index(0, 0).data(FactModel::ArticleOrderRole).toInt(), 0);

    // A new (empty) content resets the model.
    QVERIFY(project.attachStore(nullptr));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    addEnglishArticle(project);
    QCOMPARE(model.rowCount(), 4);
}

void TestFactModel::columns_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    QTest::newRow("kind of money") << QStringLiteral("13 milliards d'euros") << int(FactModel::KindColumn)
                                   << QStringLiteral("Money");
    QTest::newRow("text as written") << QStringLiteral("300 milliards $") << int(FactModel::TextColumn)
                                     << QStringLiteral("300 milliards $");
    QTest::newRow("value grouped") << QStringLiteral("300 milliards $") << int(FactModel::ValueColumn)
                                   << QStringLiteral("300,000,000,000");
    QTest::newRow("value decimal") << QStringLiteral("4,1 %") << int(FactModel::ValueColumn)
                                   << QStringLiteral("4.1");
    QTest::newRow("approximate value")
        << QStringLiteral("about 40%") << int(FactModel::ValueColumn) << QStringLiteral("\u2248 40");
    QTest::newRow("year as date") << QStringLiteral("2026") << int(FactModel::ValueColumn)
                                  << QStringLiteral("2026");
    QTest::newRow("currency unit") << QStringLiteral("300 milliards $") << int(FactModel::UnitColumn)
                                   << QStringLiteral("USD");
    QTest::newRow("no unit for a date") << QStringLiteral("2026") << int(FactModel::UnitColumn) << QString();
    QTest::newRow("pending status") << QStringLiteral("27 %") << int(FactModel::StatusColumn)
                                    << QStringLiteral("\u25CB Pending");
    QTest::newRow("article title") << QStringLiteral("$2.5bn") << int(FactModel::ArticleColumn)
                                   << QStringLiteral("Agency spending");
    // The context is the figure's sentence, as exports write it.
    QTest::newRow("context: the whole first sentence")
        << QStringLiteral("$2.5bn") << int(FactModel::ContextColumn)
        << QStringLiteral(
               "The agency spent $2.5bn in 2025, about 40% more than planned, across 1,200 sites.");
    QTest::newRow("context: a sentence in the middle, not across its neighbours")
        << QStringLiteral("27 %") << int(FactModel::ContextColumn)
        << QStringLiteral("Selon l'\u00c9lys\u00e9e, 300 milliards $ seraient investis, mais la "
                          "pr\u00e9fecture parle de "
                          "27 % seulement.");
    QTest::newRow("context: the last sentence")
        << QStringLiteral("12 rapports") << int(FactModel::ContextColumn)
        << QStringLiteral("Le logiciel GPT-5 a servi \u00e0 r\u00e9diger 12 rapports.");
}

void TestFactModel::columns()
{
    QFETCH(QString, written);
    QFETCH(int, column);
    QFETCH(QString, expected);

    Project project;
    addFrenchArticle(project);
    addEnglishArticle(project);
    FactModel model(&project);
    const QModelIndex index = model.indexOfFact(factIdOf(project, written), column);
    QVERIFY(index.isValid());
    QCOMPARE(index.data(Qt::DisplayRole).toString(), expected);
}

void TestFactModel::roles()
{
    Project project;
    const qint64 french = addFrenchArticle(project);
    const qint64 english = addEnglishArticle(project);
    FactModel model(&project);
    const qint64 id = factIdOf(project, QStringLiteral("about 40%"));
    const QModelIndex index = model.indexOfFact(id, FactModel::StatusColumn);
    QCOMPARE(index.data(FactModel::FactIdRole).toLongLong(), id);
    QCOMPARE(index.data(FactModel::ArticleIdRole).toLongLong(), english);
    QCOMPARE(index.data(FactModel::KindRole).toInt(), int(FigureKind::Percent));
    QCOMPARE(index.data(FactModel::StatusRole).toInt(), int(ReviewStatus::Pending));
    QCOMPARE(
        index.data(FactModel::StartRole).toInt(), int(englishText().indexOf(QStringLiteral("about 40%"))));
    QCOMPARE(index.data(FactModel::ExactValueRole).toString(), QStringLiteral("40"));
    QCOMPARE(index.data(FactModel::ArticleOrderRole).toInt(), 1);
    QCOMPARE(model.indexOfFact(factIdOf(project, QStringLiteral("GPT-5")))
                 .data(FactModel::ArticleIdRole)
                 .toLongLong(),
        french);
    QCOMPARE(
        model.index(0, FactModel::ValueColumn).data(Qt::EditRole).toString(), QStringLiteral("13000000000"));
    QVERIFY(model.roleNames().contains(FactModel::FactIdRole));
    QVERIFY(!model.indexOfFact(9999).isValid());
}

void TestFactModel::valueFollowsInterfaceLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("expectedDisplay");
    QTest::addColumn<QString>("expectedExact");

    const QString frGroup = QString(QLocale(QStringLiteral("fr_FR")).groupSeparator());
    QTest::newRow("French UI, decimal comma") << QStringLiteral("fr_FR") << QStringLiteral("4,1 %")
                                              << QStringLiteral("4,1") << QStringLiteral("4.1");
    QTest::newRow("English UI, decimal point") << QStringLiteral("en_US") << QStringLiteral("4,1 %")
                                               << QStringLiteral("4.1") << QStringLiteral("4.1");
    QTest::newRow("French UI, grouped billions")
        << QStringLiteral("fr_FR") << QStringLiteral("13 milliards d'euros")
        << (QStringLiteral("13") + frGroup + QStringLiteral("000") + frGroup + QStringLiteral("000") + frGroup
               + QStringLiteral("000"))
        << QStringLiteral("13000000000");
    QTest::newRow("English UI, grouped billions")
        << QStringLiteral("en_US") << QStringLiteral("$2.5bn") << QStringLiteral("2,500,000,000")
        << QStringLiteral("2500000000");
}

void TestFactModel::valueFollowsInterfaceLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, written);
    QFETCH(QString, expectedDisplay);
    QFETCH(QString, expectedExact);

    Project project;
    addFrenchArticle(project);
    addEnglishArticle(project);
    FactModel model(&project);
    QLocale::setDefault(QLocale(locale));
    const QModelIndex index = model.indexOfFact(factIdOf(project, written), FactModel::ValueColumn);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), expectedDisplay);
    QCOMPARE(index.data(Qt::EditRole).toString(), expectedExact);
    QCOMPARE(index.data(FactModel::ExactValueRole).toString(), expectedExact);
}

void TestFactModel::displayValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");

    const int number = int(FigureKind::Number);
    const int date = int(FigureKind::Date);
    QTest::newRow("small integer") << QStringLiteral("999") << number << QStringLiteral("en_US")
                                   << QStringLiteral("999");
    QTest::newRow("thousands") << QStringLiteral("1200") << number << QStringLiteral("en_US")
                               << QStringLiteral("1,200");
    QTest::newRow("negative decimal")
        << QStringLiteral("-1234.5678") << number << QStringLiteral("en_US") << QStringLiteral("-1,234.5678");
    QTest::newRow("keeps every decimal")
        << QStringLiteral("0.1000000000000000055") << number << QStringLiteral("en_US")
        << QStringLiteral("0.1000000000000000055");
    QTest::newRow("French decimal") << QStringLiteral("4.2") << number << QStringLiteral("fr_FR")
                                    << QStringLiteral("4,2");
    QTest::newRow("not a decimal") << QStringLiteral("12-14") << number << QStringLiteral("en_US")
                                   << QStringLiteral("12-14");
    QTest::newRow("year") << QStringLiteral("2019") << date << QStringLiteral("fr_FR")
                          << QStringLiteral("2019");
    QTest::newRow("month in French") << QStringLiteral("2025-10") << date << QStringLiteral("fr_FR")
                                     << QStringLiteral("octobre 2025");
    QTest::newRow("month in English")
        << QStringLiteral("2025-10") << date << QStringLiteral("en_US") << QStringLiteral("October 2025");
    QTest::newRow("quarter") << QStringLiteral("2025-Q3") << date << QStringLiteral("en_US")
                             << QStringLiteral("Q3 2025");
    QTest::newRow("day in English")
        << QStringLiteral("2025-10-28") << date << QStringLiteral("en_US") << QStringLiteral("Oct 28, 2025");
    QTest::newRow("day in French")
        << QStringLiteral("2025-10-28") << date << QStringLiteral("fr_FR") << QStringLiteral("28 oct. 2025");
    QTest::newRow("month of an undated article")
        << QStringLiteral("--09") << date << QStringLiteral("en_US") << QStringLiteral("September");
    QTest::newRow("day of an undated article in French")
        << QStringLiteral("--10-29") << date << QStringLiteral("fr_FR") << QStringLiteral("29 oct.");
    QTest::newRow("29 February of an undated article")
        << QStringLiteral("--02-29") << date << QStringLiteral("en_US") << QStringLiteral("Feb 29");
    QTest::newRow("impossible day of an undated article")
        << QStringLiteral("--02-30") << date << QStringLiteral("en_US") << QStringLiteral("--02-30");
    QTest::newRow("empty") << QString() << number << QStringLiteral("en_US") << QString();
}

void TestFactModel::displayValue()
{
    QFETCH(QString, value);
    QFETCH(int, kind);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(FactModel::displayValue(value, FigureKind(kind), QLocale(locale)), expected);
}

void TestFactModel::toolTipShowsCorrectionAndNote()
{
    Project project;
    addFrenchArticle(project);
    FactModel model(&project);
    Fact fact = *project.fact(factIdOf(project, QStringLiteral("300 milliards $")));
    QVERIFY(!model.indexOfFact(fact.id).data(Qt::ToolTipRole).isValid());
    fact.status = ReviewStatus::Corrected;
    fact.correctedValue = QStringLiteral("500000000000");
    fact.correctedUnit = QStringLiteral("USD");
    fact.correctedKind = FigureKind::Money;
    fact.note = QStringLiteral("Le communiqu\u00e9 dit 500");
    QVERIFY(project.updateFact(fact, QStringLiteral("correct")));
    const QString tip = model.indexOfFact(fact.id, FactModel::ValueColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("500,000,000,000 USD")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Le communiqu\u00e9 dit 500")), qPrintable(tip));
    QCOMPARE(model.indexOfFact(fact.id, FactModel::ValueColumn).data().toString(),
        QStringLiteral("500,000,000,000"));
    QCOMPARE(model.indexOfFact(fact.id, FactModel::StatusColumn).data().toString(),
        QStringLiteral("\u270E Corrected"));
}

void TestFactModel::headersAndRetranslate()
{
    Project project;
    addEnglishArticle(project);
    FactModel model(&project);
    const QStringList expected
        = { QStringLiteral("Kind"), QStringLiteral("Text"), QStringLiteral("Value"), QStringLiteral("Unit"),
              QStringLiteral("Status"), QStringLiteral("Article"), QStringLiteral("Context") };
    QCOMPARE(model.columnCount(), expected.size());
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
    qRegisterMetaType<Qt::Orientation>();
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(cells.count(), 1);
    QCOMPARE(cells.at(0).at(1).toModelIndex().row(), model.rowCount() - 1);
}

void TestFactModel::searchKeyFoldsCaseAndAccents_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("found");

    QTest::newRow("accent-free needle finds accented context")
        << QStringLiteral("27 %") << QStringLiteral("prefecture") << true;
    QTest::newRow("upper-case accented needle")
        << QStringLiteral("300 milliards $") << QStringLiteral("\u00c9LYS\u00c9E") << true;
    QTest::newRow("exact value") << QStringLiteral("300 milliards $") << QStringLiteral("300000000000")
                                 << true;
    QTest::newRow("unit") << QStringLiteral("1,200 sites") << QStringLiteral("SITES") << true;
    QTest::newRow("absent word") << QStringLiteral("$2.5bn") << QStringLiteral("pr\u00e9fecture") << false;
}

void TestFactModel::searchKeyFoldsCaseAndAccents()
{
    QFETCH(QString, written);
    QFETCH(QString, needle);
    QFETCH(bool, found);

    Project project;
    addFrenchArticle(project);
    addEnglishArticle(project);
    FactModel model(&project);
    const int row = model.rowOfFact(factIdOf(project, written));
    QCOMPARE(model.searchKey(row).contains(FactModel::foldForSearch(needle)), found);
    QCOMPARE(model.index(row, 0).data(FactModel::SearchKeyRole).toString(), model.searchKey(row));
}

QTEST_GUILESS_MAIN(TestFactModel)
#include "tst_factmodel.moc"
