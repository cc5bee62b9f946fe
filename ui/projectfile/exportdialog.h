#pragma once

#include <QDialog>

#include <memory>

class QSettings;

namespace FactDesk {

class Project;
class StoryTracker;
class ExportDialogPrivate;

/**
 * Export… : format (CSV, or JSON as W3C Web Annotations), scope (verified
 * facts only, or all facts), spreadsheet flavour for CSV (standard; Excel in
 * French, with semicolons and decimal commas; Excel in English), and the
 * output file. A preview shows the first rows of exactly what will be
 * written, highlighted with KSyntaxHighlighting when FactDesk is built with it.
 *
 * Export writes through an ExportJob, on a thread of its own, with a progress
 * bar; Cancel stops it (and closing the dialog does too). The file is written
 * atomically: a cancelled or failed export leaves no partial file and an
 * earlier file intact. A failure is shown and the dialog stays open with
 * every choice kept. The choices are remembered in the settings.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Format
    {
        Csv,
        Json,
    };
    Q_ENUM(Format)
    enum class Flavour
    {
        Standard,
        ExcelFrench,
        ExcelEnglish,
    };
    Q_ENUM(Flavour)

    /// settings may be null (nothing remembered).
    ExportDialog(const Project *project, QSettings *settings, QWidget *parent = nullptr);
    /// storyTracker: the window's; the preview and the file take its ledger instead of building one.
    ExportDialog(const Project *project, StoryTracker *storyTracker, QSettings *settings, QWidget *parent = nullptr);
    ~ExportDialog() override;

    Format format() const;
    void setFormat(Format format);
    bool verifiedOnly() const;
    void setVerifiedOnly(bool verifiedOnly);
    Flavour flavour() const;
    void setFlavour(Flavour flavour);
    QString filePath() const;
    void setFilePath(const QString &path);

    /// The text of the preview pane.
    QString previewText() const;
    /// Why the last export failed or was cancelled, or empty.
    QString lastError() const;
    /// True while the file is being written.
    bool isExporting() const;

public Q_SLOTS:
    /**
     * Starts writing the file and returns true, or returns false (after a
     * message) when there is nothing to start: no file name, a folder.
     * exportFinished() follows; on success the dialog is accepted, on failure
     * a message says why.
     */
    bool exportNow();
    /// Stops the export under way; the file is not written. Closing the dialog cancels too.
    void cancelExport();
    void reject() override;

Q_SIGNALS:
    /// The export ended: ok when the file is complete.
    void exportFinished(bool ok);
    /// The file was written, whole (before exportFinished(true)).
    void exported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePreview();
    void browse();
    void exportEnded(bool ok, bool cancelled);
    void showFailure(const QString &error);

    std::unique_ptr<ExportDialogPrivate> d;
};

} // namespace FactDesk
