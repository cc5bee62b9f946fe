#pragma once

// Two small articles written for the tests (one French, one English) and the
// figures an extractor would find in them, so review tests do not depend on
// the extractor's progress.

#include "project/project.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace FactDesk::Test {

inline QString frenchText()
{
    return QStringLiteral(
        "La r\u00e9gion annonce un budget de 13 milliards d'euros pour 2026, en hausse de 4,1 % "
        "sur un an. Selon l'\u00c9lys\u00e9e, 300 milliards $ seraient investis, mais la "
        "pr\u00e9fecture parle de 27 % seulement. Le logiciel GPT-5 a servi \u00e0 r\u00e9diger "
        "12 rapports.");
}

inline QString englishText()
{
    return QStringLiteral(
        "The agency spent $2.5bn in 2025, about 40% more than planned, across 1,200 sites.");
}

inline Figure figureIn(const QString &text, const QString &written, FigureKind kind, const QString &value,
    const QString &unit, Modifier modifier = Modifier::Exact)
{
    Figure figure;
    figure.start = int(text.indexOf(written));
    Q_ASSERT(figure.start >= 0);
    figure.end = figure.start + int(written.size());
    figure.kind = kind;
    figure.value = value;
    figure.unit = unit;
    figure.modifier = modifier;
    return figure;
}

inline qint64 addFrenchArticle(Project &project)
{
    Article article;
    article.title = QStringLiteral("Budget r\u00e9gional");
    article.language = QStringLiteral("fr");
    article.date = QDate(2025, 10, 29);
    article.text = frenchText();
    const QString &t = article.text;
    const QVector<Figure> figures = {
        figureIn(t, QStringLiteral("13 milliards d'euros"), FigureKind::Money, QStringLiteral("13000000000"),
            QStringLiteral("EUR")),
        figureIn(t, QStringLiteral("2026"), FigureKind::Date, QStringLiteral("2026"), QStringLiteral("year")),
        figureIn(t, QStringLiteral("4,1 %"), FigureKind::Percent, QStringLiteral("4.1"), QStringLiteral("%")),
        figureIn(t, QStringLiteral("300 milliards $"), FigureKind::Money, QStringLiteral("300000000000"),
            QStringLiteral("USD")),
        figureIn(t, QStringLiteral("27 %"), FigureKind::Percent, QStringLiteral("27"), QStringLiteral("%")),
        figureIn(t, QStringLiteral("GPT-5"), FigureKind::Number, QStringLiteral("5"), QString()),
        figureIn(t, QStringLiteral("12 rapports"), FigureKind::Count, QStringLiteral("12"),
            QStringLiteral("rapports")),
    };
    return project.addArticle(article, figures);
}

inline qint64 addEnglishArticle(Project &project)
{
    Article article;
    article.title = QStringLiteral("Agency spending");
    article.language = QStringLiteral("en");
    article.date = QDate(2025, 11, 3);
    article.text = englishText();
    const QString &t = article.text;
    const QVector<Figure> figures = {
        figureIn(t, QStringLiteral("$2.5bn"), FigureKind::Money, QStringLiteral("2500000000"),
            QStringLiteral("USD")),
        figureIn(t, QStringLiteral("2025"), FigureKind::Date, QStringLiteral("2025"), QStringLiteral("year")),
        figureIn(t, QStringLiteral("about 40%"), FigureKind::Percent, QStringLiteral("40"),
            QStringLiteral("%"), Modifier::Approx),
        figureIn(t, QStringLiteral("1,200 sites"), FigureKind::Count, QStringLiteral("1200"),
            QStringLiteral("sites")),
    };
    return project.addArticle(article, figures);
}

/// The id of the fact whose quote is written, or 0.
inline qint64 factIdOf(const Project &project, const QString &written)
{
    for (const Fact &fact : project.facts()) {
        if (fact.quote == written)
            return fact.id;
    }
    return 0;
}

} // namespace FactDesk::Test
