#include "reviewbatchcommand.h"

namespace FactDesk {

ReviewBatchCommand::ReviewBatchCommand(const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
{ }

// child() hands out const pointers, but the children are ours (created with
// this as parent) and must be run one by one to stop at the first refusal.
void ReviewBatchCommand::redo()
{
    for (int i = 0; i < childCount(); ++i) {
        auto *step = const_cast<QUndoCommand *>(child(i));
        step->redo();
        if (!step->isObsolete())
            continue;
        for (int done = i - 1; done >= 0; --done)
            const_cast<QUndoCommand *>(child(done))->undo();
        setObsolete(true);
        return;
    }
}

void ReviewBatchCommand::undo()
{
    for (int i = childCount() - 1; i >= 0; --i) {
        auto *step = const_cast<QUndoCommand *>(child(i));
        step->undo();
        if (!step->isObsolete())
            continue;
        for (int undone = i + 1; undone < childCount(); ++undone)
            const_cast<QUndoCommand *>(child(undone))->redo();
        setObsolete(true);
        return;
    }
}

} // namespace FactDesk
