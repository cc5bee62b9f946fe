// Switches the interface between French and English at run time and checks
// that what the user reads follows: menu titles, dialog labels, Qt's own
// buttons, an error message, and how numbers and dates are written.

#include "articlemetadatadialog.h"
#include "exportdialog.h"
#include "languageswitcher.h"
#include "project/project.h"
#include "projectfilecontroller.h"

#include "article/article.h"

#include <QAction>
#include <QActionGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace FactDesk;

class TestLanguageSwitcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void switchesLive_data();
    void switchesLive();
    void remembersChoice_data();
    void remembersChoice();
    void systemLanguage_data();
    void systemLanguage();
    void actions();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

namespace {

void deliverLanguageChange()
{
    // QApplication posts LanguageChange to each window; deliver it now.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

QString labelText(const QWidget *dialog, int index)
{
    const auto labels = dialog->findChildren<QLabel *>();
    QList<QLabel *> buddies;
    for (QLabel *label : labels) {
        if (label->buddy())
            buddies.append(label);
    }
    return index < buddies.size() ? buddies.at(index)->text() : QString();
}

} // namespace

void TestLanguageSwitcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings
        = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

void TestLanguageSwitcher::cleanup()
{
    m_settings.reset();
    m_dir.reset();
    QLocale::setDefault(QLocale::c());
}

void TestLanguageSwitcher::switchesLive_data()
{
    QTest::addColumn<LanguageSwitcher::Choice>("choice");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("recentMenuTitle");
    QTest::addColumn<QString>("titleLabel");
    QTest::addColumn<QString>("missingFileMessageStart");
    QTest::addColumn<QString>("cancelButton");
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("exportTitle");

    QTest::newRow("French") << LanguageSwitcher::Choice::French << QStringLiteral("fr")
                            << QStringLiteral("Ouvrir un projet &récent") << QStringLiteral("&Titre\u00A0:")
                            << QStringLiteral("Le fichier") << QStringLiteral("Annuler")
                            << QStringLiteral("4,2") << QStringLiteral("28 oct. 2025")
                            << QStringLiteral("Exporter les faits");
    QTest::newRow("English") << LanguageSwitcher::Choice::English << QStringLiteral("en")
                             << QStringLiteral("Open &Recent") << QStringLiteral("&Title:")
                             << QStringLiteral("The file") << QStringLiteral("Cancel")
                             << QStringLiteral("4.2") << QStringLiteral("28 Oct 2025")
                             << QStringLiteral("Export Facts");
}

void TestLanguageSwitcher::switchesLive()
{
    QFETCH(LanguageSwitcher::Choice, choice);
    QFETCH(QString, language);
    QFETCH(QString, recentMenuTitle);
    QFETCH(QString, titleLabel);
    QFETCH(QString, missingFileMessageStart);
    QFETCH(QString, cancelButton);
    QFETCH(QString, decimal);
    QFETCH(QString, date);
    QFETCH(QString, exportTitle);

    // Start in the other language, so that every check below sees a change.
    const auto other = choice == LanguageSwitcher::Choice::French ? LanguageSwitcher::Choice::English
                                                                  : LanguageSwitcher::Choice::French;
    m_settings->setValue(QStringLiteral("ui/language"),
        other == LanguageSwitcher::Choice::French ? QStringLiteral("fr") : QStringLiteral("en"));
    LanguageSwitcher switcher(m_settings.get());
    QCOMPARE(switcher.choice(), other);

    QMainWindow window;
    Project project;
    ProjectFileController controller(&project, m_settings.get(), &window);
    QMenu *fileMenu = window.menuBar()->addMenu(QStringLiteral("File"));
    controller.fillMenu(fileMenu);
    Article article;
    article.title = QStringLiteral("Budget");
    article.language = QStringLiteral("fr");
    ArticleMetadataDialog dialog(article, &window);
    ExportDialog exportDialog(&project, nullptr, &window);
    window.show();
    deliverLanguageChange();
    const QString recentBefore = controller.recentMenu()->title();
    QVERIFY(recentBefore != recentMenuTitle);

    QSignalSpy changed(&switcher, &LanguageSwitcher::languageChanged);
    QSignalSpy titleChanged(&controller, &ProjectFileController::windowTitleChanged);
    switcher.setChoice(choice);
    deliverLanguageChange();

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().constFirst().toString(), language);
    QCOMPARE(switcher.language(), language);
    QCOMPARE(controller.recentMenu()->title(), recentMenuTitle);
    QVERIFY(titleChanged.count() >= 1);
    QCOMPARE(labelText(&dialog, 0), titleLabel);
    QCOMPARE(exportDialog.windowTitle(), exportTitle);

