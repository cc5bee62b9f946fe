#pragma once

#include "article.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace FactDesk {

/// What an import produced: an article, or an error that says why not.
struct ImportResult {
    bool ok = false;
    Article article;
    QString error; ///< user-facing reason when !ok ("not a text file", "file is empty", …)
    QStringList warnings; ///< e.g. "decoded as Windows-1252: the file is not valid UTF-8"
};

struct ImportOptions {
    QString language; ///< "fr", "en", or empty to detect
    QDate date; ///< overrides the date found in the file when valid
};

/**
 * Reads articles from .txt, .md and .html/.htm files: decodes the bytes
 * (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252 as a fallback),
 * strips markup keeping paragraphs, takes title/date/source from the HTML head
 * or Markdown front matter, and detects the language.
 */
class ArticleImporter
{
public:
    /// Files larger than this are refused rather than read into memory.
    static constexpr qint64 maximumFileSize = 512LL * 1024 * 1024;

    static ImportResult importFile(const QString &path, const ImportOptions &options = {});
    /// fileName picks the format by its suffix and names the article in messages.
    static ImportResult importData(const QByteArray &data, const QString &fileName,
                                   const ImportOptions &options = {});
    static bool canImport(const QString &fileName);
    /// Name filters for file dialogs: "*.txt", "*.md", "*.html", "*.htm".
    static QStringList nameFilters();

    /// The format a file name's suffix says; unknown suffixes read as plain text.
    static ArticleFormat formatForFileName(const QString &fileName);
    /**
     * Why path cannot be read as an article (missing, a folder, not a regular
     * file, larger than maximumSize, unreadable), as a translated message that
     * names the file; empty when it can be read.
     */
    static QString fileProblem(const QString &path, qint64 maximumSize = maximumFileSize);
};

} // namespace FactDesk
