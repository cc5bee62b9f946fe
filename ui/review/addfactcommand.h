#pragma once

#include "review/fact.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace FactDesk {

class Project;

/**
 * Adds a fact the extractor missed (a manual fact). Undo removes it; redo puts
 * it back with the same id, so later commands and the audit log still refer
 * to it. Refusals by the project make the command obsolete and are reported.
 */
class AddFactCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(FactDesk::AddFactCommand)
public:
    using ErrorHandler = std::function<void(const QString &message)>;

    AddFactCommand(Project *project, const Fact &fact, ErrorHandler onError, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// The id given by the project on the first redo; 0 before or on failure.
    qint64 factId() const { return m_fact.id; }
    /// Sets the text again in the interface's language (after a switch).
    void retranslate();

private:
    void fail();

    Project *m_project;
    Fact m_fact;
    ErrorHandler m_onError;
};

} // namespace FactDesk
