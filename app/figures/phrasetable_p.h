#pragma once

#include "characterclass_p.h"

#include <QString>
#include <QStringView>
#include <QVector>

#include <vector>

namespace FactDesk {

/**
 * A set of lexicon phrases ("milliards", "points de pourcentage", "US$") that
 * can be matched at a position of a text, forwards or backwards, without
 * allocating: the extractor only consults it around the digits it found.
 *
 * A space in a phrase matches any run of horizontal white space (including
 * U+00A0 and U+202F), typographic apostrophes match "'". Phrases of up to three
 * characters are matched with their case as written when the table is built
 * with CaseRule::ExactWhenShort, so that "5G" is not read as "5 g" and "M€" is
 * not "m€"; longer phrases ignore case.
 */
class PhraseTable
{
public:
    enum class CaseRule
    {
        Insensitive,
        ExactWhenShort,
    };

    struct Match
    {
        int start = -1;
        int end = -1;
        int payload = -1;
        bool isValid() const { return end >= 0; }
    };

    explicit PhraseTable(CaseRule rule = CaseRule::Insensitive);

    void insert(const QString &phrase, int payload);
    bool isEmpty() const { return m_entries.isEmpty(); }

    /// False when no phrase can start (end) with this character: a look-up that cannot
    /// match costs one bit test instead of hashing a token.
    bool mayStartWith(QChar c) const { return charInMask(m_firstChars, c); }
    bool mayEndWith(QChar c) const { return charInMask(m_lastChars, c); }
    /// False when no phrase starts (ends) with a token of this key: with the key known, a look-up
    /// that cannot match costs one bit test instead of a probe of the buckets.
    bool mayStartWithKey(quint64 key) const { return keyInFilter(m_firstKeys, key); }
    bool mayEndWithKey(quint64 key) const { return keyInFilter(m_lastKeys, key); }

    /// The longest phrase that starts exactly at pos and ends on a word boundary.
    Match matchAt(QStringView text, int pos) const { return matchAt(text, pos, keyAt(text, pos)); }
    /// The longest phrase that ends exactly at end (exclusive) and starts on a word boundary.
    Match matchEndingAt(QStringView text, int end) const
    {
        return matchEndingAt(text, end, keyEndingAt(text, end));
    }

    /// The bucket key of the token at pos, so that one position is hashed once for several tables.
    static quint64 keyAt(QStringView text, int pos);
    static quint64 keyEndingAt(QStringView text, int end);
    /// The keys of one position of a text, kept by a caller that asks several tables about it: the
    /// token's own, and that of the token next to it (after it forwards, before it backwards),
    /// which multi-word phrases compare and which is hashed on the first table that needs it.
    struct Token
    {
        quint64 key = 0;
        bool neighbourKnown = false;
        bool spaceToNeighbour = false;
        quint64 neighbourKey = 0;
    };
    Match matchAt(QStringView text, int pos, quint64 key) const
    {
        Token token;
        token.key = key;
        return matchAt(text, pos, token);
    }
    Match matchEndingAt(QStringView text, int end, quint64 key) const
    {
        Token token;
        token.key = key;
        return matchEndingAt(text, end, token);
    }
    Match matchAt(QStringView text, int pos, Token &token) const;
    Match matchEndingAt(QStringView text, int end, Token &token) const;

