#pragma once

#include "figure.h"
#include "phrasetable_p.h"

#include <QString>
#include <QStringView>
#include <QVector>

namespace FactDesk {

class FigureLexicon;

/**
 * Reading rules (the choices the issue left open):
 *
 * - Spans: money includes its currency words or symbols ("13 milliards de
 *   dollars", "$40 billion", "2,5 Md€"); percent includes "%", "pour cent",
 *   "points de pourcentage"; quantities include their unit ("816 000 t",
 *   "2 millions de barils"); basis points are a percent in unit "bp" with the
 *   value as written ("25 basis points", "25 pb": 25); counts cover the number and its scale word only
 *   ("130 000", "17 million"), the counted noun becoming the unit as written.
 *   Signs and currency prefixes are inside the span, modifiers are not.
 * - Modifiers: "au moins" / "at least" are more_than (read as "≥"); "up to"
 *   after a verb of change ("ticked up to 4.2%") is exact.
 * - Ranges: "entre … et", "between … and", "de … à", "from … to", "X à Y",
 *   "X to Y", "X-Y", "X–Y" give Low/High figures when the low end is smaller
 *   and both ends agree on kind and unit once the low end borrowed the high
 *   end's scale and unit ("entre 2 et 3 milliards d'euros"). After a verb of
 *   change ("passe de 5 % à 6 %", "fell by 12,000 to 213,000") the two are a
 *   change, reported as two separate figures.
 * - Not figures: numbers glued to letters or joined to a word by "-" or "."
 *   (A320, GPT-4.5, Covid-19, 5G), numbers after a product or label word of
 *   the lexicon (Windows 11, page 12, CAC 40, article 49.3), a bare number
 *   (no unit, no scale) after a brand or product line of the lexicon's
 *   modelNames (la Peugeot 208, Ariane 6, GTA 6), ordinals (3e,
 *   1er, 21st; Roman centuries hold no digit), times of day (14h30, 9:45,
 *   10 a.m.), phone numbers (digit groups that are not thousands groups,
 *   "+33 …", "(555) 123-4567", "123-4567"), versions and addresses
 *   (3.11.2), slashed fractions (24/7), and tenors and ages ("30-year").
 * - Number words: one word of the lexicon ("un", "deux", "one", "a") before
 *   million / milliard / billion / trillion, or before "fois" / "times"
 *   ("deux fois plus"); "twice" is 2x. Other spelled-out numbers ("twenty
 *   people") are not read.
 * - Fractions of the lexicon are kind Number with a decimal value: "la moitié",
 *   "half of" 0.5, "un quart" 0.25, "trois quarts" 0.75; thirds are rounded to
 *   four places ("un tiers" 0.3333, "two-thirds" 0.6667) and marked approx.
 *   "a third", "a quarter" and "half" count only before "of" ("a third term",
 *   "the first half" are not fractions). Ratios of a population are fractions
 *   too, rounded the same way: "un Français sur trois" 0.3333, "one in five
 *   adults" 0.2 (span "one in five"), "1 in 4"; not before a unit ("un plan sur
 *   trois ans").
 * - Context within the paragraph: "points" (fewer than 100, unscaled) after a
 *   percent of the same sentence are percentage points (unit "pp"); an amount
 *   with a scale word and no unit ("contre 1,78 milliard", "4 milliards par
 *   an") takes the currency of the last amount of money in the same or the
 *   previous sentence, unless "de"/"of" and a noun follow.
 * - A scaled amount without a unit ("Le deal à 13 milliards" in a title) is
 *   money when the text writes the same amount with a currency later ("13
 *   milliards de dollars").
 * - Subunits: "68 cents" is 0.68 USD, "68 centimes" 0.68 EUR.
 * - "vers 11 heures" (after a time lead of the lexicon) is a time of day, not
 *   a quantity; "35 heures" stays one.
 * - Counted nouns by grammar: a noun phrase right after a number that is no
 *   unit, currency or time word is what it counts ("62 cinemas", "40,000 Paris
 *   commuters", "14 éoliennes", "15 bureaux de vote"): a lower-case head noun in
 *   the plural (the lexicon's countGrammar), in English after up to two
 *   modifiers. A noun first ("sales of 930,000", "des ventes de 51 200") counts
 *   that noun when the number is a bare integer of at least 100, and so does a
 *   plural subject before a verb of the lexicon ("les inscriptions atteignent
 *   51 200", "new home sales rose to 930,000"): in French the noun after a
 *   plural determiner, in English the noun right before the verb. A four-digit
 *   number 1900-2100 followed by a noun by grammar only is a year ("the 2019
 *   average", "2024 Survey"), unless a round hundred ("2000 salariés"). A model
 *   is counted by its name: one or two capitalised words and a designation with a
 *   digit ("8 Boeing 787", "12 Airbus A350-1000 jets"), the designation no figure.
 * - Names and furniture: a bare number right after a capitalised word inside a
 *   sentence is part of a name ("France 2030", "District 9", "Ligue 1"), and so
 *   after a sentence's first word when that word is no function word, modifier
 *   or plural; a number alone on its line is a counter or a list number; a
 *   number of up to three digits in parentheses after a capitalised word is a
 *   département or district ("Albi (81)").
 * - Years everywhere: a bare year 1900-2100 the DateFinder did not claim is a
 *   date of year granularity ("pour 2025", "its 2024 revision").
 * - Abbreviated scales "M", "m", "k" only scale money ("125 M$", "$5m");
 *   elsewhere "300 m" is metres.
 *
 * One pass of the extractor over one text: walks the UTF-16 data once looking
 * for digits (and for the "illi" of million/milliard/billion written after a
 * number word), and reads each figure from there with short look-behinds and
 * look-aheads in the lexicon's phrase tables.
 *
 * Lenient mode is for snippets an analyst typed or selected: either decimal
 * separator is accepted when unambiguous, and nothing is discarded as a
 * product name, year, phone number or time of day.
 */
class FigureScanner
{
public:
    FigureScanner(const FigureLexicon &lexicon, QStringView text, bool lenient = false);

