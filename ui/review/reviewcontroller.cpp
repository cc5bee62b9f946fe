#include "reviewcontroller.h"

#include "project/project.h"
#include "project/unchangedreview.h"
#include "review/factmodel.h"
#include "review/reviewer.h"
#include "reviewbatchcommand.h"
#include "reviewfactcommand.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QHash>
#include <QPointer>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <tuple>

namespace FactDesk {

namespace {
constexpr std::array<RejectReason, 5> rejectReasons = { RejectReason::NotAFigure, RejectReason::ProductName,
    RejectReason::Duplicate, RejectReason::WrongReading, RejectReason::Other };

QString plainText(QString text)
{
    // "&Confirm" in a menu, "Confirm" on the help page; "&&" stays a literal "&".
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

} // namespace

class ReviewControllerPrivate
{
public:
    Project *project = nullptr;
    QUndoStack *undoStack = nullptr;
    QPointer<QAbstractItemModel> navigationModel;
    qint64 currentFactId = 0;
    qint64 articleInView = 0;
    QVector<qint64> selectedFactIds;
    bool lastCommandFailed = false;
    QString lastCommandError;
    std::shared_ptr<Reviewer> reviewer;
    ReviewController::KindChangeQuestion kindChangeQuestion;

    QAction *nextFact = nullptr;
    QAction *previousFact = nullptr;
    QAction *nextPending = nullptr;
    QAction *confirm = nullptr;
    QAction *confirmSelected = nullptr;
    QAction *correct = nullptr;
    QAction *reject = nullptr;
    QList<QAction *> rejectReasons;
    QAction *reset = nullptr;
    QAction *removeFact = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *advance = nullptr;
    QAction *navigationSeparator = nullptr;
    QAction *reviewSeparator = nullptr;
    QAction *historySeparator = nullptr;

