// factdesk-cli import / review / export / list: the project commands.
#include "commands_p.h"

#include "export/csvwriter.h"
#include "export/jsonwriter.h"
#include "figures/extractor.h"
#include "project/project.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace FactDesk::Cli {

namespace {

/// The usage texts are marked with QT_TRANSLATE_NOOP and translated here.
QString translateUsage(const char *usage)
{
    return QCoreApplication::translate("FactDesk::Cli::ProjectCommands", usage);
}

int usageError(QTextStream &err, const QString &command, const QString &message, const char *usage)
{
    err << "factdesk-cli " << command << ": " << message << "\n" << translateUsage(usage) << "\n";
    return Usage;
}

bool wantsHelp(const QStringList &arguments)
{
    return arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));
}

int unknownOption(QTextStream &err, const QString &command, const QString &option, const char *usage)
{
    return usageError(err, command,
        QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "unknown option %1").arg(option),
        usage);
}

int unexpectedArgument(QTextStream &err, const QString &command, const QString &argument, const char *usage)
{
    return usageError(err, command,
        QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "unexpected argument %1").arg(argument),
        usage);
}

int missingProject(QTextStream &err, const QString &command, const char *usage)
{
    return usageError(err, command,
        QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "the project is missing"), usage);
}

/// How long a command that writes waits for a project another FactDesk holds.
constexpr int defaultWaitSeconds = 10;

/**
 * Opens (or, with create, creates) a project; on failure says why on err.
 * A command that writes (mode ReadWrite) waits up to waitSeconds for another
 * FactDesk to let the project go. *created tells whether this call made the file.
 */
bool openProject(Project *project, const QString &path, bool create, ProjectStore::OpenMode mode,
    QTextStream &err, int waitSeconds = 0, bool *created = nullptr)
{
    QString error;
    const bool creating = create && !QFileInfo::exists(path);
    if (created)
        *created = creating;
    ProjectStore::OpenOptions options;
    options.mode = mode;
    options.waitMilliseconds = waitSeconds * 1000;
    options.offerReadOnly = mode == ProjectStore::OpenMode::ReadOnly;
    std::unique_ptr<ProjectStore> store
        = creating ? ProjectStore::create(path, &error) : ProjectStore::open(path, &error, options);
    if (!store || !project->attachStore(std::move(store), &error)) {
        // A project whose creation failed leaves nothing behind.
        if (creating && QFileInfo::exists(path))
            ProjectStore::removeFiles(QFileInfo(path).absoluteFilePath());
        err << "factdesk-cli: " << error;
        if (mode == ProjectStore::OpenMode::ReadWrite && ProjectStore::isOpenElsewhere(path))
            err << " "
                << QCoreApplication::translate("FactDesk::Cli::ProjectCommands",
                       "(--wait SECONDS waits longer; the default is %1 s.)")
                       .arg(defaultWaitSeconds);
        err << "\n";
        return false;
    }
    // A read-write open falls back to read-only (a read-only file, a full disk):
    // say so before any work, rather than fail each change with a vaguer reason.
    if (mode == ProjectStore::OpenMode::ReadWrite && project->isReadOnly()) {
        //: %1 is the project file, %2 why it cannot be written ("the file is read-only")
        err << "factdesk-cli: "
            << QCoreApplication::translate(
                   "FactDesk::Cli::ProjectCommands", "cannot change %1: %2. Nothing was changed.")
                   .arg(
                       QDir::toNativeSeparators(project->store()->path()), project->store()->readOnlyReason())
            << "\n";
        return false;
    }
    return true;
}

/// The analyst's language for reading numbers; articles without one are read as English.
QString languageOf(const Article *article)
{
    return article && !article->language.isEmpty() ? article->language : QStringLiteral("en");
}

const char importUsage[] = QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands",
    "Usage: factdesk-cli import PROJECT [--lang fr|en] [--editor NAME] [--wait SECONDS] "
    "FILE|FOLDER...\n"
    "Adds articles to PROJECT (created when missing), printing a line for each file as it is stored. "
    "--wait: how long to wait for a project another FactDesk holds (default 10 s).\n"
    "Exit status: 0 when every file was imported or skipped as a duplicate, 1 otherwise.");
