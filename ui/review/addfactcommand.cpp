#include "addfactcommand.h"

#include "project/project.h"

namespace FactDesk {

AddFactCommand::AddFactCommand(Project *project, const Fact &fact, ErrorHandler onError, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_fact(fact)
    , m_onError(std::move(onError))
{
    retranslate();
}

void AddFactCommand::retranslate()
{
    QString written = m_fact.quote;
    if (written.isEmpty()) {
        if (const Article *article = m_project->article(m_fact.articleId))
            written = article->text.mid(m_fact.figure.start, m_fact.figure.length());
    }
    setText(tr("Add %1").arg(written));
}

void AddFactCommand::redo()
{
    if (m_fact.id == 0) {
        const qint64 id = m_project->addFact(m_fact);
        if (id == 0)
            return fail();
        m_fact = *m_project->fact(id);
        return;
    }
    if (!m_project->restoreFact(m_fact))
        fail();
}

void AddFactCommand::undo()
{
    // Keep what the project holds (anchoring, review) so redo restores it exactly.
    if (const Fact *current = m_project->fact(m_fact.id))
        m_fact = *current;
    if (!m_project->removeFact(m_fact.id))
        fail();
}

void AddFactCommand::fail()
{
    setObsolete(true);
    if (m_onError)
        m_onError(m_project->lastError());
}

} // namespace FactDesk
