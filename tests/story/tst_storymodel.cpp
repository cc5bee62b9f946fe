// The story ledger as the Story panel's model: rows, their order, texts, roles and filters.
#include "storyfixture.h"

#include "story/storyfilterproxymodel.h"
#include "story/storyledger.h"
#include "story/storymodel.h"
#include "story/storytracker.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace FactDesk;
using Show = StoryFilterProxyModel::Show;

Q_DECLARE_METATYPE(FactDesk::StoryFilterProxyModel::Show)

class TestStoryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelTester();
    void openRowsComeFirst();
    void measureRow_data();
    void measureRow();
    void measurePeriod_data();
    void measurePeriod();
    void factRow_data();
    void factRow();
    void checkText_data();
    void checkText();
    void filter_data();
    void filter();
    void verdictShows();
    void trackerFollowsReviews();

private:
    qint64 fact(const char *key, const char *quote) const
    {
        return StoryFixture::factId(m_project, QString::fromLatin1(key), QString::fromUtf8(quote));
    }
    QString cell(const QModelIndex &index, int column) const
    {
        return index.sibling(index.row(), column).data().toString();
    }

    Project m_project;
    std::unique_ptr<StoryTracker> m_tracker;
    std::unique_ptr<StoryModel> m_model;
};

void TestStoryModel::initTestCase()
{
    StoryFixture::fill(&m_project);
    m_tracker = std::make_unique<StoryTracker>(&m_project);
    m_tracker->refreshNow();
    m_model = std::make_unique<StoryModel>(m_tracker.get());
    QVERIFY(m_model->rowCount() > 5);
}

void TestStoryModel::modelTester()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    StoryFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const Show show : { Show::Open, Show::Conflicts, Show::Updates, Show::Agreements,
             Show::NotComparable, Show::Decided, Show::Checks, Show::Everything })
        proxy.setShow(show);
    proxy.setArticleId(StoryFixture::articleId(m_project, QStringLiteral("brivane_oct")));
    proxy.setArticleId(0);
    // A decision resets the model under the testers.
    const StoryDecisions before = m_project.storyDecisions();
    const qint64 stake = fact("brivane_may", "40 %");
    QVERIFY(m_project.setStoryDecisions(
        m_tracker->ledger().naming(m_tracker->ledger().measureOfFact(stake)->id, QStringLiteral("Castel")),
        QStringLiteral("name measure")));
    m_tracker->refreshNow();
    QVERIFY(m_project.setStoryDecisions(before, QStringLiteral("undo name measure")));
    m_tracker->refreshNow();
}

void TestStoryModel::openRowsComeFirst()
{
    // Open conflicts, failed checks, the other measures, the checks that hold: no open row after a closed
    // one.
    bool closedSeen = false;
    int checks = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const bool open = index.data(StoryModel::OpenRole).toBool();
        QVERIFY2(!(open && closedSeen), qPrintable(index.data().toString()));
        closedSeen = closedSeen || !open;
        checks
            += StoryModel::RowKind(index.data(StoryModel::RowKindRole).toInt()) == StoryModel::RowKind::Check;
    }
    QVERIFY(closedSeen);
    QCOMPARE(checks, int(m_tracker->ledger().checks().size()));
}

void TestStoryModel::measureRow_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<bool>("open");

    QTest::newRow("a stake that moved, then agreed")
        << "brivane_may"
        << "40 %"
        << "update, agree" << QStringList { "40 %", "22 %", "22%" } << false;
    QTest::newRow("a stake's value in conflict")
        << "brivane_oct"
        << "26,4 milliards d'euros"
        << "1 open conflict(s)" << QStringList { "26,4 milliards d'euros", "€30 billion" } << true;
    QTest::newRow("a valuation updated and agreed")
        << "brivane_oct"
        << "120 milliards d'euros"
        << "update, agree" << QStringList { "80 milliards d'euros", "120 milliards d'euros", "€120 billion" }
        << false;
}

void TestStoryModel::measureRow()
{
    QFETCH(QString, article);
    QFETCH(QString, quote);
    QFETCH(QString, state);
    QFETCH(QStringList, values);
    QFETCH(bool, open);
    const qint64 id = StoryFixture::factId(m_project, article, quote);
    const Measure *measure = m_tracker->ledger().measureOfFact(id);
    QVERIFY(measure);
    const QModelIndex row = m_model->indexOfMeasure(measure->id);
    QVERIFY(row.isValid());
    QCOMPARE(cell(row, StoryModel::NameColumn), measure->name);
    QCOMPARE(cell(row, StoryModel::StateColumn), state);
    // The values side by side, in the order of their periods.
    QCOMPARE(cell(row, StoryModel::ValuesColumn), values.join(QStringLiteral(" \u00B7 ")));
    QCOMPARE(row.data(StoryModel::OpenRole).toBool(), open);
    QCOMPARE(m_model->rowCount(row), int(measure->factIds.size()));
    // Its facts are its children, each found again by id.
    const QModelIndex child = m_model->indexOfFact(id);
    QCOMPARE(child.parent(), row);
    QCOMPARE(child.data(StoryModel::FactIdRole).toLongLong(), id);
}

