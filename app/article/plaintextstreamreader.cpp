#include "plaintextstreamreader.h"

#include "articleimporter.h"
#include "textencodingdetector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <limits>
#include <optional>

namespace FactDesk {

class PlainTextStreamReaderPrivate
{
public:
    /// Reads up to blockSize bytes into *chunk; false (and the reader failed) on a read error.
    bool readChunk(QByteArray *chunk);
    bool checkContent();
    qsizetype cutPosition() const;
    void fail(const QString &error);
    void failReading();

    QString path; ///< empty when reading a device given by the caller
    QString name;
    qint64 blockSize = 0;
    QFile file;
    QIODevice *device = nullptr;
    TextEncoding encoding = TextEncoding::Utf8;
    QString error;
    QStringList warnings;
    std::optional<TextDecoder> decoder;
    QString pending; ///< decoded text not yet handed out
    bool endOfFile = false;
    bool finished = false;
};

void PlainTextStreamReaderPrivate::fail(const QString &message)
{
    error = message;
    finished = true;
    pending.clear();
}

void PlainTextStreamReaderPrivate::failReading()
{
    fail(QCoreApplication::translate("FactDesk::ArticleImporter", "%1: cannot be read: %2")
             .arg(name, device->errorString()));
}

bool PlainTextStreamReaderPrivate::readChunk(QByteArray *chunk)
{
    chunk->resize(int(blockSize));
    const qint64 got = device->read(chunk->data(), blockSize);
    if (got < 0) {
        chunk->clear();
        failReading();
        return false;
    }
    chunk->resize(int(got));
    return true;
}

bool PlainTextStreamReaderPrivate::checkContent()
{
    TextEncodingDetector detector(name);
    QByteArray chunk;
    while (true) {
        if (!readChunk(&chunk))
            return false;
        if (chunk.isEmpty())
            break;
        detector.feed(chunk.constData(), chunk.size());
    }
    const TextEncodingDetector::Verdict verdict = detector.finish();
    warnings = verdict.warnings;
    encoding = verdict.encoding;
    if (!verdict.ok) {
        fail(verdict.error);
        return false;
    }
    if (!device->seek(verdict.bodyStart)) {
        failReading();
        return false;
    }
    decoder.emplace(encoding);
    return true;
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
    d->blockSize = std::clamp<qint64>(blockSize, 16, 256 * 1024 * 1024);
    d->file.setFileName(path);
    d->device = &d->file;
}

PlainTextStreamReader::PlainTextStreamReader(QIODevice *device, const QString &name, qint64 blockSize)
    : d(new PlainTextStreamReaderPrivate)
{
    d->name = name;
    d->blockSize = std::clamp<qint64>(blockSize, 16, 256 * 1024 * 1024);
    d->device = device;
}

PlainTextStreamReader::~PlainTextStreamReader() = default;

bool PlainTextStreamReader::open()
{
    if (!d->path.isEmpty()) {
        const QString problem = ArticleImporter::fileProblem(d->path, std::numeric_limits<qint64>::max());
        if (!problem.isEmpty()) {
            d->fail(problem);
            return false;
        }
        if (!d->file.open(QIODevice::ReadOnly)) {
            d->failReading();
            return false;
        }
    } else if (!d->device->seek(0)) {
        d->failReading();
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
    if (!d->decoder) // open() was not called or failed
        return {};
    QByteArray chunk;
    while (!d->finished) {
        if (!d->endOfFile) {
            if (!d->readChunk(&chunk))
                return {};
            d->endOfFile = chunk.isEmpty() || d->device->atEnd();
            d->pending.append(d->decoder->decodePiece(chunk.constData(), chunk.size(), d->endOfFile));
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
