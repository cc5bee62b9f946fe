#include "lexicon.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

// Q_INIT_RESOURCE must be called outside a namespace; the lexicons live in the
// static core library, whose resources are not registered on their own.
static void initLexiconResources()
{
    Q_INIT_RESOURCE(lexicons);
}

namespace FactDesk {

Lexicon Lexicon::builtin(const QString &language)
{
    initLexiconResources();
    QFile file(QStringLiteral(":/lexicon/%1.json").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromJson(file.readAll());
}

Lexicon Lexicon::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    Lexicon lexicon;
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                ? QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)
                : QStringLiteral("the lexicon is not a JSON object");
        return lexicon;
    }
    lexicon.m_data = document.object();
    return lexicon;
}

QString Lexicon::language() const
{
    return m_data.value(QLatin1String("language")).toString();
}

} // namespace FactDesk
