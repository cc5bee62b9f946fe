#include "commands_p.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace FactDesk;

namespace {

void printUsage(QTextStream &stream)
{
    stream << "Usage: factdesk-cli COMMAND [OPTIONS]\n"
              "\n"
              "Commands:\n"
              "  extract [--lang auto|fr|en] [--date YYYY-MM-DD] [--format json|csv] FILE...\n"
              "          print the figures found in articles ('-' reads standard input)\n"
              "  import PROJECT FILE...\n"
              "          add articles to a project (created if missing)\n"
              "  review PROJECT --fact ID (--confirm | --reject REASON | --correct VALUE)\n"
              "          record a review decision\n"
              "  export PROJECT --format csv|json [--all] [--excel fr|en] [-o FILE]\n"
              "          write the verified (or all) facts\n"
              "  list PROJECT\n"
              "          print every fact with its id, tab-separated\n"
              "  repair PROJECT\n"
              "          rebuild the indexes of a damaged project, on a copy first\n"
              "\n"
              "Run 'factdesk-cli COMMAND --help' for a command's options.\n";
}

} // namespace

int main(int argc, char *argv[])
{
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
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printUsage(out);
        return Cli::Success;
    }
    if (command == QLatin1String("extract"))
        return Cli::extract(arguments, out, err);
    if (command == QLatin1String("import"))
        return Cli::import(arguments, out, err);
    if (command == QLatin1String("review"))
        return Cli::review(arguments, out, err);
    if (command == QLatin1String("export"))
        return Cli::exportFacts(arguments, out, err);
    if (command == QLatin1String("list"))
        return Cli::list(arguments, out, err);
    if (command == QLatin1String("repair"))
        return Cli::repair(arguments, out, err);

    err << "factdesk-cli: unknown command '" << command << "'\n\n";
    printUsage(err);
    return Cli::Usage;
}
