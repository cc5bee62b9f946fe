#include "export/jsonwriter.h"
#include "exportfixture.h"
#include "project/project.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace FactDesk;
using FactDesk::Test::codePointSlice;
using FactDesk::Test::figureAt;

namespace {

QJsonObject selector(const QJsonObject &annotation, const QString &type)
{
    const QJsonArray selectors
        = annotation.value(QStringLiteral("target")).toObject().value(QStringLiteral("selector")).toArray();
    for (const QJsonValue &value : selectors) {
        if (value.toObject().value(QStringLiteral("type")).toString() == type)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void annotations_data();
    void annotations();
    void verifiedOnlyAndAll();
    void previewAndWrite();
};

void TestJsonWriter::annotations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("note");
    QTest::addColumn<int>("start");

    QTest::newRow("plain") << QStringLiteral("Le taux atteint 4,2 % en mars.") << "4,2 %"
                           << "https://example.org/a"
                           << "" << 16;
    QTest::newRow("emoji before") << QStringLiteral("😀😀 Le taux atteint 4,2 % en mars.") << "4,2 %"
                                  << "https://example.org/b"
                                  << "" << 19;
    QTest::newRow("quotes and newline in note") << QStringLiteral("Il y a 12 salariés.") << "12 salariés"
                                                << ""
                                                << "dit \"douze\"\nà vérifier" << 7;
    QTest::newRow("formula-like note is kept as is in JSON")
        << QStringLiteral("Il y a 12 salariés.") << "12 salariés"
        << ""
        << "=1+1" << 7;
}

void TestJsonWriter::annotations()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QFETCH(QString, url);
    QFETCH(QString, note);
    QFETCH(int, start);

    Project project;
    project.setEditor(QStringLiteral("Zoé"));
    Article article;
    article.title = QStringLiteral("Essai");
    article.url = url;
    article.language = QStringLiteral("fr");
    article.text = text;
    const qint64 articleId = project.addArticle(article,
        { figureAt(text, written, FigureKind::Percent, QStringLiteral("4.2"), QStringLiteral("%")) });
    QVERIFY(articleId > 0);
    Fact fact = project.facts().first();
    fact.status = ReviewStatus::Corrected;
    fact.correctedValue = QStringLiteral("4.3");
    fact.correctedUnit = QStringLiteral("%");
    fact.note = note;
    // Who and when are the Reviewer's to stamp; the project writes them as given.
    fact.editor = project.editor();
    fact.reviewedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(project.updateFact(fact, QStringLiteral("correct")));

