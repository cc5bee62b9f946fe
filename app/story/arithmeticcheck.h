#pragma once

#include <QString>
#include <QVector>

namespace FactDesk {

/// The arithmetic that ties figures of one sentence together.
enum class CheckRule
{
    PercentOf, ///< 27 % × 500 milliards = 135 milliards
    Change, ///< 3,2 puis 3,6 milliards, soit +12,5 %
    PartsTotal, ///< 4 000 emplois, dont 1 200 ingénieurs
    PerUnit, ///< 2 millions d'actions à 30 euros, soit 60 millions
};

/**
 * One arithmetic check: the rule, its facts (operands first, the stated result
 * last), the value computed from the operands and the value the text states,
 * and whether they agree within what the written precision allows. Checks that
 * cannot be decided are never made.
 */
struct ArithmeticCheck
{
    CheckRule rule = CheckRule::Change;
    qint64 articleId = 0;
    QVector<qint64> factIds;
    QString computed; ///< a decimal ("61.5")
    QString stated; ///< a decimal, signed for a stated fall ("-12")
    QString unit; ///< of computed and stated: "%", "pp", "x", "EUR", …
    bool consistent = true;
};

QString toString(CheckRule rule);

} // namespace FactDesk
