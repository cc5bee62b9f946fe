#include "project/project.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace FactDesk;

namespace {

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
}

const Fact *factQuoting(const Project &project, const QString &quote)
{
    for (const Fact &fact : project.facts()) {
        if (fact.quote == quote)
            return &fact;
    }
    return nullptr;
}

Article webArticle(const QString &text)
{
    Article article;
    article.title = QStringLiteral("Chiffres du mois");
    article.url = QStringLiteral("https://example.org/chiffres");
    article.language = QStringLiteral("fr");
    article.date = QDate(2025, 6, 2);
    article.text = text;
    article.fileName = QStringLiteral("chiffres.html");
    return article;
}

} // namespace

class TestProjectImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsFilesAndFolders();
    void skipsDuplicates();
    void warningsNameTheirFileOnce();
    void cancellationLeavesNoPartialArticle();
    void batchesKeepFileOrder_data();
    void batchesKeepFileOrder();
    void reimportKeepsReviews_data();
    void reimportKeepsReviews();
    void reimportOfEditedFile();
    void rereadAfterMetadataChange_data();
    void rereadAfterMetadataChange();
};

void TestProjectImporter::importsFilesAndFolders()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("folder/sub")));
    QVERIFY(writeText(
        dir.filePath(QStringLiteral("folder/a.txt")), QStringLiteral("La hausse atteint 3 % en mai.")));
    QVERIFY(writeText(dir.filePath(QStringLiteral("folder/sub/b.md")),
        QStringLiteral("# Titre\n\nOn compte 40 salariés de plus.")));
    QVERIFY(writeText(dir.filePath(QStringLiteral("folder/notes.pdf")), QStringLiteral("not an article")));
    QVERIFY(writeText(dir.filePath(QStringLiteral("c.html")),
        QStringLiteral(
            "<html><head><title>Prix</title></head><body><p>Le prix monte de 12 %.</p></body></html>")));

    Project project;
    ProjectImporter importer(&project);
    QVector<int> processed;
    QStringList outcomes;
    int total = 0;
    importer.setOutcomeCallback([&](const ArticleOutcome &outcome) {
        processed.append(outcome.processed);
        outcomes.append(QFileInfo(outcome.fileName).fileName() + QLatin1Char(':')
            + QString::number(int(outcome.kind)));
        total = outcome.filesTotal;
    });
    const ProjectImportSummary summary = importer.importPaths({ dir.filePath(QStringLiteral("folder")),
        dir.filePath(QStringLiteral("c.html")), dir.filePath(QStringLiteral("missing.txt")) });
    QCOMPARE(summary.imported.size(), 3);
    QCOMPARE(summary.importedArticleIds.size(), 3);
    // Every file once, the missing one first (known before any is read), then in file order.
    QCOMPARE(total, 4);
    QCOMPARE(processed, QVector<int>({ 1, 2, 3, 4 }));
    QCOMPARE(outcomes,
        QStringList({ QStringLiteral("missing.txt:3"), QStringLiteral("a.txt:0"), QStringLiteral("b.md:0"),
            QStringLiteral("c.html:0") }));
    QCOMPARE(summary.failed.size(), 1);
    QVERIFY(summary.failed.first().fileName.endsWith(QLatin1String("missing.txt")));
    QVERIFY(!summary.failed.first().reason.isEmpty());
    QCOMPARE(project.articles().size(), 3);
    QVERIFY(factQuoting(project, QStringLiteral("12 %")));
    QVERIFY(!project.facts().isEmpty());
    for (const Fact &fact : project.facts())
        QCOMPARE(toString(fact.status), toString(ReviewStatus::Pending));
}

