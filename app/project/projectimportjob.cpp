#include "projectimportjob.h"

#include "figures/extractorcache.h"
#include "project.h"

#include <QPointer>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace FactDesk {

namespace {

// Articles read ahead of the project: enough to keep both cores busy, few
// enough that memory does not follow the size of the folder.
constexpr int readAhead = 32;
// A batch that waits this long for the next article is written anyway.
constexpr int idleFlushMilliseconds = 200;

} // namespace

class ProjectImportJobPrivate
{
public:
    ProjectImportJob *q = nullptr;
    Project *project = nullptr;
    ImportOptions options;
    std::unique_ptr<ProjectImporter> importer;
    ProjectImportSummary summary;
    std::unique_ptr<QThread> reader;
    QSemaphore room { readAhead }; ///< places left for articles read ahead
    std::atomic<bool> cancelled { false };
    QTimer idleFlush;
    bool running = false;

    void stopReader()
    {
        cancelled = true;
        room.release(readAhead); // a reader waiting for room wakes up and sees the flag
        if (reader) {
            reader->wait();
            reader.reset();
        }
    }

    /// Runs on the reading thread.
    void read(const QStringList &paths, ExtractorCache *extractors, const ImportOptions &readOptions)
    {
        QVector<ProjectImportSummary::Failure> missing;
        const QStringList files = ProjectImporter::collectFiles(paths, &missing);
        QMetaObject::invokeMethod(
            q, [this, missing, total = int(files.size() + missing.size())] { counted(missing, total); },
            Qt::QueuedConnection);
        for (const QString &file : files) {
            room.acquire();
            if (cancelled)
                break;
            PreparedArticle prepared = ProjectImporter::prepareFile(file, readOptions, extractors);
            QMetaObject::invokeMethod(q, [this, prepared] { take(prepared); }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(q, [this] { readingDone(); }, Qt::QueuedConnection);
    }

    void counted(const QVector<ProjectImportSummary::Failure> &missing, int total)
    {
        summary.filesTotal = total;
        Q_EMIT q->filesCounted(total);
        for (const ProjectImportSummary::Failure &failure : missing) {
            PreparedArticle prepared;
            prepared.fileName = failure.fileName;
            prepared.read.error = failure.reason;
            importer->add(prepared, &summary);
        }
    }

    void take(const PreparedArticle &prepared)
    {
        room.release();
        importer->add(prepared, &summary);
        idleFlush.start();
    }

    void readingDone()
    {
        idleFlush.stop();
        importer->flush(&summary);
        summary.cancelled = cancelled;
        if (reader) {
            reader->wait(); // it has just posted this and returns
            reader.reset();
        }
        running = false;
        Q_EMIT q->finished();
    }
};

ProjectImportJob::ProjectImportJob(Project *project, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ProjectImportJobPrivate>())
{
    qRegisterMetaType<ArticleOutcome>();
    d->q = this;
    d->project = project;
    d->idleFlush.setSingleShot(true);
    d->idleFlush.setInterval(idleFlushMilliseconds);
    connect(&d->idleFlush, &QTimer::timeout, this, [this] { d->importer->flush(&d->summary); });
}

ProjectImportJob::~ProjectImportJob()
{
    d->stopReader();
}

void ProjectImportJob::setOptions(const ImportOptions &options)
{
    d->options = options;
}

bool ProjectImportJob::start(const QStringList &paths)
{
    if (d->running)
        return false;
    d->running = true;
    d->cancelled = false;
    d->summary = ProjectImportSummary();
    d->importer = std::make_unique<ProjectImporter>(d->project);
    d->importer->setOptions(d->options);
    d->importer->setOutcomeCallback([this](const ArticleOutcome &outcome) { Q_EMIT articleDone(outcome); });
    ExtractorCache *extractors = d->importer->extractors();
    const ImportOptions options = d->options;
    d->reader.reset(QThread::create([this, paths, extractors, options] { d->read(paths, extractors, options); }));
    d->reader->start();
    return true;
}

bool ProjectImportJob::isRunning() const
{
    return d->running;
}

const ProjectImportSummary &ProjectImportJob::summary() const
{
    return d->summary;
}

void ProjectImportJob::cancel()
{
    if (!d->running)
        return;
    d->cancelled = true;
    d->room.release(); // a reader waiting for room wakes up and sees the flag
}

} // namespace FactDesk