void TestStoryModel::measurePeriod_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("period");

    QTest::newRow("a day inside the month of the others") << "kessring_en"
                                                          << "€1.4 billion"
                                                          << "2026-04";
    QTest::newRow("May to November") << "velmor_may"
                                     << "35 %"
                                     << "2025-05 \u2013 2025-11";
}

void TestStoryModel::measurePeriod()
{
    QFETCH(QString, article);
    QFETCH(QString, quote);
    QFETCH(QString, period);
    const Measure *measure
        = m_tracker->ledger().measureOfFact(StoryFixture::factId(m_project, article, quote));
    QVERIFY(measure);
    QCOMPARE(cell(m_model->indexOfMeasure(measure->id), StoryModel::AsOfColumn), period);
}

void TestStoryModel::factRow_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QString>("state");

    QTest::newRow("May, French") << "brivane_may"
                                 << "40 %"
                                 << "Brivane veut lever des fonds"
                                 << "2025-05 \u00B7 fr"
                                 << "update";
    QTest::newRow("English, in conflict") << "brivane_en"
                                          << "€30 billion"
                                          << "Castel takes 22% of Brivane"
                                          << "2025-10 \u00B7 en"
                                          << "conflict";
    QTest::newRow("the same workforce") << "norvane_en"
                                        << "18,000"
                                        << "Norvane buys Tessaly"
                                        << "2026-03 \u00B7 en"
                                        << "agree";
}

void TestStoryModel::factRow()
{
    QFETCH(QString, article);
    QFETCH(QString, quote);
    QFETCH(QString, title);
    QFETCH(QString, asOf);
    QFETCH(QString, state);
    const QModelIndex row = m_model->indexOfFact(StoryFixture::factId(m_project, article, quote));
    QVERIFY(row.isValid());
    QCOMPARE(StoryModel::RowKind(row.data(StoryModel::RowKindRole).toInt()), StoryModel::RowKind::Fact);
    QCOMPARE(cell(row, StoryModel::NameColumn), title);
    QCOMPARE(cell(row, StoryModel::ValuesColumn), quote);
    QCOMPARE(cell(row, StoryModel::AsOfColumn), asOf);
    QCOMPARE(cell(row, StoryModel::StateColumn), state);
    QCOMPARE(row.data(StoryModel::ArticleIdsRole).toList(),
        QVariantList { StoryFixture::articleId(m_project, article) });
}

void TestStoryModel::checkText_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("stated");
    QTest::addColumn<QString>("text");

    QTest::newRow("percent of a whole, right")
        << "brivane_oct"
        << "26,4 milliards d'euros"
        << "22 % \u00D7 120 milliards d'euros = 26,4 milliards d'euros \u2713";
    QTest::newRow("percent of a whole, wrong") << "brivane_en"
                                               << "€30 billion"
                                               << "22% \u00D7 €120 billion = €30 billion \u2717 (computed: ";
    QTest::newRow("a change between two figures")
        << "ostrel_fr"
        << "12,5 %"
        << "3,2 milliards d'euros \u2192 3,6 milliards d'euros: 12,5 % \u2713";
    QTest::newRow("a premium on a price") << "ostrel_fr"
                                          << "60 euros"
                                          << "50 euros + 20 % = 60 euros \u2713";
    QTest::newRow("parts of a total") << "ostrel_fr"
                                      << "1 200"
                                      << "700 + 650 \u2264 1 200 \u2717 (computed: ";
}

void TestStoryModel::checkText()
{
    QFETCH(QString, article);
    QFETCH(QString, stated);
    QFETCH(QString, text);
    const qint64 id = StoryFixture::factId(m_project, article, stated);
    QVERIFY(id);
    QString found;
    for (const ArithmeticCheck *check : m_tracker->ledger().checksOfFact(id)) {
        if (check->factIds.constLast() == id)
            found = StoryModel::checkText(*m_tracker, *check);
    }
    QVERIFY2(found.startsWith(text), qPrintable(found));
    // The check's row says the same.
    bool shown = false;
    for (int row = 0; row < m_model->rowCount(); ++row)
        shown = shown || cell(m_model->index(row, 0), StoryModel::ValuesColumn) == found;
    QVERIFY(shown);
}

