// The File menu's controller: opening refuses bad files with a message and
// leaves the project as it was, read-only and locked projects open read-only,
// the recent list is kept right, Save As continues in the copy, and imports run
// to the end (or stop when cancelled) with a summary.

#include "importprogress.h"
#include "languageswitcher.h"
#include "projectfilecontroller.h"

#include "project/project.h"
#include "project/projectimporter.h"
#include "project/projectstore.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace FactDesk;

namespace {

/// Closes the message boxes shown over parent and returns them as "title|text|informative".
QStringList takeMessages(QWidget *parent)
{
    QStringList messages;
    const auto boxes = parent->findChildren<QMessageBox *>();
    for (QMessageBox *box : boxes) {
        if (!box->isVisible())
            continue;
        messages << box->windowTitle() + QLatin1Char('|') + box->text() + QLatin1Char('|')
                + box->informativeText();
        box->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return messages;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

Article sampleArticle(const QString &title)
{
    Article article;
    article.title = title;
    article.language = QStringLiteral("en");
    article.text = QStringLiteral("The council approved a budget of $48 million.");
    return article;
}

/// Runs SQL on a database file through its own connection.
bool execSql(const QString &path, const QStringList &statements)
{
    const QString name
        = QStringLiteral("tst_projectfilecontroller_%1").arg(reinterpret_cast<quintptr>(&path));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            ok = ok && query.exec(statement);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestProjectFileController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createProject();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void opensReadOnlyFile();
    void offersReadOnlyWhenLocked();
    void recentFiles();
    void recentFileMissing();
    void saveAs_data();
    void saveAs();
    void importFiles_data();
    void importFiles();
    void importFolderKeepsWindowTurning();
    void importCancel();
    void importRefusedWhenReadOnly();
    void droppedProjectIsOpened();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<LanguageSwitcher> m_english; ///< the English catalogue writes out plurals
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<ProjectFileController> m_controller;
};

void TestProjectFileController::initTestCase()
{
    m_english = std::make_unique<LanguageSwitcher>(nullptr);
    m_english->setChoice(LanguageSwitcher::Choice::English);
}

void TestProjectFileController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_window = std::make_unique<QWidget>();
    m_project = std::make_unique<Project>();
    m_controller = std::make_unique<ProjectFileController>(m_project.get(), m_settings.get(), m_window.get());
    m_window->show();
}

void TestProjectFileController::cleanup()
{
    takeMessages(m_window.get());
    m_controller.reset();
    m_project.reset();
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestProjectFileController::createProject()
{
    QCOMPARE(m_controller->windowTitle(), QStringLiteral("Untitled — FactDesk"));
    QSignalSpy changed(m_controller.get(), &ProjectFileController::projectChanged);
    QSignalSpy title(m_controller.get(), &ProjectFileController::windowTitleChanged);

    QVERIFY(m_controller->createProject(path(QStringLiteral("council"))));
    const QString file = path(QStringLiteral("council.factdesk"));
    QCOMPARE(m_project->filePath(), QFileInfo(file).absoluteFilePath());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(title.last().constFirst().toString(), QStringLiteral("council.factdesk — FactDesk"));
    QCOMPARE(m_controller->recentFiles(), QStringList { QFileInfo(file).absoluteFilePath() });
    QVERIFY(m_controller->importFilesAction()->isEnabled());
    QVERIFY(takeMessages(m_window.get()).isEmpty());

    // Never over an existing file.
    QVERIFY(!m_controller->createProject(file));
    QCOMPARE(takeMessages(m_window.get()).size(), 1);
}

void TestProjectFileController::refusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("not SQLite") << QStringLiteral("text");
    QTest::newRow("empty file") << QStringLiteral("empty");
    QTest::newRow("SQLite but not FactDesk") << QStringLiteral("foreign");
    QTest::newRow("truncated project") << QStringLiteral("truncated");
    QTest::newRow("newer version") << QStringLiteral("newer");
    QTest::newRow("missing file") << QStringLiteral("missing");
    QTest::newRow("folder") << QStringLiteral("folder");
}

void TestProjectFileController::refusesBadFiles()
{
    QFETCH(QString, kind);

    // A project with one article is open; a failed open must leave it so.
    QVERIFY(m_controller->createProject(path(QStringLiteral("current.factdesk"))));
    QVERIFY(m_project->addArticle(sampleArticle(QStringLiteral("Current")), {}) > 0);
    const QString currentPath = m_project->filePath();
    const QStringList recentBefore = m_controller->recentFiles();

    const QString bad = path(QStringLiteral("bad.factdesk"));
    if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(bad, "Budget notes, not a database.\n"));
    } else if (kind == QLatin1String("empty")) {
        QVERIFY(writeFile(bad, QByteArray()));
    } else if (kind == QLatin1String("foreign")) {
        QVERIFY(execSql(bad,
            { QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                QStringLiteral("INSERT INTO notes (body) VALUES ('hello')") }));
    } else if (kind == QLatin1String("truncated") || kind == QLatin1String("newer")) {
        QString error;
        {
            auto store = ProjectStore::create(bad, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(store->insertArticle(
                [] {
                    Article article = sampleArticle(QStringLiteral("Other"));
                    article.id = 1;
                    return article;
                }(),
                {}, QStringLiteral("tester"), &error));
        }
        if (kind == QLatin1String("newer")) {
            QVERIFY(execSql(
                bad, { QStringLiteral("PRAGMA user_version = %1").arg(ProjectStore::schemaVersion() + 7) }));
        } else {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(file.size() / 3 + 100));
        }
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("bad.factdesk")));
    }
    const QByteArray bytesBefore = readAll(bad);
    QSignalSpy changed(m_controller.get(), &ProjectFileController::projectChanged);

    QVERIFY(!m_controller->openProject(bad));

    const QStringList messages = takeMessages(m_window.get());
    QCOMPARE(messages.size(), 1);
    QVERIFY2(
        messages.constFirst().contains(QLatin1String("bad.factdesk")), qPrintable(messages.constFirst()));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_project->filePath(), currentPath);
    QCOMPARE(m_project->articles().size(), 1);
    QCOMPARE(m_project->articles().constFirst().title, QStringLiteral("Current"));
    QCOMPARE(m_controller->recentFiles(), recentBefore);
    QCOMPARE(readAll(bad), bytesBefore); // refused files are left untouched
}

