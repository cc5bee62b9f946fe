#include "removefactcommand.h"

#include "project/project.h"

namespace FactDesk {

RemoveFactCommand::RemoveFactCommand(
    Project *project, const Fact &fact, ErrorHandler onError, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_fact(fact)
    , m_onError(std::move(onError))
{
    retranslate();
}

void RemoveFactCommand::retranslate()
{
    setText(tr("Delete %1").arg(m_fact.quote));
}

void RemoveFactCommand::redo()
{
    if (m_fact.origin != FactOrigin::Manual)
        return fail(
            tr("Only figures added by hand can be deleted; reject a figure found in the text instead."));
    if (const Fact *current = m_project->fact(m_fact.id))
        m_fact = *current;
    if (!m_project->removeFact(m_fact.id))
        fail(m_project->lastError());
}

void RemoveFactCommand::undo()
{
    if (!m_project->restoreFact(m_fact))
        fail(m_project->lastError());
}

void RemoveFactCommand::fail(const QString &message)
{
    setObsolete(true);
    if (m_onError)
        m_onError(message);
}

} // namespace FactDesk