    /// The figures outside the blocked spans (the dates), sorted, not overlapping.
    QVector<Figure> scan(const QVector<Figure> &blocked = {});
    /// Where the last scan saw sentences end, in increasing order (outside the figures and
    /// blocked spans it stepped over): what gives a figure the period of its own sentence.
    const QVector<int> &sentenceBreaks() const { return m_sentenceBreaks; }

private:
    struct Reading;

    int readFigureAt(int digit, int limit, QVector<Figure> &out);
    int readWordNumberAt(int wordStart, int limit, QVector<Figure> &out);
    int readWordMultiplierAt(int wordStart, int limit, QVector<Figure> &out);
    int readOtherWordAt(int wordStart, int limit, QVector<Figure> &out);
    bool readRatio(int denominatorStart, int denominatorEnd, int denominator, QVector<Figure> &out);
    void applyContext(Figure &figure, const Reading &reading, const QVector<Figure> &out);
    /// The unit and scale a table declares for its cells: "(in £ millions)", "En M€", "(en points)".
    struct TableUnit
    {
        FigureKind kind = FigureKind::Number;
        QString unit;
        int scale = 0;
    };
    bool isTableCell(int start) const;
    bool tableUnitFor(int start, TableUnit &declared);
    bool isDataRow(int lineStart, int lineEnd) const;
    bool readTableUnit(int lineStart, int lineEnd, TableUnit &declared);
    bool isPointsGap(const Figure &figure) const;
    bool isIndexLevel(const Figure &figure) const;
    int sentenceStart(int position) const;
    int sentenceEnd(int position) const;
    int pointsWordBefore(int position, int stop) const;
    void resolvePoints(QVector<Figure> &figures) const;
    /// The last figure of out before position, of that kind unless kind is null.
    const Figure *lastInContext(
        const QVector<Figure> &out, const FigureKind *kind, int position, int sentenceBreaks) const;
    /// Reads the figure whose number starts at digit into reading, which must be newly made.
    int readExpression(int digit, int limit, Reading &reading, bool inRange);
    int readNumber(int digit, int limit, Reading &reading) const;
    void readUnitAfterScale(Reading &reading, int position, int limit);
    bool joinRange(
        Reading &low, int limit, Reading &high, int *rangeLeadStart, QString *lowValue, QString *highValue);
    Modifier modifierBefore(int position) const;
    bool changeVerbBefore(int position, int words) const;
    int skipCode(int position, int limit) const;
    /// Whether one capital, or two or three that name no unit, stand at position, then a word ends.
    bool isCodeAfterHyphen(int position, int limit) const;
    int phoneEnd(int digit, int limit) const;
    /// The end of the time of day a number of one or two digits starts ("14h30", "9:45", "10 a.m."), or -1.
    int timeEnd(const Reading &reading, int limit) const;
    bool isLabelledNumber(int digit) const;
    bool endsSentenceAt(int i) const;
    int wordEndAt(int position, int limit) const;
    bool isAfterProperName(int numberStart) const;
    bool isAloneOnLine(int start, int end) const;
    /// Whether the line break at at is a hard wrap inside a sentence, not the end of a line of its own.
    bool isWrapAt(int at) const;
    bool isPlaceNumber(int numberStart, int numberEnd) const;
    bool isPluralWord(int start, int end) const;
    bool isWordOf(const PhraseTable &table, int start, int end, int limit) const;
    int countedNounEnd(int start, int limit) const;
    int countedModelEnd(int start, int limit) const;
    int complementEnd(int headEnd, int limit) const;
    int countedNounBefore(int numberStart, int *nounStart) const;
    int countedSubjectBefore(int numberStart, int *nounStart) const;
    void currencyNamedLater(Figure &figure, int start, int end) const;
    /// The phrase of table at position (ending at end). Inline up to the first-character test,
    /// which most of the twenty-odd look-ups of a number fail: those make no call. Forced inline:
    /// with a few dozen callers the compiler would otherwise call them.
    Q_ALWAYS_INLINE PhraseTable::Match forward(const PhraseTable &table, int position, int limit) const
    {
        if (position < 0 || position >= limit || !table.mayStartWith(m_text[position]))
            return {};
        return forwardLookup(table, position, limit);
    }
    /// A scale word at position ("millions", "bn"), else a money scale ("M€", "Md").
    PhraseTable::Match scaleAt(int position, int limit) const;
    Q_ALWAYS_INLINE PhraseTable::Match backward(const PhraseTable &table, int end) const
    {
        if (end <= 0 || end > int(m_text.size()) || !table.mayEndWith(m_text[end - 1]))
            return {};
        return backwardLookup(table, end);
    }
    PhraseTable::Match forwardLookup(const PhraseTable &table, int position, int limit) const;
    PhraseTable::Match backwardLookup(const PhraseTable &table, int end) const;
    // Inline: asked around every number, mostly to step over one space.
    Q_ALWAYS_INLINE int skipSpace(int position, int limit) const
    {
        while (position < limit && PhraseTable::isHorizontalSpace(m_text[position]))
            ++position;
        return position;
    }
    /// Past the space after a figure's part, and past a hard line wrap when the next line goes on
    /// with the figure ("2,3\nmilliards d'euros"), not with a capitalised word of its own.
    int skipGap(int position, int limit) const;
    Q_ALWAYS_INLINE int skipSpaceBack(int position) const
    {
        while (position > 0 && PhraseTable::isHorizontalSpace(m_text[position - 1]))
            --position;
        return position;
    }
    QString currencyCode(int index, int writtenStart, int writtenEnd);
    QString sharedText(int start, int end);
    /// The figure a reading gives; its value composed from the digits unless already known.
    Figure toFigure(
        const Reading &reading, Modifier modifier, RangeRole role, const QString *value = nullptr) const;

    const FigureLexicon &m_lexicon;
    QStringView m_text;
    bool m_lenient;
    // The token keys last hashed: a figure asks several tables about the same few positions.
    // Direct-mapped on the position, so that a look-up checks one slot: the positions a figure
    // asks about are a few characters apart and rarely share a slot.
    struct KeyAt
    {
        int position = -1;
        int limit = -1;
        PhraseTable::Token token;
    };
    static constexpr int keySlots = 16; // a power of two: the slot is the position's low bits
    mutable KeyAt m_forwardKeys[keySlots];
    mutable KeyAt m_backwardKeys[keySlots];
    int m_lastEnd = 0; ///< end of what the scan consumed: look-behinds never reach before it
    bool m_pointsToResolve = false; ///< some "points" wait for their sentence to say what they count
    int m_yuan = -1; ///< whether the text speaks of yuan, decided on the first "¥"
    QString m_recentUnits[8];
    mutable QString m_smallNumbers[100]; ///< the values "0" to "99", shared by the figures that have them
    int m_nextRecentUnit = 0;
    QVector<int> m_sentenceBreaks;
};

} // namespace FactDesk
