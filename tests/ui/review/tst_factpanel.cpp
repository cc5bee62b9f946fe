// The fact panel driven from the keyboard, offscreen.

#include "../review/reviewfixture.h"
#include "facteditor.h"
#include "factpanel.h"
#include "project/project.h"
#include "review/factfilterproxymodel.h"
#include "review/factmodel.h"
#include "reviewcontroller.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace FactDesk;
using namespace FactDesk::Test;

class TestFactPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void keyboardReview();
    void invalidCorrectionIsRefused_data();
    void invalidCorrectionIsRefused();
    void escapeCancelsCorrection();
    void tableAndControllerFollowEachOther();
    void noteSavedOnCtrlReturn();
    void noteHandsReviewKeysBack_data();
    void noteHandsReviewKeysBack();
    void keysLeaveHiddenFactsAlone_data();
    void keysLeaveHiddenFactsAlone();
    void filterKeepsReviewGoing();
    void filtersNarrowRows_data();
    void filtersNarrowRows();
    void tabLeavesTheTable();
    void lettersInChoicesPickChoices_data();
    void lettersInChoicesPickChoices();

private:
    QString currentText() const;
    Fact currentFact() const { return *m_project->fact(m_controller->currentFactId()); }

    std::unique_ptr<Project> m_project;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ReviewController> m_controller;
    std::unique_ptr<FactPanel> m_panel;
    QTableView *m_view = nullptr;
    QLineEdit *m_valueEdit = nullptr;
    QLabel *m_valueError = nullptr;
};

void TestFactPanel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_project = std::make_unique<Project>();
    addFrenchArticle(*m_project);
    addEnglishArticle(*m_project);
    m_stack = std::make_unique<QUndoStack>();
    m_controller = std::make_unique<ReviewController>(m_project.get(), m_stack.get());
    m_panel = std::make_unique<FactPanel>(m_project.get(), m_controller.get());
    m_panel->resize(900, 700);
    m_panel->show();
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_view = m_panel->view();
    m_valueEdit = m_panel->findChild<QLineEdit *>(QStringLiteral("valueEdit"));
    m_valueError = m_panel->findChild<QLabel *>(QStringLiteral("valueError"));
    QVERIFY(m_valueEdit && m_valueError);
    m_panel->focusTable();
    QTRY_VERIFY(m_view->hasFocus());
}

void TestFactPanel::cleanup()
{
    m_panel.reset();
    m_controller.reset();
    m_stack.reset();
    m_project.reset();
}

QString TestFactPanel::currentText() const
{
    return m_view->currentIndex().siblingAtColumn(FactModel::TextColumn).data().toString();
}

