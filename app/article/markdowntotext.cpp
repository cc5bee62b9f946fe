#include "markdowntotext.h"

#include "htmlentities_p.h"
#include "metadatascanner.h"
#include "paragraphbuilder_p.h"

#include <QStringList>

#include <algorithm>
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

// The line classifiers below replace regular expressions whose backtracking
// was quadratic in runs of spaces (a 64 KB indent took seconds). Each makes
// one pass over the line and adds the characters it looked at to steps.

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

/// Up to three spaces of indentation, as CommonMark allows before a block marker; -1 beyond.
qsizetype afterSmallIndent(const QString &line, qint64 &steps)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == QLatin1Char(' ') && i < 4)
        ++i;
    steps += i + 1;
    return i <= 3 ? i : -1;
}

/// From i, only spaces and tabs to the end of the line.
bool onlyBlanksFrom(const QString &line, qsizetype i, qint64 &steps)
{
    for (; i < line.size(); ++i) {
        ++steps;
        if (!isBlank(line.at(i)))
            return false;
    }
    return true;
}

/// "```" or "~~~" (or longer) after a small indent: the fence marker, else empty.
QString fenceMarker(const QString &line, qint64 &steps)
{
    const qsizetype start = afterSmallIndent(line, steps);
    if (start < 0 || start >= line.size())
        return {};
    const QChar c = line.at(start);
    if (c != QLatin1Char('`') && c != QLatin1Char('~'))
        return {};
    qsizetype end = start;
    while (end < line.size() && line.at(end) == c)
        ++end;
    steps += end - start;
    return end - start >= 3 ? line.mid(start, end - start) : QString();
}

/**
 * An ATX heading ("## Title ##"): sets *level and *text (without the closing
 * #s) and returns true.
 */
bool atxHeading(const QString &line, int *level, QString *text, qint64 &steps)
{
    const qsizetype start = afterSmallIndent(line, steps);
    if (start < 0)
        return false;
    qsizetype i = start;
    while (i < line.size() && line.at(i) == QLatin1Char('#'))
        ++i;
    steps += i - start;
    const qsizetype hashes = i - start;
    if (hashes < 1 || hashes > 6)
        return false;
    if (i < line.size() && !isBlank(line.at(i)))
        return false; // "#5" is no heading
    while (i < line.size() && isBlank(line.at(i)))
        ++i;
    qsizetype end = line.size();
    while (end > i && isBlank(line.at(end - 1)))
        --end;
    // A closing run of #s counts only after a blank: "# C#" keeps its #.
    qsizetype closing = end;
    while (closing > i && line.at(closing - 1) == QLatin1Char('#'))
        --closing;
    if (closing < end && closing > i && isBlank(line.at(closing - 1))) {
        end = closing;
        while (end > i && isBlank(line.at(end - 1)))
            --end;
    }
    steps += line.size() - start;
    *level = int(hashes);
    *text = line.mid(i, end - i);
    return true;
}

/// "---", "* * *", "___" and the like.
bool isThematicBreak(const QString &line, qint64 &steps)
{
    const qsizetype start = afterSmallIndent(line, steps);
    if (start < 0 || start >= line.size())
        return false;
    const QChar marker = line.at(start);
    if (marker != QLatin1Char('-') && marker != QLatin1Char('*') && marker != QLatin1Char('_'))
        return false;
    int count = 0;
    for (qsizetype i = start; i < line.size(); ++i) {
        ++steps;
        if (line.at(i) == marker)
            ++count;
        else if (!isBlank(line.at(i)))
            return false;
    }
    return count >= 3;
}

/// "===" or "---" under a paragraph line.
bool isSetextUnderline(const QString &line, qint64 &steps)
{
    const qsizetype start = afterSmallIndent(line, steps);
    if (start < 0 || start >= line.size())
        return false;
    const QChar marker = line.at(start);
    if (marker != QLatin1Char('=') && marker != QLatin1Char('-'))
        return false;
    qsizetype i = start;
    while (i < line.size() && line.at(i) == marker)
        ++i;
    steps += i - start;
    return onlyBlanksFrom(line, i, steps);
}

