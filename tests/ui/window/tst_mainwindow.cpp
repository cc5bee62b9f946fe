#include "articlelistview.h"
#include "articlepane.h"
#include "articleview.h"
#include "auditlogdialog.h"
#include "darkpalette.h"
#include "editornamedialog.h"
#include "factcontextdelegate.h"
#include "facteditor.h"
#include "factpanel.h"
#include "factstatusdelegate.h"
#include "figurestyle.h"
#include "languageswitcher.h"
#include "legenddialog.h"
#include "mainwindow.h"
#include "project/articlelistmodel.h"
#include "project/project.h"
#include "project/projectstore.h"
#include "project/samplelibrary.h"
#include "review/factmodel.h"
#include "reviewcontroller.h"
#include "shortcutsdialog.h"
#include "storypanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMultiHash>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace FactDesk;

namespace {

Figure figureAt(
    const QString &text, const QString &quote, FigureKind kind, const QString &value, const QString &unit)
{
    Figure figure;
    figure.start = int(text.indexOf(quote));
    Q_ASSERT(figure.start >= 0);
    figure.end = figure.start + int(quote.size());
    figure.kind = kind;
    figure.value = value;
    figure.unit = unit;
    return figure;
}

qint64 addArticle(Project *project, const QString &title, const QString &language, const QString &text,
    const QVector<Figure> &figures)
{
    Article article;
    article.title = title;
    article.source = QStringLiteral("Test");
    article.date = QDate(2025, 10, 29);
    article.language = language;
    article.text = text;
    return project->addArticle(article, figures);
}

/// Marks every string it is asked for, so a test can tell which texts were
/// fetched again after the language changed.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(
        const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        QString text = QStringLiteral("\u00BB") + QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace(QLatin1String("%n"), QString::number(n));
        return text;
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void keyboardReviewLoop();
    void tableTakingTheFocusSelectsItsCurrentRow();
    void reviewMovesOnAndUndoComesBack();
    void nextPendingStaysInTheArticleInView_data();
    void nextPendingStaysInTheArticleInView();
    void reviewsAreSigned();
    void elsewhereLinksToTheOtherArticlesFigure();
    void factShowsItsArticleAndFigure();
    void figureInTextBecomesCurrentFact();
    void addMissedFigureFromSelection();
    void articleListOpensInFocusedPane();
    void panesAddAndRemove();
    void panesShareTheWindow();
    void articlePropertiesAndRemoval();
    void panesRestoredFromSettings();
    void shortcutsDialogListsEveryAction();
    void statusBarProgress();
    void figuresPaintedInLightAndDarkPalettes_data();
    void figuresPaintedInLightAndDarkPalettes();
    void firstStartOpensSamplesThenLastProject();
    void startupOpensTheFilesGiven();
    void importIntoTheSamplesAsksFirst_data();
    void importIntoTheSamplesAsksFirst();
    void findAndZoomInTheText();
    void auditLogAndLegend();
    void retranslatesLive();
    void layoutHoldsFromSmallToLargeScreens_data();
    void layoutHoldsFromSmallToLargeScreens();
    void editorStaysInItsDock_data();
    void editorStaysInItsDock();
    void editorKeepsANumberOnOneLine();
    void filterMnemonicsAreTheirOwn_data();
    void filterMnemonicsAreTheirOwn();
    void currentRowScrolledIntoViewInANarrowTable();

private:
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void pressSequence(const QKeySequence &sequence);
    std::unique_ptr<MainWindow> openWindow();
    ArticlePane *paneShowing(qint64 articleId) const;
    qint64 factIdOf(const QString &quote) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_french = 0;
    qint64 m_french2 = 0;
    qint64 m_english = 0;
    QString m_frenchText;
};

namespace {
const QString editorKey = QStringLiteral("review/editor");

/// The two interface languages as test rows, for tests whose labels differ in length.
void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("en") << QStringLiteral("en");
}

QSettings *choosingLanguage(QSettings *settings, const QString &language)
{
    settings->setValue(QStringLiteral("ui/language"), language);
    return settings;
}

/// A window of its own in a language, shown at a size; the default locale comes back with it gone.
struct WindowInLanguage
{
    WindowInLanguage(Project *project, QSettings *settings, const QString &language, const QSize &size)
        : localeRestorer { QLocale() }
        , languages(choosingLanguage(settings, language))
        , window(project, settings, &languages)
    {
        window.resize(size);
        window.show();
    }
    struct LocaleRestorer
    {
        const QLocale saved;
        ~LocaleRestorer() { QLocale::setDefault(saved); }
    } localeRestorer; // first: saved before the switcher changes it, restored once the window is gone
    LanguageSwitcher languages;
    MainWindow window;
};
} // namespace

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    const QString settingsPath = m_dir.filePath(QStringLiteral("%1.ini").arg(QTest::currentTestFunction()));
    QFile::remove(settingsPath);
    m_settings = std::make_unique<QSettings>(settingsPath, QSettings::IniFormat);
    // A name chosen already: only the tests of the first start see the name dialog.
    m_settings->setValue(editorKey, QStringLiteral("Test Editor"));
    m_project = std::make_unique<Project>();

    m_frenchText = QStringLiteral(
        "Helvar a investi 13 milliards de dollars et détient 49 % de Quantix, valorisée 500 milliards $.\n\n"
        "L'accord promet 4 000 emplois.");
    m_french = addArticle(m_project.get(), QStringLiteral("Alliance à 500 milliards"), QStringLiteral("fr"),
        m_frenchText,
        { figureAt(m_frenchText, QStringLiteral("13 milliards de dollars"), FigureKind::Money,
              QStringLiteral("13000000000"), QStringLiteral("USD")),
            figureAt(m_frenchText, QStringLiteral("49 %"), FigureKind::Percent, QStringLiteral("49"),
                QStringLiteral("%")),
            figureAt(m_frenchText, QStringLiteral("500 milliards $"), FigureKind::Money,
                QStringLiteral("500000000000"), QStringLiteral("USD")),
            figureAt(m_frenchText, QStringLiteral("4 000 emplois"), FigureKind::Count, QStringLiteral("4000"),
                QStringLiteral("emplois")) });
    const QString french2
        = QStringLiteral("Helvar ne garderait que 27 % du capital, pour 300 milliards de dollars.");
    m_french2 = addArticle(m_project.get(), QStringLiteral("Seulement 27 %"), QStringLiteral("fr"), french2,
        { figureAt(french2, QStringLiteral("27 %"), FigureKind::Percent, QStringLiteral("27"),
              QStringLiteral("%")),
            figureAt(french2, QStringLiteral("300 milliards de dollars"), FigureKind::Money,
                QStringLiteral("300000000000"), QStringLiteral("USD")) });
    const QString english = QStringLiteral("Helvar will hold 49% after investing $13 billion.");
    m_english = addArticle(m_project.get(), QStringLiteral("Helvar holds 49%"), QStringLiteral("en"), english,
        { figureAt(
              english, QStringLiteral("49%"), FigureKind::Percent, QStringLiteral("49"), QStringLiteral("%")),
            figureAt(english, QStringLiteral("$13 billion"), FigureKind::Money, QStringLiteral("13000000000"),
                QStringLiteral("USD")) });
    QVERIFY(m_french && m_french2 && m_english);
    m_window = openWindow();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_project.reset();
    m_settings.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow()
{
    auto window = std::make_unique<MainWindow>(m_project.get(), m_settings.get());
    window->resize(1300, 700);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window not active");
    return window;
}

