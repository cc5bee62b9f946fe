// The export dialog previews exactly what the writers will write, writes the
// file, and on failure says why and stays open with every choice kept.

#include "exportdialog.h"

#include "../project/exportfixture.h"

#include "export/csvwriter.h"
#include "export/jsonwriter.h"
#include "project/project.h"
#include "story/storytracker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSyntaxHighlighter>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

using namespace FactDesk;
using FactDesk::Test::figureAt;

Q_DECLARE_METATYPE(FactDesk::CsvWriter::Dialect)

namespace {

/// articles articles of factsEach facts, every third confirmed, in memory.
void fillLargeProject(Project *project, int articles, int factsEach)
{
    const QString sentence = QStringLiteral("Le port a traité %1 conteneurs de plus. ");
    QVector<Article> batch;
    QVector<QVector<Figure>> figures;
    for (int a = 0; a < articles; ++a) {
        Article article;
        article.title = QStringLiteral("Trafic portuaire %1").arg(a);
        article.language = QStringLiteral("fr");
        QVector<Figure> found;
        for (int f = 0; f < factsEach; ++f) {
            const QString number = QString::number(100 + (a * 7 + f) % 900);
            Figure figure;
            figure.start = int(article.text.size()) + 18;
            figure.end = figure.start + int(number.size());
            figure.kind = FigureKind::Count;
            figure.value = number;
            article.text += sentence.arg(number);
            found << figure;
        }
        batch << article;
        figures << found;
        if (batch.size() == 1000 || a + 1 == articles) {
            QVERIFY(!project->addArticles(batch, figures).isEmpty());
            batch.clear();
            figures.clear();
        }
    }
    QVector<Fact> facts = project->facts();
    for (int i = 0; i < facts.size(); i += 3) {
        facts[i].status = ReviewStatus::Confirmed;
        QVERIFY(project->updateFact(facts.at(i), QStringLiteral("confirm")));
    }
}

/// One article with three facts: the first confirmed, the others pending.
void fillProject(Project *project)
{
    Article article;
    article.title = QStringLiteral("Budget municipal");
    article.source = QStringLiteral("La Gazette du port");
    article.language = QStringLiteral("fr");
    article.date = QDate(2025, 10, 29);
    article.text = QStringLiteral("Le conseil a voté un budget de 48 millions d’euros, en hausse de 3,5 %. "
                                  "La ville emploie 1 200 agents.");
    const QVector<Figure> figures = {
        figureAt(article.text, QStringLiteral("48 millions d’euros"), FigureKind::Money,
            QStringLiteral("48000000"), QStringLiteral("EUR")),
        figureAt(article.text, QStringLiteral("3,5 %"), FigureKind::Percent, QStringLiteral("3.5"),
            QStringLiteral("%")),
        figureAt(article.text, QStringLiteral("1 200 agents"), FigureKind::Count, QStringLiteral("1200"),
            QStringLiteral("agents")),
    };
    QVERIFY(project->addArticle(article, figures) > 0);
    Fact confirmed = project->facts().constFirst();
    confirmed.status = ReviewStatus::Confirmed;
    QVERIFY(project->updateFact(confirmed, QStringLiteral("confirm")));
}

QString expectedPreview(
    const Project &project, ExportDialog::Format format, bool verifiedOnly, CsvWriter::Dialect dialect)
{
    if (format == ExportDialog::Format::Json) {
        JsonWriter writer(project);
        writer.setAllFacts(!verifiedOnly);
        return writer.preview(3);
    }
    CsvWriter writer(project);
    writer.setAllFacts(!verifiedOnly);
    writer.setDialect(dialect);
    return writer.preview(20);
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void preview_data();
    void preview();
    void exportWritesFile_data();
    void exportWritesFile();
    void failureKeepsDialog_data();
    void failureKeepsDialog();
    void suffixFollowsFormat();
    void remembersChoices();
    void highlightsJson();
    void largeExportKeepsWindowTurning_data();
    void largeExportKeepsWindowTurning();
    void cancelLeavesEarlierFile_data();
    void cancelLeavesEarlierFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Project> m_project;
};

void TestExportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings
        = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_project = std::make_unique<Project>();
    fillProject(m_project.get());
}

