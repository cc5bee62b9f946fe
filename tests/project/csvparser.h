#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

/**
 * A strict RFC 4180 reader for the tests: records end with CRLF (a bare CR or
 * LF outside quotes is an error), a quote may only open a field or be doubled
 * inside a quoted one, and a closing quote must be followed by the delimiter,
 * CRLF or the end. Returns false with a reason on the first violation.
 */
inline bool parseStrictCsv(
    const QString &text, QChar delimiter, QVector<QStringList> *records, QString *error)
{
    records->clear();
    QStringList record;
    QString field;
    int i = 0;
    const int n = int(text.size());
    auto fail = [&](const QString &why) {
        *error = why + QStringLiteral(" at offset %1").arg(i);
        return false;
    };
    if (n == 0)
        return true;
    while (true) {
        field.clear();
        if (i < n && text.at(i) == QLatin1Char('"')) {
            ++i;
            while (true) {
                if (i >= n)
                    return fail(QStringLiteral("unterminated quoted field"));
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
            if (i < n && text.at(i) != delimiter && text.at(i) != QLatin1Char('\r'))
                return fail(QStringLiteral("character after a closing quote"));
        } else {
            while (i < n && text.at(i) != delimiter && text.at(i) != QLatin1Char('\r')) {
                if (text.at(i) == QLatin1Char('"'))
                    return fail(QStringLiteral("quote inside an unquoted field"));
                if (text.at(i) == QLatin1Char('\n'))
                    return fail(QStringLiteral("bare LF"));
                field += text.at(i++);
            }
        }
        record.append(field);
        if (i >= n)
            return fail(QStringLiteral("last record without CRLF"));
        if (text.at(i) == delimiter) {
            ++i;
            continue;
        }
        // CR: must be CRLF.
        if (i + 1 >= n || text.at(i + 1) != QLatin1Char('\n'))
            return fail(QStringLiteral("bare CR"));
        i += 2;
        records->append(record);
        record.clear();
        if (i >= n)
            return true;
    }
}
