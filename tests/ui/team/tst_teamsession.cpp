// Two windows on one team project (the throwaway PostgreSQL server of tools/pgcluster.sh): the other's
// review reaches the fact table within a second without moving the selection or touching a correction
// being typed; a review refused because the other changed the fact first says who did what and shows
// the fact as it is now; the names of who is on an article; a read-only role; the password asked in a
// dialog and kept out of the settings; `factdesk URL`; a lost server shown in the banner, then the
// window reconnecting by itself. Without a server every test fails and says why.

#include "articlepane.h"
#include "facteditor.h"
#include "factpanel.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "presencedelegate.h"
#include "projectfilecontroller.h"
#include "reviewcontroller.h"
#include "teambanner.h"
#include "teamsession.h"
#include "teamtestserver.h"

#include "project/project.h"
#include "project/projectlocation.h"
#include "project/projectstore.h"
#include "project/teamconnection.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QtTest>

using namespace FactDesk;

namespace {

Figure figureAt(
    const QString &text, const QString &surface, FigureKind kind, const QString &value, const QString &unit)
{
    Figure figure;
    figure.start = int(text.indexOf(surface));
    figure.end = figure.start + int(surface.size());
    figure.kind = kind;
    figure.value = value;
    figure.unit = unit;
    return figure;
}

/// One open window on a project, with its own settings and editor name.
struct Analyst
{
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Project> project;
    std::unique_ptr<MainWindow> window;

    TeamSession *session() const { return window->findChild<TeamSession *>(); }
    TeamBanner *banner() const { return session()->banner(); }
    /// The bar along the top of the window that holds the banner.
    bool bannerShown() const
    {
        const auto *bar = window->findChild<QToolBar *>(QStringLiteral("teamBannerBar"));
        return bar && bar->isVisible() && banner()->isVisible();
    }
    const Fact *fact(qint64 id) const { return project->fact(id); }
    /// The fact's status as the files spell it ("confirmed"), for readable failures.
    QString status(qint64 id) const
    {
        return fact(id) ? toString(fact(id)->status) : QStringLiteral("(none)");
    }
};

void closeMessageBoxes(QWidget *parent)
{
    const auto boxes = parent->findChildren<QMessageBox *>();
    for (QMessageBox *box : boxes)
        box->close();
}

} // namespace

class TestTeamSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void othersReviewArrivesWithoutMovingSelection();
    void conflictSaysWhoAndShowsFactAsNow();
    void presenceNamesWhoIsOnAnArticle();
    void readOnlyRole();
    void passwordAskedAndKeptOutOfSettings_data();
    void passwordAskedAndKeptOutOfSettings();
    void startupOpensUrl();
    void lostServerShowsBannerAndReconnects();

private:
    std::unique_ptr<Analyst> openAnalyst(const QString &editor, const QString &url);

    std::unique_ptr<LanguageSwitcher> m_english;
    QTemporaryDir m_dir;
    QString m_ownerUrl;
    QString m_database;
    QString m_url;
    qint64 m_article = 0;
    QVector<qint64> m_facts;
    std::unique_ptr<Analyst> m_anna;
    std::unique_ptr<Analyst> m_bruno;
};

void TestTeamSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    for (const char *variable :
        { "FACTDESK_TEST_PG", "FACTDESK_TEST_PG_READONLY", "FACTDESK_TEST_PG_EDITOR" }) {
        if (qEnvironmentVariableIsEmpty(variable))
            QFAIL(qPrintable(TeamTestServer::whyNoServer(variable)));
    }
    m_ownerUrl = qEnvironmentVariable("FACTDESK_TEST_PG");
    m_english = std::make_unique<LanguageSwitcher>(nullptr);
    m_english->setChoice(LanguageSwitcher::Choice::English);
}