void TestExportDialog::cleanup()
{
    m_project.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestExportDialog::preview_data()
{
    QTest::addColumn<ExportDialog::Format>("format");
    QTest::addColumn<bool>("verifiedOnly");
    QTest::addColumn<ExportDialog::Flavour>("flavour");
    QTest::addColumn<CsvWriter::Dialect>("dialect");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    const QString confirmed = QStringLiteral("48 millions d’euros");
    const QString pending = QStringLiteral("1 200 agents");
    QTest::newRow("CSV, verified only")
        << ExportDialog::Format::Csv << true << ExportDialog::Flavour::Standard << CsvWriter::Dialect::Rfc4180
        << QStringList { confirmed } << QStringList { pending };
    QTest::newRow("CSV, all facts") << ExportDialog::Format::Csv << false << ExportDialog::Flavour::Standard
                                    << CsvWriter::Dialect::Rfc4180 << QStringList { confirmed, pending }
                                    << QStringList();
    QTest::newRow("CSV, Excel French")
        << ExportDialog::Format::Csv << false << ExportDialog::Flavour::ExcelFrench
        << CsvWriter::Dialect::ExcelFrench << QStringList { QStringLiteral(";") } << QStringList();
    QTest::newRow("CSV, Excel English")
        << ExportDialog::Format::Csv << true << ExportDialog::Flavour::ExcelEnglish
        << CsvWriter::Dialect::ExcelEnglish << QStringList { confirmed } << QStringList { pending };
    QTest::newRow("JSON, all facts") << ExportDialog::Format::Json << false << ExportDialog::Flavour::Standard
                                     << CsvWriter::Dialect::Rfc4180
                                     << QStringList { QStringLiteral("TextQuoteSelector"), confirmed }
                                     << QStringList();
    QTest::newRow("JSON, verified only")
        << ExportDialog::Format::Json << true << ExportDialog::Flavour::Standard
        << CsvWriter::Dialect::Rfc4180 << QStringList { confirmed } << QStringList { pending };
}

void TestExportDialog::preview()
{
    QFETCH(ExportDialog::Format, format);
    QFETCH(bool, verifiedOnly);
    QFETCH(ExportDialog::Flavour, flavour);
    QFETCH(CsvWriter::Dialect, dialect);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);

    ExportDialog dialog(m_project.get(), m_settings.get());
    dialog.setFormat(format);
    dialog.setVerifiedOnly(verifiedOnly);
    dialog.setFlavour(flavour);

    const QString preview = dialog.previewText();
    QVERIFY(!preview.isEmpty());
    // The preview is the writer's own text, with the same options (a text view shows CRLF as line breaks).
    QCOMPARE(preview,
        expectedPreview(*m_project, format, verifiedOnly, dialect)
            .replace(QLatin1String("\r\n"), QLatin1String("\n")));
    if (format == ExportDialog::Format::Csv)
        QVERIFY(preview.startsWith(CsvWriter::columnNames().constFirst()));
    for (const QString &text : present)
        QVERIFY2(preview.contains(text), qPrintable(text));
    for (const QString &text : absent)
        QVERIFY2(!preview.contains(text), qPrintable(text));
}

void TestExportDialog::exportWritesFile_data()
{
    QTest::addColumn<ExportDialog::Format>("format");
    QTest::addColumn<bool>("verifiedOnly");
    QTest::addColumn<ExportDialog::Flavour>("flavour");

    QTest::newRow("CSV, verified only")
        << ExportDialog::Format::Csv << true << ExportDialog::Flavour::Standard;
    QTest::newRow("CSV, Excel French, all")
        << ExportDialog::Format::Csv << false << ExportDialog::Flavour::ExcelFrench;
    QTest::newRow("JSON, all facts") << ExportDialog::Format::Json << false
                                     << ExportDialog::Flavour::Standard;
}

