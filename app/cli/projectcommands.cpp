// factdesk-cli import / review / export / list: the project commands.
#include "commands_p.h"

#include "export/csvwriter.h"
#include "export/jsonwriter.h"
#include "project/project.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"
#include "project/teamconnection.h"
#include "project/unchangedreview.h"
#include "review/reviewer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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
    ProjectLocation location;
    if (!ProjectLocation::parse(path, &location, &error)) {
        err << "factdesk-cli: " << error << "\n";
        return false;
    }
    const bool creating = create && !location.isTeam() && !QFileInfo::exists(path);
    if (created)
        *created = creating;
    ProjectStore::OpenOptions options = teamOpenOptions();
    options.mode = mode;
    options.waitMilliseconds = waitSeconds * 1000;
    options.offerReadOnly = mode == ProjectStore::OpenMode::ReadOnly;
    // A team project is created, as publish creates one, in a database that holds no table at all
    // (the role becomes the tables' owner); one that holds other tables is never written into.
    options.createWhenEmpty = create && location.isTeam();
    options.loadWhileChecking = true; // attachStore() loads it right after
    std::unique_ptr<ProjectStore> store
        = creating ? ProjectStore::create(path, &error) : ProjectStore::open(location, &error, options);
    if (store && store->team())
        store->team()->setPingInterval(0); // no event loop here: a lost line is found by the next query
    if (!store || !project->attachStore(std::move(store), &error)) {
        // A project whose creation failed leaves nothing behind.
        if (creating && QFileInfo::exists(path))
            ProjectStore::removeFiles(QFileInfo(path).absoluteFilePath());
        err << "factdesk-cli: " << error;
        if (mode == ProjectStore::OpenMode::ReadWrite && !location.isTeam() && ProjectStore::isOpenElsewhere(path))
            err << " "
                << QCoreApplication::translate("FactDesk::Cli::ProjectCommands",
                       "(--wait SECONDS waits longer; the default is %1 s.)")
                       .arg(defaultWaitSeconds);
        err << "\n";
        return false;
    }
    // A team project set up by this command in an empty database was created by it too.
    if (created && project->store()->isTeam())
        *created = project->store()->wasCreated();
    // A read-write open falls back to read-only (a read-only file, a full disk):
    // say so before any work, rather than fail each change with a vaguer reason.
    if (mode == ProjectStore::OpenMode::ReadWrite && project->isReadOnly()) {
        //: %1 is the project file, %2 why it cannot be written ("the file is read-only")
        err << "factdesk-cli: "
            << QCoreApplication::translate(
                   "FactDesk::Cli::ProjectCommands", "cannot change %1: %2. Nothing was changed.")
                   .arg(project->store()->location().toDisplayString(), project->store()->readOnlyReason())
            << "\n";
        return false;
    }
    return true;
}

const char importUsage[] = QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands",
    "Usage: factdesk-cli import PROJECT [--lang fr|en] [--editor NAME] [--wait SECONDS] "
    "FILE|FOLDER...\n"
    "Adds articles to PROJECT (created when missing), printing a line for each file as it is stored. "
    "--wait: how long to wait for a project another FactDesk holds, or for a team project's server to come "
    "back (default 10 s).\n"
    "Exit status: 0 when every file was imported or skipped as a duplicate, 1 otherwise.");
const char reviewUsage[] = QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands",
    "Usage: factdesk-cli review PROJECT --fact ID DECISION [--note TEXT] [--editor NAME] [--wait SECONDS]\n"
    "       factdesk-cli review PROJECT --fact ID --note TEXT\n"
    "       factdesk-cli review PROJECT --article ID --add START:END [--note TEXT]\n"
    "DECISION is one of:\n"
    "  --confirm             the figure as read is right (a correction is dropped)\n"
    "  --correct VALUE       VALUE is read in the article's language (\"4,2\", \"13 milliards\");\n"
    "                        a value without a unit keeps the fact's kind and unit\n"
    "    [--kind KIND] [--unit UNIT]  set them by hand (money, percent, count, quantity,\n"
    "                        multiplier, date, number)\n"
    "    [--change-kind]     accept a correction whose text changes the fact's kind\n"
    "                        (\"13 milliards\" over a date); without it that is refused\n"
    "  --reject REASON       not_a_figure, product_name, duplicate, wrong_reading, other\n"
    "  --pending             back to pending\n"
    "  --delete              delete a figure added by hand\n"
    "--add adds the figure the extractor missed between START and END (code points, as\n"
    "extract prints them), widened to whole words and read by the extractor.\n"
    "--wait: how long to wait for a project another FactDesk holds, or for a team project's server to come "
    "back (default 10 s).\n"
    "Exit status: 0 once the decision is saved, or when the fact already stood so (standard error then says "
    "who decided it first; the attempt has its line in the audit log), 1 when it could not be saved, 2 for a "
    "wrong command line, 4 when someone else changed the fact since the command read it (nothing was "
    "overwritten).");
