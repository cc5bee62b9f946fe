// The text decoder: any bytes give text or a refusal, and the same verdict and
// characters whether decoded whole or in pieces cut where the input says.

#include "fuzzsupport_p.h"

#include "article/textdecoder.h"
#include "article/textencodingdetector.h"

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
    // The first byte chooses the cut: pieces of 1 to 16 bytes.
    const int piece = 1 + data[0] % 16;
    const QByteArray bytes = Fuzz::bytesOf(data + 1, size - 1);
    const TextDecoder::Result whole = TextDecoder::decode(bytes, QStringLiteral("f.txt"));
    if (whole.ok == !whole.error.isEmpty())
        Fuzz::fail(QStringLiteral("a result must be either text or an error"));
    if (whole.ok && whole.text.contains(QLatin1Char('\r')))
        Fuzz::fail(QStringLiteral("a CR survived line-ending normalisation"));

    TextEncodingDetector detector(QStringLiteral("f.txt"));
    for (qsizetype at = 0; at < bytes.size(); at += piece)
        detector.feed(bytes.constData() + at, std::min<qsizetype>(piece, bytes.size() - at));
    const TextEncodingDetector::Verdict verdict = detector.finish();
    if (verdict.ok != whole.ok || verdict.error != whole.error || verdict.warnings != whole.warnings)
        Fuzz::fail(QStringLiteral("the detector's verdict depends on the cuts"));
    if (!verdict.ok)
        return 0;
    TextDecoder decoder(verdict.encoding);
    QString text;
    qsizetype at = verdict.bodyStart;
    do {
        const qsizetype length = std::min<qsizetype>(piece, bytes.size() - at);
        text += decoder.decodePiece(bytes.constData() + at, length, at + length >= bytes.size());
        at += length;
    } while (at < bytes.size());
    if (text != whole.text)
        Fuzz::fail(QStringLiteral("decoding in pieces of %1 bytes gives other text").arg(piece));
    return 0;
}
