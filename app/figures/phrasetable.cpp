#include "phrasetable_p.h"

#include <algorithm>

namespace FactDesk {

namespace {
inline char16_t lowered(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    return QChar(c).toLower().unicode();
}

// Phrases are bucketed by their first and last token (a run of word characters,
// or one other character), so a look-up compares the text with the few phrases
// that share that token instead of every phrase starting with the same letter.
constexpr quint64 hashSeed = 14695981039346656037ULL;
constexpr int longestToken = 48; // no lexicon token is longer; longer runs cannot match

inline quint64 mix(quint64 hash, char16_t c)
{
    return (hash ^ c) * 1099511628211ULL;
}

// ASCII word characters as keys hash them (digits, letters lower-cased), 0 for the rest of
// ASCII: the scanner hashes a token on nearly every figure, and most are ASCII.
struct AsciiWordFold
{
    char16_t of[128] = {};
    constexpr AsciiWordFold()
    {
        for (int c = '0'; c <= '9'; ++c)
            of[c] = char16_t(c);
        for (int c = 'a'; c <= 'z'; ++c)
            of[c] = of[c - 32] = char16_t(c);
    }
};
constexpr AsciiWordFold asciiWordFold;

/// Whether c is a word character and, if so, in *folded how a key hashes it.
inline bool foldWordChar(QChar c, char16_t *folded)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        *folded = asciiWordFold.of[u];
        return *folded != 0;
    }
    if (!PhraseTable::isWordChar(c))
        return false;
    *folded = lowered(PhraseTable::normalized(c));
    return true;
}
} // namespace

PhraseTable::PhraseTable(CaseRule rule)
    : m_rule(rule)
{ }

char16_t PhraseTable::normalizedOther(char16_t u)
{
    switch (u) {
    case 0x2019: // right single quotation mark, the usual French apostrophe
    case 0x2018:
    case 0x02BC:
        return u'\'';
    case 0x2010: // hyphen and non-breaking hyphen
    case 0x2011:
        return u'-';
    default:
        break;
    }
    if (isHorizontalSpace(QChar(u)))
        return u' ';
    return u;
}

void PhraseTable::addToMask(CharMask &mask, char16_t folded)
{
    if (folded >= 0x80) {
        mask.other = true;
        return;
    }
    const char16_t lower = lowered(folded);
    auto set = [&mask](char16_t c) { mask.ascii[c >> 6] |= quint64(1) << (c & 63); };
    set(lower);
    if (lower >= u'a' && lower <= u'z')
        set(char16_t(lower - 32));
    else if (lower == u' ')
        set(u'\t');
}

int PhraseTable::tokenEnd(QStringView text, int pos)
{
    const int size = int(text.size());
    if (pos >= size || !isWordChar(text[pos]))
        return qMin(pos + 1, size);
    while (pos < size && isWordChar(text[pos]))
        ++pos;
    return pos;
}

int PhraseTable::tokenStart(QStringView text, int end)
{
    if (end <= 0 || !isWordChar(text[end - 1]))
        return qMax(end - 1, 0);
    while (end > 0 && isWordChar(text[end - 1]))
        --end;
    return end;
}

