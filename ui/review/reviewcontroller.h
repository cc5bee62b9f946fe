#pragma once

#include "review/fact.h"

#include <QKeySequence>
#include <QObject>
#include <QPair>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class QAbstractItemModel;
class QAction;
class QUndoStack;

namespace FactDesk {

class Project;
class ReviewControllerPrivate;

/**
 * The review operations on a Project, as undoable commands on a QUndoStack,
 * and the keyboard actions that trigger them.
 *
 * The main window puts reviewActions() in its menus and toolbars; the actions
 * work on the current fact (or on the selected facts for "Confirm selected").
 * Every operation is also callable directly. When the project refuses a
 * change (read-only file, disk full) nothing is recorded on the undo stack and
 * errorOccurred() carries the reason.
 *
 * Keyboard scheme (shortcutsHelp() lists it for the help page): single letters
 * act on the current fact, like a mail reader; they are shortcuts of window
 * context, so typing in a text field never triggers them.
 *   J / K        next / previous fact in the panel's order
 *   N            next pending fact: in the article in view (in text order,
 *                after the current fact), then in the next articles
 *   C            confirm
 *   Shift+C      confirm all selected facts (one undo step)
 *   E            correct: opens the value editor; Enter commits, Esc cancels
 *   R            reject: asks for the reason (keys 1-5 pick it)
 *   P            reset to pending
 *   Delete       delete a fact added by hand
 *   Ctrl+Z / Ctrl+Shift+Z (platform Undo / Redo), which also go back to the fact they change
 *
 * With advanceAction() checked (the default), C, R and a committed correction
 * move on to the next pending fact, so a review is one key per fact.
 *
 * A fact the navigation model hides (filtered out) is never reviewed by a
 * key: what the analyst cannot see, they cannot have checked.
 */
class ReviewController : public QObject
{
    Q_OBJECT
public:
    ReviewController(Project *project, QUndoStack *undoStack, QObject *parent = nullptr);
    ~ReviewController() override;

    Project *project() const;
    QUndoStack *undoStack() const;

    /**
     * The model whose rows give the order of next/previous (the fact panel's
     * filter proxy). It must answer FactModel::FactIdRole and StatusRole on
     * column 0. Without one, the project's order is used.
     */
    void setNavigationModel(QAbstractItemModel *model);
    QAbstractItemModel *navigationModel() const;

    /**
     * The article the analyst reads (the focused pane's): N goes to its next
     * pending fact first, then to the next articles. 0 = the current fact's.
     */
    void setArticleInView(qint64 articleId);
    qint64 articleInView() const;

    qint64 currentFactId() const;
    /// The facts "Confirm selected" acts on; the current fact when empty.
    QVector<qint64> selectedFactIds() const;
    void setSelectedFactIds(const QVector<qint64> &ids);

    /// Every review action, in menu order (separators included, as separator actions).
    QList<QAction *> reviewActions() const;
    QAction *nextFactAction() const;
    QAction *previousFactAction() const;
    QAction *nextPendingAction() const;
    QAction *confirmAction() const;
    QAction *confirmSelectedAction() const;
    QAction *correctAction() const;
    QAction *rejectAction() const;
    /// One action per reason, "&1 Not a figure" … "&5 Other", for a reason menu.
    QList<QAction *> rejectReasonActions() const;
    QAction *resetAction() const;
    QAction *removeFactAction() const;
    QAction *undoAction() const;
    QAction *redoAction() const;
    /**
     * Checkable, on by default: after confirming or rejecting the current fact
     * from its key (or the fact editor's buttons), and after a correction typed
     * in the editor, the next pending fact becomes current. Not among
     * reviewActions(); the window puts it in its Review menu.
     */
    QAction *advanceAction() const;

    /// (what the key does, the key in native text), translated, for the help page.
    QVector<QPair<QString, QString>> shortcutsHelp() const;
    /// The part of shortcutsHelp() that no menu shows: keys of the reason menu and the fact editor.
    QVector<QPair<QString, QString>> contextKeysHelp() const;

    /**
     * Reads a correction typed for a fact, in its article's language, keeping
     * the fact's kind and unit when the text gives none. Nothing when the text
     * holds no number.
     */
    std::optional<Figure> readCorrection(qint64 factId, const QString &text) const;

    /// Asked when a correction changes the fact's kind; true writes it. Gets the Reviewer's words.
    using KindChangeQuestion = std::function<bool(const QString &kindChange)>;
    /**
     * Replaces the question box shown when a correction implies another kind
     * ("13 milliards" typed over a date): for tests, or a window that asks its
     * own way. Without one, a message box asks, No by default.
     */
    void setKindChangeQuestion(KindChangeQuestion question);

    bool confirm(const QVector<qint64> &factIds);
    bool reject(qint64 factId, RejectReason reason);
    /**
     * Corrects a fact to what was typed, with the kind and unit the analyst
     * chose by hand if any (else those the Reviewer reads). A kind change that
     * only the text implies is asked first. Returns why nothing changed (not a
     * value, the kind change declined, the project refused), or an empty string.
     */
    QString correct(qint64 factId, const QString &text, std::optional<FigureKind> kind = std::nullopt,
        std::optional<QString> unit = std::nullopt);
    bool resetToPending(qint64 factId);
    /// Typing in the note merges into one undo step per fact.
    bool setNote(qint64 factId, const QString &note);
    /**
     * Adds the selection [start, end) of an article as a manual fact, widened to
     * whole words and read with the article's extractor. Returns the new fact's
     * id, or 0 (errorOccurred() says why).
     */
    qint64 addManualFact(qint64 articleId, int start, int end);
    /// Removes a manual fact; extracted facts are rejected, never deleted.
    bool removeFact(qint64 factId);
    /**
     * What a user's review action does once it succeeded: moves to the next
     * pending fact when advanceAction() is checked and the reviewed fact is
     * still the current one. The operations above never move by themselves.
     */
    void advanceAfterReview(qint64 reviewedFactId);

public Q_SLOTS:
    void setCurrentFact(qint64 factId);
    void nextFact();
    void previousFact();
    void nextPendingFact();
    void confirmCurrent();
    void confirmSelected();
    void resetCurrent();
    void removeCurrent();
    /// Re-reads the translated texts of the actions.
    void retranslate();

Q_SIGNALS:
    void currentFactChanged(qint64 factId);
    /// The user asked to correct the current fact: the view opens its value editor.
    void correctionRequested(qint64 factId);
    /// The user asked to reject the current fact: the view asks for the reason.
    void rejectionRequested(qint64 factId);
    void errorOccurred(const QString &message);
    /// Not an error: a decision the fact already stood at ("Anna already confirmed this fact 8 s ago: …").
    void noticeOccurred(const QString &message);

private:
    std::unique_ptr<ReviewControllerPrivate> d;
};

} // namespace FactDesk