void TestFactPanel::keyboardReview()
{
    // The table took the focus: its first row is the current fact.
    QCOMPARE(currentText(), QStringLiteral("13 milliards d'euros"));
    QCOMPARE(m_controller->currentFactId(), factIdOf(*m_project, QStringLiteral("13 milliards d'euros")));
    QCOMPARE(m_panel->editor()->factId(), m_controller->currentFactId());

    // C confirms it; N goes to the next pending fact, skipping confirmed ones.
    QTest::keyClick(m_view, Qt::Key_C);
    QCOMPARE(int(m_project->fact(factIdOf(*m_project, QStringLiteral("13 milliards d'euros")))->status),
        int(ReviewStatus::Confirmed));
    QTest::keyClick(m_view, Qt::Key_K);
    QCOMPARE(currentText(), QStringLiteral("13 milliards d'euros")); // already first
    QTest::keyClick(m_view, Qt::Key_N);
    QCOMPARE(currentText(), QStringLiteral("2026"));
    QCOMPARE(m_panel->editor()->factId(), factIdOf(*m_project, QStringLiteral("2026")));
    QTest::keyClick(m_view, Qt::Key_J);
    QCOMPARE(currentText(), QStringLiteral("4,1 %"));

    // E opens the value editor; "4,2" typed the French way, Enter commits.
    QTest::keyClick(m_view, Qt::Key_E);
    QTRY_VERIFY(m_valueEdit->hasFocus());
    QVERIFY(m_valueEdit->hasSelectedText());
    QTest::keyClicks(m_valueEdit, QStringLiteral("4,2"));
    QTest::keyClick(m_valueEdit, Qt::Key_Return);
    const qint64 corrected = factIdOf(*m_project, QStringLiteral("4,1 %"));
    QCOMPARE(int(m_project->fact(corrected)->status), int(ReviewStatus::Corrected));
    QCOMPARE(m_project->fact(corrected)->correctedValue, QStringLiteral("4.2"));
    QCOMPARE(m_project->fact(corrected)->correctedUnit, QStringLiteral("%"));
    QVERIFY(!m_valueError->isVisible());
    QTRY_VERIFY(m_view->hasFocus());

    // R asks for the reason; 2 picks "product or version name".
    const qint64 product = factIdOf(*m_project, QStringLiteral("GPT-5"));
    m_controller->setCurrentFact(product); // as when the figure is clicked in the text
    QCOMPARE(currentText(), QStringLiteral("GPT-5"));
    QTest::keyClick(m_view, Qt::Key_R);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_2);
    QTRY_COMPARE(int(m_project->fact(product)->status), int(ReviewStatus::Rejected));
    QCOMPARE(int(m_project->fact(product)->rejectReason), int(RejectReason::ProductName));
    QCOMPARE(m_stack->count(), 3);

    // Undo and redo from the keyboard.
    m_panel->focusTable();
    QTRY_VERIFY(m_view->hasFocus());
    QTest::keySequence(m_view, QKeySequence(QKeySequence::Undo));
    QCOMPARE(int(m_project->fact(product)->status), int(ReviewStatus::Pending));
    QTest::keySequence(m_view, QKeySequence(QKeySequence::Undo));
    QCOMPARE(int(m_project->fact(corrected)->status), int(ReviewStatus::Pending));
    QTest::keySequence(m_view, QKeySequence(QKeySequence::Redo));
    QCOMPARE(m_project->fact(corrected)->correctedValue, QStringLiteral("4.2"));
    QTest::keySequence(m_view, QKeySequence(QKeySequence::Redo));
    QCOMPARE(int(m_project->fact(product)->rejectReason), int(RejectReason::ProductName));

    // P resets the current fact.
    QTest::keyClick(m_view, Qt::Key_P);
    QCOMPARE(int(m_project->fact(product)->status), int(ReviewStatus::Pending));
}

void TestFactPanel::invalidCorrectionIsRefused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("only punctuation") << QStringLiteral("%,");
}

void TestFactPanel::invalidCorrectionIsRefused()
{
    QFETCH(QString, typed);
    const qint64 id = factIdOf(*m_project, QStringLiteral("300 milliards $"));
    m_controller->setCurrentFact(id);
    const Fact before = *m_project->fact(id);
    QTest::keyClick(m_view, Qt::Key_E);
    QTRY_VERIFY(m_valueEdit->hasFocus());
    QTest::keyClicks(m_valueEdit, typed);
    QTest::keyClick(m_valueEdit, Qt::Key_Return);
    QVERIFY(m_valueError->isVisible());
    QVERIFY(m_valueError->text().contains(typed));
    QVERIFY(m_valueEdit->hasFocus()); // the analyst can fix the typing
    QVERIFY(m_project->fact(id)->sameReview(before));
    QCOMPARE(m_stack->count(), 0);

    // Typing again hides the message; a valid value then goes through.
    QTest::keyClick(m_valueEdit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(m_valueEdit, QStringLiteral("500 milliards"));
    QVERIFY(!m_valueError->isVisible());
    QTest::keyClick(m_valueEdit, Qt::Key_Enter);
    QCOMPARE(m_project->fact(id)->correctedValue, QStringLiteral("500000000000"));
    QCOMPARE(m_project->fact(id)->correctedUnit, QStringLiteral("USD"));
}

void TestFactPanel::escapeCancelsCorrection()
{
    const qint64 id = factIdOf(*m_project, QStringLiteral("27 %"));
    m_controller->setCurrentFact(id);
    QTest::keyClick(m_view, Qt::Key_E);
    QTRY_VERIFY(m_valueEdit->hasFocus());
    QTest::keyClicks(m_valueEdit, QStringLiteral("31"));
    QTest::keyClick(m_valueEdit, Qt::Key_Escape);
    QCOMPARE(int(m_project->fact(id)->status), int(ReviewStatus::Pending));
    QCOMPARE(m_valueEdit->text(), QStringLiteral("27"));
    QTRY_VERIFY(m_view->hasFocus());
    QCOMPARE(m_stack->count(), 0);
}

void TestFactPanel::tableAndControllerFollowEachOther()
{
    // Clicking a row makes its fact current.
    const QModelIndex third = m_view->model()->index(2, FactModel::TextColumn);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->visualRect(third).center());
    QCOMPARE(m_controller->currentFactId(), third.data(FactModel::FactIdRole).toLongLong());
    // The controller moving selects the row.
    const qint64 id = factIdOf(*m_project, QStringLiteral("about 40%"));
    m_controller->setCurrentFact(id);
    QCOMPARE(m_view->currentIndex().data(FactModel::FactIdRole).toLongLong(), id);
    QCOMPARE(m_view->selectionModel()->selectedRows().size(), 1);
    // Extended selection feeds "Confirm selected" (Shift+C), one undo step.
    m_view->selectAll();
    QCOMPARE(m_controller->selectedFactIds().size(), m_project->facts().size());
    QTest::keyClick(m_view, Qt::Key_C, Qt::ShiftModifier);
    QCOMPARE(m_project->pendingCount(), 0);
    QCOMPARE(m_stack->count(), 1);
}

