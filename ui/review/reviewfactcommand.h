#pragma once

#include "review/reviewstep.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace FactDesk {

class Reviewer;

/**
 * One review step of the Reviewer (confirm, correct, reject, back to pending,
 * note, add or delete a figure) on the undo stack. It decides nothing: the
 * Reviewer decided the step and writes it, redo as "confirm" then "redo
 * confirm", undo as "undo confirm", each in one transaction with its audit row.
 *
 * When the project refuses a write, the command marks itself obsolete (the
 * undo stack then drops it: nothing pretends to be done) and reports why.
 * An added figure keeps its id through undo and redo, so later commands and
 * the audit log still refer to it.
 *
 * Successive note edits of the same fact merge into one step, the way Okular
 * merges typing in an annotation.
 */
class ReviewFactCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(FactDesk::ReviewFactCommand)
public:
    using ErrorHandler = std::function<void(const QString &message)>;

    /// The reviewer is shared: the undo stack may outlive whoever pushed the command.
    ReviewFactCommand(std::shared_ptr<const Reviewer> reviewer, const ReviewStep &step, ErrorHandler onError,
        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    /// The fact the step changes; an added figure's id once it was first redone.
    qint64 factId() const { return m_step.factId(); }
    const ReviewStep &step() const { return m_step; }
    /// Sets the text again in the interface's language and locale (after a switch).
    void retranslate();

private:
    void fail(const QString &message);

    std::shared_ptr<const Reviewer> m_reviewer;
    ReviewStep m_step;
    ErrorHandler m_onError;
    bool m_done = false; ///< redone at least once, so the next redo is a "redo …"
};

} // namespace FactDesk