void PhraseTable::insert(const QString &phrase, int payload)
{
    Entry entry;
    entry.payload = payload;
    entry.exact = m_rule == CaseRule::ExactWhenShort && phrase.size() <= 3;
    QString folded;
    folded.reserve(phrase.size());
    bool lastWasSpace = true;
    for (const QChar c : phrase) {
        const char16_t n = normalized(c);
        if (n == u' ') {
            if (!lastWasSpace)
                folded.append(QLatin1Char(' '));
            lastWasSpace = true;
            continue;
        }
        lastWasSpace = false;
        folded.append(QChar(entry.exact ? n : lowered(n)));
    }
    while (folded.endsWith(QLatin1Char(' ')))
        folded.chop(1);
    if (folded.isEmpty())
        return;
    entry.phrase = folded;
    addToMask(m_firstChars, folded.front().unicode());
    addToMask(m_lastChars, folded.back().unicode());
    const int size = int(folded.size());
    const int firstEnd = tokenEnd(folded, 0);
    const int lastStart = tokenStart(folded, size);
    if (firstEnd < size) {
        entry.singleToken = false;
        entry.spaceAfterFirst = folded.at(firstEnd) == QLatin1Char(' ');
        entry.secondKey = keyAt(folded, entry.spaceAfterFirst ? firstEnd + 1 : firstEnd);
        entry.spaceBeforeLast = folded.at(lastStart - 1) == QLatin1Char(' ');
        entry.secondLastKey = keyEndingAt(folded, entry.spaceBeforeLast ? lastStart - 1 : lastStart);
    }
    const int index = m_entries.size();
    m_entries.append(entry);
    const quint64 firstKey = keyAt(folded, 0);
    const quint64 lastKey = keyEndingAt(folded, int(folded.size()));
    addToFilter(m_firstKeys, firstKey);
    addToFilter(m_lastKeys, lastKey);
    QVector<int> &first = m_byFirst.listFor(firstKey);
    first.append(index);
    sortBucket(first);
    QVector<int> &last = m_byLast.listFor(lastKey);
    last.append(index);
    sortBucket(last);
}

quint64 PhraseTable::keyAt(QStringView text, int pos)
{
    const int size = int(text.size());
    if (pos < 0 || pos >= size)
        return 0;
    quint64 hash = hashSeed;
    char16_t folded = 0;
    if (!foldWordChar(text[pos], &folded))
        return mix(hash, lowered(normalized(text[pos])));
    for (int t = pos; t < size && foldWordChar(text[t], &folded); ++t) {
        if (t - pos >= longestToken)
            return 0;
        hash = mix(hash, folded);
    }
    return hash;
}

quint64 PhraseTable::keyEndingAt(QStringView text, int end)
{
    if (end <= 0 || end > int(text.size()))
        return 0;
    quint64 hash = hashSeed;
    char16_t folded = 0;
    if (!foldWordChar(text[end - 1], &folded))
        return mix(hash, lowered(normalized(text[end - 1])));
    // Hashed from the end backwards, in the one pass that finds the token's start: these keys
    // are only compared with keys made here (phrases' last tokens and their neighbours).
    for (int t = end - 1; t >= 0 && foldWordChar(text[t], &folded); --t) {
        if (end - 1 - t >= longestToken)
            return 0;
        hash = mix(hash, folded);
    }
    return hash;
}

QVector<int> &PhraseTable::Buckets::listFor(quint64 key)
{
    if (const QVector<int> *existing = find(key))
        return lists[int(existing - lists.constData())];
    if ((lists.size() + 1) * 2 > int(keys.size()))
        rehash(std::max<std::size_t>(16, keys.size() * 2));
    const std::size_t mask = keys.size() - 1;
    std::size_t slot = slotOf(key, mask);
    while (keys[slot] != 0)
        slot = (slot + 1) & mask;
    keys[slot] = key;
    listOfSlot[slot] = int(lists.size());
    lists.append(QVector<int>());
    return lists.last();
}

void PhraseTable::Buckets::rehash(std::size_t slotCount)
{
    std::vector<quint64> oldKeys;
    std::vector<int> oldLists;
    oldKeys.swap(keys);
    oldLists.swap(listOfSlot);
    keys.assign(slotCount, 0);
    listOfSlot.assign(slotCount, -1);
    const std::size_t mask = slotCount - 1;
    for (std::size_t i = 0; i < oldKeys.size(); ++i) {
        if (oldKeys[i] == 0)
            continue;
        std::size_t slot = slotOf(oldKeys[i], mask);
        while (keys[slot] != 0)
            slot = (slot + 1) & mask;
        keys[slot] = oldKeys[i];
        listOfSlot[slot] = oldLists[i];
    }
}

void PhraseTable::sortBucket(QVector<int> &bucket) const
{
    std::stable_sort(bucket.begin(), bucket.end(),
        [this](int a, int b) { return m_entries[a].phrase.size() > m_entries[b].phrase.size(); });
}

