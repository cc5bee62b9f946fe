#include "datefinder.h"

#include "characterclass_p.h"
#include "lexicon.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

/*
 * How DateFinder reads dates, and the choices it makes where text is ambiguous.
 *
 * One left-to-right scan. Only two things start an attempt: a digit at the start
 * of a number, and a letter at the start of a word whose first two folded letters
 * can begin a lexicon word. Words are folded (lower case, Latin accents and
 * combining marks dropped, typographic apostrophes and hyphens made ASCII) into a
 * stack buffer while their end is found, and looked up in an open-addressing
 * table, so the hot loop allocates nothing. Context ("depuis", "avant le",
 * "l'année") is only looked at backwards from a candidate, which is rare, trying
 * just the phrases that end with the letter found there. All the words are the
 * lexicon's "dates" object; an empty lexicon still reads ISO and numeric dates.
 *
 * Choices:
 * - Prepositions stay outside the span but give the modifier: "depuis 2019",
 *   "en 2019", "since 2019" are exact; "avant"/"before" less_than; "après"/"after"
 *   more_than; "jusqu'en"/"d'ici"/"until"/"by" up_to; "vers"/"around" approx. A
 *   modifier may stand before an article ("avant le 15 novembre").
 * - A bare four-digit number is a year only after such a context word, after a
 *   year word ("l'année", "exercice", "the year"), after a range opener with a
 *   second year ("entre 2019 et 2024", "from 2019 to 2024"), in a list right after
 *   another year ("en 2019 et 2020"; after a comma only if the list goes on to a
 *   year), after "FY", or as "2024-2025"/"2024-25". Years are 1800..2200, and a
 *   year followed by a currency or a counted noun ("jusqu'à 2000 euros") is not.
 * - Ranges are two figures, low and high: "2024-2025", "de 2019 à 2024", "du 28 au
 *   30 octobre", "October 28-30", "de janvier à mars 2024" (the low end without a
 *   year borrows the high end's). "et"/"and" make a range only after
 *   "entre"/"between"; "les 28 et 29 octobre" is two plain days.
 * - Numeric d/m/y: French (and any dotted date) reads day first; English reads
 *   month first (US) unless the first number cannot be a month. "29/10" without
 *   a year is not read (fractions, scores).
 * - A day and month without a year take the anchor's year, as a month alone does,
 *   unless that puts them more than nine months before or two months after the
 *   anchor's month: "le 3 mars" in an article of 2025-10-29 is 2025-03-03, "le 3
 *   janvier" in one of 2025-12-20 is 2026-01-03. With a weekday, when the day of
 *   that year falls on another weekday, the nearest other year whose weekday
 *   matches wins. "dernier"/"last" (in the span) and "depuis"/"since" force the
 *   past, "prochain"/"next" and "d'ici" the future.
 * - A month without a year is the one occurrence from nine months before to two
 *   months after the anchor's month: news mostly reports what happened, so an
 *   article of 2025-10-29 reads "en février" as 2025-02 and "en décembre" as
 *   2025-12, while one of 2026-01-15 reads "en décembre" as 2025-12. After
 *   "depuis"/"since" or before "dernier" it is the latest not after the anchor's
 *   month; after "d'ici", the first not before it. A month alone needs a context
 *   word ("en", "in", "de", "mois de", "fin", "since", ...): "Mars" the planet and
 *   "may" the verb are not dates, and English month names must be capitalised.
 * - A quarter without a year ("the third quarter") takes the anchor's year.
 *   "Q3" and "4Q" without a year take it too; "T3" and "S1" only after a lead of
 *   periodAloneLeads ("au T3": "un T3" is a flat in French, "moteur 4T" four-stroke).
 *   Codes: "T2 2024", "2T24", "Q3'22", "3Q22" are quarters (YYYY-Qn); "S1 2024",
 *   "H1 2024", "1H23" (English), "premier semestre 2025", "the second half of 2023"
 *   halves (YYYY-Hn, unit "half"); "6M24", "six premiers mois de 2024", "the first
 *   nine months of 2024" the months from January, one figure "2024-01/2024-06"
 *   (unit "month"), read only with their year ("six mois" is a duration).
 * - The other language's month names (otherLanguageMonths) are read only in a date
 *   with digits: "March 14, 2024" in French, "14 mars 2024" in English; English
 *   names capitalised.
 * - "la semaine dernière", "last week": the week of the anchor's (Monday to Sunday),
 *   "2025-10-20/2025-10-26", unit "week".
 * - Without an anchor, a day and month give "--MM-DD" and a month alone "--MM"
 *   (ISO 8601:2000 reduced forms); relative dates are skipped. An anchor outside
 *   1800..2200 counts as none.
 * - "mi-octobre"/"mid-October" is the month, exact, with "mi-" in the span. A bare
 *   weekday ("a annoncé mardi", "said on Tuesday") is the latest such day up to the
 *   anchor, as news names the days of its week; the next one from the anchor when a
 *   word of weekdayFutureWords stands in the four before it ("votera jeudi", "will
 *   meet on Friday") or "d'ici" does; not read after weekdayHabitLeads ("le mardi",
 *   "every Tuesday") nor without an anchor. "mardi dernier"/"last Tuesday" is the
 *   one before the anchor.
 *   "hier", "aujourd'hui", "l'an dernier", "le mois dernier", "last year", "last
 *   March" (the latest March before the anchor's month) are read against the anchor. Decades ("les années
 * 1990") are not.
 */

namespace FactDesk {

namespace {

constexpr int MaxWordLength = 24;
constexpr int MinYear = 1800;
constexpr int MaxYear = 2200;

using CharacterClass::AsciiLetter;
using CharacterClass::asciiClasses;
using CharacterClass::isAsciiDigit;
using CharacterClass::isAsciiLetter;
using CharacterClass::isLetter;
using CharacterClass::isMark;
using CharacterClass::isSpace;
using CharacterClass::isWordChar;

bool isHyphen(char16_t c)
{
    return c == u'-' || c == 0x2010 || c == 0x2011;
}

bool isDash(char16_t c)
{
    return isHyphen(c) || c == 0x2013;
}

Q_NEVER_INLINE char16_t foldBeyondAscii(char16_t c)
{
    if (c >= 0xC0 && c <= 0xFF) {
        if (c <= 0xDE && c != 0xD7)
            c = char16_t(c + 32);
        if (c >= 0xE0 && c <= 0xE5)
            return u'a';
        if (c == 0xE7)
            return u'c';
        if (c >= 0xE8 && c <= 0xEB)
            return u'e';
        if (c >= 0xEC && c <= 0xEF)
            return u'i';
        if (c == 0xF1)
            return u'n';
        if ((c >= 0xF2 && c <= 0xF6) || c == 0xF8)
            return u'o';
        if (c >= 0xF9 && c <= 0xFC)
            return u'u';
        if (c == 0xFD || c == 0xFF)
            return u'y';
        return c;
    }
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC)
        return u'\'';
    if (c == 0x2010 || c == 0x2011)
        return u'-';
    if (isMark(c))
        return 0;
    return QChar(c).toLower().unicode();
}

/// Lower case without accents; 0 for a combining mark, which a word skips.
inline char16_t fold(char16_t c)
{
    if (c < 0x80)
        return (asciiClasses.of[c] & AsciiLetter) ? char16_t(c | 0x20) : c;
    return foldBeyondAscii(c);
}

// What each UTF-16 unit is, as isLetter, isMark and isAsciiDigit say: the scan loop of find()
// tests every character with one load instead of the ASCII test and the calls beyond it.
enum UnitClass : unsigned char
{
    UnitDigit = 1,
    UnitLetter = 2,
    UnitMark = 4
};

struct UnitClasses
{
    unsigned char of[65536];
    // Built on the first find() of the process: one category look-up per unit beyond Latin-1
    // (isLetter and isMark would make two calls each), none for surrogates and private use.
    UnitClasses()
    {
        for (int c = 0; c < 0x100; ++c) {
            const char16_t u = char16_t(c);
            of[c] = (isAsciiDigit(u) ? UnitDigit : 0) | (isLetter(u) ? UnitLetter : 0);
        }
        for (int c = 0x100; c < 65536; ++c) {
            if (c >= 0xD800 && c <= 0xF8FF) { // surrogates and the private use area: neither
                of[c] = 0;
                continue;
            }
            const QChar::Category category = QChar::category(char32_t(c));
            of[c] = category >= QChar::Letter_Uppercase && category <= QChar::Letter_Other ? UnitLetter
                : category >= QChar::Mark_NonSpacing && category <= QChar::Mark_Enclosing  ? UnitMark
                                                                                           : 0;
        }
    }
};

const UnitClasses &unitClasses()
{
    static const UnitClasses classes;
    return classes;
}

/// A lexicon phrase folded like the text; a space stands for any run of spaces.
std::u16string foldPhrase(const QString &phrase)
{
    std::u16string folded;
    bool pendingSpace = false;
    for (const QChar ch : phrase) {
        const char16_t c = ch.unicode();
        if (isSpace(c)) {
            pendingSpace = !folded.empty();
            continue;
        }
        const char16_t f = fold(c);
        if (f == 0)
            continue;
        if (pendingSpace)
            folded.push_back(u' ');
        pendingSpace = false;
        folded.push_back(f);
    }
    return folded;
}

std::vector<std::u16string> foldedList(const QJsonValue &value)
{
    std::vector<std::u16string> list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        std::u16string folded = foldPhrase(item.toString());
        if (!folded.empty() && std::find(list.begin(), list.end(), folded) == list.end())
            list.push_back(std::move(folded));
    }
    // Longest first, so "d'ici à" is preferred to "à".
    std::stable_sort(list.begin(), list.end(),
        [](const std::u16string &a, const std::u16string &b) { return a.size() > b.size(); });
    return list;
}

struct WordEntry
{
    std::u16string word;
    int month = 0; // 1..12
    bool monthAbbreviation = false;
    bool monthNeedsDot = false;
    int weekday = 0; // 1..7, Monday first as QDate::dayOfWeek()
    int ordinal = 0; // 1..4 for quarter words
    int monthCount = 0; // 2..12 for number words: "six premiers mois"
    bool quarterPrefix = false;
    bool halfPrefix = false;
    bool monthsPrefix = false; // "M" of "6M24"
    bool prefixNeedsLead = false; // "T3", "S1" alone only after "au", "du"...
    bool digitFirstCode = false; // may follow a digit: "2T24", "3Q22", "1H23", "6M24"
    bool firstMonthsLead = false; // "first" of "the first six months of 2024"
    bool foreignMonth = false; // a month name of the other language: only in a date with digits
    bool fiscalPrefix = false;
    bool midPrefix = false;
    bool previousBefore = false;
    bool nextBefore = false;
    std::vector<int> relativePhrases;
};

struct RelativePhrase
{
    std::u16string phrase;
    int days = 0;
    int weeks = 0;
    int months = 0;
    int years = 0;
    enum Unit
    {
        Day,
        Week,
        Month,
        Year
    } unit
        = Day;
};

struct ContextPhrase
{
    std::u16string phrase;
    enum Kind
    {
        ModifierWord,
        YearWord,
        MonthWord,
        RangeOpener,
        ListRangeOpener // "entre", "between": with these, "et"/"and" joins a range
    } kind
        = ModifierWord;
    Modifier modifier = Modifier::Exact;
    int direction = 0; // -1 "depuis"/"since": the date is past; +1 "d'ici": it is to come
};

/// What stands before a candidate. One word may play several parts: French "de" opens a
/// range ("de 2015 à 2020") and introduces a month ("les emplois de janvier").
struct Context
{
    unsigned kinds = 0;
    Modifier modifier = Modifier::Exact; // from the longest modifier phrase
    int direction = 0;

