#pragma once

#include "storytext_p.h"

#include <QHash>
#include <QStringList>
#include <QVector>

namespace FactDesk {

/**
 * Phrases of folded words looked up in a tokenized text ("chiffre d'affaires",
 * "valoris*": a trailing * takes any ending; "raised ... to": "..." takes up to
 * three words that are not figures, "raised its stake to"), each with a
 * payload. At one position the longest phrase wins.
 */
class PhraseSet
{
public:
    struct Match
    {
        int firstToken = 0;
        int endToken = 0; ///< exclusive
        int payload = 0;
    };

    void add(const QString &phrase, int payload);
    void addAll(const QStringList &phrases, int payload = 0);
    bool isEmpty() const { return m_byFirstWord.isEmpty() && m_prefixes.isEmpty(); }

    /// The longest phrase starting at token index, or endToken 0 when none.
    Match matchAt(const QVector<StoryText::Token> &tokens, int index) const;
    /// Every phrase in tokens[from, to), left to right, without overlaps.
    QVector<Match> findAll(const QVector<StoryText::Token> &tokens, int from = 0, int to = -1) const;
    bool containsAny(const QVector<StoryText::Token> &tokens, int from = 0, int to = -1) const;
    /// True when a phrase ends exactly at token index end - 1 (the words just before a figure).
    bool endsAt(const QVector<StoryText::Token> &tokens, int end) const;

private:
    struct Entry
    {
        QStringList words; ///< an empty word is a gap ("...")
        bool prefix = false; ///< the last word is a prefix
        int payload = 0;
    };
    /// The end of entry matched at tokens[index], or -1.
    int matchEnd(const Entry &entry, const QVector<StoryText::Token> &tokens, int index, int word = 0) const;

    QHash<QString, QVector<Entry>> m_byFirstWord;
    QHash<QString, QVector<Entry>> m_prefixes; ///< one-word prefixes, by their first three letters
    int m_longest = 1;
};

} // namespace FactDesk
