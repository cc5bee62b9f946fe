#include "project/samplelibrary.h"

#include "article/articleimporter.h"
#include "project/project.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

// The resources live in a static library: they must be registered by hand,
// and Q_INIT_RESOURCE cannot be used inside a namespace.
static void initSampleResources()
{
    Q_INIT_RESOURCE(samples);
}

namespace FactDesk {

QVector<SampleLibrary::Sample> SampleLibrary::samples()
{
    return {
        { QStringLiteral(":/samples/helvar-quantix-courrier.html"), QStringLiteral("fr") },
        { QStringLiteral(":/samples/quantix-tech-hebdo.md"), QStringLiteral("fr") },
        { QStringLiteral(":/samples/helvar-stake-ledger.md"), QStringLiteral("en") },
    };
}

QString SampleLibrary::defaultProjectPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("samples.factdesk"));
}

int SampleLibrary::importInto(Project *project, QString *error)
{
    initSampleResources();
    // The same importer as the window's and factdesk-cli's: a sample is read,
    // extracted and stored exactly like any article.
    ProjectImporter importer(project);
    ProjectImportSummary summary;
    for (const Sample &sample : samples()) {
        QFile file(sample.resourcePath);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("The sample article %1 is missing from this build.").arg(sample.resourcePath);
            return -1;
        }
        ImportOptions options;
        options.language = sample.language;
        const ImportResult result
            = ArticleImporter::importData(file.readAll(), QFileInfo(sample.resourcePath).fileName(), options);
        if (!result.ok) {
            *error = tr("The sample article %1 could not be read: %2").arg(sample.resourcePath, result.error);
            return -1;
        }
        importer.importArticle(result.article, &summary);
        if (!summary.failed.isEmpty()) {
            *error = tr("The sample article %1 could not be stored: %2")
                         .arg(sample.resourcePath, summary.failed.constFirst().reason);
            return -1;
        }
    }
    return int(summary.imported.size());
}

bool SampleLibrary::createProjectFile(const QString &path, const QString &editor, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = tr("%1 already exists.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("The folder %1 could not be created.")
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return false;
    }
    std::unique_ptr<ProjectStore> store = ProjectStore::create(path, error);
    if (!store)
        return false;
    // A scratch Project writes through the store; the file is complete and
    // closed when it goes out of scope, ready to be opened like any other.
    Project scratch;
    // The audit log says who imported the samples, like any other import.
    scratch.setEditor(editor);
    if (!scratch.attachStore(std::move(store), error))
        return false;
    if (importInto(&scratch, error) < 0) {
        scratch.attachStore(nullptr);
        QFile::remove(path);
        return false;
    }
    return true;
}

} // namespace FactDesk
