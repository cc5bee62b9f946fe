#pragma once

#include "auditentry.h"
#include "review/fact.h"

#include <QCoreApplication>

namespace FactDesk {

/**
 * Why a write to a fact was refused: someone else changed (or removed) it
 * after the version the analyst saw. Nothing was overwritten; current is the
 * fact as it now stands, lastChange the audit log's last written action on it.
 */
struct FactConflict
{
    Q_DECLARE_TR_FUNCTIONS(FactDesk::FactConflict)
public:
    qint64 factId = 0;
    qint64 seenVersion = 0; ///< the version the refused write expected
    bool removed = false; ///< the fact is no longer in the project
    Fact current; ///< as it is now (when not removed)
    AuditEntry lastChange; ///< id 0 when the log names no change (an older project)
    /**
     * How old lastChange was when the conflict was found, on the database's
     * clock (a team project's server: the clocks of the analysts' machines may
     * disagree with it and with each other); -1 when unknown.
     */
    qint64 ageMilliseconds = -1;
    /// When the conflict was found, on this machine's clock: message() adds the time since.
    QDateTime detectedAt;

    /**
     * "Anna confirmed this fact 8 s ago." (who, what, when), in the analyst's
     * language; now is when the message is shown, on this machine's clock.
     * The age is ageMilliseconds plus the time since detectedAt: both
     * measured on one clock each, so a machine whose clock is off says the
     * same as the others. Without them, lastChange.at is compared with now.
     */
    QString message(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    /// "8 s", "3 min", "2 h", "4 d": how long ago, short, in the analyst's language.
    static QString elapsed(qint64 seconds);
};

} // namespace FactDesk