/// "[label]: target" (a link reference definition).
bool isReferenceDefinition(const QString &line, qint64 &steps)
{
    const qsizetype start = afterSmallIndent(line, steps);
    if (start < 0 || start >= line.size() || line.at(start) != QLatin1Char('['))
        return false;
    const qsizetype close = line.indexOf(QLatin1Char(']'), start + 1);
    steps += (close < 0 ? line.size() : close) - start;
    if (close <= start + 1 || close + 1 >= line.size() || line.at(close + 1) != QLatin1Char(':'))
        return false;
    for (qsizetype i = close + 2; i < line.size(); ++i) {
        ++steps;
        if (!line.at(i).isSpace())
            return true;
    }
    return false;
}

/// A table's header separator: "| --- | :-: |", "---|---".
bool isTableSeparator(const QString &line, qint64 &steps)
{
    qsizetype begin = 0;
    qsizetype end = line.size();
    while (begin < end && line.at(begin).isSpace())
        ++begin;
    while (end > begin && line.at(end - 1).isSpace())
        --end;
    steps += line.size();
    if (begin < end && line.at(begin) == QLatin1Char('|'))
        ++begin;
    if (end > begin && line.at(end - 1) == QLatin1Char('|'))
        --end;
    if (begin >= end)
        return false;
    // Cells of ":?-+:?" between pipes, with spaces around.
    qsizetype i = begin;
    while (true) {
        while (i < end && line.at(i).isSpace())
            ++i;
        if (i < end && line.at(i) == QLatin1Char(':'))
            ++i;
        const qsizetype dashes = i;
        while (i < end && line.at(i) == QLatin1Char('-'))
            ++i;
        if (i == dashes)
            return false;
        if (i < end && line.at(i) == QLatin1Char(':'))
            ++i;
        while (i < end && line.at(i).isSpace())
            ++i;
        if (i == end)
            return true;
        if (line.at(i) != QLatin1Char('|'))
            return false;
        ++i;
    }
}

/// A list item's marker ("- ", "* [x] ", "12. "): where its text starts, else -1.
qsizetype listItemTextStart(const QString &line, qint64 &steps)
{
    const qsizetype size = line.size();
    qsizetype i = 0;
    while (i < size && line.at(i).isSpace())
        ++i;
    steps += i + 1;
    if (i >= size)
        return -1;
    const QChar c = line.at(i);
    if (c == QLatin1Char('-') || c == QLatin1Char('*') || c == QLatin1Char('+')) {
        ++i;
    } else {
        const qsizetype digits = i;
        while (i < size && i - digits < 4 && line.at(i).isDigit())
            ++i;
        steps += i - digits;
        if (i == digits || i - digits > 3 || i >= size
            || (line.at(i) != QLatin1Char('.') && line.at(i) != QLatin1Char(')')))
            return -1;
        ++i;
    }
    const qsizetype spaces = i;
    while (i < size && line.at(i).isSpace())
        ++i;
    steps += i - spaces;
    if (i == spaces)
        return -1;
    // A task box "[ ]" or "[x]" followed by a space is part of the marker.
    if (i + 3 < size && line.at(i) == QLatin1Char('[') && line.at(i + 2) == QLatin1Char(']')
        && (line.at(i + 1) == QLatin1Char(' ') || line.at(i + 1) == QLatin1Char('x')
            || line.at(i + 1) == QLatin1Char('X'))
        && line.at(i + 3).isSpace()) {
        i += 3;
        while (i < size && line.at(i).isSpace())
            ++i;
        steps += 4;
    }
    return i;
}

} // namespace