    bool found() const { return kinds != 0; }
    bool has(ContextPhrase::Kind kind) const { return kinds & (1u << kind); }
};

uint32_t hashStep(uint32_t hash, char16_t c)
{
    return (hash ^ c) * 16777619u;
}

constexpr uint32_t HashSeed = 2166136261u;

} // namespace

class DateFinderPrivate
{
public:
    explicit DateFinderPrivate(const Lexicon &lexicon);

    // Compiled lexicon
    std::vector<WordEntry> entries;
    std::vector<int> table; // open addressing, index into entries or -1
    uint32_t tableMask = 0;
    bool firstLetter[128] = {};
    // Which two folded ASCII letters can begin a lexicon word ([x][0]: the one-letter word x);
    // most words of a text are dismissed on these two letters without being hashed.
    bool prefixPairs[128 * 128] = {};
    // For two folded ASCII letters, the lengths (bit min(length, 31)) of the lexicon words that
    // begin with them.
    uint32_t pairLengths[128 * 128] = {};
    std::vector<std::u16string> ordinalSuffixes;
    std::u16string ordinalSuffixStarts; // the first letter of each, to dismiss most positions at once
    bool suffixStartsAscii[128] = {}; // the ASCII characters that fold into one of them
    std::vector<std::u16string> dayMonthJoiners;
    std::vector<std::u16string> quarterWords;
    std::vector<std::u16string> halfWords;
    std::vector<std::u16string> quarterYearJoiners;
    std::vector<std::u16string> periodAloneLeads;
    std::vector<std::u16string> firstMonthsTails;
    std::vector<std::pair<std::u16string, int>> monthCountWords; // "six": 6, for firstMonths
    bool countOpensFirstMonths = false; // "six premiers mois" (French); "first six months" opens with "first"
    std::u16string firstMonthsTailStarts; // the first letter of each tail, to dismiss most numbers at once
    std::vector<std::u16string> previousAfter;
    std::vector<std::u16string> nextAfter;
    std::vector<std::u16string> articles;
    std::vector<std::u16string> weekdayFutureWords;
    std::vector<std::u16string> weekdayHabitLeads;
    std::vector<std::u16string> listConnectors;
    std::vector<std::u16string> rangeConnectors;
    std::vector<std::u16string> yearBlockers;
    std::vector<ContextPhrase> contexts;
    // contexts by the folded ASCII character they end with; [0] holds the others. Longest first.
    std::vector<int> contextsEndingWith[128];
    std::vector<RelativePhrase> relatives;
    bool monthFirst = false;
    bool namesCapitalized = false;
    bool otherMonthsCapitalized = false;

    WordEntry &entryFor(const std::u16string &word);
    const WordEntry *lookup(const QChar *s, int start, int end) const;
    /// Whether a lexicon word may begin with these two folded letters (second 0: the one-letter word).
    bool mayBegin(char16_t first, char16_t second) const
    {
        return first >= 128 || second >= 128 || prefixPairs[size_t(first) * 128 + second];
    }
    /// The entry for a folded word whose hash is known, from the open-addressing table.
    const WordEntry *probe(const char16_t *buffer, int length, uint32_t hash) const;
    /// Finds the end of the word at start and, in the same pass, its lexicon entry if any.
    const WordEntry *scanWord(const QChar *s, int n, int start, int *end) const;

    // One call of find()
    struct Scan
    {
        const QChar *s;
        int n;
        QDate anchor;
        QVector<Figure> *out;
        QString *relativeValues; ///< the value of each relative phrase, once known
        char16_t at(int i) const { return i < n ? s[i].unicode() : char16_t(0); }
    };

    int tryNumber(const Scan &sc, int i) const;
    int tryWord(const Scan &sc, int i, int wordEnd, const WordEntry *entry) const;
    void joinRanges(const Scan &sc) const;

    // Inline: asked at nearly every number.
    int readDigits(const Scan &sc, int pos, int *value) const
    {
        int v = 0;
        int p = pos;
        while (p < sc.n && isAsciiDigit(sc.s[p].unicode())) {
            if (p - pos < 9)
                v = v * 10 + (sc.s[p].unicode() - u'0');
            ++p;
        }
        *value = v;
        return p;
    }
    int skipSpaces(const Scan &sc, int pos) const
    {
        while (pos < sc.n && isSpace(sc.s[pos].unicode()))
            ++pos;
        return pos;
    }
    int wordEndAt(const Scan &sc, int pos) const;
    /// Where phrase, from its character at index from on, ends if it is written at pos; else -1.
    int matchForward(const Scan &sc, int pos, const std::u16string &phrase, size_t from = 0) const;
    int matchBackward(const Scan &sc, int end, const std::u16string &phrase) const;
    int matchAnyForward(const Scan &sc, int pos, const std::vector<std::u16string> &phrases) const;
    /// The folded character matchForward compares first at pos (marks skipped), 0 at the end:
    /// phrases that do not begin with it are dismissed without a call.
    char16_t firstFoldedAt(const Scan &sc, int pos) const
    {
        char16_t folded = 0;
        while (pos < sc.n && (folded = fold(sc.s[pos].unicode())) == 0)
            ++pos;
        return pos < sc.n ? folded : char16_t(0);
    }
    /// Past an ordinal suffix at pos ("1er", "3rd"), else pos. Inline up to the first letter,
    /// where most numbers (followed by a space or a sign) leave.
    int readSuffix(const Scan &sc, int pos) const
    {
        if (pos >= sc.n)
            return pos;
        const char16_t c = sc.s[pos].unicode();
        if (c < 0x80 && !suffixStartsAscii[c])
            return pos;
        return readSuffixFrom(sc, pos);
    }
    int readSuffixFrom(const Scan &sc, int pos) const;
    int readMonth(const Scan &sc, int pos, int *month) const;
    int readYear(const Scan &sc, int pos, int *year) const;
    bool numberEndsCleanly(const Scan &sc, int pos) const;
    bool capitalizationFits(const Scan &sc, int pos) const;
    Context contextBefore(const Scan &sc, int pos) const;
    bool blockedAfterYear(const Scan &sc, int pos) const;

    struct DayParts
    {
        int end = -1;
        int year = 0; // 0 when the text gives none
        int month = 0;
        int day = 0;
        int direction = 0; // -1 "dernier"/"last", +1 "prochain"/"next"
    };
    int readYearOrMarker(const Scan &sc, int pos, DayParts *parts) const;
    void reportMonthAlone(const Scan &sc, int start, int end, int month, const Context *context) const;
    int readDay(const Scan &sc, int pos, int *day) const;
    bool parseDayMonth(const Scan &sc, int pos, DayParts *parts) const;
    int readDayConnector(const Scan &sc, int pos, bool *isRange) const;
    int tryDayMonth(const Scan &sc, int spanStart, int pos, int weekday) const;
    int reportBareWeekday(const Scan &sc, int start, int end, int weekday) const;
    int tryMonthDay(const Scan &sc, int spanStart, int pos, int weekday) const;
    int tryQuarterAfterOrdinal(const Scan &sc, int spanStart, int pos, int quarter) const;
    int readPeriodYear(const Scan &sc, int pos, int *year) const;
    bool periodLeadBefore(const Scan &sc, int pos) const;
    int reportPeriodCode(const Scan &sc, int spanStart, int codeEnd, const WordEntry &code, int number) const;
    int readMonthCount(const Scan &sc, int pos, int *count) const;
    int tryFirstMonths(const Scan &sc, int spanStart, int count, int countEnd) const;
    int tryYear(const Scan &sc, int i, int year, int end) const;

    void reportDay(
        const Scan &sc, int start, int end, const DayParts &parts, int weekday, RangeRole range) const;
    void report(const Scan &sc, int start, int end, const QString &value, const QString &unit,
        RangeRole range = RangeRole::None, const Context *context = nullptr) const;
};

WordEntry &DateFinderPrivate::entryFor(const std::u16string &word)
{
    for (WordEntry &entry : entries) {
        if (entry.word == word)
            return entry;
    }
    entries.emplace_back();
    entries.back().word = word;
    return entries.back();
}

/*
 * The "dates" object of a lexicon (every key optional; words match without case or accents):
 *   months                [{names, abbreviations}] x12, January first; abbreviationsNeedingDot
 *                         (French "sept" is also seven); monthsCapitalized (English: "may" is a verb,
 *                         also applies to weekdays); weekdays [[names]] x7, Monday first
 *   numericOrder          "dmy" or "mdy" for 10/11/2025; ordinalSuffixes ("er", "th");
 *                         dayMonthJoiners ("of": "28th of October")
 *   modifiers             {exact|approx|more_than|less_than|up_to: [phrases]} before a date; they
 *                         also make a bare year or month a date. pastContext/futureContext: which
 *                         of them put a yearless date before/after the anchor
 *   yearWords, monthWords phrases that make a bare year ("l'année") or month ("mois de") a date
 *   rangeOpeners, rangeConnectors, listRangeOpeners, listConnectors, articles: ranges and lists
 *   quarterWords, quarterPrefixes ("Q", "T"), quarterYearJoiners, ordinalWords {word: 1..4}
 *   halfWords ("semestre", "half"), halfPrefixes ("S", "H"); periodPrefixesNeedingLead ("T", "S":
 *                         alone only after periodAloneLeads, "au T3"); digitFirstPeriodCodes ("T",
 *                         "Q", "H", "M": "2T24", "3Q22", "1H23", "6M24"); firstMonths {lead, tail}
 *                         ("six premiers mois de 2024", "the first six months of 2024"), the count
 *                         from 2 to 12 in digits or a word of numbers.words
 *   otherLanguageMonths   [{names}] x12: the other language's month names, read only in a date
 *                         with digits ("March 14, 2024" in French); otherLanguageMonthsCapitalized
 *   fiscalYearPrefixes ("FY"), midPrefixes ("mi", "mid"), yearBlockers (what cannot follow a year)
 *   relative              [{phrase, days|weeks|months|years}]; previousMarkers/nextMarkers {before, after}
 */