void TestProjectFileController::opensReadOnlyFile()
{
    const QString file = path(QStringLiteral("archive.factdesk"));
    QVERIFY(m_controller->createProject(file));
    QVERIFY(m_project->addArticle(sampleArticle(QStringLiteral("Archived")), {}) > 0);
    QVERIFY(m_controller->createProject(path(QStringLiteral("other.factdesk")))); // releases the lock
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup));

    QVERIFY(m_controller->openProject(file));
    QVERIFY(m_project->isReadOnly());
    QCOMPARE(m_project->articles().size(), 1);
    QCOMPARE(m_controller->windowTitle(), QStringLiteral("archive.factdesk [read-only] — FactDesk"));
    QVERIFY(!m_controller->importFilesAction()->isEnabled());
    QVERIFY(!m_controller->importFolderAction()->isEnabled());
    const QStringList messages = takeMessages(m_window.get());
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.constFirst().startsWith(QLatin1String("Opened Read-Only|")));
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestProjectFileController::offersReadOnlyWhenLocked()
{
    const QString file = path(QStringLiteral("shared.factdesk"));
    QString error;
    auto otherWindow = ProjectStore::create(file, &error); // holds the lock, as another window would
    QVERIFY2(otherWindow, qPrintable(error));

    QVERIFY(!m_controller->openProject(file));
    QVERIFY(m_project->filePath().isEmpty());
    const auto boxes = m_window->findChildren<QMessageBox *>();
    QCOMPARE(boxes.size(), 1);
    QPushButton *readOnly = nullptr;
    for (QAbstractButton *button : boxes.constFirst()->buttons()) {
        if (boxes.constFirst()->buttonRole(button) == QMessageBox::AcceptRole)
            readOnly = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(readOnly);
    QCOMPARE(readOnly->text(), QStringLiteral("Open &Read-Only"));
    QSignalSpy changed(m_controller.get(), &ProjectFileController::projectChanged);
    readOnly->click();

    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_project->filePath(), QFileInfo(file).absoluteFilePath());
    QVERIFY(m_project->isReadOnly());
    QVERIFY(m_controller->windowTitle().contains(QLatin1String("[read-only]")));
}