void TestStoryModel::filter_data()
{
    QTest::addColumn<Show>("show");
    QTest::addColumn<QString>("filterArticle");
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<bool>("shown");

    QTest::newRow("everything") << Show::Everything << ""
                                << "brivane_may"
                                << "40 %" << true;
    QTest::newRow("an update is not open") << Show::Open << ""
                                           << "brivane_may"
                                           << "40 %" << false;
    QTest::newRow("a conflict is open") << Show::Open << ""
                                        << "brivane_en"
                                        << "€30 billion" << true;
    QTest::newRow("updates") << Show::Updates << ""
                             << "brivane_may"
                             << "40 %" << true;
    QTest::newRow("a conflict is no update") << Show::Conflicts << ""
                                             << "brivane_may"
                                             << "40 %" << false;
    QTest::newRow("agreements") << Show::Agreements << ""
                                << "norvane_fr"
                                << "18 000" << true;
    QTest::newRow("not comparable") << Show::NotComparable << ""
                                    << "velmor_quarter"
                                    << "410 millions d'euros" << true;
    QTest::newRow("nothing decided") << Show::Decided << ""
                                     << "brivane_may"
                                     << "40 %" << false;
    QTest::newRow("its article") << Show::Everything << "brivane_en"
                                 << "brivane_en"
                                 << "€30 billion" << true;
    QTest::newRow("another article") << Show::Everything << "velmor_may"
                                     << "brivane_en"
                                     << "€30 billion" << false;
}

void TestStoryModel::filter()
{
    QFETCH(Show, show);
    QFETCH(QString, filterArticle);
    QFETCH(QString, article);
    QFETCH(QString, quote);
    QFETCH(bool, shown);
    StoryFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setShow(show);
    proxy.setArticleId(filterArticle.isEmpty() ? 0 : StoryFixture::articleId(m_project, filterArticle));
    // The measure's row: its facts come and go with it.
    const QModelIndex source = m_model->indexOfFact(StoryFixture::factId(m_project, article, quote)).parent();
    QVERIFY(source.isValid());
    QCOMPARE(proxy.mapFromSource(source).isValid(), shown);
}

void TestStoryModel::verdictShows()
{
    const qint64 french = fact("brivane_oct", "26,4 milliards d'euros");
    const qint64 english = fact("brivane_en", "€30 billion");
    const StoryDecisions before = m_project.storyDecisions();
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(
        m_project.setStoryDecisions(m_tracker->ledger().judging(french, english,
                                        french < english ? PairVerdict::FirstRight : PairVerdict::SecondRight,
                                        QStringLiteral("22 % de 120")),
            QStringLiteral("set verdict")));
    m_tracker->refreshNow();
    QCOMPARE(resets.count(), 1);
    const QModelIndex right = m_model->indexOfFact(french);
    const QModelIndex wrong = m_model->indexOfFact(english);
    QCOMPARE(cell(right, StoryModel::DecisionColumn), QStringLiteral("right: 22 % de 120"));
    QCOMPARE(cell(wrong, StoryModel::DecisionColumn), QStringLiteral("the other is right: 22 % de 120"));
    QVERIFY(!right.parent().data(StoryModel::OpenRole).toBool());
    QCOMPARE(cell(right.parent(), StoryModel::DecisionColumn), QStringLiteral("1 verdict(s)"));
    QVERIFY(right.parent().data(StoryModel::DecidedRole).toBool());
    QVERIFY(m_project.setStoryDecisions(before, QStringLiteral("undo set verdict")));
    m_tracker->refreshNow();
    QVERIFY(m_model->indexOfFact(french).parent().data(StoryModel::OpenRole).toBool());
}

void TestStoryModel::trackerFollowsReviews()
{
    // A review schedules one refresh; the flagged facts follow it.
    const qint64 english = fact("brivane_en", "€30 billion");
    QVERIFY(m_tracker->isFlagged(english));
    QSignalSpy updated(m_tracker.get(), &StoryTracker::updated);
    Fact changed = *m_project.fact(english);
    changed.status = ReviewStatus::Corrected;
    changed.correctedKind = changed.figure.kind;
    changed.correctedUnit = changed.figure.unit;
    changed.correctedValue = QStringLiteral("26400000000");
    QVERIFY(m_project.updateFact(changed, QStringLiteral("correct")));
    QVERIFY(updated.wait(2000));
    QCOMPARE(updated.count(), 1);
    QVERIFY(!m_tracker->isFlagged(english));
    QCOMPARE(m_model->indexOfFact(english)
                 .sibling(m_model->indexOfFact(english).row(), StoryModel::StateColumn)
                 .data()
                 .toString(),
        QStringLiteral("agree"));
}

QTEST_GUILESS_MAIN(TestStoryModel)
#include "tst_storymodel.moc"