DateFinderPrivate::DateFinderPrivate(const Lexicon &lexicon)
{
    const QJsonObject dates = lexicon.data().value(QLatin1String("dates")).toObject();

    const std::vector<std::u16string> needingDot
        = foldedList(dates.value(QLatin1String("abbreviationsNeedingDot")));
    const QJsonArray months = dates.value(QLatin1String("months")).toArray();
    for (int m = 0; m < months.size() && m < 12; ++m) {
        const QJsonObject month = months.at(m).toObject();
        for (const std::u16string &name : foldedList(month.value(QLatin1String("names")))) {
            WordEntry &entry = entryFor(name);
            entry.month = m + 1;
            entry.monthAbbreviation = false;
        }
        for (const std::u16string &name : foldedList(month.value(QLatin1String("abbreviations")))) {
            WordEntry &entry = entryFor(name);
            if (entry.month != 0 && !entry.monthAbbreviation)
                continue; // a full name wins over another month's abbreviation
            entry.month = m + 1;
            entry.monthAbbreviation = true;
            entry.monthNeedsDot = std::find(needingDot.begin(), needingDot.end(), name) != needingDot.end();
        }
    }
    // The other language's month names, where they are no word of this one.
    const QJsonArray otherMonths = dates.value(QLatin1String("otherLanguageMonths")).toArray();
    for (int m = 0; m < otherMonths.size() && m < 12; ++m) {
        for (const std::u16string &name :
            foldedList(otherMonths.at(m).toObject().value(QLatin1String("names")))) {
            if (std::any_of(
                    entries.begin(), entries.end(), [&](const WordEntry &e) { return e.word == name; }))
                continue;
            WordEntry &entry = entryFor(name);
            entry.month = m + 1;
            entry.foreignMonth = true;
        }
    }
    otherMonthsCapitalized = dates.value(QLatin1String("otherLanguageMonthsCapitalized")).toBool();
    const QJsonArray weekdays = dates.value(QLatin1String("weekdays")).toArray();
    for (int w = 0; w < weekdays.size() && w < 7; ++w) {
        for (const std::u16string &name : foldedList(weekdays.at(w)))
            entryFor(name).weekday = w + 1;
    }
    const QJsonObject ordinals = dates.value(QLatin1String("ordinalWords")).toObject();
    for (auto it = ordinals.begin(); it != ordinals.end(); ++it) {
        const std::u16string word = foldPhrase(it.key());
        const int number = it.value().toInt();
        if (!word.empty() && isLetter(word.front()) && number >= 1 && number <= 4)
            entryFor(word).ordinal = number;
    }
    for (const std::u16string &word : foldedList(dates.value(QLatin1String("quarterPrefixes"))))
        entryFor(word).quarterPrefix = true;
    for (const std::u16string &word : foldedList(dates.value(QLatin1String("halfPrefixes"))))
        entryFor(word).halfPrefix = true;
    for (const std::u16string &word : foldedList(dates.value(QLatin1String("periodPrefixesNeedingLead"))))
        entryFor(word).prefixNeedsLead = true;
    for (const std::u16string &word : foldedList(dates.value(QLatin1String("digitFirstPeriodCodes")))) {
        WordEntry &entry = entryFor(word);
        entry.digitFirstCode = true;
        entry.monthsPrefix = entry.monthsPrefix || (!entry.quarterPrefix && !entry.halfPrefix);
    }
    const QJsonObject firstMonths = dates.value(QLatin1String("firstMonths")).toObject();
    for (const std::u16string &word : foldedList(firstMonths.value(QLatin1String("lead"))))
        entryFor(word).firstMonthsLead = true;
    firstMonthsTails = foldedList(firstMonths.value(QLatin1String("tail")));
    countOpensFirstMonths
        = !firstMonthsTails.empty() && firstMonths.value(QLatin1String("lead")).toArray().isEmpty();
    for (const std::u16string &tail : firstMonthsTails)
        firstMonthsTailStarts.push_back(tail.front());
    if (!firstMonthsTails.empty()) {
        const QJsonObject numberWords = lexicon.data()
                                            .value(QLatin1String("numbers"))
                                            .toObject()
                                            .value(QLatin1String("words"))
                                            .toObject();
        for (auto it = numberWords.begin(); it != numberWords.end(); ++it) {
            const std::u16string word = foldPhrase(it.key());
            const int count = it.value().toInt();
            if (word.empty() || count < 2 || count > 12 || word.find(u' ') != std::u16string::npos)
                continue;
            monthCountWords.emplace_back(word, count);
            // "six premiers mois": the count opens the period, so its words are entries.
            if (countOpensFirstMonths)
                entryFor(word).monthCount = count;
        }
    }
    for (const std::u16string &word : foldedList(dates.value(QLatin1String("fiscalYearPrefixes"))))
        entryFor(word).fiscalPrefix = true;
    for (const std::u16string &word : foldedList(dates.value(QLatin1String("midPrefixes"))))
        entryFor(word).midPrefix = true;

    const QJsonObject previous = dates.value(QLatin1String("previousMarkers")).toObject();
    const QJsonObject next = dates.value(QLatin1String("nextMarkers")).toObject();
    for (const std::u16string &word : foldedList(previous.value(QLatin1String("before"))))
        entryFor(word).previousBefore = true;
    for (const std::u16string &word : foldedList(next.value(QLatin1String("before"))))
        entryFor(word).nextBefore = true;
    previousAfter = foldedList(previous.value(QLatin1String("after")));
    nextAfter = foldedList(next.value(QLatin1String("after")));

    const QJsonArray relativeArray = dates.value(QLatin1String("relative")).toArray();
    for (const QJsonValue &item : relativeArray) {
        const QJsonObject object = item.toObject();
        RelativePhrase relative;
        relative.phrase = foldPhrase(object.value(QLatin1String("phrase")).toString());
        if (relative.phrase.empty() || !isLetter(relative.phrase.front()))
            continue;
        if (object.contains(QLatin1String("years"))) {
            relative.unit = RelativePhrase::Year;
            relative.years = object.value(QLatin1String("years")).toInt();
        } else if (object.contains(QLatin1String("weeks"))) {
            relative.unit = RelativePhrase::Week;
            relative.weeks = object.value(QLatin1String("weeks")).toInt();
        } else if (object.contains(QLatin1String("months"))) {
            relative.unit = RelativePhrase::Month;
            relative.months = object.value(QLatin1String("months")).toInt();
        } else {
            relative.days = object.value(QLatin1String("days")).toInt();
        }
        const int index = int(relatives.size());
        relatives.push_back(relative);
        std::u16string first;
        for (char16_t c : relative.phrase) {
            if (!isLetter(c))
                break;
            first.push_back(c);
        }
        entryFor(first).relativePhrases.push_back(index);
    }
    // Longer phrases first so "l'année dernière" is tried before shorter ones.
    for (WordEntry &entry : entries) {
        std::stable_sort(entry.relativePhrases.begin(), entry.relativePhrases.end(), [this](int a, int b) {
            return relatives[size_t(a)].phrase.size() > relatives[size_t(b)].phrase.size();
        });
    }

    ordinalSuffixes = foldedList(dates.value(QLatin1String("ordinalSuffixes")));
    for (const std::u16string &suffix : ordinalSuffixes)
        ordinalSuffixStarts.push_back(suffix.front());
    for (char16_t c = 0; c < 128; ++c)
        suffixStartsAscii[c] = ordinalSuffixStarts.find(fold(c)) != std::u16string::npos;
    dayMonthJoiners = foldedList(dates.value(QLatin1String("dayMonthJoiners")));
    quarterWords = foldedList(dates.value(QLatin1String("quarterWords")));
    halfWords = foldedList(dates.value(QLatin1String("halfWords")));
    quarterYearJoiners = foldedList(dates.value(QLatin1String("quarterYearJoiners")));
    periodAloneLeads = foldedList(dates.value(QLatin1String("periodAloneLeads")));
    articles = foldedList(dates.value(QLatin1String("articles")));
    weekdayFutureWords = foldedList(dates.value(QLatin1String("weekdayFutureWords")));
    weekdayHabitLeads = foldedList(dates.value(QLatin1String("weekdayHabitLeads")));
    listConnectors = foldedList(dates.value(QLatin1String("listConnectors")));
    rangeConnectors = foldedList(dates.value(QLatin1String("rangeConnectors")));
    yearBlockers = foldedList(dates.value(QLatin1String("yearBlockers")));
    monthFirst = dates.value(QLatin1String("numericOrder")).toString() == QLatin1String("mdy");
    namesCapitalized = dates.value(QLatin1String("monthsCapitalized")).toBool();

    const QJsonObject modifiers = dates.value(QLatin1String("modifiers")).toObject();
    for (auto it = modifiers.begin(); it != modifiers.end(); ++it) {
        Modifier modifier;
        if (!fromString(it.key(), &modifier))
            continue;
        for (const std::u16string &phrase : foldedList(it.value()))
            contexts.push_back({ phrase, ContextPhrase::ModifierWord, modifier });
    }
    for (const std::u16string &phrase : foldedList(dates.value(QLatin1String("yearWords"))))
        contexts.push_back({ phrase, ContextPhrase::YearWord, Modifier::Exact });
    for (const std::u16string &phrase : foldedList(dates.value(QLatin1String("monthWords"))))
        contexts.push_back({ phrase, ContextPhrase::MonthWord, Modifier::Exact });
    for (const std::u16string &phrase : foldedList(dates.value(QLatin1String("rangeOpeners"))))
        contexts.push_back({ phrase, ContextPhrase::RangeOpener, Modifier::Exact });
    for (const std::u16string &phrase : foldedList(dates.value(QLatin1String("listRangeOpeners"))))
        contexts.push_back({ phrase, ContextPhrase::ListRangeOpener, Modifier::Exact });
    const std::vector<std::u16string> past = foldedList(dates.value(QLatin1String("pastContext")));
    const std::vector<std::u16string> future = foldedList(dates.value(QLatin1String("futureContext")));
    for (ContextPhrase &context : contexts) {
        if (std::find(past.begin(), past.end(), context.phrase) != past.end())
            context.direction = -1;
        else if (std::find(future.begin(), future.end(), context.phrase) != future.end())
            context.direction = 1;
    }
    std::stable_sort(contexts.begin(), contexts.end(),
        [](const ContextPhrase &a, const ContextPhrase &b) { return a.phrase.size() > b.phrase.size(); });
    for (size_t c = 0; c < contexts.size(); ++c) {
        const char16_t last = contexts[c].phrase.back();
        contextsEndingWith[last < 128 ? last : 0].push_back(int(c));
    }

    uint32_t size = 16;
    while (size < entries.size() * 4)
        size *= 2;
    table.assign(size, -1);
    tableMask = size - 1;
    for (size_t e = 0; e < entries.size(); ++e) {
        const std::u16string &word = entries[e].word;
        if (word.empty() || word.size() > size_t(MaxWordLength))
            continue;
        uint32_t hash = HashSeed;
        for (char16_t c : word)
            hash = hashStep(hash, c);
        uint32_t slot = hash & tableMask;
        while (table[slot] >= 0)
            slot = (slot + 1) & tableMask;
        table[slot] = int(e);
        if (word.front() < 128) {
            firstLetter[word.front()] = true;
            const char16_t second = word.size() > 1 ? word[1] : char16_t(0);
            if (second < 128) {
                prefixPairs[size_t(word.front()) * 128 + second] = true;
                pairLengths[size_t(word.front()) * 128 + second] |= 1u << qMin(int(word.size()), 31);
            } else
                std::fill_n(prefixPairs + size_t(word.front()) * 128, 128, true);
        }
    }
}

const WordEntry *DateFinderPrivate::scanWord(const QChar *s, int n, int start, int *end) const
{
    char16_t buffer[MaxWordLength];
    int length = 0;
    uint32_t hash = HashSeed;
    bool candidate = true;
    int p = start;
    for (; p < n; ++p) {
        const char16_t c = s[p].unicode();
        char16_t f;
        if (c < 0x80) {
            if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
                break;
            f = c | 0x20;
        } else if (isLetter(c)) {
            f = fold(c);
        } else if (isMark(c)) {
            continue;
        } else {
            break;
        }
        if (!candidate)
            continue;
        if (length == 1 && buffer[0] < 128 && f < 128 && !prefixPairs[size_t(buffer[0]) * 128 + f]) {
            candidate = false;
            continue;
        }
        if (length == MaxWordLength) {
            candidate = false;
            continue;
        }
        buffer[length++] = f;
        hash = hashStep(hash, f);
    }
    *end = p;
    if (!candidate || length == 0)
        return nullptr;
    if (length == 1 && buffer[0] < 128 && !prefixPairs[size_t(buffer[0]) * 128])
        return nullptr;
    return probe(buffer, length, hash);
}

