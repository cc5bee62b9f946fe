#pragma once

#include <QDate>
#include <QString>

namespace FactDesk {

/// What a markup converter (HTML, Markdown) gives back: the text with
/// paragraphs separated by "\n\n", and the metadata it found.
struct MarkupConversion
{
    QString text;
    QString title;
    QString source;
    QString url;
    QString language; ///< as declared in the file ("fr-FR" is reduced to "fr"), may be empty
    QDate date;
};

} // namespace FactDesk