void TestProjectFileController::recentFiles()
{
    QStringList created;
    for (int i = 0; i < 10; ++i) {
        const QString file = path(QStringLiteral("project%1.factdesk").arg(i));
        QVERIFY(m_controller->createProject(file));
        created.prepend(QFileInfo(file).absoluteFilePath());
    }
    QCOMPARE(m_controller->recentFiles(), created.mid(0, ProjectFileController::maximumRecentFiles));

    // Reopening moves a file to the top without duplicating it.
    QVERIFY(m_controller->openProject(created.at(5)));
    QStringList expected = created.mid(0, ProjectFileController::maximumRecentFiles);
    expected.move(5, 0);
    QCOMPARE(m_controller->recentFiles(), expected);

    // The menu lists them in order, and another controller reads them back.
    const auto actions = m_controller->recentMenu()->actions();
    QVERIFY(actions.size() >= expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(actions.at(i)->data().toString(), expected.at(i));
    Project otherProject;
    ProjectFileController other(&otherProject, m_settings.get(), nullptr);
    QCOMPARE(other.recentFiles(), expected);
}

void TestProjectFileController::recentFileMissing()
{
    const QString kept = QFileInfo(path(QStringLiteral("kept.factdesk"))).absoluteFilePath();
    const QString gone = QFileInfo(path(QStringLiteral("gone.factdesk"))).absoluteFilePath();
    QVERIFY(m_controller->createProject(gone));
    QVERIFY(m_controller->createProject(kept));
    QVERIFY(QFile::remove(gone));
    QCOMPARE(m_controller->recentFiles(), (QStringList { kept, gone }));

    QAction *goneAction = nullptr;
    for (QAction *action : m_controller->recentMenu()->actions()) {
        if (action->data().toString() == gone)
            goneAction = action;
    }
    QVERIFY(goneAction);
    goneAction->trigger();

    QCOMPARE(m_controller->recentFiles(), QStringList { kept });
    QCOMPARE(m_project->filePath(), kept);
    const QStringList messages = takeMessages(m_window.get());
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.constFirst().contains(QLatin1String("gone.factdesk")));
}

void TestProjectFileController::saveAs_data()
{
    QTest::addColumn<bool>("fromFile");
    QTest::newRow("project file") << true;
    QTest::newRow("scratch project") << false;
}

void TestProjectFileController::saveAs()
{
    QFETCH(bool, fromFile);

    const QString original = QFileInfo(path(QStringLiteral("original.factdesk"))).absoluteFilePath();
    if (fromFile)
        QVERIFY(m_controller->createProject(original));
    QVERIFY(m_project->addArticle(sampleArticle(QStringLiteral("Copied")), {}) > 0);

    const QString copy = QFileInfo(path(QStringLiteral("copy.factdesk"))).absoluteFilePath();
    QVERIFY(m_controller->saveProjectAs(path(QStringLiteral("copy"))));
    QCOMPARE(m_project->filePath(), copy);
    QCOMPARE(m_project->articles().size(), 1);
    QCOMPARE(m_project->articles().constFirst().title, QStringLiteral("Copied"));
    QCOMPARE(m_controller->recentFiles().constFirst(), copy);
    QCOMPARE(QFileInfo::exists(original), fromFile);

    // New work goes to the copy.
    QVERIFY(m_project->addArticle(sampleArticle(QStringLiteral("After")), {}) > 0);
    QVERIFY(m_controller->createProject(path(QStringLiteral("elsewhere.factdesk"))));
    QVERIFY(m_controller->openProject(copy));
    QCOMPARE(m_project->articles().size(), 2);
}