void TestExportDialog::exportWritesFile()
{
    QFETCH(ExportDialog::Format, format);
    QFETCH(bool, verifiedOnly);
    QFETCH(ExportDialog::Flavour, flavour);

    ExportDialog dialog(m_project.get(), m_settings.get());
    dialog.setFormat(format);
    dialog.setVerifiedOnly(verifiedOnly);
    dialog.setFlavour(flavour);
    const QString path = m_dir->filePath(QStringLiteral("facts.export"));
    dialog.setFilePath(path);
    dialog.show();

    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QVERIFY(dialog.exportNow());
    QVERIFY(dialog.isExporting());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.lastError().isEmpty());

    QFile file(m_dir->filePath(QStringLiteral("facts.export")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QByteArray expected;
    if (format == ExportDialog::Format::Json) {
        JsonWriter writer(*m_project);
        writer.setAllFacts(!verifiedOnly);
        expected = writer.toJson();
    } else {
        CsvWriter writer(*m_project);
        writer.setAllFacts(!verifiedOnly);
        writer.setDialect(flavour == ExportDialog::Flavour::ExcelFrench ? CsvWriter::Dialect::ExcelFrench
                                                                        : CsvWriter::Dialect::Rfc4180);
        expected = writer.toCsv();
    }
    QCOMPARE(written, expected);
}

void TestExportDialog::failureKeepsDialog_data()
{
    QTest::addColumn<QString>("where");

    QTest::newRow("folder does not exist") << QStringLiteral("missing/facts.csv");
    QTest::newRow("parent is a file") << QStringLiteral("plain.txt/facts.csv");
    QTest::newRow("target is a folder") << QStringLiteral("folder");
    QTest::newRow("read-only folder") << QStringLiteral("locked/facts.csv");
    QTest::newRow("no file name") << QString();
}

void TestExportDialog::failureKeepsDialog()
{
    QFETCH(QString, where);

    QFile plain(m_dir->filePath(QStringLiteral("plain.txt")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder")));
    const QString locked = m_dir->filePath(QStringLiteral("locked"));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("locked")));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    if (where.startsWith(QLatin1String("locked"))) {
        QFile probe(locked + QLatin1String("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QFile::setPermissions(
                locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QSKIP("running as a user who may write into read-only folders (root)");
        }
    }

    QWidget window;
    ExportDialog dialog(m_project.get(), m_settings.get(), &window);
    dialog.setFormat(ExportDialog::Format::Csv);
    dialog.setVerifiedOnly(false);
    dialog.setFlavour(ExportDialog::Flavour::ExcelEnglish);
    const QString path = where.isEmpty() ? QString() : m_dir->filePath(where);
    dialog.setFilePath(path);
    window.show();
    dialog.show();
    const QString previewBefore = dialog.previewText();

    // A name that is no file fails at once; a place that cannot be written, once the writer tries.
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    if (dialog.exportNow()) {
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    }
    QVERIFY(!dialog.isExporting());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted: the dialog stays
    QVERIFY(!dialog.lastError().isEmpty());
    const auto boxes = dialog.findChildren<QMessageBox *>();
    QCOMPARE(boxes.size(), 1);
    QCOMPARE(boxes.constFirst()->informativeText(), dialog.lastError());

    // Nothing the analyst chose is lost.
    QCOMPARE(dialog.format(), ExportDialog::Format::Csv);
    QVERIFY(!dialog.verifiedOnly());
    QCOMPARE(dialog.flavour(), ExportDialog::Flavour::ExcelEnglish);
    QCOMPARE(dialog.filePath(), path);
    QCOMPARE(dialog.previewText(), previewBefore);
    boxes.constFirst()->close();
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestExportDialog::suffixFollowsFormat()
{
    ExportDialog dialog(m_project.get(), nullptr);
    dialog.setFormat(ExportDialog::Format::Csv);
    dialog.setFilePath(m_dir->filePath(QStringLiteral("review.csv")));
    dialog.setFormat(ExportDialog::Format::Json);
    QCOMPARE(dialog.filePath(), m_dir->filePath(QStringLiteral("review.json")));
    dialog.setFormat(ExportDialog::Format::Csv);
    QCOMPARE(dialog.filePath(), m_dir->filePath(QStringLiteral("review.csv")));
    // A name the analyst chose with another suffix is left alone.
    dialog.setFilePath(m_dir->filePath(QStringLiteral("review.txt")));
    dialog.setFormat(ExportDialog::Format::Json);
    QCOMPARE(dialog.filePath(), m_dir->filePath(QStringLiteral("review.txt")));
}

void TestExportDialog::remembersChoices()
{
    {
        ExportDialog dialog(m_project.get(), m_settings.get());
        dialog.setFormat(ExportDialog::Format::Json);
        dialog.setVerifiedOnly(false);
        dialog.setFilePath(m_dir->filePath(QStringLiteral("facts.json")));
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QVERIFY(dialog.exportNow());
        QVERIFY(finished.wait(30000));
    }
    ExportDialog again(m_project.get(), m_settings.get());
    QCOMPARE(again.format(), ExportDialog::Format::Json);
    QVERIFY(!again.verifiedOnly());
    QCOMPARE(QFileInfo(again.filePath()).absolutePath(), QFileInfo(m_dir->path()).absoluteFilePath());
    QVERIFY(again.filePath().endsWith(QLatin1String(".json")));
}

void TestExportDialog::highlightsJson()
{
#ifdef FACTDESK_HAVE_KSYNTAXHIGHLIGHTING
    ExportDialog dialog(m_project.get(), nullptr);
    dialog.setFormat(ExportDialog::Format::Json);
    auto *preview = dialog.findChild<QPlainTextEdit *>();
    QVERIFY(preview);
    // Each preview is a new document (updatePreview): the highlighter follows it.
    const auto *highlighter = dialog.findChild<QSyntaxHighlighter *>();
    QVERIFY(highlighter);
    QCOMPARE(highlighter->document(), preview->document());
    dialog.setVerifiedOnly(!dialog.verifiedOnly());
    QCOMPARE(highlighter->document(), preview->document());
    bool formatted = false;
    for (QTextBlock block = preview->document()->firstBlock(); block.isValid() && !formatted;
         block = block.next())
        formatted = !block.layout()->formats().isEmpty();
    QVERIFY2(formatted, "the JSON preview carries highlighting formats");
#else
    QSKIP("built without KSyntaxHighlighting: the preview is plain text");
#endif
}

void TestExportDialog::largeExportKeepsWindowTurning_data()
{
    QTest::addColumn<ExportDialog::Format>("format");
    QTest::newRow("CSV") << ExportDialog::Format::Csv;
    QTest::newRow("JSON") << ExportDialog::Format::Json;
}

void TestExportDialog::largeExportKeepsWindowTurning()
{
    // 300,000 facts: the file is written while a timer of the window's thread keeps ticking.
    QFETCH(ExportDialog::Format, format);
    Project project;
    fillLargeProject(&project, 10000, 30);
    QCOMPARE(project.facts().size(), 300000);
    // As the window does: the preview and the file take the Story panel's
    // ledger rather than building one each time.
    StoryTracker storyTracker(&project);
    ExportDialog dialog(&project, &storyTracker, nullptr);
    dialog.setFormat(format);
    dialog.setVerifiedOnly(false);
    const QString path = m_dir->filePath(QStringLiteral("large.export"));
    dialog.setFilePath(path);
    dialog.show();

    int ticksWhileExporting = 0;
    QTimer ticker;
    ticker.setInterval(1);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (dialog.isExporting())
            ++ticksWhileExporting;
    });
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    ticker.start();
    QVERIFY(dialog.exportNow());
    QVERIFY(finished.wait(300000));
    ticker.stop();
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QVERIFY2(ticksWhileExporting > 1, qPrintable(QString::number(ticksWhileExporting)));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    if (format == ExportDialog::Format::Csv) {
        int lines = 0;
        while (!file.atEnd()) {
            file.readLine();
            ++lines;
        }
        QCOMPARE(lines, 300001); // the header and every fact
    } else {
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll());
        QCOMPARE(json.object().value(QStringLiteral("total")).toInt(), 300000);
        QCOMPARE(json.object()
                     .value(QStringLiteral("first"))
                     .toObject()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
            300000);
    }
}

