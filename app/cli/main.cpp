#include "commands_p.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace FactDesk;

namespace {

void printUsage(QTextStream &stream)
{
    stream << "Usage: factdesk-cli COMMAND [OPTIONS]\n"
              "       factdesk-cli help [COMMAND] | --version\n"
              "\n"
              "Commands:\n"
              "  extract [--lang auto|fr|en] [--date YYYY-MM-DD] [--format json|csv] FILE...\n"
              "          print the figures found in articles ('-' reads standard input)\n"
              "  import PROJECT FILE...\n"
              "          add articles to a project (created if missing)\n"
              "  review PROJECT --fact ID (--confirm | --reject REASON | --correct VALUE [--change-kind]\n"
              "                          | --pending | --delete) [--note TEXT]\n"
              "  review PROJECT --article ID --add START:END\n"
              "          record a review decision, as the window does\n"
              "  export PROJECT --format csv|json [--all] [--excel fr|en] [-o FILE|-]\n"
              "          write the verified (or all) facts ('-o -' or no -o: standard output)\n"
              "  list PROJECT\n"
              "          print every fact with its id, tab-separated\n"
              "  story PROJECT [--format text|json] [--fail-on conflict]\n"
              "          print the measures across articles, their conflicts and checks\n"
              "  repair PROJECT\n"
              "          rebuild the indexes of a damaged project, on a copy first\n"
              "  publish FILE.factdesk URL\n"
              "          copy a solo project into an empty PostgreSQL database: a team project\n"
              "  copy URL FILE.factdesk\n"
              "          copy a team project back into a new project file\n"
              "\n"
              "PROJECT is a .factdesk file or a team project's PostgreSQL URL\n"
              "(postgresql://anna@db.example/desk?sslmode=verify-full, postgresql:///desk, service=desk);\n"
              "the password comes from PGPASSWORD, ~/.pgpass or PGPASSFILE, or is asked on the terminal.\n"
              "\n"
              "Run 'factdesk-cli help COMMAND' (or 'factdesk-cli COMMAND --help') for a command's options.\n";
}

using Command = int (*)(const QStringList &, QTextStream &, QTextStream &);

Command commandNamed(const QString &name)
{
    if (name == QLatin1String("extract"))
        return Cli::extract;
    if (name == QLatin1String("import"))
        return Cli::import;
    if (name == QLatin1String("review"))
        return Cli::review;
    if (name == QLatin1String("export"))
        return Cli::exportFacts;
    if (name == QLatin1String("list"))
        return Cli::list;
    if (name == QLatin1String("story"))
        return Cli::story;
    if (name == QLatin1String("repair"))
        return Cli::repair;
    if (name == QLatin1String("publish"))
        return Cli::publish;
    if (name == QLatin1String("copy"))
        return Cli::copy;
    return nullptr;
}

int unknownCommand(const QString &name, QTextStream &err)
{
    err << "factdesk-cli: "
        << QCoreApplication::translate("FactDesk::Cli", "unknown command '%1'").arg(name) << "\n\n";
    printUsage(err);
    return Cli::Usage;
}

QtMessageHandler qtHandler = nullptr;

/**
 * Standard error is for the command's own messages, each naming what it is
 * about in the analyst's language. Qt's diagnostics are not: a PostgreSQL
 * server stopping while a connection opens makes Qt's driver warn "This version
 * of PostgreSQL is not supported", "QSqlQuery::exec: database not open", in
 * the server's words, although the command then reconnects and does its work.
 * Only Qt's critical and fatal messages go through; FACTDESK_CLI_QT_WARNINGS=1
 * shows the rest, for a developer.
 */
void quietQtDiagnostics(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if ((type == QtCriticalMsg || type == QtFatalMsg) && qtHandler)
        qtHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIntValue("FACTDESK_CLI_QT_WARNINGS") == 0)
        qtHandler = qInstallMessageHandler(quietQtDiagnostics);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("factdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("FactDesk"));

    QTextStream out(stdout);
    QTextStream err(stderr);
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    out.setCodec("UTF-8");
    err.setCodec("UTF-8");
#endif

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        printUsage(err);
        return Cli::Usage;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("--version") || command == QLatin1String("-V")) {
        out << "factdesk-cli " << FACTDESK_VERSION << "\n";
        return Cli::outputWritten(out, err) ? Cli::Success : Cli::Failure;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        // help COMMAND is COMMAND --help.
        if (command == QLatin1String("help") && !arguments.isEmpty()) {
            const Command named = commandNamed(arguments.constFirst());
            return named ? named({ QStringLiteral("--help") }, out, err)
                         : unknownCommand(arguments.constFirst(), err);
        }
        printUsage(out);
        return Cli::Success;
    }
    if (const Command named = commandNamed(command))
        return named(arguments, out, err);
    return unknownCommand(command, err);
}