void TestProjectFileController::importFiles_data()
{
    QTest::addColumn<QStringList>("files"); ///< name=content, a name ending in / is a folder
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<int>("imported");
    QTest::addColumn<QString>("summaryStart");

    const QString budget = QStringLiteral("The city will spend $12 million on roads, up 4% from last year.");
    const QString jobs
        = QStringLiteral("La région compte 3 400 emplois de plus qu’en 2023, soit 2,1 % de hausse.");
    QTest::newRow("two files") << QStringList { QStringLiteral("budget.txt=") + budget,
        QStringLiteral("emplois.txt=") + jobs }
                               << QStringList { QStringLiteral("budget.txt"), QStringLiteral("emplois.txt") }
                               << 2 << QStringLiteral("2 articles imported.");
    QTest::newRow("folder with a duplicate")
        << QStringList { QStringLiteral("inbox/a.txt=") + budget, QStringLiteral("inbox/b.txt=") + budget,
               QStringLiteral("inbox/sub/c.md=") + jobs, QStringLiteral("inbox/notes.pdf=not an article") }
        << QStringList { QStringLiteral("inbox") } << 2
        << QStringLiteral("2 articles imported. 1 duplicate skipped");
    QTest::newRow("a file that cannot be read")
        << QStringList { QStringLiteral("budget.txt=") + budget, QStringLiteral("empty.txt=") }
        << QStringList { QStringLiteral("budget.txt"), QStringLiteral("empty.txt") } << 1
        << QStringLiteral("1 article imported. 1 file could not be imported.");
}

void TestProjectFileController::importFiles()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, paths);
    QFETCH(int, imported);
    QFETCH(QString, summaryStart);

    for (const QString &entry : files) {
        const int equals = int(entry.indexOf(QLatin1Char('=')));
        const QString file = path(entry.left(equals));
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        QVERIFY(writeFile(file, entry.mid(equals + 1).toUtf8()));
    }
    QStringList absolute;
    for (const QString &relative : paths)
        absolute << path(relative);

    QVERIFY(m_controller->createProject(path(QStringLiteral("import.factdesk"))));
    QSignalSpy finished(m_controller.get(), &ProjectFileController::importFinished);
    QSignalSpy status(m_controller.get(), &ProjectFileController::statusMessage);
    m_controller->importFiles(absolute);
    QVERIFY(!m_controller->importFilesAction()->isEnabled()); // one import at a time
    QVERIFY(finished.wait(30000));

    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.constFirst().constFirst().toInt(), imported);
    QCOMPARE(m_project->articles().size(), imported);
    QVERIFY(!m_project->facts().isEmpty());
    QVERIFY(m_controller->importFilesAction()->isEnabled());
    // A clean import is news for the status bar; a file that failed gets a box.
    const QStringList messages = takeMessages(m_window.get());
    QCOMPARE(messages.size(), status.isEmpty() ? 1 : 0);
    const QString summary = status.isEmpty() ? messages.constFirst().section(QLatin1Char('|'), 1)
                                             : status.constFirst().constFirst().toString();
    QVERIFY2(summary.startsWith(summaryStart), qPrintable(summary));
    QCOMPARE(status.isEmpty(), summaryStart.contains(QLatin1String("could not")));
}

void TestProjectFileController::importCancel()
{
    QStringList files;
    for (int i = 0; i < 200; ++i) {
        const QString file = path(QStringLiteral("article%1.txt").arg(i, 3, 10, QLatin1Char('0')));
        QVERIFY(writeFile(file,
            QStringLiteral("Report %1: sales rose %2% to $%3 million.")
                .arg(i)
                .arg(i % 50 + 2)
                .arg(10 * i + 5)
                .toUtf8()));
        files << file;
    }
    QVERIFY(m_controller->createProject(path(QStringLiteral("cancel.factdesk"))));
    takeMessages(m_window.get());
    QSignalSpy finished(m_controller.get(), &ProjectFileController::importFinished);
    m_controller->importFiles(files);
    ImportProgress *progress = m_controller->runningImport();
    QVERIFY(progress);
    connect(progress, &ImportProgress::articleDone, this, [&](const ArticleOutcome &outcome) {
        if (outcome.processed == 2)
            progress->cancel();
    });
    QVERIFY(finished.wait(30000));

    const int imported = finished.constFirst().constFirst().toInt();
    QVERIFY2(imported >= 2 && imported < 200, qPrintable(QString::number(imported)));
    QCOMPARE(m_project->articles().size(), imported); // nothing half imported
    for (const Article &article : m_project->articles())
        QVERIFY(!m_project->factsOfArticle(article.id).isEmpty());
    const QStringList messages = takeMessages(m_window.get());
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.constFirst().contains(QLatin1String("The import was cancelled")),
        qPrintable(messages.constFirst()));
    QVERIFY(!m_controller->runningImport());
}

