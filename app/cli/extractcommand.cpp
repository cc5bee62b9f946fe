// factdesk-cli extract: prints the figures found in articles as JSON or CSV.
//
// Offsets in the output are Unicode code point offsets into the text the
// figures were found in: for plain text, the file as decoded (BOM dropped,
// CRLF and CR turned into LF); for HTML and Markdown, the extracted text.
// --print-text prints exactly that text, so offsets can be checked.
//
// Plain-text files above the streaming threshold are read, decoded, searched
// and printed block by block (cut at paragraph breaks), so memory stays a
// small multiple of the block size, not of the file. A figure that straddles
// a block cut is not found; cuts fall on paragraph breaks whenever the text
// has them, and figures do not cross paragraphs.

#include "commands_p.h"

#include "article/articleimporter.h"
#include "article/htmltotext.h"
#include "article/languagedetector.h"
#include "article/metadatascanner.h"
#include "article/plaintextstreamreader.h"
#include "export/codepointoffsets.h"
#include "export/csvwriter.h"
#include "export/jsonwriter.h"
#include "figures/extractor.h"
#include "figures/extractorcache.h"
#include "figures/figure.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <utility>

namespace FactDesk::Cli {

namespace {

constexpr qint64 defaultStreamThreshold = 16LL * 1024 * 1024;

const char usageLine[] = "Usage: factdesk-cli extract [--lang auto|fr|en] [--date YYYY-MM-DD] [--format "
                         "json|csv] [--time-words] [--print-text] FILE...";

enum class OutputFormat
{
    Json,
    Csv,
};

struct ExtractOptions
{
    QString language; ///< empty: detect
    QDate date;
    OutputFormat format = OutputFormat::Json;
    bool printText = false;
    Extractor::TimeWords timeWords = Extractor::TimeWords::AsOfOnly;
    qint64 streamThreshold = defaultStreamThreshold;
    qint64 streamBlockSize = PlainTextStreamReader::defaultBlockSize;
    QStringList files;
};

/// What is known about a document before its figures are written.
struct DocumentHeader
{
    QString file;
    QString language;
    QDate date;
    QString title;
    Extractor::TimeWords timeWords = Extractor::TimeWords::AsOfOnly;
};

/// Where the output stands: how many documents and figures were written.
struct OutputState
{
    OutputFormat format = OutputFormat::Json;
    int documents = 0;
    qint64 figuresInDocument = 0;
};

void printHelp(QTextStream &out)
{
    out << usageLine << "\n\n"
        << QCoreApplication::translate("FactDesk::Cli",
               "Prints the figures found in articles (.txt, .md, .html; '-' reads standard input).\n"
               "\n"
               "Options:\n"
               "  --lang auto|fr|en     language of the articles (default: detected per article)\n"
               "  --date YYYY-MM-DD     publication date, anchors relative dates (default: from the file)\n"
               "  --format json|csv     output format (default: json)\n"
               "  --time-words          also print dates written without a digit ('Tuesday', 'last year');\n"
               "                        either way they give the figures of their sentence their as_of\n"
               "  --print-text          print the text that offsets refer to instead of the figures (give "
               "one "
               "file)\n"
               "  --stream-above BYTES  read plain-text files larger than this block by block (default: 16 "
               "MiB)\n"
               "  --stream-block BYTES  size of those blocks (default: 4 MiB)\n"
               "  -h, --help            show this help\n"
               "\n"
               "start and end are Unicode code point offsets into the article text: the decoded file for\n"
               "plain text (line endings turned into LF), the extracted text for HTML and Markdown.\n"
               "Exit status: 0 success, 1 some file could not be read, 2 bad command line.\n");
}

int usageError(QTextStream &err, const QString &message)
{
    err << "factdesk-cli extract: " << message << '\n' << usageLine << '\n';
    err.flush();
    return Usage;
}

void beginOutput(QTextStream &out, OutputState &state)
{
    if (state.format == OutputFormat::Json)
        out << "{\"documents\":[";
    else
        out << "file,language,date,start,end,text,kind,value,unit,modifier,range,as_of\r\n";
}

void endOutput(QTextStream &out, OutputState &state)
{
    if (state.format == OutputFormat::Json)
        out << (state.documents > 0 ? "\n" : "") << "]}\n";
    out.flush();
}

void beginDocument(QTextStream &out, OutputState &state, const DocumentHeader &header)
{
    state.figuresInDocument = 0;
    if (state.format == OutputFormat::Json) {
        out << (state.documents > 0 ? ",\n" : "\n") << "{\"file\":" << JsonWriter::quoted(header.file)
            << ",\"language\":" << JsonWriter::quoted(header.language) << ",\"date\":"
            << (header.date.isValid() ? JsonWriter::quoted(header.date.toString(Qt::ISODate))
                                      : QStringLiteral("null"));
        if (!header.title.isEmpty())
            out << ",\"title\":" << JsonWriter::quoted(header.title);
        out << ",\"figures\":[";
    }
    ++state.documents;
}

void endDocument(QTextStream &out, OutputState &state, const QStringList &warnings)
{
    if (state.format != OutputFormat::Json)
        return;
    out << (state.figuresInDocument > 0 ? "\n" : "") << "]";
    if (!warnings.isEmpty()) {
        out << ",\"warnings\":[";
        for (int i = 0; i < warnings.size(); ++i)
            out << (i > 0 ? "," : "") << JsonWriter::quoted(warnings.at(i));
        out << "]";
    }
    out << "}";
}

void writeFigure(QTextStream &out, OutputState &state, const DocumentHeader &header, const Figure &figure,
    const QString &text, qint64 start, qint64 end)
{
    const QString range = figure.range == RangeRole::None ? QString() : toString(figure.range);
    if (state.format == OutputFormat::Json) {
        out << (state.figuresInDocument > 0 ? ",\n" : "\n") << "{\"start\":" << start << ",\"end\":" << end
            << ",\"text\":" << JsonWriter::quoted(text) << ",\"kind\":" << JsonWriter::quoted(toString(figure.kind))
            << ",\"value\":" << JsonWriter::quoted(figure.value) << ",\"unit\":" << JsonWriter::quoted(figure.unit)
            << ",\"modifier\":" << JsonWriter::quoted(toString(figure.modifier));
        if (!range.isEmpty())
            out << ",\"range\":" << JsonWriter::quoted(range);
        out << ",\"as_of\":" << JsonWriter::quoted(figure.asOf) << "}";
    } else {
        out << CsvWriter::quoted(header.file) << ',' << CsvWriter::quoted(header.language) << ','
            << (header.date.isValid() ? header.date.toString(Qt::ISODate) : QString()) << ',' << start << ','
            << end << ',' << CsvWriter::quoted(text) << ',' << CsvWriter::quoted(toString(figure.kind)) << ','
            << CsvWriter::quoted(figure.value) << ',' << CsvWriter::quoted(figure.unit) << ','
            << CsvWriter::quoted(toString(figure.modifier)) << ',' << range << ','
            << CsvWriter::quoted(figure.asOf) << "\r\n";
    }
    ++state.figuresInDocument;
}

/// Extracts from one piece of text and writes its figures; returns the piece's length in code points.
qint64 writeFiguresOf(QTextStream &out, OutputState &state, const DocumentHeader &header, const QString &text,
    qint64 codePointBase, ExtractorCache &extractors)
{
    const QVector<Figure> figures
        = extractors.forLanguage(header.language).extract(text, header.date, header.timeWords);
    const CodePointOffsets offsets(text);
    for (const Figure &figure : figures) {
        if (figure.start < 0 || figure.end < figure.start || figure.end > text.size())
            continue;
        const qint64 start = codePointBase + offsets.offset(figure.start);
        const qint64 end = codePointBase + offsets.offset(figure.end);
        writeFigure(
            out, state, header, figure, text.mid(figure.start, figure.end - figure.start), start, end);
    }
    return offsets.count();
}

void printWarnings(QTextStream &err, const QStringList &warnings)
{
    for (const QString &warning : warnings)
        err << "factdesk-cli: " << QCoreApplication::translate("FactDesk::Cli", "warning: %1").arg(warning)
            << '\n';
    err.flush();
}

/**
 * Reads standard input into data, or, once it passes spoolThreshold bytes,
 * into spool (a temporary file, data then empty), so that a big pipe is
 * streamed from disk like a big file instead of being held in memory.
 */
bool readStandardInput(QByteArray *data, qint64 spoolThreshold, QTemporaryFile *spool, QString *error)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("FactDesk::Cli", "standard input: cannot be read: %1")
                     .arg(input.errorString());
        return false;
    }
    const auto spoolFailed = [&] {
        *error = QCoreApplication::translate("FactDesk::Cli", "standard input: cannot be spooled to %1: %2")
                     .arg(spool->fileName(), spool->errorString());
        return false;
    };
    qint64 total = 0;
    while (true) {
        const QByteArray chunk = input.read(1024 * 1024);
        if (chunk.isEmpty())
            break;
        total += chunk.size();
        if (total > ArticleImporter::maximumFileSize) {
            *error = QCoreApplication::translate(
                "FactDesk::Cli", "standard input: too large (the limit is %1 MB)")
                         .arg(ArticleImporter::maximumFileSize / (1024 * 1024));
            return false;
        }
        if (!spool->isOpen() && total > spoolThreshold) {
            if (!spool->open()) {
                *error = QCoreApplication::translate(
                    "FactDesk::Cli", "standard input: no temporary file for it: %1")
                             .arg(spool->errorString());
                return false;
            }
            if (spool->write(*data) != data->size())
                return spoolFailed();
            *data = QByteArray();
        }
        if (!spool->isOpen())
            data->append(chunk);
        else if (spool->write(chunk) != chunk.size())
            return spoolFailed();
    }
    if (spool->isOpen() && !spool->flush())
        return spoolFailed();
    return true;
}

