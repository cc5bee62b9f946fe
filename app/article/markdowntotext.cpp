#include "markdowntotext.h"

#include "htmlentities_p.h"
#include "metadatascanner.h"
#include "paragraphbuilder_p.h"

#include <QRegularExpression>
#include <QStringList>

#include <array>
#include <utility>
#include <vector>

namespace FactDesk {

namespace {

bool isWhitespaceOrEdge(QChar c)
{
    return c.isNull() || c.isSpace();
}

bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x21 && u <= 0x2F) || (u >= 0x3A && u <= 0x40) || (u >= 0x5B && u <= 0x60)
        || (u >= 0x7B && u <= 0x7E);
}

bool isPunctuation(QChar c)
{
    return isAsciiPunctuation(c) || c.isPunct() || c.isSymbol();
}

/// For each bracket, the index of its partner (or -1), found with one stack pass.
std::vector<qsizetype> matchBrackets(const QString &text, QChar open, QChar close)
{
    std::vector<qsizetype> partner(size_t(text.size()), -1);
    std::vector<qsizetype> stack;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            ++i;
        } else if (c == open) {
            stack.push_back(i);
        } else if (c == close && !stack.empty()) {
            partner[size_t(stack.back())] = i;
            stack.pop_back();
        }
    }
    return partner;
}

struct FrontMatter
{
    bool found = false;
    qsizetype bodyStart = 0;
};

FrontMatter readFrontMatter(const QStringList &lines, MarkupConversion *result)
{
    FrontMatter frontMatter;
    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("---"))
        return frontMatter;
    const int limit = std::min<int>(int(lines.size()), 200);
    int closing = -1;
    for (int i = 1; i < limit; ++i) {
        const QString line = lines.at(i).trimmed();
        if (line == QLatin1String("---") || line == QLatin1String("...")) {
            closing = i;
            break;
        }
    }
    if (closing < 0)
        return frontMatter;
    for (int i = 1; i < closing; ++i) {
        const QString &line = lines.at(i);
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed().toLower();
        QString value = line.mid(colon + 1).trimmed();
        if (value.size() >= 2
            && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
                || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))))
            value = value.mid(1, value.size() - 2);
        if (key == QLatin1String("title"))
            result->title = value;
        else if (key == QLatin1String("date") || key == QLatin1String("published"))
            result->date = MetadataScanner::parseDate(value);
        else if (key == QLatin1String("source") || key == QLatin1String("site"))
            result->source = value;
        else if (key == QLatin1String("url") || key == QLatin1String("canonical"))
            result->url = value;
        else if (key == QLatin1String("lang") || key == QLatin1String("language"))
            result->language = MetadataScanner::normalizeLanguage(value);
    }
    frontMatter.found = true;
    frontMatter.bodyStart = closing + 1;
    return frontMatter;
}

} // namespace

