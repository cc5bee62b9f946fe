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

/// Where anchorIn() takes the prefix [prefixStart, start), quote [start, end) and suffix [end, suffixEnd)
/// from in a text.
struct AnchorBounds
{
    int prefixStart, start, end, suffixEnd;
};

AnchorBounds anchorBounds(const Figure &figure, const QString &text)
{
    const int size = int(text.size());
    const int start = qBound(0, figure.start, size);
    const int end = qBound(start, figure.end, size);
    return { qMax(0, start - anchorContext), start, end, qMin(size, end + anchorContext) };
}

QStringView slice(const QString &text, int from, int to)
{
    return QStringView(text).mid(from, to - from);
}

} // namespace

QString Fact::prefix() const
{
    return slice(m_context, m_prefixStart, m_prefixEnd).toString();
}

QString Fact::suffix() const
{
    return slice(m_context, m_suffixStart, m_suffixEnd).toString();
}

void Fact::setContext(const QString &prefix, const QString &suffix)
{
    m_context = prefix + suffix;
    m_prefixStart = 0;
    m_prefixEnd = int(prefix.size());
    m_suffixStart = m_prefixEnd;
    m_suffixEnd = int(m_context.size());
}

void Fact::anchorIn(const QString &text)
{
    const AnchorBounds bounds = anchorBounds(figure, text);
    quote = slice(text, bounds.start, bounds.end).toString();
    m_context = text;
    m_prefixStart = bounds.prefixStart;
    m_prefixEnd = bounds.start;
    m_suffixStart = bounds.end;
    m_suffixEnd = bounds.suffixEnd;
}

bool Fact::isAnchoredIn(const QString &text) const
{
    const AnchorBounds bounds = anchorBounds(figure, text);
    return slice(text, bounds.start, bounds.end) == quote
        && slice(text, bounds.prefixStart, bounds.start) == slice(m_context, m_prefixStart, m_prefixEnd)
        && slice(text, bounds.end, bounds.suffixEnd) == slice(m_context, m_suffixStart, m_suffixEnd);
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
