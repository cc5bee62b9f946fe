#include "importprogress.h"

#include "project/project.h"
#include "project/projectimportjob.h"

#include <QFileInfo>
#include <QPointer>
#include <QProgressDialog>

namespace FactDesk {

class ImportProgressPrivate
{
public:
    ProjectImportJob *job = nullptr;
    QPointer<QProgressDialog> dialog;
};

ImportProgress::ImportProgress(Project *project, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ImportProgressPrivate>())
{
    d->job = new ProjectImportJob(project, this);
    // Not modal: a modal QProgressDialog runs the event loop inside setValue(),
    // under the job's own slot. The window stays usable while articles arrive.
    d->dialog = new QProgressDialog(dialogParent);
    d->dialog->setWindowTitle(tr("Importing Articles"));
    d->dialog->setLabelText(tr("Looking for articles…"));
    d->dialog->setAutoClose(false);
    d->dialog->setAutoReset(false);
    // A handful of small files is done before a dialog would be worth showing.
    d->dialog->setMinimumDuration(500);
    d->dialog->setRange(0, 0);
    d->dialog->reset(); // no window until start()
    connect(d->dialog, &QProgressDialog::canceled, this, &ImportProgress::cancel);
    connect(d->job, &ProjectImportJob::filesCounted, this, [this](int total) {
        if (d->dialog)
            d->dialog->setRange(0, total);
    });
    connect(d->job, &ProjectImportJob::articleDone, this, [this](const ArticleOutcome &outcome) {
        if (d->dialog && !d->dialog->wasCanceled()) {
            d->dialog->setLabelText(tr("Importing %1 of %2: %3")
                                        .arg(outcome.processed)
                                        .arg(outcome.filesTotal)
                                        .arg(QFileInfo(outcome.fileName).fileName()));
            d->dialog->setValue(outcome.processed);
        }
        Q_EMIT articleDone(outcome);
    });
    connect(d->job, &ProjectImportJob::finished, this, [this] {
        if (d->dialog)
            d->dialog->reset(); // hides it
        Q_EMIT finished();
    });
}

ImportProgress::~ImportProgress()
{
    delete d->dialog.data(); // a child of the window, which may outlive this
}

void ImportProgress::start(const QStringList &paths)
{
    if (d->dialog) {
        d->dialog->setRange(0, 0);
        d->dialog->setValue(0); // starts the minimum-duration clock
    }
    d->job->start(paths);
}

bool ImportProgress::isRunning() const
{
    return d->job->isRunning();
}

const ProjectImportSummary &ImportProgress::summary() const
{
    return d->job->summary();
}

void ImportProgress::cancel()
{
    if (d->dialog)
        d->dialog->setLabelText(tr("Stopping after the current article…"));
    d->job->cancel();
}

QString ImportProgress::summaryText(const ProjectImportSummary &summary)
{
    QStringList sentences;
    if (summary.cancelled)
        sentences << tr(
            "The import was cancelled after %n file(s); nothing was half imported.", "", summary.processed());
    const int imported = int(summary.imported.size());
    sentences << tr("%n article(s) imported.", "", imported);
    if (!summary.updated.isEmpty())
        sentences << tr("%n article(s) updated to a new version.", "", int(summary.updated.size()));
    if (!summary.skippedDuplicates.isEmpty())
        sentences << tr("%n duplicate(s) skipped: their text is already in the project.", "",
            int(summary.skippedDuplicates.size()));
    if (!summary.failed.isEmpty())
        sentences << tr("%n file(s) could not be imported.", "", int(summary.failed.size()));
    if (!summary.needsAttention.isEmpty())
        sentences << tr("Check %n fact(s) again: their figure changed or disappeared in the new version.", "",
            int(summary.needsAttention.size()));
    return sentences.join(QLatin1Char(' '));
}

QString ImportProgress::summaryDetails(const ProjectImportSummary &summary)
{
    QStringList lines;
    for (const auto &failure : summary.failed)
        lines << tr("%1: %2", "file name: reason it failed")
                     .arg(QFileInfo(failure.fileName).fileName(), failure.reason);
    for (const FactChange &change : summary.needsAttention) {
        const QString quote = change.before.quote;
        if (change.kind == FactChange::Kind::Disappeared)
            lines << tr("“%1” is no longer in the article.").arg(quote);
        else
            lines << tr("“%1” now reads “%2”.").arg(quote, change.after.quote);
    }
    for (const QString &warning : summary.warnings)
        lines << warning;
    return lines.join(QLatin1Char('\n'));
}

} // namespace FactDesk
