#pragma once

#include <QString>

namespace FactDesk {

/// A language and how sure the detector is (0 = no evidence, 1 = only one language seen).
struct LanguageGuess
{
    QString language;
    double confidence = 0.0;
};

/**
 * Tells French from English with a small, fast scorer: it counts function
 * words ("le", "les", "dans", "qui"… against "the", "of", "with", "which"…),
 * French elisions ("l'", "d'", "qu'"), French diacritics and number
 * typography (a decimal comma, a space before "%" or ":", against a decimal
 * point), over the first sampleLength characters.
 *
 * When there is no evidence (too few words, or a tie) the answer is
 * fallbackLanguage() with confidence 0: English number reading is the safer
 * default for texts with no words at all, and callers can override it.
 */
class LanguageDetector
{
public:
    static constexpr int sampleLength = 20000;

    static LanguageGuess detect(const QString &text);
    static QString fallbackLanguage() { return QStringLiteral("en"); }
};

} // namespace FactDesk
