#include "storydecisions.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace FactDesk {

QString StoryDecisions::differenceJson(const StoryDecisions &other) const
{
    QJsonObject measureRows;
    for (auto it = measures.cbegin(); it != measures.cend(); ++it) {
        if (other.measures.contains(it.key()) && other.measures.value(it.key()) == it.value())
            continue;
        QJsonObject row;
        row.insert(QStringLiteral("name"), it->name);
        row.insert(QStringLiteral("accepted"), it->accepted);
        measureRows.insert(QString::number(it.key()), row);
    }
    QJsonObject factRows;
    for (auto it = assignments.cbegin(); it != assignments.cend(); ++it) {
        if (!other.assignments.contains(it.key()) || other.assignments.value(it.key()) != it.value())
            factRows.insert(QString::number(it.key()), QJsonValue(double(it.value())));
    }
    QJsonObject verdictRows;
    for (auto it = verdicts.cbegin(); it != verdicts.cend(); ++it) {
        if (other.verdicts.contains(it.key()) && other.verdicts.value(it.key()) == it.value())
            continue;
        QJsonObject row;
        row.insert(QStringLiteral("verdict"), toString(it->verdict));
        row.insert(QStringLiteral("note"), it->note);
        verdictRows.insert(QStringLiteral("%1-%2").arg(it.key().first).arg(it.key().second), row);
    }
    QJsonObject root;
    if (!measureRows.isEmpty())
        root.insert(QStringLiteral("measures"), measureRows);
    if (!factRows.isEmpty())
        root.insert(QStringLiteral("facts"), factRows);
    if (!verdictRows.isEmpty())
        root.insert(QStringLiteral("verdicts"), verdictRows);
    return root.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

} // namespace FactDesk
