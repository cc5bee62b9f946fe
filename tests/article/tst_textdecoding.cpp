// One decoder defines the text of a file: TextDecoder::decode on the whole
// bytes. The streamed path (TextEncodingDetector and a TextDecoder fed piece
// by piece, as PlainTextStreamReader does) must give exactly the same
// characters, encoding and messages whatever the cuts; and no read loop may
// spin on a file that ends in the middle of a character.

#include "article/plaintextstreamreader.h"
#include "article/textdecoder.h"
#include "article/textencodingdetector.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace FactDesk;

namespace {

/// A buffer that counts the reads it serves and fails once a budget is spent,
/// so a reader that loops without progress ends (and the test says so)
/// instead of hanging.
class CountingBuffer : public QBuffer
{
public:
    CountingBuffer(const QByteArray &bytes, qint64 readBudget)
        : m_readBudget(readBudget)
    {
        setData(bytes);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    qint64 reads() const { return m_reads; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (++m_reads > m_readBudget) {
            setErrorString(QStringLiteral("read budget spent"));
            return -1;
        }
        return QBuffer::readData(data, maxSize);
    }

private:
    qint64 m_readBudget;
    qint64 m_reads = 0;
};

struct Decoded
{
    bool ok = false;
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
    QString error;
    QStringList warnings;
};

bool operator==(const Decoded &a, const Decoded &b)
{
    return a.ok == b.ok && a.text == b.text && a.encoding == b.encoding && a.error == b.error
        && a.warnings == b.warnings;
}

char *toString(const Decoded &d)
{
    QString text = d.text.left(80);
    QString codes;
    for (const QChar c : d.text.left(24))
        codes += QString::number(c.unicode(), 16) + QLatin1Char(' ');
    return qstrdup(qPrintable(
        QStringLiteral("ok=%1 encoding=%2 error=%3 warnings=[%4] size=%5 units=%6")
            .arg(d.ok)
            .arg(TextDecoder::encodingName(d.encoding), d.error, d.warnings.join(QLatin1String(" | ")))
            .arg(d.text.size())
            .arg(codes)));
}

Decoded whole(const QByteArray &bytes)
{
    const TextDecoder::Result result = TextDecoder::decode(bytes, QStringLiteral("f.txt"));
    Decoded decoded;
    decoded.ok = result.ok;
    decoded.text = result.text;
    decoded.error = result.error;
    decoded.warnings = result.warnings;
    if (result.ok)
        decoded.encoding = result.encoding;
    return decoded;
}

/// The detector and a decoder fed at the given cuts (piece lengths, repeated).
Decoded inPieces(const QByteArray &bytes, const QVector<int> &pieces)
{
    Decoded decoded;
    TextEncodingDetector detector(QStringLiteral("f.txt"));
    qsizetype at = 0;
    for (int turn = 0; at < bytes.size(); ++turn) {
        const qsizetype length = std::min<qsizetype>(pieces.at(turn % pieces.size()), bytes.size() - at);
        detector.feed(bytes.constData() + at, length);
        at += length;
    }
    const TextEncodingDetector::Verdict verdict = detector.finish();
    decoded.ok = verdict.ok;
    decoded.error = verdict.error;
    decoded.warnings = verdict.warnings;
    if (!verdict.ok)
        return decoded;
    decoded.encoding = verdict.encoding;
    TextDecoder decoder(verdict.encoding);
    at = verdict.bodyStart;
    for (int turn = 0; at < bytes.size(); ++turn) {
        const qsizetype length = std::min<qsizetype>(pieces.at(turn % pieces.size()), bytes.size() - at);
        decoded.text += decoder.decodePiece(bytes.constData() + at, length, at + length == bytes.size());
        at += length;
    }
    if (at == verdict.bodyStart)
        decoded.text += decoder.decodePiece(nullptr, 0, true);
    return decoded;
}

/// Through PlainTextStreamReader, counting its reads.
Decoded streamed(const QByteArray &bytes, int blockSize, qint64 *reads = nullptr)
{
    // Two passes of size / blockSize reads each, plus the ends: anything more is a spin.
    CountingBuffer buffer(bytes, 2 * (bytes.size() / blockSize) + 8);
    PlainTextStreamReader reader(&buffer, QStringLiteral("f.txt"), blockSize);
    Decoded decoded;
    decoded.ok = reader.open();
    decoded.warnings = reader.warnings();
    while (decoded.ok && !reader.atEnd()) {
        const QString block = reader.readBlock();
        if (!block.isEmpty() && block.back().isHighSurrogate() && !reader.atEnd())
            decoded.text += QStringLiteral("<cut inside a surrogate pair>");
        decoded.text += block;
    }
    decoded.error = reader.errorString();
    decoded.ok = decoded.ok && decoded.error.isEmpty();
    if (decoded.ok)
        decoded.encoding = reader.encoding();
    if (reads)
        *reads = buffer.reads();
    return decoded;
}

QByteArray utf16(const QString &text, bool bigEndian, bool withBom = true)
{
    QByteArray bytes;
    if (withBom)
        bytes = bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        bytes.append(bigEndian ? high : low);
        bytes.append(bigEndian ? low : high);
    }
    return bytes;
}

// Sized by the literal (it holds a NUL, so strlen would stop at the first byte).
const char interestingLiteral[] = "\x00\x09\x0A\x0D\x0D\x7F\x80\xA0\xBF\xC2\xC3\xA9\xE0\xE2\x82\xAC\xED\xA0"
                                  "\xB0\xD8\xDC\xDF\xEF\xBB\xBF\xF0\x9F\x98\x80\xF4\x90\xFE\xFF"
                                  " aaaaa.,";
const QByteArray interestingBytes(interestingLiteral, int(sizeof interestingLiteral) - 1);

} // namespace

class TestTextDecoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oddLengthUtf16EndsTheRead_data();
    void oddLengthUtf16EndsTheRead();
    void knownDisagreements_data();
    void knownDisagreements();
    void randomBytesDecodeAlikeWholeAndStreamed_data();
    void randomBytesDecodeAlikeWholeAndStreamed();
    void invalidUtf8Replacement_data();
    void invalidUtf8Replacement();
};

void TestTextDecoding::oddLengthUtf16EndsTheRead_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("blockSize");

    const QString text = QStringLiteral("Le taux atteint 4,2 %. ").repeated(40);
    for (const int blockSize : { 16, 17, 64, 1001 }) {
        QTest::addRow("LE with BOM, blocks of %d", blockSize) << (utf16(text, false) + '!') << blockSize;
        QTest::addRow("BE with BOM, blocks of %d", blockSize) << (utf16(text, true) + '!') << blockSize;
        QTest::addRow("LE without BOM, blocks of %d", blockSize)
            << (utf16(text, false, false) + '!') << blockSize;
        QTest::addRow("BOM and one byte, blocks of %d", blockSize) << QByteArray("\xFF\xFE!") << blockSize;
        QTest::addRow("high surrogate then one byte, blocks of %d", blockSize)
            << (utf16(text + QChar(0xD83D), false) + '!') << blockSize;
    }
}

void TestTextDecoding::oddLengthUtf16EndsTheRead()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, blockSize);
    qint64 reads = 0;
    const Decoded stream = streamed(bytes, blockSize, &reads);
    QVERIFY2(reads <= 2 * (bytes.size() / blockSize) + 6, qPrintable(QString::number(reads)));
    QVERIFY2(stream.ok, qPrintable(stream.error));
    QVERIFY(!stream.warnings.filter(QStringLiteral("ends with half a character")).isEmpty());
    QCOMPARE(stream, whole(bytes));
}