QString MarkdownToText::inlineText(const QString &line)
{
    const qsizetype size = line.size();
    const std::vector<qsizetype> squarePartner = matchBrackets(line, QLatin1Char('['), QLatin1Char(']'));
    const std::vector<qsizetype> roundPartner = matchBrackets(line, QLatin1Char('('), QLatin1Char(')'));
    // Link text stays; from its ']' we jump past the "(url)" or "[ref]".
    std::vector<std::pair<qsizetype, qsizetype>> linkTails;
    // For code spans: the position from which no closing run of that length exists.
    constexpr int longestCodeRun = 16;
    std::array<qsizetype, longestCodeRun + 1> noCloserFrom;
    noCloserFrom.fill(-1);
    qsizetype nextGreater = -2; // cache of the next '>' position
    auto findGreater = [&](qsizetype from) {
        if (nextGreater == -2 || (nextGreater >= 0 && nextGreater < from)) {
            nextGreater = line.indexOf(QLatin1Char('>'), from);
            if (nextGreater < 0)
                nextGreater = -1;
        }
        return nextGreater;
    };
    auto tail = [&](qsizetype closeSquare) -> qsizetype {
        // What follows a ']': "(url)" or "[ref]"; returns its last index or -1.
        const qsizetype next = closeSquare + 1;
        if (next >= size)
            return -1;
        if (line.at(next) == QLatin1Char('('))
            return roundPartner[size_t(next)];
        if (line.at(next) == QLatin1Char('['))
            return squarePartner[size_t(next)];
        return -1;
    };

    QString out;
    out.reserve(size);
    qsizetype i = 0;
    while (i < size) {
        if (!linkTails.empty() && i == linkTails.back().first) {
            i = linkTails.back().second + 1;
            linkTails.pop_back();
            continue;
        }
        const QChar c = line.at(i);
        const QChar next = i + 1 < size ? line.at(i + 1) : QChar();
        if (c == QLatin1Char('\\') && isAsciiPunctuation(next)) {
            out.append(next);
            i += 2;
            continue;
        }
        if (c == QLatin1Char('`')) {
            qsizetype runEnd = i;
            while (runEnd < size && line.at(runEnd) == QLatin1Char('`'))
                ++runEnd;
            const qsizetype length = runEnd - i;
            qsizetype closer = -1;
            if (length <= longestCodeRun
                && !(noCloserFrom[size_t(length)] >= 0 && noCloserFrom[size_t(length)] <= i)) {
                const QString run(length, QLatin1Char('`'));
                qsizetype from = runEnd;
                while (true) {
                    const qsizetype found = line.indexOf(run, from);
                    if (found < 0) {
                        noCloserFrom[size_t(length)] = i;
                        break;
                    }
                    qsizetype foundEnd = found + length;
                    while (foundEnd < size && line.at(foundEnd) == QLatin1Char('`'))
                        ++foundEnd;
                    if (foundEnd - found == length) {
                        closer = found;
                        break;
                    }
                    from = foundEnd;
                }
            }
            if (closer < 0) {
                out.append(line.mid(i, length));
                i = runEnd;
                continue;
            }
            QString code = line.mid(runEnd, closer - runEnd);
            if (code.size() >= 2 && code.startsWith(QLatin1Char(' ')) && code.endsWith(QLatin1Char(' ')))
                code = code.mid(1, code.size() - 2);
            out.append(code);
            i = closer + length;
            continue;
        }
        if (c == QLatin1Char('!') && next == QLatin1Char('[') && squarePartner[size_t(i + 1)] >= 0) {
            const qsizetype end = tail(squarePartner[size_t(i + 1)]);
            if (end >= 0) {
                i = end + 1; // images carry no article text
                continue;
            }
        }
        if (c == QLatin1Char('[') && squarePartner[size_t(i)] >= 0) {
            const qsizetype close = squarePartner[size_t(i)];
            const qsizetype end = tail(close);
            if (end >= 0) {
                linkTails.emplace_back(close, end);
                ++i;
                continue;
            }
        }
        if (c == QLatin1Char('<')) {
            const qsizetype greater = findGreater(i + 1);
            if (greater > i + 1 && greater - i < 2048) {
                const QString inside = line.mid(i + 1, greater - i - 1);
                const bool autolink = !inside.contains(QLatin1Char(' '))
                    && (inside.startsWith(QLatin1String("http://"))
                        || inside.startsWith(QLatin1String("https://"))
                        || inside.startsWith(QLatin1String("mailto:")));
                const bool tag = next.isLetter()
                    || (next == QLatin1Char('/') && i + 2 < size && line.at(i + 2).isLetter());
                if (autolink) {
                    out.append(inside.startsWith(QLatin1String("mailto:")) ? inside.mid(7) : inside);
                    i = greater + 1;
                    continue;
                }
                if (tag) {
                    i = greater + 1;
                    continue;
                }
            }
        }
        if (c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('~')) {
            qsizetype runEnd = i;
            while (runEnd < size && line.at(runEnd) == c)
                ++runEnd;
            const QChar before = i > 0 ? line.at(i - 1) : QChar();
            const QChar after = runEnd < size ? line.at(runEnd) : QChar();
            // CommonMark's flanking rules; a run flanked on both sides ("2*3",
            // "snake_case") is kept as text.
            const bool leftFlanking = !isWhitespaceOrEdge(after)
                && (!isPunctuation(after) || isWhitespaceOrEdge(before) || isPunctuation(before));
            const bool rightFlanking = !isWhitespaceOrEdge(before)
                && (!isPunctuation(before) || isWhitespaceOrEdge(after) || isPunctuation(after));
            const bool emphasis = leftFlanking != rightFlanking && (c != QLatin1Char('~') || runEnd - i == 2);
            if (!emphasis)
                out.append(line.mid(i, runEnd - i));
            i = runEnd;
            continue;
        }
        if (c == QLatin1Char('&')) {
            const qsizetype used = HtmlEntities::decodeAt(line, i, &out);
            if (used > 0) {
                i += used;
                continue;
            }
        }
        out.append(c);
        ++i;
    }
    return out;
}

