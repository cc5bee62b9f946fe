#pragma once

#include "figure.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace FactDesk {

class Lexicon;
class ExtractorPrivate;

/**
 * Finds the figures in a text written in one language.
 *
 * The language decides how numbers are read (French "4,2" and "1 000", English
 * "4.2" and "1,000"; French "billion" is 10^12, English 10^9), never the
 * interface's locale. Dates are resolved against the anchor, the article's
 * publication date, when it is valid.
 *
 * An Extractor is immutable after construction and may be shared by threads.
 */
class Extractor
{
public:
    /// Whether dates written without a digit ("mardi", "last year", "the third quarter") are
    /// figures of their own. Either way they give the figures of their sentence their asOf.
    enum class TimeWords {
        AsOfOnly, ///< not figures: they hold no digit to check
        AsFigures, ///< also printed as dates, as `factdesk-cli extract --time-words` does
    };

    explicit Extractor(const QString &language);
    explicit Extractor(const Lexicon &lexicon);
    ~Extractor();
    Extractor(Extractor &&) noexcept;
    Extractor &operator=(Extractor &&) noexcept;

    QString language() const;

    /// Every figure in text, sorted by start, not overlapping, each with the asOf its sentence gives.
    QVector<Figure> extract(
        const QString &text, const QDate &anchor = QDate(), TimeWords timeWords = TimeWords::AsOfOnly) const;

    /**
     * Reads a snippet as a single figure: what the analyst typed as a correction
     * ("4,2", "4.2", "13 milliards", "13 000 000 000", "$13bn") or selected in the
     * text for "Add figure". Returns nothing when the snippet holds no number.
     */
    std::optional<Figure> readValue(const QString &snippet, const QDate &anchor = QDate()) const;

private:
    std::unique_ptr<ExtractorPrivate> d;
};

} // namespace FactDesk
