#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

namespace FactDesk {

class Project;
struct Article;
struct Fact;

/**
 * The facts of other articles that may state the same thing as a given fact,
 * for the analyst who must see that one article says 49 % where another says
 * 27 %: same final kind and unit, not rejected, and sentences that share at
 * least minimumSharedWords words (names such as "Helvar" carry across French
 * and English). Words are case-folded without accents; short words, numbers
 * and the commonest function words do not count.
 *
 * The words of each fact's sentence are cached (the first search of a kind
 * reads every sentence once): call invalidate() when articles or facts are
 * added, removed or re-anchored, forget() when one fact changes.
 */
class RelatedFacts
{
public:
    static constexpr int minimumSharedWords = 2;

    struct Match
    {
        qint64 factId = 0;
        int sharedWords = 0;
    };

    explicit RelatedFacts(const Project *project);

    /// At most maximum matches, most shared words first, then in project order.
    QVector<Match> find(qint64 factId, int maximum = 3);
    /// Forgets every cached sentence (articles or facts came, went or moved).
    void invalidate();
    /// Forgets one fact's sentence (a manual fact's span may have changed).
    void forget(qint64 factId) { m_words.remove(factId); }

    /// The words of a sentence that count, folded ("Quantix", "détiendrait" → "quantix", "detiendrait").
    static QSet<QString> significantWords(const QString &sentence);

private:
    const QSet<QString> &wordsOf(const Fact &fact, const Article *article);

    const Project *m_project;
    QHash<qint64, QSet<QString>> m_words;
};

} // namespace FactDesk
