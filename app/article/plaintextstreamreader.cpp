#include "plaintextstreamreader.h"

#include "articleimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <limits>

namespace FactDesk {

class PlainTextStreamReaderPrivate
{
public:
    bool checkContent();
    QString decodeChunk(const QByteArray &chunk, bool last);
    qsizetype cutPosition() const;
    void fail(const QString &error);

    QString path;
    QString name;
    qint64 blockSize = 0;
    QFile file;
    TextEncoding encoding = TextEncoding::Utf8;
    qint64 bodyStart = 0; ///< bytes of BOM to skip
    QString error;
    QStringList warnings;
    QByteArray carry; ///< bytes of a character split by the previous chunk
    QString pending; ///< decoded text not yet handed out
    bool pendingCarriageReturn = false;
    bool endOfFile = false;
    bool finished = false;
};

void PlainTextStreamReaderPrivate::fail(const QString &message)
{
    error = message;
    finished = true;
    pending.clear();
}

bool PlainTextStreamReaderPrivate::checkContent()
{
    const QByteArray head = file.peek(3);
    if (head.isEmpty()) {
        fail(QCoreApplication::translate("FactDesk::ArticleImporter", "%1: the file is empty").arg(name));
        return false;
    }
    if (head.startsWith("\xEF\xBB\xBF")) {
        encoding = TextEncoding::Utf8WithBom;
        bodyStart = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        encoding = TextEncoding::Utf16LittleEndian;
        bodyStart = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        encoding = TextEncoding::Utf16BigEndian;
        bodyStart = 2;
    } else {
        const QByteArray sample = file.peek(4096);
        bool bigEndian = false;
        if (TextDecoder::looksLikeUtf16WithoutBom(sample.constData(), sample.size(), &bigEndian)) {
            encoding = bigEndian ? TextEncoding::Utf16BigEndian : TextEncoding::Utf16LittleEndian;
            warnings << TextDecoder::utf16WithoutBomWarning(name);
        }
    }
    const bool utf16
        = encoding == TextEncoding::Utf16LittleEndian || encoding == TextEncoding::Utf16BigEndian;
    file.seek(bodyStart);

    bool validUtf8 = true;
    QByteArray utf8Carry;
    qint64 total = 0;
    qint64 controls = 0;
    while (true) {
        QByteArray chunk = file.read(blockSize);
        if (chunk.isEmpty())
            break;
        total += chunk.size();
        if (utf16) {
            const QString text = TextDecoder::fromUtf16(chunk.constData(), chunk.size() & ~qsizetype(1),
                encoding == TextEncoding::Utf16BigEndian, nullptr);
            if (TextDecoder::looksBinary(text) && text.contains(QChar(0))) {
                fail(TextDecoder::binaryError(name));
                return false;
            }
            for (const QChar c : text)
                controls += c.unicode() < 0x20 && c.unicode() != '\t' && c.unicode() != '\n'
                    && c.unicode() != '\r' && c.unicode() != '\f' && c.unicode() != '\v';
            if (chunk.size() % 2)
                file.seek(file.pos() - 1); // keep code units aligned
            continue;
        }
        if (TextDecoder::looksBinary(chunk.constData(), chunk.size()) && chunk.contains('\0')) {
            fail(TextDecoder::binaryError(name));
            return false;
        }
        for (const char byte : chunk) {
            const auto c = static_cast<unsigned char>(byte);
            controls += (c < 0x20 && (c < 0x09 || c > 0x0D)) || c == 0x7F;
        }
        if (validUtf8) {
            utf8Carry.append(chunk);
            qsizetype valid = 0;
            const Utf8Validity validity
                = TextDecoder::validateUtf8(utf8Carry.constData(), utf8Carry.size(), &valid);
            if (validity == Utf8Validity::Invalid)
                validUtf8 = false;
            utf8Carry = validity == Utf8Validity::Truncated ? utf8Carry.mid(valid) : QByteArray();
        }
    }
    if (file.error() != QFileDevice::NoError) {
        fail(QCoreApplication::translate("FactDesk::ArticleImporter", "%1: cannot be read: %2")
                 .arg(name, file.errorString()));
        return false;
    }
    if (total == 0) {
        fail(QCoreApplication::translate("FactDesk::ArticleImporter", "%1: the file is empty").arg(name));
        return false;
    }
    if (controls * 10 > (utf16 ? total / 2 : total)) {
        fail(TextDecoder::binaryError(name));
        return false;
    }
    if (!utf16 && !utf8Carry.isEmpty())
        validUtf8 = false; // the file ends inside a character
    if (encoding == TextEncoding::Utf8 && !validUtf8) {
        encoding = TextEncoding::Windows1252;
        warnings << TextDecoder::windows1252Warning(name);
    } else if (encoding == TextEncoding::Utf8WithBom && !validUtf8) {
        warnings << QCoreApplication::translate(
            "FactDesk::ArticleImporter", "%1: invalid UTF-8 sequences were replaced by U+FFFD")
                        .arg(name);
    }
    if (utf16 && total % 2)
        warnings << QCoreApplication::translate(
            "FactDesk::ArticleImporter", "%1: the UTF-16 text ends with half a character; it was dropped")
                        .arg(name);
    file.seek(bodyStart);
    return true;
}

QString PlainTextStreamReaderPrivate::decodeChunk(const QByteArray &chunk, bool last)
{
    QByteArray bytes = carry + chunk;
    carry.clear();
    QString text;
    switch (encoding) {
    case TextEncoding::Windows1252:
        text = TextDecoder::fromWindows1252(bytes.constData(), bytes.size());
        break;
    case TextEncoding::Utf16LittleEndian:
    case TextEncoding::Utf16BigEndian: {
        qsizetype usable = bytes.size() & ~qsizetype(1);
        // A high surrogate whose partner is in the next chunk waits for it.
        if (!last && usable >= 2) {
            const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData()) + usable - 2;
            const char16_t unit = encoding == TextEncoding::Utf16BigEndian ? char16_t((b[0] << 8) | b[1])
                                                                           : char16_t((b[1] << 8) | b[0]);
            if (QChar::isHighSurrogate(unit))
                usable -= 2;
        }
        qsizetype loneSurrogates = 0;
        text = TextDecoder::fromUtf16(
            bytes.constData(), usable, encoding == TextEncoding::Utf16BigEndian, &loneSurrogates);
        if (loneSurrogates > 0)
            warnings << QCoreApplication::translate(
                "FactDesk::ArticleImporter", "%1: %2 unpaired UTF-16 surrogates were replaced by U+FFFD")
                            .arg(name)
                            .arg(loneSurrogates);
        if (!last)
            carry = bytes.mid(usable);
        break;
    }
    case TextEncoding::Utf8:
    case TextEncoding::Utf8WithBom: {
        qsizetype usable = bytes.size();
        if (!last) {
            qsizetype valid = 0;
            if (TextDecoder::validateUtf8(bytes.constData(), bytes.size(), &valid) == Utf8Validity::Truncated)
                usable = valid;
        }
        text = QString::fromUtf8(bytes.constData(), usable);
        carry = bytes.mid(usable);
        break;
    }
    }
    TextDecoder::normalizeLineEndings(&text, &pendingCarriageReturn);
    return text;
}

