#include "htmltotext.h"

#include "htmlentities_p.h"
#include "metadatascanner.h"
#include "paragraphbuilder_p.h"
#include "wordset_p.h"

#include <QSet>
#include <QStringList>

#include <utility>
#include <vector>

namespace FactDesk {

namespace {

const QSet<QString> &blockElements()
{
    static const QSet<QString> set = wordSet(QStringLiteral(
        "p div h1 h2 h3 h4 h5 h6 li br blockquote tr ul ol dl dt dd table thead tbody tfoot section article "
        "aside header footer main figure figcaption pre hr address center details summary caption fieldset "
        "legend body html head option"));
    return set;
}

// Elements whose whole content is page furniture, not article text.
const QSet<QString> &skippedElements()
{
    static const QSet<QString> set = wordSet(
        QStringLiteral("nav aside form noscript template svg iframe button select object canvas math"));
    return set;
}

// Elements that always have an end tag: inside skipped content they are
// counted, so that the skip ends at the end tag of the element that began it.
const QSet<QString> &containerElements()
{
    static const QSet<QString> set
        = wordSet(QStringLiteral("div section span ul ol figure header footer article main table"));
    return set;
}

// Words of class and id names that mark page furniture inside the body:
// advertising, sharing buttons, newsletter and cookie boxes, related links.
bool namesFurniture(const QString &classOrId)
{
    static const QSet<QString> words
        = wordSet(QStringLiteral("ad ads adverts advert advertisement advertising pub publicite "
                                 "promo sponsored newsletter subscribe abonnement share sharing "
                                 "social cookie cookies consent related recommended outbrain "
                                 "taboola comments breadcrumb breadcrumbs paywall popup"));
    QString word;
    for (int i = 0; i <= classOrId.size(); ++i) {
        const QChar c = i < classOrId.size() ? classOrId.at(i) : QChar(QLatin1Char(' '));
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (!word.isEmpty()) {
            if (words.contains(word))
                return true;
            word.clear();
        }
    }
    return false;
}

// Elements whose content is raw text: never parsed as tags.
bool isRawTextElement(const QString &name)
{
    return name == QLatin1String("script") || name == QLatin1String("style") || name == QLatin1String("title")
        || name == QLatin1String("textarea") || name == QLatin1String("xmp");
}

bool belongsInHead(const QString &name)
{
    return name == QLatin1String("meta") || name == QLatin1String("link") || name == QLatin1String("title")
        || name == QLatin1String("style") || name == QLatin1String("script") || name == QLatin1String("base")
        || name == QLatin1String("noscript") || name == QLatin1String("template")
        || name == QLatin1String("head") || name == QLatin1String("html");
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool isTagNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiLetter(c) || (u >= '0' && u <= '9') || u == '-' || u == ':' || u == '_';
}

QString collapsed(const QString &text)
{
    ParagraphBuilder builder;
    builder.append(text);
    return builder.takeText();
}

/// Where the next occurrence of one character is, remembered so that repeated
/// searches over broken markup stay linear.
class NextFinder
{
public:
    explicit NextFinder(char16_t character)
        : m_character(character)
    { }
    qsizetype next(const QString &text, qsizetype from)
    {
        const bool cached = m_found != Unknown && from >= m_from && (m_found < 0 || from <= m_found);
        if (!cached) {
            m_from = from;
            m_found = text.indexOf(QChar(m_character), from);
        }
        return m_found;
    }

private:
    static constexpr qsizetype Unknown = -2;
    char16_t m_character;
    qsizetype m_from = 0;
    qsizetype m_found = Unknown;
};

using Attributes = std::vector<std::pair<QString, QString>>;

QString attribute(const Attributes &attributes, const char *name)
{
    for (const auto &pair : attributes) {
        if (pair.first == QLatin1String(name))
            return pair.second;
    }
    return {};
}

class HtmlParser
{
public:
    explicit HtmlParser(const QString &html)
        : m_html(html)
        , m_size(html.size())
    { }

    MarkupConversion run();

private:
    bool parseTag();
    void openTag(const QString &name, bool selfClosing, const Attributes &attributes);
    void closeTag(const QString &name);
    void skipRawText(const QString &name);
    void readMeta(const Attributes &attributes);
    void offerDate(const QString &value, int rank);
    bool skipping() const { return !m_skipStack.empty() || m_inHead; }
    void appendText(QChar c);
    void appendText(const QString &text);
    void endParagraph();

