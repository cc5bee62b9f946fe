#pragma once

#include <QUndoCommand>

namespace FactDesk {

/**
 * A group of review commands undone and redone as one step ("Confirm 12
 * facts"). All or nothing: when a child is refused, the children already
 * applied are rolled back and the batch becomes obsolete, so the undo stack
 * never holds half a batch. Children are created with this as their parent.
 */
class ReviewBatchCommand : public QUndoCommand
{
public:
    explicit ReviewBatchCommand(const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
};

} // namespace FactDesk
