#include "exportdialog.h"

#include "export/csvwriter.h"
#include "export/exportjob.h"
#include "export/jsonwriter.h"
#include "project/project.h"
#include "story/storytracker.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

#include <utility>

#ifdef FACTDESK_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace FactDesk {

namespace {

const auto formatKey = QLatin1String("export/format");
const auto scopeKey = QLatin1String("export/scope");
const auto flavourKey = QLatin1String("export/flavour");
const auto directoryKey = QLatin1String("export/lastDirectory");

constexpr int previewCsvRows = 20;
constexpr int previewJsonAnnotations = 3;

QString suffixOf(ExportDialog::Format format)
{
    return format == ExportDialog::Format::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

CsvWriter::Dialect dialectOf(ExportDialog::Flavour flavour)
{
    switch (flavour) {
    case ExportDialog::Flavour::ExcelFrench:
        return CsvWriter::Dialect::ExcelFrench;
    case ExportDialog::Flavour::ExcelEnglish:
        return CsvWriter::Dialect::ExcelEnglish;
    case ExportDialog::Flavour::Standard:
        break;
    }
    return CsvWriter::Dialect::Rfc4180;
}

} // namespace

class ExportDialogPrivate
{
public:
    const Project *project = nullptr;
    QSettings *settings = nullptr;
    StoryTracker *storyTracker = nullptr;
    QString lastError;

    /// The window's ledger, up to date with the last review (the file says what the Story panel says), or null.
    const StoryLedger *storyLedger() const
    {
        if (!storyTracker)
            return nullptr;
        storyTracker->refreshNow();
        return &storyTracker->ledger();
    }

    QLabel *formatLabel = nullptr;
    QComboBox *format = nullptr;
    QLabel *scopeLabel = nullptr;
    QRadioButton *verifiedOnly = nullptr;
    QRadioButton *allFacts = nullptr;
    QLabel *flavourLabel = nullptr;
    QComboBox *flavour = nullptr;
    QLabel *fileLabel = nullptr;
    QLineEdit *file = nullptr;
    QPushButton *browse = nullptr;
    QLabel *previewLabel = nullptr;
    QPlainTextEdit *preview = nullptr;
    QLabel *countLabel = nullptr;
    QDialogButtonBox *buttons = nullptr;
    QPushButton *exportButton = nullptr;
    QProgressBar *progress = nullptr;
    ExportJob *job = nullptr;
    QString exportingPath;

#ifdef FACTDESK_HAVE_KSYNTAXHIGHLIGHTING
    std::unique_ptr<KSyntaxHighlighting::Repository> repository;
    KSyntaxHighlighting::SyntaxHighlighter *highlighter = nullptr;
    QTextDocument *previewDocument = nullptr; ///< the preview's text, a new document for each (updatePreview)
#endif

    QHash<QWidget *, bool> enabledBeforeExport;

    void freezeInputs(bool frozen)
    {
        const QList<QWidget *> inputs { format, verifiedOnly, allFacts, flavour, file, browse, exportButton };
        for (QWidget *input : inputs) {
            if (frozen) {
                enabledBeforeExport.insert(input, input->isEnabled());
                input->setEnabled(false);
            } else {
                input->setEnabled(enabledBeforeExport.value(input, true));
            }
        }
    }

    int factCount(bool verified) const
    {
        return verified ? project->verifiedCount() : int(project->facts().size());
    }

