#pragma once

#include "exportrows.h"
#include "measurerows.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace FactDesk {

class Project;

/**
 * Writes facts as CSV (RFC 4180: fields quoted when needed, quotes doubled,
 * CRLF line ends, UTF-8), one row per fact, the columns of columnNames().
 * Offsets are Unicode code points. Verified facts only unless setAllFacts(true).
 *
 * Cells that a spreadsheet would run as a formula (starting with =, +, -, @,
 * tab or CR) get a leading apostrophe, as OWASP recommends. The value columns
 * are the exception when they hold a plain decimal number ("-3", "4.2"): a
 * number is not a formula, and "'-3" would no longer be a number; anything
 * else in them is neutralised like text.
 */
class CsvWriter
{
public:
    enum class Dialect
    {
        Rfc4180, ///< ',' and '.' decimals, no BOM: for scripts and tools
        ExcelFrench, ///< UTF-8 BOM, ';' delimiter, decimal comma in the value columns
        ExcelEnglish, ///< UTF-8 BOM, ',' delimiter
    };

    explicit CsvWriter(const Project &project);
    ~CsvWriter();

    void setDialect(Dialect dialect);
    void setAllFacts(bool all);
    /// The project's story ledger, up to date, for the measure columns; without it the writer builds one.
    void setStoryLedger(const StoryLedger *ledger);
    /**
     * Writes the story ledger itself instead of the facts: one row per measure
     * and article, the columns of MeasureRows::columnNames().
     */
    void setMeasures(bool measures);

    /// The header row, stable identifiers documented in README.md ("CSV columns").
    static QStringList columnNames();

    /// Reads the project's facts the first time it is called (as every method below does).
    int rowCount() const;
    /// The whole document, BOM included for the Excel dialects.
    QByteArray toCsv() const;
    /// The header and the first rows as text (no BOM), for an export dialog's preview.
    QString preview(int rows) const;
    /**
     * Writes atomically: on failure or when progress says stop, error says why
     * and an earlier file is untouched (no partial file is left).
     */
    bool write(const QString &path, QString *error, const ExportProgress &progress = {}) const;
    /// Writes the whole document to device (standard output, a buffer) as it goes.
    bool writeTo(QIODevice *device, QString *error, const ExportProgress &progress = {}) const;

    /// field as one RFC 4180 field: quoted when it holds the delimiter, a quote or a line break.
    static QString quoted(const QString &field, QChar delimiter = QLatin1Char(','));

private:
    QString header() const;
    QString line(const ExportRow &row) const;
    QString measureLine(const MeasureRow &row) const;
    /// Row i of the document, facts or measures, as a line.
    QString lineAt(int i) const;
    QString number(const QString &value) const;
    const ExportRows &rows() const;
    const MeasureRows &measureRows() const;

    const Project &m_project;
    Dialect m_dialect = Dialect::Rfc4180;
    bool m_allFacts = false;
    bool m_measures = false;
    const StoryLedger *m_ledger = nullptr;
    mutable std::unique_ptr<ExportRows> m_rows;
    mutable std::unique_ptr<MeasureRows> m_measureRows;
};

} // namespace FactDesk
