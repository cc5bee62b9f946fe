#include "languagedetector.h"

#include "wordset_p.h"

#include <QSet>
#include <QStringList>

#include <cmath>

namespace FactDesk {

namespace {

// Words frequent in one language and rare in the other. Ambiguous ones
// ("a", "on", "an", "plus", "or") are left out on purpose.
const QSet<QString> &frenchWords()
{
    static const QSet<QString> words = wordSet(
        QStringLiteral("le la les des du au aux un une est sont dans pour qui que et sur par pas "
                       "ne avec ce cette ces il elle ils elles nous vous leur leurs mais où son sa "
                       "ses selon aussi entre après très déjà être ont était sera sans chez depuis "
                       "dont cet notre nos été fait comme mois ans année milliards millions contre"));
    return words;
}

const QSet<QString> &englishWords()
{
    static const QSet<QString> words
        = wordSet(QStringLiteral("the of and is in to that with for are was were it this by from be has have "
                                 "as at not which its but their will would been they he she we you who than "
                                 "also after over into about more said says year years billion million "
                                 "what when there had could should"));
    return words;
}

bool isFrenchDiacritic(QChar c)
{
    switch (c.toLower().unicode()) {
    case 0x00E0: // à
    case 0x00E2: // â
    case 0x00E7: // ç
    case 0x00E8: // è
    case 0x00E9: // é
    case 0x00EA: // ê
    case 0x00EB: // ë
    case 0x00EE: // î
    case 0x00EF: // ï
    case 0x00F4: // ô
    case 0x00F9: // ù
    case 0x00FB: // û
    case 0x0153: // œ
        return true;
    default:
        return false;
    }
}

bool isTypographicSpace(QChar c)
{
    return c == QLatin1Char(' ') || c.unicode() == 0x00A0 || c.unicode() == 0x202F;
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c.unicode() == 0x2019;
}

bool isFrenchElision(const QString &word)
{
    return word == QLatin1String("l") || word == QLatin1String("d") || word == QLatin1String("qu")
        || word == QLatin1String("n") || word == QLatin1String("j") || word == QLatin1String("c")
        || word == QLatin1String("s");
}

} // namespace

LanguageGuess LanguageDetector::detect(const QString &text)
{
    const QSet<QString> &french = frenchWords();
    const QSet<QString> &english = englishWords();
    const qsizetype length = std::min<qsizetype>(text.size(), sampleLength);

    double frenchScore = 0;
    double englishScore = 0;
    qsizetype diacritics = 0;
    QString word;
    word.reserve(32);
    auto countWord = [&](bool followedByApostrophe) {
        if (word.isEmpty())
            return;
        if (followedByApostrophe && isFrenchElision(word))
            frenchScore += 1;
        else if (french.contains(word))
            frenchScore += 1;
        else if (english.contains(word))
            englishScore += 1;
        word.clear();
    };
    auto digitsFrom = [&](qsizetype from) {
        qsizetype end = from;
        while (end < length && text.at(end).isDigit())
            ++end;
        return end - from;
    };
    for (qsizetype i = 0; i < length; ++i) {
        const QChar c = text.at(i);
        // Number typography tells short texts apart: "4,2" and "5 %" or "prix :"
        // are French, "4.2" English. Three digits after the mark are thousands
        // in the other language ("1,200", "1.200"), so they say nothing.
        if ((c == QLatin1Char(',') || c == QLatin1Char('.')) && i > 0 && text.at(i - 1).isDigit()) {
            const qsizetype decimals = digitsFrom(i + 1);
            if (decimals > 0 && decimals != 3) {
                if (c == QLatin1Char(','))
                    frenchScore += 1;
                else
                    englishScore += 0.5; // version names ("GPT-4.5") turn up in French too
            }
        } else if ((c == QLatin1Char('%') || c == QLatin1Char(':') || c == QLatin1Char(';')
                       || c == QLatin1Char('?') || c == QLatin1Char('!'))
            && i > 1 && isTypographicSpace(text.at(i - 1)) && !text.at(i - 2).isSpace()) {
            frenchScore += 0.5;
        }
        if (c.isLetter()) {
            if (isFrenchDiacritic(c))
                ++diacritics;
            if (word.size() < 32)
                word += c.toLower();
            continue;
        }
        const bool elision = isApostrophe(c) && i + 1 < length && text.at(i + 1).isLetter();
        countWord(elision);
    }
    countWord(false);

    // Diacritics support French, but names ("Société Générale") appear in
    // English articles too, so they weigh a quarter of a word.
    frenchScore += 0.25 * double(diacritics);
    const double total = frenchScore + englishScore;
    if (total < 2 || frenchScore == englishScore)
        return { fallbackLanguage(), 0.0 };
    const double confidence = std::fabs(frenchScore - englishScore) / total;
    return { frenchScore > englishScore ? QStringLiteral("fr") : QStringLiteral("en"), confidence };
}

} // namespace FactDesk
