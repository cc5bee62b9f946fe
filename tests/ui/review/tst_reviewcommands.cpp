// Undo and redo of review commands on the core, with no widget shown (the way
// Okular tests its annotation commands).

#include "../review/reviewfixture.h"
#include "project/project.h"
#include "project/projectstore.h"
#include "review/factmodel.h"
#include "reviewcontroller.h"

#include <QAction>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace FactDesk;
using namespace FactDesk::Test;

namespace {

/// project saved in a new file of dir, with the French article: the audit log lives in a store.
bool frenchArticleInFile(Project *project, const QTemporaryDir &dir, const QString &name, QString *error)
{
    if (!dir.isValid()) {
        *error = dir.errorString();
        return false;
    }
    auto store = ProjectStore::create(dir.filePath(name), error);
    if (!store || !project->attachStore(std::move(store), error))
        return false;
    if (addFrenchArticle(*project) > 0)
        return true;
    *error = project->lastError();
    return false;
}

} // namespace

class TestReviewCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void reviewUndoRedo_data();
    void reviewUndoRedo();
    void invalidCorrectionChangesNothing_data();
    void invalidCorrectionChangesNothing();
    void noteEditsMerge();
    void noteTypedAndErasedLeavesNoStep();
    void manualFactAddRemoveKeepsId();
    void extractedFactIsNotDeleted();
    void confirmSelectedIsOneStep();
    void actionNamesAndShortcuts();
    void navigationFollowsOrder();
    void auditLogRecordsUndo();
    void readOnlyStoreRefuses();
    void repeatedDecisionIsAuditedAndNoticed();
    void undoRefusedByStoreIsNotPretended();
    void commandsOutliveTheController();

private:
    std::unique_ptr<Project> m_project;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ReviewController> m_controller;
    qint64 m_french = 0;
    qint64 m_english = 0;
};

void TestReviewCommands::init()
{
    // Undo texts show values in the interface's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_project = std::make_unique<Project>();
    m_stack = std::make_unique<QUndoStack>();
    m_controller = std::make_unique<ReviewController>(m_project.get(), m_stack.get());
    m_french = addFrenchArticle(*m_project);
    m_english = addEnglishArticle(*m_project);
}

void TestReviewCommands::cleanup()
{
    m_controller.reset();
    m_stack.reset();
    m_project.reset();
}

enum class Operation
{
    Confirm,
    Correct,
    Reject,
    Reset
};
Q_DECLARE_METATYPE(Operation)

void TestReviewCommands::reviewUndoRedo_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<bool>("confirmFirst");
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("expectedValue");
    QTest::addColumn<int>("expectedKind");
    QTest::addColumn<QString>("expectedUnit");
    QTest::addColumn<int>("expectedReason");
    QTest::addColumn<QString>("undoText");

    QTest::newRow("confirm") << QStringLiteral("27 %") << false << Operation::Confirm << QString()
                             << int(ReviewStatus::Confirmed) << QStringLiteral("27")
                             << int(FigureKind::Percent) << QStringLiteral("%") << int(RejectReason::None)
                             << QStringLiteral("Confirm 27 %");
    QTest::newRow("correct with a French decimal comma")
        << QStringLiteral("4,1 %") << false << Operation::Correct << QStringLiteral("4,2")
        << int(ReviewStatus::Corrected) << QStringLiteral("4.2") << int(FigureKind::Percent)
        << QStringLiteral("%") << int(RejectReason::None) << QStringLiteral("Correct 4,1 % to 4.2");
    QTest::newRow("correct with a decimal point in a French article")
        << QStringLiteral("4,1 %") << false << Operation::Correct << QStringLiteral("4.2")
        << int(ReviewStatus::Corrected) << QStringLiteral("4.2") << int(FigureKind::Percent)
        << QStringLiteral("%") << int(RejectReason::None) << QStringLiteral("Correct 4,1 % to 4.2");
    QTest::newRow("correct with a French scale word")
        << QStringLiteral("300 milliards $") << false << Operation::Correct << QStringLiteral("500 milliards")
        << int(ReviewStatus::Corrected) << QStringLiteral("500000000000") << int(FigureKind::Money)
        << QStringLiteral("USD") << int(RejectReason::None)
        << QStringLiteral("Correct 300 milliards $ to 500,000,000,000");
    QTest::newRow("reject a product name")
        << QStringLiteral("GPT-5") << false << Operation::Reject << QStringLiteral("product")
        << int(ReviewStatus::Rejected) << QStringLiteral("5") << int(FigureKind::Number) << QString()
        << int(RejectReason::ProductName) << QStringLiteral("Reject GPT-5");
    QTest::newRow("reject a duplicate")
        << QStringLiteral("2025") << false << Operation::Reject << QStringLiteral("duplicate")
        << int(ReviewStatus::Rejected) << QStringLiteral("2025") << int(FigureKind::Date)
        << QStringLiteral("year") << int(RejectReason::Duplicate) << QStringLiteral("Reject 2025");
    QTest::newRow("reset a confirmed fact")
        << QStringLiteral("27 %") << true << Operation::Reset << QString() << int(ReviewStatus::Pending)
        << QStringLiteral("27") << int(FigureKind::Percent) << QStringLiteral("%") << int(RejectReason::None)
        << QStringLiteral("Put 27 % back to pending");
}