void TestTeamSession::init()
{
    QString error;
    m_database = TeamTestServer::createDatabase(m_ownerUrl, QStringLiteral("factdesk_ui"), &error);
    QVERIFY2(!m_database.isEmpty(), qPrintable(error));
    m_url = TeamTestServer::withDatabase(m_ownerUrl, m_database);

    // The project as a publisher would leave it: one article of three figures.
    ProjectLocation location;
    QVERIFY2(ProjectLocation::parse(m_url, &location, &error), qPrintable(error));
    {
        Project project;
        project.setEditor(QStringLiteral("publisher"));
        std::unique_ptr<ProjectStore> store = ProjectStore::create(location, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(project.attachStore(std::move(store), &error), qPrintable(error));
        Article article;
        article.title = QStringLiteral("Harbour works");
        article.language = QStringLiteral("en");
        article.text = QStringLiteral("The port spent $12 million on 40 cranes, up 15% on last year.");
        m_article = project.addArticle(article,
            { figureAt(article.text, QStringLiteral("$12 million"), FigureKind::Money,
                  QStringLiteral("12000000"), QStringLiteral("USD")),
                figureAt(article.text, QStringLiteral("40 cranes"), FigureKind::Count, QStringLiteral("40"),
                    QStringLiteral("cranes")),
                figureAt(article.text, QStringLiteral("15%"), FigureKind::Percent, QStringLiteral("15"),
                    QStringLiteral("%")) });
        QVERIFY2(m_article, qPrintable(project.lastError()));
        m_facts.clear();
        for (const Fact &fact : project.facts())
            m_facts.append(fact.id);
        QCOMPARE(m_facts.size(), 3);
    }
    m_anna = openAnalyst(QStringLiteral("Anna"), m_url);
    m_bruno = openAnalyst(QStringLiteral("Bruno"), m_url);
    QVERIFY(m_anna && m_bruno);
}

void TestTeamSession::cleanup()
{
    for (auto *analyst : { &m_anna, &m_bruno }) {
        if (*analyst)
            closeMessageBoxes((*analyst)->window.get());
        analyst->reset();
    }
    if (!m_database.isEmpty())
        TeamTestServer::dropDatabase(m_ownerUrl, m_database);
    m_database.clear();
}

std::unique_ptr<Analyst> TestTeamSession::openAnalyst(const QString &editor, const QString &url)
{
    auto analyst = std::make_unique<Analyst>();
    analyst->settings = std::make_unique<QSettings>(
        m_dir.filePath(
            QStringLiteral("%1-%2.ini").arg(editor, QString::fromLatin1(QTest::currentTestFunction()))),
        QSettings::IniFormat);
    analyst->settings->clear();
    analyst->project = std::make_unique<Project>();
    analyst->window = std::make_unique<MainWindow>(analyst->project.get(), analyst->settings.get());
    analyst->window->resize(1200, 700);
    analyst->window->setEditorName(editor);
    analyst->window->show();
    if (!QTest::qWaitForWindowExposed(analyst->window.get()))
        return nullptr;
    if (!url.isEmpty() && !analyst->window->fileController()->openTeamProject(url))
        return nullptr;
    return analyst;
}

void TestTeamSession::othersReviewArrivesWithoutMovingSelection()
{
    const qint64 confirmed = m_facts.at(0);
    const qint64 typedIn = m_facts.at(1);
    // Bruno is in the middle of typing a correction of the second fact.
    m_bruno->window->reviewController()->setCurrentFact(typedIn);
    auto *valueEdit
        = m_bruno->window->factPanel()->editor()->findChild<QLineEdit *>(QStringLiteral("valueEdit"));
    QVERIFY(valueEdit);
    m_bruno->window->reviewController()->correctAction()->trigger();
    valueEdit->setFocus();
    QTest::keyClicks(valueEdit, QStringLiteral("41"));
    const QString progressBefore = m_bruno->window->projectProgressText();

    QVERIFY(m_anna->window->reviewController()->confirm({ confirmed }));
    QVERIFY(m_anna->window->reviewController()->confirm({ typedIn }));

    QTRY_COMPARE_WITH_TIMEOUT(m_bruno->status(confirmed), QStringLiteral("confirmed"), 1000);
    QTRY_COMPARE_WITH_TIMEOUT(m_bruno->status(typedIn), QStringLiteral("confirmed"), 1000);
    QCOMPARE(m_bruno->fact(confirmed)->editor, QStringLiteral("Anna"));
    QVERIFY(m_bruno->window->projectProgressText() != progressBefore);
    // Bruno's place and typing are his own.
    QCOMPARE(m_bruno->window->reviewController()->currentFactId(), typedIn);
    QVERIFY(valueEdit->text().endsWith(QStringLiteral("41")));
    QVERIFY(valueEdit->hasFocus());
}

void TestTeamSession::conflictSaysWhoAndShowsFactAsNow()
{
    const qint64 id = m_facts.at(2);
    // Anna confirms; Bruno rejects before his window heard of it (no event is processed in between).
    QVERIFY(m_anna->window->reviewController()->confirm({ id }));
    QVERIFY(!m_bruno->window->reviewController()->reject(id, RejectReason::WrongReading));

    QVERIFY(!m_anna->bannerShown());
    QCOMPARE(m_bruno->banner()->kind(), TeamBanner::Kind::Conflict);
    QVERIFY(m_bruno->bannerShown());
    QVERIFY2(
        m_bruno->banner()->text().contains(QStringLiteral("Anna")), qPrintable(m_bruno->banner()->text()));
    QVERIFY2(m_bruno->banner()->text().contains(QStringLiteral("confirmed")),
        qPrintable(m_bruno->banner()->text()));
    // The fact as it is now: Anna's confirmation, not Bruno's rejection.
    QCOMPARE(m_bruno->status(id), QStringLiteral("confirmed"));
    QCOMPARE(m_bruno->fact(id)->editor, QStringLiteral("Anna"));
    const QString outDir = qEnvironmentVariable("FACTDESK_SCREENSHOT_DIR");
    if (!outDir.isEmpty())
        QVERIFY(m_bruno->window->grab().save(QDir(outDir).filePath(QStringLiteral("team-conflict.png"))));
    // Nothing was overwritten on the server.
    QTest::qWait(200);
    QCOMPARE(m_anna->status(id), QStringLiteral("confirmed"));
}

void TestTeamSession::presenceNamesWhoIsOnAnArticle()
{
    // Both windows show the article in a pane: each sees the other's name on it, never its own.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_bruno->session()->presence().value(m_article).contains(QStringLiteral("Anna")), 8000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_anna->session()->presence().value(m_article).contains(QStringLiteral("Bruno")), 8000);
    QVERIFY(!m_anna->session()->presence().value(m_article).contains(QStringLiteral("Anna")));
    QCOMPARE(
        m_anna->session()->presenceDelegate()->names(m_article), QStringList { QStringLiteral("Bruno") });

    // Bruno closes his window: his name goes.
    m_bruno.reset();
    QTRY_VERIFY_WITH_TIMEOUT(m_anna->session()->presence().value(m_article).isEmpty(), 15000);
}

void TestTeamSession::readOnlyRole()
{
    const QString readerUrl = TeamTestServer::withDatabase(
        m_ownerUrl, m_database, TeamTestServer::roleOf(qEnvironmentVariable("FACTDESK_TEST_PG_READONLY")));
    std::unique_ptr<Analyst> reader = openAnalyst(QStringLiteral("Chloé"), readerUrl);
    QVERIFY(reader);
    QVERIFY(reader->project->isReadOnly());
    QCOMPARE(reader->banner()->kind(), TeamBanner::Kind::ReadOnly);
    QVERIFY(reader->bannerShown());
    QVERIFY2(reader->banner()->text().startsWith(QStringLiteral("Read-only")),
        qPrintable(reader->banner()->text()));
    reader->window->reviewController()->setCurrentFact(m_facts.at(0));
    QVERIFY(!reader->window->reviewController()->confirmAction()->isEnabled());
    QVERIFY(!reader->window->reviewController()->confirm({ m_facts.at(0) }));
    // It still follows the others.
    QVERIFY(m_anna->window->reviewController()->confirm({ m_facts.at(0) }));
    QTRY_COMPARE_WITH_TIMEOUT(reader->status(m_facts.at(0)), QStringLiteral("confirmed"), 1000);
    closeMessageBoxes(reader->window.get());
}

void TestTeamSession::passwordAskedAndKeptOutOfSettings_data()
{
    QTest::addColumn<bool>("answer");
    QTest::newRow("password typed") << true;
    QTest::newRow("cancelled") << false;
}

void TestTeamSession::passwordAskedAndKeptOutOfSettings()
{
    QFETCH(bool, answer);
    const QString editorUrl = TeamTestServer::withDatabase(
        m_ownerUrl, m_database, TeamTestServer::roleOf(qEnvironmentVariable("FACTDESK_TEST_PG_EDITOR")));
    const QString password = TeamTestServer::passwordOf(TeamTestServer::roleOf(editorUrl));
    QVERIFY(!password.isEmpty());

    std::unique_ptr<Analyst> analyst = openAnalyst(QStringLiteral("Dara"), QString());
    QVERIFY(analyst);
    QStringList prompts;
    analyst->window->fileController()->setPasswordPrompt([&](const QString &prompt) {
        prompts << prompt;
        return answer ? password : QString();
    });
    // libpq finds no password by itself: the window must ask.
    const QByteArray passwordFile = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("no-such-pgpass")).toLocal8Bit());
    const bool opened = analyst->window->fileController()->openTeamProject(editorUrl);
    qputenv("PGPASSFILE", passwordFile);

    QCOMPARE(prompts.size(), 1);
    QCOMPARE(opened, answer);
    if (answer) {
        QVERIFY(analyst->project->store() && analyst->project->store()->isTeam());
        QCOMPARE(analyst->window->fileController()->recentFiles().value(0), editorUrl);
        QVERIFY(analyst->window->windowTitle().contains(m_database));
    } else {
        QVERIFY(!analyst->project->store() || !analyst->project->store()->isTeam());
        QVERIFY(analyst->window->fileController()->recentFiles().isEmpty());
    }
    analyst->window->saveSettings();
    analyst->settings->sync();
    QFile settingsFile(analyst->settings->fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray settingsText = settingsFile.readAll();
    QVERIFY(!settingsText.contains(password.toUtf8()));
    QCOMPARE(settingsText.contains(m_database.toUtf8()), answer);
    closeMessageBoxes(analyst->window.get());
}