const WordEntry *DateFinderPrivate::probe(const char16_t *buffer, int length, uint32_t hash) const
{
    for (uint32_t slot = hash & tableMask;; slot = (slot + 1) & tableMask) {
        const int index = table[slot];
        if (index < 0)
            return nullptr;
        const std::u16string &word = entries[size_t(index)].word;
        if (word.size() != size_t(length))
            continue;
        // Words are a few letters long: compared here rather than by a call to memcmp.
        const char16_t *letters = word.data();
        int k = 0;
        while (k < length && letters[k] == buffer[k])
            ++k;
        if (k == length)
            return &entries[size_t(index)];
    }
}

const WordEntry *DateFinderPrivate::lookup(const QChar *s, int start, int end) const
{
    char16_t buffer[MaxWordLength];
    int length = 0;
    uint32_t hash = HashSeed;
    for (int i = start; i < end; ++i) {
        const char16_t f = fold(s[i].unicode());
        if (f == 0)
            continue;
        if (length == MaxWordLength)
            return nullptr;
        buffer[length++] = f;
        hash = hashStep(hash, f);
        // Most words are told from every lexicon word by their first two letters: stop there.
        if (length == 2 && !mayBegin(buffer[0], buffer[1]))
            return nullptr;
    }
    if (length == 0 || (length == 1 && !mayBegin(buffer[0], 0)))
        return nullptr;
    return probe(buffer, length, hash);
}

int DateFinderPrivate::wordEndAt(const Scan &sc, int pos) const
{
    while (pos < sc.n) {
        const char16_t c = sc.s[pos].unicode();
        if (!isLetter(c) && !isMark(c))
            break;
        ++pos;
    }
    return pos;
}

int DateFinderPrivate::matchForward(const Scan &sc, int pos, const std::u16string &phrase, size_t from) const
{
    int p = pos;
    for (auto it = phrase.begin() + long(from); it != phrase.end(); ++it) {
        const char16_t pc = *it;
        if (pc == u' ') {
            if (p >= sc.n || !isSpace(sc.s[p].unicode()))
                return -1;
            p = skipSpaces(sc, p);
            continue;
        }
        char16_t tc = 0;
        while (p < sc.n && (tc = fold(sc.s[p].unicode())) == 0)
            ++p;
        if (p >= sc.n || tc != pc)
            return -1;
        ++p;
    }
    while (p < sc.n && isMark(sc.s[p].unicode()))
        ++p;
    if (!phrase.empty() && isWordChar(phrase.back()) && p < sc.n && isWordChar(sc.s[p].unicode()))
        return -1;
    return p;
}

int DateFinderPrivate::matchBackward(const Scan &sc, int end, const std::u16string &phrase) const
{
    int p = end;
    for (auto it = phrase.rbegin(); it != phrase.rend(); ++it) {
        const char16_t pc = *it;
        if (pc == u' ') {
            if (p <= 0 || !isSpace(sc.s[p - 1].unicode()))
                return -1;
            while (p > 0 && isSpace(sc.s[p - 1].unicode()))
                --p;
            continue;
        }
        while (p > 0 && isMark(sc.s[p - 1].unicode()))
            --p;
        if (p <= 0 || fold(sc.s[p - 1].unicode()) != pc)
            return -1;
        --p;
    }
    if (!phrase.empty() && isWordChar(phrase.front()) && p > 0 && isWordChar(sc.s[p - 1].unicode()))
        return -1;
    return p;
}

int DateFinderPrivate::matchAnyForward(
    const Scan &sc, int pos, const std::vector<std::u16string> &phrases) const
{
    const char16_t first = firstFoldedAt(sc, pos);
    for (const std::u16string &phrase : phrases) {
        // No phrase begins with a space.
        if (phrase.front() != first)
            continue;
        const int end = matchForward(sc, pos, phrase);
        if (end >= 0)
            return end;
    }
    return -1;
}

int DateFinderPrivate::readSuffixFrom(const Scan &sc, int pos) const
{
    if (pos >= sc.n || ordinalSuffixStarts.find(fold(sc.s[pos].unicode())) == std::u16string::npos)
        return pos;
    for (const std::u16string &suffix : ordinalSuffixes) {
        int p = pos;
        bool ok = true;
        for (const char16_t pc : suffix) {
            if (p >= sc.n || fold(sc.s[p].unicode()) != pc) {
                ok = false;
                break;
            }
            ++p;
        }
        if (ok && !isWordChar(sc.at(p)))
            return p;
    }
    return pos;
}

bool DateFinderPrivate::capitalizationFits(const Scan &sc, int pos) const
{
    return !namesCapitalized || QChar(sc.at(pos)).isUpper();
}

int DateFinderPrivate::readMonth(const Scan &sc, int pos, int *month) const
{
    if (pos >= sc.n || !isLetter(sc.s[pos].unicode()) || (pos > 0 && isWordChar(sc.s[pos - 1].unicode())))
        return -1;
    const int end = wordEndAt(sc, pos);
    const WordEntry *entry = lookup(sc.s, pos, end);
    if (!entry || entry->month == 0)
        return -1;
    if (entry->foreignMonth ? otherMonthsCapitalized && !QChar(sc.at(pos)).isUpper()
                            : !capitalizationFits(sc, pos))
        return -1;
    if (end < sc.n && isAsciiDigit(sc.s[end].unicode()))
        return -1;
    *month = entry->month;
    if (entry->monthAbbreviation) {
        if (sc.at(end) == u'.')
            return end + 1;
        if (entry->monthNeedsDot)
            return -1;
    }
    return end;
}

bool DateFinderPrivate::numberEndsCleanly(const Scan &sc, int pos) const
{
    const char16_t c = sc.at(pos);
    if (c == 0)
        return true;
    if (isWordChar(c) || c == u'%' || c == u':')
        return false;
    // "1,500", "3.25", "2025/05", "2024-10": the number goes on.
    if ((c == u',' || c == u'.' || c == u'/' || isDash(c)) && isAsciiDigit(sc.at(pos + 1)))
        return false;
    return true;
}

int DateFinderPrivate::readYear(const Scan &sc, int pos, int *year) const
{
    if (pos >= sc.n || !isAsciiDigit(sc.s[pos].unicode()))
        return -1;
    int value = 0;
    const int end = readDigits(sc, pos, &value);
    if (end - pos != 4 || value < MinYear || value > MaxYear || !numberEndsCleanly(sc, end))
        return -1;
    *year = value;
    return end;
}

Context DateFinderPrivate::contextBefore(const Scan &sc, int pos) const
{
    auto spacesBefore = [&sc](int p) {
        while (p > 0 && isSpace(sc.s[p - 1].unicode()))
            --p;
        return p;
    };
    auto contextEndingAt = [this, &sc](int p, bool afterArticle) {
        Context context;
        int q = p;
        while (q > 0 && isMark(sc.s[q - 1].unicode()))
            --q;
        const char16_t last = q > 0 ? fold(sc.s[q - 1].unicode()) : char16_t(0);
        // The character before the last, as matchBackward compares it: most phrases of the
        // bucket are dismissed on it without a call.
        int r = q - 1;
        while (r > 0 && isMark(sc.s[r - 1].unicode()))
            --r;
        const char16_t beforeLast = r <= 0   ? char16_t(0)
            : isSpace(sc.s[r - 1].unicode()) ? u' '
                                             : fold(sc.s[r - 1].unicode());
        for (const int index : contextsEndingWith[last < 128 ? last : 0]) {
            const ContextPhrase &phrase = contexts[size_t(index)];
            if (afterArticle
                && (phrase.kind == ContextPhrase::YearWord || phrase.kind == ContextPhrase::MonthWord))
                continue;
            if (phrase.phrase.size() >= 2 && phrase.phrase[phrase.phrase.size() - 2] != beforeLast)
                continue;
            if (matchBackward(sc, p, phrase.phrase) < 0)
                continue;
            if (phrase.kind == ContextPhrase::ModifierWord && !context.has(ContextPhrase::ModifierWord)) {
                context.modifier = phrase.modifier;
                context.direction = phrase.direction;
            }
            context.kinds |= 1u << phrase.kind;
        }
        return context;
    };
    const int p = spacesBefore(pos);
    const Context direct = contextEndingAt(p, false);
    if (direct.found())
        return direct;
    // "avant le 28 octobre", "entre le 3 et le 5 mai": a modifier or a range opener may
    // stand before one article. Year and month context words may not ("le 2019" is not a year).
    // Articles dismissed on their last character, as matchBackward would compare it first.
    int q = p;
    while (q > 0 && isMark(sc.s[q - 1].unicode()))
        --q;
    const char16_t last = q > 0 ? fold(sc.s[q - 1].unicode()) : char16_t(0);
    for (const std::u16string &article : articles) {
        if (article.back() != last)
            continue;
        const int articleStart = matchBackward(sc, p, article);
        if (articleStart >= 0)
            return contextEndingAt(spacesBefore(articleStart), true);
    }
    return {};
}

bool DateFinderPrivate::blockedAfterYear(const Scan &sc, int pos) const
{
    const int p = skipSpaces(sc, pos);
    for (const std::u16string &blocker : yearBlockers) {
        if (matchForward(sc, p, blocker) >= 0)
            return true;
    }
    return false;
}

void DateFinderPrivate::report(const Scan &sc, int start, int end, const QString &value, const QString &unit,
    RangeRole range, const Context *context) const
{
    Figure figure;
    figure.start = start;
    figure.end = end;
    figure.kind = FigureKind::Date;
    figure.value = value;
    figure.unit = unit;
    figure.range = range;
    const Context found = context ? *context : contextBefore(sc, start);
    if (found.has(ContextPhrase::ModifierWord))
        figure.modifier = found.modifier;
    sc.out->append(std::move(figure));
}

/// value as width decimal digits, zero-padded, at out; value is in 0 .. 10^width - 1.
static void writeDigits(QChar *out, int value, int width)
{
    for (int digit = width - 1; digit >= 0; --digit) {
        out[digit] = QLatin1Char(char('0' + value % 10));
        value /= 10;
    }
}

static QString isoDay(const QDate &date)
{
    // QDate::toString() goes through the calendar and a format parser; this runs once per date found.
    // year(), month() and day() each convert the Julian day again: getDate() converts it once.
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1000 || year > 9999)
        return date.toString(Qt::ISODate);
    QString text(10, QLatin1Char('-'));
    writeDigits(text.data(), year, 4);
    writeDigits(text.data() + 5, month, 2);
    writeDigits(text.data() + 8, day, 2);
    return text;
}

// isoMonth() and isoYear() write their digits by hand for the same reason as isoDay(): QString::arg()
// parses its pattern and allocates twice on each call. Years outside 0..9999 keep arg()'s form.
static QString isoMonth(int year, int month)
{
    if (year < 0 || year > 9999 || month < 0 || month > 99)
        return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
    QString text(7, QLatin1Char('-'));
    writeDigits(text.data(), year, 4);
    writeDigits(text.data() + 5, month, 2);
    return text;
}

static QString isoYear(int year)
{
    if (year < 0 || year > 9999)
        return QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    QString text(4, QLatin1Char('0'));
    writeDigits(text.data(), year, 4);
    return text;
}

static int daysInMonthAnyYear(int month)
{
    return month == 2 ? 29 : QDate(2001, month, 1).daysInMonth();
}

