// The streamed reader over an in-memory file: it ends, with a bounded number
// of reads, and gives exactly the whole-file text, whatever the block size.

#include "fuzzsupport_p.h"

#include "article/plaintextstreamreader.h"
#include "article/textdecoder.h"

#include <QBuffer>

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
    const int blockSize = 16 + data[0] % 64; // the reader's smallest blocks, where cuts are many
    const QByteArray bytes = Fuzz::bytesOf(data + 1, size - 1);
    const TextDecoder::Result whole = TextDecoder::decode(bytes, QStringLiteral("f.txt"));

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    PlainTextStreamReader reader(&buffer, QStringLiteral("f.txt"), blockSize);
    const bool opened = reader.open();
    if (opened != whole.ok || reader.errorString() != whole.error || reader.warnings() != whole.warnings)
        Fuzz::fail(QStringLiteral("streamed and whole verdicts differ (blocks of %1)").arg(blockSize));
    if (!opened)
        return 0;
    QString text;
    const qsizetype maximumBlocks = bytes.size() / (blockSize / 2) + 4;
    for (qsizetype blocks = 0; !reader.atEnd(); ++blocks) {
        if (blocks > maximumBlocks)
            Fuzz::fail(QStringLiteral("the reader does not end"));
        text += reader.readBlock();
    }
    if (text != whole.text)
        Fuzz::fail(QStringLiteral("streamed text differs from whole text (blocks of %1)").arg(blockSize));
    return 0;
}
