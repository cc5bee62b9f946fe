#pragma once

#include <QString>

namespace FactDesk {

/**
 * Exact decimal arithmetic on digit strings, so that "1,2 million" becomes
 * "1200000" and a 400-digit number stays exact: figures never go through a
 * double.
 */
namespace DecimalText {

/// intDigits.fracDigits × 10^exponent as a canonical decimal ("13000000000", "4.2", "-3", "0.5").
QString compose(const QString &intDigits, const QString &fracDigits, int exponent, bool negative);
/// <0, 0, >0 like strcmp, for canonical decimals as compose() writes them.
int compare(const QString &a, const QString &b);
/// True for a canonical decimal: optional "-", digits without useless leading zeros, optional ".digits".
bool isCanonical(const QString &value);

} // namespace DecimalText

} // namespace FactDesk
