// factdesk-cli story: the story ledger of a project, its measures and checks.
#include "commands_p.h"

#include "project/project.h"
#include "project/projectstore.h"
#include "story/storyledger.h"
#include "story/storyreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace FactDesk::Cli {

namespace {

const char storyUsage[] = QT_TRANSLATE_NOOP("FactDesk::Cli::StoryCommand",
    "Usage: factdesk-cli story PROJECT [--format text|json] [--lang fr|en] [--fail-on conflict]\n"
    "Prints the measures that the project's articles state, with a label for each pair of their "
    "values (agree, rounding, update, conflict, scale_trap, not_comparable), and the arithmetic checks.\n"
    "Exit status: 0, or 3 with --fail-on conflict when an open conflict or an inconsistent check "
    "remains; 1 when the project cannot be read, 2 for a wrong command line.");

QString translate(const char *text)
{
    return QCoreApplication::translate("FactDesk::Cli::StoryCommand", text);
}

int usageError(QTextStream &err, const QString &message)
{
    err << "factdesk-cli story: " << message << "\n" << translate(storyUsage) << "\n";
    return Usage;
}

} // namespace

int story(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        out << translate(storyUsage) << "\n";
        return Success;
    }
    QString projectPath;
    QString format = QStringLiteral("text");
    QString language = QStringLiteral("en");
    bool failOnConflict = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (argument == QLatin1String("--format")) {
            if (!hasValue)
                return usageError(err, translate("--format needs text or json"));
            format = arguments.at(++i);
            if (format != QLatin1String("text") && format != QLatin1String("json"))
                return usageError(err, translate("--format is text or json"));
        } else if (argument == QLatin1String("--lang")) {
            if (!hasValue)
                return usageError(err, translate("--lang needs fr or en"));
            language = arguments.at(++i);
            if (language != QLatin1String("fr") && language != QLatin1String("en"))
                return usageError(err, translate("--lang is fr or en"));
        } else if (argument == QLatin1String("--fail-on")) {
            if (!hasValue || arguments.at(i + 1) != QLatin1String("conflict"))
                return usageError(err, translate("--fail-on takes conflict"));
            ++i;
            failOnConflict = true;
        } else if (argument.startsWith(QLatin1Char('-'))) {
            return usageError(err, translate("unknown option %1").arg(argument));
        } else if (projectPath.isEmpty()) {
            projectPath = argument;
        } else {
            return usageError(err, translate("unexpected argument %1").arg(argument));
        }
    }
    if (projectPath.isEmpty())
        return usageError(err, translate("the project is missing"));

    // Read-only: the ledger is computed, never written, so a window may have the project open.
    QString error;
    ProjectLocation location;
    ProjectStore::OpenOptions options = teamOpenOptions();
    options.mode = ProjectStore::OpenMode::ReadOnly;
    std::unique_ptr<ProjectStore> store = ProjectLocation::parse(projectPath, &location, &error)
        ? ProjectStore::open(location, &error, options)
        : nullptr;
    Project project;
    if (!store || !project.attachStore(std::move(store), &error)) {
        err << "factdesk-cli: " << error << "\n";
        return Failure;
    }
    StoryLedger ledger(&project);
    if (!ledger.lexiconError().isEmpty()) {
        err << "factdesk-cli: " << ledger.lexiconError() << "\n";
        return Failure;
    }
    ledger.setLanguage(language);
    ledger.refresh();
    const StoryReport report(project, ledger);
    if (format == QLatin1String("json"))
        out << QString::fromUtf8(report.toJson());
    else
        out << report.toText();
    if (!outputWritten(out, err))
        return Failure;
    if (failOnConflict && (ledger.openConflictCount() > 0 || ledger.inconsistentCheckCount() > 0))
        return OpenConflicts;
    return Success;
}

} // namespace FactDesk::Cli
