#pragma once

#include <QDialog>

#include <memory>

class QSettings;

namespace FactDesk {

class Project;
class ExportDialogPrivate;

/**
 * Export… : format (CSV, or JSON as W3C Web Annotations), scope (verified
 * facts only, or all facts), spreadsheet flavour for CSV (standard; Excel in
 * French, with semicolons and decimal commas; Excel in English), and the
 * output file. A preview shows the first rows of exactly what will be
 * written, highlighted with KSyntaxHighlighting when FactDesk is built with it.
 *
 * Export writes through the writer (atomically: the old file stays whole
 * until the new one is complete). A failure is shown and the dialog stays
 * open with every choice kept. The choices are remembered in the settings.
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
    /// Why the last export failed, or empty.
    QString lastError() const;

public Q_SLOTS:
    /// Writes the file; on success the dialog is accepted, on failure a message says why.
    bool exportNow();

Q_SIGNALS:
    /// The file was written.
    void exported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePreview();
    void browse();

    std::unique_ptr<ExportDialogPrivate> d;
};

} // namespace FactDesk
