// The Story panel: a row makes its fact current and back, the next-conflict key,
// the decisions as undoable commands, the marks the window puts on flagged facts.
#include "../../story/storyfixture.h"

#include "articlepane.h"
#include "articleview.h"
#include "facteditor.h"
#include "factpanel.h"
#include "mainwindow.h"
#include "reviewcontroller.h"
#include "story/storyfilterproxymodel.h"
#include "story/storyledger.h"
#include "story/storymodel.h"
#include "story/storytracker.h"
#include "storypanel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace FactDesk;

class TestStoryPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void rowMakesFactCurrent_data();
    void rowMakesFactCurrent();
    void currentFactSelectsRow();
    void nextConflictVisitsEveryOne();
    void nextConflictClearsAFilterInTheWay();
    void verdict_data();
    void verdict();
    void renameAndTakeOut();
    void summary();
    void windowMarksFlaggedFacts();

private:
    qint64 fact(const char *key, const char *quote) const
    {
        return StoryFixture::factId(*m_project, QString::fromLatin1(key), QString::fromUtf8(quote));
    }
    QModelIndex proxyIndex(const QModelIndex &source) const
    {
        return m_panel->proxyModel()->mapFromSource(source);
    }

    std::unique_ptr<Project> m_project;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ReviewController> m_controller;
    std::unique_ptr<StoryTracker> m_tracker;
    std::unique_ptr<StoryPanel> m_panel;
};

