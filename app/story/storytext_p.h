#pragma once

#include <QString>
#include <QVector>

namespace FactDesk::StoryText {

/// One word of a folded text: letters and digits, or one of the signs + - = $ € %.
struct Token
{
    int start = 0;
    int end = 0;
    QString text;
};

/**
 * Lower case without accents, straight apostrophes and plain spaces, one
 * character for one character, so that offsets into the folded text are
 * offsets into the original ("Détiendrait" -> "detiendrait").
 */
QString fold(const QString &text);

/// The words of folded[from, to). An elided article keeps its apostrophe ("d'", "l'").
QVector<Token> tokenize(const QString &folded, int from, int to);

/// Where the sentence around [start, end) begins and ends in text (end exclusive).
void sentenceSpan(const QString &text, int start, int end, int *first, int *last);

/// Where the paragraph around position begins and ends ("\n\n" separates paragraphs).
void paragraphSpan(const QString &text, int position, int *first, int *last);

/**
 * The capitalised words of text[from, to) that look like names ("Helvar",
 * "Quantix's" -> "quantix"), folded; words in stopwords do not count.
 */
QVector<QString> names(const QString &text, const QString &folded, int from, int to,
    bool (*isStopword)(const QString &, const void *), const void *context);

} // namespace FactDesk::StoryText
