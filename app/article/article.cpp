#include "article.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace FactDesk {

QByteArray Article::sha256() const
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString Article::displayTitle() const
{
    return title.isEmpty() ? QFileInfo(fileName).fileName() : title;
}

QString toString(ArticleFormat format)
{
    switch (format) {
    case ArticleFormat::Markdown:
        return QStringLiteral("md");
    case ArticleFormat::Html:
        return QStringLiteral("html");
    case ArticleFormat::PlainText:
        break;
    }
    return QStringLiteral("txt");
}

bool fromString(const QString &text, ArticleFormat *format)
{
    if (text == QLatin1String("txt"))
        *format = ArticleFormat::PlainText;
    else if (text == QLatin1String("md"))
        *format = ArticleFormat::Markdown;
    else if (text == QLatin1String("html"))
        *format = ArticleFormat::Html;
    else
        return false;
    return true;
}

} // namespace FactDesk