    /// Pushes the step of a decision; a refusal is reported (errorOccurred) and returns false.
    bool pushDecision(const ReviewDecision &decision, ReviewController *q);
    /**
     * A decision the fact already stands at: its audit line (the log holds every attempt) and
     * noticeOccurred with who took it first. A note left as it was is no attempt: nothing then.
     */
    bool recordUnchanged(const ReviewDecision &decision, ReviewController *q);
    bool askKindChange(const ReviewDecision &decision, const QString &typed) const;
    /**
     * How commands report a refusal. Commands live on the undo stack, which may
     * outlive the controller: the handler checks that the controller is alive.
     */
    std::function<void(const QString &)> errorHandler(ReviewController *q);
    /// Pushes a command; false when the project refused it (it is then not on the stack).
    bool push(QUndoCommand *command);
    /// Ids in navigation order: the navigation model's rows, or the project's facts.
    qint64 idAt(int row) const;
    int rowCount() const;
    int rowOf(qint64 factId) const;
    bool isPending(int row) const;
    /// False when the navigation model filters the fact out.
    bool isShown(qint64 factId) const;
    /// The current fact, when it is shown: what the review keys act on.
    qint64 shownCurrentFact() const { return isShown(currentFactId) ? currentFactId : 0; }
    /// The fact a command on the undo stack changes (the first one for a batch), or 0.
    qint64 factOfCommand(int index) const;
};

std::function<void(const QString &)> ReviewControllerPrivate::errorHandler(ReviewController *q)
{
    return [guard = QPointer<ReviewController>(q), self = this](const QString &message) {
        if (!guard)
            return;
        self->lastCommandFailed = true;
        self->lastCommandError = message;
        Q_EMIT guard->errorOccurred(message);
    };
}

bool ReviewControllerPrivate::push(QUndoCommand *command)
{
    lastCommandFailed = false;
    lastCommandError.clear();
    undoStack->push(command);
    return !lastCommandFailed;
}

int ReviewControllerPrivate::rowCount() const
{
    return navigationModel ? navigationModel->rowCount() : int(project->facts().size());
}

qint64 ReviewControllerPrivate::idAt(int row) const
{
    if (navigationModel)
        return navigationModel->index(row, 0).data(FactModel::FactIdRole).toLongLong();
    return project->facts().at(row).id;
}

qint64 ReviewControllerPrivate::factOfCommand(int index) const
{
    const QUndoCommand *command
        = index >= 0 && index < undoStack->count() ? undoStack->command(index) : nullptr;
    if (command && command->childCount() > 0)
        command = command->child(0);
    if (const auto *review = dynamic_cast<const ReviewFactCommand *>(command))
        return review->factId();
    return 0;
}

int ReviewControllerPrivate::rowOf(qint64 factId) const
{
    if (factId == 0)
        return -1;
    if (!navigationModel)
        return project->indexOfFact(factId);
    // The fact panel's filter over a FactModel maps a row without a scan.
    if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(navigationModel.data())) {
        if (const auto *facts = qobject_cast<const FactModel *>(proxy->sourceModel()))
            return proxy->mapFromSource(facts->indexOfFact(factId)).row();
    }
    const int rows = navigationModel->rowCount();
    for (int row = 0; row < rows; ++row) {
        if (idAt(row) == factId)
            return row;
    }
    return -1;
}

bool ReviewControllerPrivate::isPending(int row) const
{
    if (navigationModel) {
        return navigationModel->index(row, 0).data(FactModel::StatusRole).toInt()
            == int(ReviewStatus::Pending);
    }
    return project->facts().at(row).status == ReviewStatus::Pending;
}

bool ReviewControllerPrivate::isShown(qint64 factId) const
{
    return factId != 0 && (!navigationModel || rowOf(factId) >= 0);
}

ReviewController::ReviewController(Project *project, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ReviewControllerPrivate>())
{
    Q_ASSERT(project && undoStack);
    d->project = project;
    d->undoStack = undoStack;
    d->reviewer = std::make_shared<Reviewer>(project);

    auto makeAction = [this](const QKeySequence &shortcut, void (ReviewController::*slot)()) {
        auto *action = new QAction(this);
        action->setShortcut(shortcut);
        if (slot)
            connect(action, &QAction::triggered, this, slot);
        return action;
    };
    auto makeSeparator = [this] {
        auto *separator = new QAction(this);
        separator->setSeparator(true);
        return separator;
    };
    d->nextFact = makeAction(QKeySequence(Qt::Key_J), &ReviewController::nextFact);
    d->previousFact = makeAction(QKeySequence(Qt::Key_K), &ReviewController::previousFact);
    d->nextPending = makeAction(QKeySequence(Qt::Key_N), &ReviewController::nextPendingFact);
    d->navigationSeparator = makeSeparator();
    d->confirm = makeAction(QKeySequence(Qt::Key_C), &ReviewController::confirmCurrent);
    d->confirmSelected = makeAction(QKeySequence(Qt::SHIFT | Qt::Key_C), &ReviewController::confirmSelected);
    d->correct = makeAction(QKeySequence(Qt::Key_E), nullptr);
    connect(d->correct, &QAction::triggered, this, [this] {
        if (const qint64 factId = d->shownCurrentFact())
            Q_EMIT correctionRequested(factId);
    });
    d->reject = makeAction(QKeySequence(Qt::Key_R), nullptr);
    connect(d->reject, &QAction::triggered, this, [this] {
        if (const qint64 factId = d->shownCurrentFact())
            Q_EMIT rejectionRequested(factId);
    });
    for (const RejectReason reason : rejectReasons) {
        auto *action = new QAction(this);
        connect(action, &QAction::triggered, this, [this, reason] {
            const qint64 factId = d->shownCurrentFact();
            if (factId && reject(factId, reason))
                advanceAfterReview(factId);
        });
        d->rejectReasons.append(action);
    }
    d->reset = makeAction(QKeySequence(Qt::Key_P), &ReviewController::resetCurrent);
    d->removeFact = makeAction(QKeySequence(QKeySequence::Delete), &ReviewController::removeCurrent);
    d->reviewSeparator = makeSeparator();

    // Own undo/redo actions rather than QUndoStack::createUndoAction(): that one
    // keeps its "Undo" prefix from creation and could not follow a language switch.
    d->undo = makeAction(QKeySequence(QKeySequence::Undo), nullptr);
    d->redo = makeAction(QKeySequence(QKeySequence::Redo), nullptr);
    // Undo and redo go back to the fact they change, so an analyst who moved
    // on (or was moved on by "go to next pending") sees what was undone.
    const auto stepTo = [this](int commandIndex, void (QUndoStack::*step)()) {
        const qint64 factId = d->factOfCommand(commandIndex);
        (d->undoStack->*step)();
        if (factId && d->project->fact(factId))
            setCurrentFact(factId);
    };
    connect(d->undo, &QAction::triggered, this,
        [this, stepTo] { stepTo(d->undoStack->index() - 1, &QUndoStack::undo); });
    connect(d->redo, &QAction::triggered, this,
        [this, stepTo] { stepTo(d->undoStack->index(), &QUndoStack::redo); });
    d->advance = new QAction(this);
    d->advance->setCheckable(true);
    d->advance->setChecked(true);
    connect(undoStack, &QUndoStack::undoTextChanged, this, &ReviewController::retranslate);
    connect(undoStack, &QUndoStack::redoTextChanged, this, &ReviewController::retranslate);
    connect(undoStack, &QUndoStack::canUndoChanged, d->undo, &QAction::setEnabled);
    connect(undoStack, &QUndoStack::canRedoChanged, d->redo, &QAction::setEnabled);
    d->undo->setEnabled(undoStack->canUndo());
    d->redo->setEnabled(undoStack->canRedo());

    // A fact that disappears (undo of an addition, a removed article, a new
    // project) cannot stay current.
    auto dropVanishedCurrent = [this] {
        if (d->currentFactId && !d->project->fact(d->currentFactId))
            setCurrentFact(0);
        else
            retranslate();
    };
    connect(project, &Project::factsRemoved, this, dropVanishedCurrent);
    connect(project, &Project::reset, this, dropVanishedCurrent);
    connect(project, &Project::factChanged, this, [this] { retranslate(); });

    retranslate();
}

ReviewController::~ReviewController() = default;

Project *ReviewController::project() const
{
    return d->project;
}

QUndoStack *ReviewController::undoStack() const
{
    return d->undoStack;
}

void ReviewController::setNavigationModel(QAbstractItemModel *model)
{
    d->navigationModel = model;
}

QAbstractItemModel *ReviewController::navigationModel() const
{
    return d->navigationModel.data();
}

void ReviewController::setArticleInView(qint64 articleId)
{
    d->articleInView = articleId;
}

qint64 ReviewController::articleInView() const
{
    return d->articleInView;
}

qint64 ReviewController::currentFactId() const
{
    return d->currentFactId;
}

QVector<qint64> ReviewController::selectedFactIds() const
{
    return d->selectedFactIds;
}

void ReviewController::setSelectedFactIds(const QVector<qint64> &ids)
{
    d->selectedFactIds = ids;
    retranslate();
}

QList<QAction *> ReviewController::reviewActions() const
{
    return { d->nextFact, d->previousFact, d->nextPending, d->navigationSeparator, d->confirm,
        d->confirmSelected, d->correct, d->reject, d->reset, d->removeFact, d->reviewSeparator, d->undo,
        d->redo };
}

QAction *ReviewController::nextFactAction() const
{
    return d->nextFact;
}

QAction *ReviewController::previousFactAction() const
{
    return d->previousFact;
}

QAction *ReviewController::nextPendingAction() const
{
    return d->nextPending;
}

QAction *ReviewController::confirmAction() const
{
    return d->confirm;
}

QAction *ReviewController::confirmSelectedAction() const
{
    return d->confirmSelected;
}

QAction *ReviewController::correctAction() const
{
    return d->correct;
}

QAction *ReviewController::rejectAction() const
{
    return d->reject;
}

QList<QAction *> ReviewController::rejectReasonActions() const
{
    return d->rejectReasons;
}

QAction *ReviewController::resetAction() const
{
    return d->reset;
}

QAction *ReviewController::removeFactAction() const
{
    return d->removeFact;
}

QAction *ReviewController::undoAction() const
{
    return d->undo;
}

QAction *ReviewController::redoAction() const
{
    return d->redo;
}

QAction *ReviewController::advanceAction() const
{
    return d->advance;
}

QVector<QPair<QString, QString>> ReviewController::shortcutsHelp() const
{
    QVector<QPair<QString, QString>> help;
    for (QAction *action : reviewActions()) {
        if (action->isSeparator())
            continue;
        // The undo/redo texts name the step to undo; the help names the action.
        QString what = plainText(action->text());
        if (action == d->undo)
            what = tr("Undo");
        else if (action == d->redo)
            what = tr("Redo");
        help.append({ what, action->shortcut().toString(QKeySequence::NativeText) });
    }
    help.append(contextKeysHelp());
    return help;
}

QVector<QPair<QString, QString>> ReviewController::contextKeysHelp() const
{
    const QString reject = d->reject->shortcut().toString(QKeySequence::NativeText);
    return {
        { tr("Pick the rejection reason"), tr("%1, then 1 to 5").arg(reject) },
        { tr("Commit a correction"), QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText) },
        { tr("Cancel a correction"), QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText) },
        { tr("Save the note"), QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText) },
    };
}