void TestReviewCommands::reviewUndoRedo()
{
    QFETCH(QString, written);
    QFETCH(bool, confirmFirst);
    QFETCH(Operation, operation);
    QFETCH(QString, argument);
    QFETCH(int, expectedStatus);
    QFETCH(QString, expectedValue);
    QFETCH(int, expectedKind);
    QFETCH(QString, expectedUnit);
    QFETCH(int, expectedReason);
    QFETCH(QString, undoText);

    const qint64 id = factIdOf(*m_project, written);
    QVERIFY(id > 0);
    if (confirmFirst)
        QVERIFY(m_controller->confirm({ id }));
    const int steps = m_stack->count();
    const Fact before = *m_project->fact(id);
    QSignalSpy errors(m_controller.get(), &ReviewController::errorOccurred);

    switch (operation) {
    case Operation::Confirm:
        QVERIFY(m_controller->confirm({ id }));
        break;
    case Operation::Correct:
        QCOMPARE(m_controller->correct(id, argument), QString());
        break;
    case Operation::Reject:
        QVERIFY(m_controller->reject(
            id, argument == QLatin1String("product") ? RejectReason::ProductName : RejectReason::Duplicate));
        break;
    case Operation::Reset:
        QVERIFY(m_controller->resetToPending(id));
        break;
    }
    QCOMPARE(errors.count(), 0);
    QCOMPARE(m_stack->count(), steps + 1);
    QCOMPARE(m_stack->undoText(), undoText);

    auto checkAfter = [&] {
        const Fact *fact = m_project->fact(id);
        QVERIFY(fact);
        QCOMPARE(int(fact->status), expectedStatus);
        QCOMPARE(fact->finalValue(), expectedValue);
        QCOMPARE(int(fact->finalKind()), expectedKind);
        QCOMPARE(fact->finalUnit(), expectedUnit);
        QCOMPARE(int(fact->rejectReason), expectedReason);
    };
    checkAfter();
    m_stack->undo();
    QVERIFY(m_project->fact(id)->sameReview(before));
    QCOMPARE(m_stack->redoText(), undoText);
    m_stack->redo();
    checkAfter();
    QCOMPARE(m_stack->count(), steps + 1);
}

void TestReviewCommands::invalidCorrectionChangesNothing_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("punctuation") << QStringLiteral(",;");
}

void TestReviewCommands::invalidCorrectionChangesNothing()
{
    QFETCH(QString, typed);
    const qint64 id = factIdOf(*m_project, QStringLiteral("4,1 %"));
    const Fact before = *m_project->fact(id);
    QVERIFY(!m_controller->correct(id, typed).isEmpty());
    QVERIFY(m_project->fact(id)->sameReview(before));
    QCOMPARE(int(m_project->fact(id)->status), int(ReviewStatus::Pending));
    QCOMPARE(m_stack->count(), 0);
}

