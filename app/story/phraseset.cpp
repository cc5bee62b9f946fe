#include "phraseset_p.h"

namespace FactDesk {

using StoryText::Token;

void PhraseSet::add(const QString &phrase, int payload)
{
    QString text = StoryText::fold(phrase);
    Entry entry;
    entry.payload = payload;
    if (text.endsWith(QLatin1Char('*'))) {
        entry.prefix = true;
        text.chop(1);
    }
    for (const Token &token : StoryText::tokenize(text, 0, int(text.size())))
        entry.words.append(token.text);
    if (entry.words.isEmpty())
        return;
    m_longest = qMax(m_longest, int(entry.words.size()));
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

bool PhraseSet::matches(const Entry &entry, const QVector<Token> &tokens, int index) const
{
    if (index + entry.words.size() > tokens.size())
        return false;
    const int last = int(entry.words.size()) - 1;
    for (int w = 0; w <= last; ++w) {
        const QString &word = tokens.at(index + w).text;
        if (w == last && entry.prefix ? !word.startsWith(entry.words.at(w)) : word != entry.words.at(w))
            return false;
    }
    return true;
}

PhraseSet::Match PhraseSet::matchAt(const QVector<Token> &tokens, int index) const
{
    Match best;
    const QString &word = tokens.at(index).text;
    const auto exact = m_byFirstWord.constFind(word);
    if (exact != m_byFirstWord.cend()) {
        for (const Entry &entry : exact.value()) {
            const int end = index + int(entry.words.size());
            if (end > best.endToken && matches(entry, tokens, index))
                best = { index, end, entry.payload };
        }
    }
    if (best.endToken == 0 && word.size() >= 3) {
        const auto prefixed = m_prefixes.constFind(word.left(3));
        if (prefixed != m_prefixes.cend()) {
            for (const Entry &entry : prefixed.value()) {
                if (matches(entry, tokens, index)) {
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
