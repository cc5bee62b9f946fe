#pragma once

#include <QByteArray>
#include <QString>

namespace FactDesk {

class Project;
class StoryLedger;

/**
 * The story ledger written out: JSON for scripts and pipelines (the measures
 * with their facts and labelled pairs, the checks) and plain text for a
 * reader. Fact ids are those of `factdesk-cli list` and the exports.
 */
class StoryReport
{
public:
    StoryReport(const Project &project, const StoryLedger &ledger);

    QByteArray toJson() const;
    QString toText() const;

private:
    const Project &m_project;
    const StoryLedger &m_ledger;
};

} // namespace FactDesk