void TestReviewCommands::noteEditsMerge()
{
    const qint64 id = factIdOf(*m_project, QStringLiteral("27 %"));
    QVERIFY(m_controller->setNote(id, QStringLiteral("Sou")));
    QVERIFY(m_controller->setNote(id, QStringLiteral("Source ")));
    QVERIFY(m_controller->setNote(id, QStringLiteral("Source : pr\u00e9fecture")));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Edit note on 27 %"));
    QCOMPARE(m_project->fact(id)->note, QStringLiteral("Source : pr\u00e9fecture"));
    m_stack->undo();
    QCOMPARE(m_project->fact(id)->note, QString());
    m_stack->redo();
    QCOMPARE(m_project->fact(id)->note, QStringLiteral("Source : pr\u00e9fecture"));

    // A note on another fact, or after another kind of step, is a new step.
    QVERIFY(m_controller->setNote(factIdOf(*m_project, QStringLiteral("GPT-5")), QStringLiteral("Produit")));
    QCOMPARE(m_stack->count(), 2);
    QVERIFY(m_controller->confirm({ id }));
    QVERIFY(m_controller->setNote(id, QStringLiteral("Confirm\u00e9 par t\u00e9l\u00e9phone")));
    QCOMPARE(m_stack->count(), 4);
    // Confirming kept the note typed before.
    m_stack->undo();
    QCOMPARE(m_project->fact(id)->note, QStringLiteral("Source : pr\u00e9fecture"));
    QCOMPARE(int(m_project->fact(id)->status), int(ReviewStatus::Confirmed));
}

void TestReviewCommands::noteTypedAndErasedLeavesNoStep()
{
    const qint64 id = factIdOf(*m_project, QStringLiteral("27 %"));
    QVERIFY(m_controller->setNote(id, QStringLiteral("brouillon")));
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(m_controller->setNote(id, QString()));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(m_project->fact(id)->note, QString());
}

void TestReviewCommands::manualFactAddRemoveKeepsId()
{
    // Written for this test; the extractor reads no figure in it by itself.
    Article article;
    article.title = QStringLiteral("Chantier");
    article.language = QStringLiteral("fr");
    article.text = QStringLiteral("Les travaux ont dur\u00e9 dix-huit mois.");
    const qint64 articleId = m_project->addArticle(article, {});
    // A sloppy selection, its first letter left out.
    const int start = int(article.text.indexOf(QStringLiteral("ix-huit mois")));
    const int end = start + int(QStringLiteral("ix-huit mois").size());
    const int before = int(m_project->facts().size());
    const qint64 id = m_controller->addManualFact(articleId, start, end);
    QVERIFY(id > 0);
    QCOMPARE(m_controller->currentFactId(), id);
    QCOMPARE(m_project->facts().size(), before + 1);
    const Fact *added = m_project->fact(id);
    QCOMPARE(int(added->origin), int(FactOrigin::Manual));
    QCOMPARE(added->quote, QStringLiteral("dix-huit mois"));
    QCOMPARE(added->figure.start, start - 1);
    QCOMPARE(added->figure.end, end);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Add dix-huit mois"));

    m_stack->undo();
    QVERIFY(!m_project->fact(id));
    QCOMPARE(m_controller->currentFactId(), qint64(0));
    m_stack->redo();
    QVERIFY(m_project->fact(id));
    QCOMPARE(m_project->fact(id)->quote, QStringLiteral("dix-huit mois"));

    m_controller->setCurrentFact(id);
    QVERIFY(m_controller->removeFact(id));
    QVERIFY(!m_project->fact(id));
    QVERIFY(m_controller->currentFactId() != id);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Delete dix-huit mois"));
    m_stack->undo();
    QVERIFY(m_project->fact(id));
    QCOMPARE(int(m_project->fact(id)->origin), int(FactOrigin::Manual));
    m_stack->redo();
    QVERIFY(!m_project->fact(id));
    QCOMPARE(m_project->facts().size(), before);
}

void TestReviewCommands::extractedFactIsNotDeleted()
{
    QSignalSpy errors(m_controller.get(), &ReviewController::errorOccurred);
    const qint64 id = factIdOf(*m_project, QStringLiteral("27 %"));
    QVERIFY(!m_controller->removeFact(id));
    QCOMPARE(errors.count(), 1);
    QVERIFY(m_project->fact(id));
    QCOMPARE(m_stack->count(), 0);
}

