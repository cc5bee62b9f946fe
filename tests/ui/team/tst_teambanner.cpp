// The team banner: the most pressing message shows (a lost server before a conflict, a conflict
// before a notice, a notice before the read-only notice), a conflict or notice goes away by itself
// or when dismissed, and the strip is hidden when there is nothing to say.

#include "teambanner.h"

#include <QLabel>
#include <QToolButton>
#include <QtTest>

using namespace FactDesk;

Q_DECLARE_METATYPE(TeamBanner::Kind)

class TestTeamBanner : public QObject
{
    Q_OBJECT

private slots:
    void mostPressingShows_data();
    void mostPressingShows();
    void transientMessagesGoAway();
    void dismissShowsTheNextOne();
    void clearHidesEverything();
};

void TestTeamBanner::mostPressingShows_data()
{
    QTest::addColumn<bool>("disconnected");
    QTest::addColumn<bool>("conflict");
    QTest::addColumn<bool>("notice");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<TeamBanner::Kind>("expected");
    QTest::addColumn<QString>("text");

    QTest::newRow("nothing") << false << false << false << false << TeamBanner::Kind::None << QString();
    QTest::newRow("read-only alone") << false << false << false << true << TeamBanner::Kind::ReadOnly
                                     << QStringLiteral("read-only");
    QTest::newRow("notice over read-only")
        << false << false << true << true << TeamBanner::Kind::Notice << QStringLiteral("notice");
    QTest::newRow("conflict over notice")
        << false << true << true << true << TeamBanner::Kind::Conflict << QStringLiteral("conflict");
    QTest::newRow("lost server over all")
        << true << true << true << true << TeamBanner::Kind::Disconnected << QStringLiteral("lost");
}

void TestTeamBanner::mostPressingShows()
{
    QFETCH(bool, disconnected);
    QFETCH(bool, conflict);
    QFETCH(bool, notice);
    QFETCH(bool, readOnly);
    QFETCH(TeamBanner::Kind, expected);
    QFETCH(QString, text);

    QWidget window;
    auto *banner = new TeamBanner(&window);
    window.show();
    if (readOnly)
        banner->setReadOnly(QStringLiteral("read-only"));
    if (notice)
        banner->showNotice(QStringLiteral("notice"));
    if (conflict)
        banner->showConflict(QStringLiteral("conflict"));
    if (disconnected)
        banner->setDisconnected(QStringLiteral("lost"));
    QCOMPARE(banner->kind(), expected);
    QCOMPARE(banner->text(), text);
    QCOMPARE(banner->isVisible(), expected != TeamBanner::Kind::None);
    if (expected != TeamBanner::Kind::None)
        QCOMPARE(banner->findChild<QLabel *>(QStringLiteral("teamBannerText"))->text(), text);
    // Only what goes away by itself can be dismissed.
    QCOMPARE(banner->findChild<QToolButton *>(QStringLiteral("teamBannerDismiss"))->isVisible(),
        expected == TeamBanner::Kind::Conflict || expected == TeamBanner::Kind::Notice);
}

void TestTeamBanner::transientMessagesGoAway()
{
    QWidget window;
    auto *banner = new TeamBanner(&window);
    window.show();
    banner->setTransientMilliseconds(100);
    banner->setReadOnly(QStringLiteral("read-only"));
    banner->showConflict(QStringLiteral("Anna confirmed this fact 8 s ago."));
    QCOMPARE(banner->kind(), TeamBanner::Kind::Conflict);
    QTRY_COMPARE_WITH_TIMEOUT(banner->kind(), TeamBanner::Kind::ReadOnly, 2000);
    QCOMPARE(banner->text(), QStringLiteral("read-only"));

    // A lost server stays until the connection is back.
    banner->setDisconnected(QStringLiteral("lost"));
    QTest::qWait(300);
    QCOMPARE(banner->kind(), TeamBanner::Kind::Disconnected);
    banner->setDisconnected(QString());
    QCOMPARE(banner->kind(), TeamBanner::Kind::ReadOnly);
}

void TestTeamBanner::dismissShowsTheNextOne()
{
    QWidget window;
    auto *banner = new TeamBanner(&window);
    window.show();
    QSignalSpy shown(banner, &TeamBanner::shownChanged);
    banner->showNotice(QStringLiteral("notice"));
    banner->showConflict(QStringLiteral("conflict"));
    // Announced once: it was hidden, now it shows.
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.at(0).at(0).toBool(), true);
    auto *dismiss = banner->findChild<QToolButton *>(QStringLiteral("teamBannerDismiss"));
    QTest::mouseClick(dismiss, Qt::LeftButton);
    QCOMPARE(banner->kind(), TeamBanner::Kind::Notice);
    QTest::mouseClick(dismiss, Qt::LeftButton);
    QCOMPARE(banner->kind(), TeamBanner::Kind::None);
    QVERIFY(!banner->isVisible());
    QCOMPARE(shown.count(), 2);
    QCOMPARE(shown.at(1).at(0).toBool(), false);
}

void TestTeamBanner::clearHidesEverything()
{
    QWidget window;
    auto *banner = new TeamBanner(&window);
    window.show();
    banner->setDisconnected(QStringLiteral("lost"));
    banner->setReadOnly(QStringLiteral("read-only"));
    banner->showNotice(QStringLiteral("notice"));
    banner->clear();
    QCOMPARE(banner->kind(), TeamBanner::Kind::None);
    QVERIFY(banner->text().isEmpty());
    QVERIFY(!banner->isVisible());
}

QTEST_MAIN(TestTeamBanner)
#include "tst_teambanner.moc"
