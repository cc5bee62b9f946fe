#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace FactDesk {

class PhraseSet;

/**
 * The words the story ledger reads around a figure, French and English side
 * by side, loaded from a JSON file (resources/story/storylexicon.json, built
 * into the core as :/story/storylexicon.json): the measures with their terms
 * (valorisation ↔ valuation, chiffre d'affaires ↔ revenue), the counted nouns
 * of each measure, the qualifiers (net / gross, annual / quarterly, France /
 * world) and the connecting words of the arithmetic checks ("dont",
 * "of which", "soit", "from … to").
 */
class StoryLexicon
{
public:
    struct MeasureTerm
    {
        QString id; ///< "valuation"
        QString french; ///< "valorisation"
        QString english; ///< "valuation"
        QStringList kinds; ///< the kinds of figure that state its level ("money"); empty: any
    };

    /// The phrase lists of the connecting words, by their JSON key.
    enum class Words
    {
        Change,
        Decrease,
        UpdateMarker, ///< speaks of the figures after it in its clause: "désormais", "now owns"
        UpdateMarkerAfter, ///< speaks of the figure before it: "22 %, down from 49 %"
        /// ends a clause: opens another one ("while", "alors que", "qui") or brings in another
        /// value ("contre", "down from"); the figure lexicon's clauseWords, both languages
        ClauseBreak,
        From,
        To,
        Versus,
        Result,
        Part,
        Total,
        Premium,
        Discount,
        Base,
        Of,
        PerUnit,
    };

    StoryLexicon();
    ~StoryLexicon();
    StoryLexicon(const StoryLexicon &) = delete;
    StoryLexicon &operator=(const StoryLexicon &) = delete;

    /// The bundled lexicon; on a broken resource error says why and the lexicon stays empty.
    static std::unique_ptr<StoryLexicon> bundled(QString *error = nullptr);
    /// Reads a lexicon from JSON bytes; false with error naming source and the reason. The
    /// clause words are not in it: they are the figure lexicon's (addClauseWords()).
    bool load(const QByteArray &json, const QString &source, QString *error);
    /// Adds words that end a clause (Words::ClauseBreak), as written: they are folded here.
    void addClauseWords(const QStringList &words);

    const QVector<MeasureTerm> &measures() const { return m_measures; }
    /// The phrases naming a measure; termMeasure(payload) is the index in measures(), and
    /// isWeakTerm(payload) tells a weak term (a word linking a subject to its figure: "worth",
    /// "values", "deal") from a noun that names the measure.
    const PhraseSet &measureTerms() const { return *m_terms; }
    /// True when a figure of kind, not a change, can state the level of measures().at(measure):
    /// a percent is never a deal value, nor a sum of money a stake.
    bool measureTakes(int measure, const QString &kind) const;
    static int termMeasure(int payload) { return payload & (weakTermFlag - 1); }
    static bool isWeakTerm(int payload) { return (payload & weakTermFlag) != 0; }
    /// The measure a counted noun belongs to ("recrutements", "emplois d'ici" -> jobs), -1 when none.
    int measureOfCountUnit(const QString &foldedUnit) const;
    /// Qualifier phrases; payload = axis * 64 + value (axis and value indexes).
    const PhraseSet &qualifiers() const { return *m_qualifiers; }
    int qualifierAxisCount() const { return int(m_axes.size()); }
    QString qualifierName(int axis, int value) const;
    const PhraseSet &words(Words list) const;
    bool isNameStopword(const QString &foldedWord) const { return m_nameStopwords.contains(foldedWord); }

private:
    static constexpr int weakTermFlag = 1 << 16;

    QVector<MeasureTerm> m_measures;
    std::unique_ptr<PhraseSet> m_terms;
    QHash<QString, int> m_countUnits;
    std::unique_ptr<PhraseSet> m_qualifiers;
    QVector<QPair<QString, QStringList>> m_axes; ///< axis name, its value names
    QVector<PhraseSet> m_words;
    QSet<QString> m_nameStopwords;
};

} // namespace FactDesk
