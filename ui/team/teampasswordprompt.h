#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace FactDesk {

/**
 * Asks for the password of a team project's database role, when libpq found
 * none (PGPASSWORD, ~/.pgpass, PGPASSFILE) and the server wants one. The answer
 * goes to the connection, which keeps it in memory for reconnections: never in
 * the settings, the recent files or a message.
 */
class TeamPasswordPrompt
{
    Q_DECLARE_TR_FUNCTIONS(FactDesk::TeamPasswordPrompt)
public:
    /// prompt is the connection's question ("Password for anna on db.example"). A null QString: cancelled.
    static QString ask(QWidget *parent, const QString &prompt);
};

} // namespace FactDesk