/// Resolves a day and month without a year against the anchor (see the notes at the top).
/// The candidates are the day in the anchor's year and the years around it, held on the stack.
static QDate resolveDayMonth(int day, int month, int weekday, int direction, const QDate &anchor)
{
    QDate candidates[3];
    int count = 0;
    const int anchorYear = anchor.year();
    for (int year = anchorYear - 1; year <= anchorYear + 1; ++year) {
        if (QDate::isValid(year, month, day))
            candidates[count++] = QDate(year, month, day);
    }
    if (count == 0)
        return {};
    if (direction < 0) {
        QDate best;
        for (int k = 0; k < count && candidates[k] <= anchor; ++k)
            best = candidates[k];
        return best;
    }
    if (direction > 0) {
        for (int k = 0; k < count; ++k) {
            if (candidates[k] >= anchor)
                return candidates[k];
        }
        return {};
    }
    // First the one in the months from nine before to two after the anchor's, as a month alone is
    // read: the article's year ("le 3 mars" in an article of October 2025 is 2025-03-03), but the
    // next year's first days in an article of late December and the previous year's last months
    // in one of January. Then the others, nearest first; at equal distance the earlier year (an
    // insertion sort is stable).
    const int anchorMonth = anchorYear * 12 + anchor.month() - 1;
    qint64 order[3];
    for (int k = 0; k < count; ++k) {
        const int monthsAway = candidates[k].year() * 12 + month - 1 - anchorMonth;
        const bool inWindow = monthsAway >= -9 && monthsAway <= 2;
        order[k] = (inWindow ? 0 : qint64(1) << 32) + std::abs(anchor.daysTo(candidates[k]));
    }
    for (int k = 1; k < count; ++k) {
        for (int j = k; j > 0 && order[j] < order[j - 1]; --j) {
            std::swap(order[j], order[j - 1]);
            std::swap(candidates[j], candidates[j - 1]);
        }
    }
    if (weekday > 0) {
        for (int k = 0; k < count && k < 2; ++k) {
            if (candidates[k].dayOfWeek() == weekday)
                return candidates[k];
        }
    }
    return candidates[0];
}

void DateFinderPrivate::reportDay(
    const Scan &sc, int start, int end, const DayParts &parts, int weekday, RangeRole range) const
{
    if (parts.year > 0) {
        const QDate date(parts.year, parts.month, parts.day);
        if (date.isValid())
            report(sc, start, end, isoDay(date), QStringLiteral("day"), range);
        return;
    }
    if (sc.anchor.isValid()) {
        // "depuis le 1er janvier" is in the past even when next January is nearer.
        const Context context = contextBefore(sc, start);
        const int direction = parts.direction != 0 ? parts.direction : context.direction;
        const QDate date = resolveDayMonth(parts.day, parts.month, weekday, direction, sc.anchor);
        if (date.isValid())
            report(sc, start, end, isoDay(date), QStringLiteral("day"), range, &context);
        return;
    }
    report(sc, start, end,
        QStringLiteral("--%1-%2")
            .arg(parts.month, 2, 10, QLatin1Char('0'))
            .arg(parts.day, 2, 10, QLatin1Char('0')),
        QStringLiteral("day"), range);
}

/// A month without a year: the one occurrence from nine months before to two months after the anchor's month,
/// or the latest not after it ("depuis février"), or the first not before it ("d'ici juin").
void DateFinderPrivate::reportMonthAlone(
    const Scan &sc, int start, int end, int month, const Context *context) const
{
    if (!sc.anchor.isValid()) {
        report(sc, start, end, QStringLiteral("--%1").arg(month, 2, 10, QLatin1Char('0')),
            QStringLiteral("month"), RangeRole::None, context);
        return;
    }
    const int anchorIndex = sc.anchor.year() * 12 + sc.anchor.month() - 1;
    const int direction = context ? context->direction : 0;
    // The window is [-9, +2] months around the anchor, [-11, 0] after "depuis", [0, +11] after "d'ici".
    const int lowest = direction < 0 ? -11 : direction > 0 ? 0 : -9;
    int year = sc.anchor.year() - 1;
    while (year * 12 + month - 1 - anchorIndex < lowest)
        ++year;
    report(sc, start, end, isoMonth(year, month), QStringLiteral("month"), RangeRole::None, context);
}

/// After a day and month: ", 2025", " 2025", or " dernier"/" prochain" when there is no year.
int DateFinderPrivate::readYearOrMarker(const Scan &sc, int pos, DayParts *parts) const
{
    int q = pos;
    if (sc.at(q) == u',')
        ++q;
    if (q < sc.n && isSpace(sc.s[q].unicode())) {
        int year = 0;
        const int afterYear = readYear(sc, skipSpaces(sc, q), &year);
        if (afterYear >= 0) {
            parts->year = year;
            return afterYear;
        }
    }
    const int marker = skipSpaces(sc, pos);
    if (marker == pos)
        return pos;
    int markerEnd = matchAnyForward(sc, marker, previousAfter);
    if (markerEnd >= 0) {
        parts->direction = -1;
        return markerEnd;
    }
    markerEnd = matchAnyForward(sc, marker, nextAfter);
    if (markerEnd >= 0) {
        parts->direction = 1;
        return markerEnd;
    }
    return pos;
}

/// Reads a day number and its ordinal suffix at pos; returns the end or -1.
int DateFinderPrivate::readDay(const Scan &sc, int pos, int *day) const
{
    const int digitsEnd = readDigits(sc, pos, day);
    if (digitsEnd - pos < 1 || digitsEnd - pos > 2 || *day < 1 || *day > 31)
        return -1;
    return readSuffix(sc, digitsEnd);
}

/// At pos: "28 octobre [2025]", "1er novembre", "28th of October".
bool DateFinderPrivate::parseDayMonth(const Scan &sc, int pos, DayParts *parts) const
{
    int p = readDay(sc, pos, &parts->day);
    if (p < 0 || p >= sc.n || !isSpace(sc.s[p].unicode()))
        return false;
    p = skipSpaces(sc, p);
    const int joined = matchAnyForward(sc, p, dayMonthJoiners);
    if (joined >= 0 && joined < sc.n && isSpace(sc.s[joined].unicode()))
        p = skipSpaces(sc, joined);
    const int monthEnd = readMonth(sc, p, &parts->month);
    if (monthEnd < 0 || parts->day > daysInMonthAnyYear(parts->month))
        return false;
    parts->end = readYearOrMarker(sc, monthEnd, parts);
    return parts->year == 0 || QDate(parts->year, parts->month, parts->day).isValid();
}

/// At pos, after a first day: "-30", " au 30", " et le 30", " to 30"; returns where the next day starts or
/// -1.
int DateFinderPrivate::readDayConnector(const Scan &sc, int pos, bool *isRange) const
{
    if (isDash(sc.at(pos)) && isAsciiDigit(sc.at(pos + 1))) {
        *isRange = true;
        return pos + 1;
    }
    if (pos >= sc.n || !isSpace(sc.s[pos].unicode()))
        return -1;
    int p = skipSpaces(sc, pos);
    int end = -1;
    const char16_t first = firstFoldedAt(sc, p);
    for (const std::u16string &connector : listConnectors) {
        if (connector.front() == first && isLetter(first) && (end = matchForward(sc, p, connector)) >= 0) {
            *isRange = false;
            break;
        }
    }
    if (end < 0) {
        end = matchAnyForward(sc, p, rangeConnectors);
        *isRange = true;
    }
    if (end < 0 || end >= sc.n || !isSpace(sc.s[end].unicode()))
        return -1;
    p = skipSpaces(sc, end);
    const int article = matchAnyForward(sc, p, articles);
    if (article >= 0 && article < sc.n && isSpace(sc.s[article].unicode()))
        p = skipSpaces(sc, article);
    return isAsciiDigit(sc.at(p)) ? p : -1;
}

/// "a annoncé mardi", "said on Wednesday": news names a day of the article's week by its
/// weekday alone. It is the latest such day up to the anchor, or the next one from it when the
/// clause speaks of what is to come ("votera jeudi", "will meet on Friday", "d'ici vendredi").
/// "le mardi", "every Tuesday" are habits, not dates.
int DateFinderPrivate::reportBareWeekday(const Scan &sc, int start, int end, int weekday) const
{
    if (!sc.anchor.isValid())
        return -1;
    int before = start;
    while (before > 0 && isSpace(sc.s[before - 1].unicode()))
        --before;
    for (const std::u16string &lead : weekdayHabitLeads) {
        if (matchBackward(sc, before, lead) >= 0)
            return -1;
    }
    const Context context = contextBefore(sc, start);
    int direction = context.direction;
    // Up to four words back, within the clause.
    for (int words = 0; words < 4 && direction == 0 && before > 0; ++words) {
        int wordStart = before;
        while (wordStart > 0
            && (isLetter(sc.s[wordStart - 1].unicode()) || isMark(sc.s[wordStart - 1].unicode())
                || sc.s[wordStart - 1] == QLatin1Char('\'') || sc.s[wordStart - 1].unicode() == 0x2019))
            --wordStart;
        if (wordStart == before)
            break;
        for (const std::u16string &word : weekdayFutureWords) {
            if (matchForward(sc, wordStart, word) == before) {
                direction = 1;
                break;
            }
        }
        before = wordStart;
        while (before > 0 && isSpace(sc.s[before - 1].unicode()))
            --before;
        if (before == wordStart)
            break;
    }
    const int dayOfWeek = sc.anchor.dayOfWeek();
    const QDate date = direction > 0 ? sc.anchor.addDays((weekday - dayOfWeek + 7) % 7)
                                     : sc.anchor.addDays(-((dayOfWeek - weekday + 7) % 7));
    report(sc, start, end, isoDay(date), QStringLiteral("day"), RangeRole::None, &context);
    return end;
}

int DateFinderPrivate::tryDayMonth(const Scan &sc, int spanStart, int pos, int weekday) const
{
    // Both readings below start with this day and go on with a space or a dash: most numbers
    // ("2,5 milliards", "45%") stop here.
    int day = 0;
    const int dayEnd = readDay(sc, pos, &day);
    if (dayEnd < 0 || !(isSpace(sc.at(dayEnd)) || isDash(sc.at(dayEnd))))
        return -1;
    DayParts parts;
    if (parseDayMonth(sc, pos, &parts)) {
        reportDay(sc, spanStart, parts.end, parts, weekday, RangeRole::None);
        return parts.end;
    }
    // "du 28 au 30 octobre", "les 28 et 29 octobre", "28-30 octobre": the first day borrows the month.
    if (weekday != 0)
        return -1;
    DayParts first;
    const int firstEnd = readDay(sc, pos, &first.day);
    if (firstEnd < 0)
        return -1;
    bool isRange = false;
    const int secondStart = readDayConnector(sc, firstEnd, &isRange);
    DayParts second;
    if (secondStart < 0 || !parseDayMonth(sc, secondStart, &second))
        return -1;
    first.month = second.month;
    first.year = second.year;
    first.direction = second.direction;
    if (first.day > daysInMonthAnyYear(first.month) || (isRange && first.day >= second.day)
        || (first.year > 0 && !QDate(first.year, first.month, first.day).isValid()))
        return -1;
    reportDay(sc, spanStart, firstEnd, first, 0, isRange ? RangeRole::Low : RangeRole::None);
    reportDay(sc, secondStart, second.end, second, 0, isRange ? RangeRole::High : RangeRole::None);
    return second.end;
}