bool looksLikeHtmlFile(const QString &path)
{
    QFile probe(path);
    return probe.open(QIODevice::ReadOnly)
        && HtmlToText::looksLikeHtml(QString::fromLatin1(probe.read(4096)));
}

/// Streams a large plain-text file; returns false when it could not be read at all.
bool extractStreamed(const QString &path, const QString &shownName, const ExtractOptions &options,
    QTextStream &out, QTextStream &err, OutputState &state, ExtractorCache &extractors)
{
    PlainTextStreamReader reader(path, options.streamBlockSize);
    if (!reader.open()) {
        err << "factdesk-cli: " << reader.errorString() << '\n';
        err.flush();
        return false;
    }
    QString block = reader.readBlock();
    const int printedWarnings = int(reader.warnings().size());
    printWarnings(err, reader.warnings());
    if (options.printText) {
        while (!block.isEmpty()) {
            out << block;
            block = reader.readBlock();
        }
        return reader.errorString().isEmpty();
    }
    DocumentHeader header;
    header.file = shownName;
    header.language
        = !options.language.isEmpty() ? options.language : LanguageDetector::detect(block).language;
    header.date = options.date.isValid() ? options.date : MetadataScanner::findDate(block);
    header.title = MetadataScanner::findTitle(block);
    header.timeWords = options.timeWords;
    beginDocument(out, state, header);
    qint64 codePoints = 0;
    while (!block.isEmpty()) {
        codePoints += writeFiguresOf(out, state, header, block, codePoints, extractors);
        block = reader.readBlock();
    }
    QStringList warnings = reader.warnings();
    printWarnings(err, warnings.mid(printedWarnings)); // found in later blocks
    if (!reader.errorString().isEmpty())
        warnings << reader.errorString();
    endDocument(out, state, warnings);
    if (!reader.errorString().isEmpty()) {
        err << "factdesk-cli: " << reader.errorString() << '\n';
        err.flush();
        return false;
    }
    return true;
}

