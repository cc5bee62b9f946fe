#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QWidget;

namespace FactDesk {

class Project;
struct ArticleOutcome;
struct ProjectImportSummary;
class ImportProgressPrivate;

/**
 * Imports files and folders with a ProjectImportJob (articles are read on a
 * thread of their own and stored between two events, so the window keeps
 * turning) behind a cancellable progress dialog ("Importing 3 of 12:
 * budget.html"), and words the outcome for the analyst: how many articles
 * were imported, duplicates skipped, files that failed and why, facts needing
 * attention after the re-import of a changed article.
 *
 * The dialog is not modal: the analyst may go on reviewing while articles
 * arrive. Cancel stops before the next article; those stored stay, whole.
 */
class ImportProgress : public QObject
{
    Q_OBJECT
public:
    ImportProgress(Project *project, QWidget *dialogParent, QObject *parent = nullptr);
    ~ImportProgress() override;

    /// Starts importing paths (folders recursively) and returns at once; finished() follows.
    void start(const QStringList &paths);
    bool isRunning() const;
    /// What happened so far; whole once finished() was emitted.
    const ProjectImportSummary &summary() const;

    /// "3 articles imported. 1 duplicate skipped. …", one sentence per kind of outcome.
    static QString summaryText(const ProjectImportSummary &summary);
    /// The failures and facts needing attention, one per line, for the details of the message.
    static QString summaryDetails(const ProjectImportSummary &summary);

public Q_SLOTS:
    /// Stops the import before the next article, as the dialog's Cancel button does.
    void cancel();

Q_SIGNALS:
    /// One file's fate, in the order of the files (the dialog's progress follows it).
    void articleDone(const FactDesk::ArticleOutcome &outcome);
    /// Every file was handled, or the import was cancelled (summary().cancelled).
    void finished();

private:
    std::unique_ptr<ImportProgressPrivate> d;
};

} // namespace FactDesk
