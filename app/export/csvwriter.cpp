#include "csvwriter.h"

#include "exportrows.h"
#include "project/project.h"

namespace FactDesk {

namespace {

bool startsLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.at(0);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

QString neutralised(const QString &cell)
{
    return startsLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
}

void appendField(QString *line, const QString &field, QChar delimiter)
{
    const bool quote = field.contains(delimiter) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!quote) {
        *line += field;
        return;
    }
    *line += QLatin1Char('"');
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    *line += escaped;
    *line += QLatin1Char('"');
}

} // namespace

CsvWriter::CsvWriter(const Project &project)
    : m_project(project)
{ }

CsvWriter::~CsvWriter() = default;

void CsvWriter::setDialect(Dialect dialect)
{
    m_dialect = dialect;
}

void CsvWriter::setAllFacts(bool all)
{
    if (all != m_allFacts)
        m_rows.reset();
    m_allFacts = all;
}

QStringList CsvWriter::columnNames()
{
    return {
        QStringLiteral("fact_id"),
        QStringLiteral("article_title"),
        QStringLiteral("source"),
        QStringLiteral("url"),
        QStringLiteral("date"),
        QStringLiteral("language"),
        QStringLiteral("kind"),
        QStringLiteral("text"),
        QStringLiteral("value"),
        QStringLiteral("unit"),
        QStringLiteral("status"),
        QStringLiteral("corrected_value"),
        QStringLiteral("corrected_unit"),
        QStringLiteral("final_value"),
        QStringLiteral("final_unit"),
        QStringLiteral("modifier"),
        QStringLiteral("context"),
        QStringLiteral("start"),
        QStringLiteral("end"),
        QStringLiteral("note"),
        QStringLiteral("reject_reason"),
        QStringLiteral("editor"),
        QStringLiteral("reviewed_at"),
    };
}

const ExportRows &CsvWriter::rows() const
{
    if (!m_rows)
        m_rows = std::make_unique<ExportRows>(m_project, m_allFacts);
    return *m_rows;
}

int CsvWriter::rowCount() const
{
    return int(rows().rows().size());
}

QString CsvWriter::document(int maxRows) const
{
    const QChar delimiter = m_dialect == Dialect::ExcelFrench ? QLatin1Char(';') : QLatin1Char(',');
    const bool decimalComma = m_dialect == Dialect::ExcelFrench;
    const QLatin1String lineEnd("\r\n");
    auto number = [&](const QString &value) {
        if (!ExportRows::isPlainNumber(value))
            return neutralised(value);
        if (!decimalComma)
            return value;
        QString french = value;
        french.replace(QLatin1Char('.'), QLatin1Char(','));
        return french;
    };

    const QVector<ExportRow> &all = rows().rows();
    const int count = maxRows < 0 ? int(all.size()) : qMin(maxRows, int(all.size()));
    QString out;
    out.reserve(200 + count * 400);
    const QStringList header = columnNames();
    for (int i = 0; i < header.size(); ++i) {
        if (i > 0)
            out += delimiter;
        out += header.at(i);
    }
    out += lineEnd;

    QString line;
    for (int r = 0; r < count; ++r) {
        const ExportRow &row = all.at(r);
        const Fact &fact = *row.fact;
        const Article &article = *row.article;
        const QString cells[] = {
            QString::number(fact.id),
            neutralised(article.title),
            neutralised(article.source),
            neutralised(article.url),
            article.date.isValid() ? article.date.toString(Qt::ISODate) : QString(),
            neutralised(article.language),
            toString(fact.figure.kind),
            neutralised(row.written),
            number(fact.figure.value),
            neutralised(fact.figure.unit),
            toString(fact.status),
            fact.status == ReviewStatus::Corrected ? number(fact.correctedValue) : QString(),
            fact.status == ReviewStatus::Corrected ? neutralised(fact.correctedUnit) : QString(),
            number(fact.finalValue()),
            neutralised(fact.finalUnit()),
            toString(fact.figure.modifier),
            neutralised(row.context),
            QString::number(row.start),
            QString::number(row.end),
            neutralised(fact.note),
            fact.status == ReviewStatus::Rejected ? toString(fact.rejectReason) : QString(),
            neutralised(fact.editor),
            fact.reviewedAt.isValid() ? fact.reviewedAt.toUTC().toString(Qt::ISODate) : QString(),
        };
        line.clear();
        bool firstCell = true;
        for (const QString &cell : cells) {
            if (!firstCell)
                line += delimiter;
            firstCell = false;
            appendField(&line, cell, delimiter);
        }
        out += line;
        out += lineEnd;
    }
    return out;
}

QByteArray CsvWriter::toCsv() const
{
    QByteArray bytes;
    if (m_dialect != Dialect::Rfc4180)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF"); // lets Excel read UTF-8
    bytes += document(-1).toUtf8();
    return bytes;
}

QString CsvWriter::preview(int rows) const
{
    return document(qMax(0, rows));
}

bool CsvWriter::write(const QString &path, QString *error) const
{
    return saveExportFile(path, toCsv(), error);
}

} // namespace FactDesk