/// At pos: "October 28[, 2025]", "Oct. 28th", "October 28-30". Returns the end or -1.
int DateFinderPrivate::tryMonthDay(const Scan &sc, int spanStart, int pos, int weekday) const
{
    DayParts first;
    const int monthEnd = readMonth(sc, pos, &first.month);
    if (monthEnd < 0 || monthEnd >= sc.n || !isSpace(sc.s[monthEnd].unicode()))
        return -1;
    const int dayEnd = readDay(sc, skipSpaces(sc, monthEnd), &first.day);
    if (dayEnd < 0 || first.day > daysInMonthAnyYear(first.month))
        return -1;
    bool isRange = false;
    const int secondStart = weekday == 0 ? readDayConnector(sc, dayEnd, &isRange) : -1;
    DayParts second;
    second.month = first.month;
    const int secondEnd = secondStart >= 0 ? readDay(sc, secondStart, &second.day) : -1;
    if (secondEnd >= 0 && numberEndsCleanly(sc, secondEnd) && second.day <= daysInMonthAnyYear(second.month)
        && (!isRange || second.day > first.day)) {
        second.end = readYearOrMarker(sc, secondEnd, &second);
        first.year = second.year;
        first.direction = second.direction;
        if (first.year > 0
            && (!QDate(first.year, first.month, first.day).isValid()
                || !QDate(second.year, second.month, second.day).isValid()))
            return -1;
        reportDay(sc, spanStart, dayEnd, first, 0, isRange ? RangeRole::Low : RangeRole::None);
        reportDay(sc, secondStart, second.end, second, 0, isRange ? RangeRole::High : RangeRole::None);
        return second.end;
    }
    if (!numberEndsCleanly(sc, dayEnd))
        return -1;
    first.end = readYearOrMarker(sc, dayEnd, &first);
    if (first.year > 0 && !QDate(first.year, first.month, first.day).isValid())
        return -1;
    reportDay(sc, spanStart, first.end, first, weekday, RangeRole::None);
    return first.end;
}

/// At pos (after an ordinal): "trimestre 2024", "quarter of 2024", "quarter".
int DateFinderPrivate::tryQuarterAfterOrdinal(const Scan &sc, int spanStart, int pos, int quarter) const
{
    if (quarter < 1 || quarter > 4 || pos >= sc.n || !isSpace(sc.s[pos].unicode()))
        return -1;
    const int wordStart = skipSpaces(sc, pos);
    int wordEnd = matchAnyForward(sc, wordStart, quarterWords);
    // "premier semestre 2024", "the second half of 2023": halves are read the same way.
    const bool half
        = wordEnd < 0 && quarter <= 2 && (wordEnd = matchAnyForward(sc, wordStart, halfWords)) >= 0;
    if (wordEnd < 0)
        return -1;
    int year = 0;
    int end = wordEnd;
    int p = skipSpaces(sc, wordEnd);
    if (p > wordEnd) {
        int yearEnd = readYear(sc, p, &year);
        if (yearEnd < 0) {
            const int joined = matchAnyForward(sc, p, quarterYearJoiners);
            if (joined >= 0 && joined < sc.n && isSpace(sc.s[joined].unicode()))
                yearEnd = readYear(sc, skipSpaces(sc, joined), &year);
        }
        if (yearEnd >= 0)
            end = yearEnd;
        else
            year = 0;
    }
    if (year == 0) {
        if (!sc.anchor.isValid())
            return -1;
        year = sc.anchor.year();
    }
    report(sc, spanStart, end,
        (half ? QStringLiteral("%1-H%2") : QStringLiteral("%1-Q%2")).arg(isoYear(year)).arg(quarter),
        half ? QStringLiteral("half") : QStringLiteral("quarter"));
    return end;
}

/// The year written after a period code at pos: glued ("2T24", "3Q2022"), after a space, a dash
/// or a slash ("Q3 2024", "T3-2024"), or two digits after an apostrophe ("Q3'22"); else -1.
int DateFinderPrivate::readPeriodYear(const Scan &sc, int pos, int *year) const
{
    int value = 0;
    if (isAsciiDigit(sc.at(pos))) {
        const int end = readDigits(sc, pos, &value);
        if (!numberEndsCleanly(sc, end))
            return -1;
        if (end - pos == 2)
            value += 2000;
        else if (end - pos != 4 || value < MinYear || value > MaxYear)
            return -1;
        *year = value;
        return end;
    }
    int p = pos;
    const char16_t separator = sc.at(p);
    if (separator == u' ' || separator == 0xA0 || isHyphen(separator) || separator == u'/')
        ++p;
    if (sc.at(p) == u'\'' || sc.at(p) == 0x2019) {
        const int end = readDigits(sc, p + 1, &value);
        if (end - (p + 1) != 2 || !numberEndsCleanly(sc, end))
            return -1;
        *year = 2000 + value;
        return end;
    }
    return p > pos ? readYear(sc, p, year) : -1;
}

/// Whether a lead of periodAloneLeads ("au", "du", "sur le") stands right before pos.
bool DateFinderPrivate::periodLeadBefore(const Scan &sc, int pos) const
{
    int end = pos;
    while (end > 0 && isSpace(sc.s[end - 1].unicode()))
        --end;
    if (end == pos)
        return false;
    return std::any_of(periodAloneLeads.begin(), periodAloneLeads.end(),
        [&](const std::u16string &lead) { return matchBackward(sc, end, lead) >= 0; });
}

/**
 * A quarter, half or first months written as a code, number read, codeEnd past the code: "Q3",
 * "T3", "H1", "S1" (letter first) or "3Q", "2T", "1H", "6M" (digit first), then the year the code
 * may carry ("Q3 2024", "2T24", "Q3'22"). Without a year, a quarter or a half is of the anchor's
 * year ("in Q3", "4Q"), and "T3", "S1" are read only after a lead ("au T3": "un T3" is a flat);
 * first months need their year ("6M" is also six million).
 */
int DateFinderPrivate::reportPeriodCode(
    const Scan &sc, int spanStart, int codeEnd, const WordEntry &code, int number) const
{
    const int most = code.quarterPrefix ? 4 : code.halfPrefix ? 2 : 12;
    if (number < 1 || number > most)
        return -1;
    int year = 0;
    int end = readPeriodYear(sc, codeEnd, &year);
    if (end < 0) {
        if (code.monthsPrefix || !sc.anchor.isValid() || isWordChar(sc.at(codeEnd))
            || (code.prefixNeedsLead && !periodLeadBefore(sc, spanStart)))
            return -1;
        year = sc.anchor.year();
        end = codeEnd;
    }
    if (code.quarterPrefix)
        report(sc, spanStart, end, QStringLiteral("%1-Q%2").arg(isoYear(year)).arg(number),
            QStringLiteral("quarter"));
    else if (code.halfPrefix)
        report(sc, spanStart, end, QStringLiteral("%1-H%2").arg(isoYear(year)).arg(number),
            QStringLiteral("half"));
    else
        report(sc, spanStart, end, isoYear(year) + QLatin1String("-01/") + isoMonth(year, number),
            QStringLiteral("month"));
    return end;
}

/// The count of months at pos, in digits (up to 12) or a number word ("six", "nine"); its end or -1.
int DateFinderPrivate::readMonthCount(const Scan &sc, int pos, int *count) const
{
    if (isAsciiDigit(sc.at(pos))) {
        const int end = readDigits(sc, pos, count);
        return end - pos <= 2 ? end : -1;
    }
    for (const auto &[word, value] : monthCountWords) {
        const int end = matchForward(sc, pos, word);
        if (end > pos && !isWordChar(sc.at(end))) {
            *count = value;
            return end;
        }
    }
    return -1;
}

/**
 * "six premiers mois de 2024", "6 premiers mois 2024", "(the) first nine months of 2024": the
 * months from January, as one interval, when the year is written. count was read before
 * countEnd (digits or a number word); spanStart is where the phrase opens (the count, or "first").
 */
int DateFinderPrivate::tryFirstMonths(const Scan &sc, int spanStart, int count, int countEnd) const
{
    if (count < 2 || count > 12 || countEnd >= sc.n || !isSpace(sc.s[countEnd].unicode()))
        return -1;
    const int tailStart = skipSpaces(sc, countEnd);
    const char16_t first = firstFoldedAt(sc, tailStart);
    if (first == 0 || firstMonthsTailStarts.find(first) == std::u16string::npos)
        return -1;
    const int tailEnd = matchAnyForward(sc, tailStart, firstMonthsTails);
    if (tailEnd < 0 || tailEnd >= sc.n || !isSpace(sc.s[tailEnd].unicode()))
        return -1;
    const int p = skipSpaces(sc, tailEnd);
    int year = 0;
    int end = readYear(sc, p, &year);
    if (end < 0) {
        const int joined = matchAnyForward(sc, p, quarterYearJoiners);
        if (joined < 0 || joined >= sc.n || !isSpace(sc.s[joined].unicode()))
            return -1;
        end = readYear(sc, skipSpaces(sc, joined), &year);
        if (end < 0)
            return -1;
    }
    report(sc, spanStart, end, isoYear(year) + QLatin1String("-01/") + isoMonth(year, count),
        QStringLiteral("month"));
    return end;
}

/// A four-digit number in year range at i..end: a year only in year context.
int DateFinderPrivate::tryYear(const Scan &sc, int i, int year, int end) const
{
    // "2024-2025", "2024–25": two years, low and high.
    if (isDash(sc.at(end)) && isAsciiDigit(sc.at(end + 1))) {
        int second = 0;
        const int secondEnd = readDigits(sc, end + 1, &second);
        if (secondEnd - (end + 1) == 2)
            second += year / 100 * 100;
        else if (secondEnd - (end + 1) != 4)
            return -1;
        if (second <= year || second - year > 20 || second > MaxYear || !numberEndsCleanly(sc, secondEnd))
            return -1;
        const Context context = contextBefore(sc, i);
        report(sc, i, end, isoYear(year), QStringLiteral("year"), RangeRole::Low, &context);
        report(sc, end + 1, secondEnd, isoYear(second), QStringLiteral("year"), RangeRole::High, &context);
        return secondEnd;
    }
    if (!numberEndsCleanly(sc, end))
        return -1;

    // "2024 Q3", "2024-T3"
    {
        int p = end;
        if (isHyphen(sc.at(p)) || sc.at(p) == u' ')
            ++p;
        if (p < sc.n && isLetter(sc.s[p].unicode()) && QChar(sc.s[p]).isUpper() && isAsciiDigit(sc.at(p + 1))
            && !isWordChar(sc.at(p + 2))) {
            const WordEntry *entry = lookup(sc.s, p, p + 1);
            const int quarter = sc.at(p + 1) - u'0';
            if (entry && entry->quarterPrefix && quarter >= 1 && quarter <= 4) {
                report(sc, i, p + 2, QStringLiteral("%1-Q%2").arg(isoYear(year)).arg(quarter),
                    QStringLiteral("quarter"));
                return p + 2;
            }
        }
    }

    const Context context = contextBefore(sc, i);
    const bool yearContext = context.has(ContextPhrase::ModifierWord) || context.has(ContextPhrase::YearWord);
    if (context.has(ContextPhrase::RangeOpener)) {
        // "entre 2019 et 2024", "from 2019 to 2024"; "de 2000 euros" is not a year.
        const int connectorEnd = matchAnyForward(sc, skipSpaces(sc, end), rangeConnectors);
        const int secondStart
            = connectorEnd >= 0 && connectorEnd < sc.n && isSpace(sc.s[connectorEnd].unicode())
            ? skipSpaces(sc, connectorEnd)
            : -1;
        int second = 0;
        const int secondEnd = secondStart >= 0 ? readYear(sc, secondStart, &second) : -1;
        if (secondEnd >= 0 && second > year && second - year <= 50 && !blockedAfterYear(sc, secondEnd)) {
            report(sc, i, end, isoYear(year), QStringLiteral("year"), RangeRole::Low, &context);
            report(sc, secondStart, secondEnd, isoYear(second), QStringLiteral("year"), RangeRole::High,
                &context);
            return secondEnd;
        }
        if (!yearContext)
            return -1;
    }
    bool isYear = yearContext;
    Context used = context;
    if (!isYear && !sc.out->isEmpty() && sc.out->constLast().unit == QLatin1String("year")) {
        // "en 2019, 2020 et 2021": a year right after another year and a connector.
        const Figure &previous = sc.out->constLast();
        int p = i;
        while (p > previous.end && isSpace(sc.s[p - 1].unicode()))
            --p;
        for (const std::u16string &connector : listConnectors) {
            const int start = matchBackward(sc, p, connector);
            if (start < 0)
                continue;
            int q = start;
            while (q > previous.end && isSpace(sc.s[q - 1].unicode()))
                --q;
            if (q == previous.end && connector == u",") {
                // "En 2019, 1900 emplois": after a comma, only a list that goes on to a year.
                const int next = skipSpaces(sc, end);
                const int connectorEnd = matchAnyForward(sc, next, listConnectors);
                int following = 0;
                if (connectorEnd < 0 || readYear(sc, skipSpaces(sc, connectorEnd), &following) < 0)
                    break;
            }
            if (q == previous.end) {
                isYear = true;
                used = Context();
                used.kinds = 1u << ContextPhrase::ModifierWord;
                used.modifier = previous.modifier;
                break;
            }
        }
    }
    if (!isYear || blockedAfterYear(sc, end))
        return -1;
    report(sc, i, end, isoYear(year), QStringLiteral("year"), RangeRole::None, &used);
    return end;
}

