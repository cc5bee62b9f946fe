#include "phraseset_p.h"

namespace FactDesk {

using StoryText::Token;

namespace {

/// The most words a gap ("raised ... to") takes.
constexpr int maxGap = 3;

} // namespace

void PhraseSet::add(const QString &phrase, int payload)
{
    QString text = StoryText::fold(phrase);
    Entry entry;
    entry.payload = payload;
    if (text.endsWith(QLatin1Char('*'))) {
        entry.prefix = true;
        text.chop(1);
    }
    const QStringList parts = text.split(QStringLiteral("..."));
    for (int part = 0; part < parts.size(); ++part) {
        if (part > 0)
            entry.words.append(QString());
        for (const Token &token : StoryText::tokenize(parts.at(part), 0, int(parts.at(part).size())))
            entry.words.append(token.text);
    }
    if (entry.words.isEmpty() || entry.words.first().isEmpty() || entry.words.last().isEmpty())
        return; // a phrase begins and ends with a word
    const int gaps = int(parts.size()) - 1;
    m_longest = qMax(m_longest, int(entry.words.size()) - gaps + gaps * maxGap);
    if (entry.prefix && entry.words.size() == 1)
        m_prefixes[entry.words.first().left(3)].append(entry);
    else
        m_byFirstWord[entry.words.first()].append(entry);
}

void PhraseSet::addAll(const QStringList &phrases, int payload)
{
    for (const QString &phrase : phrases)
        add(phrase, payload);
}

int PhraseSet::matchEnd(const Entry &entry, const QVector<Token> &tokens, int index, int word) const
{
    const int last = int(entry.words.size()) - 1;
    for (; word <= last; ++word, ++index) {
        const QString &expected = entry.words.at(word);
        if (expected.isEmpty()) {
            // A gap: the fewest words that let the rest match; a figure is never skipped, so that
            // "cut 500 jobs to" is not "cut ... to".
            for (int skip = 0; skip <= maxGap; ++skip) {
                if (skip > 0
                    && (index + skip > tokens.size() || !tokens.at(index + skip - 1).text.at(0).isLetter()))
                    return -1;
                const int end = matchEnd(entry, tokens, index + skip, word + 1);
                if (end >= 0)
                    return end;
            }
            return -1;
        }
        if (index >= tokens.size())
            return -1;
        const QString &text = tokens.at(index).text;
        if (word == last && entry.prefix ? !text.startsWith(expected) : text != expected)
            return -1;
    }
    return index;
}

PhraseSet::Match PhraseSet::matchAt(const QVector<Token> &tokens, int index) const
{
    Match best;
    const QString &word = tokens.at(index).text;
    const auto exact = m_byFirstWord.constFind(word);
    if (exact != m_byFirstWord.cend()) {
        for (const Entry &entry : exact.value()) {
            const int end = matchEnd(entry, tokens, index);
            if (end > best.endToken)
                best = { index, end, entry.payload };
        }
    }
    if (best.endToken == 0 && word.size() >= 3) {
        const auto prefixed = m_prefixes.constFind(word.left(3));
        if (prefixed != m_prefixes.cend()) {
            for (const Entry &entry : prefixed.value()) {
                if (matchEnd(entry, tokens, index) >= 0) {
                    best = { index, index + 1, entry.payload };
                    break;
                }
            }
        }
    }
    return best;
}

QVector<PhraseSet::Match> PhraseSet::findAll(const QVector<Token> &tokens, int from, int to) const
{
    QVector<Match> found;
    if (to < 0 || to > tokens.size())
        to = int(tokens.size());
    for (int i = qMax(0, from); i < to;) {
        const Match match = matchAt(tokens, i);
        if (match.endToken > 0 && match.endToken <= to) {
            found.append(match);
            i = match.endToken;
        } else {
            ++i;
        }
    }
    return found;
}

bool PhraseSet::containsAny(const QVector<Token> &tokens, int from, int to) const
{
    if (to < 0 || to > tokens.size())
        to = int(tokens.size());
    for (int i = qMax(0, from); i < to; ++i) {
        const Match match = matchAt(tokens, i);
        if (match.endToken > 0 && match.endToken <= to)
            return true;
    }
    return false;
}

bool PhraseSet::endsAt(const QVector<Token> &tokens, int end) const
{
    for (int start = qMax(0, end - m_longest); start < end; ++start) {
        const Match match = matchAt(tokens, start);
        if (match.endToken == end)
            return true;
    }
    return false;
}

} // namespace FactDesk
