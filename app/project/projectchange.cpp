#include "projectchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace FactDesk {

namespace {

// PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; a list that
// long is a bulk change, which every client reloads whole anyway.
constexpr int longestPayload = 7000;

const char *kindName(ProjectChange::Kind kind)
{
    switch (kind) {
    case ProjectChange::Kind::Facts:
        return "facts";
    case ProjectChange::Kind::Article:
        return "article";
    case ProjectChange::Kind::Articles:
        return "articles";
    case ProjectChange::Kind::Story:
        return "story";
    case ProjectChange::Kind::Presence:
        return "presence";
    case ProjectChange::Kind::Everything:
        break;
    }
    return "everything";
}

QJsonArray idArray(const QVector<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(double(id));
    return array;
}

QVector<qint64> ids(const QJsonValue &value)
{
    QVector<qint64> result;
    for (const QJsonValue &id : value.toArray())
        result.append(qint64(id.toDouble()));
    return result;
}

} // namespace

QByteArray ProjectChange::toPayload() const
{
    QJsonObject object {
        { QStringLiteral("kind"), QLatin1String(kindName(kind)) },
        { QStringLiteral("editor"), editor },
        { QStringLiteral("action"), action },
    };
    if (articleId != 0)
        object.insert(QStringLiteral("article"), double(articleId));
    if (!articleIds.isEmpty())
        object.insert(QStringLiteral("articles"), idArray(articleIds));
    if (!factIds.isEmpty())
        object.insert(QStringLiteral("facts"), idArray(factIds));
    QByteArray payload = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (payload.size() > longestPayload) {
        ProjectChange everything;
        everything.editor = editor.left(200);
        everything.action = action.left(200);
        payload = everything.toPayload();
    }
    return payload;
}

ProjectChange ProjectChange::fromPayload(const QString &payload)
{
    ProjectChange change;
    const QJsonObject object = QJsonDocument::fromJson(payload.toUtf8()).object();
    const QString kind = object.value(QStringLiteral("kind")).toString();
    for (Kind candidate : { Kind::Facts, Kind::Article, Kind::Articles, Kind::Story, Kind::Presence }) {
        if (kind == QLatin1String(kindName(candidate)))
            change.kind = candidate;
    }
    change.articleId = qint64(object.value(QStringLiteral("article")).toDouble());
    change.articleIds = ids(object.value(QStringLiteral("articles")));
    change.factIds = ids(object.value(QStringLiteral("facts")));
    change.editor = object.value(QStringLiteral("editor")).toString();
    change.action = object.value(QStringLiteral("action")).toString();
    return change;
}

} // namespace FactDesk
