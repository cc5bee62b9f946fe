#pragma once

#include "projectimporter.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace FactDesk {

class Project;
class ProjectImportJobPrivate;

/**
 * A ProjectImporter run that leaves the caller's event loop turning: files
 * are read and their figures found on a thread of their own, while the
 * project (which belongs to its thread) stores them between two events, in
 * batches, in the order of the files. The window imports through it; the
 * outcome of each file is announced as soon as it is final.
 *
 * cancel() stops the reading before the next file; what was read already is
 * stored (whole articles only) and finished() follows. Destroying a running
 * job stops its thread and stores nothing more.
 */
class ProjectImportJob : public QObject
{
    Q_OBJECT
public:
    explicit ProjectImportJob(Project *project, QObject *parent = nullptr);
    ~ProjectImportJob() override;

    void setOptions(const ImportOptions &options);
    /// Starts importing paths (folders recursively) and returns at once; false if already running.
    bool start(const QStringList &paths);
    bool isRunning() const;
    /// What was done so far; whole once finished() was emitted.
    const ProjectImportSummary &summary() const;

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    /// The files were found: total of them (missing paths included).
    void filesCounted(int total);
    /// One file's fate, in the order of the files.
    void articleDone(const FactDesk::ArticleOutcome &outcome);
    /// Every file was handled, or the job was cancelled (summary().cancelled).
    void finished();

private:
    std::unique_ptr<ProjectImportJobPrivate> d;
};

} // namespace FactDesk

Q_DECLARE_METATYPE(FactDesk::ArticleOutcome)