    static constexpr std::size_t maximumSkipDepth = 256;

    const QString &m_html;
    const qsizetype m_size;
    qsizetype m_position = 0;
    ParagraphBuilder m_body;
    ParagraphBuilder m_mainContent; ///< the text inside <article> and <main> only
    MarkupConversion m_result;
    QString m_ogTitle;
    QString m_titleElement;
    QString m_firstHeading;
    QString m_canonicalUrl;
    QString m_ogUrl;
    QString m_metaLanguage;
    int m_dateRank = 100; ///< lower ranks are better sources of the publication date
    std::vector<QString> m_skipStack;
    int m_articleDepth = 0;
    bool m_inHead = false;
    NextFinder m_nextGreater { u'>' };
    NextFinder m_nextDoubleQuote { u'"' };
    NextFinder m_nextSingleQuote { u'\'' };
};

MarkupConversion HtmlParser::run()
{
    while (m_position < m_size) {
        const QChar c = m_html.at(m_position);
        if (c == QLatin1Char('<')) {
            if (QStringView(m_html).mid(m_position, 4).startsWith(QLatin1String("<!--"))) {
                const qsizetype end = m_html.indexOf(QLatin1String("-->"), m_position + 4);
                m_position = end < 0 ? m_size : end + 3;
                continue;
            }
            const QChar next = m_position + 1 < m_size ? m_html.at(m_position + 1) : QChar();
            if (next == QLatin1Char('!') || next == QLatin1Char('?')) {
                const qsizetype end = m_nextGreater.next(m_html, m_position);
                m_position = end < 0 ? m_size : end + 1;
                continue;
            }
            if (parseTag())
                continue;
        }
        if (!skipping()) {
            if (c == QLatin1Char('&')) {
                QString decoded;
                const qsizetype used = HtmlEntities::decodeAt(m_html, m_position, &decoded);
                if (used > 0) {
                    appendText(decoded);
                    m_position += used;
                    continue;
                }
            }
            appendText(c);
        }
        ++m_position;
    }

    // A page whose <article> or <main> holds most of its text is that text:
    // the cookie notices, teasers and share counts around it are not the
    // article. A small <article> (a teaser card) does not count.
    const QString everything = m_body.takeText();
    const QString mainContent = m_mainContent.takeText();
    m_result.text = !mainContent.isEmpty() && mainContent.size() * 10 >= everything.size() * 3 ? mainContent
                                                                                               : everything;
    m_result.title = !m_ogTitle.isEmpty() ? m_ogTitle
        : !m_titleElement.isEmpty()       ? m_titleElement
                                          : m_firstHeading;
    m_result.url = !m_canonicalUrl.isEmpty() ? m_canonicalUrl : m_ogUrl;
    if (m_result.language.isEmpty())
        m_result.language = m_metaLanguage;
    return m_result;
}

bool HtmlParser::parseTag()
{
    qsizetype j = m_position + 1;
    bool closing = false;
    if (j < m_size && m_html.at(j) == QLatin1Char('/')) {
        closing = true;
        ++j;
    }
    if (j >= m_size || !isAsciiLetter(m_html.at(j)))
        return false;
    // Without any '>' ahead this '<' is text, and so is every later one.
    if (m_nextGreater.next(m_html, m_position) < 0)
        return false;
    const qsizetype nameStart = j;
    while (j < m_size && isTagNameChar(m_html.at(j)))
        ++j;
    const QString name = m_html.mid(nameStart, j - nameStart).toLower();
    const bool keepAttributes = !closing
        && (name == QLatin1String("html") || name == QLatin1String("meta") || name == QLatin1String("link")
            || name == QLatin1String("time"));
    // Every opening tag's class and id, to tell page furniture (namesFurniture()).
    const bool keepClassAndId = !closing;
    Attributes attributes;
    bool selfClosing = false;
    bool ended = false;
    while (!ended) {
        while (j < m_size && m_html.at(j).isSpace())
            ++j;
        if (j >= m_size) {
            // A quoted value swallowed every '>': the tag runs to the end.
            break;
        }
        const QChar c = m_html.at(j);
        if (c == QLatin1Char('>')) {
            ++j;
            ended = true;
            break;
        }
        if (c == QLatin1Char('/')) {
            selfClosing = j + 1 < m_size && m_html.at(j + 1) == QLatin1Char('>');
            ++j;
            continue;
        }
        const qsizetype attributeStart = j;
        while (j < m_size && !m_html.at(j).isSpace() && m_html.at(j) != QLatin1Char('=')
            && m_html.at(j) != QLatin1Char('>') && m_html.at(j) != QLatin1Char('/'))
            ++j;
        if (j == attributeStart) {
            ++j; // a stray '='
            continue;
        }
        const QString attributeName = keepAttributes || keepClassAndId
            ? m_html.mid(attributeStart, j - attributeStart).toLower()
            : QString();
        const bool keepValue = keepAttributes
            || (keepClassAndId
                && (attributeName == QLatin1String("class") || attributeName == QLatin1String("id")));
        while (j < m_size && m_html.at(j).isSpace())
            ++j;
        QString value;
        if (j < m_size && m_html.at(j) == QLatin1Char('=')) {
            ++j;
            while (j < m_size && m_html.at(j).isSpace())
                ++j;
            if (j < m_size && (m_html.at(j) == QLatin1Char('"') || m_html.at(j) == QLatin1Char('\''))) {
                NextFinder &finder = m_html.at(j) == QLatin1Char('"') ? m_nextDoubleQuote : m_nextSingleQuote;
                const qsizetype close = finder.next(m_html, j + 1);
                if (close < 0) {
                    // An unclosed quote: end the tag at the next '>' instead.
                    const qsizetype end = m_nextGreater.next(m_html, j);
                    j = end < 0 ? m_size : end + 1;
                    ended = true;
                    break;
                }
                if (keepValue)
                    value = HtmlEntities::decode(m_html.mid(j + 1, close - j - 1));
                j = close + 1;
            } else {
                const qsizetype valueStart = j;
                while (j < m_size && !m_html.at(j).isSpace() && m_html.at(j) != QLatin1Char('>'))
                    ++j;
                if (keepValue)
                    value = HtmlEntities::decode(m_html.mid(valueStart, j - valueStart));
            }
        }
        if (keepValue)
            attributes.emplace_back(attributeName, value);
    }
    m_position = j;
    if (closing) {
        closeTag(name);
    } else {
        openTag(name, selfClosing, attributes);
        if (isRawTextElement(name) && !selfClosing)
            skipRawText(name);
    }
    return true;
}

void HtmlParser::skipRawText(const QString &name)
{
    const qsizetype close = m_html.indexOf(QLatin1String("</") + name, m_position, Qt::CaseInsensitive);
    const qsizetype contentEnd = close < 0 ? m_size : close;
    if (name == QLatin1String("title") && m_titleElement.isEmpty() && m_skipStack.empty())
        m_titleElement = collapsed(HtmlEntities::decode(m_html.mid(m_position, contentEnd - m_position)));
    if (name == QLatin1String("textarea") && !skipping()) {
        appendText(HtmlEntities::decode(m_html.mid(m_position, contentEnd - m_position)));
    }
    if (close < 0) {
        m_position = m_size;
        return;
    }
    const qsizetype end = m_nextGreater.next(m_html, close);
    m_position = end < 0 ? m_size : end + 1;
}

void HtmlParser::openTag(const QString &name, bool selfClosing, const Attributes &attributes)
{
    if (name == QLatin1String("meta")) {
        readMeta(attributes);
        return;
    }
    if (name == QLatin1String("link")) {
        if (attribute(attributes, "rel")
                .split(QLatin1Char(' '))
                .contains(QLatin1String("canonical"), Qt::CaseInsensitive))
            m_canonicalUrl = attribute(attributes, "href").trimmed();
        return;
    }
    if (name == QLatin1String("html")) {
        if (m_result.language.isEmpty())
            m_result.language = MetadataScanner::normalizeLanguage(attribute(attributes, "lang"));
        return;
    }
    if (name == QLatin1String("time"))
        offerDate(attribute(attributes, "datetime"), 50);

    if (!m_skipStack.empty()) {
        if (!selfClosing && (skippedElements().contains(name) || containerElements().contains(name))
            && m_skipStack.size() < maximumSkipDepth)
            m_skipStack.push_back(name);
        return;
    }
    if (name == QLatin1String("head")) {
        m_inHead = true;
        return;
    }
    if (!belongsInHead(name))
        m_inHead = false; // browsers close the head at the first body element
    if (name == QLatin1String("article") || name == QLatin1String("main"))
        ++m_articleDepth;
    const bool pageChrome
        = (name == QLatin1String("header") || name == QLatin1String("footer")) && m_articleDepth == 0;
    const bool furniture = containerElements().contains(name)
        && (namesFurniture(attribute(attributes, "class")) || namesFurniture(attribute(attributes, "id")));
    if (skippedElements().contains(name) || pageChrome || (furniture && !selfClosing)) {
        if (furniture && (name == QLatin1String("article") || name == QLatin1String("main")))
            --m_articleDepth; // a "related" <article> card is not the article
        endParagraph();
        if (!selfClosing)
            m_skipStack.push_back(name);
        return;
    }
    if (blockElements().contains(name))
        endParagraph();
    else if (name == QLatin1String("td") || name == QLatin1String("th"))
        appendText(QLatin1Char(' '));
}

void HtmlParser::appendText(QChar c)
{
    m_body.append(c);
    if (m_articleDepth > 0)
        m_mainContent.append(c);
}

void HtmlParser::appendText(const QString &text)
{
    for (const QChar c : text)
        appendText(c);
}

void HtmlParser::endParagraph()
{
    m_body.endParagraph();
    m_mainContent.endParagraph();
}

void HtmlParser::closeTag(const QString &name)
{
    if (!m_skipStack.empty()) {
        for (auto it = m_skipStack.rbegin(); it != m_skipStack.rend(); ++it) {
            if (*it == name) {
                m_skipStack.erase(std::next(it).base(), m_skipStack.end());
                break;
            }
        }
        return;
    }
    if (name == QLatin1String("head")) {
        m_inHead = false;
        return;
    }
    if ((name == QLatin1String("article") || name == QLatin1String("main")) && m_articleDepth > 0)
        --m_articleDepth;
    if (name == QLatin1String("h1") && m_firstHeading.isEmpty())
        m_firstHeading = m_body.currentParagraph();
    if (blockElements().contains(name))
        endParagraph();
}

void HtmlParser::readMeta(const Attributes &attributes)
{
    QString key = attribute(attributes, "property");
    if (key.isEmpty())
        key = attribute(attributes, "name");
    if (key.isEmpty())
        key = attribute(attributes, "itemprop");
    if (key.isEmpty())
        key = attribute(attributes, "http-equiv");
    key = key.trimmed().toLower();
    const QString content = attribute(attributes, "content");
    if (key.isEmpty() || content.isEmpty())
        return;
    if (key == QLatin1String("og:title"))
        m_ogTitle = collapsed(content);
    else if (key == QLatin1String("og:site_name"))
        m_result.source = collapsed(content);
    else if (key == QLatin1String("og:url"))
        m_ogUrl = content.trimmed();
    else if (key == QLatin1String("language") || key == QLatin1String("content-language")
        || key == QLatin1String("dc.language") || key == QLatin1String("og:locale"))
        m_metaLanguage = MetadataScanner::normalizeLanguage(content);
    else if (key == QLatin1String("article:published_time"))
        offerDate(content, 0);
    else if (key == QLatin1String("datepublished") || key == QLatin1String("og:published_time"))
        offerDate(content, 10);
    else if (key == QLatin1String("dc.date.issued") || key == QLatin1String("dcterms.issued"))
        offerDate(content, 20);
    else if (key == QLatin1String("dc.date") || key == QLatin1String("dcterms.date")
        || key == QLatin1String("dc.date.created") || key == QLatin1String("dcterms.created"))
        offerDate(content, 30);
    else if (key == QLatin1String("date") || key == QLatin1String("pubdate")
        || key == QLatin1String("publish-date") || key == QLatin1String("publication_date"))
        offerDate(content, 40);
}

void HtmlParser::offerDate(const QString &value, int rank)
{
    if (rank >= m_dateRank || value.isEmpty())
        return;
    const QDate date = MetadataScanner::parseDate(value);
    if (!date.isValid())
        return;
    m_dateRank = rank;
    m_result.date = date;
}

} // namespace

MarkupConversion HtmlToText::convert(const QString &html)
{
    return HtmlParser(html).run();
}

bool HtmlToText::looksLikeHtml(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && i < 4096 && (text.at(i).isSpace() || text.at(i).unicode() == 0xFEFF))
        ++i;
    const QString head = text.mid(i, 15);
    if (head.startsWith(QLatin1String("<!doctype html"), Qt::CaseInsensitive))
        return true;
    if (!head.startsWith(QLatin1String("<html"), Qt::CaseInsensitive))
        return false;
    return head.size() == 5 || head.at(5).isSpace() || head.at(5) == QLatin1Char('>');
}

} // namespace FactDesk
