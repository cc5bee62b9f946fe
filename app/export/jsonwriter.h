#pragma once

#include "exportrows.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace FactDesk {

class Project;
class StoryLedger;

/**
 * Writes facts as W3C Web Annotations (https://www.w3.org/TR/annotation-model/):
 * one AnnotationCollection whose first AnnotationPage lists an Annotation per
 * fact. Its target is the article (URL, or urn:factdesk:article:ID without one)
 * with a TextQuoteSelector {exact, prefix, suffix} and a TextPositionSelector
 * {start, end} in Unicode code points; its body holds the figure and its review
 * (kind, value, unit, status, final value, …) under the "factdesk:" vocabulary,
 * plus the analyst's note as a commenting TextualBody; creator and modified say
 * who reviewed it and when. Verified facts only unless setAllFacts(true).
 */
class JsonWriter
{
public:
    explicit JsonWriter(const Project &project);
    ~JsonWriter();

    void setAllFacts(bool all);
    /// The project's story ledger, up to date, for the measure keys; without it the writer builds one.
    void setStoryLedger(const StoryLedger *ledger);
    /**
     * Writes the story ledger itself instead of the annotations:
     * {"measures": [{"measure_id": 7, "measure": "…", "article_id": 1, …}]}, one
     * object per measure and article with the keys of MeasureRows::columnNames().
     */
    void setMeasures(bool measures);

    /// Reads the project's facts the first time it is called (as every method below does).
    int annotationCount() const;
    QJsonObject toJsonObject() const;
    /// The whole collection, compact UTF-8 JSON.
    QByteArray toJson() const;
    /// The collection with its first annotations only, indented, for an export dialog's preview.
    QString preview(int annotations) const;
    /**
     * Writes atomically: on failure or when progress says stop, error says why
     * and an earlier file is untouched (no partial file is left).
     */
    bool write(const QString &path, QString *error, const ExportProgress &progress = {}) const;
    /// Writes the whole collection to device (standard output, a buffer) as it goes.
    bool writeTo(QIODevice *device, QString *error, const ExportProgress &progress = {}) const;

    /**
     * text as a JSON string, quotes included, for JSON written piece by piece
     * (factdesk-cli extract): quote, backslash and control characters escaped,
     * U+2028 and U+2029 too (JavaScript reads them as line ends).
     */
    static QString quoted(const QString &text);

private:
    QJsonObject collection(int maxAnnotations) const;
    QJsonObject measures(int maxRows) const;
    const ExportRows &rows() const;

    const Project &m_project;
    bool m_allFacts = false;
    bool m_measures = false;
    const StoryLedger *m_ledger = nullptr;
    mutable std::unique_ptr<ExportRows> m_rows;
};

} // namespace FactDesk