void TestProjectImporter::skipsDuplicates()
{
    QTemporaryDir dir;
    const QString text = QStringLiteral("Les ventes progressent de 8 % sur un an.");
    QVERIFY(writeText(dir.filePath(QStringLiteral("one.txt")), text));
    QVERIFY(writeText(dir.filePath(QStringLiteral("copy.txt")), text));
    Project project;
    ProjectImporter importer(&project);
    ProjectImportSummary summary = importer.importPaths(
        { dir.filePath(QStringLiteral("one.txt")), dir.filePath(QStringLiteral("copy.txt")) });
    QCOMPARE(summary.imported.size(), 1);
    QCOMPARE(summary.skippedDuplicates.size(), 1);
    QVERIFY(summary.skippedDuplicates.first().endsWith(QLatin1String("copy.txt")));
    const int facts = project.facts().size();
    summary = importer.importPaths({ dir.filePath(QStringLiteral("one.txt")) });
    QCOMPARE(summary.skippedDuplicates.size(), 1);
    QCOMPARE(summary.imported.size(), 0);
    QCOMPARE(project.articles().size(), 1);
    QCOMPARE(project.facts().size(), facts);
}

void TestProjectImporter::warningsNameTheirFileOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("latin1.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Le caf\xe9 co\xfbte 3 % de plus.\n"); // Windows-1252, not UTF-8
    file.close();
    Project project;
    ProjectImporter importer(&project);
    const ProjectImportSummary summary = importer.importPaths({ path });
    QCOMPARE(summary.imported.size(), 1);
    QCOMPARE(summary.warnings.size(), 1);
    QCOMPARE(summary.warnings.constFirst().count(QStringLiteral("latin1.txt")), 1);
}

void TestProjectImporter::cancellationLeavesNoPartialArticle()
{
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < 5; ++i) {
        const QString path = dir.filePath(QStringLiteral("article%1.txt").arg(i));
        QVERIFY(writeText(path,
            QStringLiteral("Article %1 : le taux passe de %2 % à %3 %, pour %4 millions d'euros.")
                .arg(i)
                .arg(i + 1)
                .arg(i + 2)
                .arg(i * 10 + 5)));
        files.append(path);
    }
    const QString projectPath = dir.filePath(QStringLiteral("cancel.factdesk"));
    QString error;
    QVector<int> factsPerArticle;
    {
        Project project;
        QVERIFY(project.attachStore(ProjectStore::create(projectPath, &error), &error));
        ProjectImporter importer(&project);
        importer.setBatchSize(1); // each article stored (and reported) before the next is read
        importer.setOutcomeCallback([&](const ArticleOutcome &outcome) {
            if (outcome.processed == 2)
                importer.cancel();
        });
        const ProjectImportSummary summary = importer.importPaths(files);
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.imported.size(), 2);
        QCOMPARE(project.articles().size(), 2);
        for (const Article &article : project.articles())
            factsPerArticle.append(project.factsOfArticle(article.id).size());
        QVERIFY(factsPerArticle.at(0) >= 3);
    }
    Project reopened;
    QVERIFY2(reopened.attachStore(ProjectStore::open(projectPath, &error), &error), qPrintable(error));
    QCOMPARE(reopened.articles().size(), 2);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(reopened.factsOfArticle(reopened.articles().at(i).id).size(), factsPerArticle.at(i));
}

void TestProjectImporter::batchesKeepFileOrder_data()
{
    QTest::addColumn<int>("batchSize");
    QTest::newRow("one article a transaction") << 1;
    QTest::newRow("seven") << 7;
    QTest::newRow("default") << 0;
}