void TestProjectFileController::importFolderKeepsWindowTurning()
{
    // 2,000 articles in a folder: a timer of the window's thread keeps ticking while they arrive.
    const QString folder = path(QStringLiteral("inbox"));
    QVERIFY(QDir().mkpath(folder));
    for (int i = 0; i < 2000; ++i) {
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("dispatch%1.txt").arg(i, 4, 10, QLatin1Char('0'))),
            QStringLiteral("Dispatch %1\n\nThe board approved $%2 million for %3 new classrooms, up %4% on "
                           "last year.")
                .arg(i)
                .arg(i % 70 + 3)
                .arg(i % 40 + 2)
                .arg(i % 9 + 1)
                .toUtf8()));
    }
    QVERIFY(m_controller->createProject(path(QStringLiteral("inbox.factdesk"))));
    takeMessages(m_window.get());
    QSignalSpy finished(m_controller.get(), &ProjectFileController::importFinished);
    int outcomes = 0;
    int ticksWhileImporting = 0;
    QTimer ticker;
    ticker.setInterval(1);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (outcomes > 0 && m_controller->runningImport())
            ++ticksWhileImporting;
    });
    ticker.start();
    m_controller->importFiles({ folder });
    connect(m_controller->runningImport(), &ImportProgress::articleDone, this, [&] { ++outcomes; });
    QVERIFY(finished.wait(300000));
    ticker.stop();

    QCOMPARE(finished.constFirst().constFirst().toInt(), 2000);
    QCOMPARE(outcomes, 2000);
    QCOMPARE(m_project->articles().size(), 2000);
    QVERIFY2(ticksWhileImporting > 1, qPrintable(QString::number(ticksWhileImporting)));
}

void TestProjectFileController::importRefusedWhenReadOnly()
{
    const QString file = path(QStringLiteral("frozen.factdesk"));
    QVERIFY(m_controller->createProject(file));
    QVERIFY(m_controller->createProject(path(QStringLiteral("other.factdesk"))));
    QVERIFY(m_controller->openProjectReadOnly(file));
    QVERIFY(m_project->isReadOnly());
    const QString article = path(QStringLiteral("note.txt"));
    QVERIFY(writeFile(article, "Prices rose 3% in May."));
    QSignalSpy finished(m_controller.get(), &ProjectFileController::importFinished);

    m_controller->importFiles({ article });

    QCOMPARE(finished.count(), 0);
    QVERIFY(m_project->articles().isEmpty());
    QCOMPARE(takeMessages(m_window.get()).size(), 1);
}

void TestProjectFileController::droppedProjectIsOpened()
{
    const QString project = QFileInfo(path(QStringLiteral("dropped.factdesk"))).absoluteFilePath();
    QVERIFY(m_controller->createProject(project));
    QVERIFY(m_controller->createProject(path(QStringLiteral("current.factdesk"))));
    const QString article = path(QStringLiteral("prices.txt"));
    QVERIFY(writeFile(article, "Prices rose 3% in May, to an average of $4.10 a gallon."));
    QSignalSpy finished(m_controller.get(), &ProjectFileController::importFinished);

    // The project opens, then the article goes into it.
    m_controller->importFiles({ article, project });
    QVERIFY(finished.wait(30000));

    QCOMPARE(m_project->filePath(), project);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_project->articles().size(), 1);
}

QTEST_MAIN(TestProjectFileController)
#include "tst_projectfilecontroller.moc"