void TestTeamSession::startupOpensUrl()
{
    std::unique_ptr<Analyst> analyst = openAnalyst(QStringLiteral("Eli"), QString());
    QVERIFY(analyst);
    analyst->window->openStartupProject({ m_url });
    QVERIFY(analyst->project->store() && analyst->project->store()->isTeam());
    QCOMPARE(analyst->project->facts().size(), m_facts.size());
    QVERIFY(analyst->session()->connection());

    // The next start reopens it, as it does the last project file.
    analyst->window.reset();
    analyst->project = std::make_unique<Project>();
    analyst->window = std::make_unique<MainWindow>(analyst->project.get(), analyst->settings.get());
    analyst->window->openStartupProject();
    QVERIFY(analyst->project->store() && analyst->project->store()->isTeam());
    QCOMPARE(analyst->project->store()->location().toDisplayString(), m_url);
}

void TestTeamSession::lostServerShowsBannerAndReconnects()
{
    // A server of its own: the one the other tests share stays up.
    TeamTestServer::PrivateServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QByteArray passwordFile = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", server.passwordFile().toLocal8Bit());
    struct RestorePasswordFile
    {
        QByteArray value;
        ~RestorePasswordFile() { qputenv("PGPASSFILE", value); }
    } restore { passwordFile };

    ProjectLocation location;
    QVERIFY(ProjectLocation::parse(server.url(), &location, &error));
    {
        Project project;
        std::unique_ptr<ProjectStore> store = ProjectStore::create(location, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(project.attachStore(std::move(store), &error), qPrintable(error));
        Article article;
        article.title = QStringLiteral("Ferry fares");
        article.language = QStringLiteral("en");
        article.text = QStringLiteral("Fares rose 8% to $9.");
        QVERIFY(project.addArticle(article,
            { figureAt(article.text, QStringLiteral("8%"), FigureKind::Percent, QStringLiteral("8"),
                QStringLiteral("%")) }));
    }
    std::unique_ptr<Analyst> analyst = openAnalyst(QStringLiteral("Farah"), server.url());
    QVERIFY(analyst);
    const qint64 id = analyst->project->facts().value(0).id;
    QVERIFY(id);

    QVERIFY(server.control(QStringLiteral("stop")));
    QVERIFY(!analyst->bannerShown());
    QTRY_COMPARE_WITH_TIMEOUT(analyst->banner()->kind(), TeamBanner::Kind::Disconnected, 6000);
    QVERIFY(analyst->bannerShown());
    // A review now is reported as not stored, and nothing pretends otherwise.
    QVERIFY(!analyst->window->reviewController()->confirm({ id }));
    QCOMPARE(analyst->status(id), QStringLiteral("pending"));

    QVERIFY(server.control(QStringLiteral("start")));
    QTRY_VERIFY_WITH_TIMEOUT(analyst->banner()->kind() != TeamBanner::Kind::Disconnected, 15000);
    QVERIFY(analyst->session()->connection()->isConnected());
    QVERIFY(!analyst->bannerShown());
    // Connected again: reviews are stored.
    QVERIFY(analyst->window->reviewController()->confirm({ id }));
    QCOMPARE(analyst->status(id), QStringLiteral("confirmed"));
    closeMessageBoxes(analyst->window.get());
}

QTEST_MAIN(TestTeamSession)
#include "tst_teamsession.moc"
