#pragma once

#include <QByteArray>
#include <QDate>
#include <QMetaType>
#include <QString>

namespace FactDesk {

/// The source format an article was imported from; the raw source is kept so
/// that the window can show it highlighted next to the extracted text.
enum class ArticleFormat {
    PlainText,
    Markdown,
    Html,
};

/**
 * An article as FactDesk reads it: plain text (paragraphs separated by "\n\n")
 * and what is known about it. Figures point into text with UTF-16 offsets.
 */
struct Article {
    qint64 id = 0; ///< assigned by the Project; 0 until then
    QString title;
    QString source; ///< publication or site name
    QString url;
    QDate date; ///< publication date; anchors relative dates, may be null
    QString language; ///< "fr" or "en"
    QString text;
    ArticleFormat format = ArticleFormat::PlainText;
    QString rawSource; ///< the file as decoded, before markup was stripped
    QString fileName; ///< where it was imported from, for messages

    /// Hex SHA-256 of text (UTF-8); identifies the same article across imports.
    QByteArray sha256() const;
    /// The title, else the name of the file it came from (without its folder).
    QString displayTitle() const;
};

QString toString(ArticleFormat format);
bool fromString(const QString &text, ArticleFormat *format);

} // namespace FactDesk

Q_DECLARE_TYPEINFO(FactDesk::Article, Q_RELOCATABLE_TYPE); // QStrings, a QDate and plain values
Q_DECLARE_METATYPE(FactDesk::Article)