void TestMainWindow::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestMainWindow::pressSequence(const QKeySequence &sequence)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keySequence(target, sequence);
}

ArticlePane *TestMainWindow::paneShowing(qint64 articleId) const
{
    for (ArticlePane *pane : m_window->panes()) {
        if (pane->articleId() == articleId)
            return pane;
    }
    return nullptr;
}

qint64 TestMainWindow::factIdOf(const QString &quote) const
{
    for (const Fact &fact : m_project->facts()) {
        if (fact.quote == quote)
            return fact.id;
    }
    return 0;
}

void TestMainWindow::keyboardReviewLoop()
{
    ReviewController *controller = m_window->reviewController();
    // Start from the text, as an analyst reading the article would.
    m_window->focusedPane()->setFocus();

    press(Qt::Key_N);
    const qint64 first = controller->currentFactId();
    QVERIFY(first);
    QCOMPARE(int(m_project->fact(first)->status), int(ReviewStatus::Pending));
    press(Qt::Key_C);
    QCOMPARE(int(m_project->fact(first)->status), int(ReviewStatus::Confirmed));
    ArticlePane *pane = paneShowing(m_project->fact(first)->articleId);
    QVERIFY(pane);
    QCOMPARE(pane->view()->factFormat(first).underlineStyle(), QTextCharFormat::SingleUnderline);

    press(Qt::Key_N);
    const qint64 second = controller->currentFactId();
    QVERIFY(second && second != first);
    press(Qt::Key_E);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("4,2"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(int(m_project->fact(second)->status), int(ReviewStatus::Corrected));
    QCOMPARE(m_project->fact(second)->correctedValue, QStringLiteral("4.2"));
    QCOMPARE(paneShowing(m_project->fact(second)->articleId)->view()->factFormat(second).underlineStyle(),
        QTextCharFormat::WaveUnderline);

    press(Qt::Key_N);
    const qint64 third = controller->currentFactId();
    QVERIFY(third && third != second && third != first);
    press(Qt::Key_R);
    QTRY_VERIFY(QApplication::activePopupWidget());
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Return);
    QTRY_COMPARE(int(m_project->fact(third)->status), int(ReviewStatus::Rejected));
    QVERIFY(paneShowing(m_project->fact(third)->articleId)->view()->factFormat(third).fontStrikeOut());

    m_window->focusedPane()->setFocus();
    pressSequence(controller->undoAction()->shortcut());
    QCOMPARE(int(m_project->fact(third)->status), int(ReviewStatus::Pending));
    QCOMPARE(int(m_project->fact(second)->status), int(ReviewStatus::Corrected));
    QCOMPARE(paneShowing(m_project->fact(third)->articleId)->view()->factFormat(third).underlineStyle(),
        QTextCharFormat::DotLine);
    pressSequence(controller->redoAction()->shortcut());
    QCOMPARE(int(m_project->fact(third)->status), int(ReviewStatus::Rejected));
}

void TestMainWindow::tableTakingTheFocusSelectsItsCurrentRow()
{
    // Ctrl+3 with no figure chosen yet: the table makes its first row current
    // (the editor shows that figure) and shows the row selected, as after J.
    QTableView *table = m_window->factPanel()->view();
    ReviewController *controller = m_window->reviewController();
    m_window->articleList()->setFocus();
    controller->setCurrentFact(0);
    table->selectionModel()->clear();
    QVERIFY(!table->currentIndex().isValid());
    press(Qt::Key_3, Qt::ControlModifier);
    QTRY_VERIFY(table->hasFocus());
    QTRY_VERIFY(controller->currentFactId() != 0);
    QCOMPARE(table->currentIndex().data(FactModel::FactIdRole).toLongLong(), controller->currentFactId());
    QTRY_VERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row(), QModelIndex()));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
}

