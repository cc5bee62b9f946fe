#pragma once

#include "phrasetable_p.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace FactDesk {

class Lexicon;

/**
 * The sections of a Lexicon that the figure extractor uses, compiled once into
 * phrase tables so that scanning a text never parses JSON or allocates per
 * character. Payloads index the vectors below (currency codes, units) or carry
 * the value itself (scale exponents, number words, modifiers).
 */
class FigureLexicon
{
public:
    explicit FigureLexicon(const Lexicon &lexicon);

    QString language;
    QChar decimalSeparator = QLatin1Char('.');
    QString groupSeparators;
    bool dotGroupsThousands = false; ///< French "1.500" read as 1500 when the dot is followed by 3 digits

    PhraseTable scales { PhraseTable::CaseRule::ExactWhenShort }; ///< payload: power of ten
    PhraseTable moneyScales { PhraseTable::CaseRule::ExactWhenShort }; ///< "M", "k": only next to a currency
    PhraseTable currencies {
        PhraseTable::CaseRule::ExactWhenShort
    }; ///< after the number; payload: currencyCodes
    PhraseTable currencyPrefixes { PhraseTable::CaseRule::ExactWhenShort }; ///< before the number
    PhraseTable currencySubunits; ///< "68 cents": a hundredth; payload: currencyCodes
    PhraseTable currencySubunitSymbols { PhraseTable::CaseRule::ExactWhenShort }; ///< "85p", "99¢": glued only
    QStringList currencyCodes;
    QStringList yuanWords; ///< decide "¥" as CNY rather than JPY
    PhraseTable percent { PhraseTable::CaseRule::ExactWhenShort }; ///< payload 0: "%", 1: "pp", 2: "bp"
    PhraseTable multipliers { PhraseTable::CaseRule::ExactWhenShort };
    PhraseTable multiplierPrefixes { PhraseTable::CaseRule::ExactWhenShort };
    PhraseTable multiplierLeads; ///< "multiplié par 3"
    /// A unit as FactDesk names it, whatever the language: "t", "TWh", "b/d", "year" (README).
    struct CanonicalUnit
    {
        QString unit;
        int exponent = 0; ///< the power of ten a prefix that is a scale stands for: "Mt" is 6 of "t"
    };
    PhraseTable units { PhraseTable::CaseRule::ExactWhenShort }; ///< payload: canonicalUnits
    QVector<CanonicalUnit> canonicalUnits;
    PhraseTable countNouns;
    PhraseTable adjectivesBeforeNoun;
    PhraseTable connectors;
    PhraseTable modifiers; ///< payload: Modifier
    PhraseTable rangeJoiners; ///< payload: joiner id
    PhraseTable rangeOpeners; ///< payload: id of the joiner the opener calls for
    PhraseTable comparisonLeads; ///< "contre", "dont", "against": a number read in the unit just named
    PhraseTable comparisonFollowers; ///< "dans", "earlier": words after such a number that are no noun
    PhraseTable changeVerbs; ///< "passe de 2 à 3 %" is a change, not a range
    /// The words that end a clause ("while", "which", "après", "up from", "contre"): a date past one
    /// is another event's or value's time, not a figure's as-of. The story ledger's clauses end at
    /// the same words (clauseWordsOf()).
    PhraseTable clauseWords;
    /// The clauseWords section of a lexicon as written, for a reader that matches them its own way.
    static QStringList clauseWordsOf(const Lexicon &lexicon);
    /// Whether a clause word may start with these two characters of a text (the second 0 past its
    /// end): one bit test dismisses most word starts before clauseWords hashes the word.
    bool mayStartClauseWord(char16_t first, char16_t second) const
    {
        const char16_t a = clauseKey(first);
        if (a == 0)
            return clauseWordStartsBeyondAscii;
        const unsigned bit = unsigned(a) * 128 + clauseKey(second);
        return (clauseWordPairs[bit >> 6] >> (bit & 63)) & 1;
    }
    QVector<bool> joinerStandsAlone; ///< by joiner id: "à", "to", "-" need no opener; "et", "and" do
    PhraseTable notFigurePrefixes;
    PhraseTable modelVariants {
        PhraseTable::CaseRule::ExactWhenShort
    }; ///< "MAX", "Dreamliners": a bare number before them names a model ("737 MAX")
    PhraseTable particleVerbs; ///< "handed", "took": "handed over 78" is no "over" bound
    PhraseTable periodWords; ///< "trimestre", "half": "3e trimestre" is a period, no ordinal figure
    PhraseTable countPartLinks; ///< "of the", "des": "31 of the 54 seats" counts seats twice
    PhraseTable numberedNouns; ///< "bureau 12", "ward 3": a bare number after them is a name
    PhraseTable modelNames {
        PhraseTable::CaseRule::ExactWhenShort
    }; ///< "Peugeot 208": bare numbers after them name a model
    PhraseTable notFigureTokens; ///< written like numbers but names: "49.3", "9/11"
    PhraseTable hyphenLabels; ///< "30-year" names a tenor or an age
    PhraseTable numberWords; ///< payload: the number
    PhraseTable halfWords; ///< "half" before "a million"
    PhraseTable ordinalSuffixes;
    PhraseTable timeSuffixes;
    PhraseTable hourWords; ///< "heures": a time of day after a time lead ("vers 11 heures")
    PhraseTable timeLeads;
    QStringList percentPointUnits; ///< "points" in a sentence about percentages are percentage points
    PhraseTable rateWords; ///< "taux", "rate": a sentence about percentages
    PhraseTable indexWords; ///< "CAC", "Dow": a sentence about an index, counted in points
    PhraseTable fractionWords; ///< "moitié", "third": where a fraction phrase ends
    PhraseTable fractions; ///< "la moitié", "two-thirds"; payload: fractionValues
    PhraseTable fractionPointTails; ///< "point", "of a percentage point" after a fraction: percentage points
    PhraseTable fractionsBeforeOf; ///< "a third", "half": fractions only when "of" follows
    QStringList fractionValues; ///< "~0.3333" marks a rounded value (modifier approx)
    PhraseTable ratioJoiners; ///< "sur", "in": "un Français sur trois", "one in five"
    PhraseTable ratioDenominators; ///< spelled denominators that start a ratio; payload: the number
    int ratioWordsBetween = 0; ///< words allowed between numerator and joiner ("un Français sur trois")
    PhraseTable multiplierWords; ///< "twice"; payload: the factor
    // The grammar of a counted noun phrase ("62 cinemas", "15 bureaux de vote"): see countGrammar
    // in the lexicon files.
    QString pluralEndings; ///< last letters of a regular plural ("s", "x")
    PhraseTable irregularPlurals; ///< "people", "children"
    PhraseTable notNouns; ///< words that end like plurals or stand after numbers but are no noun
    PhraseTable complementLinks; ///< "de": "bureaux de vote" is one noun phrase
    PhraseTable nounFirstLinks; ///< "of", "de": "sales of 930,000" counts sales
    PhraseTable subjectVerbs; ///< "atteignent", "reached": "les inscriptions atteignent 51 200"
    PhraseTable subjectLinks; ///< "à", "to" between such a verb and the number
    PhraseTable pluralDeterminers; ///< "les", "the": where the subject's noun phrase starts
    int modifiersBeforeHead = 0; ///< English "40,000 Paris commuters": words before the plural head
    /// French: million, milliard are nouns; what they count follows "de" ("3 millions d'habitants"), never bare.
    bool scaleNounNeedsLink = false;
    /// Characters that may start a figure: digits, and the ASCII first letters of the words that do;
    /// and the punctuation that may end a sentence, which the scanner notes on its way.
    /// Indexed by any UTF-16 unit (false beyond ASCII), so that the scanner's hot loop makes one test.
    bool startsFigure[65536] = {};
    /// Whether the first three letters at a word start may open a fraction or multiplier word
    /// ("moi", "thi", "twi"). Letters are compared as ASCII | 0x20; 0xFFFF stands for a letter
    /// outside ASCII or past the word, and a word whose third is 0xFFFF ("un") opens on any.
    bool mayStartWordFigure(const QChar *word, int available) const
    {
        auto folded = [&](int k) {
            const char16_t u = k < available ? word[k].unicode() : char16_t(0);
            return u < 128 && u != 0 ? char16_t(u | 0x20) : char16_t(0xFFFF);
        };
        const char16_t first = folded(0);
        const char16_t second = folded(1);
        // Most word starts share no first two letters with any of them: one look-up dismisses them.
        const int pair
            = first == 0xFFFF ? 0 : wordFigurePairs[size_t(first) * 128 + (second == 0xFFFF ? 0 : second)];
        if (pair == 0)
            return false;
        const ThirdLetters &thirds = wordFigureThirds.at(pair - 1);
        if (thirds.any)
            return true;
        const char16_t third = folded(2);
        return third != 0xFFFF && ((thirds.ascii[third >> 6] >> (third & 63)) & 1);
    }
    /// The third letters that follow one pair of first two letters.
    struct ThirdLetters
    {
        bool any = false; ///< a word of the pair has no ASCII third letter: every third fits
        quint64 ascii[2] = { 0, 0 };
    };
    QVector<ThirdLetters> wordFigureThirds;
    /// For the first two letters, [first * 128 + second] (second 0 for 0xFFFF): 1 + their index
    /// in wordFigureThirds, 0 when no word begins with them.
    quint16 wordFigurePairs[128 * 128] = {};

private:
    /// A character as clauseWordPairs indexes it: an ASCII one lower-cased, 0 for any other.
    static char16_t clauseKey(char16_t c)
    {
        if (c >= 0x80)
            return 0;
        return c >= u'A' && c <= u'Z' ? char16_t(c | 0x20) : c;
    }
    /// One bit for each pair of first two characters [first * 128 + second] that starts a clause
    /// word; a word whose second character is beyond ASCII sets every pair of its first.
    quint64 clauseWordPairs[128 * 128 / 64] = {};
    bool clauseWordStartsBeyondAscii = false;
    int joinerId(const QString &joiner, bool standsAlone);
    void readUnitModel(const QJsonArray &written, const QJsonObject &model);
    QStringList m_joiners;
};

} // namespace FactDesk
