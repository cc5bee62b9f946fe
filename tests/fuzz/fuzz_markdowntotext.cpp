// The Markdown converter on any text (inputs up to 64 KB: see bootstrap.sh).

#include "fuzzsupport_p.h"

#include "article/markdowntotext.h"
#include "article/markupconversion_p.h"

using namespace FactDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown = QString::fromUtf8(reinterpret_cast<const char *>(data), int(size));
    const MarkupConversion conversion = MarkdownToText::convert(markdown);
    if (conversion.text.size() > 2 * markdown.size() + 16)
        Fuzz::fail(QStringLiteral("the text grew far beyond its source"));
    return 0;
}