void TestMainWindow::reviewMovesOnAndUndoComesBack()
{
    ReviewController *controller = m_window->reviewController();
    QVERIFY(controller->advanceAction()->isChecked());
    m_window->focusedPane()->setFocus();

    press(Qt::Key_N);
    const qint64 first = controller->currentFactId();
    press(Qt::Key_C);
    QCOMPARE(int(m_project->fact(first)->status), int(ReviewStatus::Confirmed));
    const qint64 second = controller->currentFactId();
    QVERIFY(second && second != first);
    QCOMPARE(int(m_project->fact(second)->status), int(ReviewStatus::Pending));

    // A correction typed in the editor moves on too.
    press(Qt::Key_E);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("4,2"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(int(m_project->fact(second)->status), int(ReviewStatus::Corrected));
    const qint64 third = controller->currentFactId();
    QVERIFY(third && third != second && third != first);

    // Undo takes the analyst back to the fact it changed, redo too.
    m_window->focusedPane()->setFocus();
    pressSequence(controller->undoAction()->shortcut());
    QCOMPARE(int(m_project->fact(second)->status), int(ReviewStatus::Pending));
    QCOMPARE(controller->currentFactId(), second);
    controller->setCurrentFact(third);
    pressSequence(controller->redoAction()->shortcut());
    QCOMPARE(int(m_project->fact(second)->status), int(ReviewStatus::Corrected));
    QCOMPARE(controller->currentFactId(), second);

    // Switched off (and remembered), a review stays on its fact.
    controller->advanceAction()->setChecked(false);
    QCOMPARE(m_settings->value(QStringLiteral("review/advanceAfterReview")).toBool(), false);
    controller->setCurrentFact(third);
    press(Qt::Key_C);
    QCOMPARE(int(m_project->fact(third)->status), int(ReviewStatus::Confirmed));
    QCOMPARE(controller->currentFactId(), third);
}

void TestMainWindow::nextPendingStaysInTheArticleInView_data()
{
    QTest::addColumn<bool>("fromList");
    QTest::newRow("opened from the article list") << true;
    QTest::newRow("chosen in the pane") << false;
}

void TestMainWindow::nextPendingStaysInTheArticleInView()
{
    // Reviewing the French article, the analyst opens the English one: N goes
    // to its pending figures in text order, then on to the next article.
    QFETCH(bool, fromList);
    ReviewController *controller = m_window->reviewController();
    const qint64 frenchFirst = m_project->factsOfArticle(m_french).constFirst()->id;
    controller->setCurrentFact(frenchFirst);
    QCOMPARE(m_window->focusedPane()->articleId(), m_french);

    if (fromList) {
        m_window->articleList()->setCurrentArticle(m_english);
        m_window->articleList()->setFocus();
        QTest::keyClick(m_window->articleList(), Qt::Key_Return);
    } else {
        m_window->focusedPane()->setArticle(m_english);
    }
    QCOMPARE(m_window->focusedPane()->articleId(), m_english);
    m_window->focusedPane()->setFocus();
    press(Qt::Key_N);
    const qint64 percent = factIdOf(QStringLiteral("49%"));
    QCOMPARE(controller->currentFactId(), percent);
    press(Qt::Key_C); // moves on within the article
    QCOMPARE(controller->currentFactId(), factIdOf(QStringLiteral("$13 billion")));
    press(Qt::Key_C); // the English article is done: the next article, wrapping to the first
    const qint64 next = controller->currentFactId();
    QVERIFY(next);
    QCOMPARE(m_project->fact(next)->articleId, m_french);
    QCOMPARE(next, frenchFirst);
}

void TestMainWindow::reviewsAreSigned()
{
    // With no name chosen, the system user's full name (else login name);
    // once set, the name given, remembered.
    m_settings->remove(editorKey);
    m_window.reset();
    m_window = openWindow();
    QVERIFY(!m_project->editor().isEmpty());
    QCOMPARE(m_project->editor(), EditorNameDialog::suggestedName());
    const qint64 first = m_project->facts().constFirst().id;
    QVERIFY(m_window->reviewController()->confirm({ first }));
    QCOMPARE(m_project->fact(first)->editor, EditorNameDialog::suggestedName());

    QVERIFY(!m_window->setEditorName(QStringLiteral("   ")));
    QVERIFY(m_window->setEditorName(QStringLiteral(" Claire Martin ")));
    const qint64 second = m_project->facts().at(1).id;
    QVERIFY(m_window->reviewController()->confirm({ second }));
    QCOMPARE(m_project->fact(second)->editor, QStringLiteral("Claire Martin"));
    m_window.reset();
    m_window = openWindow();
    QCOMPARE(m_project->editor(), QStringLiteral("Claire Martin"));
}

void TestMainWindow::elsewhereLinksToTheOtherArticlesFigure()
{
    // 49 % here, 27 % in the other article: both sentences name Helvar and dollars.
    const auto quoted = [this](qint64 articleId, const QString &quote) -> qint64 {
        for (const Fact *fact : m_project->factsOfArticle(articleId)) {
            if (fact->quote == quote)
                return fact->id;
        }
        return 0;
    };
    const qint64 stake = quoted(m_french, QStringLiteral("49 %"));
    const qint64 otherStake = quoted(m_french2, QStringLiteral("27 %"));
    QVERIFY(stake && otherStake);
    m_window->reviewController()->setCurrentFact(stake);
    auto *elsewhere = m_window->findChild<QLabel *>(QStringLiteral("relatedFacts"));
    QVERIFY(elsewhere);
    QVERIFY(!elsewhere->isHidden());
    QVERIFY2(
        elsewhere->text().contains(QStringLiteral("fact:%1").arg(otherStake)), qPrintable(elsewhere->text()));
    Q_EMIT elsewhere->linkActivated(QStringLiteral("fact:%1").arg(otherStake));
    QCOMPARE(m_window->reviewController()->currentFactId(), otherStake);
    // G goes there from the keyboard, and back.
    m_window->focusedPane()->setFocus();
    press(Qt::Key_G);
    QCOMPARE(m_window->reviewController()->currentFactId(), stake);
    press(Qt::Key_G);
    QCOMPARE(m_window->reviewController()->currentFactId(), otherStake);

    // Rejected there, it is no longer offered here.
    QVERIFY(m_window->reviewController()->reject(otherStake, RejectReason::Duplicate));
    m_window->reviewController()->setCurrentFact(stake);
    QVERIFY(!elsewhere->text().contains(QStringLiteral("fact:%1").arg(otherStake)));
}

void TestMainWindow::factShowsItsArticleAndFigure()
{
    ReviewController *controller = m_window->reviewController();
    // Two panes show the first two articles; the English one is in neither.
    QCOMPARE(m_window->panes().size(), 2);
    QVERIFY(!paneShowing(m_english));
    ArticlePane *focused = m_window->focusedPane();
    const qint64 englishFact = m_project->factsOfArticle(m_english).constLast()->id;
    controller->setCurrentFact(englishFact);
    QCOMPARE(focused->articleId(), m_english);
    const Fact *fact = m_project->fact(englishFact);
    QCOMPARE(focused->view()->textCursor().position(), fact->figure.start);
    QVERIFY(focused->view()->isFlashing());

    // A fact of an article shown in the other pane goes to that pane.
    ArticlePane *other
        = m_window->panes().at(0) == focused ? m_window->panes().at(1) : m_window->panes().at(0);
    const qint64 otherArticle = other->articleId();
    const qint64 otherFact = m_project->factsOfArticle(otherArticle).constFirst()->id;
    controller->setCurrentFact(otherFact);
    QCOMPARE(focused->articleId(), m_english);
    QCOMPARE(other->view()->textCursor().position(), m_project->fact(otherFact)->figure.start);
    // And the fact panel follows too.
    QCOMPARE(
        m_window->factPanel()->view()->currentIndex().data(FactModel::FactIdRole).toLongLong(), otherFact);
}

void TestMainWindow::figureInTextBecomesCurrentFact()
{
    ArticlePane *pane = paneShowing(m_french);
    QVERIFY(pane);
    ArticleView *view = pane->view();
    const int middle = int(m_frenchText.indexOf(QStringLiteral("49 %"))) + 1;
    QTextCursor cursor(view->document());
    cursor.setPosition(middle);
    const QPoint point = view->cursorRect(cursor).center();
    const int scrollBefore = view->verticalScrollBar()->value();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, point);
    const qint64 expected = view->factAt(middle);
    QVERIFY(expected);
    QCOMPARE(m_window->reviewController()->currentFactId(), expected);
    QCOMPARE(m_window->focusedPane(), pane);
    QCOMPARE(
        m_window->factPanel()->view()->currentIndex().data(FactModel::FactIdRole).toLongLong(), expected);
    // The text stays where the analyst clicked: no jump, no flash.
    QCOMPARE(view->verticalScrollBar()->value(), scrollBefore);
    QVERIFY(!view->isFlashing());

    // The caret reaching another figure with the keyboard does the same.
    view->setFocus();
    cursor.setPosition(int(m_frenchText.indexOf(QStringLiteral("4 000"))) - 1);
    view->setTextCursor(cursor);
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(m_window->reviewController()->currentFactId(),
        view->factAt(int(m_frenchText.indexOf(QStringLiteral("4 000")))));
}