MarkupConversion MarkdownToText::convert(const QString &markdown)
{
    static const QRegularExpression atxHeading(
        QStringLiteral("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"));
    static const QRegularExpression thematicBreak(QStringLiteral("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$"));
    static const QRegularExpression setextUnderline(QStringLiteral("^ {0,3}(=+|-+)[ \\t]*$"));
    static const QRegularExpression referenceDefinition(QStringLiteral("^ {0,3}\\[[^\\]]+\\]:\\s*\\S"));
    static const QRegularExpression tableSeparator(
        QStringLiteral("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$"));
    static const QRegularExpression listItem(
        QStringLiteral("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+(?:\\[[ xX]\\]\\s+)?"));
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));

    MarkupConversion result;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    const FrontMatter frontMatter = readFrontMatter(lines, &result);

    ParagraphBuilder builder;
    QString firstHeading;
    QString fenceMarker;
    bool lastLineWasText = false;
    bool lastLineWasQuote = false;
    for (qsizetype index = frontMatter.bodyStart; index < lines.size(); ++index) {
        QString line = lines.at(index);
        if (!fenceMarker.isEmpty()) {
            if (line.trimmed().startsWith(fenceMarker)) {
                fenceMarker.clear();
                builder.endParagraph();
            } else {
                builder.append(line);
                builder.append(QLatin1Char('\n'));
            }
            continue;
        }
        // Block quotes only add a prefix to the line; entering or leaving one ends a paragraph.
        bool quoted = false;
        qsizetype contentStart = 0;
        while (true) {
            while (contentStart < line.size() && line.at(contentStart).isSpace())
                ++contentStart;
            if (contentStart >= line.size() || line.at(contentStart) != QLatin1Char('>'))
                break;
            ++contentStart;
            quoted = true;
        }
        if (quoted)
            line = line.mid(contentStart);
        if (quoted != lastLineWasQuote)
            builder.endParagraph();
        lastLineWasQuote = quoted;
        if (line.trimmed().isEmpty()) {
            builder.endParagraph();
            lastLineWasText = false;
            continue;
        }
        const auto fenceMatch = fence.match(line);
        if (fenceMatch.hasMatch()) {
            builder.endParagraph();
            fenceMarker = fenceMatch.captured(1);
            lastLineWasText = false;
            continue;
        }
        const auto heading = atxHeading.match(line);
        if (heading.hasMatch()) {
            builder.endParagraph();
            const QString text = inlineText(heading.captured(2));
            if (heading.captured(1).size() == 1 && firstHeading.isEmpty())
                firstHeading = text.trimmed();
            builder.append(text);
            builder.endParagraph();
            lastLineWasText = false;
            continue;
        }
        if (lastLineWasText && setextUnderline.match(line).hasMatch()) {
            if (line.trimmed().startsWith(QLatin1Char('=')) && firstHeading.isEmpty())
                firstHeading = builder.currentParagraph();
            builder.endParagraph();
            lastLineWasText = false;
            continue;
        }
        if (thematicBreak.match(line).hasMatch() || referenceDefinition.match(line).hasMatch()
            || tableSeparator.match(line).hasMatch()) {
            builder.endParagraph();
            lastLineWasText = false;
            continue;
        }
        const auto item = listItem.match(line);
        if (item.hasMatch()) {
            builder.endParagraph();
            builder.append(inlineText(line.mid(item.capturedEnd())));
            lastLineWasText = true;
            continue;
        }
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1Char('|'))) {
            // A table row is a paragraph of its own; the pipes separate cells.
            builder.endParagraph();
            QString row = trimmed.mid(1);
            if (row.endsWith(QLatin1Char('|')))
                row.chop(1);
            builder.append(inlineText(row));
            builder.endParagraph();
            lastLineWasText = false;
            continue;
        }
        builder.append(inlineText(line));
        builder.append(QLatin1Char(' '));
        lastLineWasText = true;
    }
    result.text = builder.takeText();
    if (result.title.isEmpty())
        result.title = firstHeading;
    return result;
}

} // namespace FactDesk
