#pragma once

#include "textdecoder.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace FactDesk {

class PlainTextStreamReaderPrivate;

/**
 * Reads a plain-text file too big to hold twice in memory, block by block.
 *
 * open() makes one pass over the bytes to choose the encoding (BOM, else
 * strict UTF-8, else Windows-1252) and to refuse binary files, so that every
 * block is decoded the same way. readBlock() then returns decoded text cut
 * after a paragraph break ("\n\n"), else after a line break, else after a
 * space, else anywhere (never inside a surrogate pair). Line endings are
 * normalised as TextDecoder does, even across blocks, so the concatenated
 * blocks equal what ArticleImporter::importFile gives for the same file.
 */
class PlainTextStreamReader
{
public:
    static constexpr qint64 defaultBlockSize = 4 * 1024 * 1024;

    explicit PlainTextStreamReader(const QString &path, qint64 blockSize = defaultBlockSize);
    ~PlainTextStreamReader();
    PlainTextStreamReader(const PlainTextStreamReader &) = delete;
    PlainTextStreamReader &operator=(const PlainTextStreamReader &) = delete;

    /// False with errorString() set when the file cannot be read as text.
    bool open();
    QString errorString() const;
    QStringList warnings() const;
    TextEncoding encoding() const;

    bool atEnd() const;
    /// The next block of text; empty only at the end or after a read error.
    QString readBlock();

private:
    std::unique_ptr<PlainTextStreamReaderPrivate> d;
};

} // namespace FactDesk
