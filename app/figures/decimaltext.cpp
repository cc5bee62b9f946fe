#include "decimaltext.h"

namespace FactDesk {
namespace DecimalText {

QString compose(const QString &intDigits, const QString &fracDigits, int exponent, bool negative)
{
    // Most figures are plain integers: share the digits, allocate nothing.
    if (fracDigits.isEmpty() && exponent == 0 && !negative && !intDigits.isEmpty()
        && (intDigits.size() == 1 || intDigits.front() != QLatin1Char('0')))
        return intDigits;
    // The digits int+frac, read through a window shifted by the exponent: positions outside
    // them are zeros. One allocation for the result, none for the steps.
    const qsizetype intSize = intDigits.size();
    const qsizetype total = intSize + fracDigits.size();
    const qsizetype point = intSize + exponent;
    auto digitAt = [&](qsizetype k) -> QChar {
        if (k < 0 || k >= total)
            return QLatin1Char('0');
        return k < intSize ? intDigits.at(k) : fracDigits.at(k - intSize);
    };
    qsizetype wholeStart = 0;
    while (wholeStart < point - 1 && digitAt(wholeStart) == QLatin1Char('0'))
        ++wholeStart;
    qsizetype fractionEnd = total;
    while (fractionEnd > point && digitAt(fractionEnd - 1) == QLatin1Char('0'))
        --fractionEnd;
    const bool wholeIsZero
        = point <= 0 || (point - wholeStart == 1 && digitAt(wholeStart) == QLatin1Char('0'));
    const bool hasFraction = fractionEnd > point;
    // Sized once and written in place: QString::append(QChar) is a call per digit.
    const bool signWritten = negative && (!wholeIsZero || hasFraction);
    const qsizetype wholeSize = point <= 0 ? 1 : point - wholeStart;
    const qsizetype size = (signWritten ? 1 : 0) + wholeSize + (hasFraction ? 1 + fractionEnd - point : 0);
    QString result(size, Qt::Uninitialized);
    QChar *out = result.data();
    if (signWritten)
        *out++ = QLatin1Char('-');
    if (point <= 0) {
        *out++ = QLatin1Char('0');
    } else {
        for (qsizetype k = wholeStart; k < point; ++k)
            *out++ = digitAt(k);
    }
    if (hasFraction) {
        *out++ = QLatin1Char('.');
        for (qsizetype k = point; k < fractionEnd; ++k)
            *out++ = digitAt(k);
    }
    return result;
}

namespace {
int compareMagnitudes(QStringView a, QStringView b)
{
    const qsizetype pointA = a.indexOf(QLatin1Char('.'));
    const qsizetype pointB = b.indexOf(QLatin1Char('.'));
    const QStringView wholeA = pointA < 0 ? a : a.left(pointA);
    const QStringView wholeB = pointB < 0 ? b : b.left(pointB);
    if (wholeA.size() != wholeB.size())
        return wholeA.size() < wholeB.size() ? -1 : 1;
    if (const int c = wholeA.compare(wholeB); c != 0)
        return c < 0 ? -1 : 1;
    const QStringView fracA = pointA < 0 ? QStringView() : a.mid(pointA + 1);
    const QStringView fracB = pointB < 0 ? QStringView() : b.mid(pointB + 1);
    const qsizetype common = qMin(fracA.size(), fracB.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (fracA[i] != fracB[i])
            return fracA[i] < fracB[i] ? -1 : 1;
    }
    if (fracA.size() == fracB.size())
        return 0;
    return fracA.size() < fracB.size() ? -1 : 1;
}
} // namespace

int compare(const QString &a, const QString &b)
{
    const bool negativeA = a.startsWith(QLatin1Char('-'));
    const bool negativeB = b.startsWith(QLatin1Char('-'));
    if (negativeA != negativeB)
        return negativeA ? -1 : 1;
    const int magnitude
        = compareMagnitudes(QStringView(a).mid(negativeA ? 1 : 0), QStringView(b).mid(negativeB ? 1 : 0));
    return negativeA ? -magnitude : magnitude;
}

bool isCanonical(const QString &value)
{
    QStringView rest(value);
    if (rest.startsWith(QLatin1Char('-')))
        rest = rest.mid(1);
    const qsizetype point = rest.indexOf(QLatin1Char('.'));
    const QStringView whole = point < 0 ? rest : rest.left(point);
    if (whole.isEmpty() || (whole.size() > 1 && whole.front() == QLatin1Char('0')))
        return false;
    for (const QChar c : whole) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    if (point < 0)
        return true;
    const QStringView fraction = rest.mid(point + 1);
    if (fraction.isEmpty() || fraction.back() == QLatin1Char('0'))
        return false;
    for (const QChar c : fraction) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace DecimalText
} // namespace FactDesk
