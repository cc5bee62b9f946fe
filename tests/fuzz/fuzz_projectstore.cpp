// The project store opening a damaged project file (seeds: projects made by
// bootstrap.sh from tests/data): it refuses with a reason or opens, loads and
// takes a write, never crashes, and never passes a raw SQLite message on.

#include "fuzzsupport_p.h"

#include "article/article.h"
#include "project/projectstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace FactDesk;

namespace {

void checkMessage(const QString &message)
{
    // Qt SQL's "Unable to fetch row", SQLite's "database disk image is malformed", …
    static const char *const raw[] = { "Unable to", "malformed", "constraint failed", "SQL logic error",
        "disk I/O error", "no such table", "no such column" };
    for (const char *words : raw) {
        if (message.contains(QLatin1String(words)))
            Fuzz::fail(QStringLiteral("a raw SQLite message reached the user: ") + message);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/factdesk-fuzz-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("damaged.factdesk"));
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            Fuzz::fail(QStringLiteral("cannot write the input file"));
    }
    for (const ProjectStore::OpenMode mode :
        { ProjectStore::OpenMode::ReadOnly, ProjectStore::OpenMode::ReadWrite }) {
        QString error;
        std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error, mode);
        if (!store) {
            if (error.isEmpty())
                Fuzz::fail(QStringLiteral("a refusal without a reason"));
            checkMessage(error);
            continue;
        }
        QVector<Article> articles;
        QVector<Fact> facts;
        if (!store->load(&articles, &facts, &error)) {
            checkMessage(error);
            continue;
        }
        if (store->isReadOnly())
            continue;
        Article article;
        article.id = 1000000;
        article.title = QStringLiteral("Fuzz");
        article.text = QStringLiteral("Le taux atteint 4,2 %.");
        article.language = QStringLiteral("fr");
        if (!store->insertArticle(article, {}, QStringLiteral("fuzz"), &error))
            checkMessage(error);
    }
    return 0;
}