std::optional<Figure> ReviewController::readCorrection(qint64 factId, const QString &text) const
{
    return d->reviewer->readCorrection(factId, text);
}

void ReviewController::setKindChangeQuestion(KindChangeQuestion question)
{
    d->kindChangeQuestion = std::move(question);
}

bool ReviewControllerPrivate::pushDecision(const ReviewDecision &decision, ReviewController *q)
{
    switch (decision.outcome) {
    case ReviewDecision::Outcome::NoChange:
        return recordUnchanged(decision, q);
    case ReviewDecision::Outcome::Refused:
    case ReviewDecision::Outcome::KindChange:
        lastCommandError = decision.message;
        Q_EMIT q->errorOccurred(decision.message);
        return false;
    case ReviewDecision::Outcome::Change:
        break;
    }
    return push(new ReviewFactCommand(reviewer, decision.step, errorHandler(q)));
}

bool ReviewControllerPrivate::recordUnchanged(const ReviewDecision &decision, ReviewController *q)
{
    if (!decision.step.after || decision.step.action == ReviewAction::Note || !project->store())
        return true;
    UnchangedReview already;
    QString error;
    if (!reviewer->recordUnchanged(decision, &already, &error)) {
        lastCommandError = error;
        Q_EMIT q->errorOccurred(error);
        return false;
    }
    // The selection may move on to the next pending fact: the message names the figure it is about.
    //: %1 is the figure as written ("13 milliards"), %2 "Anna already confirmed this fact 8 s ago: …"
    Q_EMIT q->noticeOccurred(
        ReviewController::tr("\u201C%1\u201D: %2").arg(already.current.quote, already.message()));
    return true;
}

