#pragma once

#include "review/fact.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace FactDesk {

class Project;

/**
 * Deletes a manual fact; undo restores it with its id. Extracted facts are
 * never deleted (they are rejected instead, so the audit keeps them): the
 * command refuses them, becomes obsolete and reports why.
 */
class RemoveFactCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(FactDesk::RemoveFactCommand)
public:
    using ErrorHandler = std::function<void(const QString &message)>;

    RemoveFactCommand(
        Project *project, const Fact &fact, ErrorHandler onError, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 factId() const { return m_fact.id; }
    /// Sets the text again in the interface's language (after a switch).
    void retranslate();

private:
    void fail(const QString &message);

    Project *m_project;
    Fact m_fact;
    ErrorHandler m_onError;
};

} // namespace FactDesk
