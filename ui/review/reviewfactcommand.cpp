#include "reviewfactcommand.h"

#include "project/project.h"
#include "review/factmodel.h"

#include <QLocale>

namespace FactDesk {

namespace {
/// Any constant unique among FactDesk's commands: QUndoStack merges commands with equal ids.
constexpr int editNoteCommandId = 0x46440001;

QString figureText(const Fact &fact)
{
    return fact.quote.isEmpty() ? fact.figure.value : fact.quote;
}

} // namespace

ReviewFactCommand::ReviewFactCommand(Project *project, const Fact &before, const Fact &after,
    Operation operation, ErrorHandler onError, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_before(before)
    , m_after(after)
    , m_operation(operation)
    , m_onError(std::move(onError))
{
    retranslate();
}

void ReviewFactCommand::retranslate()
{
    const QString figure = figureText(m_before);
    switch (m_operation) {
    case Operation::Confirm:
        setText(tr("Confirm %1").arg(figure));
        break;
    case Operation::Correct:
        // In the interface's locale: "Corriger 20 % en 4,2".
        setText(tr("Correct %1 to %2")
                    .arg(figure,
                        FactModel::displayValue(m_after.correctedValue, m_after.correctedKind, QLocale())));
        break;
    case Operation::Reject:
        setText(tr("Reject %1").arg(figure));
        break;
    case Operation::Reset:
        setText(tr("Put %1 back to pending").arg(figure));
        break;
    case Operation::EditNote:
        setText(tr("Edit note on %1").arg(figure));
        break;
    }
}

QString ReviewFactCommand::actionName(Operation operation)
{
    switch (operation) {
    case Operation::Confirm:
        return QStringLiteral("confirm");
    case Operation::Correct:
        return QStringLiteral("correct");
    case Operation::Reject:
        return QStringLiteral("reject");
    case Operation::Reset:
        return QStringLiteral("reset");
    case Operation::EditNote:
        return QStringLiteral("note");
    }
    return QString();
}

void ReviewFactCommand::redo()
{
    const QString action = actionName(m_operation);
    apply(m_after, m_done ? QStringLiteral("redo ") + action : action);
    m_done = true;
}

void ReviewFactCommand::undo()
{
    apply(m_before, QStringLiteral("undo ") + actionName(m_operation));
}

void ReviewFactCommand::apply(const Fact &state, const QString &action)
{
    if (m_project->updateFact(state, action))
        return;
    setObsolete(true);
    if (m_onError)
        m_onError(m_project->lastError());
}

int ReviewFactCommand::id() const
{
    return m_operation == Operation::EditNote ? editNoteCommandId : -1;
}

bool ReviewFactCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != id())
        return false;
    const auto *next = static_cast<const ReviewFactCommand *>(other);
    if (next->m_operation != Operation::EditNote || next->factId() != factId())
        return false;
    // Both edits are already applied; this step now spans from the first
    // before to the last after.
    m_after.note = next->m_after.note;
    if (m_after.sameReview(m_before))
        setObsolete(true); // typed and erased: nothing left to undo
    return true;
}

} // namespace FactDesk
