#include "exportrows.h"

#include "project/diskspace.h"

#include "project/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace FactDesk {

namespace {

constexpr int contextLimit = 300;

bool isSentenceEnd(const QString &text, int i)
{
    const QChar c = text.at(i);
    if (c == QLatin1Char('\n'))
        return true;
    if (c != QLatin1Char('.') && c != QLatin1Char('!') && c != QLatin1Char('?') && c != QChar(0x2026))
        return false;
    // "4.2" and "U.S." do not end a sentence: a terminator is followed by a space or the end.
    return i + 1 >= text.size() || text.at(i + 1).isSpace();
}

/// Indexes of the low surrogates of text, ascending: each is one UTF-16 unit more than code points.
QVector<int> lowSurrogates(const QString &text)
{
    QVector<int> positions;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
            positions.append(i);
    }
    return positions;
}

int codePoints(const QVector<int> &lowSurrogatePositions, int utf16Offset)
{
    const auto below
        = std::lower_bound(lowSurrogatePositions.cbegin(), lowSurrogatePositions.cend(), utf16Offset);
    return utf16Offset - int(below - lowSurrogatePositions.cbegin());
}

} // namespace

ExportRows::ExportRows(const Project &project, bool allFacts)
{
    const QVector<Article> &articles = project.articles();
    QHash<qint64, int> articleIndex;
    articleIndex.reserve(articles.size());
    for (int i = 0; i < articles.size(); ++i)
        articleIndex.insert(articles.at(i).id, i);
    // Most texts hold no character outside the BMP: then offsets are the same in
    // both counts and the lookup is empty.
    QHash<qint64, QVector<int>> surrogates;

    const QVector<Fact> &facts = project.facts();
    m_rows.reserve(allFacts ? facts.size() : project.verifiedCount());
    for (const Fact &fact : facts) {
        if (!allFacts && !fact.isVerified())
            continue;
        const int index = articleIndex.value(fact.articleId, -1);
        if (index < 0)
            continue;
        const Article &article = articles.at(index);
        auto found = surrogates.find(article.id);
        if (found == surrogates.end())
            found = surrogates.insert(article.id, lowSurrogates(article.text));
        const int start = qBound(0, fact.figure.start, int(article.text.size()));
        const int end = qBound(start, fact.figure.end, int(article.text.size()));
        ExportRow row;
        row.article = &article;
        row.fact = &fact;
        row.start = codePoints(*found, start);
        row.end = codePoints(*found, end);
        row.written = end > start ? article.text.mid(start, end - start) : fact.quote;
        row.context = contextSentence(article.text, start, end);
        m_rows.append(row);
    }
}

int ExportRows::codePointOffset(const QString &text, int utf16Offset)
{
    return codePoints(lowSurrogates(text.left(utf16Offset)), utf16Offset);
}

QString ExportRows::contextSentence(const QString &text, int start, int end)
{
    start = qBound(0, start, int(text.size()));
    end = qBound(start, end, int(text.size()));
    int first = start;
    const int firstLimit = qMax(0, start - contextLimit);
    while (first > firstLimit && !isSentenceEnd(text, first - 1))
        --first;
    int last = end;
    const int lastLimit = qMin(int(text.size()), end + contextLimit);
    while (last < lastLimit && !isSentenceEnd(text, last))
        ++last;
    if (last < text.size() && text.at(last) != QLatin1Char('\n'))
        ++last; // keep the full stop
    return text.mid(first, last - first).simplified();
}

bool ExportRows::isPlainNumber(const QString &value)
{
    int i = 0;
    if (i < value.size() && value.at(i) == QLatin1Char('-'))
        ++i;
    int digits = 0;
    while (i < value.size() && value.at(i).isDigit() && value.at(i).unicode() < 128) {
        ++i;
        ++digits;
    }
    if (digits == 0)
        return false;
    if (i < value.size() && value.at(i) == QLatin1Char('.')) {
        ++i;
        int decimals = 0;
        while (i < value.size() && value.at(i).isDigit() && value.at(i).unicode() < 128) {
            ++i;
            ++decimals;
        }
        if (decimals == 0)
            return false;
    }
    return i == value.size();
}

bool saveExportFile(const QString &path, const QByteArray &data, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error) {
            //: %1 is a file name, %2 the system's reason ("No space left on device", "Permission denied")
            *error = QCoreApplication::translate("FactDesk::ExportRows", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), reason);
        }
        return false;
    };
    // QSaveFile replaces the target by rename: never do that to a device or a pipe.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return fail(QCoreApplication::translate("FactDesk::ExportRows", "it is not a regular file"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // QSaveFile buffers: on a full disk write() still succeeds, and commit()
    // (Qt 5.15) renames the short file over the old export without noticing
    // that its last flush failed. Flushing here catches that while the old
    // file is still intact.
    // A full disk often reads "Unknown error" here: the free space tells.
    if (file.write(data) != data.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        file.commit(); // fails, and removes the temporary file, whose room the message counts
        const QString full = DiskSpace::fullReason(path, data.size());
        return fail(full.isEmpty() ? reason : full);
    }
    if (!file.commit()) {
        const QString full = DiskSpace::fullReason(path, data.size());
        return fail(full.isEmpty() ? file.errorString() : full);
    }
    return true;
}

} // namespace FactDesk
