#pragma once

#include "review/fact.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace FactDesk {

class Project;

/**
 * Changes the review state of one fact (status, correction, reason, note, or
 * the figure of a manual fact), from a before state to an after state.
 *
 * Every redo and undo goes through Project::updateFact() with an action name
 * ("confirm", "undo confirm", "redo confirm", …) so the audit log records the
 * undo too. When the project refuses, the command marks itself obsolete (the
 * undo stack then drops it: nothing pretends to be done) and reports why.
 *
 * Successive note edits of the same fact merge into one step, the way Okular
 * merges typing in an annotation.
 */
class ReviewFactCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(FactDesk::ReviewFactCommand)
public:
    enum class Operation
    {
        Confirm,
        Correct,
        Reject,
        Reset,
        EditNote,
    };

    using ErrorHandler = std::function<void(const QString &message)>;

    ReviewFactCommand(Project *project, const Fact &before, const Fact &after, Operation operation,
        ErrorHandler onError, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    qint64 factId() const { return m_before.id; }
    Operation operation() const { return m_operation; }
    const Fact &before() const { return m_before; }
    const Fact &after() const { return m_after; }

    /// The untranslated name written in the audit log: "confirm", "correct", …
    static QString actionName(Operation operation);
    /// Sets the text again in the interface's language and locale (after a switch).
    void retranslate();

private:
    void apply(const Fact &state, const QString &action);

    Project *m_project;
    Fact m_before;
    Fact m_after;
    Operation m_operation;
    ErrorHandler m_onError;
    bool m_done = false; ///< redone at least once, so the next redo is a "redo …"
};

} // namespace FactDesk