const char reviewUsage[] = QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands",
    "Usage: factdesk-cli review PROJECT --fact ID (--confirm | --reject REASON | --correct VALUE) [--note "
    "TEXT] "
    "[--editor NAME] [--wait SECONDS]\n"
    "REASON: not_a_figure, product_name, duplicate, wrong_reading, other. VALUE is read in the article's "
    "language (\"4,2\", \"13 milliards\").\n"
    "Exit status: 0 once the decision is saved, 1 when it could not be, 2 for a wrong command line.");
const char exportUsage[] = QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands",
    "Usage: factdesk-cli export PROJECT --format csv|json [--all] "
    "[--excel fr|en] [-o FILE]\n"
    "Writes the verified facts (all of them with --all) to FILE, or to "
    "standard output.");
const char repairUsage[] = QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands",
    "Usage: factdesk-cli repair PROJECT [--wait SECONDS]\n"
    "Checks PROJECT in full and, when its indexes are damaged, rebuilds them on a copy that replaces it "
    "once it passes the check (the damaged file is kept as PROJECT.before-repair).\n"
    "Exit status: 0 when the project is sound or was repaired, 1 when it cannot be repaired this way.");
const char listUsage[] = QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands",
    "Usage: factdesk-cli list PROJECT\n"
    "Prints every fact, tab-separated: id, status, kind, value, unit, "
    "article id, text as written.");

/// Takes the value after an option; false when it is missing.
bool takeValue(const QStringList &arguments, int *i, QString *value)
{
    if (*i + 1 >= arguments.size())
        return false;
    *value = arguments.at(++*i);
    return true;
}

/// Reads "--wait SECONDS" (0 to 3600) at *i; false, with a usage error on err, when it is wrong.
bool takeWait(const QStringList &arguments, int *i, int *seconds)
{
    QString value;
    bool ok = false;
    *seconds = takeValue(arguments, i, &value) ? value.toInt(&ok) : -1;
    return ok && *seconds >= 0 && *seconds <= 3600;
}

} // namespace

int import(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("import");
    if (wantsHelp(arguments)) {
        out << translateUsage(importUsage) << "\n";
        return Success;
    }
    QStringList positional;
    ImportOptions options;
    QString editor = defaultEditorName();
    int waitSeconds = defaultWaitSeconds;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--wait")) {
            if (!takeWait(arguments, &i, &waitSeconds))
                return usageError(err, command,
                    QCoreApplication::translate(
                        "FactDesk::Cli::ProjectCommands", "--wait needs a number of seconds from 0 to 3600"),
                    importUsage);
        } else if (argument == QLatin1String("--lang")) {
            QString language;
            if (!takeValue(arguments, &i, &language))
                return usageError(err, command,
                    QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "--lang needs a value"),
                    importUsage);
            if (language != QLatin1String("fr") && language != QLatin1String("en")
                && language != QLatin1String("auto"))
                return usageError(err, command,
                    QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "--lang is fr, en or auto"),
                    importUsage);
            options.language = language == QLatin1String("auto") ? QString() : language;
        } else if (argument == QLatin1String("--editor")) {
            if (!takeValue(arguments, &i, &editor))
                return usageError(err, command,
                    QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "--editor needs a name"),
                    importUsage);
        } else if (argument.startsWith(QLatin1String("--"))) {
            return unknownOption(err, command, argument, importUsage);
        } else {
            positional.append(argument);
        }
    }
    if (positional.size() < 2)
        return usageError(err, command,
            QCoreApplication::translate(
                "FactDesk::Cli::ProjectCommands", "a project and at least one file are needed"),
            importUsage);

    Project project;
    project.setEditor(editor);
    const QString projectPath = positional.takeFirst();
    bool created = false;
    if (!openProject(
            &project, projectPath, true, ProjectStore::OpenMode::ReadWrite, err, waitSeconds, &created))
        return Failure;
    ProjectImporter importer(&project);
    importer.setOptions(options);

    // One file at a time, each reported as soon as it is stored: the output of
    // a killed import says how far it got.
    ProjectImportSummary summary;
    const QStringList files = ProjectImporter::collectFiles(positional, &summary.failed);
    for (const ProjectImportSummary::Failure &failure : std::as_const(summary.failed))
        err << "failed\t" << QDir::toNativeSeparators(failure.fileName) << "\t" << failure.reason << "\n";
    err.flush();
    for (const QString &path : files) {
        const ProjectImportSummary one = importer.importPaths({ path });
        for (const QString &file : one.imported)
            out << "imported\t" << QDir::toNativeSeparators(file) << "\n";
        for (const QString &file : one.updated)
            out << "updated\t" << QDir::toNativeSeparators(file) << "\n";
        for (const QString &file : one.skippedDuplicates)
            out << "skipped\t" << QDir::toNativeSeparators(file) << "\t"
                << QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "already in the project")
                << "\n";
        for (const ProjectImportSummary::Failure &failure : one.failed)
            err << "failed\t" << QDir::toNativeSeparators(failure.fileName) << "\t" << failure.reason << "\n";
        for (const QString &warning : one.warnings)
            err << "warning\t" << warning << "\n";
        for (const FactChange &change : one.needsAttention) {
            out << "attention\tfact " << change.after.id << "\t"
                << (change.kind == FactChange::Kind::Disappeared
                           ? QCoreApplication::translate(
                               "FactDesk::Cli::ProjectCommands", "figure no longer in the text")
                           : QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "figure changed"))
                << "\t" << change.before.quote;
            if (change.kind == FactChange::Kind::FigureChanged)
                out << " -> " << change.after.quote;
            out << "\n";
        }
        out.flush();
        err.flush();
        summary.imported += one.imported;
        summary.updated += one.updated;
        summary.skippedDuplicates += one.skippedDuplicates;
        summary.failed += one.failed;
        summary.needsAttention += one.needsAttention;
    }
    // A project made by this command that holds nothing (every file failed,
    // a full disk) is not left behind.
    if (created && summary.imported.isEmpty() && summary.updated.isEmpty() && !summary.failed.isEmpty()) {
        QString ignored;
        project.attachStore(nullptr, &ignored);
        ProjectStore::removeFiles(QFileInfo(projectPath).absoluteFilePath());
        err << "factdesk-cli: "
            << QCoreApplication::translate(
                   "FactDesk::Cli::ProjectCommands", "%1 was not created: no article could be stored in it.")
                   .arg(QDir::toNativeSeparators(projectPath))
            << "\n";
    }
    out << QCoreApplication::translate("FactDesk::Cli::ProjectCommands",
        "%1 imported, %2 updated, %3 duplicates skipped, %4 failed, %5 facts need attention")
               .arg(summary.imported.size())
               .arg(summary.updated.size())
               .arg(summary.skippedDuplicates.size())
               .arg(summary.failed.size())
               .arg(summary.needsAttention.size())
        << "\n";
    return summary.failed.isEmpty() ? Success : Failure;
}

