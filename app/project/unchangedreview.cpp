#include "unchangedreview.h"

#include "factconflict.h"

#include <algorithm>

namespace FactDesk {

QString UnchangedReview::message(const QDateTime &now) const
{
    if (action == QLatin1String("note"))
        return tr("The fact already has this note: nothing was changed.");
    if (current.status == ReviewStatus::Pending)
        return tr("The fact is already pending: nothing was changed.");
    const QString who = current.editor.isEmpty() ? tr("Someone") : current.editor;
    qint64 seconds = -1;
    if (ageMilliseconds >= 0 && detectedAt.isValid())
        seconds = (ageMilliseconds + std::max<qint64>(detectedAt.msecsTo(now), 0)) / 1000;
    else if (current.reviewedAt.isValid())
        seconds = std::max<qint64>(current.reviewedAt.secsTo(now), 0);
    if (seconds < 0) {
        switch (current.status) {
        case ReviewStatus::Confirmed:
            //: %1 is who: "Anna already confirmed this fact: nothing was changed."
            return tr("%1 already confirmed this fact: nothing was changed.").arg(who);
        case ReviewStatus::Corrected:
            return tr("%1 already corrected this fact to this value: nothing was changed.").arg(who);
        default:
            return tr("%1 already rejected this fact for this reason: nothing was changed.").arg(who);
        }
    }
    const QString ago = FactConflict::elapsed(seconds);
    switch (current.status) {
    case ReviewStatus::Confirmed:
        //: %1 is who, %2 how long ago ("8 s"): "Anna already confirmed this fact 8 s ago: …"
        return tr("%1 already confirmed this fact %2 ago: nothing was changed.").arg(who, ago);
    case ReviewStatus::Corrected:
        return tr("%1 already corrected this fact to this value %2 ago: nothing was changed.").arg(who, ago);
    default:
        return tr("%1 already rejected this fact for this reason %2 ago: nothing was changed.").arg(who, ago);
    }
}

} // namespace FactDesk
