// Issue 13, items 2 and 5, in the widgets: a correction that changes the kind
// is asked about; a figure added by hand from a sloppy selection is read whole,
// agrees with the CSV once corrected, and the count follows its deletion.

#include "../review/reviewfixture.h"
#include "articleview.h"
#include "export/csvwriter.h"
#include "facteditor.h"
#include "factpanel.h"
#include "project/project.h"
#include "review/factmodel.h"
#include "reviewcontroller.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

using namespace FactDesk;
using namespace FactDesk::Test;

namespace {

// Written for this test: a figure in words the extractor does not find by itself.
const QString workText = QStringLiteral("Les travaux ont dur\u00e9 dix-huit mois, selon la mairie.");

/// The count label's text for n facts, in the untranslated plural of the source strings.
QString countText(qint64 n)
{
    return FactPanel::tr("%n fact(s)", nullptr, int(n));
}

} // namespace

class TestReviewCorrections : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void kindChangeIsAsked_data();
    void kindChangeIsAsked();
    void handAddedFigureIsReadWhole();

private:
    /// Types a correction of the current fact in the editor and presses Enter.
    void typeCorrection(const QString &typed);

    std::unique_ptr<Project> m_project;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ReviewController> m_controller;
    std::unique_ptr<FactPanel> m_panel;
    QLineEdit *m_valueEdit = nullptr;
    QLabel *m_valueError = nullptr;
    qint64 m_work = 0;
};

void TestReviewCorrections::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_project = std::make_unique<Project>();
    addFrenchArticle(*m_project);
    Article work;
    work.title = QStringLiteral("Travaux");
    work.language = QStringLiteral("fr");
    work.text = workText;
    m_work = m_project->addArticle(work, {});
    m_stack = std::make_unique<QUndoStack>();
    m_controller = std::make_unique<ReviewController>(m_project.get(), m_stack.get());
    m_panel = std::make_unique<FactPanel>(m_project.get(), m_controller.get());
    m_panel->resize(900, 700);
    m_panel->show();
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_valueEdit = m_panel->findChild<QLineEdit *>(QStringLiteral("valueEdit"));
    m_valueError = m_panel->findChild<QLabel *>(QStringLiteral("valueError"));
    QVERIFY(m_valueEdit && m_valueError);
    m_panel->focusTable();
    QTRY_VERIFY(m_panel->view()->hasFocus());
}

void TestReviewCorrections::cleanup()
{
    m_panel.reset();
    m_controller.reset();
    m_stack.reset();
    m_project.reset();
}

void TestReviewCorrections::typeCorrection(const QString &typed)
{
    // A question box or another window may have taken the activation.
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_panel->focusTable();
    QTRY_VERIFY(m_panel->view()->hasFocus());
    QTest::keyClick(m_panel->view(), Qt::Key_E);
    QTRY_VERIFY(m_valueEdit->hasFocus());
    QTest::keyClicks(m_valueEdit, typed);
    QTest::keyClick(m_valueEdit, Qt::Key_Return);
}

void TestReviewCorrections::kindChangeIsAsked_data()
{
    QTest::addColumn<bool>("accept");
    QTest::newRow("declined") << false;
    QTest::newRow("accepted") << true;
}

