#pragma once

#include <QJsonObject>
#include <QString>

namespace FactDesk {

/**
 * The words of one language that the extractor needs: scale words, currencies
 * and their symbols, units, counted nouns, months, weekdays, modifiers. It is
 * data (resources/lexicon/<language>.json); a new language is a new file.
 */
class Lexicon
{
public:
    Lexicon() = default;

    /// The lexicon bundled for "fr" or "en"; an empty lexicon for anything else.
    static Lexicon builtin(const QString &language);
    /// Parses a lexicon file; on failure returns an empty lexicon and sets *error.
    static Lexicon fromJson(const QByteArray &json, QString *error = nullptr);

    bool isEmpty() const { return m_data.isEmpty(); }
    QString language() const;
    /// The whole document; each finder compiles the sections it uses.
    const QJsonObject &data() const { return m_data; }

private:
    QJsonObject m_data;
};

} // namespace FactDesk