void TestProjectImporter::batchesKeepFileOrder()
{
    // 30 articles, among them copies of earlier ones (some still waiting in the
    // batch when their copy comes) and a new version of an earlier file.
    QFETCH(int, batchSize);
    QTemporaryDir dir;
    QStringList expected;
    QStringList files;
    for (int i = 0; i < 30; ++i) {
        const QString name = QStringLiteral("n%1.txt").arg(i, 2, 10, QLatin1Char('0'));
        QString text = QStringLiteral("Bulletin %1 : le trafic progresse de %2 % sur le réseau.").arg(i).arg(i + 3);
        QString outcome = QStringLiteral("imported");
        if (i % 6 == 5) {
            text = QStringLiteral("Bulletin %1 : le trafic progresse de %2 % sur le réseau.").arg(i - 2).arg(i + 1);
            outcome = QStringLiteral("skipped");
        }
        QVERIFY(writeText(dir.filePath(name), text));
        files << dir.filePath(name);
        expected << name + QLatin1Char(':') + outcome;
    }
    // In a subfolder: the same file name as n03.txt, another text: an updated version.
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("z")));
    QVERIFY(writeText(dir.filePath(QStringLiteral("z/n03.txt")),
        QStringLiteral("Bulletin 3 : le trafic progresse de 9 % sur le réseau, corrigé.")));
    files << dir.filePath(QStringLiteral("z/n03.txt"));
    expected << QStringLiteral("n03.txt:updated");

    const QString projectPath = dir.filePath(QStringLiteral("batch.factdesk"));
    QString error;
    Project project;
    QVERIFY(project.attachStore(ProjectStore::create(projectPath, &error), &error));
    ProjectImporter importer(&project);
    if (batchSize > 0)
        importer.setBatchSize(batchSize);
    QStringList outcomes;
    QVector<int> storedWhenReported;
    importer.setOutcomeCallback([&](const ArticleOutcome &outcome) {
        static const char *const kinds[] = { "imported", "updated", "skipped", "failed" };
        outcomes << QFileInfo(outcome.fileName).fileName() + QLatin1Char(':')
                + QLatin1String(kinds[int(outcome.kind)]);
        if (outcome.kind == ArticleOutcome::Kind::Imported)
            storedWhenReported << (project.article(outcome.articleId) ? 1 : 0);
    });
    const ProjectImportSummary summary = importer.importPaths(files);
    QCOMPARE(outcomes, expected);
    QVERIFY(!storedWhenReported.contains(0)); // reported once stored
    QCOMPARE(summary.imported.size(), 25);
    QCOMPARE(summary.skippedDuplicates.size(), 5);
    QCOMPARE(summary.updated.size(), 1);
    QCOMPARE(project.articles().size(), 25);

    Project reopened;
    // Read-only: the project above still holds the file.
    QVERIFY2(reopened.attachStore(
                 ProjectStore::open(projectPath, &error, ProjectStore::OpenMode::ReadOnly), &error),
        qPrintable(error));
    QCOMPARE(reopened.articles().size(), 25);
    QCOMPARE(reopened.facts().size(), project.facts().size());
    QVERIFY(reopened.findArticleByFileName(QStringLiteral("n03.txt"))->text.endsWith(QStringLiteral("corrigé.")));
}

void TestProjectImporter::reimportKeepsReviews_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("reviewedQuote");
    QTest::addColumn<QString>("expectedStatus");
    QTest::addColumn<QString>("expectedQuoteAfter");
    QTest::addColumn<int>("expectedChanges");

    const QString base
        = QStringLiteral("Le chômage recule à 7,3 % au printemps. Les ventes progressent de 12 % en un an.");
    QTest::newRow("moved by a new first sentence")
        << base << QStringLiteral("Mise à jour du soir, sans chiffre. ") + base << "12 %"
        << "confirmed"
        << "12 %" << 0;
    QTest::newRow("same quote twice, context decides")
        << QStringLiteral("Au nord, 5 % de hausse. Au sud, 5 % de baisse.")
        << QStringLiteral("Préambule. Au sud, 5 % de baisse. Au nord, 5 % de hausse.") << "5 % de baisse"
        << "confirmed"
        << "5 %" << 0;
    QTest::newRow("figure changed at its place")
        << base
        << QStringLiteral("Le chômage recule à 7,3 % au printemps. Les ventes progressent de 15 % en un an.")
        << "12 %"
        << "pending"
        << "15 %" << 1;
    QTest::newRow("sentence removed")
        << base << QStringLiteral("Le chômage recule à 7,3 % au printemps.") << "12 %"
        << "confirmed"
        << "12 %" << 1;
}

