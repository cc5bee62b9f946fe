#include "figurelexicon.h"

#include "figure.h"
#include "lexicon.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace FactDesk {

namespace {
void insertWords(PhraseTable &table, const QJsonValue &words, int payload = 0)
{
    const QJsonArray array = words.toArray();
    for (const QJsonValue &word : array)
        table.insert(word.toString(), payload);
}

void insertNumbers(PhraseTable &table, const QJsonValue &map)
{
    const QJsonObject object = map.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        table.insert(it.key(), it.value().toInt());
}

void insertCodes(PhraseTable &table, const QJsonValue &map, QStringList &codes)
{
    const QJsonObject object = map.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("comment"))
            continue;
        const QString code = it.value().toString();
        qsizetype index = codes.indexOf(code);
        if (index < 0) {
            index = codes.size();
            codes.append(code);
        }
        table.insert(it.key(), int(index));
    }
}
} // namespace

FigureLexicon::FigureLexicon(const Lexicon &lexicon)
{
    const QJsonObject data = lexicon.data();
    language = lexicon.language();

    const QJsonObject numbers = data.value(QLatin1String("numbers")).toObject();
    const QString decimal = numbers.value(QLatin1String("decimalSeparator")).toString();
    if (!decimal.isEmpty())
        decimalSeparator = decimal.front();
    const QJsonArray groups = numbers.value(QLatin1String("groupSeparators")).toArray();
    for (const QJsonValue &group : groups)
        groupSeparators.append(group.toString());
    // Where the comma is the decimal mark, a dot followed by three digits groups thousands.
    dotGroupsThousands = decimalSeparator == QLatin1Char(',');
    insertNumbers(numberWords, numbers.value(QLatin1String("words")));
    insertWords(halfWords, numbers.value(QLatin1String("halfWords")));
    insertWords(ordinalSuffixes, numbers.value(QLatin1String("ordinalSuffixes")));
    insertWords(timeSuffixes, numbers.value(QLatin1String("timeSuffixes")));
    insertWords(hourWords, numbers.value(QLatin1String("hourWords")));
    insertWords(timeLeads, numbers.value(QLatin1String("timeLeads")));

    insertNumbers(scales, data.value(QLatin1String("scales")));
    insertNumbers(moneyScales, data.value(QLatin1String("moneyScales")));
    insertCodes(currencies, data.value(QLatin1String("currencies")), currencyCodes);
    insertCodes(currencyPrefixes, data.value(QLatin1String("currencyPrefixes")), currencyCodes);
    insertCodes(currencySubunits, data.value(QLatin1String("currencySubunits")), currencyCodes);
    insertCodes(currencySubunitSymbols, data.value(QLatin1String("currencySubunitSymbols")), currencyCodes);
    const QJsonArray yuan = data.value(QLatin1String("yuanWords")).toArray();
    for (const QJsonValue &word : yuan)
        yuanWords.append(word.toString());

    const QJsonObject percentWords = data.value(QLatin1String("percent")).toObject();
    for (auto it = percentWords.begin(); it != percentWords.end(); ++it) {
        const QString unit = it.value().toString();
        percent.insert(it.key(), unit == QLatin1String("pp") ? 1 : unit == QLatin1String("bp") ? 2 : 0);
    }
    insertWords(multipliers, data.value(QLatin1String("multipliers")));
    insertWords(multiplierPrefixes, data.value(QLatin1String("multiplierPrefixes")));
    insertWords(multiplierLeads, data.value(QLatin1String("multiplierLeads")));
    readUnitModel(
        data.value(QLatin1String("units")).toArray(), data.value(QLatin1String("unitModel")).toObject());
    insertWords(countNouns, data.value(QLatin1String("countNouns")));
    insertWords(adjectivesBeforeNoun, data.value(QLatin1String("adjectivesBeforeNoun")));
    insertWords(connectors, data.value(QLatin1String("connectors")));
    insertWords(notFigurePrefixes, data.value(QLatin1String("notFigurePrefixes")));
    insertWords(modelNames, data.value(QLatin1String("modelNames")));
    insertWords(numberedNouns, data.value(QLatin1String("numberedNouns")));
    insertWords(countPartLinks, data.value(QLatin1String("countPartLinks")));
    insertWords(modelVariants, data.value(QLatin1String("modelVariants")));
    insertWords(particleVerbs, data.value(QLatin1String("particleVerbs")));
    const QJsonObject dateWords = data.value(QLatin1String("dates")).toObject();
    insertWords(periodWords, dateWords.value(QLatin1String("quarterWords")));
    insertWords(periodWords, dateWords.value(QLatin1String("halfWords")));
    insertWords(comparisonLeads, data.value(QLatin1String("comparisonLeads")));
    insertWords(comparisonFollowers, data.value(QLatin1String("comparisonFollowers")));
    insertWords(hyphenLabels, data.value(QLatin1String("hyphenLabels")));
    for (const QString &word : clauseWordsOf(lexicon)) {
        clauseWords.insert(word, 0);
        const QString lower = word.toLower();
        const char16_t first = lower.isEmpty() ? char16_t(0) : clauseKey(lower.at(0).unicode());
        if (first == 0) {
            clauseWordStartsBeyondAscii = !lower.isEmpty();
            continue;
        }
        // A second character other than an ASCII letter (a space, an apostrophe, "ù") may be
        // written in several ways: every second character is let through.
        const char16_t second = lower.size() > 1 ? lower.at(1).unicode() : char16_t(0);
        const bool anySecond = !(second >= u'a' && second <= u'z');
        for (char16_t c = 0; c < 128; ++c) {
            if (anySecond || c == second) {
                const unsigned bit = unsigned(first) * 128 + c;
                clauseWordPairs[bit >> 6] |= quint64(1) << (bit & 63);
            }
        }
    }
    insertWords(notFigureTokens, data.value(QLatin1String("notFigureTokens")));

    const QJsonObject modifierWords = data.value(QLatin1String("modifiers")).toObject();
    for (auto it = modifierWords.begin(); it != modifierWords.end(); ++it) {
        Modifier modifier;
        if (fromString(it.key(), &modifier))
            insertWords(modifiers, it.value(), int(modifier));
    }

    const QJsonObject ranges = data.value(QLatin1String("ranges")).toObject();
    const QJsonArray joiners = ranges.value(QLatin1String("joiners")).toArray();
    for (const QJsonValue &joiner : joiners)
        joinerId(joiner.toString(), true);
    insertWords(changeVerbs, ranges.value(QLatin1String("changeVerbs")));
    const QJsonArray pairs = ranges.value(QLatin1String("pairs")).toArray();
    for (const QJsonValue &pair : pairs) {
        const QJsonArray words = pair.toArray();
        if (words.size() == 2)
            rangeOpeners.insert(words.at(0).toString(), joinerId(words.at(1).toString(), false));
    }
    for (int id = 0; id < m_joiners.size(); ++id)
        rangeJoiners.insert(m_joiners.at(id), id);

    const QJsonArray points = data.value(QLatin1String("percentPoints")).toArray();
    for (const QJsonValue &point : points)
        percentPointUnits.append(point.toString().toLower());
    const QJsonObject pointsContext = data.value(QLatin1String("pointsContext")).toObject();
    insertWords(rateWords, pointsContext.value(QLatin1String("rateWords")));
    insertWords(indexWords, pointsContext.value(QLatin1String("indexWords")));
    const QJsonObject fractionData = data.value(QLatin1String("fractions")).toObject();
    insertWords(fractionWords, fractionData.value(QLatin1String("words")));
    auto insertFractions = [this](PhraseTable &table, const QJsonValue &map) {
        const QJsonObject object = map.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            table.insert(it.key(), int(fractionValues.size()));
            fractionValues.append(it.value().toString());
        }
    };
    insertFractions(fractions, fractionData.value(QLatin1String("phrases")));
    insertFractions(fractionsBeforeOf, fractionData.value(QLatin1String("phrasesBeforeOf")));
    insertWords(fractionPointTails, fractionData.value(QLatin1String("pointTails")));
    insertNumbers(multiplierWords, data.value(QLatin1String("multiplierWords")));
    const QJsonObject ratios = data.value(QLatin1String("ratios")).toObject();
    insertWords(ratioJoiners, ratios.value(QLatin1String("joiners")));
    insertNumbers(ratioDenominators, ratios.value(QLatin1String("denominators")));
    ratioWordsBetween = ratios.value(QLatin1String("wordsBetween")).toInt();
    const QJsonObject countGrammar = data.value(QLatin1String("countGrammar")).toObject();
    const QJsonArray endings = countGrammar.value(QLatin1String("pluralEndings")).toArray();
    for (const QJsonValue &ending : endings)
        pluralEndings.append(ending.toString());
    insertWords(irregularPlurals, countGrammar.value(QLatin1String("irregularPlurals")));
    insertWords(notNouns, countGrammar.value(QLatin1String("notNouns")));
    insertWords(complementLinks, countGrammar.value(QLatin1String("complementLinks")));
    insertWords(nounFirstLinks, countGrammar.value(QLatin1String("nounFirstLinks")));
    insertWords(subjectVerbs, countGrammar.value(QLatin1String("subjectVerbs")));
    insertWords(subjectLinks, countGrammar.value(QLatin1String("subjectLinks")));
    insertWords(pluralDeterminers, countGrammar.value(QLatin1String("pluralDeterminers")));
    modifiersBeforeHead = countGrammar.value(QLatin1String("modifiersBeforeHead")).toInt();
    scaleNounNeedsLink = countGrammar.value(QLatin1String("scaleNounNeedsLink")).toBool();

    // The scanner skips every character that cannot start a figure with one look-up.
    for (char16_t c = u'0'; c <= u'9'; ++c)
        startsFigure[c] = true;
    // "illi" of million/milliard/billion, "fois", "times".
    startsFigure[u'l'] = startsFigure[u'f'] = startsFigure[u't'] = true;
    // Where a sentence may end: the scanner notes sentence ends on its way (FigureScanner::sentenceBreaks).
    startsFigure[u'.'] = startsFigure[u'!'] = startsFigure[u'?'] = startsFigure[u';'] = startsFigure[u'\n'] = true;
    auto markFirstLetters = [this](const QJsonValue &words) {
        const QJsonArray array
            = words.isObject() ? QJsonArray::fromStringList(words.toObject().keys()) : words.toArray();
        for (const QJsonValue &word : array) {
            const QString text = word.toString();
            if (text.isEmpty() || text.at(0).unicode() >= 128)
                continue;
            startsFigure[text.at(0).toLower().unicode()] = true;
            startsFigure[text.at(0).toUpper().unicode()] = true;
            // The first three letters ("moi", "thi"), so that "the" and "that" are not looked up.
            char16_t letters[3];
            for (int k = 0; k < 3; ++k) {
                const char16_t u = k < text.size() ? text.at(k).unicode() : char16_t(0);
                letters[k] = u < 128 && u != 0 ? char16_t(u | 0x20) : char16_t(0xFFFF);
            }
            quint16 &pair
                = wordFigurePairs[size_t(letters[0]) * 128 + (letters[1] == 0xFFFF ? 0 : letters[1])];
            if (pair == 0) {
                wordFigureThirds.append(ThirdLetters());
                pair = quint16(wordFigureThirds.size());
            }
            ThirdLetters &thirds = wordFigureThirds[pair - 1];
            if (letters[2] == 0xFFFF)
                thirds.any = true;
            else
                thirds.ascii[letters[2] >> 6] |= quint64(1) << (letters[2] & 63);
        }
    };
    markFirstLetters(fractionData.value(QLatin1String("words")));
    markFirstLetters(data.value(QLatin1String("multiplierWords")));
    markFirstLetters(ratios.value(QLatin1String("denominators")));
}