int PhraseTable::gapEnd(QStringView text, int pos)
{
    const int size = int(text.size());
    int t = pos;
    while (t < size && isHorizontalSpace(text[t]))
        ++t;
    if (t < size && text[t] == QLatin1Char('\n')) {
        int next = t + 1;
        while (next < size && isHorizontalSpace(text[next]))
            ++next;
        if (next < size && text[next] != QLatin1Char('\n'))
            t = next;
    }
    return t;
}

int PhraseTable::gapStart(QStringView text, int end)
{
    int t = end;
    while (t > 0 && isHorizontalSpace(text[t - 1]))
        --t;
    if (t > 1 && text[t - 1] == QLatin1Char('\n')) {
        int previous = t - 1;
        while (previous > 0 && isHorizontalSpace(text[previous - 1]))
            --previous;
        if (previous > 0 && text[previous - 1] != QLatin1Char('\n'))
            t = previous;
    }
    return t;
}

PhraseTable::Match PhraseTable::matchAt(QStringView text, int pos, Token &token) const
{
    Match match;
    const int size = int(text.size());
    if (pos < 0 || pos >= size)
        return match;
    if (token.key == 0)
        return match;
    const QVector<int> *bucket = m_byFirst.find(token.key);
    if (!bucket)
        return match;
    for (const int index : *bucket) {
        const Entry &entry = m_entries[index];
        if (!entry.singleToken) {
            if (!token.neighbourKnown) {
                token.neighbourKnown = true;
                const int tokenStop = tokenEnd(text, pos);
                const int next = gapEnd(text, tokenStop);
                token.spaceToNeighbour = next > tokenStop;
                token.neighbourKey = keyAt(text, next);
            }
            if (entry.spaceAfterFirst != token.spaceToNeighbour || entry.secondKey != token.neighbourKey)
                continue;
        }
        int t = pos;
        bool ok = true;
        for (int p = 0; p < entry.phrase.size() && ok; ++p) {
            if (entry.phrase.at(p) == QLatin1Char(' ')) {
                const int gap = gapEnd(text, t);
                if (gap == t) {
                    ok = false;
                    break;
                }
                t = gap;
                continue;
            }
            if (t >= size || !equalChar(entry, p, text[t]))
                ok = false;
            else
                ++t;
        }
        if (!ok)
            continue;
        if (isWordChar(entry.phrase.back()) && t < size && isWordChar(text[t]))
            continue;
        match.start = pos;
        match.end = t;
        match.payload = entry.payload;
        return match;
    }
    return match;
}

PhraseTable::Match PhraseTable::matchEndingAt(QStringView text, int end, Token &token) const
{
    Match match;
    if (end <= 0 || end > int(text.size()))
        return match;
    if (token.key == 0)
        return match;
    const QVector<int> *bucket = m_byLast.find(token.key);
    if (!bucket)
        return match;
    for (const int index : *bucket) {
        const Entry &entry = m_entries[index];
        if (!entry.singleToken) {
            if (!token.neighbourKnown) {
                token.neighbourKnown = true;
                const int tokenFirst = tokenStart(text, end);
                const int previous = gapStart(text, tokenFirst);
                token.spaceToNeighbour = previous < tokenFirst;
                token.neighbourKey = keyEndingAt(text, previous);
            }
            if (entry.spaceBeforeLast != token.spaceToNeighbour || entry.secondLastKey != token.neighbourKey)
                continue;
        }
        int t = end; // exclusive
        bool ok = true;
        for (int p = int(entry.phrase.size()) - 1; p >= 0 && ok; --p) {
            if (entry.phrase.at(p) == QLatin1Char(' ')) {
                const int gap = gapStart(text, t);
                if (gap == t) {
                    ok = false;
                    break;
                }
                t = gap;
                continue;
            }
            if (t <= 0 || !equalChar(entry, p, text[t - 1]))
                ok = false;
            else
                --t;
        }
        if (!ok)
            continue;
        if (isWordChar(entry.phrase.front()) && t > 0 && isWordChar(text[t - 1]))
            continue;
        match.start = t;
        match.end = end;
        match.payload = entry.payload;
        return match;
    }
    return match;
}

} // namespace FactDesk
