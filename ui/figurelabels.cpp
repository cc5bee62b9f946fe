#include "figurelabels.h"

#include <QLocale>

namespace FactDesk {

QString FigureLabels::kindName(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Money:
        return tr("Money");
    case FigureKind::Percent:
        return tr("Percentage");
    case FigureKind::Count:
        return tr("Count");
    case FigureKind::Quantity:
        return tr("Quantity");
    case FigureKind::Multiplier:
        return tr("Multiplier");
    case FigureKind::Date:
        return tr("Date");
    case FigureKind::Number:
        return tr("Number");
    }
    return QString();
}

QString FigureLabels::statusName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Pending:
        return tr("Pending");
    case ReviewStatus::Confirmed:
        return tr("Confirmed");
    case ReviewStatus::Corrected:
        return tr("Corrected");
    case ReviewStatus::Rejected:
        return tr("Rejected");
    }
    return QString();
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
