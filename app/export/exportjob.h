#pragma once

#include "csvwriter.h"

#include <QObject>
#include <QString>

#include <memory>

namespace FactDesk {

class Project;
class ExportJobPrivate;

/**
 * Writes an export file on a thread of its own, so that the window keeps
 * turning while 300,000 facts are written. The facts are taken from the
 * project when start() is called (an implicitly shared copy: the analyst may
 * go on reviewing; the file holds the facts as they were then).
 *
 * The file is written atomically: a cancelled or failed export leaves no
 * partial file, and an earlier file at the same path intact.
 */
class ExportJob : public QObject
{
    Q_OBJECT
public:
    enum class Format
    {
        Csv,
        Json,
    };

    explicit ExportJob(const Project *project, QObject *parent = nullptr);
    /// Cancels a running export and waits for its thread.
    ~ExportJob() override;

    void setFormat(Format format);
    void setAllFacts(bool all);
    /// For CSV only.
    void setDialect(CsvWriter::Dialect dialect);
    /// The project's story ledger, up to date, read on start(); without it each export builds one.
    void setStoryLedger(const StoryLedger *ledger);

    /// Starts writing path and returns at once; false if an export already runs.
    bool start(const QString &path);
    bool isRunning() const;
    /// Why the last export failed ("Cannot write …: …"), or empty.
    QString lastError() const;

public Q_SLOTS:
    /// Stops before the next few hundred rows; the file is not written.
    void cancel();

Q_SIGNALS:
    /// done of total facts written so far.
    void progressChanged(int done, int total);
    /// The file is complete (ok), or was not written at all (see lastError(); cancelled says why).
    void finished(bool ok, bool cancelled);

private:
    std::unique_ptr<ExportJobPrivate> d;
};

} // namespace FactDesk
