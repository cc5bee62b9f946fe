#pragma once

#include "story/storydecisions.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace FactDesk {

class Project;

/**
 * One decision of the analyst on the story ledger (accept or name a measure,
 * move a fact, merge two measures, a verdict with its note) on the undo stack.
 * It holds the decisions before and after (StoryLedger computed them) and
 * writes them through Project::setStoryDecisions, which stores and logs them:
 * "set verdict", then "undo set verdict", "redo set verdict". A decision the
 * project refuses (read-only, disk full) makes the command obsolete and says why.
 */
class StoryDecisionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(FactDesk::StoryDecisionCommand)
public:
    using ErrorHandler = std::function<void(const QString &message)>;

    StoryDecisionCommand(Project *project, const StoryDecisions &before, const StoryDecisions &after,
        const QString &action, const QString &text, ErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    void apply(const StoryDecisions &decisions, const QString &action);

    Project *m_project;
    StoryDecisions m_before;
    StoryDecisions m_after;
    QString m_action;
    ErrorHandler m_onError;
    bool m_done = false;
};

} // namespace FactDesk
