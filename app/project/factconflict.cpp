#include "factconflict.h"

#include <algorithm>

namespace FactDesk {

QString FactConflict::elapsed(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    if (seconds < 60)
        //: seconds, as in "8 s ago"
        return FactConflict::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        //: minutes, as in "3 min ago"
        return FactConflict::tr("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        //: hours, as in "2 h ago"
        return FactConflict::tr("%1 h").arg(seconds / 3600);
    //: days, as in "4 d ago"
    return FactConflict::tr("%1 d").arg(seconds / 86400);
}

QString FactConflict::message(const QDateTime &now) const
{
    if (lastChange.id == 0) {
        if (removed)
            return tr("Someone else removed this fact meanwhile: nothing was changed.");
        return tr(
            "Someone else changed this fact meanwhile: nothing was overwritten. It is shown as it is now.");
    }
    QString who = lastChange.editor.isEmpty() ? lastChange.role : lastChange.editor;
    if (who.isEmpty())
        who = tr("Someone else");
    qint64 seconds = 0;
    if (ageMilliseconds >= 0 && detectedAt.isValid())
        seconds = (ageMilliseconds + std::max<qint64>(detectedAt.msecsTo(now), 0)) / 1000;
    else if (lastChange.at.isValid())
        seconds = lastChange.at.secsTo(now);
    const QString ago = elapsed(seconds);
    QString action = lastChange.action;
    const bool undo = action.startsWith(QLatin1String("undo "));
    if (undo || action.startsWith(QLatin1String("redo ")))
        action = action.mid(5);
    QString what;
    if (undo) {
        //: %1 is who, %2 how long ago ("8 s")
        what = tr("%1 undid a change to this fact %2 ago.");
    } else if (action == QLatin1String("confirm")) {
        //: %1 is who, %2 how long ago ("8 s"): "Anna confirmed this fact 8 s ago."
        what = tr("%1 confirmed this fact %2 ago.");
    } else if (action == QLatin1String("correct")) {
        what = tr("%1 corrected this fact %2 ago.");
    } else if (action == QLatin1String("reject")) {
        what = tr("%1 rejected this fact %2 ago.");
    } else if (action == QLatin1String("reset")) {
        what = tr("%1 set this fact back to pending %2 ago.");
    } else if (action == QLatin1String("note")) {
        what = tr("%1 changed the note of this fact %2 ago.");
    } else if (action == QLatin1String("remove fact") || removed) {
        what = tr("%1 removed this fact %2 ago.");
    } else {
        what = tr("%1 changed this fact %2 ago.");
    }
    QString message = what.arg(who, ago);
    message += QLatin1Char(' ');
    message += removed ? tr("Nothing was changed.")
                       : tr("Nothing was overwritten; the fact is shown as it is now.");
    return message;
}

} // namespace FactDesk