bool extractOne(const QString &file, const ExtractOptions &options, QTextStream &out, QTextStream &err,
    OutputState &state, ExtractorCache &extractors)
{
    ImportOptions importOptions;
    importOptions.language = options.language;
    importOptions.date = options.date;

    ImportResult result;
    if (file == QLatin1String("-")) {
        QByteArray data;
        QTemporaryFile spool;
        QString error;
        if (!readStandardInput(&data, options.streamThreshold, &spool, &error)) {
            err << "factdesk-cli: " << error << '\n';
            err.flush();
            return false;
        }
        if (spool.isOpen() && !looksLikeHtmlFile(spool.fileName()))
            return extractStreamed(spool.fileName(), file, options, out, err, state, extractors);
        if (spool.isOpen() && spool.seek(0))
            data = spool.readAll(); // a big page on stdin still needs the HTML reader, whole
        result = ArticleImporter::importData(data, file, importOptions);
    } else {
        const QFileInfo info(file);
        const bool plainText = ArticleImporter::formatForFileName(file) == ArticleFormat::PlainText;
        // A page saved with a .txt name still needs the HTML reader.
        if (plainText && info.isFile() && info.size() > options.streamThreshold && !looksLikeHtmlFile(file))
            return extractStreamed(file, file, options, out, err, state, extractors);
        result = ArticleImporter::importFile(file, importOptions);
    }
    if (!result.ok) {
        err << "factdesk-cli: " << result.error << '\n';
        err.flush();
        return false;
    }
    printWarnings(err, result.warnings);
    Article &article = result.article;
    if (options.printText) {
        out << article.text;
        return true;
    }
    article.rawSource.clear(); // not needed here; frees memory for big files
    DocumentHeader header;
    header.file = file;
    header.language = article.language;
    header.date = article.date;
    header.title = article.title;
    header.timeWords = options.timeWords;
    beginDocument(out, state, header);
    writeFiguresOf(out, state, header, article.text, 0, extractors);
    endDocument(out, state, result.warnings);
    return true;
}

} // namespace