void TestMainWindow::addMissedFigureFromSelection()
{
    ArticlePane *pane = paneShowing(m_french);
    m_window->setFocusedPane(pane);
    ArticleView *view = pane->view();
    view->setFocus();
    QVERIFY(!m_window->addFigureAction()->isEnabled());

    // "Quantix" holds no figure: a fact with no value would be wrong data, so it is refused, said why.
    const int word = int(m_frenchText.indexOf(QStringLiteral("Quantix")));
    QTextCursor cursor(view->document());
    cursor.setPosition(word);
    cursor.setPosition(word + 7, QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    QVERIFY(m_window->addFigureAction()->isEnabled());
    const int factsBefore = int(m_project->facts().size());
    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(int(m_project->facts().size()), factsBefore);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Quantix")),
        qPrintable(m_window->statusBar()->currentMessage()));

    // A figure the extractor missed (taken out of the project here), selected without its
    // first digits: the selection grows to the whole number and word, and the extractor reads it.
    const int start = int(m_frenchText.indexOf(QStringLiteral("4 000 emplois")));
    QVERIFY(m_project->removeFact(view->factAt(start)));
    cursor.setPosition(start + 2);
    cursor.setPosition(start + 13, QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(int(m_project->facts().size()), factsBefore);
    const Fact &added = m_project->facts().constLast();
    // A count is the number; what it counts is its unit, as the extractor marks it.
    QCOMPARE(added.quote, QStringLiteral("4 000"));
    QCOMPARE(int(added.figure.kind), int(FigureKind::Count));
    QCOMPARE(added.figure.value, QStringLiteral("4000"));
    QCOMPARE(added.figure.unit, QStringLiteral("emplois"));
    QCOMPARE(int(added.origin), int(FactOrigin::Manual));
    QCOMPARE(added.articleId, m_french);
    QCOMPARE(added.figure.start, start);
    QCOMPARE(added.figure.end, start + 5);
    QCOMPARE(m_window->reviewController()->currentFactId(), added.id);
    QCOMPARE(view->factAt(start + 2), added.id);

    pressSequence(m_window->reviewController()->undoAction()->shortcut());
    QCOMPARE(int(m_project->facts().size()), factsBefore - 1);
    QCOMPARE(view->factAt(start + 2), qint64(0));
}

void TestMainWindow::articleListOpensInFocusedPane()
{
    ArticlePane *focused = m_window->focusedPane();
    ArticleListView *list = m_window->articleList();
    list->setCurrentArticle(m_english);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(focused->articleId(), m_english);
    QCOMPARE(m_window->focusedPane(), focused);
}

void TestMainWindow::panesAddAndRemove()
{
    m_window->resize(1920, 1080); // room for every pane
    QCOMPARE(m_window->panes().size(), MainWindow::defaultPaneCount);
    // Each new pane shows an article no other pane shows, while there are some.
    ArticlePane *third = m_window->addPane();
    QVERIFY(third);
    QCOMPARE(third->articleId(), m_english);
    QCOMPARE(m_window->focusedPane(), third);
    while (m_window->panes().size() < MainWindow::maximumPaneCount)
        QVERIFY(m_window->addPane());
    QVERIFY(!m_window->addPane());
    QVERIFY(!m_window->addPaneAction()->isEnabled());

    while (m_window->panes().size() > 1)
        m_window->removePane(m_window->focusedPane());
    QVERIFY(!m_window->removePaneAction()->isEnabled());
    m_window->removePane(m_window->focusedPane());
    QCOMPARE(m_window->panes().size(), 1);
    QVERIFY(m_window->focusedPane());
}

void TestMainWindow::panesShareTheWindow()
{
    // A 1280 px window (the offscreen screen is narrower still): panes are
    // added while they fit, then refused with the reason; the window never
    // grows past its width, and the article list keeps its counts in view.
    m_window->resize(1280, 720);
    QTest::qWait(50);
    const int width = m_window->width();
    QTreeView *list = m_window->articleList();
    const auto countsInView = [list] {
        const int column = int(ArticleListModel::VerifiedColumn);
        return list->header()->sectionViewportPosition(column) + list->header()->sectionSize(column)
            <= list->viewport()->width();
    };
    QVERIFY(countsInView());
    const int listWidth = list->width();
    int added = 0;
    while (m_window->addPane()) {
        ++added;
        QVERIFY(m_window->panes().size() <= MainWindow::maximumPaneCount);
        QTest::qWait(20);
    }
    QVERIFY(added >= 1);
    const bool allPanesFit = m_window->panes().size() == MainWindow::maximumPaneCount;
    QTest::qWait(50);
    // With Qt 5's fonts three panes fit in 1280 px and the fourth is refused
    // with the reason; Qt 6's narrower panes fit all four, the most there are.
    if (!allPanesFit) {
        QVERIFY2(m_window->statusBar()->currentMessage().contains(
                     m_window->removePaneAction()->shortcut().toString(QKeySequence::NativeText)),
            qPrintable(m_window->statusBar()->currentMessage()));
    }
    QCOMPARE(m_window->width(), width);
    QVERIFY2(m_window->minimumSizeHint().width() <= width,
        qPrintable(QString::number(m_window->minimumSizeHint().width())));
    for (const ArticlePane *pane : m_window->panes())
        QVERIFY2(
            pane->width() >= pane->minimumSizeHint().width(), qPrintable(QString::number(pane->width())));
    QVERIFY(countsInView());

    while (m_window->panes().size() > 1)
        m_window->removePane(m_window->focusedPane());
    QTest::qWait(50);
    QCOMPARE(m_window->width(), width);
    // The article list and the editor get back the widths they had before the extra panes.
    QVERIFY2(list->width() >= listWidth,
        qPrintable(QStringLiteral("%1 < %2").arg(list->width()).arg(listWidth)));
    QVERIFY(countsInView());
}

void TestMainWindow::articlePropertiesAndRemoval()
{
    // Alt+Return on the focused pane's article opens its properties; OK saves them.
    ArticlePane *pane = paneShowing(m_french);
    QVERIFY(pane);
    m_window->setFocusedPane(pane);
    pane->setFocus();
    QCOMPARE(m_window->actionArticleId(), m_french);
    QVERIFY(m_window->articlePropertiesAction()->isEnabled());
    bool edited = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
            if (edit->text() == QStringLiteral("Alliance à 500 milliards"))
                edit->setText(QStringLiteral("Alliance, corrected title"));
        }
        edited = true;
        dialog->accept();
    });
    pressSequence(m_window->articlePropertiesAction()->shortcut());
    QVERIFY(edited);
    QCOMPARE(m_project->article(m_french)->title, QStringLiteral("Alliance, corrected title"));

    // Removing the article takes its facts, its pane moves on, undo forgets its steps.
    const qint64 fact = m_project->factsOfArticle(m_french).constFirst()->id;
    QVERIFY(m_window->reviewController()->confirm({ fact }));
    QVERIFY(m_window->undoStack()->canUndo());
    QVERIFY(m_window->removeArticle(m_french, false));
    QVERIFY(!m_project->article(m_french));
    QVERIFY(!m_project->fact(fact));
    QVERIFY(!paneShowing(m_french));
    QVERIFY(!m_window->undoStack()->canUndo());
    QVERIFY(!m_window->removeArticle(m_french, false));
}

void TestMainWindow::panesRestoredFromSettings()
{
    ArticlePane *third = m_window->addPane();
    QVERIFY(third);
    m_window->panes().at(0)->setArticle(m_english);
    m_window->panes().at(1)->setArticle(m_french);
    third->setArticle(m_french2);
    auto *splitter = qobject_cast<QSplitter *>(m_window->centralWidget());
    QVERIFY(splitter);
    splitter->setSizes({ 500, 200, 300 });
    QCoreApplication::processEvents();
    const QList<int> sizes = splitter->sizes();
    m_window->setFocusedPane(m_window->panes().at(1));
    m_window->close();
    m_window.reset();

    m_window = openWindow();
    QCOMPARE(m_window->panes().size(), 3);
    QCOMPARE(m_window->panes().at(0)->articleId(), m_english);
    QCOMPARE(m_window->panes().at(1)->articleId(), m_french);
    QCOMPARE(m_window->panes().at(2)->articleId(), m_french2);
    QCOMPARE(m_window->focusedPane(), m_window->panes().at(1));
    auto *restored = qobject_cast<QSplitter *>(m_window->centralWidget());
    QTRY_COMPARE(restored->sizes(), sizes);

    // An article that is gone is replaced, not shown as a blank pane.
    m_window->close();
    m_window.reset();
    QVERIFY(m_project->removeArticle(m_french2));
    m_window = openWindow();
    QCOMPARE(m_window->panes().size(), 3);
    QVERIFY(m_window->panes().at(2)->articleId() != 0);
}