int review(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("review");
    if (wantsHelp(arguments)) {
        out << translateUsage(reviewUsage) << "\n";
        return Success;
    }
    QString projectPath;
    QString factText;
    QString reasonText;
    QString correction;
    QString note;
    bool hasNote = false;
    QString editor = defaultEditorName();
    int decisions = 0;
    bool confirm = false;
    bool reject = false;
    bool correct = false;
    int waitSeconds = defaultWaitSeconds;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--wait")) {
            if (!takeWait(arguments, &i, &waitSeconds))
                return usageError(err, command,
                    QCoreApplication::translate(
                        "FactDesk::Cli::ProjectCommands", "--wait needs a number of seconds from 0 to 3600"),
                    reviewUsage);
        } else if (argument == QLatin1String("--fact")) {
            if (!takeValue(arguments, &i, &factText))
                return usageError(err, command,
                    QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "--fact needs an id"),
                    reviewUsage);
        } else if (argument == QLatin1String("--confirm")) {
            confirm = true;
            ++decisions;
        } else if (argument == QLatin1String("--reject")) {
            if (!takeValue(arguments, &i, &reasonText))
                return usageError(err, command,
                    QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "--reject needs a reason"),
                    reviewUsage);
            reject = true;
            ++decisions;
        } else if (argument == QLatin1String("--correct")) {
            if (!takeValue(arguments, &i, &correction))
                return usageError(err, command,
                    QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "--correct needs a value"),
                    reviewUsage);
            correct = true;
            ++decisions;
        } else if (argument == QLatin1String("--note")) {
            if (!takeValue(arguments, &i, &note))
                return usageError(err, command,
                    QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "--note needs a text"),
                    reviewUsage);
            hasNote = true;
        } else if (argument == QLatin1String("--editor")) {
            if (!takeValue(arguments, &i, &editor))
                return usageError(err, command,
                    QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "--editor needs a name"),
                    reviewUsage);
        } else if (argument.startsWith(QLatin1String("--"))) {
            return unknownOption(err, command, argument, reviewUsage);
        } else if (projectPath.isEmpty()) {
            projectPath = argument;
        } else {
            return unexpectedArgument(err, command, argument, reviewUsage);
        }
    }
    if (projectPath.isEmpty())
        return missingProject(err, command, reviewUsage);
    bool idOk = false;
    const qint64 factId = factText.toLongLong(&idOk);
    if (factText.isEmpty() || !idOk || factId <= 0)
        return usageError(err, command,
            QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "--fact needs a positive number"),
            reviewUsage);
    if (decisions != 1)
        return usageError(err, command,
            QCoreApplication::translate(
                "FactDesk::Cli::ProjectCommands", "give exactly one of --confirm, --reject, --correct"),
            reviewUsage);
    // An empty value ("--reject ''", "--correct ''", as a script with an unset
    // variable writes them) is a wrong command line, not a decision to try.
    if (correct && correction.trimmed().isEmpty())
        return usageError(err, command,
            QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "--correct needs a value"),
            reviewUsage);
    RejectReason reason = RejectReason::None;
    if (reject && (!fromString(reasonText, &reason) || reason == RejectReason::None))
        return usageError(err, command,
            QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "unknown reason '%1'")
                .arg(reasonText),
            reviewUsage);

    Project project;
    project.setEditor(editor);
    if (!openProject(&project, projectPath, false, ProjectStore::OpenMode::ReadWrite, err, waitSeconds))
        return Failure;
    const Fact *current = project.fact(factId);
    if (!current) {
        err << "factdesk-cli: "
            << QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "there is no fact %1 in %2")
                   .arg(factId)
                   .arg(QDir::toNativeSeparators(projectPath))
            << "\n";
        return Failure;
    }
    Fact fact = *current;
    QString action;
    if (confirm) {
        fact.status = ReviewStatus::Confirmed;
        action = QStringLiteral("confirm");
    } else if (reject) {
        fact.status = ReviewStatus::Rejected;
        fact.rejectReason = reason;
        action = QStringLiteral("reject");
    } else {
        const Article *article = project.article(fact.articleId);
        const Extractor extractor(languageOf(article));
        const std::optional<Figure> read = extractor.readValue(correction, article ? article->date : QDate());
        if (!read) {
            err << "factdesk-cli: "
                << QCoreApplication::translate(
                       "FactDesk::Cli::ProjectCommands", "cannot read a figure in \"%1\"")
                       .arg(correction)
                << "\n";
            return Failure;
        }
        fact.status = ReviewStatus::Corrected;
        fact.correctedValue = read->value;
        // A bare number ("4,3") corrects the value and keeps what the fact measures.
        const bool bare = read->kind == FigureKind::Number && read->unit.isEmpty();
        fact.correctedKind = bare ? fact.figure.kind : read->kind;
        fact.correctedUnit = bare ? fact.figure.unit : read->unit;
        action = QStringLiteral("correct");
    }
    if (fact.status != ReviewStatus::Rejected)
        fact.rejectReason = RejectReason::None;
    if (hasNote)
        fact.note = note;
    if (!project.updateFact(fact, action)) {
        err << "factdesk-cli: " << project.lastError() << "\n";
        return Failure;
    }
    const Fact *saved = project.fact(factId);
    out << "fact " << factId << "\t" << toString(saved->status);
    if (saved->status == ReviewStatus::Corrected)
        out << "\t" << saved->correctedValue
            << (saved->correctedUnit.isEmpty() ? QString() : QLatin1Char(' ') + saved->correctedUnit);
    out << "\n";
    return Success;
}