qsizetype PlainTextStreamReaderPrivate::cutPosition() const
{
    // Search only the second half of the buffer so that blocks keep a useful size.
    const qsizetype from = pending.size() / 2;
    qsizetype at = pending.lastIndexOf(QLatin1String("\n\n"));
    if (at >= from)
        return at + 2;
    at = pending.lastIndexOf(QLatin1Char('\n'));
    if (at >= from)
        return at + 1;
    at = pending.lastIndexOf(QLatin1Char(' '));
    if (at >= from)
        return at + 1;
    qsizetype cut = pending.size();
    if (cut > 0 && pending.at(cut - 1).isHighSurrogate())
        --cut;
    return cut;
}

PlainTextStreamReader::PlainTextStreamReader(const QString &path, qint64 blockSize)
    : d(new PlainTextStreamReaderPrivate)
{
    d->path = path;
    d->name = QDir::toNativeSeparators(path);
    d->blockSize = std::max<qint64>(blockSize, 16);
    d->file.setFileName(path);
}

PlainTextStreamReader::~PlainTextStreamReader() = default;

bool PlainTextStreamReader::open()
{
    const QString problem = ArticleImporter::fileProblem(d->path, std::numeric_limits<qint64>::max());
    if (!problem.isEmpty()) {
        d->fail(problem);
        return false;
    }
    if (!d->file.open(QIODevice::ReadOnly)) {
        d->fail(QCoreApplication::translate("FactDesk::ArticleImporter", "%1: cannot be read: %2")
                    .arg(d->name, d->file.errorString()));
        return false;
    }
    return d->checkContent();
}

QString PlainTextStreamReader::errorString() const
{
    return d->error;
}

QStringList PlainTextStreamReader::warnings() const
{
    return d->warnings;
}

TextEncoding PlainTextStreamReader::encoding() const
{
    return d->encoding;
}

bool PlainTextStreamReader::atEnd() const
{
    return d->finished;
}

QString PlainTextStreamReader::readBlock()
{
    while (!d->finished) {
        if (!d->endOfFile) {
            const QByteArray chunk = d->file.read(d->blockSize);
            if (d->file.error() != QFileDevice::NoError) {
                d->fail(QCoreApplication::translate("FactDesk::ArticleImporter", "%1: cannot be read: %2")
                            .arg(d->name, d->file.errorString()));
                return {};
            }
            d->endOfFile = chunk.isEmpty() || d->file.atEnd();
            d->pending.append(d->decodeChunk(chunk, d->endOfFile));
        }
        if (d->endOfFile) {
            d->finished = true;
            QString rest;
            rest.swap(d->pending);
            return rest;
        }
        if (d->pending.size() < d->blockSize / 2)
            continue;
        const qsizetype cut = d->cutPosition();
        if (cut <= 0)
            continue;
        QString block = d->pending.left(cut);
        d->pending.remove(0, cut);
        return block;
    }
    return {};
}

} // namespace FactDesk