QString MarkdownToText::inlineText(const QString &line, qint64 *steps)
{
    qint64 ownSteps = 0;
    qint64 &visited = steps ? *steps : ownSteps;
    const qsizetype size = line.size();
    visited += 2 * size; // the two bracket passes
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
            visited += (nextGreater < 0 ? size : nextGreater) - from;
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
        ++visited;
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
            visited += length;
            qsizetype closer = -1;
            if (length <= longestCodeRun
                && !(noCloserFrom[size_t(length)] >= 0 && noCloserFrom[size_t(length)] <= i)) {
                const QString run(length, QLatin1Char('`'));
                qsizetype from = runEnd;
                while (true) {
                    const qsizetype found = line.indexOf(run, from);
                    visited += (found < 0 ? size : found + length) - from;
                    if (found < 0) {
                        noCloserFrom[size_t(length)] = i;
                        break;
                    }
                    qsizetype foundEnd = found + length;
                    while (foundEnd < size && line.at(foundEnd) == QLatin1Char('`'))
                        ++foundEnd;
                    visited += foundEnd - found;
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
            visited += code.size();
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
                visited += inside.size();
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
            visited += runEnd - i;
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
            visited += std::max<qsizetype>(used, 32); // an entity name is short: the look is bounded
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

MarkupConversion MarkdownToText::convert(const QString &markdown, qint64 *steps)
{
    qint64 ownSteps = 0;
    qint64 &visited = steps ? *steps : ownSteps;
    MarkupConversion result;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    visited += markdown.size();
    const FrontMatter frontMatter = readFrontMatter(lines, &result);
    visited += frontMatter.bodyStart > 0 ? markdown.size() : 0; // at most one more look at each line

    ParagraphBuilder builder;
    QString firstHeading;
    QString openFence;
    bool lastLineWasText = false;
    bool lastLineWasQuote = false;
    for (qsizetype index = frontMatter.bodyStart; index < lines.size(); ++index) {
        QString line = lines.at(index);
        visited += line.size() + 1;
        if (!openFence.isEmpty()) {
            visited += line.size();
            if (line.trimmed().startsWith(openFence)) {
                openFence.clear();
                builder.endParagraph();
            } else {
                visited += line.size();
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
        visited += contentStart + 1;
        if (quoted)
            line = line.mid(contentStart);
        if (quoted != lastLineWasQuote)
            builder.endParagraph();
        lastLineWasQuote = quoted;
        const QString trimmed = line.trimmed();
        visited += 2 * line.size();
        if (trimmed.isEmpty()) {
            builder.endParagraph();
            lastLineWasText = false;
            continue;
        }
        const QString fence = fenceMarker(line, visited);
        if (!fence.isEmpty()) {
            builder.endParagraph();
            openFence = fence;
            lastLineWasText = false;
            continue;
        }
        int level = 0;
        QString headingText;
        if (atxHeading(line, &level, &headingText, visited)) {
            builder.endParagraph();
            const QString text = inlineText(headingText, &visited);
            if (level == 1 && firstHeading.isEmpty())
                firstHeading = text.trimmed();
            visited += 2 * text.size();
            builder.append(text);
            builder.endParagraph();
            lastLineWasText = false;
            continue;
        }
        if (lastLineWasText && isSetextUnderline(line, visited)) {
            if (trimmed.startsWith(QLatin1Char('=')) && firstHeading.isEmpty())
                firstHeading = builder.currentParagraph();
            builder.endParagraph();
            lastLineWasText = false;
            continue;
        }
        if (isThematicBreak(line, visited) || isReferenceDefinition(line, visited)
            || isTableSeparator(line, visited)) {
            builder.endParagraph();
            lastLineWasText = false;
            continue;
        }
        const qsizetype itemText = listItemTextStart(line, visited);
        if (itemText >= 0) {
            builder.endParagraph();
            const QString text = inlineText(line.mid(itemText), &visited);
            visited += 2 * text.size();
            builder.append(text);
            lastLineWasText = true;
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('|'))) {
            // A table row is a paragraph of its own; the pipes separate cells.
            builder.endParagraph();
            QString row = trimmed.mid(1);
            if (row.endsWith(QLatin1Char('|')))
                row.chop(1);
            const QString text = inlineText(row, &visited);
            visited += 2 * text.size();
            builder.append(text);
            builder.endParagraph();
            lastLineWasText = false;
            continue;
        }
        const QString text = inlineText(line, &visited);
        visited += 2 * text.size();
        builder.append(text);
        builder.append(QLatin1Char(' '));
        lastLineWasText = true;
    }
    result.text = builder.takeText();
    visited += result.text.size();
    if (result.title.isEmpty())
        result.title = firstHeading;
    return result;
}

} // namespace FactDesk