    JsonWriter writer(project);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(writer.toJson(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject collection = document.object();
    QCOMPARE(collection.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
    QCOMPARE(collection.value(QStringLiteral("@context")).toArray().first().toString(),
        QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    QCOMPARE(collection.value(QStringLiteral("total")).toInt(), 1);
    const QJsonArray items
        = collection.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject annotation = items.first().toObject();
    QCOMPARE(annotation.value(QStringLiteral("type")).toString(), QStringLiteral("Annotation"));
    QCOMPARE(annotation.value(QStringLiteral("id")).toString(),
        QStringLiteral("urn:factdesk:fact:%1").arg(project.facts().first().id));
    const QJsonObject target = annotation.value(QStringLiteral("target")).toObject();
    QCOMPARE(target.value(QStringLiteral("source")).toString(),
        url.isEmpty() ? QStringLiteral("urn:factdesk:article:%1").arg(articleId) : url);

    const QJsonObject quote = selector(annotation, QStringLiteral("TextQuoteSelector"));
    QCOMPARE(quote.value(QStringLiteral("exact")).toString(), written);
    QVERIFY(text.contains(quote.value(QStringLiteral("prefix")).toString() + written
        + quote.value(QStringLiteral("suffix")).toString()));
    const QJsonObject position = selector(annotation, QStringLiteral("TextPositionSelector"));
    QCOMPARE(position.value(QStringLiteral("start")).toInt(), start);
    QCOMPARE(position.value(QStringLiteral("end")).toInt(), start + int(written.toUcs4().size()));
    QCOMPARE(codePointSlice(text, start, int(written.toUcs4().size())), written);

    const QJsonArray bodies = annotation.value(QStringLiteral("body")).toArray();
    const QJsonObject figure = bodies.first().toObject();
    QCOMPARE(figure.value(QStringLiteral("factdesk:kind")).toString(), QStringLiteral("percent"));
    QCOMPARE(figure.value(QStringLiteral("factdesk:value")).toString(), QStringLiteral("4.2"));
    QCOMPARE(figure.value(QStringLiteral("factdesk:status")).toString(), QStringLiteral("corrected"));
    QCOMPARE(figure.value(QStringLiteral("factdesk:finalValue")).toString(), QStringLiteral("4.3"));
    QCOMPARE(bodies.size(), note.isEmpty() ? 1 : 2);
    if (!note.isEmpty()) {
        QCOMPARE(bodies.at(1).toObject().value(QStringLiteral("value")).toString(), note);
        QCOMPARE(bodies.at(1).toObject().value(QStringLiteral("purpose")).toString(),
            QStringLiteral("commenting"));
    }
    QCOMPARE(annotation.value(QStringLiteral("creator")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Zoé"));
    const QDateTime modified
        = QDateTime::fromString(annotation.value(QStringLiteral("modified")).toString(), Qt::ISODate);
    QVERIFY(modified.isValid());
    QCOMPARE(modified.timeSpec(), Qt::UTC);
}

void TestJsonWriter::verifiedOnlyAndAll()
{
    const QString text = QStringLiteral("Un : 1 %. Deux : 2 %. Trois : 3 %.");
    Project project;
    Article article;
    article.text = text;
    QVERIFY(project.addArticle(article,
        { figureAt(text, QStringLiteral("1 %"), FigureKind::Percent, QStringLiteral("1"), {}),
            figureAt(text, QStringLiteral("2 %"), FigureKind::Percent, QStringLiteral("2"), {}),
            figureAt(text, QStringLiteral("3 %"), FigureKind::Percent, QStringLiteral("3"), {}) }));
    Fact fact = project.facts().at(1);
    fact.status = ReviewStatus::Confirmed;
    fact.editor = project.editor();
    fact.reviewedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(project.updateFact(fact, QStringLiteral("confirm")));
    fact = project.facts().at(2);
    fact.status = ReviewStatus::Rejected;
    fact.rejectReason = RejectReason::NotAFigure;
    fact.editor = project.editor();
    fact.reviewedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(project.updateFact(fact, QStringLiteral("reject")));

    JsonWriter writer(project);
    QCOMPARE(writer.annotationCount(), 1);
    QCOMPARE(writer.toJsonObject().value(QStringLiteral("total")).toInt(), 1);
    writer.setAllFacts(true);
    QCOMPARE(writer.annotationCount(), 3);
    const QJsonArray items = writer.toJsonObject()
                                 .value(QStringLiteral("first"))
                                 .toObject()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(2)
                 .toObject()
                 .value(QStringLiteral("body"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("factdesk:rejectReason"))
                 .toString(),
        QStringLiteral("not_a_figure"));
    // No editor was set: no creator is claimed.
    QVERIFY(!items.at(1).toObject().contains(QStringLiteral("creator")));

    // The file's bytes, spliced annotation by annotation, are the same document.
    QJsonParseError parseError;
    const QJsonDocument written = QJsonDocument::fromJson(writer.toJson(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(written.object(), writer.toJsonObject());
    QCOMPARE(writer.toJson(), QJsonDocument(writer.toJsonObject()).toJson(QJsonDocument::Compact));
}

void TestJsonWriter::previewAndWrite()
{
    const QString text = QStringLiteral("Un : 1 %. Deux : 2 %.");
    Project project;
    Article article;
    article.text = text;
    QVERIFY(project.addArticle(article,
        { figureAt(text, QStringLiteral("1 %"), FigureKind::Percent, QStringLiteral("1"), {}),
            figureAt(text, QStringLiteral("2 %"), FigureKind::Percent, QStringLiteral("2"), {}) }));
    JsonWriter writer(project);
    writer.setAllFacts(true);
    const QJsonDocument preview = QJsonDocument::fromJson(writer.preview(1).toUtf8());
    QCOMPARE(preview.object().value(QStringLiteral("total")).toInt(), 2);
    QCOMPARE(preview.object()
                 .value(QStringLiteral("first"))
                 .toObject()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
        1);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("facts.json"));
    QString error;
    QVERIFY2(writer.write(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("total")).toInt(), 2);
    QVERIFY(!writer.write(dir.filePath(QStringLiteral("missing/facts.json")), &error));
    QVERIFY(error.contains(QLatin1String("facts.json")));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
