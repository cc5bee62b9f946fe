#include "figurelabels.h"

#include "review/factmodel.h"

#include <QLocale>

namespace FactDesk {

QString FigureLabels::kindName(FigureKind kind)
{
    return FactModel::kindName(kind);
}

QString FigureLabels::statusName(ReviewStatus status)
{
    return FactModel::statusName(status);
}

QString FigureLabels::valueText(const QString &value, const QString &unit)
{
    if (unit.isEmpty() || unit == QLatin1String("day") || unit == QLatin1String("month")
        || unit == QLatin1String("quarter") || unit == QLatin1String("year"))
        return value;
    return tr("%1 %2", "value and unit").arg(value, unit);
}

QString FigureLabels::languageName(const QString &code)
{
    if (code == QLatin1String("fr"))
        return tr("French", "language of an article");
    if (code == QLatin1String("en"))
        return tr("English", "language of an article");
    const QLocale locale(code);
    if (code.isEmpty() || locale.language() == QLocale::C)
        return tr("language unknown");
    // Other languages have no catalogue entry; the locale's own name is still readable.
    return locale.nativeLanguageName();
}

} // namespace FactDesk