bool ReviewControllerPrivate::askKindChange(const ReviewDecision &decision, const QString &typed) const
{
    if (kindChangeQuestion)
        return kindChangeQuestion(decision.message);
    QMessageBox box(QMessageBox::Question, ReviewController::tr("Change the Kind of the Figure?"),
        decision.message, QMessageBox::Yes | QMessageBox::No, QApplication::activeWindow());
    box.setInformativeText(ReviewController::tr("Correct it to \u201C%1\u201D all the same?").arg(typed));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

bool ReviewController::confirm(const QVector<qint64> &factIds)
{
    QVector<ReviewStep> steps;
    for (const qint64 id : factIds) {
        const ReviewDecision decision = d->reviewer->confirm(id);
        if (decision.isChange())
            steps.append(decision.step);
        else if (factIds.size() == 1)
            return d->pushDecision(decision, this); // one fact: "Anna already confirmed this fact…"
    }
    if (steps.isEmpty())
        return true;

    const auto onError = d->errorHandler(this);
    QUndoCommand *command = nullptr;
    if (steps.size() == 1) {
        command = new ReviewFactCommand(d->reviewer, steps.first(), onError);
    } else {
        command = new ReviewBatchCommand(tr("Confirm %n facts", nullptr, int(steps.size())));
        for (const ReviewStep &step : std::as_const(steps))
            new ReviewFactCommand(d->reviewer, step, onError, command);
    }
    return d->push(command);
}

bool ReviewController::reject(qint64 factId, RejectReason reason)
{
    if (!d->project->fact(factId))
        return false;
    return d->pushDecision(d->reviewer->reject(factId, reason), this);
}

QString ReviewController::correct(
    qint64 factId, const QString &text, std::optional<FigureKind> kind, std::optional<QString> unit)
{
    CorrectionRequest request;
    request.typed = text;
    request.kind = kind;
    request.unit = std::move(unit);
    ReviewDecision decision = d->reviewer->correct(factId, request);
    if (decision.outcome == ReviewDecision::Outcome::KindChange) {
        // The Reviewer decided that the kind changes; whether that is meant is the analyst's call.
        if (!d->askKindChange(decision, text.trimmed()))
            return decision.message;
        request.kindChangeAccepted = true;
        decision = d->reviewer->correct(factId, request);
    }
    if (decision.outcome == ReviewDecision::Outcome::Refused)
        return decision.message;
    d->lastCommandError.clear();
    if (!d->pushDecision(decision, this))
        return d->lastCommandError;
    return QString();
}

bool ReviewController::resetToPending(qint64 factId)
{
    if (!d->project->fact(factId))
        return false;
    return d->pushDecision(d->reviewer->resetToPending(factId), this);
}

bool ReviewController::setNote(qint64 factId, const QString &note)
{
    if (!d->project->fact(factId))
        return false;
    return d->pushDecision(d->reviewer->setNote(factId, note), this);
}

qint64 ReviewController::addManualFact(qint64 articleId, int start, int end)
{
    const ReviewDecision decision = d->reviewer->addFigure(articleId, start, end);
    if (!d->pushDecision(decision, this) || !decision.isChange())
        return 0;
    const auto *command
        = dynamic_cast<const ReviewFactCommand *>(d->undoStack->command(d->undoStack->index() - 1));
    const qint64 id = command ? command->factId() : 0;
    if (id)
        setCurrentFact(id);
    return id;
}

bool ReviewController::removeFact(qint64 factId)
{
    const ReviewDecision decision = d->reviewer->deleteFigure(factId);
    if (!decision.isChange())
        return d->pushDecision(decision, this);
    // Move on before the row disappears, so the keyboard keeps its place.
    qint64 next = 0;
    const int row = d->rowOf(factId);
    if (factId == d->currentFactId && row >= 0) {
        if (row + 1 < d->rowCount())
            next = d->idAt(row + 1);
        else if (row > 0)
            next = d->idAt(row - 1);
    }
    if (!d->pushDecision(decision, this))
        return false;
    if (factId == d->currentFactId || d->currentFactId == 0)
        setCurrentFact(next);
    return true;
}

void ReviewController::setCurrentFact(qint64 factId)
{
    if (factId != 0 && !d->project->fact(factId))
        factId = 0;
    if (factId == d->currentFactId)
        return;
    d->currentFactId = factId;
    retranslate();
    Q_EMIT currentFactChanged(factId);
}

void ReviewController::nextFact()
{
    const int rows = d->rowCount();
    if (rows == 0)
        return;
    const int row = d->rowOf(d->currentFactId);
    setCurrentFact(d->idAt(row < 0 ? 0 : qMin(row + 1, rows - 1)));
}

void ReviewController::previousFact()
{
    const int rows = d->rowCount();
    if (rows == 0)
        return;
    const int row = d->rowOf(d->currentFactId);
    setCurrentFact(d->idAt(row < 0 ? rows - 1 : qMax(row - 1, 0)));
}

void ReviewController::nextPendingFact()
{
    // The article in view first, from the current fact on in text order (the
    // pending facts above it come after, so the article is finished), then
    // the next articles in project order, wrapping: the analyst reads one
    // article at a time, whatever order the table is sorted in.
    const Fact *current = d->project->fact(d->currentFactId);
    const qint64 anchorArticle = d->articleInView && d->project->article(d->articleInView) ? d->articleInView
        : current ? current->articleId
                  : 0;
    const QVector<Article> &articles = d->project->articles();
    const int articleCount = int(articles.size());
    QHash<qint64, int> orderOf;
    orderOf.reserve(articleCount);
    for (int i = 0; i < articleCount; ++i)
        orderOf.insert(articles.at(i).id, i);
    const int anchorOrder = orderOf.value(anchorArticle, 0);
    const int anchorStart = current && current->articleId == anchorArticle ? current->figure.start : -1;

    // (rank, start, id): rank 0 below the current fact in the article in
    // view, 1 above it, 2 + n for the n-th article after it.
    using Key = std::tuple<int, int, qint64>;
    std::optional<Key> best;
    const int rows = d->rowCount();
    for (int row = 0; row < rows; ++row) {
        if (!d->isPending(row))
            continue;
        const qint64 id = d->idAt(row);
        const Fact *fact = id == d->currentFactId ? nullptr : d->project->fact(id);
        if (!fact)
            continue;
        int rank = 0;
        if (fact->articleId == anchorArticle) {
            rank = fact->figure.start > anchorStart ? 0 : 1;
        } else {
            const int order = orderOf.value(fact->articleId, 0);
            rank = 2 + (order - anchorOrder + articleCount) % std::max(articleCount, 1);
        }
        const Key key { rank, fact->figure.start, id };
        if (!best || key < *best)
            best = key;
    }
    if (best)
        setCurrentFact(std::get<2>(*best));
}

void ReviewController::confirmCurrent()
{
    const qint64 factId = d->shownCurrentFact();
    if (factId && confirm({ factId }))
        advanceAfterReview(factId);
}

void ReviewController::advanceAfterReview(qint64 reviewedFactId)
{
    if (d->advance->isChecked() && reviewedFactId == d->currentFactId)
        nextPendingFact();
}

void ReviewController::confirmSelected()
{
    confirm(d->selectedFactIds.isEmpty() ? QVector<qint64> { d->shownCurrentFact() } : d->selectedFactIds);
}

void ReviewController::resetCurrent()
{
    if (const qint64 factId = d->shownCurrentFact())
        resetToPending(factId);
}

void ReviewController::removeCurrent()
{
    if (const qint64 factId = d->shownCurrentFact())
        removeFact(factId);
}

void ReviewController::retranslate()
{
    // Called on language switches and whenever what the actions apply to
    // changes: the texts and enabled states are all computed here.
    const Fact *current = d->project->fact(d->currentFactId);
    const bool readOnly = d->project->isReadOnly();
    const bool canReview = current && !readOnly && d->isShown(d->currentFactId);

    d->nextFact->setText(tr("&Next Fact"));
    d->previousFact->setText(tr("&Previous Fact"));
    d->nextPending->setText(tr("Next &Pending Fact"));
    d->confirm->setText(tr("&Confirm"));
    d->confirmSelected->setText(tr("Confirm &Selected Facts"));
    d->correct->setText(tr("C&orrect\u2026"));
    d->reject->setText(tr("&Reject\u2026"));
    const QStringList reasonTexts = { tr("&1 Not a figure"), tr("&2 Product or version name"),
        tr("&3 Duplicate"), tr("&4 Wrong reading"), tr("&5 Other") };
    for (int i = 0; i < d->rejectReasons.size(); ++i) {
        d->rejectReasons.at(i)->setText(reasonTexts.value(i));
        d->rejectReasons.at(i)->setEnabled(canReview);
    }
    d->reset->setText(tr("Back to P&ending"));
    d->removeFact->setText(tr("&Delete Figure Added by Hand"));
    d->advance->setText(tr("&Go to Next Pending After Review"));
    d->advance->setToolTip(tr("After Confirm, Reject or a correction, select the next fact to check"));

    d->confirm->setStatusTip(tr("Mark the current figure as checked and right"));
    d->correct->setStatusTip(tr("Type the right value of the current figure"));
    d->reject->setStatusTip(tr("Mark the current figure as not a figure to verify"));

    const QString undoText = d->undoStack->undoText();
    const QString redoText = d->undoStack->redoText();
    d->undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    d->redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));

    const bool hasFacts = !d->project->facts().isEmpty();
    d->nextFact->setEnabled(hasFacts);
    d->previousFact->setEnabled(hasFacts);
    d->nextPending->setEnabled(hasFacts);
    d->confirm->setEnabled(canReview);
    d->confirmSelected->setEnabled(!readOnly && (current || !d->selectedFactIds.isEmpty()));
    d->correct->setEnabled(canReview);
    d->reject->setEnabled(canReview);
    d->reset->setEnabled(canReview && current->status != ReviewStatus::Pending);
    d->removeFact->setEnabled(canReview && current->origin == FactOrigin::Manual);
}

} // namespace FactDesk
