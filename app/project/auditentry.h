#pragma once

#include <QDateTime>
#include <QString>

namespace FactDesk {

/// One row of a project's audit log: a review (or import) action as it happened, or as it was tried.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; ///< UTC
    QString editor;
    QString action; ///< "import article", "add fact", "confirm", "undo confirm", …
    qint64 articleId = 0;
    qint64 factId = 0; ///< 0 for article-level actions
    QString before; ///< compact JSON of the review fields before, empty when none
    QString after; ///< compact JSON of the review fields after, empty when none
    /// The database role that wrote it (PostgreSQL's current_user); empty in a solo project.
    QString role;
    /**
     * True for an attempt that was refused and wrote nothing: someone else had
     * changed the fact first (after is what was tried).
     */
    bool refused = false;
    /**
     * True for an attempt that asked for what the fact already was: nothing to
     * write (before and after are the fact as it stood).
     */
    bool unchanged = false;
};

} // namespace FactDesk