void TestTextDecoding::knownDisagreements_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text"); ///< "<error>" when the file is refused

    const QString fffd(QChar::ReplacementCharacter);
    // Each once streamed and whole gave different text or verdicts.
    QTest::newRow("utf-8 BOM, invalid bytes across a cut")
        << (QByteArray("\xEF\xBB\xBF") + QByteArray(13, 'a') + "\xE2\x82" + "b" + QByteArray(30, 'c'))
        << (QString(13, QLatin1Char('a')) + fffd + QLatin1Char('b') + QString(30, QLatin1Char('c')));
    QTest::newRow("utf-8 BOM, invalid bytes then a cut character")
        << (QByteArray("\xEF\xBB\xBF") + QByteArray(10, 'a') + "\xFF\xE2\x82\xAC" + QByteArray(20, 'c'))
        << (QString(10, QLatin1Char('a')) + fffd + QChar(0x20AC) + QString(20, QLatin1Char('c')));
    QTest::newRow("utf-8 BOM only") << QByteArray("\xEF\xBB\xBF") << QString();
    QTest::newRow("utf-16 BOM only") << QByteArray("\xFF\xFE") << QString();
    QTest::newRow("utf-16 DEL is a control character")
        << utf16(QStringLiteral("ab\x7F\x7F"), false) << QStringLiteral("<error>");
    QTest::newRow("utf-16 few DEL are text") << utf16(QStringLiteral("abcdefghijklmnopqrstu\x7F"), false)
                                             << QStringLiteral("abcdefghijklmnopqrstu\x7F");
    QTest::newRow("CRLF across a cut")
        << (QByteArray(15, 'a') + "\r\nb") << (QString(15, QLatin1Char('a')) + QStringLiteral("\nb"));
    QTest::newRow("BOM inside the text is kept")
        << (QByteArray(16, 'a') + "\xEF\xBB\xBF" + "b")
        << (QString(16, QLatin1Char('a')) + QChar(0xFEFF) + QLatin1Char('b'));
    // Found by fuzz_textdecoder (tests/fuzz/regressions): Qt dropped every BOM that began a piece.
    QTest::newRow("three BOMs, then text")
        << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF\xEF\xBB\xBF#\"T~i\xEF\xBB\xBF#\"T~it\n")
        << (QString(2, QChar(0xFEFF)) + QStringLiteral("#\"T~i") + QChar(0xFEFF)
               + QStringLiteral("#\"T~it\n"));
    QTest::newRow("utf-8 ends inside a character: windows-1252")
        << (QByteArray(20, 'a') + "\xC3") << (QString(20, QLatin1Char('a')) + QChar(0xC3));
    QTest::newRow("utf-8 BOM, ends inside a character")
        << (QByteArray("\xEF\xBB\xBF") + QByteArray(20, 'a') + "\xF0\x9F\x98")
        << (QString(20, QLatin1Char('a')) + fffd);
}

void TestTextDecoding::knownDisagreements()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const Decoded reference = whole(bytes);
    if (text == QLatin1String("<error>")) {
        QVERIFY(!reference.ok);
    } else {
        QVERIFY2(reference.ok, qPrintable(reference.error));
        QCOMPARE(reference.text, text);
    }
    for (const int blockSize : { 16, 17, 18, 19, 20 })
        QCOMPARE(streamed(bytes, blockSize), reference);
    for (int cut = 1; cut <= 5; ++cut)
        QCOMPARE(inPieces(bytes, { cut }), reference);
}

void TestTextDecoding::randomBytesDecodeAlikeWholeAndStreamed_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("alphabet"); ///< empty: any byte
    QTest::addColumn<quint32>("seed");

    const QByteArray text("Le taux: 4,2 % \xC3\xA9\xE2\x82\xAC\r\n");
    const struct
    {
        const char *name;
        QByteArray prefix;
    } prefixes[] = { { "no BOM", QByteArray() }, { "utf-8 BOM", QByteArray("\xEF\xBB\xBF") },
        { "utf-16 LE BOM", QByteArray("\xFF\xFE") }, { "utf-16 BE BOM", QByteArray("\xFE\xFF") } };
    for (const auto &prefix : prefixes) {
        QTest::addRow("%s, any byte", prefix.name) << prefix.prefix << QByteArray() << 11u;
        QTest::addRow("%s, interesting bytes", prefix.name) << prefix.prefix << interestingBytes << 12u;
        QTest::addRow("%s, text bytes", prefix.name) << prefix.prefix << text << 13u;
    }
    // Without BOM, UTF-16 is told by NUL bytes in every other place.
    QTest::newRow("utf-16 without BOM") << QByteArray("<utf16>") << interestingBytes << 14u;
}