void TestMainWindow::shortcutsDialogListsEveryAction()
{
    pressSequence(m_window->shortcutsAction()->shortcut());
    auto *dialog = m_window->findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QHash<QString, QString> listed;
    QTreeWidgetItemIterator it(dialog->tree());
    for (; *it; ++it)
        listed.insert((*it)->text(0), (*it)->text(1));
    const QList<QAction *> actions
        = { m_window->reviewController()->confirmAction(), m_window->reviewController()->nextPendingAction(),
              m_window->reviewController()->undoAction(), m_window->addFigureAction(),
              m_window->addPaneAction(), m_window->storyPanel()->nextConflictAction() };
    for (const QAction *action : actions) {
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        QVERIFY2(listed.contains(text), qPrintable(text));
        QCOMPARE(listed.value(text), action->shortcut().toString(QKeySequence::NativeText));
    }
    // The keys no menu shows are there too; a submenu of recent files is not.
    QCOMPARE(listed.value(QStringLiteral("Pick the rejection reason")), QStringLiteral("R, then 1 to 5"));
    QVERIFY(listed.contains(QStringLiteral("Commit a correction")));
    QVERIFY(!listed.contains(QStringLiteral("Open Recent")));
    dialog->close();
}

void TestMainWindow::statusBarProgress()
{
    ArticlePane *pane = paneShowing(m_french);
    m_window->setFocusedPane(pane);
    const QString before = m_window->articleProgressText();
    QVERIFY2(before.contains(QStringLiteral("0 / 4")), qPrintable(before));
    QVERIFY2(m_window->projectProgressText().contains(QStringLiteral("0 / 8")),
        qPrintable(m_window->projectProgressText()));
    const qint64 id = m_project->factsOfArticle(m_french).constFirst()->id;
    QVERIFY(m_window->reviewController()->confirm({ id }));
    QVERIFY2(m_window->articleProgressText().contains(QStringLiteral("1 / 4")),
        qPrintable(m_window->articleProgressText()));
    QVERIFY(m_window->projectProgressText().contains(QStringLiteral("1 / 8")));
    bool shown = false;
    for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        shown |= label->isVisible() && label->text() == m_window->articleProgressText();
    QVERIFY(shown);
}

void TestMainWindow::figuresPaintedInLightAndDarkPalettes_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestMainWindow::figuresPaintedInLightAndDarkPalettes()
{
    QFETCH(bool, dark);
    const QPalette original = QApplication::palette();
    if (dark)
        QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents();

    ArticlePane *pane = paneShowing(m_french);
    ArticleView *view = pane->view();
    const qint64 id = view->factAt(int(m_frenchText.indexOf(QStringLiteral("13 milliards"))));
    const QColor tint = view->figureStyle().kindColor(FigureKind::Money);
    const QColor base = view->figureStyle().backgroundColor();
    QCOMPARE(base.lightnessF() < 0.5, dark);

    // The figure's tint is really on screen, where the figure is (once the
    // flash of the current fact, if it is this one, is over).
    QTRY_VERIFY(!view->isFlashing());
    const QImage image = view->viewport()->grab().toImage();
    const int figureStart = int(m_frenchText.indexOf(QStringLiteral("13 milliards")));
    QTextCursor cursor(view->document());
    cursor.setPosition(figureStart);
    const QRect first = view->cursorRect(cursor);
    cursor.setPosition(figureStart + 2); // "13": never wrapped
    const QRect figureRect(first.topLeft(), view->cursorRect(cursor).bottomLeft());
    const qreal ratio = image.devicePixelRatio();
    int tinted = 0;
    int total = 0;
    for (int y = figureRect.top(); y <= figureRect.bottom(); ++y) {
        for (int x = figureRect.left(); x < figureRect.right(); ++x) {
            ++total;
            tinted += image.pixel(int(x * ratio), int(y * ratio)) == tint.rgb();
        }
    }
    // Glyphs cover part of it; the rest must be the kind's tint.
    QVERIFY2(tinted > total / 3, qPrintable(QStringLiteral("%1 of %2").arg(tinted).arg(total)));
    QVERIFY(id);

    const QString outDir = qEnvironmentVariable("FACTDESK_SCREENSHOT_DIR");
    if (!outDir.isEmpty()) {
        m_window->reviewController()->confirm({ id });
        m_window->reviewController()->setCurrentFact(id);
        QVERIFY(m_window->grab().save(
            QDir(outDir).filePath(QStringLiteral("mainwindow-%1.png")
                                      .arg(dark ? QStringLiteral("dark") : QStringLiteral("light")))));
    }
    QApplication::setPalette(original);
}

void TestMainWindow::firstStartOpensSamplesThenLastProject()
{
    m_window.reset();
    m_project = std::make_unique<Project>();
    const QString samplesPath = SampleLibrary::defaultProjectPath();
    QFile::remove(samplesPath);
    QVERIFY(QStandardPaths::isTestModeEnabled());
    // The first start asks who signs, offering the system's name, before
    // anything is written: nothing opens until it is answered.
    m_settings->remove(editorKey);
    m_window = openWindow();
    m_window->openStartupProject();
    EditorNameDialog *nameDialog = nullptr;
    QTRY_VERIFY((nameDialog = m_window->findChild<EditorNameDialog *>()));
    QTRY_VERIFY(nameDialog->isVisible());
    QCOMPARE(nameDialog->name(), EditorNameDialog::suggestedName());
    QVERIFY(m_project->filePath().isEmpty());
    nameDialog->nameField()->clear();
    // A blank name cannot be given.
    QVERIFY(!nameDialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::keyClicks(nameDialog->nameField(), QStringLiteral("Camille Durand"));
    QTest::keyClick(nameDialog->nameField(), Qt::Key_Return);
    QTRY_COMPARE(QDir::cleanPath(m_project->filePath()), QDir::cleanPath(samplesPath));
    QCOMPARE(m_project->editor(), QStringLiteral("Camille Durand"));
    QCOMPARE(m_settings->value(editorKey).toString(), QStringLiteral("Camille Durand"));
    QCOMPARE(m_project->articles().size(), SampleLibrary::samples().size());
    // The samples' import is signed like any other.
    const QVector<AuditEntry> imports = m_project->store()->auditLog();
    QCOMPARE(imports.size(), SampleLibrary::samples().size());
    for (const AuditEntry &entry : imports) {
        QCOMPARE(entry.action, QStringLiteral("import article"));
        QCOMPARE(entry.editor, QStringLiteral("Camille Durand"));
    }
    QStringList languages;
    QSet<QString> percents;
    for (const Article &article : m_project->articles()) {
        languages.append(article.language);
        QVERIFY2(m_project->factsOfArticle(article.id).size() >= 5, qPrintable(article.title));
        for (const Fact *fact : m_project->factsOfArticle(article.id)) {
            if (fact->figure.kind == FigureKind::Percent)
                percents.insert(fact->figure.value);
        }
    }
    languages.sort();
    QCOMPARE(languages, QStringList({ QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("fr") }));
    // The stake the articles disagree on is there both ways.
    QVERIFY(percents.contains(QStringLiteral("49")));
    QVERIFY(percents.contains(QStringLiteral("27")));
    for (const ArticlePane *pane : m_window->panes())
        QVERIFY(pane->articleId());

    // A review, then the next start reopens the same project with it.
    const qint64 reviewed = m_project->facts().constFirst().id;
    QVERIFY(m_window->reviewController()->confirm({ reviewed }));
    m_window->close();
    m_window.reset();
    m_project = std::make_unique<Project>();
    m_window = openWindow();
    m_window->openStartupProject();
    QCOMPARE(QDir::cleanPath(m_project->filePath()), QDir::cleanPath(samplesPath));
    QCOMPARE(int(m_project->fact(reviewed)->status), int(ReviewStatus::Confirmed));
}

void TestMainWindow::startupOpensTheFilesGiven()
{
    // factdesk PROJECT ARTICLE: that project, with the article imported into it.
    m_window.reset();
    m_project = std::make_unique<Project>();
    const QString projectPath = m_dir.filePath(QStringLiteral("given.factdesk"));
    QFile::remove(projectPath);
    QString error;
    QVERIFY2(SampleLibrary::createProjectFile(projectPath, QStringLiteral("Test Editor"), &error),
        qPrintable(error));
    const QString articlePath = m_dir.filePath(QStringLiteral("given-article.txt"));
    QFile article(articlePath);
    QVERIFY(article.open(QIODevice::WriteOnly | QIODevice::Truncate));
    article.write("Given on the command line\n\nThe council spent $4.2 million on 17 new buses.\n");
    article.close();

    m_window = openWindow();
    m_window->openStartupProject({ articlePath, projectPath });
    QCOMPARE(QDir::cleanPath(m_project->filePath()), QDir::cleanPath(projectPath));
    // The import runs while the window's event loop turns.
    QTRY_COMPARE(m_project->articles().size(), SampleLibrary::samples().size() + 1);
    bool imported = false;
    for (const Article &each : m_project->articles())
        imported |= each.title == QStringLiteral("Given on the command line");
    QVERIFY(imported);

    // A project file that cannot be opened falls back to the last one, after saying why.
    m_window.reset();
    m_project = std::make_unique<Project>();
    const QString brokenPath = m_dir.filePath(QStringLiteral("broken.factdesk"));
    QFile broken(brokenPath);
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("not a project");
    broken.close();
    m_settings->setValue(QStringLiteral("projects/recentFiles"), QStringList { projectPath });
    m_window = openWindow();
    m_window->openStartupProject({ brokenPath });
    QCOMPARE(QDir::cleanPath(m_project->filePath()), QDir::cleanPath(projectPath));
    QVERIFY(!m_window->findChildren<QMessageBox *>().isEmpty());
    QFile check(brokenPath);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("not a project"));
}

