// The article importer: any bytes under any of its file types give an article
// or a reason, never both and never neither.

#include "fuzzsupport_p.h"

#include "article/articleimporter.h"

using namespace FactDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const QString names[]
        = { QStringLiteral("a.txt"), QStringLiteral("a.md"), QStringLiteral("a.html") };
    const QString &name = names[data[0] % 3];
    const ImportResult result = ArticleImporter::importData(Fuzz::bytesOf(data + 1, size - 1), name);
    if (result.ok == !result.error.isEmpty())
        Fuzz::fail(QStringLiteral("an import must give an article or a reason"));
    if (result.ok && result.article.text.contains(QChar(0)))
        Fuzz::fail(QStringLiteral("a NUL character in an imported article"));
    return 0;
}
