#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace FactDesk {

/// The words of a space-separated list, for the fixed word lists kept in code.
inline QSet<QString> wordSet(const QString &spaceSeparated)
{
    const QStringList list = spaceSeparated.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace FactDesk
