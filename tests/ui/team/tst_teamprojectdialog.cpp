// File ▸ Open Team Project…: the dialog takes a PostgreSQL URL or a libpq service, refuses a URL that
// holds a password (and a file name) before anything is contacted, and says why; the File menu offers it.

#include "languageswitcher.h"
#include "projectfilecontroller.h"
#include "teamprojectdialog.h"

#include "project/project.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace FactDesk;

class TestTeamProjectDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void checksWhatIsTyped_data();
    void checksWhatIsTyped();
    void fileMenuOffersIt();
    void passwordInUrlRefusedUnsaid();

private:
    std::unique_ptr<LanguageSwitcher> m_english;
};

void TestTeamProjectDialog::cleanup()
{
    // The line edit's clear button fades in on a parentless animation that
    // deletes itself on its next tick once the dialog is gone: let it tick,
    // or it is still there at exit (LeakSanitizer).
    QTest::qWait(100);
}

void TestTeamProjectDialog::initTestCase()
{
    m_english = std::make_unique<LanguageSwitcher>(nullptr);
    m_english->setChoice(LanguageSwitcher::Choice::English);
}

void TestTeamProjectDialog::checksWhatIsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("problemMentions");

    QTest::newRow("URL with user and TLS")
        << QStringLiteral("postgresql://anna@db.example/desk?sslmode=verify-full") << true << QString();
    QTest::newRow("local socket") << QStringLiteral("postgresql:///desk") << true << QString();
    QTest::newRow("service") << QStringLiteral("service=desk") << true << QString();
    QTest::newRow("spaces around") << QStringLiteral("  postgres://db.example:5433/desk  ") << true
                                   << QString();
    QTest::newRow("nothing typed") << QString() << false << QString();
    QTest::newRow("password in the URL")
        << QStringLiteral("postgresql://anna:secret@db.example/desk") << false << QStringLiteral("password");
    QTest::newRow("a file name") << QStringLiteral("/home/anna/desk.factdesk") << false
                                 << QStringLiteral("File ▸ Open Project");
}

void TestTeamProjectDialog::checksWhatIsTyped()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    QFETCH(QString, problemMentions);

    TeamProjectDialog dialog;
    dialog.show();
    QTest::keyClicks(dialog.locationEdit(), typed);
    QPushButton *open = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
    QCOMPARE(open->isEnabled(), accepted);
    dialog.accept();
    QCOMPARE(dialog.result() == QDialog::Accepted, accepted);
    if (accepted) {
        QCOMPARE(dialog.location(), typed.trimmed());
        QVERIFY(dialog.problem().isEmpty());
    }
    if (!problemMentions.isEmpty()) {
        QVERIFY2(
            dialog.problem().contains(problemMentions, Qt::CaseInsensitive), qPrintable(dialog.problem()));
        // The message never repeats the password.
        QVERIFY(!dialog.problem().contains(QStringLiteral("secret")));
    }
}

void TestTeamProjectDialog::fileMenuOffersIt()
{
    QWidget window;
    Project project;
    ProjectFileController controller(&project, nullptr, &window);
    QMenu menu;
    controller.fillMenu(&menu);
    QVERIFY(menu.actions().contains(controller.openTeamAction()));
    QCOMPARE(controller.openTeamAction()->text(), QStringLiteral("Open &Team Project…"));
    // Right after Open Project…
    QCOMPARE(menu.actions().indexOf(controller.openTeamAction()),
        menu.actions().indexOf(controller.openAction()) + 1);
}

void TestTeamProjectDialog::passwordInUrlRefusedUnsaid()
{
    // `factdesk postgresql://anna:secret@…` or a script: refused before anything is contacted, and the
    // message, the recent files and the settings never repeat the password.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QWidget window;
    window.show();
    Project project;
    ProjectFileController controller(&project, &settings, &window);
    QVERIFY(!controller.openTeamProject(QStringLiteral("postgresql://anna:secret@db.example/desk")));
    QVERIFY(!project.store());
    QVERIFY(controller.recentFiles().isEmpty());
    const auto boxes = window.findChildren<QMessageBox *>();
    QCOMPARE(boxes.size(), 1);
    const QString said = boxes.first()->text() + boxes.first()->informativeText();
    QVERIFY2(!said.contains(QStringLiteral("secret")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("password")), qPrintable(said));
    boxes.first()->close();
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains("secret"));
}

QTEST_MAIN(TestTeamProjectDialog)
#include "tst_teamprojectdialog.moc"