void TestReviewCommands::confirmSelectedIsOneStep()
{
    const QVector<qint64> ids = { factIdOf(*m_project, QStringLiteral("27 %")),
        factIdOf(*m_project, QStringLiteral("2026")), factIdOf(*m_project, QStringLiteral("$2.5bn")) };
    m_controller->setSelectedFactIds(ids);
    m_controller->confirmSelectedAction()->trigger();
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Confirm 3 facts"));
    for (const qint64 id : ids)
        QCOMPARE(int(m_project->fact(id)->status), int(ReviewStatus::Confirmed));
    m_stack->undo();
    for (const qint64 id : ids)
        QCOMPARE(int(m_project->fact(id)->status), int(ReviewStatus::Pending));
    m_stack->redo();
    for (const qint64 id : ids)
        QCOMPARE(int(m_project->fact(id)->status), int(ReviewStatus::Confirmed));
    // Already confirmed facts are not confirmed again.
    QVERIFY(m_controller->confirm(ids));
    QCOMPARE(m_stack->count(), 1);
}

void TestReviewCommands::actionNamesAndShortcuts()
{
    QCOMPARE(m_controller->undoAction()->text(), QStringLiteral("&Undo"));
    QVERIFY(!m_controller->undoAction()->isEnabled());
    QVERIFY(!m_controller->confirmAction()->isEnabled()); // no current fact yet

    const qint64 id = factIdOf(*m_project, QStringLiteral("27 %"));
    m_controller->setCurrentFact(id);
    QVERIFY(m_controller->confirmAction()->isEnabled());
    QVERIFY(!m_controller->removeFactAction()->isEnabled()); // extracted facts are rejected, not deleted
    m_controller->confirmAction()->trigger();
    QCOMPARE(m_controller->undoAction()->text(), QStringLiteral("&Undo Confirm 27 %"));
    QVERIFY(m_controller->undoAction()->isEnabled());
    m_controller->undoAction()->trigger();
    QCOMPARE(int(m_project->fact(id)->status), int(ReviewStatus::Pending));
    QCOMPARE(m_controller->redoAction()->text(), QStringLiteral("&Redo Confirm 27 %"));

    QCOMPARE(m_controller->nextFactAction()->shortcut(), QKeySequence(Qt::Key_J));
    QCOMPARE(m_controller->previousFactAction()->shortcut(), QKeySequence(Qt::Key_K));
    QCOMPARE(m_controller->nextPendingAction()->shortcut(), QKeySequence(Qt::Key_N));
    QCOMPARE(m_controller->confirmAction()->shortcut(), QKeySequence(Qt::Key_C));
    QCOMPARE(m_controller->correctAction()->shortcut(), QKeySequence(Qt::Key_E));
    QCOMPARE(m_controller->rejectAction()->shortcut(), QKeySequence(Qt::Key_R));
    QCOMPARE(m_controller->resetAction()->shortcut(), QKeySequence(Qt::Key_P));
    QCOMPARE(m_controller->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(m_controller->rejectReasonActions().size(), 5);

    // Every shortcut is distinct and listed on the help page.
    QSet<QString> keys;
    int withShortcut = 0;
    for (QAction *action : m_controller->reviewActions()) {
        if (action->shortcut().isEmpty())
            continue;
        ++withShortcut;
        keys.insert(action->shortcut().toString());
    }
    QCOMPARE(keys.size(), withShortcut);
    const auto help = m_controller->shortcutsHelp();
    QVERIFY(help.size() >= withShortcut);
    QVERIFY(std::any_of(help.cbegin(), help.cend(), [](const QPair<QString, QString> &entry) {
        return entry.first == QLatin1String("Confirm") && entry.second == QLatin1String("C");
    }));
}

void TestReviewCommands::navigationFollowsOrder()
{
    QSignalSpy current(m_controller.get(), &ReviewController::currentFactChanged);
    const QVector<Fact> &facts = m_project->facts();
    m_controller->nextFact();
    QCOMPARE(m_controller->currentFactId(), facts.at(0).id);
    m_controller->nextFact();
    QCOMPARE(m_controller->currentFactId(), facts.at(1).id);
    m_controller->previousFact();
    m_controller->previousFact(); // stays on the first
    QCOMPARE(m_controller->currentFactId(), facts.at(0).id);
    QCOMPARE(current.count(), 3);

    QVERIFY(m_controller->confirm({ facts.at(1).id, facts.at(2).id }));
    m_controller->nextPendingFact();
    QCOMPARE(m_controller->currentFactId(), facts.at(3).id);
    // From the last figure of an article, N finishes the article (its pending
    // figures above), then goes on to the next article, wrapping around.
    const qint64 english = facts.constLast().articleId;
    int firstEnglish = 0;
    while (facts.at(firstEnglish).articleId != english)
        ++firstEnglish;
    m_controller->setCurrentFact(facts.constLast().id);
    m_controller->nextPendingFact();
    QCOMPARE(m_controller->currentFactId(), facts.at(firstEnglish).id);
    QVERIFY(m_controller->confirm({ facts.at(firstEnglish).id }));
    for (int row = firstEnglish + 1; row < facts.size() - 1; ++row)
        QVERIFY(m_controller->confirm({ facts.at(row).id }));
    m_controller->setCurrentFact(facts.constLast().id);
    m_controller->nextPendingFact();
    QCOMPARE(m_controller->currentFactId(), facts.at(0).id);
    // The article in view goes first, whatever the current fact.
    m_controller->setArticleInView(english);
    m_controller->nextPendingFact();
    QCOMPARE(m_controller->currentFactId(), facts.constLast().id);
}

void TestReviewCommands::auditLogRecordsUndo()
{
    QTemporaryDir dir;
    Project project;
    QString error;
    QVERIFY2(frenchArticleInFile(&project, dir, QStringLiteral("audit.factdesk"), &error), qPrintable(error));
    QUndoStack stack;
    ReviewController controller(&project, &stack);
    const qint64 id = factIdOf(project, QStringLiteral("27 %"));
    QVERIFY(controller.confirm({ id }));
    stack.undo();
    stack.redo();
    QStringList actions;
    for (const AuditEntry &entry : project.store()->auditLog(id))
        actions << entry.action;
    QCOMPARE(actions,
        (QStringList {
            QStringLiteral("confirm"), QStringLiteral("undo confirm"), QStringLiteral("redo confirm") }));
}

void TestReviewCommands::repeatedDecisionIsAuditedAndNoticed()
{
    QTemporaryDir dir;
    Project project;
    QString error;
    QVERIFY2(frenchArticleInFile(&project, dir, QStringLiteral("again.factdesk"), &error), qPrintable(error));
    QUndoStack stack;
    ReviewController controller(&project, &stack);
    QSignalSpy notices(&controller, &ReviewController::noticeOccurred);
    QSignalSpy errors(&controller, &ReviewController::errorOccurred);
    const qint64 confirmed = factIdOf(project, QStringLiteral("27 %"));
    const qint64 rejected = factIdOf(project, QStringLiteral("300 milliards $"));
    project.setEditor(QStringLiteral("Anna"));
    QVERIFY(controller.confirm({ confirmed }));
    QVERIFY(controller.reject(rejected, RejectReason::Duplicate));
    QCOMPARE(notices.count(), 0);

    // Bruno asks for what the facts already are: no step to undo, a line each, and who decided first.
    project.setEditor(QStringLiteral("Bruno"));
    QVERIFY(controller.confirm({ confirmed }));
    QVERIFY(controller.reject(rejected, RejectReason::Duplicate));
    QCOMPARE(stack.count(), 2);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(notices.count(), 2);
    QVERIFY2(notices.at(0).at(0).toString().startsWith(
                 QStringLiteral("\u201C27 %\u201D: Anna already confirmed this fact ")),
        qPrintable(notices.at(0).at(0).toString()));
    QVERIFY2(notices.at(1).at(0).toString().startsWith(
                 QStringLiteral("\u201C300 milliards $\u201D: Anna already rejected this fact ")),
        qPrintable(notices.at(1).at(0).toString()));
    for (const qint64 id : { confirmed, rejected }) {
        const QVector<AuditEntry> log = project.store()->auditLog(id);
        QCOMPARE(log.size(), 2);
        QVERIFY(!log.at(0).unchanged);
        QCOMPARE(log.at(1).editor, QStringLiteral("Bruno"));
        QVERIFY(log.at(1).unchanged);
        QCOMPARE(project.fact(id)->editor, QStringLiteral("Anna"));
        // The audit log and the fact's history say that nothing was written by it.
        QVERIFY2(FactModel::auditEntryName(log.at(1)).endsWith(QStringLiteral(" (already so)")),
            qPrintable(FactModel::auditEntryName(log.at(1))));
        QCOMPARE(FactModel::auditEntryName(log.at(0)), FactModel::auditActionName(log.at(0).action));
    }
    // A note left as it was is no attempt: the editor commits it on leaving, changed or not.
    QVERIFY(controller.setNote(confirmed, QString()));
    QCOMPARE(project.store()->auditLog(confirmed).size(), 2);
    QCOMPARE(notices.count(), 2);
}

void TestReviewCommands::readOnlyStoreRefuses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("readonly.factdesk"));
    QString error;
    {
        Project writer;
        QVERIFY2(writer.attachStore(ProjectStore::create(path, &error), &error), qPrintable(error));
        QVERIFY2(addFrenchArticle(writer) > 0, qPrintable(writer.lastError()));
    }
    Project project;
    QVERIFY2(project.attachStore(ProjectStore::open(path, &error, ProjectStore::OpenMode::ReadOnly), &error),
        qPrintable(error));
    QVERIFY(project.isReadOnly());
    QUndoStack stack;
    ReviewController controller(&project, &stack);
    QSignalSpy errors(&controller, &ReviewController::errorOccurred);
    const qint64 id = factIdOf(project, QStringLiteral("27 %"));
    QVERIFY(id > 0);

    QVERIFY(!controller.confirm({ id }));
    QVERIFY(!controller.reject(id, RejectReason::Duplicate));
    QVERIFY(!controller.correct(id, QStringLiteral("28")).isEmpty());
    QVERIFY(!controller.confirm({ id, factIdOf(project, QStringLiteral("2026")) }));
    QVERIFY(!controller.setNote(id, QStringLiteral("note")));
    QCOMPARE(stack.count(), 0); // nothing pretends to be done
    QCOMPARE(errors.count(), 5);
    QCOMPARE(errors.at(0).at(0).toString(), project.lastError());
    QCOMPARE(int(project.fact(id)->status), int(ReviewStatus::Pending));
    QCOMPARE(project.fact(id)->note, QString());
}