int extract(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    ExtractOptions options;
    bool onlyFiles = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (onlyFiles || argument == QLatin1String("-") || !argument.startsWith(QLatin1Char('-'))) {
            options.files << argument;
            continue;
        }
        if (argument == QLatin1String("--")) {
            onlyFiles = true;
            continue;
        }
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            printHelp(out);
            out.flush();
            return Success;
        }
        if (argument == QLatin1String("--print-text")) {
            options.printText = true;
            continue;
        }
        if (argument == QLatin1String("--time-words")) {
            options.timeWords = Extractor::TimeWords::AsFigures;
            continue;
        }
        // Options with a value: "--lang fr" or "--lang=fr".
        QString name = argument;
        QString value;
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        if (equals > 0) {
            name = argument.left(equals);
            value = argument.mid(equals + 1);
        }
        const bool takesValue = name == QLatin1String("--lang") || name == QLatin1String("--date")
            || name == QLatin1String("--format") || name == QLatin1String("--stream-above")
            || name == QLatin1String("--stream-block");
        if (!takesValue)
            return usageError(
                err, QCoreApplication::translate("FactDesk::Cli", "unknown option '%1'").arg(argument));
        if (equals < 0) {
            if (i + 1 >= arguments.size())
                return usageError(
                    err, QCoreApplication::translate("FactDesk::Cli", "option '%1' needs a value").arg(name));
            value = arguments.at(++i);
        }
        if (name == QLatin1String("--lang")) {
            if (value == QLatin1String("auto"))
                options.language.clear();
            else if (value == QLatin1String("fr") || value == QLatin1String("en"))
                options.language = value;
            else
                return usageError(err,
                    QCoreApplication::translate("FactDesk::Cli", "--lang must be auto, fr or en, not '%1'")
                        .arg(value));
        } else if (name == QLatin1String("--date")) {
            static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            options.date = QDate::fromString(value, Qt::ISODate);
            if (!isoDate.match(value).hasMatch() || !options.date.isValid())
                return usageError(err,
                    QCoreApplication::translate(
                        "FactDesk::Cli", "--date must be a valid date written YYYY-MM-DD, not '%1'")
                        .arg(value));
        } else if (name == QLatin1String("--format")) {
            if (value == QLatin1String("json"))
                options.format = OutputFormat::Json;
            else if (value == QLatin1String("csv"))
                options.format = OutputFormat::Csv;
            else
                return usageError(err,
                    QCoreApplication::translate("FactDesk::Cli", "--format must be json or csv, not '%1'")
                        .arg(value));
        } else {
            bool ok = false;
            const qint64 bytes = value.toLongLong(&ok);
            if (!ok || bytes < 0 || (name == QLatin1String("--stream-block") && bytes < 16))
                return usageError(err,
                    QCoreApplication::translate("FactDesk::Cli", "%1 needs a number of bytes, not '%2'")
                        .arg(name, value));
            (name == QLatin1String("--stream-block") ? options.streamBlockSize : options.streamThreshold)
                = bytes;
        }
    }
    if (options.files.isEmpty())
        return usageError(err, QCoreApplication::translate("FactDesk::Cli", "no file given"));
    if (options.files.count(QStringLiteral("-")) > 1)
        return usageError(
            err, QCoreApplication::translate("FactDesk::Cli", "standard input ('-') can be read only once"));

    OutputState state;
    state.format = options.format;
    ExtractorCache extractors;
    if (!options.printText)
        beginOutput(out, state);
    bool allRead = true;
    for (const QString &file : std::as_const(options.files))
        allRead = extractOne(file, options, out, err, state, extractors) && allRead;
    if (!options.printText)
        endOutput(out, state);
    if (!outputWritten(out, err))
        return Failure;
    return allRead ? Success : Failure;
}

bool outputWritten(QTextStream &out, QTextStream &err)
{
    out.flush();
    if (out.status() == QTextStream::Ok)
        return true;
    err << "factdesk-cli: "
        << QCoreApplication::translate("FactDesk::Cli",
               "standard output: cannot be written (is the disk full?); the output is incomplete")
        << '\n';
    err.flush();
    return false;
}

} // namespace FactDesk::Cli