void TestFactPanel::noteSavedOnCtrlReturn()
{
    const qint64 id = factIdOf(*m_project, QStringLiteral("27 %"));
    m_controller->setCurrentFact(id);
    auto *note = m_panel->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    QVERIFY(note);
    note->setFocus();
    QTRY_VERIFY(note->hasFocus());
    QTest::keyClicks(note, QStringLiteral("Voir le rapport"));
    QCOMPARE(m_project->fact(id)->note, QString()); // not yet
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_project->fact(id)->note, QStringLiteral("Voir le rapport"));
    note->setFocus(); // Ctrl+Return gave the keys back to the table
    QTRY_VERIFY(note->hasFocus());
    note->moveCursor(QTextCursor::End);
    QTest::keyClicks(note, QStringLiteral(" annuel"));
    m_panel->focusTable(); // leaving the field saves too
    QTRY_COMPARE(m_project->fact(id)->note, QStringLiteral("Voir le rapport annuel"));
    QCOMPARE(m_stack->count(), 1); // note typing is one undo step
}

void TestFactPanel::noteHandsReviewKeysBack_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Ctrl+Return") << int(Qt::Key_Return) << int(Qt::ControlModifier);
    QTest::newRow("Ctrl+Enter (keypad)")
        << int(Qt::Key_Enter) << int(Qt::ControlModifier | Qt::KeypadModifier);
    QTest::newRow("Esc") << int(Qt::Key_Escape) << int(Qt::NoModifier);
}

void TestFactPanel::noteHandsReviewKeysBack()
{
    // Type a note, end it, then review on: J and C act on the facts instead
    // of being typed into the note.
    QFETCH(int, key);
    QFETCH(int, modifiers);
    const qint64 id = factIdOf(*m_project, QStringLiteral("27 %"));
    m_controller->setCurrentFact(id);
    auto *note = m_panel->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    QVERIFY(note);
    note->setFocus();
    QTRY_VERIFY(note->hasFocus());
    QTest::keyClicks(note, QStringLiteral("Source: rapport"));
    QTest::keyClick(note, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(m_project->fact(id)->note, QStringLiteral("Source: rapport"));
    QTRY_VERIFY(!note->hasFocus());

    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused);
    QTest::keyClick(focused, Qt::Key_J);
    const qint64 next = m_controller->currentFactId();
    QVERIFY(next != id);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_C);
    QCOMPARE(int(m_project->fact(next)->status), int(ReviewStatus::Confirmed));
    QCOMPARE(m_project->fact(id)->note, QStringLiteral("Source: rapport")); // no "jc" in it
    QCOMPARE(m_stack->count(), 2);
}

void TestFactPanel::keysLeaveHiddenFactsAlone_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("search");
    QTest::newRow("status Rejected") << QStringLiteral("Rejected") << QString();
    QTest::newRow("status Verified") << QStringLiteral("Verified") << QString();
    QTest::newRow("search for another figure") << QStringLiteral("All") << QStringLiteral("agency");
}

