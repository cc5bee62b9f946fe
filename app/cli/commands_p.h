#pragma once

#include "project/projectstore.h"

#include <QStringList>

class QTextStream;

namespace FactDesk::Cli {

/// Exit statuses shared by every command.
enum ExitStatus
{
    Success = 0,
    Failure = 1, ///< some input could not be read or a change could not be committed
    Usage = 2, ///< the command line itself is wrong
    OpenConflicts = 3, ///< story --fail-on conflict: an open conflict or inconsistent check remains
    Conflict = 4, ///< review: someone else changed the fact first; nothing was overwritten
};

/**
 * Flushes standard output; when that failed (a full disk, a closed pipe) says
 * so on err and returns false: the output is incomplete.
 */
bool outputWritten(QTextStream &out, QTextStream &err);

/**
 * How a command opens a team project: libpq finds the password itself
 * (PGPASSWORD, ~/.pgpass, PGPASSFILE); else, on a terminal, it is asked for
 * without echo. Never from the command line.
 */
ProjectStore::OpenOptions teamOpenOptions();

/// Each command receives the arguments after its name.
int extract(const QStringList &arguments, QTextStream &out, QTextStream &err);
int import(const QStringList &arguments, QTextStream &out, QTextStream &err);
int review(const QStringList &arguments, QTextStream &out, QTextStream &err);
int exportFacts(const QStringList &arguments, QTextStream &out, QTextStream &err);
/// Prints a project's facts with their ids, tab-separated, for scripts.
int list(const QStringList &arguments, QTextStream &out, QTextStream &err);
/// Prints the story ledger: measures across articles, their conflicts, the arithmetic checks.
int story(const QStringList &arguments, QTextStream &out, QTextStream &err);
/// Copies a solo project into an empty team database (ProjectStore::copyRows).
int publish(const QStringList &arguments, QTextStream &out, QTextStream &err);
/// Copies a team project into a new project file.
int copy(const QStringList &arguments, QTextStream &out, QTextStream &err);
/// Rebuilds the indexes of a damaged project on a copy (ProjectStore::repair).
int repair(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace FactDesk::Cli