void TestReviewCorrections::kindChangeIsAsked()
{
    QFETCH(bool, accept);
    const qint64 year = factIdOf(*m_project, QStringLiteral("2026"));
    m_controller->advanceAction()->setChecked(false);
    m_controller->setCurrentFact(year);

    // The controller's own question box, answered as the analyst would.
    QString asked;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        answer.stop();
        asked = box->text();
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
        box->button(accept ? QMessageBox::Yes : QMessageBox::No)->click();
    });
    answer.start();
    typeCorrection(QStringLiteral("13 milliards"));
    QCOMPARE(asked, QStringLiteral("The kind changes from Date to Number."));

    const Fact &fact = *m_project->fact(year);
    if (accept) {
        QCOMPARE(int(fact.status), int(ReviewStatus::Corrected));
        QCOMPARE(int(fact.finalKind()), int(FigureKind::Number));
        QCOMPARE(fact.finalValue(), QStringLiteral("13000000000"));
        QCOMPARE(fact.finalUnit(), QString()); // not "year": a number has no granularity
        QVERIFY(!m_valueError->isVisible());
    } else {
        QCOMPARE(int(fact.status), int(ReviewStatus::Pending));
        QCOMPARE(int(fact.finalKind()), int(FigureKind::Date));
        QVERIFY(m_valueError->isVisible());
        QVERIFY(m_valueError->text().contains(QStringLiteral("The kind changes from Date to Number.")));
        QCOMPARE(m_stack->count(), 0);
    }

    // A bare number over a percentage keeps it a percentage: nothing to ask.
    const qint64 share = factIdOf(*m_project, QStringLiteral("27 %"));
    m_controller->setCurrentFact(share);
    m_controller->setKindChangeQuestion([](const QString &) {
        qFatal("asked about a correction that keeps the kind");
        return false;
    });
    m_panel->focusTable();
    typeCorrection(QStringLiteral("28"));
    QCOMPARE(m_project->fact(share)->finalUnit(), QStringLiteral("%"));
}

void TestReviewCorrections::handAddedFigureIsReadWhole()
{
    ArticleView view(m_project.get());
    view.setArticle(m_work);
    connect(&view, &ArticleView::addFigureRequested, m_controller.get(),
        [this](qint64 articleId, int start, int end) { m_controller->addManualFact(articleId, start, end); });
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // The mouse missed the first letter.
    const int start = int(workText.indexOf(QStringLiteral("ix-huit mois")));
    QTextCursor cursor(view.document());
    cursor.setPosition(start);
    cursor.setPosition(start + int(QStringLiteral("ix-huit mois").size()), QTextCursor::KeepAnchor);
    view.setTextCursor(cursor);
    const auto *count = m_panel->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(count);
    const int facts = int(m_project->facts().size());
    QCOMPARE(count->text(), countText(facts));
    QVERIFY(view.addFigureFromSelection());

    const qint64 id = m_controller->currentFactId();
    QVERIFY(id > 0);
    const Fact &added = *m_project->fact(id);
    QCOMPARE(added.quote, QStringLiteral("dix-huit mois"));
    QCOMPARE(int(added.figure.kind), int(FigureKind::Quantity));
    QCOMPARE(added.figure.value, QStringLiteral("18"));
    QCOMPARE(added.figure.unit, QStringLiteral("month")); // the extractor's name for "mois"
    QCOMPARE(count->text(), countText(facts + 1));

    // Corrected to "18 mois": the table and the CSV name the same kind.
    m_controller->advanceAction()->setChecked(false);
    m_panel->focusTable();
    QTRY_COMPARE(m_controller->currentFactId(), id);
    typeCorrection(QStringLiteral("18 mois"));
    QCOMPARE(int(m_project->fact(id)->status), int(ReviewStatus::Corrected));
    const QModelIndex row = m_panel->view()->currentIndex();
    QCOMPARE(row.siblingAtColumn(FactModel::KindColumn).data().toString(),
        FactModel::kindName(FigureKind::Quantity));
    CsvWriter writer(*m_project);
    writer.setAllFacts(true);
    const QStringList lines = QString::fromUtf8(writer.toCsv()).split(QStringLiteral("\r\n"));
    const QStringList header = lines.first().split(QLatin1Char(','));
    const int kindColumn = int(header.indexOf(QStringLiteral("kind")));
    QVERIFY(kindColumn >= 0);
    const auto csvRow = std::find_if(lines.cbegin(), lines.cend(),
        [id](const QString &line) { return line.startsWith(QString::number(id) + QLatin1Char(',')); });
    QVERIFY(csvRow != lines.cend());
    QCOMPARE(csvRow->split(QLatin1Char(',')).at(kindColumn), QStringLiteral("quantity"));

    // Delete takes it away, and the count with it.
    QTest::keyClick(m_panel->view(), Qt::Key_Delete);
    QVERIFY(!m_project->fact(id));
    QCOMPARE(count->text(), countText(facts));
    m_stack->undo();
    QCOMPARE(count->text(), countText(facts + 1));
}

QTEST_MAIN(TestReviewCorrections)
#include "tst_reviewcorrections.moc"