const char exportUsage[] = QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands",
    "Usage: factdesk-cli export PROJECT --format csv|json [--all | --measures] "
    "[--excel fr|en] [-o FILE|-]\n"
    "Writes the verified facts (all of them with --all) to FILE (written whole "
    "or not at all), or to standard output without -o or with -o -.\n"
    "--measures writes the story ledger instead: one row per measure and article.");
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

/// The usage error of a wrong "--wait", the same for every command that takes it.
int waitUsageError(QTextStream &err, const QString &command, const char *usage)
{
    return usageError(err, command,
        QCoreApplication::translate(
            "FactDesk::Cli::ProjectCommands", "--wait needs a number of seconds from 0 to 3600"),
        usage);
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
                return waitUsageError(err, command, importUsage);
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
    // One line per file as soon as its fate is final (a new article once it is
    // stored): a killed import shows how far it got.
    importer.setOutcomeCallback([&out, &err](const ArticleOutcome &outcome) {
        const QString file = QDir::toNativeSeparators(outcome.fileName);
        switch (outcome.kind) {
        case ArticleOutcome::Kind::Imported:
            out << "imported\t" << file << "\n";
            break;
        case ArticleOutcome::Kind::Updated:
            out << "updated\t" << file << "\n";
            break;
        case ArticleOutcome::Kind::Skipped:
            out << "skipped\t" << file << "\t"
                << QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "already in the project")
                << "\n";
            break;
        case ArticleOutcome::Kind::Failed:
            out.flush();
            err << "failed\t" << file << "\t" << outcome.reason << "\n";
            err.flush();
            break;
        }
        out.flush();
    });
    const ProjectImportSummary summary = importer.importPaths(positional);

    for (const QString &warning : summary.warnings)
        err << "warning\t" << warning << "\n";
    for (const FactChange &change : summary.needsAttention) {
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
    // A project made by this command that holds nothing (every file failed,
    // a full disk) is not left behind: a file is removed, a team project's
    // tables are taken away again (the database is as it was).
    if (created && summary.imported.isEmpty() && summary.updated.isEmpty() && !summary.failed.isEmpty()) {
        QString error;
        const QString shown = project.store()->isTeam() ? project.store()->location().toDisplayString()
                                                        : QDir::toNativeSeparators(projectPath);
        bool removed = true;
        if (project.store()->isTeam()) {
            removed = project.store()->removeEmptyCreatedProject(&error);
        } else {
            project.attachStore(nullptr, &error);
            ProjectStore::removeFiles(QFileInfo(projectPath).absoluteFilePath());
        }
        err << "factdesk-cli: ";
        if (removed)
            err << QCoreApplication::translate(
                "FactDesk::Cli::ProjectCommands", "%1 was not created: no article could be stored in it.")
                       .arg(shown);
        else
            //: %1 why the project created for nothing is kept
            err << QCoreApplication::translate(
                "FactDesk::Cli::ProjectCommands", "No article could be stored, and the project is kept: %1")
                       .arg(error);
        err << "\n";
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

namespace {

/// The UTF-16 offset of a code point offset in text (what `extract` and the exports count), or -1 past the
/// end.
int utf16Offset(const QString &text, qint64 codePoints)
{
    int i = 0;
    for (qint64 counted = 0; counted < codePoints; ++counted) {
        if (i >= text.size())
            return -1;
        i += text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate() ? 2 : 1;
    }
    return i;
}

void printFact(QTextStream &out, const Fact &fact)
{
    out << "fact " << fact.id << "\t" << toString(fact.status);
    if (fact.status == ReviewStatus::Corrected)
        out << "\t" << fact.correctedValue
            << (fact.correctedUnit.isEmpty() ? QString() : QLatin1Char(' ') + fact.correctedUnit);
    out << "\n";
}

} // namespace

int review(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("review");
    if (wantsHelp(arguments)) {
        out << translateUsage(reviewUsage) << "\n";
        return Success;
    }
    const auto needs = [&](const char *message) {
        return usageError(err, command,
            QCoreApplication::translate("FactDesk::Cli::ProjectCommands", message), reviewUsage);
    };
    enum class Decision
    {
        None,
        Confirm,
        Reject,
        Correct,
        Pending,
        Delete,
        Add,
    };
    QString projectPath;
    QString factText;
    QString articleText;
    QString reasonText;
    QString correction;
    QString kindText;
    QString unit;
    QString span;
    QString note;
    bool hasNote = false;
    bool hasUnit = false;
    bool changeKind = false;
    QString editor = defaultEditorName();
    int decisions = 0;
    Decision decision = Decision::None;
    int waitSeconds = defaultWaitSeconds;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const auto decide = [&](Decision chosen) {
            decision = chosen;
            ++decisions;
        };
        if (argument == QLatin1String("--wait")) {
            if (!takeWait(arguments, &i, &waitSeconds))
                return waitUsageError(err, command, reviewUsage);
        } else if (argument == QLatin1String("--fact")) {
            if (!takeValue(arguments, &i, &factText))
                return needs(QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands", "--fact needs an id"));
        } else if (argument == QLatin1String("--article")) {
            if (!takeValue(arguments, &i, &articleText))
                return needs(QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands", "--article needs an id"));
        } else if (argument == QLatin1String("--confirm")) {
            decide(Decision::Confirm);
        } else if (argument == QLatin1String("--pending")) {
            decide(Decision::Pending);
        } else if (argument == QLatin1String("--delete")) {
            decide(Decision::Delete);
        } else if (argument == QLatin1String("--reject")) {
            if (!takeValue(arguments, &i, &reasonText))
                return needs(QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands", "--reject needs a reason"));
            decide(Decision::Reject);
        } else if (argument == QLatin1String("--correct")) {
            if (!takeValue(arguments, &i, &correction))
                return needs(QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands", "--correct needs a value"));
            decide(Decision::Correct);
        } else if (argument == QLatin1String("--add")) {
            if (!takeValue(arguments, &i, &span))
                return needs(QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands", "--add needs START:END"));
            decide(Decision::Add);
        } else if (argument == QLatin1String("--kind")) {
            if (!takeValue(arguments, &i, &kindText))
                return needs(QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands", "--kind needs a kind"));
        } else if (argument == QLatin1String("--unit")) {
            if (!takeValue(arguments, &i, &unit))
                return needs(QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands", "--unit needs a unit"));
            hasUnit = true;
        } else if (argument == QLatin1String("--change-kind")) {
            changeKind = true;
        } else if (argument == QLatin1String("--note")) {
            if (!takeValue(arguments, &i, &note))
                return needs(QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands", "--note needs a text"));
            hasNote = true;
        } else if (argument == QLatin1String("--editor")) {
            if (!takeValue(arguments, &i, &editor))
                return needs(QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands", "--editor needs a name"));
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
    if (decisions > 1 || (decisions == 0 && !hasNote))
        return needs(QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands",
            "give --note or one of --confirm, --reject, --correct, --pending, --delete, --add"));
    bool idOk = false;
    const qint64 factId = factText.toLongLong(&idOk);
    const qint64 articleId = articleText.toLongLong();
    if (decision == Decision::Add) {
        if (articleId <= 0 || !factText.isEmpty())
            return needs(QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands",
                "--add needs --article with a positive number, not --fact"));
    } else if (factText.isEmpty() || !idOk || factId <= 0 || !articleText.isEmpty()) {
        return needs(QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands", "--fact needs a positive number"));
    }
    if ((!kindText.isEmpty() || hasUnit || changeKind) && decision != Decision::Correct)
        return needs(QT_TRANSLATE_NOOP(
            "FactDesk::Cli::ProjectCommands", "--kind, --unit and --change-kind go with --correct"));
    // An empty value ("--reject ''", "--correct ''", as a script with an unset
    // variable writes them) is a wrong command line, not a decision to try.
    if (decision == Decision::Correct && correction.trimmed().isEmpty())
        return needs(QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands", "--correct needs a value"));
    RejectReason reason = RejectReason::None;
    if (decision == Decision::Reject && (!fromString(reasonText, &reason) || reason == RejectReason::None))
        return usageError(err, command,
            QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "unknown reason '%1'")
                .arg(reasonText),
            reviewUsage);
    CorrectionRequest request;
    request.typed = correction;
    request.kindChangeAccepted = changeKind;
    if (!kindText.isEmpty()) {
        FigureKind kind = FigureKind::Number;
        if (!fromString(kindText, &kind))
            return usageError(err, command,
                QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "unknown kind '%1'")
                    .arg(kindText),
                reviewUsage);
        request.kind = kind;
    }
    if (hasUnit)
        request.unit = unit;
    qint64 spanStart = -1;
    qint64 spanEnd = -1;
    if (decision == Decision::Add) {
        const QStringList bounds = span.split(QLatin1Char(':'));
        bool startOk = false;
        bool endOk = false;
        if (bounds.size() == 2) {
            spanStart = bounds.at(0).toLongLong(&startOk);
            spanEnd = bounds.at(1).toLongLong(&endOk);
        }
        if (!startOk || !endOk || spanStart < 0 || spanEnd <= spanStart)
            return needs(QT_TRANSLATE_NOOP("FactDesk::Cli::ProjectCommands",
                "--add needs START:END, code points with START < END, as extract prints them"));
    }

    Project project;
    project.setEditor(editor);
    if (!openProject(&project, projectPath, false, ProjectStore::OpenMode::ReadWrite, err, waitSeconds))
        return Failure;
    const QString shownPath = project.store()->location().toDisplayString();
    if (decision != Decision::Add && !project.fact(factId)) {
        err << "factdesk-cli: "
            << QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "there is no fact %1 in %2")
                   .arg(factId)
                   .arg(shownPath)
            << "\n";
        return Failure;
    }

    // Every rule is the Reviewer's: the command line only says which action and writes its step.
    const Reviewer reviewer(&project);
    ReviewDecision decided;
    switch (decision) {
    case Decision::Confirm:
        decided = reviewer.confirm(factId);
        break;
    case Decision::Reject:
        decided = reviewer.reject(factId, reason);
        break;
    case Decision::Correct:
        decided = reviewer.correct(factId, request);
        break;
    case Decision::Pending:
        decided = reviewer.resetToPending(factId);
        break;
    case Decision::Delete:
        decided = reviewer.deleteFigure(factId);
        break;
    case Decision::Add: {
        const Article *article = project.article(articleId);
        if (!article) {
            err << "factdesk-cli: "
                << QCoreApplication::translate(
                       "FactDesk::Cli::ProjectCommands", "there is no article %1 in %2")
                       .arg(articleId)
                       .arg(shownPath)
                << "\n";
            return Failure;
        }
        const int start = utf16Offset(article->text, spanStart);
        const int end = utf16Offset(article->text, spanEnd);
        decided = reviewer.addFigure(articleId, start, end < 0 ? int(article->text.size()) + 1 : end);
        break;
    }
    case Decision::None:
        break;
    }
    const auto refuse = [&](const QString &why) {
        const QString subject = decision == Decision::Add
            ? QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "article %1 in %2")
            : QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "fact %1 in %2");
        //: %1 is "fact 3 in project.factdesk", %2 why nothing was changed
        err << "factdesk-cli: "
            << QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "%1: %2 Nothing was changed.")
                   .arg(subject.arg(decision == Decision::Add ? articleId : factId).arg(shownPath), why)
            << "\n";
        return Failure;
    };
    if (decided.outcome == ReviewDecision::Outcome::Refused)
        return refuse(decided.message);
    if (decided.outcome == ReviewDecision::Outcome::KindChange)
        return refuse(decided.message + QLatin1Char(' ')
            + QCoreApplication::translate(
                "FactDesk::Cli::ProjectCommands", "Give --change-kind to correct it all the same."));
    QString error;
    const auto sayOfFact = [&](const QString &message) {
        err << "factdesk-cli: "
            << QCoreApplication::translate("FactDesk::Cli::ProjectCommands", "fact %1 in %2")
                   .arg(factId)
                   .arg(shownPath)
            << ": " << message << "\n";
    };
    // A write that failed; when someone else changed the fact since it was read, nothing was
    // overwritten and exit 4 says so.
    const auto notWritten = [&] {
        if (project.lastConflict()) {
            sayOfFact(error);
            return int(Conflict);
        }
        err << "factdesk-cli: " << error << "\n";
        return int(Failure);
    };
    // A decision the fact already stands at writes nothing but its audit line (the log holds every
    // attempt), and says who took it first: the wish is met, the exit status is 0.
    QString unchanged;
    const auto recordUnchanged = [&](const ReviewDecision &same) {
        UnchangedReview already;
        if (reviewer.recordUnchanged(same, &already, &error)) {
            unchanged = already.message();
            return true;
        }
        return false;
    };
    if (decided.isChange() && !reviewer.apply(decided.step, &error))
        return notWritten();
    if (decision != Decision::None && !decided.isChange() && !recordUnchanged(decided))
        return notWritten();
    const qint64 reviewedId = decision == Decision::Add ? decided.step.factId() : factId;
    // The note is its own step, written after the decision, as the window writes it.
    if (hasNote) {
        ReviewDecision noted = reviewer.setNote(reviewedId, note);
        if (noted.outcome == ReviewDecision::Outcome::Refused)
            return refuse(noted.message);
        const bool written = noted.isChange() ? reviewer.apply(noted.step, &error)
            : decision == Decision::None      ? recordUnchanged(noted)
                                              : true;
        if (!written)
            return notWritten();
        if (noted.isChange())
            unchanged.clear(); // the note was changed: the command did change the fact
    }
    if (!unchanged.isEmpty())
        sayOfFact(unchanged);
    if (decision == Decision::Delete) {
        out << "fact " << factId << "\tdeleted\n";
        return Success;
    }
    const Fact *saved = project.fact(reviewedId);
    if (decision == Decision::Add)
        out << "fact " << saved->id << "\tadded\t" << toString(saved->figure.kind) << "\t"
            << saved->figure.value << "\t" << saved->figure.unit << "\t" << saved->quote << "\n";
    else
        printFact(out, *saved);
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
    bool measures = false;
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
        } else if (argument == QLatin1String("--measures")) {
            measures = true;
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
    if (all && measures)
        return usageError(err, command,
            QCoreApplication::translate("FactDesk::Cli::ProjectCommands",
                "--all and --measures do not go together: the measures hold every fact not rejected"),
            exportUsage);

    // Read-only: exporting never needs the lock, so it works while a window has the project open.
    Project project;
    if (!openProject(&project, projectPath, false, ProjectStore::OpenMode::ReadOnly, err))
        return Failure;

    // No -o, or "-o -": standard output, written as it goes.
    const bool toStandardOutput = outputPath.isEmpty() || outputPath == QLatin1String("-");
    QFile standardOutput;
    if (toStandardOutput) {
        out.flush();
        standardOutput.open(stdout, QIODevice::WriteOnly);
    }
    QString error;
    bool written = false;
    if (format == QLatin1String("csv")) {
        CsvWriter writer(project);
        writer.setAllFacts(all);
        writer.setMeasures(measures);
        if (excel == QLatin1String("fr"))
            writer.setDialect(CsvWriter::Dialect::ExcelFrench);
        else if (excel == QLatin1String("en"))
            writer.setDialect(CsvWriter::Dialect::ExcelEnglish);
        written = toStandardOutput ? writer.writeTo(&standardOutput, &error) : writer.write(outputPath, &error);
    } else {
        JsonWriter writer(project);
        writer.setAllFacts(all);
        writer.setMeasures(measures);
        written = toStandardOutput ? writer.writeTo(&standardOutput, &error) : writer.write(outputPath, &error);
    }
    if (toStandardOutput && (!written || !standardOutput.flush())) {
        err << "factdesk-cli: "
            << QCoreApplication::translate("FactDesk::Cli",
                   "standard output: cannot be written (is the disk full?); the output is incomplete")
            << "\n";
        return Failure;
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
                return waitUsageError(err, command, repairUsage);
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
    if (ProjectLocation::looksLikeTeamProject(projectPath)) {
        err << "factdesk-cli: "
            << QCoreApplication::translate("FactDesk::Cli::ProjectCommands",
                   "repair works on project files; a team project's server keeps its own indexes sound.")
            << "\n";
        return Usage;
    }
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
