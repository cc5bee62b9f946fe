#pragma once

#include "figures/figure.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace FactDesk {

enum class ReviewStatus {
    Pending,
    Confirmed,
    Corrected,
    Rejected,
};

enum class RejectReason {
    None,
    NotAFigure,
    ProductName,
    Duplicate,
    WrongReading,
    Other,
};

enum class FactOrigin {
    Extracted,
    Manual,
};

/**
 * A figure under review. The figure is what the extractor (or the analyst, for
 * a manual fact) read; the correction is what the editor says it should be.
 * quote, prefix() and suffix() anchor the fact in the text the way a W3C
 * TextQuoteSelector does, so it can be found again if the article changes.
 */
struct Fact {
    qint64 id = 0; ///< assigned by the Project; stable for the life of the project
    qint64 articleId = 0;
    /**
     * The stored row's version, one more at each write: a write names the
     * version it saw and is refused when someone else wrote in between
     * (ProjectStore::updateFact). 1 for a new fact.
     */
    qint64 version = 1;
    Figure figure;
    FactOrigin origin = FactOrigin::Extracted;

    ReviewStatus status = ReviewStatus::Pending;
    QString correctedValue; ///< set when status is Corrected
    QString correctedUnit;
    FigureKind correctedKind = FigureKind::Number;
    RejectReason rejectReason = RejectReason::None;
    QString note;
    QString editor;
    QDateTime reviewedAt; ///< UTC

    QString quote; ///< the figure as written in the text it was anchored in

    /// The 32 characters (at most) before the quote in the text it was anchored in.
    QString prefix() const;
    /// The 32 characters (at most) after the quote in the text it was anchored in.
    QString suffix() const;
    /**
     * Gives the fact a prefix and suffix of its own: those of a text the
     * article no longer has (a quote that disappeared), or as stored.
     */
    void setContext(const QString &prefix, const QString &suffix);

    bool isVerified() const { return status == ReviewStatus::Confirmed || status == ReviewStatus::Corrected; }
    QString finalValue() const { return status == ReviewStatus::Corrected ? correctedValue : figure.value; }
    QString finalUnit() const { return status == ReviewStatus::Corrected ? correctedUnit : figure.unit; }
    FigureKind finalKind() const { return status == ReviewStatus::Corrected ? correctedKind : figure.kind; }

    /// True when the review state (not the anchoring) differs.
    bool sameReview(const Fact &other) const;

    /**
     * Sets quote, prefix and suffix from the article text (32 characters each
     * side). The prefix and suffix are read from text when asked: the fact
     * shares the text (implicitly, as QString copies do) instead of holding
     * two copies of its own, a third of the memory of a large project.
     */
    void anchorIn(const QString &text);
    /// Whether anchorIn(text) would give the quote, prefix and suffix the fact has (without copying them).
    bool isAnchoredIn(const QString &text) const;

private:
    // Where prefix() and suffix() are read: the text anchorIn() was given, or
    // setContext()'s prefix and suffix end to end.
    QString m_context;
    int m_prefixStart = 0;
    int m_prefixEnd = 0;
    int m_suffixStart = 0;
    int m_suffixEnd = 0;
};

QString toString(ReviewStatus status);
QString toString(RejectReason reason);
QString toString(FactOrigin origin);
bool fromString(const QString &text, ReviewStatus *status);
bool fromString(const QString &text, RejectReason *reason);
bool fromString(const QString &text, FactOrigin *origin);

} // namespace FactDesk

// Only QStrings, a QDateTime and plain values: a QVector of facts grows by
// moving bytes (realloc) instead of moving each of their fourteen strings.
Q_DECLARE_TYPEINFO(FactDesk::Fact, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(FactDesk::Fact)