    // Qt's own strings follow when its translations are installed.
    const auto buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    if (language == QLatin1String("en") || switcher.hasQtTranslation())
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), cancelButton);
    else
        qWarning("Qt's French translations are not installed (qttranslations5-l10n / qt6-translations-l10n)");

    // An error message written after the switch is in the new language.
    QVERIFY(!controller.openProject(m_dir->filePath(QStringLiteral("missing.factdesk"))));
    const auto boxes = window.findChildren<QMessageBox *>();
    QVERIFY(!boxes.isEmpty());
    QVERIFY2(
        boxes.constLast()->text().startsWith(missingFileMessageStart), qPrintable(boxes.constLast()->text()));
    for (QMessageBox *box : boxes)
        box->close();

    QCOMPARE(QLocale().toString(4.2), decimal);
    QCOMPARE(QLocale().toString(QDate(2025, 10, 28), QStringLiteral("d MMM yyyy")), date);
    QCOMPARE(window.locale().decimalPoint(), QLocale().decimalPoint());

    QCOMPARE(m_settings->value(QStringLiteral("ui/language")).toString(), language);
}

void TestLanguageSwitcher::remembersChoice_data()
{
    QTest::addColumn<LanguageSwitcher::Choice>("choice");
    QTest::addColumn<QString>("stored");

    QTest::newRow("French") << LanguageSwitcher::Choice::French << QStringLiteral("fr");
    QTest::newRow("English") << LanguageSwitcher::Choice::English << QStringLiteral("en");
    QTest::newRow("System") << LanguageSwitcher::Choice::System << QStringLiteral("system");
}

void TestLanguageSwitcher::remembersChoice()
{
    QFETCH(LanguageSwitcher::Choice, choice);
    QFETCH(QString, stored);

    {
        LanguageSwitcher first(m_settings.get());
        QCOMPARE(first.choice(), LanguageSwitcher::Choice::System); // nothing stored yet
        first.setChoice(choice);
    }
    m_settings->sync();
    QCOMPARE(m_settings->value(QStringLiteral("ui/language")).toString(), stored);

    QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    LanguageSwitcher second(&reread);
    QCOMPARE(second.choice(), choice);
    for (QAction *action : second.actions())
        QCOMPARE(action->isChecked(), action == second.actionGroup()->checkedAction());
    QVERIFY(second.actionGroup()->checkedAction());
}

void TestLanguageSwitcher::systemLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");

    QTest::newRow("France") << QStringLiteral("fr_FR") << QStringLiteral("fr");
    QTest::newRow("Quebec") << QStringLiteral("fr_CA") << QStringLiteral("fr");
    QTest::newRow("Belgium") << QStringLiteral("fr_BE") << QStringLiteral("fr");
    QTest::newRow("United States") << QStringLiteral("en_US") << QStringLiteral("en");
    QTest::newRow("United Kingdom") << QStringLiteral("en_GB") << QStringLiteral("en");
    QTest::newRow("Germany falls back to English") << QStringLiteral("de_DE") << QStringLiteral("en");
    QTest::newRow("C locale") << QStringLiteral("C") << QStringLiteral("en");
}

void TestLanguageSwitcher::systemLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(LanguageSwitcher::languageForLocale(QLocale(locale)), language);
}

void TestLanguageSwitcher::actions()
{
    LanguageSwitcher switcher(m_settings.get());
    const QList<QAction *> actions = switcher.actions();
    QCOMPARE(actions.size(), 3);
    QVERIFY(switcher.actionGroup()->isExclusive());
    for (QAction *action : actions) {
        QVERIFY(action->isCheckable());
        QCOMPARE(action->actionGroup(), switcher.actionGroup());
    }

    actions.at(0)->trigger();
    QCOMPARE(switcher.choice(), LanguageSwitcher::Choice::French);
    QVERIFY(actions.at(0)->isChecked());
    // Each language keeps its own name; "System" is translated.
    QCOMPARE(actions.at(0)->text(), QStringLiteral("Français"));
    QCOMPARE(actions.at(1)->text(), QStringLiteral("English"));
    QCOMPARE(actions.at(2)->text(), QStringLiteral("Système"));

    actions.at(1)->trigger();
    QCOMPARE(switcher.choice(), LanguageSwitcher::Choice::English);
    QVERIFY(!actions.at(0)->isChecked());
    QVERIFY(actions.at(1)->isChecked());
    QCOMPARE(actions.at(0)->text(), QStringLiteral("Français"));
    QCOMPARE(actions.at(2)->text(), QStringLiteral("System"));

    actions.at(2)->trigger();
    QCOMPARE(switcher.choice(), LanguageSwitcher::Choice::System);
    QCOMPARE(switcher.language(), LanguageSwitcher::languageForLocale(QLocale::system()));
}

QTEST_MAIN(TestLanguageSwitcher)
#include "tst_languageswitcher.moc"
