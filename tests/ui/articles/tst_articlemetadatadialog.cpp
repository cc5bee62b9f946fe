// The article properties dialog: what it returns, and what it refuses.

#include "articlemetadatadialog.h"

#include "article/article.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace FactDesk;

class TestArticleMetadataDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void edits_data();
    void edits();
    void keepsTextAndIdentity();
};

void TestArticleMetadataDialog::edits_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("acceptable");

    QTest::newRow("all set") << QStringLiteral("Port budget") << QStringLiteral("https://example.org/budget")
                             << QDate(2025, 10, 29) << QStringLiteral("en") << true;
    QTest::newRow("no URL, no date") << QStringLiteral("Budget du port") << QString() << QDate()
                                     << QStringLiteral("fr") << true;
    QTest::newRow("title of spaces") << QStringLiteral("   ") << QString() << QDate() << QStringLiteral("fr")
                                     << false;
    QTest::newRow("URL without scheme") << QStringLiteral("Budget") << QStringLiteral("example.org/budget")
                                        << QDate() << QStringLiteral("fr") << false;
    QTest::newRow("URL not on the web")
        << QStringLiteral("Budget") << QStringLiteral("file:///tmp/budget.html") << QDate()
        << QStringLiteral("fr") << false;
}

void TestArticleMetadataDialog::edits()
{
    QFETCH(QString, title);
    QFETCH(QString, url);
    QFETCH(QDate, date);
    QFETCH(QString, language);
    QFETCH(bool, acceptable);

    Article article;
    article.title = QStringLiteral("Before");
    article.language = language == QLatin1String("fr") ? QStringLiteral("en") : QStringLiteral("fr");
    article.date = QDate(2020, 1, 1);
    ArticleMetadataDialog dialog(article);

    const auto edits = dialog.findChildren<QLineEdit *>();
    QLineEdit *titleEdit = nullptr;
    QLineEdit *urlEdit = nullptr;
    for (QLineEdit *edit : edits) {
        if (edit->text() == QLatin1String("Before"))
            titleEdit = edit;
        else if (edit->placeholderText() == QLatin1String("https://"))
            urlEdit = edit;
    }
    QVERIFY(titleEdit && urlEdit);
    titleEdit->setText(title);
    urlEdit->setText(url);
    auto *dateEdit = dialog.findChild<QDateEdit *>();
    QVERIFY(dateEdit);
    dateEdit->setDate(date.isValid() ? date : dateEdit->minimumDate());
    auto *languageBox = dialog.findChild<QComboBox *>();
    QVERIFY(languageBox);
    languageBox->setCurrentIndex(languageBox->findData(language));

    QCOMPARE(dialog.problem().isEmpty(), acceptable);
    QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled(), acceptable);
    if (!acceptable)
        return;
    const Article edited = dialog.article();
    QCOMPARE(edited.title, title.trimmed());
    QCOMPARE(edited.url, url);
    QCOMPARE(edited.date, date);
    QCOMPARE(edited.date.isValid(), date.isValid());
    QCOMPARE(edited.language, language);
}

void TestArticleMetadataDialog::keepsTextAndIdentity()
{
    Article article;
    article.id = 42;
    article.title = QStringLiteral("Jobs report");
    article.language = QStringLiteral("en");
    article.text = QStringLiteral("Employers added 12,000 jobs.");
    article.fileName = QStringLiteral("jobs.txt");
    ArticleMetadataDialog dialog(article);
    const Article result = dialog.article();
    QCOMPARE(result.id, qint64(42));
    QCOMPARE(result.text, article.text);
    QCOMPARE(result.fileName, article.fileName);
    QVERIFY(!result.date.isValid()); // no date stays no date
}

QTEST_MAIN(TestArticleMetadataDialog)
#include "tst_articlemetadatadialog.moc"