void TestProjectImporter::reimportKeepsReviews()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, reviewedQuote);
    QFETCH(QString, expectedStatus);
    QFETCH(QString, expectedQuoteAfter);
    QFETCH(int, expectedChanges);

    QTemporaryDir dir;
    QString error;
    Project project;
    QVERIFY(project.attachStore(
        ProjectStore::create(dir.filePath(QStringLiteral("r.factdesk")), &error), &error));
    ProjectImporter importer(&project);
    ProjectImportSummary summary;
    importer.importArticle(webArticle(before), &summary);
    QCOMPARE(summary.imported.size(), 1);

    // Review the fact whose quote is followed by the given context ("5 % de baisse").
    const QString figureText = reviewedQuote.section(QLatin1Char(' '), 0, 1);
    const int at = int(before.indexOf(reviewedQuote));
    QVERIFY(at >= 0);
    const Fact *target = nullptr;
    for (const Fact &fact : project.facts()) {
        if (fact.figure.start == at && fact.quote == figureText)
            target = &fact;
    }
    QVERIFY2(target, qPrintable(figureText));
    Fact reviewed = *target;
    const qint64 reviewedId = reviewed.id;
    reviewed.status = ReviewStatus::Confirmed;
    reviewed.note = QStringLiteral("vu");
    QVERIFY(project.updateFact(reviewed, QStringLiteral("confirm")));
    const int factsBefore = project.facts().size();

    ProjectImportSummary second;
    importer.importArticle(webArticle(after), &second);
    QCOMPARE(second.updated.size(), 1);
    QCOMPARE(second.imported.size(), 0);
    QCOMPARE(project.articles().size(), 1);
    QCOMPARE(project.articles().first().text, after);
    QCOMPARE(second.needsAttention.size(), expectedChanges);

    const Fact *now = project.fact(reviewedId);
    QVERIFY(now);
    QCOMPARE(toString(now->status), expectedStatus);
    QCOMPARE(now->note, QStringLiteral("vu"));
    QCOMPARE(now->quote, expectedQuoteAfter);
    if (now->figure.end > now->figure.start) {
        QCOMPARE(after.mid(now->figure.start, now->figure.length()), expectedQuoteAfter);
        // With context: the right one of two equal quotes.
        QVERIFY(after.mid(now->figure.start).startsWith(reviewedQuote) || expectedChanges > 0);
    }
    if (expectedChanges > 0) {
        QCOMPARE(second.needsAttention.first().before.id, reviewedId);
        QCOMPARE(toString(second.needsAttention.first().before.status), toString(ReviewStatus::Confirmed));
    }
    QVERIFY(project.facts().size() >= factsBefore);
    // Every figure of the new text has exactly one fact.
    for (const Fact &fact : project.facts()) {
        if (fact.figure.end > fact.figure.start)
            QCOMPARE(after.mid(fact.figure.start, fact.figure.length()), fact.quote);
    }

    // A second import of the same new text is a duplicate.
    ProjectImportSummary third;
    importer.importArticle(webArticle(after), &third);
    QCOMPARE(third.skippedDuplicates.size(), 1);
}

void TestProjectImporter::reimportOfEditedFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("budget.txt"));
    QVERIFY(
        writeText(file, QStringLiteral("Le budget atteint 40 milliards d'euros. Le déficit est de 4,2 %.")));
    QString error;
    Project project;
    QVERIFY(project.attachStore(
        ProjectStore::create(dir.filePath(QStringLiteral("e.factdesk")), &error), &error));
    ProjectImporter importer(&project);
    QCOMPARE(importer.importPaths({ file }).imported.size(), 1);
    const Fact *deficit = factQuoting(project, QStringLiteral("4,2 %"));
    QVERIFY(deficit);
    Fact corrected = *deficit;
    corrected.status = ReviewStatus::Corrected;
    corrected.correctedValue = QStringLiteral("4.3");
    corrected.correctedUnit = QStringLiteral("%");
    QVERIFY(project.updateFact(corrected, QStringLiteral("correct")));

    QVERIFY(writeText(file,
        QStringLiteral("Révisé : le budget atteint 42 milliards d'euros, et 3 000 emplois sont créés. "
                       "Le déficit est de 4,2 %.")));
    const ProjectImportSummary summary = importer.importPaths({ file });
    QCOMPARE(summary.updated.size(), 1);
    QCOMPARE(project.articles().size(), 1);
    const Fact *kept = project.fact(corrected.id);
    QVERIFY(kept);
    QCOMPARE(toString(kept->status), toString(ReviewStatus::Corrected));
    QCOMPARE(kept->correctedValue, QStringLiteral("4.3"));
    QCOMPARE(project.articles().first().text.mid(kept->figure.start, kept->figure.length()),
        QStringLiteral("4,2 %"));
    // 40 → 42 milliards is reported, and the new figure has a pending fact.
    QCOMPARE(summary.needsAttention.size(), 1);
    QVERIFY(summary.needsAttention.first().kind == FactChange::Kind::FigureChanged);
    QVERIFY(factQuoting(project, QStringLiteral("3 000 emplois"))
        || factQuoting(project, QStringLiteral("3 000")));

    // What was loaded from the file agrees.
    const QString path = project.filePath();
    project.attachStore(nullptr);
    Project reopened;
    QVERIFY(reopened.attachStore(ProjectStore::open(path, &error), &error));
    QVERIFY(reopened.fact(corrected.id));
    QCOMPARE(reopened.articles().first().text.mid(reopened.fact(corrected.id)->figure.start, 5),
        QStringLiteral("4,2 %"));
    QCOMPARE(toString(reopened.fact(corrected.id)->status), toString(ReviewStatus::Corrected));
}