void TestExportDialog::cancelLeavesEarlierFile_data()
{
    QTest::addColumn<ExportDialog::Format>("format");
    QTest::addColumn<bool>("byClosing");
    QTest::newRow("CSV, Cancel button") << ExportDialog::Format::Csv << false;
    QTest::newRow("JSON, Escape") << ExportDialog::Format::Json << true;
}

void TestExportDialog::cancelLeavesEarlierFile()
{
    QFETCH(ExportDialog::Format, format);
    QFETCH(bool, byClosing);
    Project project;
    fillLargeProject(&project, 2000, 30);
    const QString path = m_dir->filePath(QStringLiteral("earlier.export"));
    {
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("the export of last week\n");
    }
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    ExportDialog dialog(&project, nullptr);
    dialog.setFormat(format);
    dialog.setVerifiedOnly(false);
    dialog.setFilePath(path);
    dialog.show();
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QVERIFY(dialog.exportNow());
    if (byClosing)
        QTest::keyClick(&dialog, Qt::Key_Escape);
    else
        dialog.cancelExport();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QVERIFY(dialog.isVisible()); // Escape stopped the export, it did not close the dialog
    QVERIFY(!dialog.lastError().isEmpty());
    QVERIFY(dialog.findChildren<QMessageBox *>().isEmpty()); // a cancel is no failure to report

    QFile earlier(path);
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    QCOMPARE(earlier.readAll(), QByteArray("the export of last week\n"));
    // No partial file left beside it.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
