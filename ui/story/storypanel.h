#pragma once

#include "story/storydecisions.h"

#include <QSet>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace FactDesk {

class Project;
class ReviewController;
class StoryFilterProxyModel;
class StoryModel;
class StoryTracker;

/**
 * The Story panel: the measures of the project across its articles, each with
 * its values side by side (article, period, language), its labels and the
 * analyst's decisions, then the arithmetic checks; open conflicts and failed
 * checks first, tinted. Filters by article and by what is shown.
 *
 * Selecting a row makes its fact the current one (the article scrolls to it);
 * the current fact selects its row in turn. nextConflictAction() goes from the
 * current fact to the next fact in an open conflict or a failed check. The
 * decisions (accept, name, verdict, note, take out, merge) are undoable
 * commands on the window's undo stack.
 */
class StoryPanel : public QWidget
{
    Q_OBJECT
public:
    StoryPanel(Project *project, StoryTracker *tracker, ReviewController *controller, QUndoStack *undoStack,
        QWidget *parent = nullptr);
    ~StoryPanel() override;

    StoryModel *model() const { return m_model; }
    StoryFilterProxyModel *proxyModel() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    /// X: the next fact in an open conflict or a failed check, after the current one.
    QAction *nextConflictAction() const { return m_nextConflictAction; }
    QAction *acceptAction() const { return m_acceptAction; }
    QAction *renameAction() const { return m_renameAction; }
    QAction *rightAction() const { return m_rightAction; }
    QAction *bothRightAction() const { return m_bothRightAction; }
    QAction *noteAction() const { return m_noteAction; }
    QAction *clearVerdictAction() const { return m_clearVerdictAction; }
    QAction *takeOutAction() const { return m_takeOutAction; }
    QAction *mergeAction() const { return m_mergeAction; }
    QAction *moveAction() const { return m_moveAction; }
    /// Ctrl+4: the keyboard into the panel's list (the window shows the panel first).
    QAction *focusAction() const { return m_focusAction; }
    /// Moves the selected figure into another measure (its pairs are labelled there).
    bool moveSelectionTo(qint64 measureId);

    /// The facts "next conflict" visits, in the panel's order.
    QVector<qint64> conflictFacts() const;
    /// Goes to the next of conflictFacts() after the current fact; false when there is none.
    bool goToNextConflict();
    /// The summary line: open conflicts and failed checks.
    QString summaryText() const;

    // Decisions on the selected row, as the actions take them (the dialogs aside).
    bool setVerdictOnSelection(PairVerdict verdict, const QString &note);
    bool renameSelection(const QString &name);

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillArticleFilter();
    void updateSummary();
    void updateActions();
    void selectFact(qint64 factId);
    void onCurrentRowChanged(const QModelIndex &current);
    qint64 selectedFactId() const;
    qint64 selectedMeasureId() const;
    bool decide(const StoryDecisions &after, const QString &action, const QString &text);
    void askName();
    void askNote();
    void askMerge();
    void askMove();
    /// Measures of the same kind and unit as measureId, (name, id), for a choice.
    QVector<QPair<QString, qint64>> otherMeasures(qint64 measureId) const;
    void saveViewState();
    void restoreViewState();

    Project *m_project;
    StoryTracker *m_tracker;
    ReviewController *m_controller;
    QUndoStack *m_undoStack;
    StoryModel *m_model;
    StoryFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QLabel *m_articleLabel;
    QComboBox *m_articleFilter;
    QLabel *m_showLabel;
    QComboBox *m_showFilter;
    QToolButton *m_nextButton;
    QPushButton *m_decideButton;
    QTreeView *m_view;

    QAction *m_nextConflictAction;
    QAction *m_acceptAction;
    QAction *m_renameAction;
    QAction *m_rightAction;
    QAction *m_bothRightAction;
    QAction *m_noteAction;
    QAction *m_clearVerdictAction;
    QAction *m_takeOutAction;
    QAction *m_mergeAction;
    QAction *m_moveAction;
    QAction *m_focusAction;

    // Kept across the model's resets (each refresh of the ledger).
    QSet<qint64> m_expanded;
    bool m_expandedKnown = false;
    qint64 m_savedFact = 0;
    qint64 m_savedMeasure = 0;
    QString m_savedCheck;
    int m_savedKind = -1;
    bool m_syncing = false;
};

} // namespace FactDesk
