#include "reviewfactcommand.h"

#include "review/factmodel.h"
#include "review/reviewer.h"

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

ReviewFactCommand::ReviewFactCommand(std::shared_ptr<const Reviewer> reviewer, const ReviewStep &step,
    ErrorHandler onError, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_reviewer(std::move(reviewer))
    , m_step(step)
    , m_onError(std::move(onError))
{
    retranslate();
}

void ReviewFactCommand::retranslate()
{
    const Fact &fact = m_step.before ? *m_step.before : *m_step.after;
    const QString figure = figureText(fact);
    switch (m_step.action) {
    case ReviewAction::Confirm:
        setText(tr("Confirm %1").arg(figure));
        break;
    case ReviewAction::Correct:
        // In the interface's locale: "Corriger 20 % en 4,2".
        setText(tr("Correct %1 to %2")
                    .arg(figure,
                        FactModel::displayValue(
                            m_step.after->correctedValue, m_step.after->correctedKind, QLocale())));
        break;
    case ReviewAction::Reject:
        setText(tr("Reject %1").arg(figure));
        break;
    case ReviewAction::Reset:
        setText(tr("Put %1 back to pending").arg(figure));
        break;
    case ReviewAction::Note:
        setText(tr("Edit note on %1").arg(figure));
        break;
    case ReviewAction::AddFigure:
        setText(tr("Add %1").arg(figure));
        break;
    case ReviewAction::DeleteFigure:
        setText(tr("Delete %1").arg(figure));
        break;
    }
}

void ReviewFactCommand::redo()
{
    QString error;
    const bool written = m_done ? m_reviewer->reapply(m_step, &error) : m_reviewer->apply(m_step, &error);
    if (!written)
        return fail(error);
    m_done = true;
}

void ReviewFactCommand::undo()
{
    QString error;
    if (!m_reviewer->revert(m_step, &error))
        fail(error);
}

void ReviewFactCommand::fail(const QString &message)
{
    setObsolete(true);
    if (m_onError)
        m_onError(message);
}

int ReviewFactCommand::id() const
{
    return m_step.action == ReviewAction::Note ? editNoteCommandId : -1;
}

bool ReviewFactCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != id())
        return false;
    const auto *next = static_cast<const ReviewFactCommand *>(other);
    if (next->m_step.action != ReviewAction::Note || next->factId() != factId())
        return false;
    // Both edits are already written; this step now spans from the first
    // before to the last after.
    m_step.after = next->m_step.after;
    if (m_step.after->sameReview(*m_step.before))
        setObsolete(true); // typed and erased: nothing left to undo
    return true;
}

} // namespace FactDesk
