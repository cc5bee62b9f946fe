// factdesk-cli publish / copy: a solo project into a team database and back.
#include "commands_p.h"

#include "project/projectlocation.h"
#include "project/projectstore.h"
#include "project/teamconnection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace FactDesk::Cli {

namespace {

const char publishUsage[] = QT_TRANSLATE_NOOP("FactDesk::Cli::TeamCommands",
    "Usage: factdesk-cli publish FILE.factdesk URL\n"
    "Copies the solo project FILE.factdesk (articles, facts, audit log, story decisions) into the empty "
    "PostgreSQL database URL, which becomes a team project every analyst opens at once. A database that "
    "already holds tables is refused. URL: postgresql://anna@db.example/desk?sslmode=verify-full, "
    "postgresql:///desk, service=desk; no password in it (PGPASSWORD, ~/.pgpass, PGPASSFILE, or asked).\n"
    "Exit status: 0 published, 1 not published (nothing is left half-copied), 2 for a wrong command line.");
const char copyUsage[] = QT_TRANSLATE_NOOP("FactDesk::Cli::TeamCommands",
    "Usage: factdesk-cli copy URL FILE.factdesk\n"
    "Copies the team project URL, as it stands, into the new project file FILE.factdesk (refused when it "
    "exists).\n"
    "Exit status: 0 copied, 1 not copied, 2 for a wrong command line.");

int usage(QTextStream &err, const QString &command, const QString &message, const char *text)
{
    err << "factdesk-cli " << command << ": " << message << "\n"
        << QCoreApplication::translate("FactDesk::Cli::TeamCommands", text) << "\n";
    return Usage;
}

/// The two positional arguments of publish and copy; false (after a usage message) otherwise.
bool twoArguments(const QStringList &arguments, QString *first, QString *second, QTextStream &err,
    const QString &command, const char *text, int *status)
{
    QStringList positional;
    for (const QString &argument : arguments) {
        if (argument.startsWith(QLatin1Char('-')) && argument != QLatin1String("-")) {
            *status = usage(err, command,
                QCoreApplication::translate("FactDesk::Cli::TeamCommands", "unknown option %1").arg(argument),
                text);
            return false;
        }
        positional << argument;
    }
    if (positional.size() != 2) {
        *status = usage(err, command,
            QCoreApplication::translate("FactDesk::Cli::TeamCommands", "two arguments are needed"), text);
        return false;
    }
    *first = positional.at(0);
    *second = positional.at(1);
    return true;
}

/// Reads a password from the terminal without echoing it; null when there is no terminal.
QString askOnTerminal(const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (!::isatty(STDIN_FILENO))
        return QString();
    std::fprintf(stderr, "%s ", prompt.toLocal8Bit().constData());
    std::fflush(stderr);
    termios saved {};
    const bool canHide = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    std::string line;
    const bool read = bool(std::getline(std::cin, line));
    if (canHide)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fprintf(stderr, "\n");
    return read ? QString::fromLocal8Bit(line.c_str()) : QString();
#else
    Q_UNUSED(prompt)
    return QString();
#endif
}

/// How long publish waits, when the connection drops as it commits, for the server to say whether it did.
constexpr int publishWaitSeconds = 10;

} // namespace

ProjectStore::OpenOptions teamOpenOptions()
{
    ProjectStore::OpenOptions options;
    options.askPassword = askOnTerminal;
    return options;
}

int publish(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("publish");
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        out << QCoreApplication::translate("FactDesk::Cli::TeamCommands", publishUsage) << "\n";
        return Success;
    }
    QString file;
    QString url;
    int status = Success;
    if (!twoArguments(arguments, &file, &url, err, command, publishUsage, &status))
        return status;
    ProjectLocation target;
    QString error;
    if (!ProjectLocation::parse(url, &target, &error)) {
        err << "factdesk-cli: " << error << "\n";
        return Failure;
    }
    if (!target.isTeam() || ProjectLocation::looksLikeTeamProject(file))
        return usage(err, command,
            QCoreApplication::translate(
                "FactDesk::Cli::TeamCommands", "publish copies a project file into a PostgreSQL database"),
            publishUsage);
    // Read-only: a window may have the file open meanwhile.
    auto source = ProjectStore::open(file, &error, ProjectStore::OpenMode::ReadOnly);
    if (!source) {
        err << "factdesk-cli: " << error << "\n";
        return Failure;
    }
    // The tables and every row in one transaction: a publish cut off anywhere leaves the database empty.
    ProjectStore::OpenOptions options = teamOpenOptions();
    options.waitMilliseconds = publishWaitSeconds * 1000;
    auto team = ProjectStore::publish(*source, target, &error, options);
    if (!team) {
        err << "factdesk-cli: " << error << "\n";
        return Failure;
    }
    team->team()->setPingInterval(0);
    QVector<Article> articles;
    QVector<Fact> facts;
    team->load(&articles, &facts, &error);
    //: %1 the project file, %2 the team project, %3 and %4 numbers
    out << QCoreApplication::translate(
        "FactDesk::Cli::TeamCommands", "published %1 to %2: %3 articles, %4 facts, %5 audit log lines")
               .arg(QFileInfo(file).absoluteFilePath(), target.toDisplayString())
               .arg(articles.size())
               .arg(facts.size())
               .arg(team->auditLog().size())
        << "\n";
    return outputWritten(out, err) ? Success : Failure;
}

int copy(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("copy");
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        out << QCoreApplication::translate("FactDesk::Cli::TeamCommands", copyUsage) << "\n";
        return Success;
    }
    QString url;
    QString file;
    int status = Success;
    if (!twoArguments(arguments, &url, &file, err, command, copyUsage, &status))
        return status;
    ProjectLocation source;
    QString error;
    if (!ProjectLocation::parse(url, &source, &error)) {
        err << "factdesk-cli: " << error << "\n";
        return Failure;
    }
    if (!source.isTeam() || ProjectLocation::looksLikeTeamProject(file))
        return usage(err, command,
            QCoreApplication::translate(
                "FactDesk::Cli::TeamCommands", "copy copies a team project into a project file"),
            copyUsage);
    if (QFileInfo::exists(file)) {
        err << "factdesk-cli: "
            << QCoreApplication::translate(
                   "FactDesk::Cli::TeamCommands", "%1 already exists: nothing was copied.")
                   .arg(QFileInfo(file).absoluteFilePath())
            << "\n";
        return Failure;
    }
    ProjectStore::OpenOptions options = teamOpenOptions();
    options.mode = ProjectStore::OpenMode::ReadOnly;
    auto team = ProjectStore::open(source, &error, options);
    if (!team || !team->copyToFile(file, &error)) {
        err << "factdesk-cli: " << error << "\n";
        return Failure;
    }
    //: %1 the team project, %2 the new file
    out << QCoreApplication::translate("FactDesk::Cli::TeamCommands", "copied %1 to %2")
               .arg(source.toDisplayString(), QFileInfo(file).absoluteFilePath())
        << "\n";
    return outputWritten(out, err) ? Success : Failure;
}

} // namespace FactDesk::Cli