void TestStoryPanel::init()
{
    m_project = std::make_unique<Project>();
    StoryFixture::fill(m_project.get());
    m_undo = std::make_unique<QUndoStack>();
    m_controller = std::make_unique<ReviewController>(m_project.get(), m_undo.get());
    m_tracker = std::make_unique<StoryTracker>(m_project.get());
    m_panel = std::make_unique<StoryPanel>(m_project.get(), m_tracker.get(), m_controller.get(), m_undo.get());
    m_tracker->refreshNow();
    m_panel->resize(1000, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestStoryPanel::cleanup()
{
    m_panel.reset();
    m_tracker.reset();
    m_controller.reset();
    m_undo.reset();
    m_project.reset();
}

void TestStoryPanel::rowMakesFactCurrent_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("expectedArticle"); ///< the fact that becomes current
    QTest::addColumn<QString>("expectedQuote");

    QTest::newRow("a figure's row") << "fact" << "brivane_may" << "40 %" << "brivane_may" << "40 %";
    QTest::newRow("a check's row: the figure it states")
        << "check" << "brivane_en" << "€30 billion" << "brivane_en" << "€30 billion";
    QTest::newRow("a measure's row: a figure of its open conflict")
        << "measure" << "brivane_en" << "€30 billion" << "brivane_oct" << "26,4 milliards d'euros";
}

void TestStoryPanel::rowMakesFactCurrent()
{
    QFETCH(QString, kind);
    QFETCH(QString, article);
    QFETCH(QString, quote);
    QFETCH(QString, expectedArticle);
    QFETCH(QString, expectedQuote);
    const qint64 id = StoryFixture::factId(*m_project, article, quote);
    StoryModel *model = m_panel->model();
    QModelIndex source;
    if (kind == QLatin1String("fact")) {
        source = model->indexOfFact(id);
    } else if (kind == QLatin1String("measure")) {
        source = model->indexOfMeasure(m_tracker->ledger().measureOfFact(id)->id);
    } else {
        for (int row = 0; row < model->rowCount() && !source.isValid(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(StoryModel::RowKindRole).toInt() == int(StoryModel::RowKind::Check)
                && index.data(StoryModel::FactIdRole).toLongLong() == id)
                source = index;
        }
    }
    QVERIFY(source.isValid());
    m_panel->view()->setCurrentIndex(proxyIndex(source));
    const qint64 expected = StoryFixture::factId(*m_project, expectedArticle, expectedQuote);
    QCOMPARE(m_controller->currentFactId(), expected);
    // The row chosen stays selected: the echo of the current fact does not move it.
    QCOMPARE(m_panel->view()->currentIndex(), proxyIndex(source));
}

void TestStoryPanel::currentFactSelectsRow()
{
    const qint64 id = fact("velmor_nov", "22%");
    m_controller->setCurrentFact(id);
    const QModelIndex current = m_panel->view()->currentIndex();
    QCOMPARE(current.data(StoryModel::FactIdRole).toLongLong(), id);
    QVERIFY(m_panel->view()->isExpanded(current.parent()));
}

void TestStoryPanel::nextConflictVisitsEveryOne()
{
    const QVector<qint64> conflicts = m_panel->conflictFacts();
    QVERIFY(conflicts.size() >= 4);
    QCOMPARE(m_panel->nextConflictAction()->shortcut(), QKeySequence(Qt::Key_X));
    for (int i = 0; i < conflicts.size(); ++i) {
        m_panel->nextConflictAction()->trigger();
        QCOMPARE(m_controller->currentFactId(), conflicts.at(i));
        QVERIFY(m_tracker->isFlagged(conflicts.at(i)));
        QCOMPARE(m_panel->view()->currentIndex().data(StoryModel::FactIdRole).toLongLong(), conflicts.at(i));
    }
    // Round again from the first.
    m_panel->nextConflictAction()->trigger();
    QCOMPARE(m_controller->currentFactId(), conflicts.first());
}

void TestStoryPanel::nextConflictClearsAFilterInTheWay()
{
    // An article of no conflict: the filter hides every conflict.
    auto *articles = m_panel->findChild<QComboBox *>(QStringLiteral("storyArticleFilter"));
    QVERIFY(articles);
    articles->setCurrentIndex(articles->findData(StoryFixture::articleId(*m_project, QStringLiteral("castelor"))));
    QVERIFY(articles->currentIndex() > 0);
    QVERIFY(m_panel->goToNextConflict());
    QCOMPARE(m_controller->currentFactId(), m_panel->conflictFacts().first());
    QCOMPARE(articles->currentIndex(), 0);
    QVERIFY(m_panel->view()->currentIndex().isValid());
}

void TestStoryPanel::verdict_data()
{
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("decision"); ///< the fact row's Decision column after it
    QTest::newRow("this figure is right") << int(PairVerdict::FirstRight) << "right";
    QTest::newRow("both right, at different dates") << int(PairVerdict::BothRight) << "both right, at different dates";
}

void TestStoryPanel::verdict()
{
    QFETCH(int, verdict);
    QFETCH(QString, decision);
    const qint64 english = fact("brivane_en", "€30 billion");
    m_controller->setCurrentFact(english);
    QVERIFY(m_panel->rightAction()->isEnabled());
    const int conflictsBefore = m_tracker->ledger().openConflictCount();
    QVERIFY(m_panel->setVerdictOnSelection(PairVerdict(verdict), QString()));
    QCOMPARE(m_tracker->ledger().openConflictCount(), conflictsBefore - 1);
    QModelIndex row = m_panel->model()->indexOfFact(english);
    QCOMPARE(row.sibling(row.row(), StoryModel::DecisionColumn).data().toString(), decision);
    QCOMPARE(m_undo->count(), 1);
    QVERIFY(m_panel->clearVerdictAction()->isEnabled());
    // Undo puts the conflict back; the panel keeps the row.
    m_undo->undo();
    m_tracker->refreshNow();
    QCOMPARE(m_tracker->ledger().openConflictCount(), conflictsBefore);
    QCOMPARE(m_panel->view()->currentIndex().data(StoryModel::FactIdRole).toLongLong(), english);
    m_undo->redo();
    m_tracker->refreshNow();
    QCOMPARE(m_tracker->ledger().openConflictCount(), conflictsBefore - 1);
}

void TestStoryPanel::renameAndTakeOut()
{
    const qint64 may = fact("brivane_may", "40 %");
    const qint64 measureId = m_tracker->ledger().measureOfFact(may)->id;
    const QString oldName = m_tracker->ledger().measure(measureId)->name;
    m_panel->view()->setCurrentIndex(proxyIndex(m_panel->model()->indexOfMeasure(measureId)));
    QVERIFY(m_panel->renameSelection(QStringLiteral("Part de Castel")));
    QCOMPARE(m_tracker->ledger().measure(measureId)->name, QStringLiteral("Part de Castel"));
    QCOMPARE(m_undo->undoText(), QStringLiteral("Name Measure \u201CPart de Castel\u201D"));

    m_panel->view()->setCurrentIndex(proxyIndex(m_panel->model()->indexOfFact(may)));
    QCOMPARE(m_controller->currentFactId(), may);
    QVERIFY(m_panel->takeOutAction()->isEnabled());
    m_panel->takeOutAction()->trigger();
    QVERIFY(!m_tracker->ledger().measureOfFact(may));
    m_undo->undo();
    m_tracker->refreshNow();
    QCOMPARE(m_tracker->ledger().measureOfFact(may)->id, measureId);

    // Moved by hand into another stake: it stays there, labelled against its figures.
    const qint64 velmor = m_tracker->ledger().measureOfFact(fact("velmor_may", "35 %"))->id;
    m_panel->view()->setCurrentIndex(proxyIndex(m_panel->model()->indexOfFact(may)));
    QVERIFY(m_panel->moveAction()->isEnabled());
    QVERIFY(m_panel->moveSelectionTo(velmor));
    QCOMPARE(m_tracker->ledger().measureOfFact(may)->id, velmor);
    m_undo->undo();
    m_tracker->refreshNow();
    QCOMPARE(m_tracker->ledger().measureOfFact(may)->id, measureId);
    m_undo->undo();
    m_tracker->refreshNow();
    QCOMPARE(m_tracker->ledger().measure(measureId)->name, oldName);
}

void TestStoryPanel::summary()
{
    auto *label = m_panel->findChild<QLabel *>(QStringLiteral("storySummary"));
    QVERIFY(label);
    const int open = m_tracker->ledger().openConflictCount();
    const int failed = m_tracker->ledger().inconsistentCheckCount();
    QVERIFY(open > 0 && failed > 0);
    QCOMPARE(label->text(),
        QStringLiteral("%1 open conflict(s) \u00B7 %2 failed check(s)").arg(open).arg(failed));
}

void TestStoryPanel::windowMarksFlaggedFacts()
{
    m_panel.reset();
    MainWindow window(m_project.get(), nullptr);
    window.resize(1300, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!window.storyTracker()->flaggedFacts().isEmpty());
    // In the Review menu, so Help ▸ Keyboard Shortcuts lists it.
    bool inMenu = false;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions())
            inMenu = inMenu || action == window.storyPanel()->nextConflictAction();
    }
    QVERIFY(inMenu);
    const qint64 english = fact("brivane_en", "€30 billion");
    window.storyPanel()->goToNextConflict();
    QTRY_VERIFY(window.reviewController()->currentFactId() != 0);
    window.reviewController()->setCurrentFact(english);
    bool marked = false;
    for (ArticlePane *pane : window.panes())
        marked = marked || (pane->articleId() == m_project->fact(english)->articleId && pane->view()->isFlagged(english));
    QVERIFY(marked);
    // The fact editor shows the measure and the failed check, where Elsewhere was.
    QVERIFY(window.factPanel()->editor()->relatedFactIds().contains(fact("brivane_oct", "26,4 milliards d'euros")));
    auto *related = window.findChild<QLabel *>(QStringLiteral("relatedFacts"));
    QVERIFY(related);
    QVERIFY2(related->text().contains(QStringLiteral("\u2717")), qPrintable(related->text()));
    QVERIFY(related->text().contains(m_tracker->ledger().measureOfFact(english)->name.toHtmlEscaped()));
}

QTEST_MAIN(TestStoryPanel)
#include "tst_storypanel.moc"