void TestFactPanel::keysLeaveHiddenFactsAlone()
{
    // A pending fact is selected, then a filter hides it: the editor lets it
    // go and C, E, R, P act on nothing out of sight.
    QFETCH(QString, status);
    QFETCH(QString, search);
    const qint64 id = factIdOf(*m_project, QStringLiteral("27 %"));
    m_controller->setCurrentFact(id);
    QCOMPARE(m_panel->editor()->factId(), id);
    auto *statusCombo = m_panel->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *searchEdit = m_panel->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(statusCombo && searchEdit);
    QVERIFY(statusCombo->findText(status) >= 0);
    statusCombo->setCurrentIndex(statusCombo->findText(status));
    searchEdit->setText(search);
    QTRY_COMPARE(m_controller->currentFactId(), qint64(0));
    QCOMPARE(m_panel->editor()->factId(), qint64(0));

    m_panel->focusTable();
    QTRY_VERIFY(m_view->hasFocus());
    for (const Qt::Key key : { Qt::Key_C, Qt::Key_P, Qt::Key_E })
        QTest::keyClick(m_view, key);
    QCOMPARE(int(m_project->fact(id)->status), int(ReviewStatus::Pending));
    QCOMPARE(m_stack->count(), 0);

    // Reached from the text while hidden: shown in the editor, yet C leaves it alone.
    m_controller->setCurrentFact(id);
    QCOMPARE(m_panel->editor()->factId(), id);
    QVERIFY(!m_controller->confirmAction()->isEnabled());
    QTest::keyClick(m_view, Qt::Key_C);
    m_controller->confirmCurrent();
    QCOMPARE(int(m_project->fact(id)->status), int(ReviewStatus::Pending));
    QCOMPARE(m_stack->count(), 0);
    QTest::qWait(250); // the search field's clear button animation (see filtersNarrowRows)
}

void TestFactPanel::filterKeepsReviewGoing()
{
    // Under "Pending", C takes the fact out of the list and moves on to the
    // next pending one rather than leaving nothing selected.
    auto *statusCombo = m_panel->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    statusCombo->setCurrentIndex(statusCombo->findText(QStringLiteral("Pending")));
    const qint64 first = factIdOf(*m_project, QStringLiteral("4,1 %"));
    m_controller->setCurrentFact(first);
    QTest::keyClick(m_view, Qt::Key_C);
    QCOMPARE(int(m_project->fact(first)->status), int(ReviewStatus::Confirmed));
    QTest::qWait(50);
    QCOMPARE(m_controller->currentFactId(), factIdOf(*m_project, QStringLiteral("300 milliards $")));
    QCOMPARE(m_panel->editor()->factId(), m_controller->currentFactId());
}

void TestFactPanel::filtersNarrowRows_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("expectedRows");
    QTest::addColumn<QString>("expectedCount");

    QTest::newRow("everything") << QStringLiteral("All") << QStringLiteral("All kinds") << QString() << 11
                                << QStringLiteral("11 fact(s)");
    QTest::newRow("pending") << QStringLiteral("Pending") << QStringLiteral("All kinds") << QString() << 10
                             << QStringLiteral("10 of 11 fact(s)");
    QTest::newRow("confirmed") << QStringLiteral("Confirmed") << QStringLiteral("All kinds") << QString() << 1
                               << QStringLiteral("1 of 11 fact(s)");
    QTest::newRow("money") << QStringLiteral("All") << QStringLiteral("Money") << QString() << 3
                           << QStringLiteral("3 of 11 fact(s)");
    QTest::newRow("search without accents")
        << QStringLiteral("All") << QStringLiteral("All kinds") << QStringLiteral("elysee") << 2
        << QStringLiteral("2 of 11 fact(s)");
    QTest::newRow("pending percent with text")
        << QStringLiteral("Pending") << QStringLiteral("Percent") << QStringLiteral("hausse") << 1
        << QStringLiteral("1 of 11 fact(s)");
}

