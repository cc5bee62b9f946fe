#include "reviewstep.h"

namespace FactDesk {

QString toString(ReviewAction action)
{
    switch (action) {
    case ReviewAction::Confirm:
        return QStringLiteral("confirm");
    case ReviewAction::Correct:
        return QStringLiteral("correct");
    case ReviewAction::Reject:
        return QStringLiteral("reject");
    case ReviewAction::Reset:
        return QStringLiteral("reset");
    case ReviewAction::Note:
        return QStringLiteral("note");
    case ReviewAction::AddFigure:
        return QStringLiteral("add fact");
    case ReviewAction::DeleteFigure:
        return QStringLiteral("remove fact");
    }
    return QString();
}

} // namespace FactDesk
