#pragma once

#include "figures/figure.h"
#include "review/fact.h"

#include <QCoreApplication>
#include <QString>

namespace FactDesk {

/// Translated names of kinds and statuses as the article views show them.
class FigureLabels
{
    Q_DECLARE_TR_FUNCTIONS(FactDesk::FigureLabels)
public:
    static QString kindName(FigureKind kind);
    static QString statusName(ReviewStatus status);
    /// "French", "English" in the interface's language, from an article's "fr" / "en".
    static QString languageName(const QString &code);
    /// "13,000,000,000 EUR", "4,2 %", "Oct 28, 2025": a value with its unit, in the interface's locale.
    static QString valueText(const QString &value, FigureKind kind, const QString &unit);
};

} // namespace FactDesk