/**
 * The units table: every written unit of the lexicon and of its names, and every SI prefix on
 * every SI symbol, each with the index of its canonical unit in canonicalUnits. Resolved here,
 * once, so that reading a unit in a text costs one look-up.
 */
void FigureLexicon::readUnitModel(const QJsonArray &written, const QJsonObject &model)
{
    QHash<QString, QString> names; // short forms as written, longer ones in lower case
    const auto key = [](const QString &unit) { return unit.size() <= 3 ? unit : unit.toLower(); };
    const QJsonObject nameObject = model.value(QLatin1String("names")).toObject();
    for (auto it = nameObject.begin(); it != nameObject.end(); ++it)
        names.insert(key(it.key()), it.value().toString());
    QHash<QString, int> prefixes;
    const QJsonObject prefixObject = model.value(QLatin1String("siPrefixes")).toObject();
    for (auto it = prefixObject.begin(); it != prefixObject.end(); ++it)
        prefixes.insert(it.key(), it.value().toInt());
    QStringList symbols;
    for (const QJsonValue &symbol : model.value(QLatin1String("siSymbols")).toArray())
        symbols.append(symbol.toString());
    QStringList scaled;
    for (const QJsonValue &symbol : model.value(QLatin1String("scaledSymbols")).toArray())
        scaled.append(symbol.toString());

    QHash<QString, int> indexes; // "t:6" -> index in canonicalUnits
    const auto canonicalIndex = [&](const QString &unit) {
        CanonicalUnit canonical { names.value(key(unit), unit), 0 };
        // "Mt" is a scale of t: 2,5 Mt is 2 500 000 t.
        for (const QString &symbol : std::as_const(scaled)) {
            const QString &name = canonical.unit;
            if (name.size() > symbol.size() && name.endsWith(symbol)
                && prefixes.contains(name.left(name.size() - symbol.size()))) {
                canonical.exponent = prefixes.value(name.left(name.size() - symbol.size()));
                canonical.unit = symbol;
                break;
            }
        }
        const QString id = canonical.unit + QLatin1Char(':') + QString::number(canonical.exponent);
        auto found = indexes.find(id);
        if (found == indexes.end()) {
            found = indexes.insert(id, int(canonicalUnits.size()));
            canonicalUnits.append(canonical);
        }
        return found.value();
    };
    QSet<QString> inserted;
    const auto insertUnit = [&](const QString &unit) {
        if (unit.isEmpty() || inserted.contains(unit))
            return;
        inserted.insert(unit);
        units.insert(unit, canonicalIndex(unit));
    };
    for (const QJsonValue &unit : written)
        insertUnit(unit.toString());
    for (auto it = nameObject.begin(); it != nameObject.end(); ++it)
        insertUnit(it.key());
    for (const QString &symbol : std::as_const(symbols)) {
        insertUnit(symbol);
        for (auto it = prefixes.cbegin(); it != prefixes.cend(); ++it)
            insertUnit(it.key() + symbol);
    }
}

int FigureLexicon::joinerId(const QString &joiner, bool standsAlone)
{
    qsizetype id = m_joiners.indexOf(joiner);
    if (id < 0) {
        id = m_joiners.size();
        m_joiners.append(joiner);
        joinerStandsAlone.append(standsAlone);
    } else if (standsAlone) {
        joinerStandsAlone[id] = true;
    }
    return int(id);
}

QStringList FigureLexicon::clauseWordsOf(const Lexicon &lexicon)
{
    QStringList words;
    const QJsonObject section = lexicon.data().value(QLatin1String("clauseWords")).toObject();
    for (const QJsonValue &word : section.value(QLatin1String("words")).toArray())
        words.append(word.toString());
    return words;
}

} // namespace FactDesk