void TestMainWindow::importIntoTheSamplesAsksFirst_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<int>("imported");
    QTest::newRow("into the samples") << QStringLiteral("Into the &Samples") << 1;
    QTest::newRow("cancelled") << QString() << 0;
}

void TestMainWindow::importIntoTheSamplesAsksFirst()
{
    // factdesk FILE on a first start: the samples are open, out of sight in the
    // data folder; the articles go there only when the analyst says so.
    QFETCH(QString, answer);
    QFETCH(int, imported);
    m_window.reset();
    m_project = std::make_unique<Project>();
    QFile::remove(SampleLibrary::defaultProjectPath());
    const QString articlePath = m_dir.filePath(QStringLiteral("mine.txt"));
    QFile article(articlePath);
    QVERIFY(article.open(QIODevice::WriteOnly | QIODevice::Truncate));
    article.write("My own article\n\nThe port handled 3.1 million containers.\n");
    article.close();
    m_window = openWindow();
    m_window->openStartupProject({ articlePath });
    QCOMPARE(QDir::cleanPath(m_project->filePath()), QDir::cleanPath(SampleLibrary::defaultProjectPath()));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("importWhereBox"))));
    QVERIFY(box->text().contains(QDir::toNativeSeparators(QFileInfo(m_project->filePath()).absolutePath())));
    QCOMPARE(m_project->articles().size(), SampleLibrary::samples().size()); // nothing yet
    QAbstractButton *button = box->button(QMessageBox::Cancel);
    for (QAbstractButton *each : box->buttons()) {
        if (!answer.isEmpty() && each->text() == answer)
            button = each;
    }
    button->click();
    QTRY_COMPARE(m_project->articles().size(), SampleLibrary::samples().size() + imported);
    QTest::qWait(100);
    QCOMPARE(m_project->articles().size(), SampleLibrary::samples().size() + imported);
}

void TestMainWindow::findAndZoomInTheText()
{
    // Ctrl+F finds text in the focused pane; Enter goes on, wrapping; Esc closes.
    ArticlePane *pane = m_window->focusedPane();
    QVERIFY(pane);
    pane->setArticle(m_french);
    pane->setFocus();
    m_window->findAction()->trigger();
    QLineEdit *field = pane->findField();
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("milliards"));
    QCOMPARE(pane->view()->textCursor().selectedText(), QStringLiteral("milliards"));
    const int first = pane->view()->textCursor().selectionStart();
    QCOMPARE(first, int(m_frenchText.indexOf(QStringLiteral("milliards"))));
    QTest::keyClick(field, Qt::Key_Return);
    const int second = pane->view()->textCursor().selectionStart();
    QCOMPARE(second, int(m_frenchText.indexOf(QStringLiteral("milliards"), first + 1)));
    QTest::keyClick(field, Qt::Key_Return); // no third: back to the first
    QCOMPARE(pane->view()->textCursor().selectionStart(), first);
    QTest::keyClick(field, Qt::Key_Escape);
    QTRY_VERIFY(pane->view()->hasFocus());
    QVERIFY(!field->isVisible());

    // Ctrl++ / Ctrl+- change the text size of every pane, remembered.
    const qreal size = pane->view()->font().pointSizeF();
    m_window->zoomInAction()->trigger();
    m_window->zoomInAction()->trigger();
    QCOMPARE(pane->view()->font().pointSizeF(), size + 2);
    for (ArticlePane *each : m_window->panes())
        QCOMPARE(each->zoom(), 2);
    m_window->zoomOutAction()->trigger();
    QCOMPARE(pane->view()->font().pointSizeF(), size + 1);
    QCOMPARE(m_settings->value(QStringLiteral("view/textZoom")).toInt(), 1);
}

void TestMainWindow::auditLogAndLegend()
{
    m_window->legendAction()->trigger();
    auto *legend = m_window->findChild<LegendDialog *>();
    QVERIFY(legend);
    for (const QString &word :
        { FactModel::statusName(ReviewStatus::Pending), FactModel::kindName(FigureKind::Money) })
        QVERIFY2(legend->legendText().contains(word), qPrintable(word));
    legend->close();

    // The audit log of a project file, filterable by editor.
    m_window.reset();
    m_project = std::make_unique<Project>();
    QFile::remove(SampleLibrary::defaultProjectPath());
    m_window = openWindow();
    m_window->openStartupProject();
    ReviewController *controller = m_window->reviewController();
    QVERIFY(m_window->setEditorName(QStringLiteral("Alice")));
    controller->nextPendingFact();
    controller->confirmCurrent();
    QVERIFY(m_window->setEditorName(QStringLiteral("Bob")));
    controller->confirmCurrent();
    m_window->auditLogAction()->trigger();
    auto *log = m_window->findChild<AuditLogDialog *>();
    QVERIFY(log);
    const int all = log->shownCount();
    QVERIFY(all >= 2);
    log->setEditorFilter(QStringLiteral("Alice"));
    QCOMPARE(log->shownCount(), 1);
    log->setEditorFilter(QStringLiteral("Bob"));
    QCOMPARE(log->shownCount(), 1);
    log->setEditorFilter(QString());
    QCOMPARE(log->shownCount(), all);
    log->close();
    // The editor shows the fact's own history.
    auto *history = m_window->findChild<QLabel *>(QStringLiteral("factHistory"));
    QVERIFY(history);
    controller->previousFact();
    QVERIFY2(
        history->text().contains(QStringLiteral("Bob")) || history->text().contains(QStringLiteral("Alice")),
        qPrintable(history->text()));
}

