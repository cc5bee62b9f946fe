#pragma once

#include "review/fact.h"

#include <QCoreApplication>
#include <QDateTime>

namespace FactDesk {

/**
 * A review that asked for what the fact already is (Bruno confirms a fact Anna
 * has just confirmed): nothing is written to the fact, the attempt has its line
 * in the audit log (outcome "unchanged", ProjectStore::recordUnchanged) and the
 * analyst is told who decided so first, and when.
 */
struct UnchangedReview
{
    Q_DECLARE_TR_FUNCTIONS(FactDesk::UnchangedReview)
public:
    QString action; ///< what was asked, as the audit log names it ("confirm")
    Fact current; ///< the fact as stored, the one the request found
    /**
     * How long ago current was reviewed when the line was written, on the
     * project's clock (a team project's server); -1 when unknown (a pending fact).
     */
    qint64 ageMilliseconds = -1;
    /// When the line was written, on this machine's clock: message() adds the time since.
    QDateTime detectedAt;

    /// "Anna already confirmed this fact 8 s ago: nothing was changed.", in the analyst's language.
    QString message(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};

} // namespace FactDesk
