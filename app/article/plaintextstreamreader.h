#pragma once

#include "textdecoder.h"

#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace FactDesk {

class PlainTextStreamReaderPrivate;

/**
 * Reads a plain-text file too big to hold twice in memory, block by block.
 *
 * open() makes one pass over the bytes with TextEncodingDetector (encoding,
 * binary files refused, every warning known), then readBlock() decodes with
 * TextDecoder piece by piece, so the concatenated blocks are exactly the text
 * TextDecoder::decode gives for the whole file, whatever the block size.
 * A block is cut after a paragraph break ("\n\n"), else after a line break,
 * else after a space, else anywhere but inside a surrogate pair.
 *
 * Every loop reads at least one byte per turn or stops, so a file that ends
 * in the middle of a character (odd-length UTF-16) or a device that fails
 * ends the read instead of spinning.
 */
class PlainTextStreamReader
{
public:
    static constexpr qint64 defaultBlockSize = 4 * 1024 * 1024;

    explicit PlainTextStreamReader(const QString &path, qint64 blockSize = defaultBlockSize);
    /**
     * Reads from device, which must be open for reading and seekable (a file,
     * a buffer); it is not owned. name only appears in messages.
     */
    PlainTextStreamReader(QIODevice *device, const QString &name, qint64 blockSize = defaultBlockSize);
    ~PlainTextStreamReader();
    PlainTextStreamReader(const PlainTextStreamReader &) = delete;
    PlainTextStreamReader &operator=(const PlainTextStreamReader &) = delete;

    /// False with errorString() set when the file cannot be read as text.
    bool open();
    QString errorString() const;
    /// All the warnings, known once open() succeeded.
    QStringList warnings() const;
    TextEncoding encoding() const;

    bool atEnd() const;
    /// The next block of text; empty only at the end or after a read error.
    QString readBlock();

private:
    std::unique_ptr<PlainTextStreamReaderPrivate> d;
};

} // namespace FactDesk