void TestMainWindow::retranslatesLive()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCoreApplication::processEvents();
    const QString mark = QStringLiteral("\u00BB");
    const auto menus = m_window->menuBar()->actions();
    for (const QAction *menu : menus)
        QVERIFY2(menu->text().startsWith(mark), qPrintable(menu->text()));
    QVERIFY(m_window->addFigureAction()->text().startsWith(mark));
    QVERIFY(m_window->articleProgressText().startsWith(mark));
    for (const QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        QVERIFY2(dock->windowTitle().startsWith(mark), qPrintable(dock->windowTitle()));
    for (const ArticlePane *pane : m_window->panes()) {
        bool sourceButton = false;
        for (const QToolButton *button : pane->findChildren<QToolButton *>())
            sourceButton |= button->text() == mark + QStringLiteral("Source");
        QVERIFY(sourceButton);
    }
    QVERIFY(m_window->articleList()->model()->headerData(0, Qt::Horizontal).toString().startsWith(mark));

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCoreApplication::processEvents();
    QVERIFY(!m_window->addFigureAction()->text().startsWith(mark));
    QVERIFY(!m_window->menuBar()->actions().constFirst()->text().startsWith(mark));
}

void TestMainWindow::layoutHoldsFromSmallToLargeScreens_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    for (const QString &language : { QStringLiteral("fr"), QStringLiteral("en") }) {
        for (const QSize size : { QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080) })
            QTest::addRow("%dx%d %s", size.width(), size.height(), qPrintable(language)) << size << language;
    }
}

void TestMainWindow::layoutHoldsFromSmallToLargeScreens()
{
    // A first start on a 1280x720 to 1920x1080 screen, French labels being the
    // longer: the articles, every column of the fact table and the whole editor
    // in view, nothing scrolled sideways or cut.
    QFETCH(QSize, size);
    QFETCH(QString, language);
    m_window.reset();
    WindowInLanguage shown(m_project.get(), m_settings.get(), language, size);
    MainWindow &window = shown.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50); // the first dock sizes are set once the layout has run
    QCOMPARE(window.size(), size);

    // The fact table: no sideways scrolling, each column as wide as it needs.
    QTableView *table = window.factPanel()->view();
    QHeaderView *header = table->horizontalHeader();
    QVERIFY2(header->length() <= table->viewport()->width(),
        qPrintable(QStringLiteral("%1 > %2").arg(header->length()).arg(table->viewport()->width())));
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    const QFontMetrics metrics = table->fontMetrics();
    // What a cell's text may not cover: the style's margin on both sides, the grid line.
    const int grid = table->showGrid() ? 1 : 0;
    const int textMargins
        = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1) + grid;
    // Laid out, text takes fractions of a pixel: a text a fraction wider than its cell is elided.
    const QFontMetricsF exact(table->font());
    const auto widestOf = [&](int column) {
        int widest = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            widest = std::max(widest,
                int(std::ceil(
                    exact.horizontalAdvance(table->model()->index(row, column).data().toString()))));
        return widest;
    };
    // Text and Value whole in every row (the figure as written, its
    // magnitude); Kind too where the table has room for it (on a large screen).
    const bool large = size.width() >= 1920;
    for (const int column : { FactModel::KindColumn, FactModel::TextColumn, FactModel::ValueColumn }) {
        QVERIFY2(!header->isSectionHidden(column) || (column == FactModel::KindColumn && !large),
            qPrintable(QString::number(column)));
        if (header->isSectionHidden(column))
            continue;
        QVERIFY2(header->sectionSize(column) >= widestOf(column) + textMargins,
            qPrintable(QStringLiteral("column %1: %2 for %3")
                           .arg(column)
                           .arg(header->sectionSize(column))
                           .arg(widestOf(column))));
    }
    // On a large screen nothing gives way: every column, the status names.
    if (large) {
        for (int column = 0; column < FactModel::ColumnCount; ++column)
            QVERIFY2(!header->isSectionHidden(column), qPrintable(QString::number(column)));
        QVERIFY2(
            header->sectionSize(FactModel::StatusColumn) >= widestOf(FactModel::StatusColumn) + textMargins,
            qPrintable(QString::number(header->sectionSize(FactModel::StatusColumn))));
    }
    // Narrower, the status names give way to their marks, the name in the tooltip.
    auto *status = qobject_cast<FactStatusDelegate *>(table->itemDelegateForColumn(FactModel::StatusColumn));
    QVERIFY(status);
    QCOMPARE(status->namesShown(),
        header->sectionSize(FactModel::StatusColumn) >= widestOf(FactModel::StatusColumn) + textMargins);
    for (int column = 0; column < FactModel::ColumnCount; ++column)
        QVERIFY2(header->isSectionHidden(column)
                || header->sectionSize(column) >= 3 * metrics.horizontalAdvance(QLatin1Char('M')),
            qPrintable(QString::number(column)));
    // The figure whole in its sentence, with words around it where it has some.
    auto *context
        = qobject_cast<FactContextDelegate *>(table->itemDelegateForColumn(FactModel::ContextColumn));
    QVERIFY(context);
    QFont boldFont = table->font();
    boldFont.setBold(true);
    const QFontMetricsF bold(boldFont);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, FactModel::ContextColumn);
        QStyleOptionViewItem option;
        option.initFrom(table);
        option.widget = table;
        option.font = table->font();
        option.rect
            = QRect(0, 0, header->sectionSize(FactModel::ContextColumn) - grid, table->rowHeight(row));
        int room = 0;
        const QStringList parts = context->shownParts(option, index, &room);
        const QString sentence = index.data().toString();
        const int start = index.data(FactModel::ContextFigureStartRole).toInt();
        const QString figure
            = sentence.mid(start, index.data(FactModel::ContextFigureEndRole).toInt() - start);
        QCOMPARE(parts.value(1), figure);
        QVERIFY2(bold.horizontalAdvance(figure) <= room,
            qPrintable(
                QStringLiteral("%1: %2 for %3").arg(figure).arg(room).arg(bold.horizontalAdvance(figure))));
        QVERIFY2(parts.value(0).size() + parts.value(2).size() > 0 || sentence == figure, qPrintable(figure));
    }
    // A list of rows, not a peephole.
    QVERIFY2(table->viewport()->height() >= 7 * table->verticalHeader()->defaultSectionSize(),
        qPrintable(QStringLiteral("%1, status filter at %2, search at %3, panel %4")
                       .arg(table->viewport()->height())
                       .arg(window.factPanel()->findChild<QComboBox *>(QStringLiteral("statusFilter"))->y())
                       .arg(window.factPanel()->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->y())
                       .arg(window.factPanel()->height())));
    // The filters show their whole choice.
    for (const QComboBox *combo : window.factPanel()->findChildren<QComboBox *>())
        QVERIFY2(combo->width() >= combo->sizeHint().width()
                || combo->objectName() == QLatin1String("articleFilter"),
            qPrintable(combo->objectName()));

    // The editor: every button whole, inside its dock.
    FactEditor *editor = window.factPanel()->editor();
    QVERIFY(editor->isVisible());
    for (const QPushButton *button : editor->findChildren<QPushButton *>()) {
        QVERIFY2(button->isVisible(), qPrintable(button->objectName()));
        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->objectName()));
        const QRect inDock(button->mapTo(&window, QPoint(0, 0)), button->size());
        QVERIFY2(window.rect().contains(inDock), qPrintable(button->objectName()));
        QVERIFY2(!inDock.intersects(QRect(table->mapTo(&window, QPoint(0, 0)), table->size())),
            qPrintable(button->objectName()));
    }

    // The articles: two panes wide enough to read, the list's counts in view.
    for (const ArticlePane *pane : window.panes())
        QVERIFY2(pane->width() >= 280, qPrintable(QString::number(pane->width())));
    QTreeView *list = window.articleList();
    for (const int column : { int(ArticleListModel::PendingColumn), int(ArticleListModel::VerifiedColumn) })
        QVERIFY2(list->header()->sectionViewportPosition(column) + list->header()->sectionSize(column)
                <= list->viewport()->width(),
            qPrintable(QString::number(column)));
}