int DateFinderPrivate::tryNumber(const Scan &sc, int i) const
{
    int first = 0;
    const int firstEnd = readDigits(sc, i, &first);
    const int length = firstEnd - i;
    const char16_t sep = sc.at(firstEnd);

    // ISO 2025-10-29 and 2025/05/12 (a time after it is left alone).
    if (length == 4 && (sep == u'-' || sep == u'/' || sep == u'.') && isAsciiDigit(sc.at(firstEnd + 1))) {
        int month = 0;
        const int monthEnd = readDigits(sc, firstEnd + 1, &month);
        if (monthEnd - firstEnd - 1 <= 2 && sc.at(monthEnd) == sep && isAsciiDigit(sc.at(monthEnd + 1))) {
            int day = 0;
            const int dayEnd = readDigits(sc, monthEnd + 1, &day);
            const QDate date(first, month, day);
            // "2025-10-29T08:00:00+01:00" (HTML metadata) is the date too.
            const bool timeFollows = sep == u'-' && sc.at(dayEnd) == u'T' && isAsciiDigit(sc.at(dayEnd + 1));
            if (dayEnd - monthEnd - 1 <= 2 && (numberEndsCleanly(sc, dayEnd) || timeFollows) && date.isValid()
                && first >= MinYear && first <= MaxYear) {
                report(sc, i, dayEnd, isoDay(date), QStringLiteral("day"));
                return dayEnd;
            }
            return -1;
        }
    }

    // 29/10/2025, 29.10.2025, 29-10-2025, 10/29/2025
    if (length <= 2 && (sep == u'/' || sep == u'.' || sep == u'-') && isAsciiDigit(sc.at(firstEnd + 1))) {
        int second = 0;
        const int secondEnd = readDigits(sc, firstEnd + 1, &second);
        if (secondEnd - firstEnd - 1 <= 2 && sc.at(secondEnd) == sep && isAsciiDigit(sc.at(secondEnd + 1))) {
            int year = 0;
            const int yearEnd = readDigits(sc, secondEnd + 1, &year);
            if (yearEnd - secondEnd - 1 != 4 || !numberEndsCleanly(sc, yearEnd) || year < MinYear
                || year > MaxYear)
                return -1;
            const bool monthFirstHere = monthFirst && sep != u'.';
            int day = monthFirstHere ? second : first;
            int month = monthFirstHere ? first : second;
            if (month > 12 && day <= 12)
                std::swap(day, month);
            const QDate date(year, month, day);
            if (!date.isValid())
                return -1;
            report(sc, i, yearEnd, isoDay(date), QStringLiteral("day"));
            return yearEnd;
        }
        if (!isDash(sep))
            return -1; // "3.5", "1/2": not a date; "28-30 octobre" goes on below
    }

    if (length <= 2) {
        // "2T24", "3Q22", "1H23", "6M24", "4Q": an upper-case code glued to the number.
        const char16_t code = sc.at(firstEnd);
        if (code >= u'A' && code <= u'Z' && !isLetter(sc.at(firstEnd + 1))) {
            const WordEntry *entry = lookup(sc.s, firstEnd, firstEnd + 1);
            if (entry && entry->digitFirstCode) {
                const int end = reportPeriodCode(sc, i, firstEnd + 1, *entry, first);
                if (end >= 0)
                    return end;
            }
        }
        // "6 premiers mois de 2024"
        if (countOpensFirstMonths) {
            const int end = tryFirstMonths(sc, i, first, firstEnd);
            if (end >= 0)
                return end;
        }
        // "3e trimestre 2024", "3rd quarter"
        const int suffixEnd = readSuffix(sc, firstEnd);
        if (suffixEnd > firstEnd) {
            const int end = tryQuarterAfterOrdinal(sc, i, suffixEnd, first);
            if (end >= 0)
                return end;
        }
        return tryDayMonth(sc, i, i, 0);
    }

    if (length == 4 && first >= MinYear && first <= MaxYear)
        return tryYear(sc, i, first, firstEnd);
    return -1;
}

/// The period a relative phrase names from the anchor: a day, a week (Monday to Sunday, as ISO 8601
/// weeks run, written "low/high"), a month or a year.
static QString relativeValue(const RelativePhrase &relative, const QDate &anchor)
{
    switch (relative.unit) {
    case RelativePhrase::Day:
        return isoDay(anchor.addDays(relative.days));
    case RelativePhrase::Week: {
        const QDate monday = anchor.addDays(7 * relative.weeks - (anchor.dayOfWeek() - 1));
        return isoDay(monday) + QLatin1Char('/') + isoDay(monday.addDays(6));
    }
    case RelativePhrase::Month: {
        const QDate month = anchor.addMonths(relative.months);
        return isoMonth(month.year(), month.month());
    }
    case RelativePhrase::Year:
        break;
    }
    return isoYear(anchor.year() + relative.years);
}

int DateFinderPrivate::tryWord(const Scan &sc, int i, int wordEnd, const WordEntry *entry) const
{

    if (sc.anchor.isValid()) {
        // Each relative phrase begins with the entry's word, read already: match the rest of it
        // from where the word's letters end (matchForward skips marks before letters, not spaces).
        int lettersEnd = wordEnd;
        while (lettersEnd > i && isMark(sc.s[lettersEnd - 1].unicode()))
            --lettersEnd;
        // What matchForward compares first: whether spaces follow the word, and the first folded
        // character after them. Most phrases of the word are dismissed on these without a call.
        const size_t from = entry->word.size();
        const bool anyPhrase = !entry->relativePhrases.empty();
        const int afterSpaces = anyPhrase ? skipSpaces(sc, lettersEnd) : lettersEnd;
        const bool spaceAfter = afterSpaces > lettersEnd;
        const char16_t firstAfter = anyPhrase ? firstFoldedAt(sc, afterSpaces) : char16_t(0);
        for (const int index : entry->relativePhrases) {
            const RelativePhrase &relative = relatives[size_t(index)];
            const std::u16string &phrase = relative.phrase;
            if (from < phrase.size()) {
                const bool spaceInPhrase = phrase[from] == u' ';
                const char16_t first
                    = spaceInPhrase ? (from + 1 < phrase.size() ? phrase[from + 1] : 0) : phrase[from];
                if (spaceInPhrase != spaceAfter || (first != 0 && first != firstAfter))
                    continue;
            }
            const int end = matchForward(sc, lettersEnd, phrase, from);
            if (end < 0)
                continue;
            // One value per phrase and text: "cette année" recurs, and its value is the same each time.
            QString &value = sc.relativeValues[size_t(index)];
            if (value.isNull())
                value = relativeValue(relative, sc.anchor);
            static const QString units[] = { QStringLiteral("day"), QStringLiteral("week"),
                QStringLiteral("month"), QStringLiteral("year") };
            report(sc, i, end, value, units[relative.unit]);
            return end;
        }
        // "last Tuesday", "next Friday"
        if ((entry->previousBefore || entry->nextBefore) && wordEnd < sc.n
            && isSpace(sc.s[wordEnd].unicode())) {
            const int p = skipSpaces(sc, wordEnd);
            const int end = wordEndAt(sc, p);
            const WordEntry *weekday = p < end ? lookup(sc.s, p, end) : nullptr;
            if (weekday && weekday->weekday > 0 && capitalizationFits(sc, p)) {
                const int step = entry->previousBefore ? -1 : 1;
                QDate date = sc.anchor.addDays(step);
                while (date.dayOfWeek() != weekday->weekday)
                    date = date.addDays(step);
                report(sc, i, end, isoDay(date), QStringLiteral("day"));
                return end;
            }
            // "last March": the latest March before the anchor's month; "next March" the first after.
            int month = 0;
            const int monthEnd = readMonth(sc, p, &month);
            if (monthEnd >= 0) {
                int year = sc.anchor.year();
                if (entry->previousBefore && month >= sc.anchor.month())
                    --year;
                else if (entry->nextBefore && month <= sc.anchor.month())
                    ++year;
                report(sc, i, monthEnd, isoMonth(year, month), QStringLiteral("month"));
                return monthEnd;
            }
        }
    }

    const char16_t after = sc.at(wordEnd);
    // "Q3 2024", "T3-2024", "H1 2024", "S1 2024", "Q3'22", "in Q3"
    if ((entry->quarterPrefix || entry->halfPrefix) && wordEnd == i + 1 && QChar(sc.s[i]).isUpper()
        && isAsciiDigit(after) && !isWordChar(sc.at(wordEnd + 1)))
        return reportPeriodCode(sc, i, wordEnd + 1, *entry, after - u'0');
    // "FY2024", "FY 2024", "FY24"
    if (entry->fiscalPrefix && QChar(sc.s[i]).isUpper()) {
        int p = wordEnd;
        if (sc.at(p) == u' ')
            ++p;
        int year = 0;
        int end = readDigits(sc, p, &year);
        if (end - p == 2 && p == wordEnd)
            year += 2000;
        else if (end - p != 4)
            return -1;
        if (year < MinYear || year > MaxYear || !numberEndsCleanly(sc, end))
            return -1;
        report(sc, i, end, isoYear(year), QStringLiteral("year"));
        return end;
    }
    // "mi-octobre", "mid-October 2024", "mid-2024"
    if (entry->midPrefix && isHyphen(after)) {
        int month = 0;
        const int monthEnd = readMonth(sc, wordEnd + 1, &month);
        if (monthEnd >= 0) {
            int year = 0;
            const int yearEnd = monthEnd < sc.n && isSpace(sc.s[monthEnd].unicode())
                ? readYear(sc, skipSpaces(sc, monthEnd), &year)
                : -1;
            if (yearEnd >= 0) {
                report(sc, i, yearEnd, isoMonth(year, month), QStringLiteral("month"));
                return yearEnd;
            }
            reportMonthAlone(sc, i, monthEnd, month, nullptr);
            return monthEnd;
        }
        int year = 0;
        const int yearEnd = readYear(sc, wordEnd + 1, &year);
        if (yearEnd >= 0) {
            report(sc, i, yearEnd, isoYear(year), QStringLiteral("year"));
            return yearEnd;
        }
    }
    // "mardi 28 octobre", "mardi dernier", "Tuesday, October 28"
    if (entry->weekday > 0 && capitalizationFits(sc, i)) {
        int p = wordEnd;
        if (sc.at(p) == u',')
            ++p;
        if (p < sc.n && isSpace(sc.s[p].unicode())) {
            p = skipSpaces(sc, p);
            if (sc.anchor.isValid()) {
                int step = 0;
                int end = matchAnyForward(sc, p, previousAfter);
                if (end >= 0) {
                    step = -1;
                } else {
                    end = matchAnyForward(sc, p, nextAfter);
                    if (end >= 0)
                        step = 1;
                }
                if (step != 0) {
                    QDate date = sc.anchor.addDays(step);
                    while (date.dayOfWeek() != entry->weekday)
                        date = date.addDays(step);
                    report(sc, i, end, isoDay(date), QStringLiteral("day"));
                    return end;
                }
            }
            // The weekday only checks the day: the span is the date ("mardi 28 octobre" is "28 octobre").
            const int end = isAsciiDigit(sc.at(p)) ? tryDayMonth(sc, p, p, entry->weekday)
                : monthFirst                       ? tryMonthDay(sc, p, p, entry->weekday)
                                                   : -1;
            if (end >= 0)
                return end;
        }
        return reportBareWeekday(sc, i, wordEnd, entry->weekday);
    }
    // "six premiers mois de 2024", "the first six months of 2024"
    if (entry->monthCount > 0) {
        const int end = tryFirstMonths(sc, i, entry->monthCount, wordEnd);
        if (end >= 0)
            return end;
    }
    if (entry->firstMonthsLead && isSpace(after)) {
        int count = 0;
        const int countEnd = readMonthCount(sc, skipSpaces(sc, wordEnd), &count);
        const int end = countEnd >= 0 ? tryFirstMonths(sc, i, count, countEnd) : -1;
        if (end >= 0)
            return end;
    }
    // "troisième trimestre 2024", "the third quarter of 2024"
    if (entry->ordinal > 0) {
        const int end = tryQuarterAfterOrdinal(sc, i, wordEnd, entry->ordinal);
        if (end >= 0)
            return end;
    }
    if (entry->month > 0) {
        // "March 14, 2024" in a French article reads as in English.
        int end = monthFirst || entry->foreignMonth ? tryMonthDay(sc, i, i, 0) : -1;
        if (end >= 0)
            return end;
        int month = 0;
        const int monthEnd = readMonth(sc, i, &month);
        if (monthEnd < 0)
            return -1;
        // "février 2024", "Oct. 2025"
        if (monthEnd < sc.n && isSpace(sc.s[monthEnd].unicode())) {
            int year = 0;
            end = readYear(sc, skipSpaces(sc, monthEnd), &year);
            if (end >= 0) {
                report(sc, i, end, isoMonth(year, month), QStringLiteral("month"));
                return end;
            }
        }
        // The other language's month names only in a date with digits: "May" alone is no date in French.
        if (entry->foreignMonth)
            return -1;
        // "septembre dernier", "next March": the marker is context enough, and part of the span.
        Context context = contextBefore(sc, i);
        int spanEnd = monthEnd;
        const int marker = skipSpaces(sc, monthEnd);
        if (marker > monthEnd) {
            int markerEnd = matchAnyForward(sc, marker, previousAfter);
            if (markerEnd >= 0) {
                context.direction = -1;
                spanEnd = markerEnd;
            } else if ((markerEnd = matchAnyForward(sc, marker, nextAfter)) >= 0) {
                context.direction = 1;
                spanEnd = markerEnd;
            }
        }
        // "en février", "in February": otherwise a month alone needs a context word, or
        // opens a range ("from May to July 2024").
        const bool opensRange = context.has(ContextPhrase::RangeOpener)
            && matchAnyForward(sc, skipSpaces(sc, monthEnd), rangeConnectors) >= 0;
        if (spanEnd == monthEnd && !opensRange && !context.has(ContextPhrase::ModifierWord)
            && !context.has(ContextPhrase::MonthWord))
            return -1;
        reportMonthAlone(sc, i, spanEnd, month, &context);
        return spanEnd;
    }
    return -1;
}