void TestFactPanel::filtersNarrowRows()
{
    QFETCH(QString, status);
    QFETCH(QString, kind);
    QFETCH(QString, search);
    QFETCH(int, expectedRows);
    QFETCH(QString, expectedCount);

    QVERIFY(m_controller->confirm({ factIdOf(*m_project, QStringLiteral("27 %")) }));
    auto *statusCombo = m_panel->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *kindCombo = m_panel->findChild<QComboBox *>(QStringLiteral("kindFilter"));
    auto *searchEdit = m_panel->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *countLabel = m_panel->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(statusCombo && kindCombo && searchEdit && countLabel);
    QVERIFY(statusCombo->findText(status) >= 0);
    QVERIFY(kindCombo->findText(kind) >= 0);
    statusCombo->setCurrentIndex(statusCombo->findText(status));
    kindCombo->setCurrentIndex(kindCombo->findText(kind));
    searchEdit->setFocus();
    QTest::keyClicks(searchEdit, search);
    QCOMPARE(m_view->model()->rowCount(), expectedRows);
    QCOMPARE(countLabel->text(), expectedCount);

    // Navigation follows the filtered order: K to the top, then J.
    m_panel->focusTable();
    QTRY_VERIFY(m_view->hasFocus());
    for (int press = 0; press <= expectedRows; ++press)
        QTest::keyClick(m_view, Qt::Key_K);
    QCOMPARE(
        m_controller->currentFactId(), m_view->model()->index(0, 0).data(FactModel::FactIdRole).toLongLong());
    QTest::keyClick(m_view, Qt::Key_J);
    const int next = qMin(1, expectedRows - 1);
    QCOMPARE(m_controller->currentFactId(),
        m_view->model()->index(next, 0).data(FactModel::FactIdRole).toLongLong());

    // The search field's clear button fades in through an unparented animation
    // that Qt deletes only once it stops (160 ms): let it stop before the panel
    // goes, or LeakSanitizer reports Qt's orphan at exit.
    if (!search.isEmpty())
        QTest::qWait(250);
}

void TestFactPanel::tabLeavesTheTable()
{
    // The table's rows are selected whole: Tab and Shift+Tab take the
    // keyboard out of it (to the search, to the editor), they do not walk
    // its cells, the current figure unchanged.
    const qint64 current = m_controller->currentFactId();
    QTest::keyClick(m_view, Qt::Key_Backtab, Qt::ShiftModifier);
    QTRY_VERIFY(m_panel->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->hasFocus());
    m_panel->focusTable();
    QTRY_VERIFY(m_view->hasFocus());
    QTest::keyClick(m_view, Qt::Key_Tab);
    QTRY_VERIFY(m_panel->editor()->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(m_controller->currentFactId(), current);
}

void TestFactPanel::lettersInChoicesPickChoices_data()
{
    QTest::addColumn<QString>("combo");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("R in the status filter")
        << QStringLiteral("statusFilter") << int(Qt::Key_R) << QStringLiteral("Rejected");
    QTest::newRow("C in the kind filter")
        << QStringLiteral("kindFilter") << int(Qt::Key_C) << QStringLiteral("Count");
    QTest::newRow("C in the editor's kind")
        << QStringLiteral("kindCombo") << int(Qt::Key_C) << QStringLiteral("Count");
    QTest::newRow("P in the editor's reason")
        << QStringLiteral("reasonCombo") << int(Qt::Key_P) << QStringLiteral("Product or version name");
}

void TestFactPanel::lettersInChoicesPickChoices()
{
    // A letter typed in a choice list picks a choice, as in any list; it is
    // not the review key of the same letter acting on the current figure.
    QFETCH(QString, combo);
    QFETCH(int, key);
    QFETCH(QString, chosen);
    const qint64 id = m_controller->currentFactId();
    QVERIFY(id);
    auto *box = m_panel->findChild<QComboBox *>(combo);
    QVERIFY(box);
    box->setFocus();
    QTRY_VERIFY(box->hasFocus());
    QTest::keyClick(box, Qt::Key(key));
    QCOMPARE(box->currentText(), chosen);
    QCOMPARE(int(m_project->fact(id)->status), int(ReviewStatus::Pending));
    QCOMPARE(m_stack->count(), 0);
    for (const QMenu *menu : m_panel->findChildren<QMenu *>())
        QVERIFY(!menu->isVisible());
}

QTEST_MAIN(TestFactPanel)
#include "tst_factpanel.moc"