void TestProjectImporter::rereadAfterMetadataChange_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("valueBefore");
    QTest::addColumn<QString>("valueAfter");

    // "2 billions" is 10^12 each in French, 10^9 each in English.
    QTest::newRow("language fr to en changes the scale")
        << QStringLiteral("en") << QDate(2025, 6, 2) << QStringLiteral("2 billions de dollars")
        << QStringLiteral("2000000000000") << QStringLiteral("2000000000");
    // "27 mai" is a day of the year the article is dated in.
    QTest::newRow("date moves a year")
        << QStringLiteral("fr") << QDate(2024, 6, 2) << QStringLiteral("27 mai")
        << QStringLiteral("2025-05-27") << QStringLiteral("2024-05-27");
}

void TestProjectImporter::rereadAfterMetadataChange()
{
    QFETCH(QString, language);
    QFETCH(QDate, date);
    QFETCH(QString, quote);
    QFETCH(QString, valueBefore);
    QFETCH(QString, valueAfter);

    Project project;
    ProjectImporter importer(&project);
    ProjectImportSummary imported;
    importer.importArticle(
        webArticle(QStringLiteral("Le fonds a levé 2 billions de dollars le 27 mai, soit 49 % de plus.")),
        &imported);
    QCOMPARE(imported.importedArticleIds.size(), 1);
    const qint64 articleId = imported.importedArticleIds.constFirst();
    const Fact *changing = factQuoting(project, quote);
    QVERIFY(changing);
    QCOMPARE(changing->figure.value, valueBefore);
    const qint64 changingId = changing->id;
    for (const QString &reviewed : { quote, QStringLiteral("49 %") }) {
        Fact fact = *factQuoting(project, reviewed);
        fact.status = ReviewStatus::Confirmed;
        QVERIFY(project.updateFact(fact, QStringLiteral("confirm")));
    }
    const int factCount = int(project.facts().size());

    Article edited = *project.article(articleId);
    edited.language = language;
    edited.date = date;
    QVERIFY(project.updateArticleMetadata(edited));
    ProjectImportSummary summary;
    QVERIFY(importer.rereadArticle(articleId, &summary));

    // The figure read differently is pending again and listed; the others keep their review.
    QCOMPARE(int(project.facts().size()), factCount);
    const Fact *changed = project.fact(changingId);
    QVERIFY(changed);
    QCOMPARE(changed->figure.value, valueAfter);
    QCOMPARE(int(changed->status), int(ReviewStatus::Pending));
    // (Read in English, "27 mai" is no date either: it is listed too.)
    QVERIFY(std::any_of(summary.needsAttention.cbegin(), summary.needsAttention.cend(),
        [&](const FactChange &change) { return change.after.id == changingId; }));
    QVERIFY(summary.updated.isEmpty());
    QCOMPARE(int(factQuoting(project, QStringLiteral("49 %"))->status), int(ReviewStatus::Confirmed));

    // Reading again with nothing changed changes nothing.
    ProjectImportSummary again;
    QVERIFY(importer.rereadArticle(articleId, &again));
    QVERIFY(again.needsAttention.isEmpty());
    QVERIFY(!importer.rereadArticle(9999, &again));
}

QTEST_GUILESS_MAIN(TestProjectImporter)
#include "tst_projectimporter.moc"
