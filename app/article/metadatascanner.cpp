#include "metadatascanner.h"

#include <QRegularExpression>
#include <QStringList>

namespace FactDesk {

namespace {

int monthNumber(const QString &name)
{
    static const QStringList french = {
        QStringLiteral("janvier"),
        QStringLiteral("février"),
        QStringLiteral("mars"),
        QStringLiteral("avril"),
        QStringLiteral("mai"),
        QStringLiteral("juin"),
        QStringLiteral("juillet"),
        QStringLiteral("août"),
        QStringLiteral("septembre"),
        QStringLiteral("octobre"),
        QStringLiteral("novembre"),
        QStringLiteral("décembre"),
    };
    static const QStringList english = {
        QStringLiteral("january"),
        QStringLiteral("february"),
        QStringLiteral("march"),
        QStringLiteral("april"),
        QStringLiteral("may"),
        QStringLiteral("june"),
        QStringLiteral("july"),
        QStringLiteral("august"),
        QStringLiteral("september"),
        QStringLiteral("october"),
        QStringLiteral("november"),
        QStringLiteral("december"),
    };
    QString lower = name.toLower();
    // Plain-ASCII spellings are common in hand-typed text.
    lower.replace(QStringLiteral("fevrier"), QStringLiteral("février"));
    lower.replace(QStringLiteral("aout"), QStringLiteral("août"));
    lower.replace(QStringLiteral("decembre"), QStringLiteral("décembre"));
    int index = french.indexOf(lower);
    if (index < 0)
        index = english.indexOf(lower);
    return index < 0 ? 0 : index + 1;
}

struct DateMatch
{
    qsizetype position = -1;
    QDate date;
};

DateMatch earliestDate(const QString &text)
{
    static const QString frenchMonths = QStringLiteral(
        "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre");
    static const QString englishMonths = QStringLiteral(
        "January|February|March|April|May|June|July|August|September|October|November|December");
    static const QRegularExpression iso(
        QStringLiteral("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)"));
    static const QRegularExpression dayMonthYear(
        QStringLiteral("(?<!\\d)(\\d{1,2}|1er)\\s+(%1|%2)\\s+(\\d{4})(?!\\d)")
            .arg(frenchMonths, englishMonths),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthDayYear(
        QStringLiteral("\\b(%1)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)").arg(englishMonths),
        QRegularExpression::CaseInsensitiveOption);

    DateMatch best;
    auto consider = [&](qsizetype position, int year, int month, int day) {
        const QDate date(year, month, day);
        if (!date.isValid() || (best.position >= 0 && best.position <= position))
            return;
        best.position = position;
        best.date = date;
    };
    for (auto it = iso.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        consider(match.capturedStart(), match.captured(1).toInt(), match.captured(2).toInt(),
            match.captured(3).toInt());
        if (best.position >= 0)
            break;
    }
    for (auto it = dayMonthYear.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString day = match.captured(1);
        consider(match.capturedStart(), match.captured(3).toInt(), monthNumber(match.captured(2)),
            day.startsWith(QLatin1Char('1')) && day.size() == 3 ? 1 : day.toInt());
    }
    for (auto it = monthDayYear.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        consider(match.capturedStart(), match.captured(3).toInt(), monthNumber(match.captured(1)),
            match.captured(2).toInt());
    }
    return best;
}

bool isDateLabel(const QString &prefix)
{
    static const QStringList labels = {
        QString(),
        QStringLiteral("date"),
        QStringLiteral("dated"),
        QStringLiteral("publié"),
        QStringLiteral("publié le"),
        QStringLiteral("publiée le"),
        QStringLiteral("mis à jour le"),
        QStringLiteral("published"),
        QStringLiteral("published on"),
        QStringLiteral("updated"),
        QStringLiteral("updated on"),
        QStringLiteral("posted"),
        QStringLiteral("posted on"),
    };
    QString label = prefix.toLower();
    for (QChar &c : label) {
        if (!c.isLetter())
            c = QLatin1Char(' ');
    }
    return labels.contains(label.simplified());
}

} // namespace

QString MetadataScanner::findTitle(const QString &text)
{
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    if (lineEnd <= 0 || lineEnd > maximumTitleLength * 2)
        return {};
    const QString line = text.left(lineEnd).trimmed();
    if (line.isEmpty() || line.size() > maximumTitleLength)
        return {};
    // A blank (or whitespace-only) line must follow.
    qsizetype next = lineEnd + 1;
    while (next < text.size() && text.at(next) != QLatin1Char('\n')) {
        if (!text.at(next).isSpace())
            return {};
        ++next;
    }
    return next < text.size() ? line : QString();
}

QDate MetadataScanner::findDate(const QString &text)
{
    qsizetype lineStart = 0;
    for (int line = 0; line < dateSearchLines && lineStart < text.size(); ++line) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QString lineText
            = text.mid(lineStart, std::min<qsizetype>(lineEnd - lineStart, 4 * maximumDateLineLength));
        if (lineEnd - lineStart <= maximumDateLineLength) {
            const QDate date = earliestDate(lineText).date;
            if (date.isValid())
                return date;
        } else {
            // A date inside a body paragraph is news, not the publication date,
            // unless the paragraph opens with it under a label ("date 2025-10-29 …").
            const DateMatch match = earliestDate(lineText.left(80));
            if (match.date.isValid() && isDateLabel(lineText.left(match.position)))
                return match.date;
        }
        lineStart = lineEnd + 1;
    }
    return {};
}

QDate MetadataScanner::parseDate(const QString &value)
{
    return earliestDate(value.left(200)).date;
}

QString MetadataScanner::normalizeLanguage(const QString &value)
{
    const QString code = value.trimmed().left(2).toLower();
    if (code == QLatin1String("fr") || code == QLatin1String("en")) {
        if (value.trimmed().size() == 2 || !value.trimmed().at(2).isLetter())
            return code;
    }
    return {};
}

} // namespace FactDesk
