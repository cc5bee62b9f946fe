#include "decimaltext.h"

namespace FactDesk {
namespace DecimalText {

QString compose(const QString &intDigits, const QString &fracDigits, int exponent, bool negative)
{
    // Most figures are plain integers: share the digits, allocate nothing.
    if (fracDigits.isEmpty() && exponent == 0 && !negative && !intDigits.isEmpty()
        && (intDigits.size() == 1 || intDigits.front() != QLatin1Char('0')))
        return intDigits;
    QString all = intDigits + fracDigits;
    qsizetype point = intDigits.size() + exponent;
    if (point < 0) {
        all.prepend(QString(-point, QLatin1Char('0')));
        point = 0;
    }
    if (point > all.size())
        all.append(QString(point - all.size(), QLatin1Char('0')));
    QString whole = all.left(point);
    QString fraction = all.mid(point);
    qsizetype firstSignificant = 0;
    while (firstSignificant < whole.size() - 1 && whole.at(firstSignificant) == QLatin1Char('0'))
        ++firstSignificant;
    whole = whole.mid(firstSignificant);
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    qsizetype fractionEnd = fraction.size();
    while (fractionEnd > 0 && fraction.at(fractionEnd - 1) == QLatin1Char('0'))
        --fractionEnd;
    fraction.truncate(fractionEnd);
    QString result = fraction.isEmpty() ? whole : whole + QLatin1Char('.') + fraction;
    if (negative && result != QLatin1String("0"))
        result.prepend(QLatin1Char('-'));
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
