#include "arithmeticcheck.h"

namespace FactDesk {

QString toString(CheckRule rule)
{
    switch (rule) {
    case CheckRule::PercentOf:
        return QStringLiteral("percent_of");
    case CheckRule::Change:
        return QStringLiteral("change");
    case CheckRule::PartsTotal:
        return QStringLiteral("parts_total");
    case CheckRule::PerUnit:
        return QStringLiteral("per_unit");
    }
    return QString();
}

} // namespace FactDesk
