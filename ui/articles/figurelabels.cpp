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

QString FigureLabels::valueText(const QString &value, FigureKind kind, const QString &unit)
{
    const QString shown = FactModel::displayValue(value, kind, QLocale());
    // A date's unit is its granularity, which the date as written already says.
    if (unit.isEmpty() || kind == FigureKind::Date)
        return shown;
    return tr("%1 %2", "value and unit").arg(shown, unit);
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