int exportFacts(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("export");
    if (wantsHelp(arguments)) {
        out << translateUsage(exportUsage) << "\n";
        return Success;
    }
    QString projectPath;
    QString format;
    QString excel;
    QString outputPath;
    bool all = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--format")) {
            if (!takeValue(arguments, &i, &format))
                return usageError(err, command,
                    QCoreApplication::translate(
                        "FactDesk::Cli::ProjectCommands", "--format needs csv or json"),
                    exportUsage);
        } else if (argument == QLatin1String("--excel")) {
            if (!takeValue(arguments, &i, &excel))
                return usageError(err, command,
                    QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "--excel needs fr or en"),
                    exportUsage);
        } else if (argument == QLatin1String("-o") || argument == QLatin1String("--output")) {
            if (!takeValue(arguments, &i, &outputPath))
                return usageError(err, command,
                    QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "-o needs a file name"),
                    exportUsage);
        } else if (argument == QLatin1String("--all")) {
            all = true;
        } else if (argument.startsWith(QLatin1Char('-'))) {
            return unknownOption(err, command, argument, exportUsage);
        } else if (projectPath.isEmpty()) {
            projectPath = argument;
        } else {
            return unexpectedArgument(err, command, argument, exportUsage);
        }
    }
    if (projectPath.isEmpty())
        return missingProject(err, command, exportUsage);
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return usageError(err, command,
            QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "--format is csv or json"),
            exportUsage);
    if (!excel.isEmpty() && excel != QLatin1String("fr") && excel != QLatin1String("en"))
        return usageError(err, command,
            QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "--excel is fr or en"),
            exportUsage);
    if (!excel.isEmpty() && format != QLatin1String("csv"))
        return usageError(err, command,
            QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "--excel only applies to csv"),
            exportUsage);

    // Read-only: exporting never needs the lock, so it works while a window has the project open.
    Project project;
    if (!openProject(&project, projectPath, false, ProjectStore::OpenMode::ReadOnly, err))
        return Failure;

    QByteArray bytes;
    QString error;
    bool written = false;
    if (format == QLatin1String("csv")) {
        CsvWriter writer(project);
        writer.setAllFacts(all);
        if (excel == QLatin1String("fr"))
            writer.setDialect(CsvWriter::Dialect::ExcelFrench);
        else if (excel == QLatin1String("en"))
            writer.setDialect(CsvWriter::Dialect::ExcelEnglish);
        if (outputPath.isEmpty())
            bytes = writer.toCsv();
        else
            written = writer.write(outputPath, &error);
    } else {
        JsonWriter writer(project);
        writer.setAllFacts(all);
        if (outputPath.isEmpty())
            bytes = writer.toJson();
        else
            written = writer.write(outputPath, &error);
    }
    if (outputPath.isEmpty()) {
        out << QString::fromUtf8(bytes);
        return outputWritten(out, err) ? Success : Failure;
    }
    if (!written) {
        err << "factdesk-cli: " << error << "\n";
        return Failure;
    }
    return Success;
}

