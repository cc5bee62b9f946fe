#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace FactDesk {

class Project;

/**
 * The sample articles bundled with FactDesk (resources/samples, compiled in
 * as :/samples): three articles on one invented story whose figures partly
 * disagree, so that a first start shows the whole review loop at once.
 */
class SampleLibrary
{
    Q_DECLARE_TR_FUNCTIONS(FactDesk::SampleLibrary)
public:
    struct Sample
    {
        QString resourcePath;
        /// Passed to the importer so that detection on a short text cannot
        /// pick the wrong extractor; the files declare the same.
        QString language;
    };

    static QVector<Sample> samples();
    /// Where the sample project lives: AppDataLocation/samples.factdesk.
    static QString defaultProjectPath();

    /**
     * Imports every sample into project, extracting its figures, signed by
     * the project's editor; articles already there (same text) are skipped. Returns how many were added, or
     * -1 with *error set when a sample could not be read or stored.
     */
    static int importInto(Project *project, QString *error);

    /**
     * Creates a project file at path holding the samples, their import signed
     * by editor in the audit log. Fails if path exists.
     */
    static bool createProjectFile(const QString &path, const QString &editor, QString *error);
};

} // namespace FactDesk
