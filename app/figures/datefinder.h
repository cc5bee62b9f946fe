#pragma once

#include "figure.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <memory>

namespace FactDesk {

class Lexicon;
class DateFinderPrivate;

/**
 * Finds dates in a text: ISO and slashed dates, "le mardi 28 octobre",
 * "28 octobre 2025", "Oct. 28, 2025", "depuis 2019", "en février 2024",
 * "Q3 2024". Each becomes a Figure of kind Date whose value is an ISO 8601
 * prefix and whose unit is the granularity (day, month, quarter, year).
 * Partial dates are completed from the anchor (the article's date).
 */
class DateFinder
{
public:
    explicit DateFinder(const Lexicon &lexicon);
    ~DateFinder();
    DateFinder(DateFinder &&) noexcept;
    DateFinder &operator=(DateFinder &&) noexcept;

    /// The dates in text, sorted by start, not overlapping.
    QVector<Figure> find(const QString &text, const QDate &anchor = QDate()) const;

private:
    std::unique_ptr<DateFinderPrivate> d;
};

} // namespace FactDesk
