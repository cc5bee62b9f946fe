#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QWidget;

namespace FactDesk {

class Project;
struct ProjectImportSummary;
class ImportProgressPrivate;

/**
 * Runs a ProjectImporter over files and folders behind a window-modal,
 * cancellable QProgressDialog ("Importing 3 of 12: budget.html"), and words
 * the outcome for the analyst: how many articles were imported, duplicates
 * skipped, files that failed and why, facts needing attention after the
 * re-import of a changed article.
 *
 * The import runs in the GUI thread (the Project is not shared between
 * threads); the dialog keeps the window painted between two articles, and
 * Cancel stops between two articles, never inside one.
 */
class ImportProgress : public QObject
{
    Q_OBJECT
public:
    ImportProgress(Project *project, QWidget *dialogParent, QObject *parent = nullptr);
    ~ImportProgress() override;

    /// Imports paths (folders recursively); returns what happened.
    ProjectImportSummary run(const QStringList &paths);

    /// "3 articles imported. 1 duplicate skipped. …", one sentence per kind of outcome.
    static QString summaryText(const ProjectImportSummary &summary);
    /// The failures and facts needing attention, one per line, for the details of the message.
    static QString summaryDetails(const ProjectImportSummary &summary);

public Q_SLOTS:
    /// Stops the import before the next article, as the dialog's Cancel button does.
    void cancel();

Q_SIGNALS:
    /// Before each file is read; index counts from 0.
    void fileStarted(int index, int count, const QString &fileName);

private:
    std::unique_ptr<ImportProgressPrivate> d;
};

} // namespace FactDesk
