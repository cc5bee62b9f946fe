// The HTML converter on any text.

#include "fuzzsupport_p.h"

#include "article/htmltotext.h"
#include "article/markupconversion_p.h"

using namespace FactDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), int(size));
    const MarkupConversion conversion = HtmlToText::convert(html);
    if (conversion.text.contains(QChar(0)) && !html.contains(QChar(0)))
        Fuzz::fail(QStringLiteral("a NUL character appeared in the text"));
    HtmlToText::looksLikeHtml(html);
    return 0;
}