int list(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("list");
    if (wantsHelp(arguments)) {
        out << translateUsage(listUsage) << "\n";
        return Success;
    }
    if (arguments.size() != 1 || arguments.first().startsWith(QLatin1Char('-')))
        return usageError(err, command,
            QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "give exactly one project"),
            listUsage);
    Project project;
    if (!openProject(&project, arguments.first(), false, ProjectStore::OpenMode::ReadOnly, err))
        return Failure;
    out << "id\tstatus\tkind\tvalue\tunit\tarticle\ttext\n";
    for (const Fact &fact : project.facts()) {
        QString quote = fact.quote;
        quote.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        out << fact.id << "\t" << toString(fact.status) << "\t" << toString(fact.finalKind()) << "\t"
            << fact.finalValue() << "\t" << fact.finalUnit() << "\t" << fact.articleId << "\t" << quote
            << "\n";
    }
    return outputWritten(out, err) ? Success : Failure;
}

int repair(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("repair");
    if (wantsHelp(arguments)) {
        out << translateUsage(repairUsage) << "\n";
        return Success;
    }
    QString projectPath;
    int waitSeconds = defaultWaitSeconds;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--wait")) {
            if (!takeWait(arguments, &i, &waitSeconds))
                return usageError(err, command,
                    QCoreApplication::translate(
                        "FactDesk::Cli::ProjectCommands", "--wait needs a number of seconds from 0 to 3600"),
                    repairUsage);
        } else if (argument.startsWith(QLatin1Char('-'))) {
            return unknownOption(err, command, argument, repairUsage);
        } else if (projectPath.isEmpty()) {
            projectPath = argument;
        } else {
            return unexpectedArgument(err, command, argument, repairUsage);
        }
    }
    if (projectPath.isEmpty())
        return missingProject(err, command, repairUsage);
    QString report;
    QString error;
    if (!ProjectStore::repair(projectPath, &report, &error, waitSeconds * 1000)) {
        err << "factdesk-cli: " << error << "\n";
        return Failure;
    }
    out << report << "\n";
    return outputWritten(out, err) ? Success : Failure;
}

} // namespace FactDesk::Cli