    QString defaultFilePath(ExportDialog::Format format) const
    {
        QString directory = settings ? settings->value(directoryKey).toString() : QString();
        if (directory.isEmpty() || !QFileInfo(directory).isDir())
            directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (!QFileInfo(directory).isDir())
            directory = QDir::homePath();
        const QString projectPath = project->filePath();
        const QString base
            = projectPath.isEmpty() ? QStringLiteral("facts") : QFileInfo(projectPath).completeBaseName();
        return QDir(directory).filePath(base + QLatin1Char('.') + suffixOf(format));
    }
};

ExportDialog::ExportDialog(const Project *project, QSettings *settings, QWidget *parent)
    : ExportDialog(project, nullptr, settings, parent)
{
}

ExportDialog::ExportDialog(const Project *project, StoryTracker *storyTracker, QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<ExportDialogPrivate>())
{
    Q_ASSERT(project);
    d->project = project;
    d->storyTracker = storyTracker;
    d->settings = settings;

    d->format = new QComboBox(this);
    d->format->addItem(QString(), QVariant::fromValue(Format::Csv));
    d->format->addItem(QString(), QVariant::fromValue(Format::Json));
    d->verifiedOnly = new QRadioButton(this);
    d->allFacts = new QRadioButton(this);
    auto *scopeGroup = new QButtonGroup(this);
    scopeGroup->addButton(d->verifiedOnly);
    scopeGroup->addButton(d->allFacts);
    d->verifiedOnly->setChecked(true);
    d->flavour = new QComboBox(this);
    d->flavour->addItem(QString(), QVariant::fromValue(Flavour::Standard));
    d->flavour->addItem(QString(), QVariant::fromValue(Flavour::ExcelFrench));
    d->flavour->addItem(QString(), QVariant::fromValue(Flavour::ExcelEnglish));
    d->file = new QLineEdit(this);
    d->browse = new QPushButton(this);
    d->preview = new QPlainTextEdit(this);
    d->preview->setReadOnly(true);
    d->preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    d->preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    d->countLabel = new QLabel(this);
    d->countLabel->setWordWrap(true);
    d->progress = new QProgressBar(this);
    d->progress->hide();
    d->job = new ExportJob(project, this);
    connect(d->job, &ExportJob::progressChanged, this, [this](int done, int total) {
        d->progress->setRange(0, total);
        d->progress->setValue(done);
    });
    connect(d->job, &ExportJob::finished, this, &ExportDialog::exportEnded);
    d->buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    d->exportButton = d->buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    d->exportButton->setDefault(true);

    auto *scopeBox = new QVBoxLayout;
    scopeBox->addWidget(d->verifiedOnly);
    scopeBox->addWidget(d->allFacts);
    auto *fileBox = new QHBoxLayout;
    fileBox->addWidget(d->file, 1);
    fileBox->addWidget(d->browse);
    auto *form = new QFormLayout;
    d->formatLabel = new QLabel(this);
    d->formatLabel->setBuddy(d->format);
    d->scopeLabel = new QLabel(this);
    d->scopeLabel->setBuddy(d->verifiedOnly);
    d->flavourLabel = new QLabel(this);
    d->flavourLabel->setBuddy(d->flavour);
    d->fileLabel = new QLabel(this);
    d->fileLabel->setBuddy(d->file);
    form->addRow(d->formatLabel, d->format);
    form->addRow(d->scopeLabel, scopeBox);
    form->addRow(d->flavourLabel, d->flavour);
    form->addRow(d->fileLabel, fileBox);
    d->previewLabel = new QLabel(this);
    d->previewLabel->setBuddy(d->preview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(d->previewLabel);
    layout->addWidget(d->preview, 1);
    layout->addWidget(d->countLabel);
    layout->addWidget(d->progress);
    layout->addWidget(d->buttons);
    resize(720, 520);

#ifdef FACTDESK_HAVE_KSYNTAXHIGHLIGHTING
    d->repository = std::make_unique<KSyntaxHighlighting::Repository>();
    d->highlighter = new KSyntaxHighlighting::SyntaxHighlighter(this);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    d->highlighter->setTheme(d->repository->defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
#endif

    // Remembered choices; the file name follows the project and the format.
    if (settings) {
        const QString format = settings->value(formatKey).toString();
        d->format->setCurrentIndex(format == QLatin1String("json") ? 1 : 0);
        (settings->value(scopeKey).toString() == QLatin1String("all") ? d->allFacts : d->verifiedOnly)
            ->setChecked(true);
        const QString flavour = settings->value(flavourKey).toString();
        d->flavour->setCurrentIndex(flavour == QLatin1String("excel-fr") ? 1
                : flavour == QLatin1String("excel-en")                   ? 2
                                                                         : 0);
    }
    // Nothing chosen yet: a French interface proposes what French Excel reads.
    if ((!settings || !settings->contains(flavourKey)) && QLocale().language() == QLocale::French)
        d->flavour->setCurrentIndex(1);
    d->file->setText(QDir::toNativeSeparators(d->defaultFilePath(format())));

    connect(d->format, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        // Keep the name, follow the format's suffix.
        const QFileInfo info(filePath());
        const QString other = suffixOf(format() == Format::Csv ? Format::Json : Format::Csv);
        if (info.suffix().compare(other, Qt::CaseInsensitive) == 0)
            setFilePath(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffixOf(format())));
        d->flavour->setEnabled(format() == Format::Csv);
        updatePreview();
    });
    connect(d->verifiedOnly, &QRadioButton::toggled, this, &ExportDialog::updatePreview);
    connect(d->flavour, qOverload<int>(&QComboBox::currentIndexChanged), this, &ExportDialog::updatePreview);
    connect(d->file, &QLineEdit::textChanged, this,
        [this] { d->exportButton->setEnabled(!d->file->text().trimmed().isEmpty()); });
    connect(d->browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(d->exportButton, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(d->buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    d->flavour->setEnabled(format() == Format::Csv);
    retranslateUi();
}

ExportDialog::~ExportDialog() = default;

ExportDialog::Format ExportDialog::format() const
{
    return d->format->currentData().value<Format>();
}

void ExportDialog::setFormat(Format format)
{
    d->format->setCurrentIndex(d->format->findData(QVariant::fromValue(format)));
}

bool ExportDialog::verifiedOnly() const
{
    return d->verifiedOnly->isChecked();
}

void ExportDialog::setVerifiedOnly(bool verifiedOnly)
{
    (verifiedOnly ? d->verifiedOnly : d->allFacts)->setChecked(true);
}

ExportDialog::Flavour ExportDialog::flavour() const
{
    return d->flavour->currentData().value<Flavour>();
}

void ExportDialog::setFlavour(Flavour flavour)
{
    d->flavour->setCurrentIndex(d->flavour->findData(QVariant::fromValue(flavour)));
}

QString ExportDialog::filePath() const
{
    return QDir::fromNativeSeparators(d->file->text().trimmed());
}

void ExportDialog::setFilePath(const QString &path)
{
    d->file->setText(QDir::toNativeSeparators(path));
}

QString ExportDialog::previewText() const
{
    return d->preview->toPlainText();
}

QString ExportDialog::lastError() const
{
    return d->lastError;
}

bool ExportDialog::isExporting() const
{
    return d->job->isRunning();
}

bool ExportDialog::exportNow()
{
    if (d->job->isRunning())
        return false;
    const QString path = filePath();
    if (path.isEmpty()) {
        showFailure(tr("Choose the file to write."));
        return false;
    }
    if (QFileInfo(path).isDir()) {
        showFailure(tr("“%1” is a folder. Choose a file name.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    d->job->setFormat(format() == Format::Json ? ExportJob::Format::Json : ExportJob::Format::Csv);
    d->job->setAllFacts(!verifiedOnly());
    d->job->setDialect(dialectOf(flavour()));
    d->job->setStoryLedger(d->storyLedger());
    d->exportingPath = path;
    // Every choice stays visible but frozen while the file is written.
    d->freezeInputs(true);
    d->progress->setRange(0, 0);
    d->progress->show();
    d->lastError.clear();
    d->job->start(path);
    return true;
}

void ExportDialog::cancelExport()
{
    d->job->cancel();
}

void ExportDialog::reject()
{
    // Escape or Cancel while writing stops the export; a second one closes.
    if (d->job->isRunning()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportDialog::exportEnded(bool ok, bool cancelled)
{
    d->progress->hide();
    d->freezeInputs(false);
    if (!ok) {
        if (cancelled)
            d->lastError = d->job->lastError(); // nothing to show: the analyst asked for it
        else
            showFailure(d->job->lastError());
        Q_EMIT exportFinished(false);
        return;
    }
    d->lastError.clear();
    if (d->settings) {
        d->settings->setValue(formatKey, suffixOf(format()));
        d->settings->setValue(scopeKey, verifiedOnly() ? QStringLiteral("verified") : QStringLiteral("all"));
        const Flavour chosen = flavour();
        d->settings->setValue(flavourKey,
            chosen == Flavour::ExcelFrench        ? QStringLiteral("excel-fr")
                : chosen == Flavour::ExcelEnglish ? QStringLiteral("excel-en")
                                                  : QStringLiteral("standard"));
        d->settings->setValue(directoryKey, QFileInfo(d->exportingPath).absolutePath());
    }
    accept();
    Q_EMIT exported(d->exportingPath);
    Q_EMIT exportFinished(true);
}

void ExportDialog::showFailure(const QString &error)
{
    // The dialog stays open with every choice, so the analyst can pick another place.
    d->lastError = error;
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Export Failed"),
        tr("The facts could not be exported."), QMessageBox::Ok, this);
    box->setInformativeText(error);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export Facts"));
    d->formatLabel->setText(tr("&Format:"));
    d->format->setItemText(0, tr("CSV (spreadsheet)"));
    d->format->setItemText(1, tr("JSON (W3C Web Annotations)"));
    d->scopeLabel->setText(tr("Facts:", "which facts to export"));
    d->flavourLabel->setText(tr("&Spreadsheet:"));
    d->flavour->setItemText(0, tr("Standard CSV (comma, decimal point)"));
    d->flavour->setItemText(1, tr("Excel in French (semicolon, decimal comma)"));
    d->flavour->setItemText(2, tr("Excel in English (comma, decimal point)"));
    d->flavour->setToolTip(tr("Excel reads a CSV file with the separators of the system’s language."));
    d->fileLabel->setText(tr("&Output file:"));
    d->browse->setText(tr("&Browse…"));
    d->previewLabel->setText(tr("&Preview:", "of the exported file"));
    d->exportButton->setText(tr("&Export", "verb"));
    updatePreview();
}

void ExportDialog::updatePreview()
{
    const bool verified = verifiedOnly();
    d->verifiedOnly->setText(
        tr("&Verified facts only (%n)", "confirmed or corrected facts", d->factCount(true)));
    d->allFacts->setText(tr("&All facts (%n)", "whatever their review status", d->factCount(false)));

    QString text;
    int count = 0;
    if (format() == Format::Json) {
        JsonWriter writer(*d->project);
        writer.setAllFacts(!verified);
        writer.setStoryLedger(d->storyLedger());
        count = writer.annotationCount();
        text = writer.preview(previewJsonAnnotations);
    } else {
        CsvWriter writer(*d->project);
        writer.setAllFacts(!verified);
        writer.setStoryLedger(d->storyLedger());
        writer.setDialect(dialectOf(flavour()));
        count = writer.rowCount();
        text = writer.preview(previewCsvRows);
    }
#ifdef FACTDESK_HAVE_KSYNTAXHIGHLIGHTING
    // KSyntaxHighlighting queues the highlight of the next block when a block's end state changes;
    // new text in the same document frees that block before the queued call runs (a crash in
    // QSyntaxHighlighter::rehighlightBlock when the scope and the format change at once). A new
    // document each time keeps the old blocks alive until those calls have run; they then find a
    // document that is no longer the highlighter's and do nothing.
    auto *document = new QTextDocument(d->preview);
    document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    document->setDefaultFont(d->preview->font());
    document->setPlainText(text);
    // The editor deletes the document it made itself; the ones made here are deleted here.
    QTextDocument *previous = std::exchange(d->previewDocument, document);
    d->highlighter->setDocument(nullptr);
    // Not every repository knows CSV; an invalid definition simply leaves the text plain.
    d->highlighter->setDefinition(format() == Format::Json
            ? d->repository->definitionForName(QStringLiteral("JSON"))
            : d->repository->definitionForFileName(QStringLiteral("facts.csv")));
    d->preview->setDocument(document);
    d->highlighter->setDocument(document);
    // setDocument() highlights on the next turn of the event loop; the preview is shown highlighted now.
    d->highlighter->rehighlight();
    if (previous)
        previous->deleteLater();
#else
    d->preview->setPlainText(text);
#endif

    if (count == 0) {
        const QString why = verified ? tr("No fact is verified yet.") : tr("The project has no facts yet.");
        d->countLabel->setText(why + QLatin1Char(' ')
            + (format() == Format::Json ? tr("The file will hold an empty collection.")
                                        : tr("The file will hold the column names only.")));
    } else if (format() == Format::Json) {
        d->countLabel->setText(
            tr("%n fact(s) will be exported; the preview shows the first ones.", "", count));
    } else {
        d->countLabel->setText(
            tr("%n fact(s) will be exported; the preview shows the first rows.", "", count));
    }
}

void ExportDialog::browse()
{
    const QString filter = format() == Format::Json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Facts To"), filePath(), filter);
    if (!path.isEmpty())
        setFilePath(path);
}

} // namespace FactDesk
