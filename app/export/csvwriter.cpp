#include "csvwriter.h"

#include "project/project.h"

#include <QBuffer>

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

// Rows written between two progress reports (and two writes to the device).
constexpr int rowsPerChunk = 500;

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

void CsvWriter::setStoryLedger(const StoryLedger *ledger)
{
    m_ledger = ledger;
    m_rows.reset();
    m_measureRows.reset();
}

void CsvWriter::setMeasures(bool measures)
{
    m_measures = measures;
}

const MeasureRows &CsvWriter::measureRows() const
{
    if (!m_measureRows)
        m_measureRows = std::make_unique<MeasureRows>(m_project, m_ledger);
    return *m_measureRows;
}

QString CsvWriter::lineAt(int i) const
{
    return m_measures ? measureLine(measureRows().at(i)) : line(rows().at(i));
}

QString CsvWriter::number(const QString &value) const
{
    if (!ExportRows::isPlainNumber(value))
        return neutralised(value);
    if (m_dialect != Dialect::ExcelFrench)
        return value;
    QString french = value;
    french.replace(QLatin1Char('.'), QLatin1Char(','));
    return french;
}

QString CsvWriter::measureLine(const MeasureRow &row) const
{
    const QChar delimiter = m_dialect == Dialect::ExcelFrench ? QLatin1Char(';') : QLatin1Char(',');
    QStringList ids;
    for (qint64 id : row.factIds)
        ids.append(QString::number(id));
    QStringList values;
    for (const QString &value : row.values)
        values.append(number(value));
    const QString cells[] = {
        QString::number(row.measureId),
        neutralised(row.measure),
        toString(row.kind),
        neutralised(row.unit),
        row.accepted ? QStringLiteral("true") : QStringLiteral("false"),
        QString::number(row.articleId),
        neutralised(row.articleTitle),
        neutralised(row.language),
        row.date.isValid() ? row.date.toString(Qt::ISODate) : QString(),
        neutralised(row.asOf.join(QLatin1Char(' '))),
        ids.join(QLatin1Char(' ')),
        values.join(QLatin1Char(' ')),
        row.labels.join(QLatin1Char(' ')),
        QString::number(row.openConflicts),
        row.verdicts.join(QLatin1Char(' ')),
    };
    QStringList quotedCells;
    for (const QString &cell : cells)
        quotedCells.append(quoted(cell, delimiter));
    return quotedCells.join(delimiter) + QLatin1String("\r\n");
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
        QStringLiteral("final_kind"),
        QStringLiteral("final_value"),
        QStringLiteral("final_unit"),
        QStringLiteral("modifier"),
        QStringLiteral("as_of"),
        QStringLiteral("measure_id"),
        QStringLiteral("measure"),
        QStringLiteral("open_conflicts"),
        QStringLiteral("failed_checks"),
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
        m_rows = std::make_unique<ExportRows>(m_project, m_allFacts, m_ledger);
    return *m_rows;
}

int CsvWriter::rowCount() const
{
    return m_measures ? measureRows().count() : rows().count();
}

QString CsvWriter::quoted(const QString &field, QChar delimiter)
{
    const bool quote = field.contains(delimiter) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!quote)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvWriter::header() const
{
    const QChar delimiter = m_dialect == Dialect::ExcelFrench ? QLatin1Char(';') : QLatin1Char(',');
    return (m_measures ? MeasureRows::columnNames() : columnNames()).join(delimiter) + QLatin1String("\r\n");
}

QString CsvWriter::line(const ExportRow &row) const
{
    const QChar delimiter = m_dialect == Dialect::ExcelFrench ? QLatin1Char(';') : QLatin1Char(',');
    const bool decimalComma = m_dialect == Dialect::ExcelFrench;
    auto number = [&](const QString &value) {
        if (!ExportRows::isPlainNumber(value))
            return neutralised(value);
        if (!decimalComma)
            return value;
        QString french = value;
        french.replace(QLatin1Char('.'), QLatin1Char(','));
        return french;
    };
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
        toString(fact.finalKind()),
        number(fact.finalValue()),
        neutralised(fact.finalUnit()),
        toString(fact.figure.modifier),
        neutralised(ExportRows::asOf(fact, article)),
        row.measureId ? QString::number(row.measureId) : QString(),
        neutralised(row.measure),
        ExportRows::openConflictsText(row),
        neutralised(ExportRows::failedChecksText(row)),
        neutralised(row.context),
        QString::number(row.start),
        QString::number(row.end),
        neutralised(fact.note),
        fact.status == ReviewStatus::Rejected ? toString(fact.rejectReason) : QString(),
        neutralised(fact.editor),
        fact.reviewedAt.isValid() ? fact.reviewedAt.toUTC().toString(Qt::ISODate) : QString(),
    };
    QString text;
    bool firstCell = true;
    for (const QString &cell : cells) {
        if (!firstCell)
            text += delimiter;
        firstCell = false;
        text += quoted(cell, delimiter);
    }
    text += QLatin1String("\r\n");
    return text;
}

QByteArray CsvWriter::toCsv() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeTo(&buffer, nullptr);
    return buffer.data();
}

QString CsvWriter::preview(int rowCount) const
{
    QString text = header();
    const int count = qMin(qMax(0, rowCount), this->rowCount());
    for (int i = 0; i < count; ++i)
        text += lineAt(i);
    return text;
}

bool CsvWriter::writeTo(QIODevice *device, QString *error, const ExportProgress &progress) const
{
    auto failed = [&](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    QByteArray bytes;
    if (m_dialect != Dialect::Rfc4180)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF"); // lets Excel read UTF-8
    bytes += header().toUtf8();
    const int total = rowCount();
    QString chunk;
    for (int i = 0; i <= total; ++i) {
        if (i == total || (i > 0 && i % rowsPerChunk == 0)) {
            bytes += chunk.toUtf8();
            chunk.clear();
            if (device->write(bytes) != bytes.size())
                return failed(device->errorString());
            bytes.clear();
            if (progress && !progress(i, total))
                return failed(exportCancelledReason());
        }
        if (i < total)
            chunk += lineAt(i);
    }
    return true;
}

bool CsvWriter::write(const QString &path, QString *error, const ExportProgress &progress) const
{
    return saveExportFile(
        path, [&](QIODevice *device, QString *reason) { return writeTo(device, reason, progress); }, error);
}

} // namespace FactDesk