void TestTextDecoding::randomBytesDecodeAlikeWholeAndStreamed()
{
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, alphabet);
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    const bool utf16WithoutBom = prefix == "<utf16>";
    int refused = 0;
    for (int round = 0; round < 300; ++round) {
        const int size = random.bounded(round < 100 ? 40 : 600);
        QByteArray bytes = utf16WithoutBom ? QByteArray() : prefix;
        for (int i = 0; i < size; ++i) {
            if (utf16WithoutBom)
                bytes.append(i % 2 ? '\0' : alphabet.at(random.bounded(int(alphabet.size()))));
            else if (alphabet.isEmpty())
                bytes.append(char(random.bounded(256)));
            else
                bytes.append(alphabet.at(random.bounded(int(alphabet.size()))));
        }
        const Decoded reference = whole(bytes);
        refused += !reference.ok;
        for (const int blockSize : { 16, 17, 31, 64, 4096 }) {
            const Decoded stream = streamed(bytes, blockSize);
            if (!(stream == reference))
                QFAIL(qPrintable(
                    QStringLiteral("round %1, blocks of %2, bytes %3:\n  streamed %4\n  whole    %5")
                        .arg(round)
                        .arg(blockSize)
                        .arg(QString::fromLatin1(bytes.toHex()), QString::fromLatin1(toString(stream)),
                            QString::fromLatin1(toString(reference)))));
        }
        const QVector<int> cuts = { 1 + int(random.bounded(7)), 1 + int(random.bounded(3)), 1 };
        QCOMPARE(inPieces(bytes, cuts), reference);
    }
    // Both outcomes must have been exercised for the rows meant to give text.
    if (alphabet == interestingBytes || alphabet.isEmpty())
        QVERIFY(refused > 0);
    QVERIFY(refused < 300);
}

void TestTextDecoding::invalidUtf8Replacement_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    const QChar r(QChar::ReplacementCharacter);
    QTest::newRow("lone continuation")
        << QByteArray("a\x80z") << (QStringLiteral("a") + r + QStringLiteral("z"));
    QTest::newRow("cut three-byte character")
        << QByteArray("a\xE2\x82z") << (QStringLiteral("a") + r + QStringLiteral("z"));
    QTest::newRow("overlong: two replacements")
        << QByteArray("a\xC0\xAFz") << (QStringLiteral("a") + r + r + QStringLiteral("z"));
    QTest::newRow("surrogate: three replacements")
        << QByteArray("a\xED\xA0\x80z") << (QStringLiteral("a") + r + r + r + QStringLiteral("z"));
    QTest::newRow("above U+10FFFF") << QByteArray("a\xF4\x90\x80\x80z")
                                    << (QStringLiteral("a") + r + r + r + r + QStringLiteral("z"));
    QTest::newRow("cut four-byte character at the end")
        << QByteArray("a\xF0\x9F\x98") << (QStringLiteral("a") + r);
    QTest::newRow("valid emoji") << QByteArray("a\xF0\x9F\x98\x80") << QString::fromUtf8("a\xF0\x9F\x98\x80");
}

void TestTextDecoding::invalidUtf8Replacement()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    TextDecoder decoder(TextEncoding::Utf8WithBom);
    QCOMPARE(decoder.decodePiece(bytes.constData(), bytes.size(), true), text);
    for (int cut = 1; cut < bytes.size(); ++cut) {
        TextDecoder pieces(TextEncoding::Utf8WithBom);
        QString joined = pieces.decodePiece(bytes.constData(), cut, false);
        joined += pieces.decodePiece(bytes.constData() + cut, bytes.size() - cut, true);
        QCOMPARE(joined, text);
        QCOMPARE(pieces.replacements(), qsizetype(text.count(QChar(QChar::ReplacementCharacter))));
    }
}

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
