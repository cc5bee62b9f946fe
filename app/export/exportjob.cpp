#include "exportjob.h"

#include "jsonwriter.h"

#include <QThread>

#include <atomic>
#include <functional>

namespace FactDesk {

class ExportJobPrivate
{
public:
    const Project *project = nullptr;
    ExportJob::Format format = ExportJob::Format::Csv;
    bool allFacts = false;
    CsvWriter::Dialect dialect = CsvWriter::Dialect::Rfc4180;
    const StoryLedger *ledger = nullptr;
    std::unique_ptr<QThread> writer;
    std::atomic<bool> cancelled { false };
    QString lastError;
    bool running = false;

    void stop()
    {
        cancelled = true;
        if (writer) {
            writer->wait();
            writer.reset();
        }
    }
};

ExportJob::ExportJob(const Project *project, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ExportJobPrivate>())
{
    d->project = project;
}

ExportJob::~ExportJob()
{
    d->stop();
}

void ExportJob::setFormat(Format format)
{
    d->format = format;
}

void ExportJob::setAllFacts(bool all)
{
    d->allFacts = all;
}

void ExportJob::setDialect(CsvWriter::Dialect dialect)
{
    d->dialect = dialect;
}

void ExportJob::setStoryLedger(const StoryLedger *ledger)
{
    d->ledger = ledger;
}

bool ExportJob::start(const QString &path)
{
    if (d->running)
        return false;
    d->running = true;
    d->cancelled = false;
    d->lastError.clear();

    // The writer reads the project here, on the project's thread; from then on
    // it holds its own (shared) copy and touches the project no more.
    std::function<bool(QString *, const ExportProgress &)> write;
    if (d->format == Format::Json) {
        auto writer = std::make_shared<JsonWriter>(*d->project);
        writer->setAllFacts(d->allFacts);
        writer->setStoryLedger(d->ledger);
        writer->annotationCount();
        write = [writer, path](QString *error, const ExportProgress &progress) {
            return writer->write(path, error, progress);
        };
    } else {
        auto writer = std::make_shared<CsvWriter>(*d->project);
        writer->setAllFacts(d->allFacts);
        writer->setStoryLedger(d->ledger);
        writer->setDialect(d->dialect);
        writer->rowCount();
        write = [writer, path](QString *error, const ExportProgress &progress) {
            return writer->write(path, error, progress);
        };
    }
    d->writer.reset(QThread::create([this, write] {
        QString error;
        const ExportProgress progress = [this](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT progressChanged(done, total); }, Qt::QueuedConnection);
            return !d->cancelled;
        };
        const bool ok = write(&error, progress);
        QMetaObject::invokeMethod(
            this,
            [this, ok, error] {
                if (d->writer) {
                    d->writer->wait(); // it has just posted this and returns
                    d->writer.reset();
                }
                d->running = false;
                d->lastError = ok ? QString() : error;
                Q_EMIT finished(ok, !ok && d->cancelled);
            },
            Qt::QueuedConnection);
    }));
    d->writer->start();
    return true;
}

bool ExportJob::isRunning() const
{
    return d->running;
}

QString ExportJob::lastError() const
{
    return d->lastError;
}

void ExportJob::cancel()
{
    d->cancelled = true;
}

} // namespace FactDesk
