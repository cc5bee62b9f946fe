#include "articleimporter.h"

#include "htmltotext.h"
#include "languagedetector.h"
#include "markdowntotext.h"
#include "markupconversion_p.h"
#include "metadatascanner.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <utility>

namespace FactDesk {

namespace {

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString tooLargeError(const QString &name, qint64 size, qint64 maximum)
{
    const qint64 mebibyte = 1024 * 1024;
    return QCoreApplication::translate(
        "FactDesk::ArticleImporter", "%1: the file is too large (%2 MB; the limit is %3 MB)")
        .arg(name)
        .arg((size + mebibyte - 1) / mebibyte)
        .arg(maximum / mebibyte);
}

ImportResult failure(const QString &error)
{
    ImportResult result;
    result.error = error;
    return result;
}

ImportResult importDecoded(
    TextDecoder::Result &&decoded, const QString &fileName, const ImportOptions &options);

// Unlike trimmed().isEmpty(), never copies a big text.
bool hasVisibleText(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace(); });
}

} // namespace

ArticleFormat ArticleImporter::formatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return ArticleFormat::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ArticleFormat::Html;
    return ArticleFormat::PlainText;
}

bool ArticleImporter::canImport(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("txt") || suffix == QLatin1String("md")
        || suffix == QLatin1String("markdown") || suffix == QLatin1String("html")
        || suffix == QLatin1String("htm");
}

QStringList ArticleImporter::nameFilters()
{
    return { QStringLiteral("*.txt"), QStringLiteral("*.md"), QStringLiteral("*.markdown"),
        QStringLiteral("*.html"), QStringLiteral("*.htm") };
}

QString ArticleImporter::fileProblem(const QString &path, qint64 maximumSize)
{
    const QString name = displayName(path);
    const QFileInfo info(path);
    if (!info.exists())
        return QCoreApplication::translate("FactDesk::ArticleImporter", "%1: no such file").arg(name);
    if (info.isDir())
        return QCoreApplication::translate("FactDesk::ArticleImporter", "%1: is a folder, not a file")
            .arg(name);
    // Devices and pipes could be endless (/dev/zero): only regular files are read.
    if (!info.isFile())
        return QCoreApplication::translate("FactDesk::ArticleImporter", "%1: not a regular file").arg(name);
    if (!info.isReadable())
        return QCoreApplication::translate(
            "FactDesk::ArticleImporter", "%1: cannot be read (permission denied)")
            .arg(name);
    if (info.size() > maximumSize)
        return tooLargeError(name, info.size(), maximumSize);
    return {};
}

ImportResult ArticleImporter::importFile(const QString &path, const ImportOptions &options)
{
    const QString problem = fileProblem(path);
    if (!problem.isEmpty())
        return failure(problem);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QCoreApplication::translate("FactDesk::ArticleImporter", "%1: cannot be read: %2")
                           .arg(displayName(path), file.errorString()));
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failure(QCoreApplication::translate("FactDesk::ArticleImporter", "%1: cannot be read: %2")
                           .arg(displayName(path), file.errorString()));
    file.close();
    TextDecoder::Result decoded = TextDecoder::decode(data, displayName(path));
    data = QByteArray(); // the bytes are not needed any more: big files need the memory
    return importDecoded(std::move(decoded), path, options);
}

ImportResult ArticleImporter::importData(
    const QByteArray &data, const QString &fileName, const ImportOptions &options)
{
    if (data.size() > maximumFileSize)
        return failure(tooLargeError(displayName(fileName), data.size(), maximumFileSize));
    return importDecoded(TextDecoder::decode(data, displayName(fileName)), fileName, options);
}

namespace {

ImportResult importDecoded(
    TextDecoder::Result &&decoded, const QString &fileName, const ImportOptions &options)
{
    if (!decoded.ok)
        return failure(decoded.error);
    const QString name = displayName(fileName);

    ImportResult result;
    Article &article = result.article;
    article.fileName = fileName;
    article.format = ArticleImporter::formatForFileName(fileName);
    // A page saved as .txt (or piped in) is still HTML.
    if (article.format == ArticleFormat::PlainText && HtmlToText::looksLikeHtml(decoded.text))
        article.format = ArticleFormat::Html;

    MarkupConversion conversion;
    switch (article.format) {
    case ArticleFormat::Html:
        conversion = HtmlToText::convert(decoded.text);
        break;
    case ArticleFormat::Markdown:
        conversion = MarkdownToText::convert(decoded.text);
        break;
    case ArticleFormat::PlainText:
        // Plain text is kept as decoded (line endings aside) so that offsets
        // match what a user sees in the file.
        conversion.text = decoded.text;
        conversion.title = MetadataScanner::findTitle(decoded.text);
        conversion.date = MetadataScanner::findDate(decoded.text);
        break;
    }
    article.rawSource = decoded.text;
    article.text = conversion.text;
    article.title = conversion.title;
    article.source = conversion.source;
    article.url = conversion.url;
    article.date = options.date.isValid() ? options.date : conversion.date;
    if (!options.language.isEmpty())
        article.language = options.language;
    else if (!conversion.language.isEmpty())
        article.language = conversion.language;
    else
        article.language = LanguageDetector::detect(article.text).language;

    result.warnings = decoded.warnings;
    if (!hasVisibleText(article.text))
        result.warnings << QCoreApplication::translate(
            "FactDesk::ArticleImporter", "%1: no article text was found")
                               .arg(name);
    result.ok = true;
    return result;
}

} // namespace

} // namespace FactDesk
