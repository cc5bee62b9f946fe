#include "fact.h"

#include "enumnames_p.h"

namespace FactDesk {

namespace {
constexpr int anchorContext = 32;
constexpr std::array<const char *, 4> statusNames = {"pending", "confirmed", "corrected", "rejected"};
constexpr std::array<const char *, 6> reasonNames = {"", "not_a_figure", "product_name", "duplicate", "wrong_reading", "other"};
constexpr std::array<const char *, 2> originNames = {"extracted", "manual"};

} // namespace

bool Fact::sameReview(const Fact &other) const
{
    return status == other.status && correctedValue == other.correctedValue && correctedUnit == other.correctedUnit
        && correctedKind == other.correctedKind && rejectReason == other.rejectReason && note == other.note
        && figure == other.figure;
}

namespace {

/// Where anchorIn() takes the prefix, quote and suffix of a figure from in a text.
struct AnchorRanges
{
    QStringView prefix, quote, suffix;
};

AnchorRanges anchorRanges(const Figure &figure, const QString &text)
{
    const int start = qBound(0, figure.start, int(text.size()));
    const int end = qBound(start, figure.end, int(text.size()));
    const int prefixStart = qMax(0, start - anchorContext);
    const QStringView view(text);
    return { view.mid(prefixStart, start - prefixStart), view.mid(start, end - start),
        view.mid(end, qMin(anchorContext, int(text.size()) - end)) };
}

} // namespace

void Fact::anchorIn(const QString &text)
{
    const AnchorRanges ranges = anchorRanges(figure, text);
    quote = ranges.quote.toString();
    prefix = ranges.prefix.toString();
    suffix = ranges.suffix.toString();
}

bool Fact::isAnchoredIn(const QString &text) const
{
    const AnchorRanges ranges = anchorRanges(figure, text);
    return ranges.quote == quote && ranges.prefix == prefix && ranges.suffix == suffix;
}

QString toString(ReviewStatus status)
{
    return enumName(statusNames, status);
}

QString toString(RejectReason reason)
{
    return enumName(reasonNames, reason);
}

QString toString(FactOrigin origin)
{
    return enumName(originNames, origin);
}

bool fromString(const QString &text, ReviewStatus *status)
{
    return enumFromName(text, statusNames, status);
}

bool fromString(const QString &text, RejectReason *reason)
{
    return enumFromName(text, reasonNames, reason);
}

bool fromString(const QString &text, FactOrigin *origin)
{
    return enumFromName(text, originNames, origin);
}

} // namespace FactDesk
