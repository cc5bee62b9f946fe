#include "importprogress.h"

#include "project/project.h"
#include "project/projectimporter.h"

#include <QFileInfo>
#include <QProgressDialog>

namespace FactDesk {

class ImportProgressPrivate
{
public:
    Project *project = nullptr;
    QWidget *dialogParent = nullptr;
    ProjectImporter *importer = nullptr; ///< while run() runs
    bool cancelRequested = false;
};

ImportProgress::ImportProgress(Project *project, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ImportProgressPrivate>())
{
    d->project = project;
    d->dialogParent = dialogParent;
}

ImportProgress::~ImportProgress() = default;

ProjectImportSummary ImportProgress::run(const QStringList &paths)
{
    ProjectImporter importer(d->project);
    d->importer = &importer;
    d->cancelRequested = false;

    QProgressDialog dialog(d->dialogParent);
    dialog.setWindowTitle(tr("Importing Articles"));
    dialog.setLabelText(tr("Looking for articles…"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    // A handful of small files is done before a dialog would be worth showing.
    dialog.setMinimumDuration(500);
    connect(&dialog, &QProgressDialog::canceled, this, &ImportProgress::cancel);

    importer.setProgressCallback([this, &dialog](int index, int count, const QString &fileName) {
        dialog.setMaximum(count);
        dialog.setLabelText(
            tr("Importing %1 of %2: %3").arg(index + 1).arg(count).arg(QFileInfo(fileName).fileName()));
        dialog.setValue(index); // processes events while the dialog is modal: Cancel is heard here
        Q_EMIT fileStarted(index, count, fileName);
        if (d->cancelRequested)
            d->importer->cancel();
    });
    ProjectImportSummary summary = importer.importPaths(paths);
    dialog.setValue(dialog.maximum());
    d->importer = nullptr;
    return summary;
}

void ImportProgress::cancel()
{
    d->cancelRequested = true;
    if (d->importer)
        d->importer->cancel();
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