void TestReviewCommands::undoRefusedByStoreIsNotPretended()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("switch.factdesk"));
    QString error;
    Project project;
    QVERIFY2(project.attachStore(ProjectStore::create(path, &error), &error), qPrintable(error));
    QVERIFY2(addFrenchArticle(project) > 0, qPrintable(project.lastError()));
    QUndoStack stack;
    ReviewController controller(&project, &stack);
    const qint64 id = factIdOf(project, QStringLiteral("27 %"));
    QVERIFY(controller.confirm({ id }));
    QCOMPARE(stack.count(), 1);

    // The same file, now read-only (say, the disk was remounted): undo cannot be written.
    QVERIFY(project.attachStore(nullptr, &error));
    QVERIFY(project.attachStore(ProjectStore::open(path, &error, ProjectStore::OpenMode::ReadOnly), &error));
    QSignalSpy errors(&controller, &ReviewController::errorOccurred);
    stack.undo();
    QCOMPARE(errors.count(), 1);
    QCOMPARE(int(project.fact(id)->status), int(ReviewStatus::Confirmed));
    QCOMPARE(stack.count(), 0);
}

void TestReviewCommands::commandsOutliveTheController()
{
    // The main window owns the stack; the controller may go first.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("outlive.factdesk"));
    QString error;
    Project project;
    QVERIFY2(project.attachStore(ProjectStore::create(path, &error), &error), qPrintable(error));
    QVERIFY2(addFrenchArticle(project) > 0, qPrintable(project.lastError()));
    QUndoStack stack;
    auto controller = std::make_unique<ReviewController>(&project, &stack);
    const qint64 id = factIdOf(project, QStringLiteral("27 %"));
    QVERIFY(controller->confirm({ id }));
    QVERIFY(controller->correct(id, QStringLiteral("28")).isEmpty());
    controller.reset();
    QVERIFY(project.attachStore(nullptr, &error));
    QVERIFY(project.attachStore(ProjectStore::open(path, &error, ProjectStore::OpenMode::ReadOnly), &error));
    stack.undo(); // refused, and nobody left to tell: must not crash
    QCOMPARE(stack.count(), 1);
    QCOMPARE(int(project.fact(id)->status), int(ReviewStatus::Corrected));
}

QTEST_MAIN(TestReviewCommands)
#include "tst_reviewcommands.moc"
