// The same review, once through factdesk-cli (the executable, as a script runs
// it) and once through the window's ReviewController: the project files must
// hold the same fact rows and the same audit actions.

#include "../../review/reviewfixture.h"
#include "../../review/reviewrows.h"
#include "project/project.h"
#include "project/projectstore.h"
#include "reviewcontroller.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace FactDesk;
using namespace FactDesk::Test;

namespace {

// Written for this test: figures the extractor leaves for the analyst to add.
const QString workText = QStringLiteral("Les travaux ont dur\u00e9 dix-huit mois sur 4,5 hectares.");
const QString editor = QStringLiteral("Camille");

/// A project file with the French fixture and the work article; their ids through *french and *work.
bool createProject(const QString &path, qint64 *french, qint64 *work)
{
    QString error;
    Project project;
    project.setEditor(QStringLiteral("import"));
    if (!project.attachStore(ProjectStore::create(path, &error), &error))
        return false;
    *french = addFrenchArticle(project);
    Article article;
    article.title = QStringLiteral("Travaux");
    article.language = QStringLiteral("fr");
    article.text = workText;
    *work = project.addArticle(article, {});
    return *french > 0 && *work > 0;
}

} // namespace

class TestReviewParity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameRowsFromTheCommandLineAndTheWindow();

private:
    /// Runs factdesk-cli review PROJECT ARGUMENTS…; returns its exit status, stderr in *errors.
    int cli(const QString &project, const QStringList &arguments, QString *errors = nullptr);
};