void TestMainWindow::editorStaysInItsDock_data()
{
    addLanguageRows();
}

void TestMainWindow::editorStaysInItsDock()
{
    // The longest status the editor's header shows, on a 1280 px screen: a
    // figure added by hand and rejected as a product name. It wraps; the
    // editor never grows wider than its dock (its fields cut on the right).
    QFETCH(QString, language);
    m_window.reset();
    WindowInLanguage shown(m_project.get(), m_settings.get(), language, QSize(1280, 720));
    MainWindow &window = shown.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const int start = int(m_frenchText.indexOf(QStringLiteral("4 000 emplois")));
    QVERIFY(m_project->removeFact(factIdOf(QStringLiteral("4 000 emplois"))));
    ReviewController *controller = window.reviewController();
    const qint64 added = controller->addManualFact(m_french, start, start + 13);
    QVERIFY(added);
    controller->setCurrentFact(added);
    QVERIFY(controller->reject(added, RejectReason::ProductName));
    controller->setCurrentFact(added);
    QTest::qWait(50);

    auto *area = window.findChild<QScrollArea *>(QStringLiteral("factEditorArea"));
    QVERIFY(area);
    FactEditor *editor = window.factPanel()->editor();
    auto *status = editor->findChild<QLabel *>(QStringLiteral("factStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(FactModel::rejectReasonName(RejectReason::ProductName)),
        qPrintable(status->text()));
    QVERIFY2(editor->width() <= area->viewport()->width(),
        qPrintable(QStringLiteral("%1 > %2").arg(editor->width()).arg(area->viewport()->width())));
    for (const QWidget *child : editor->findChildren<QWidget *>()) {
        if (!child->isVisible())
            continue;
        const QRect inArea(child->mapTo(area->viewport(), QPoint(0, 0)), child->size());
        QVERIFY2(inArea.right() <= area->viewport()->width(),
            qPrintable(child->objectName() + QLatin1Char(' ') + QString::number(inArea.right())));
    }
}

void TestMainWindow::editorKeepsANumberOnOneLine()
{
    // "4 000" in the editor's sentence never breaks into "4" and "000"; the
    // words around it still wrap.
    m_window->reviewController()->setCurrentFact(factIdOf(QStringLiteral("4 000 emplois")));
    auto *context = m_window->factPanel()->editor()->findChild<QLabel *>(QStringLiteral("factContext"));
    QVERIFY(context);
    QVERIFY2(
        context->text().contains(QStringLiteral("<b>4\u00A0000 emplois</b>")), qPrintable(context->text()));
    QVERIFY2(context->text().contains(QStringLiteral("L'accord promet ").toHtmlEscaped()),
        qPrintable(context->text()));
}

void TestMainWindow::currentRowScrolledIntoViewInANarrowTable()
{
    // A narrow window hides the Kind column: the current figure's row is
    // still scrolled into view (the view ignores a cell of a hidden column).
    QString text;
    QVector<Figure> figures;
    for (int share = 11; share < 31; ++share) {
        text += QStringLiteral("Le lot %1 pèse %1 % du total. ").arg(share);
        figures.append(figureAt(text, QStringLiteral("%1 %").arg(share), FigureKind::Percent,
            QString::number(share), QStringLiteral("%")));
    }
    QVERIFY(addArticle(m_project.get(), QStringLiteral("Lots"), QStringLiteral("fr"), text, figures));
    // Narrowed until Kind gives way: where that happens depends on the fonts and the style.
    QTableView *table = m_window->factPanel()->view();
    for (int width = 1100; width >= m_window->minimumSizeHint().width()
         && !table->horizontalHeader()->isSectionHidden(FactModel::KindColumn);
         width -= 50) {
        m_window->resize(width, 720);
        QTest::qWait(50);
    }
    QVERIFY(table->horizontalHeader()->isSectionHidden(FactModel::KindColumn));
    QVERIFY2(table->verticalScrollBar()->maximum() > 0, "the table must scroll for this test");
    for (const qint64 factId : { factIdOf(QStringLiteral("30 %")), factIdOf(QStringLiteral("11 %")) }) {
        QVERIFY(factId);
        m_window->reviewController()->setCurrentFact(factId);
        const QModelIndex current = table->currentIndex();
        QCOMPARE(current.data(FactModel::FactIdRole).toLongLong(), factId);
        QVERIFY(!table->isColumnHidden(current.column()));
        QVERIFY2(table->viewport()->rect().contains(table->visualRect(current)),
            qPrintable(QStringLiteral("row at %1, viewport %2 high")
                           .arg(table->visualRect(current).bottom())
                           .arg(table->viewport()->height())));
    }
}

void TestMainWindow::filterMnemonicsAreTheirOwn_data()
{
    addLanguageRows();
}

void TestMainWindow::filterMnemonicsAreTheirOwn()
{
    // Alt+U went to the editor's Unit field, never to the Unit filter: each
    // filter's Alt key is shared with no label, button or menu in view.
    QFETCH(QString, language);
    m_window.reset();
    WindowInLanguage shown(m_project.get(), m_settings.get(), language, QSize(1280, 720));
    MainWindow &window = shown.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QMultiHash<QKeySequence, QString> owners;
    const auto note = [&owners](const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners.insert(key, text);
    };
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy())
            note(label->text());
    }
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            note(button->text());
    }
    for (const QAction *menu : window.menuBar()->actions())
        note(menu->text());
    int filters = 0;
    for (const QLabel *label : window.factPanel()->findChildren<QLabel *>()) {
        if (!label->buddy() || !label->buddy()->objectName().endsWith(QLatin1String("Filter")))
            continue;
        ++filters;
        const QKeySequence key = QKeySequence::mnemonic(label->text());
        QVERIFY2(!key.isEmpty(), qPrintable(label->text()));
        QVERIFY2(owners.count(key) == 1,
            qPrintable(QStringLiteral("%1 shares %2 with %3")
                           .arg(label->text(), key.toString(),
                               QStringList(owners.values(key)).join(QLatin1String(", ")))));
    }
    QCOMPARE(filters, 4);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
