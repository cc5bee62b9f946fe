// The figure extractor of one language (FACTDESK_FUZZ_LANGUAGE) on any text:
// figures lie inside the text, sorted and not overlapping.

#include "fuzzsupport_p.h"

#include "figures/extractor.h"
#include "figures/figure.h"

#include <QDate>

using namespace FactDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Extractor extractor(QStringLiteral(FACTDESK_FUZZ_LANGUAGE));
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), int(size));
    const QVector<Figure> figures = extractor.extract(text, QDate(2025, 10, 29));
    qsizetype previousEnd = 0;
    for (const Figure &figure : figures) {
        if (figure.start < previousEnd || figure.end <= figure.start || figure.end > text.size())
            Fuzz::fail(QStringLiteral("figure %1-%2 out of place").arg(figure.start).arg(figure.end));
        previousEnd = figure.end;
    }
    return 0;
}
