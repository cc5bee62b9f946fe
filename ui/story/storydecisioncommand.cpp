#include "storydecisioncommand.h"

#include "project/project.h"

namespace FactDesk {

StoryDecisionCommand::StoryDecisionCommand(Project *project, const StoryDecisions &before,
    const StoryDecisions &after, const QString &action, const QString &text, ErrorHandler onError)
    : m_project(project)
    , m_before(before)
    , m_after(after)
    , m_action(action)
    , m_onError(std::move(onError))
{
    setText(text);
}

void StoryDecisionCommand::redo()
{
    apply(m_after, m_done ? QStringLiteral("redo ") + m_action : m_action);
    m_done = true;
}

void StoryDecisionCommand::undo()
{
    apply(m_before, QStringLiteral("undo ") + m_action);
}

void StoryDecisionCommand::apply(const StoryDecisions &decisions, const QString &action)
{
    if (m_project->setStoryDecisions(decisions, action))
        return;
    // Nothing pretends to be done: the stack drops an obsolete command.
    setObsolete(true);
    if (m_onError)
        m_onError(tr("The decision could not be saved: %1").arg(m_project->lastError()));
}

} // namespace FactDesk