int TestReviewParity::cli(const QString &project, const QStringList &arguments, QString *errors)
{
    QProcess process;
    process.start(QStringLiteral(FACTDESK_CLI_PATH),
        QStringList { QStringLiteral("review"), project, QStringLiteral("--editor"), editor } + arguments);
    if (!process.waitForFinished(30000))
        return -1;
    if (errors)
        *errors = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestReviewParity::sameRowsFromTheCommandLineAndTheWindow()
{
    QTemporaryDir dir;
    const QString cliPath = dir.filePath(QStringLiteral("cli.factdesk"));
    const QString windowPath = dir.filePath(QStringLiteral("window.factdesk"));
    qint64 french = 0;
    qint64 work = 0;
    QVERIFY(createProject(cliPath, &french, &work));
    QVERIFY(createProject(windowPath, &french, &work));

    Project reference;
    addFrenchArticle(reference);
    const qint64 euros = factIdOf(reference, QStringLiteral("13 milliards d'euros"));
    const qint64 year = factIdOf(reference, QStringLiteral("2026"));
    const qint64 product = factIdOf(reference, QStringLiteral("GPT-5"));
    const qint64 share = factIdOf(reference, QStringLiteral("27 %"));
    const QString note = QStringLiteral("selon la pr\u00e9fecture");
    // Code points and UTF-16 agree in this text (no character outside the BMP).
    const int months = int(workText.indexOf(QStringLiteral("ix-huit mois")));
    const int monthsEnd = months + int(QStringLiteral("ix-huit mois").size());
    const int area = int(workText.indexOf(QStringLiteral("4,5 hectares")));
    const int areaEnd = area + int(QStringLiteral("4,5 hectares").size());
    const auto span = [](int start, int end) { return QStringLiteral("%1:%2").arg(start).arg(end); };
    const auto fact = [](qint64 id) { return QStringList { QStringLiteral("--fact"), QString::number(id) }; };

    // The command line.
    QString errors;
    QCOMPARE(
        cli(cliPath, fact(euros) << QStringLiteral("--correct") << QStringLiteral("13 milliards de dollars")),
        0);
    QCOMPARE(cli(cliPath, fact(euros) << QStringLiteral("--correct") << QStringLiteral("14")), 0);
    QCOMPARE(cli(cliPath, fact(euros) << QStringLiteral("--confirm")), 0);
    QCOMPARE(
        cli(cliPath, fact(year) << QStringLiteral("--correct") << QStringLiteral("13 milliards"), &errors),
        1);
    QVERIFY2(errors.contains(QLatin1String("The kind changes from Date to Number.")), qPrintable(errors));
    QVERIFY2(errors.contains(QLatin1String("--change-kind")), qPrintable(errors));
    QCOMPARE(cli(cliPath,
                 fact(year) << QStringLiteral("--correct") << QStringLiteral("13 milliards")
                            << QStringLiteral("--change-kind")),
        0);
    QCOMPARE(cli(cliPath, fact(product) << QStringLiteral("--reject") << QStringLiteral("product_name")), 0);
    QCOMPARE(cli(cliPath, fact(product) << QStringLiteral("--pending")), 0);
    QCOMPARE(cli(cliPath, fact(share) << QStringLiteral("--note") << note), 0);
    QCOMPARE(cli(cliPath,
                 { QStringLiteral("--article"), QString::number(work), QStringLiteral("--add"),
                     span(months, monthsEnd) }),
        0);
    QCOMPARE(cli(cliPath,
                 { QStringLiteral("--article"), QString::number(work), QStringLiteral("--add"),
                     span(area, areaEnd) }),
        0);
    QCOMPARE(cli(cliPath, fact(share) << QStringLiteral("--delete"), &errors), 1);
    QVERIFY2(errors.contains(QLatin1String("Only figures added by hand can be deleted")), qPrintable(errors));

    // The window, through the controller its keys and buttons call.
    {
        QString error;
        Project project;
        project.setEditor(editor);
        QVERIFY(project.attachStore(ProjectStore::open(windowPath, &error), &error));
        QUndoStack stack;
        ReviewController controller(&project, &stack);
        int asked = 0;
        bool answer = false;
        controller.setKindChangeQuestion([&](const QString &) {
            ++asked;
            return answer;
        });
        QCOMPARE(controller.correct(euros, QStringLiteral("13 milliards de dollars")), QString());
        QCOMPARE(controller.correct(euros, QStringLiteral("14")), QString());
        QVERIFY(controller.confirm({ euros }));
        QCOMPARE(controller.correct(year, QStringLiteral("13 milliards")),
            QStringLiteral("The kind changes from Date to Number."));
        answer = true;
        QCOMPARE(controller.correct(year, QStringLiteral("13 milliards")), QString());
        QCOMPARE(asked, 2);
        QVERIFY(controller.reject(product, RejectReason::ProductName));
        QVERIFY(controller.resetToPending(product));
        QVERIFY(controller.setNote(share, note));
        const qint64 monthsId = controller.addManualFact(work, months, monthsEnd);
        QVERIFY(monthsId > 0);
        QVERIFY(controller.addManualFact(work, area, areaEnd) > 0);
        QVERIFY(!controller.removeFact(share));
    }

    QString error;
    const QStringList fromCli = storedRows(cliPath, &error);
    QVERIFY2(!fromCli.isEmpty(), qPrintable(error));
    const QStringList fromWindow = storedRows(windowPath, &error);
    QCOMPARE(fromWindow, fromCli);
    QCOMPARE(auditActions(windowPath, &error), auditActions(cliPath, &error));

    // What issue 9 found: the second correction keeps USD, the confirmation drops the correction.
    Project check;
    QVERIFY(check.attachStore(ProjectStore::open(cliPath, &error, ProjectStore::OpenMode::ReadOnly), &error));
    QCOMPARE(int(check.fact(euros)->status), int(ReviewStatus::Confirmed));
    QCOMPARE(check.fact(euros)->correctedValue, QString());
    QCOMPARE(check.fact(euros)->finalUnit(), QStringLiteral("EUR"));
    QCOMPARE(int(check.fact(year)->finalKind()), int(FigureKind::Number));
    const Fact &added = check.facts().at(check.facts().size() - 2);
    QCOMPARE(added.quote, QStringLiteral("dix-huit mois"));
    QCOMPARE(int(added.figure.kind), int(FigureKind::Quantity));
}

QTEST_MAIN(TestReviewParity)
#include "tst_reviewparity.moc"