    /// Folds a character the way phrases are compared (case aside).
    static char16_t normalized(QChar c)
    {
        const char16_t u = c.unicode();
        if (u < 0x80)
            return u == u'\t' ? u' ' : u;
        return normalizedOther(u);
    }
    static bool isHorizontalSpace(QChar c) { return CharacterClass::isHorizontalSpace(c.unicode()); }
    /// Past the gap between two words at pos: horizontal space, and one hard line wrap with it
    /// (a single line break, not the blank line between paragraphs): "barils par\njour" is one
    /// phrase in text wrapped at 70 columns. pos itself when no gap starts there.
    static int gapEnd(QStringView text, int pos);
    /// The start of the gap that ends at end, by the same rule backwards.
    static int gapStart(QStringView text, int end);
    static bool isWordChar(QChar c) { return CharacterClass::isWordChar(c.unicode()); }
    static bool isMark(QChar c) { return CharacterClass::isMark(c.unicode()); }

private:
    struct Entry
    {
        QString phrase; // normalized, lower-cased unless exact
        bool exact = false;
        int payload = -1;
        // The token next to the bucket's token (second, second to last) and whether a space
        // separates them: most phrases of a bucket are rejected on these keys alone.
        bool singleToken = true;
        bool spaceAfterFirst = false;
        bool spaceBeforeLast = false;
        quint64 secondKey = 0;
        quint64 secondLastKey = 0;
    };
    static char16_t normalizedOther(char16_t u);
    static int tokenEnd(QStringView text, int pos);
    static int tokenStart(QStringView text, int end);

    static bool equalChar(const Entry &entry, int index, QChar textChar)
    {
        const char16_t p = entry.phrase.at(index).unicode();
        const char16_t t = normalized(textChar);
        if (entry.exact)
            return p == t;
        if (t < 0x80)
            return p == ((t >= u'A' && t <= u'Z') ? char16_t(t + 32) : t);
        return p == QChar(t).toLower().unicode();
    }
    void sortBucket(QVector<int> &bucket) const;

    /// The characters phrases may start (end) with. ASCII ones are set as every text character
    /// that compares equal to them ("m" and "M", " " and a tab), so that an ASCII character of the
    /// text is tested as it is, without folding: the scanner asks this around every number.
    struct CharMask
    {
        quint64 ascii[2] = { 0, 0 };
        bool other = false; ///< some phrase has a non-ASCII character there
    };
    static bool charInMask(const CharMask &mask, QChar c)
    {
        char16_t u = c.unicode();
        if (u >= 0x80) {
            u = normalizedOther(u);
            if (u >= 0x80) {
                // A few letters lower-case into ASCII (the Kelvin sign into "k").
                const char16_t lower = QChar(u).toLower().unicode();
                if (mask.other || lower >= 0x80)
                    return mask.other;
                u = lower;
            }
        }
        return (mask.ascii[u >> 6] >> (u & 63)) & 1;
    }
    static void addToMask(CharMask &mask, char16_t folded);
    // One bit for each value of the top byte of the bucket keys.
    static bool keyInFilter(const quint64 (&filter)[4], quint64 key)
    {
        const unsigned bit = unsigned(key >> 56);
        return (filter[bit >> 6] >> (bit & 63)) & 1;
    }
    static void addToFilter(quint64 (&filter)[4], quint64 key)
    {
        const unsigned bit = unsigned(key >> 56);
        filter[bit >> 6] |= quint64(1) << (bit & 63);
    }

    CaseRule m_rule;
    CharMask m_firstChars;
    CharMask m_lastChars;
    quint64 m_firstKeys[4] = { 0, 0, 0, 0 };
    quint64 m_lastKeys[4] = { 0, 0, 0, 0 };
    QVector<Entry> m_entries;
    /// Token key → phrases, open addressing: a look-up that misses costs one probe.
    struct Buckets
    {
        std::vector<quint64> keys; // 0 marks a free slot
        std::vector<int> listOfSlot;
        QVector<QVector<int>> lists;
        QVector<int> &listFor(quint64 key);
        /// Inline: every look-up of the scanner probes a table once.
        const QVector<int> *find(quint64 key) const
        {
            if (keys.empty())
                return nullptr;
            const std::size_t mask = keys.size() - 1;
            for (std::size_t slot = slotOf(key, mask);; slot = (slot + 1) & mask) {
                if (keys[slot] == key)
                    return &lists[listOfSlot[slot]];
                if (keys[slot] == 0)
                    return nullptr;
            }
        }
        static std::size_t slotOf(quint64 key, std::size_t mask)
        {
            return std::size_t(key ^ (key >> 29) ^ (key >> 47)) & mask;
        }

    private:
        void rehash(std::size_t slotCount);
    };

    Buckets m_byFirst;
    Buckets m_byLast;
};

} // namespace FactDesk