static bool holdsYearDigits(const QChar *s, int start, int end)
{
    int run = 0;
    for (int i = start; i < end; ++i) {
        run = isAsciiDigit(s[i].unicode()) ? run + 1 : 0;
        if (run == 4)
            return true;
    }
    return false;
}

/*
 * "du 1er avril 2024 au 31 mars 2025", "de janvier à mars 2024", "from May to July 2024":
 * two dates of one granularity joined by a range connector after a range opener (or by a
 * dash) become low and high. A low end written without its year takes the high end's year
 * (the year before when its month comes later), not the anchor's.
 */
void DateFinderPrivate::joinRanges(const Scan &sc) const
{
    QVector<Figure> &found = *sc.out;
    for (int k = 1; k < found.size(); ++k) {
        Figure &low = found[k - 1];
        Figure &high = found[k];
        if (low.range != RangeRole::None || high.range != RangeRole::None || low.unit != high.unit
            || (low.unit != QLatin1String("day") && low.unit != QLatin1String("month")))
            continue;
        int p = skipSpaces(sc, low.end);
        bool joined = false;
        if (isDash(sc.at(p))) {
            joined = skipSpaces(sc, p + 1) == high.start;
        } else {
            const int connectorEnd = matchAnyForward(sc, p, rangeConnectors);
            if (connectorEnd > p) {
                // "et"/"and" make a range only after "entre"/"between"; "de ... et ..." is a list.
                const bool listWord = matchAnyForward(sc, p, listConnectors) == connectorEnd;
                p = skipSpaces(sc, connectorEnd);
                const int articleEnd = matchAnyForward(sc, p, articles);
                if (articleEnd > p)
                    p = skipSpaces(sc, articleEnd);
                const Context context = contextBefore(sc, low.start);
                joined = p == high.start
                    && context.has(listWord ? ContextPhrase::ListRangeOpener : ContextPhrase::RangeOpener);
            }
        }
        const bool lowHasYear = !low.value.startsWith(QLatin1String("--"));
        if (!joined || (lowHasYear && holdsYearDigits(sc.s, low.start, low.end) && low.value >= high.value))
            continue;
        low.range = RangeRole::Low;
        high.range = RangeRole::High;
        const bool highHasYear = !high.value.startsWith(QLatin1String("--"));
        if (!highHasYear || holdsYearDigits(sc.s, low.start, low.end))
            continue;
        // "--10-28" or "2025-10-28" → the month-day part, compared with the high end's.
        const QString lowRest
            = low.value.startsWith(QLatin1String("--")) ? low.value.mid(1) : low.value.mid(4);
        const QString highRest = high.value.mid(4);
        int year = high.value.left(4).toInt();
        if (lowRest > highRest)
            --year;
        const QString value = isoYear(year) + lowRest;
        if (low.unit == QLatin1String("month") || QDate::fromString(value, Qt::ISODate).isValid())
            low.value = value;
    }
}

DateFinder::DateFinder(const Lexicon &lexicon)
    : d(std::make_unique<DateFinderPrivate>(lexicon))
{ }

DateFinder::~DateFinder() = default;
DateFinder::DateFinder(DateFinder &&) noexcept = default;
DateFinder &DateFinder::operator=(DateFinder &&) noexcept = default;

QVector<Figure> DateFinder::find(const QString &text, const QDate &anchor) const
{
    QVector<Figure> found;
    // An anchor far from the years dates are read in (1800..2200) is a broken article date: ignore it.
    const QDate usableAnchor
        = anchor.isValid() && anchor.year() >= MinYear && anchor.year() <= MaxYear ? anchor : QDate();
    // About one date in five hundred characters of news: grow rarely.
    found.reserve(int(text.size() / 512) + 4);
    std::vector<QString> relativeValues(d->relatives.size());
    DateFinderPrivate::Scan scan { text.constData(), int(text.size()), usableAnchor, &found,
        relativeValues.data() };
    const QChar *s = scan.s;
    const int n = scan.n;
    const unsigned char *units = unitClasses().of;
    int i = 0;
    while (i < n) {
        // The hot path: spaces and punctuation start nothing, nor does any character that is
        // neither a digit, a letter nor a mark.
        while (i < n && !(units[s[i].unicode()] & (UnitDigit | UnitLetter | UnitMark)))
            ++i;
        if (i >= n)
            break;
        const char16_t c = s[i].unicode();
        if (isAsciiDigit(c)) {
            const char16_t before = i > 0 ? s[i - 1].unicode() : char16_t(0);
            const char16_t beforeThat = i > 1 ? s[i - 2].unicode() : char16_t(0);
            // Not the start of a number: "A320", "3.14", "GPT-4", "19:15".
            const bool inside = isWordChar(before)
                || ((before == u'.' || before == u',' || before == u'/' || before == u':' || isDash(before))
                    && isWordChar(beforeThat));
            if (!inside) {
                const int end = d->tryNumber(scan, i);
                if (end > i) {
                    i = end;
                    continue;
                }
            }
            // Skip the whole number, French thousands groups included ("2 000 salariés").
            while (i < n && isAsciiDigit(s[i].unicode()))
                ++i;
            while (i + 3 < n && (s[i] == u' ' || s[i].unicode() == 0xA0 || s[i].unicode() == 0x202F)
                && isAsciiDigit(s[i + 1].unicode()) && isAsciiDigit(s[i + 2].unicode())
                && isAsciiDigit(s[i + 3].unicode()) && (i + 4 >= n || !isAsciiDigit(s[i + 4].unicode()))) {
                i += 4;
            }
            continue;
        }
        // A letter or a mark (the skip above stopped on nothing else).
        const bool atStart = i == 0 || !isWordChar(s[i - 1].unicode());
        bool candidate = atStart;
        if (candidate && c < 0x80) {
            // Most words are dismissed on their first two letters, without being folded or hashed.
            // A second letter that is not ASCII (or a mark) is left to scanWord.
            const char16_t f = char16_t(c | 0x20);
            const char16_t next = i + 1 < n ? s[i + 1].unicode() : char16_t(0);
            candidate = d->firstLetter[f]
                && (!isAsciiLetter(next) || d->prefixPairs[size_t(f) * 128 + (next | 0x20)]);
            if (candidate && isAsciiLetter(next)) {
                // Common words share their first two letters with a lexicon word ("de" with
                // "décembre", "to" with "today", "million" with "mi"); their length tells most of
                // them apart. Letters are counted as scanWord folds them (marks are no letters).
                int length = 0;
                int end = i;
                while (end < n && (units[s[end].unicode()] & (UnitLetter | UnitMark))) {
                    length += units[s[end].unicode()] & UnitLetter ? 1 : 0;
                    ++end;
                }
                if (!(d->pairLengths[size_t(f) * 128 + (next | 0x20)] & (1u << qMin(length, 31)))) {
                    i = end;
                    continue;
                }
            }
        } else if (candidate) {
            const char16_t f = fold(c);
            candidate = f >= 0x80 || d->firstLetter[f];
        }
        if (!candidate) {
            // Not a word that can start a date: skip the rest of it. No position inside a word
            // starts anything (each follows a letter), and a digit ends the skip ("A320").
            ++i;
            while (i < n && (units[s[i].unicode()] & (UnitLetter | UnitMark)))
                ++i;
            continue;
        }
        int wordEnd = i;
        const WordEntry *entry = d->scanWord(s, n, i, &wordEnd);
        if (entry) {
            const int end = d->tryWord(scan, i, wordEnd, entry);
            if (end > i) {
                i = end;
                continue;
            }
        }
        i = wordEnd > i ? wordEnd : i + 1;
    }
    d->joinRanges(scan);
    return found;
}

} // namespace FactDesk
