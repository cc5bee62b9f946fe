#include "project/projectstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace FactDesk;

namespace {

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

quint32 headerField(const QString &path, int offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(100);
    if (header.size() < offset + 4)
        return 0;
    return (quint32(quint8(header.at(offset))) << 24) | (quint32(quint8(header.at(offset + 1))) << 16)
        | (quint32(quint8(header.at(offset + 2))) << 8) | quint32(quint8(header.at(offset + 3)));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Article sampleArticle(qint64 id)
{
    Article article;
    article.id = id;
    article.title = QStringLiteral("Budget : l’écart des chiffres 📈 n°%1").arg(id);
    article.source = QStringLiteral("Le Quotidien d'essai");
    article.url = QStringLiteral("https://example.org/articles/%1?x=1&y=\"2\"").arg(id);
    article.date = QDate(2025, 10, 29);
    article.language = QStringLiteral("fr");
    article.text = QStringLiteral("Le déficit atteint 4,2 % selon l'institut 📈, contre 3,9 % annoncés.\n\n"
                                  "La dette passe à 13 milliards d'euros.");
    article.format = ArticleFormat::Html;
    article.rawSource = QStringLiteral("<p>Le déficit atteint 4,2 %…</p>");
    article.fileName = QStringLiteral("/tmp/article-%1.html").arg(id);
    return article;
}

Fact sampleFact(qint64 id, qint64 articleId, const QString &text, int start, int end)
{
    Fact fact;
    fact.id = id;
    fact.articleId = articleId;
    fact.figure.start = start;
    fact.figure.end = end;
    fact.figure.kind = FigureKind::Percent;
    fact.figure.value = QStringLiteral("4.2");
    fact.figure.unit = QStringLiteral("%");
    fact.figure.modifier = Modifier::Approx;
    fact.figure.range = RangeRole::Low;
    fact.anchorIn(text);
    return fact;
}

/// A project file with one article and two facts, closed.
QString makeProject(const QTemporaryDir &dir, const QString &name = QStringLiteral("p.factdesk"))
{
    const QString path = dir.filePath(name);
    QString error;
    auto store = ProjectStore::create(path, &error);
    if (!store)
        return QString();
    const Article article = sampleArticle(1);
    QVector<Fact> facts { sampleFact(1, 1, article.text, 19, 24), sampleFact(2, 1, article.text, 51, 56) };
    if (!store->insertArticle(article, facts, QStringLiteral("tester"), &error))
        return QString();
    return path;
}

/// What a data row does to a fact before it is stored.
using FactChange = std::function<void(Fact *)>;

/// Every field of two facts, compared (Fact has no operator==).
bool sameFact(const Fact &a, const Fact &b)
{
    return a.id == b.id && a.articleId == b.articleId && a.version == b.version && a.figure == b.figure
        && a.origin == b.origin && a.sameReview(b) && a.editor == b.editor && a.reviewedAt == b.reviewedAt
        && a.quote == b.quote && a.prefix() == b.prefix() && a.suffix() == b.suffix();
}

} // namespace

Q_DECLARE_METATYPE(FactChange)

class TestProjectStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void everyEnumValueRoundTrips_data();
    void everyEnumValueRoundTrips();
    void headerWalVersionAndApplicationId();
    void auditLogRows();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesMissingFile();
    void readOnlyFile();
    void readOnlyMode();
    void secondOpenerGetsLockMessage();
    void createRefusesExisting();
    void saveAs();
    void saveAsRefusals();
    void removeArticleRemovesItsFacts();
    void anchorsRoundTrip_data();
    void anchorsRoundTrip();
    void anchorsStayThoseOfTheTextAnchoredIn_data();
    void anchorsStayThoseOfTheTextAnchoredIn();
    void loadReadsEachFactAsItsOwnRowDoes_data();
    void loadReadsTextsAsTheArticleReadDoes_data();
    void loadWhileChecking_data();
    void loadWhileChecking();
    void loadReadsTextsAsTheArticleReadDoes();
    void loadReadsEachFactAsItsOwnRowDoes();
    void defaultEditor();
    void damagedFilesInPlainWords_data();
    void damagedFilesInPlainWords();
    void busyProjectForAWriter();
};

void TestProjectStore::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("round.factdesk"));
    QString error;
    Article article = sampleArticle(7);
    Fact extracted = sampleFact(10, 7, article.text, 19, 24);
    extracted.figure.asOf = QStringLiteral("2025-Q3"); // the period its sentence names
    Fact manual = sampleFact(11, 7, article.text, 51, 56);
    manual.origin = FactOrigin::Manual;
    manual.figure.kind = FigureKind::Money;
    manual.figure.value = QStringLiteral("13000000000");
    manual.figure.unit = QStringLiteral("EUR");
    manual.figure.modifier = Modifier::Exact;
    manual.figure.range = RangeRole::None;
    {
        auto store = ProjectStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(!store->isReadOnly());
        QCOMPARE(store->path(), QFileInfo(path).absoluteFilePath());
        QVERIFY2(
            store->insertArticle(article, { extracted }, QStringLiteral("ana"), &error), qPrintable(error));
        QVERIFY2(store->insertFact(manual, QStringLiteral("ana"), &error), qPrintable(error));

        Fact corrected = extracted;
        corrected.status = ReviewStatus::Corrected;
        corrected.correctedValue = QStringLiteral("-3.9");
        corrected.correctedUnit = QStringLiteral("pp");
        corrected.correctedKind = FigureKind::Percent;
        corrected.note = QStringLiteral("« vérifié » ; \"source\"\nligne 2 😀");
        corrected.editor = QStringLiteral("Zoé");
        corrected.reviewedAt = QDateTime(QDate(2025, 11, 2), QTime(9, 30, 15, 123), Qt::UTC);
        QVERIFY2(
            store->updateFact(extracted, corrected, QStringLiteral("correct"), QStringLiteral("Zoé"), &error),
            qPrintable(error));
        extracted = corrected;

        Fact rejected = manual;
        rejected.status = ReviewStatus::Rejected;
        rejected.rejectReason = RejectReason::ProductName;
        rejected.editor = QStringLiteral("ana");
        rejected.reviewedAt = QDateTime(QDate(2025, 11, 3), QTime(0, 0), Qt::UTC);
        QVERIFY2(store->updateFact(manual, rejected, QStringLiteral("reject"), QStringLiteral("ana"), &error),
            qPrintable(error));
        manual = rejected;

        article.title = QStringLiteral("Nouveau titre");
        article.date = QDate();
        QVERIFY2(store->updateArticle(article, QStringLiteral("ana"), &error), qPrintable(error));
    }
    auto store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY2(store->load(&articles, &facts, &error), qPrintable(error));
    QCOMPARE(articles.size(), 1);
    const Article &loaded = articles.first();
    QCOMPARE(loaded.id, article.id);
    QCOMPARE(loaded.title, article.title);
    QCOMPARE(loaded.source, article.source);
    QCOMPARE(loaded.url, article.url);
    QVERIFY(!loaded.date.isValid());
    QCOMPARE(loaded.language, article.language);
    QCOMPARE(loaded.text, article.text);
    QCOMPARE(toString(loaded.format), toString(article.format));
    QCOMPARE(loaded.rawSource, article.rawSource);
    QCOMPARE(loaded.fileName, article.fileName);
    QCOMPARE(loaded.sha256(), article.sha256());

    QCOMPARE(facts.size(), 2);
    const QVector<Fact> expected { extracted, manual };
    for (int i = 0; i < 2; ++i) {
        const Fact &got = facts.at(i);
        const Fact &want = expected.at(i);
        QCOMPARE(got.id, want.id);
        QCOMPARE(got.articleId, want.articleId);
        QCOMPARE(got.figure, want.figure);
        QCOMPARE(toString(got.origin), toString(want.origin));
        QVERIFY(got.sameReview(want));
        QCOMPARE(got.editor, want.editor);
        QCOMPARE(got.reviewedAt, want.reviewedAt);
        QCOMPARE(got.reviewedAt.timeSpec(), Qt::UTC);
        QCOMPARE(got.quote, want.quote);
        QCOMPARE(got.prefix(), want.prefix());
        QCOMPARE(got.suffix(), want.suffix());
    }
}

void TestProjectStore::everyEnumValueRoundTrips_data()
{
    // The store reads the enum columns as numbers SQLite maps from their names:
    // every value of every enum a fact holds must come back as itself.
    QTest::addColumn<FactChange>("change");
    for (int kind = int(FigureKind::Money); kind <= int(FigureKind::Number); ++kind) {
        QTest::addRow("kind %s", qPrintable(toString(FigureKind(kind))))
            << FactChange([kind](Fact *fact) { fact->figure.kind = FigureKind(kind); });
        QTest::addRow("corrected kind %s", qPrintable(toString(FigureKind(kind))))
            << FactChange([kind](Fact *fact) {
                   fact->status = ReviewStatus::Corrected;
                   fact->correctedValue = QStringLiteral("5");
                   fact->correctedKind = FigureKind(kind);
               });
    }
    for (int modifier = int(Modifier::Exact); modifier <= int(Modifier::UpTo); ++modifier)
        QTest::addRow("modifier %s", qPrintable(toString(Modifier(modifier))))
            << FactChange([modifier](Fact *fact) { fact->figure.modifier = Modifier(modifier); });
    for (int range = int(RangeRole::None); range <= int(RangeRole::High); ++range)
        QTest::addRow("range %d", range)
            << FactChange([range](Fact *fact) { fact->figure.range = RangeRole(range); });
    for (int status = int(ReviewStatus::Pending); status <= int(ReviewStatus::Rejected); ++status)
        QTest::addRow("status %s", qPrintable(toString(ReviewStatus(status))))
            << FactChange([status](Fact *fact) { fact->status = ReviewStatus(status); });
    for (int reason = int(RejectReason::None); reason <= int(RejectReason::Other); ++reason)
        QTest::addRow("reject reason %d", reason) << FactChange([reason](Fact *fact) {
            fact->status = ReviewStatus::Rejected;
            fact->rejectReason = RejectReason(reason);
        });
    for (int origin = int(FactOrigin::Extracted); origin <= int(FactOrigin::Manual); ++origin)
        QTest::addRow("origin %s", qPrintable(toString(FactOrigin(origin))))
            << FactChange([origin](Fact *fact) { fact->origin = FactOrigin(origin); });
}

void TestProjectStore::everyEnumValueRoundTrips()
{
    QFETCH(FactChange, change);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("enums.factdesk"));
    const Article article = sampleArticle(1);
    // A neighbour with other values, so that a row read with the wrong column or
    // a constant answer shows.
    Fact neighbour = sampleFact(1, 1, article.text, 19, 24);
    Fact fact = sampleFact(2, 1, article.text, 51, 56);
    change(&fact);
    QString error;
    {
        auto store = ProjectStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(store->insertArticle(article, { neighbour, fact }, QStringLiteral("ana"), &error),
            qPrintable(error));
    }
    auto store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY2(store->load(&articles, &facts, &error), qPrintable(error));
    QCOMPARE(facts.size(), 2);
    QCOMPARE(facts.at(0).figure, neighbour.figure);
    QVERIFY(facts.at(0).sameReview(neighbour));
    const Fact &got = facts.at(1);
    QCOMPARE(toString(got.figure.kind), toString(fact.figure.kind));
    QCOMPARE(toString(got.figure.modifier), toString(fact.figure.modifier));
    QCOMPARE(toString(got.figure.range), toString(fact.figure.range));
    QCOMPARE(toString(got.status), toString(fact.status));
    QCOMPARE(toString(got.correctedKind), toString(fact.correctedKind));
    QCOMPARE(toString(got.rejectReason), toString(fact.rejectReason));
    QCOMPARE(toString(got.origin), toString(fact.origin));
    QVERIFY(got.sameReview(fact));
}

void TestProjectStore::headerWalVersionAndApplicationId()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    QVERIFY(!path.isEmpty());
    // Bytes 18 and 19 of the header are 2 in WAL mode.
    const QByteArray header = readFile(path).left(100);
    QCOMPARE(int(header.at(18)), 2);
    QCOMPARE(int(header.at(19)), 2);
    QCOMPARE(headerField(path, 60), quint32(ProjectStore::schemaVersion()));
    QCOMPARE(qint32(headerField(path, 68)), ProjectStore::applicationId());
    QString error;
    auto store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), ProjectStore::schemaVersion());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
}

void TestProjectStore::auditLogRows()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    QString error;
    auto store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY(store->load(&articles, &facts, &error));
    Fact after = facts.at(0);
    after.status = ReviewStatus::Confirmed;
    QVERIFY(store->updateFact(facts.at(0), after, QStringLiteral("confirm"), QStringLiteral("léa"), &error));
    // The undo writes over the version the confirm produced.
    after.version = facts.at(0).version + 1;
    QVERIFY(
        store->updateFact(after, facts.at(0), QStringLiteral("undo confirm"), QStringLiteral("léa"), &error));
    QVERIFY(store->removeFact(facts.at(1), QStringLiteral("léa"), &error));

    const QVector<AuditEntry> all = store->auditLog();
    QStringList actions;
    for (const AuditEntry &entry : all)
        actions << entry.action;
    QCOMPARE(actions,
        QStringList({ QStringLiteral("import article"), QStringLiteral("confirm"),
            QStringLiteral("undo confirm"), QStringLiteral("remove fact") }));
    const QVector<AuditEntry> ofFact = store->auditLog(facts.at(0).id);
    QCOMPARE(ofFact.size(), 2);
    QCOMPARE(ofFact.at(0).editor, QStringLiteral("léa"));
    QVERIFY(ofFact.at(0).before.contains(QLatin1String("\"status\":\"pending\"")));
    QVERIFY(ofFact.at(0).after.contains(QLatin1String("\"status\":\"confirmed\"")));
    QVERIFY(ofFact.at(1).after.contains(QLatin1String("\"status\":\"pending\"")));
    QVERIFY(ofFact.at(0).at.isValid());
    QVERIFY(qAbs(ofFact.at(0).at.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    QVERIFY(all.at(3).after.isEmpty());
    QVERIFY(!all.at(3).before.isEmpty());
}

void TestProjectStore::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTemporaryDir dir;
    const QString project = makeProject(dir);
    const QByteArray good = readFile(project);
    QVERIFY(good.size() >= 4096);

    QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("text file") << QByteArrayLiteral("Le déficit atteint 4,2 %.\n")
                               << QStringLiteral("not an SQLite");
    QByteArray random(8192, '\0');
    quint32 seed = 12345;
    for (char &byte : random) {
        seed = seed * 1103515245 + 12345;
        byte = char(seed >> 16);
    }
    QTest::newRow("random bytes") << random << QStringLiteral("not an SQLite");
    for (int size : { 16, 99, 100, 1000, 4096, 4097 }) {
        if (size < good.size())
            QTest::addRow("truncated at %d bytes", size) << good.left(size) << QStringLiteral("");
    }
    QTest::newRow("truncated by one page") << good.left(good.size() - 4096) << QStringLiteral("truncated");
    QTest::newRow("truncated by one byte") << good.left(good.size() - 1) << QStringLiteral("truncated");

    QByteArray newer = good;
    const quint32 version = quint32(ProjectStore::schemaVersion() + 1);
    newer[60] = char(version >> 24);
    newer[61] = char(version >> 16);
    newer[62] = char(version >> 8);
    newer[63] = char(version);
    QTest::newRow("newer schema version") << newer << QStringLiteral("newer version");

    QByteArray damaged = good;
    for (int i = 4096; i < 4096 + 512 && i < damaged.size(); ++i)
        damaged[i] = char(0xa5);
    QTest::newRow("damaged page") << damaged << QStringLiteral("damaged");

    // A foreign SQLite database: valid, but not ours.
    const QString foreignPath = dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(foreignPath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO articles (body) VALUES ('x')")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    QTest::newRow("foreign SQLite database")
        << readFile(foreignPath) << QStringLiteral("not a FactDesk project");
}

void TestProjectStore::refusesBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.factdesk"));
    QVERIFY(writeFile(path, bytes));
    const QByteArray before = fileSha256(path);

    QString error;
    auto store = ProjectStore::open(path, &error);
    QVERIFY(!store);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    if (!expected.isEmpty())
        QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(fileSha256(path), before);
    // Nothing was left behind next to it either.
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
}

void TestProjectStore::refusesMissingFile()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!ProjectStore::open(dir.filePath(QStringLiteral("missing.factdesk")), &error));
    QVERIFY(error.contains(QLatin1String("does not exist")));
    QVERIFY(!ProjectStore::open(dir.path(), &error));
    QVERIFY(error.contains(QLatin1String("not a file")));
}

void TestProjectStore::readOnlyFile()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    QVERIFY(QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = fileSha256(path);
    {
        QString error;
        auto store = ProjectStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->isReadOnly());
        QVector<Article> articles;
        QVector<Fact> facts;
        QVERIFY2(store->load(&articles, &facts, &error), qPrintable(error));
        QCOMPARE(facts.size(), 2);
        Fact after = facts.first();
        after.status = ReviewStatus::Confirmed;
        QVERIFY(
            !store->updateFact(facts.first(), after, QStringLiteral("confirm"), QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
        error.clear();
        QVERIFY(!store->insertArticle(sampleArticle(2), {}, QStringLiteral("x"), &error));
        QVERIFY(error.contains(QLatin1String("read-only")));
        QVERIFY(!store->removeFact(facts.first(), QStringLiteral("x"), &error));
    }
    QCOMPARE(fileSha256(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestProjectStore::readOnlyMode()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    QString error;
    auto writer = ProjectStore::open(path, &error);
    QVERIFY2(writer, qPrintable(error));
    auto reader = ProjectStore::open(path, &error, ProjectStore::OpenMode::ReadOnly);
    QVERIFY2(reader, qPrintable(error));
    QVERIFY(reader->isReadOnly());
    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY(reader->load(&articles, &facts, &error));
    QCOMPARE(articles.size(), 1);
    QVERIFY(!reader->removeFact(facts.first(), QStringLiteral("x"), &error));
}

void TestProjectStore::secondOpenerGetsLockMessage()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    QString error;
    auto first = ProjectStore::open(path, &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
    const QByteArray before = fileSha256(path);

    auto second = ProjectStore::open(path, &error);
    QVERIFY(!second);
    QVERIFY2(error.contains(QLatin1String("already open in another FactDesk window or factdesk-cli")),
        qPrintable(error));
    QVERIFY2(
        error.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())), qPrintable(error));
    QCOMPARE(fileSha256(path), before);
    qint64 holder = 0;
    QVERIFY(ProjectStore::isOpenElsewhere(path, &holder));
    QCOMPARE(holder, QCoreApplication::applicationPid());

    first.reset();
    QVERIFY(!ProjectStore::isOpenElsewhere(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    second = ProjectStore::open(path, &error);
    QVERIFY2(second, qPrintable(error));
}

void TestProjectStore::createRefusesExisting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exists.factdesk"));
    QVERIFY(writeFile(path, "keep me"));
    QString error;
    QVERIFY(!ProjectStore::create(path, &error));
    QVERIFY(error.contains(QLatin1String("already exists")));
    QCOMPARE(readFile(path), QByteArray("keep me"));
    QVERIFY(!ProjectStore::create(dir.filePath(QStringLiteral("no/such/folder/p.factdesk")), &error));
    QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
}

void TestProjectStore::saveAs()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    QString error;
    auto store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    const QString copyPath = dir.filePath(QStringLiteral("copy.factdesk"));
    QVERIFY(writeFile(copyPath, "an older file at the target"));
    QVERIFY2(store->saveAs(copyPath, &error), qPrintable(error));
    QVERIFY(!QFile::exists(copyPath + QStringLiteral(".lock")));

    // The original keeps working and the copy is a project of its own.
    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY(store->load(&articles, &facts, &error));
    Fact after = facts.first();
    after.status = ReviewStatus::Confirmed;
    QVERIFY(store->updateFact(facts.first(), after, QStringLiteral("confirm"), QStringLiteral("x"), &error));

    auto copy = ProjectStore::open(copyPath, &error);
    QVERIFY2(copy, qPrintable(error));
    QVector<Article> copiedArticles;
    QVector<Fact> copiedFacts;
    QVERIFY(copy->load(&copiedArticles, &copiedFacts, &error));
    QCOMPARE(copiedArticles.size(), 1);
    QCOMPARE(copiedArticles.first().text, articles.first().text);
    QCOMPARE(copiedFacts.size(), facts.size());
    QCOMPARE(toString(copiedFacts.first().status), toString(ReviewStatus::Pending));
    QCOMPARE(copy->auditLog().size(), 1);
    const QStringList leftovers
        = QDir(dir.path()).entryList(QDir::Hidden | QDir::Files).filter(QStringLiteral(".copy"));
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
}

void TestProjectStore::saveAsRefusals()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    const QString other = makeProject(dir, QStringLiteral("other.factdesk"));
    QString error;
    auto store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(!store->saveAs(path, &error));
    QVERIFY(error.contains(QLatin1String("over itself")));

    auto otherStore = ProjectStore::open(other, &error);
    QVERIFY(otherStore);
    const QByteArray before = fileSha256(other);
    QVERIFY(!store->saveAs(other, &error));
    QVERIFY2(error.contains(QLatin1String("already open")), qPrintable(error));
    QCOMPARE(fileSha256(other), before);
    QVERIFY(!store->saveAs(dir.filePath(QStringLiteral("missing/x.factdesk")), &error));
    QVERIFY(!error.isEmpty());
}

void TestProjectStore::removeArticleRemovesItsFacts()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    QString error;
    {
        auto store = ProjectStore::open(path, &error);
        QVERIFY(store);
        QVERIFY2(store->removeArticle(1, QStringLiteral("x"), &error), qPrintable(error));
    }
    auto store = ProjectStore::open(path, &error);
    QVERIFY(store);
    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY(store->load(&articles, &facts, &error));
    QVERIFY(articles.isEmpty());
    QVERIFY(facts.isEmpty());
    QCOMPARE(store->auditLog().last().action, QStringLiteral("remove article"));
}

void TestProjectStore::anchorsRoundTrip_data()
{
    QTest::addColumn<bool>("fromText");
    QTest::newRow("anchors the text gives back") << true;
    QTest::newRow("anchors of a quote no longer in the text") << false;
}

void TestProjectStore::anchorsRoundTrip()
{
    QFETCH(bool, fromText);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("anchors.factdesk"));
    const Article article = sampleArticle(3);
    Fact fact = sampleFact(5, 3, article.text, 19, 24);
    if (!fromText) {
        fact.figure.end = fact.figure.start; // disappeared: an empty span, the old quote kept
        fact.quote = QStringLiteral("4,1 %");
        fact.setContext(QStringLiteral("un ancien contexte 😀 "), QStringLiteral(" qui n'est plus là"));
    }
    QString error;
    {
        auto store = ProjectStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(store->insertArticle(article, { fact }, QStringLiteral("x"), &error), qPrintable(error));
    }
    auto store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY(store->load(&articles, &facts, &error));
    QCOMPARE(facts.size(), 1);
    QCOMPARE(facts.first().quote, fact.quote);
    QCOMPARE(facts.first().prefix(), fact.prefix());
    QCOMPARE(facts.first().suffix(), fact.suffix());
}

void TestProjectStore::loadReadsEachFactAsItsOwnRowDoes_data()
{
    // load() reads the columns most facts fill for every fact, then the others
    // only for the facts that have one, in the table's order: each fact must come
    // back as the store's one-fact read (loadFacts) and as it was written.
    QTest::addColumn<FactChange>("change");
    QTest::addColumn<QString>("sqlAfter"); // run on the closed file, %1 the fact's id
    QTest::newRow("none of the rare columns") << FactChange([](Fact *) {}) << QString();
    QTest::newRow("a range only") << FactChange([](Fact *fact) { fact->figure.range = RangeRole::High; })
                                  << QString();
    QTest::newRow("a correction only") << FactChange([](Fact *fact) {
        fact->status = ReviewStatus::Corrected;
        fact->correctedValue = QStringLiteral("4.3");
        fact->correctedUnit = QStringLiteral("pp");
        fact->correctedKind = FigureKind::Percent;
    }) << QString();
    QTest::newRow("a rejection only") << FactChange([](Fact *fact) {
        fact->status = ReviewStatus::Rejected;
        fact->rejectReason = RejectReason::Duplicate;
    }) << QString();
    QTest::newRow("a note only") << FactChange([](Fact *fact) { fact->note = QStringLiteral("à revoir 😀"); })
                                 << QString();
    QTest::newRow("anchors kept from an older text") << FactChange([](Fact *fact) {
        fact->figure.end = fact->figure.start;
        fact->quote = QStringLiteral("4,1 %");
        fact->setContext(QString(), QStringLiteral(" disparu"));
    }) << QString();
    QTest::newRow("written out of id order") << FactChange([](Fact *fact) { fact->id = 1; }) << QString();
    QTest::newRow("enum names this build does not know")
        << FactChange([](Fact *fact) {
               fact->origin = FactOrigin::Manual;
               fact->status = ReviewStatus::Confirmed;
           })
        << QStringLiteral("UPDATE facts SET origin = 'future', kind = 'Money', modifier = '', "
                          "status = 'confirmé', range_role = 'middle', corrected_kind = 'argent', "
                          "reject_reason = 'other ' WHERE id = %1");
}

void TestProjectStore::loadReadsEachFactAsItsOwnRowDoes()
{
    QFETCH(FactChange, change);
    QFETCH(QString, sqlAfter);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("load.factdesk"));
    const Article article = sampleArticle(4);
    Article second = sampleArticle(2); // stored after article 4: the table's order is not the ids'
    second.text = QStringLiteral("Un autre texte : 12 %.");
    Fact plain = sampleFact(3, 4, article.text, 51, 56);
    plain.figure.range = RangeRole::None;
    Fact fact = sampleFact(7, 4, article.text, 19, 24);
    fact.figure.range = RangeRole::None;
    fact.figure.asOf = QStringLiteral("2025-10");
    fact.editor = QStringLiteral("ana");
    fact.reviewedAt = QDateTime(QDate(2025, 11, 2), QTime(9, 30), Qt::UTC);
    fact.status = ReviewStatus::Confirmed;
    change(&fact);
    Fact other = sampleFact(5, 2, second.text, 17, 21);
    QString error;
    {
        auto store = ProjectStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(
            store->insertArticle(article, { plain, fact }, QStringLiteral("x"), &error), qPrintable(error));
        QVERIFY2(store->insertArticle(second, { other }, QStringLiteral("x"), &error), qPrintable(error));
    }
    if (!sqlAfter.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.exec(sqlAfter.arg(fact.id)), qPrintable(query.lastError().text()));
            QCOMPARE(query.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        // What a build that does not know a name reads: the Fact's default.
        fact.origin = Fact().origin;
        fact.figure.kind = Fact().figure.kind;
        fact.figure.modifier = Fact().figure.modifier;
        fact.status = Fact().status;
        fact.figure.range = Fact().figure.range;
        fact.rejectReason = Fact().rejectReason;
        fact.correctedKind = Fact().correctedKind;
    }
    auto store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY2(store->load(&articles, &facts, &error), qPrintable(error));
    QCOMPARE(articles.size(), 2);
    QCOMPARE(articles.at(0).id, 2);
    QCOMPARE(articles.at(1).id, 4);
    QCOMPARE(articles.at(1).text, article.text);
    QCOMPARE(facts.size(), 3);
    QVector<Fact> expected { plain, fact, other };
    std::sort(expected.begin(), expected.end(), [](const Fact &a, const Fact &b) { return a.id < b.id; });
    QVector<qint64> ids;
    for (const Fact &want : std::as_const(expected))
        ids << want.id;
    QVector<Fact> alone;
    QVERIFY2(store->loadFacts(ids, &alone, &error), qPrintable(error));
    QCOMPARE(alone.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(facts.at(i).id, expected.at(i).id);
        QVERIFY2(sameFact(facts.at(i), alone.at(i)), qPrintable(QString::number(facts.at(i).id)));
        QVERIFY2(sameFact(facts.at(i), expected.at(i)), qPrintable(QString::number(facts.at(i).id)));
    }
}

void TestProjectStore::loadReadsTextsAsTheArticleReadDoes_data()
{
    // load() decodes the texts' UTF-8 itself, loadArticle() lets SQLite convert
    // them: both must give the same strings, the written ones where SQLite keeps them.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rawSource");
    QTest::addColumn<bool>("keptAsWritten");
    QTest::newRow("accents and an emoji")
        << QStringLiteral("Le déficit 📈 atteint 4,2 %.") << QStringLiteral("<p>Le déficit 📈</p>") << true;
    QTest::newRow("Hangul") << QStringLiteral("적자는 4.2%에 이른다.") << QString() << true;
    QTest::newRow("an empty raw source") << QStringLiteral("Un texte.") << QString() << true;
    QTest::newRow("an empty text") << QString() << QStringLiteral("<p></p>") << true;
    QTest::newRow("a replacement character") << QStringLiteral("Illisible : \uFFFD.") << QString() << true;
    QTest::newRow("the noncharacter U+FFFF")
        << QStringLiteral("Avant \uFFFF après, \uFFFE.") << QString() << false;
    QTest::newRow("a lone surrogate at the end")
        << QStringLiteral("Coupé en plein emoji ") + QChar(0xD83D) << QString() << false;
}

void TestProjectStore::loadReadsTextsAsTheArticleReadDoes()
{
    QFETCH(QString, text);
    QFETCH(QString, rawSource);
    QFETCH(bool, keptAsWritten);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("texts.factdesk"));
    Article article = sampleArticle(1);
    article.text = text;
    article.rawSource = rawSource;
    Article next = sampleArticle(2); // after it, read the quick way whatever the first needed
    QString error;
    {
        auto store = ProjectStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(store->insertArticle(article, {}, QStringLiteral("x"), &error), qPrintable(error));
        QVERIFY2(store->insertArticle(next, {}, QStringLiteral("x"), &error), qPrintable(error));
    }
    auto store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY2(store->load(&articles, &facts, &error), qPrintable(error));
    QCOMPARE(articles.size(), 2);
    Article alone;
    QVERIFY2(store->loadArticle(1, &alone, &facts, &error), qPrintable(error));
    QCOMPARE(articles.at(0).text, alone.text);
    QCOMPARE(articles.at(0).text.isNull(), alone.text.isNull());
    QCOMPARE(articles.at(0).rawSource, alone.rawSource);
    QCOMPARE(articles.at(0).rawSource.isNull(), alone.rawSource.isNull());
    QCOMPARE(articles.at(0).text == text, keptAsWritten);
    QCOMPARE(articles.at(1).text, next.text);
    QCOMPARE(articles.at(1).rawSource, next.rawSource);
}

void TestProjectStore::loadWhileChecking_data()
{
    // OpenOptions::loadWhileChecking reads the project during the integrity
    // check: load() must give what it gives without the option, a damaged file
    // must still be refused by open(), and a write before load() must show.
    QTest::addColumn<bool>("damaged");
    QTest::addColumn<bool>("writeBeforeLoad");
    QTest::newRow("sound file") << false << false;
    QTest::newRow("written between open and load") << false << true;
    QTest::newRow("damaged page") << true << false;
}

void TestProjectStore::loadWhileChecking()
{
    QFETCH(bool, damaged);
    QFETCH(bool, writeBeforeLoad);
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    QVERIFY(!path.isEmpty());
    QString error;
    QVector<Article> expectedArticles;
    QVector<Fact> expectedFacts;
    {
        auto store = ProjectStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(store->load(&expectedArticles, &expectedFacts, &error), qPrintable(error));
    }
    if (damaged) {
        QByteArray bytes = readFile(path);
        for (int i = 4096; i < 4096 + 512 && i < bytes.size(); ++i)
            bytes[i] = char(0xa5); // as refusesBadFiles' damaged page
        QVERIFY(writeFile(path, bytes));
    }
    ProjectStore::OpenOptions options;
    options.loadWhileChecking = true;
    auto store = ProjectStore::open(path, &error, options);
    if (damaged) {
        QVERIFY(!store);
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        return;
    }
    QVERIFY2(store, qPrintable(error));
    if (writeBeforeLoad) {
        Fact changed = expectedFacts.at(0);
        changed.status = ReviewStatus::Confirmed;
        changed.editor = QStringLiteral("ana");
        // A review without a time gets its audit line's from the store.
        QDateTime reviewedAt;
        QVERIFY2(store->updateFact(expectedFacts.at(0), changed, QStringLiteral("confirm"),
                     QStringLiteral("ana"), &error, nullptr, &reviewedAt),
            qPrintable(error));
        QVERIFY(reviewedAt.isValid());
        expectedFacts[0] = changed;
        expectedFacts[0].reviewedAt = reviewedAt;
        expectedFacts[0].version += 1;
    }
    QVector<Article> articles;
    QVector<Fact> facts;
    QVERIFY2(store->load(&articles, &facts, &error), qPrintable(error));
    QCOMPARE(articles.size(), expectedArticles.size());
    QCOMPARE(articles.at(0).text, expectedArticles.at(0).text);
    QCOMPARE(facts.size(), expectedFacts.size());
    for (int i = 0; i < facts.size(); ++i)
        QVERIFY2(sameFact(facts.at(i), expectedFacts.at(i)), qPrintable(QString::number(facts.at(i).id)));
    // The second load reads the file again.
    QVERIFY2(store->load(&articles, &facts, &error), qPrintable(error));
    QCOMPARE(facts.size(), expectedFacts.size());
}

void TestProjectStore::anchorsStayThoseOfTheTextAnchoredIn_data()
{
    // A fact reads its prefix and suffix from the text it was anchored in, which
    // it shares: they must not follow a later change of that text.
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("suffix");
    const QString text
        = QStringLiteral("12 % de plus 📈 que l'an dernier, soit 4,2 milliards d'euros selon le rapport.");
    QTest::newRow("at the start") << 0 << 4 << QString() << QStringLiteral("12 %") << text.mid(4, 32);
    QTest::newRow("in the middle") << 39 << 42 << text.mid(7, 32) << QStringLiteral("4,2")
                                   << text.mid(42, 32);
    QTest::newRow("at the end") << 77 << 78 << text.mid(45, 32) << QStringLiteral(".") << QString();
    QTest::newRow("an empty span") << 39 << 39 << text.mid(7, 32) << QString() << text.mid(39, 32);
}

void TestProjectStore::anchorsStayThoseOfTheTextAnchoredIn()
{
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, prefix);
    QFETCH(QString, quote);
    QFETCH(QString, suffix);
    QString text
        = QStringLiteral("12 % de plus 📈 que l'an dernier, soit 4,2 milliards d'euros selon le rapport.");
    const QString original = text;
    Fact fact;
    fact.figure.start = start;
    fact.figure.end = end;
    fact.anchorIn(text);
    QCOMPARE(fact.prefix(), prefix);
    QCOMPARE(fact.quote, quote);
    QCOMPARE(fact.suffix(), suffix);
    QVERIFY(fact.isAnchoredIn(original));
    text.fill(QLatin1Char('x'));
    QCOMPARE(fact.prefix(), prefix);
    QCOMPARE(fact.suffix(), suffix);
    QVERIFY(!fact.isAnchoredIn(text));
    Fact copy = fact;
    copy.setContext(QStringLiteral("avant "), QStringLiteral(" après"));
    QCOMPARE(copy.prefix(), QStringLiteral("avant "));
    QCOMPARE(copy.suffix(), QStringLiteral(" après"));
    QCOMPARE(fact.prefix(), prefix);
    QVERIFY(!copy.isAnchoredIn(original));
}

void TestProjectStore::defaultEditor()
{
    const QByteArray saved = qgetenv("USER");
    qputenv("USER", "analyste");
    QCOMPARE(defaultEditorName(), QStringLiteral("analyste"));
    qunsetenv("USER");
    qputenv("USERNAME", "windows-user");
    if (qEnvironmentVariableIsEmpty("USER"))
        QCOMPARE(defaultEditorName(), QStringLiteral("windows-user"));
    qunsetenv("USERNAME");
    if (!saved.isNull())
        qputenv("USER", saved);
}

void TestProjectStore::damagedFilesInPlainWords_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // Found by fuzz_projectstore (tests/fuzz/regressions): SQLite's "malformed
    // database schema (audit_log) - near ...: syntax error" reached the user.
    QTest::newRow("fuzz finding: malformed schema") << readFile(QStringLiteral(
        FACTDESK_TEST_DATA "/../fuzz/regressions/fuzz_projectstore/malformed-schema.factdesk"));
    static QTemporaryDir dir;
    const QByteArray project = readFile(makeProject(dir));
    QVERIFY(project.size() >= 4096);
    for (int offset = 100; offset < project.size(); offset += 509) {
        QByteArray flipped = project;
        for (int i = offset; i < std::min<int>(offset + 16, int(flipped.size())); ++i)
            flipped[i] = char(~flipped.at(i));
        QTest::addRow("16 bytes flipped at %d", offset) << flipped;
    }
    for (int size = 4096; size < project.size(); size += 4096)
        QTest::addRow("cut to %d bytes", size) << project.left(size);
}

void TestProjectStore::damagedFilesInPlainWords()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!bytes.isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.factdesk"));
    QVERIFY(writeFile(path, bytes));
    const auto checkWords = [](const QString &message) {
        static const char *const raw[] = { "Unable to", "malformed", "constraint failed", "SQL logic error",
            "disk I/O error", "no such table", "no such column", "syntax error" };
        for (const char *words : raw)
            QVERIFY2(!message.contains(QLatin1String(words)), qPrintable(message));
    };
    QString error;
    auto store = ProjectStore::open(path, &error);
    if (!store) {
        QVERIFY(!error.isEmpty());
        checkWords(error);
        return;
    }
    QVector<Article> articles;
    QVector<Fact> facts;
    if (!store->load(&articles, &facts, &error)) {
        checkWords(error);
        return;
    }
    // A write either goes in or is refused in plain words, before it can make the damage worse.
    if (!store->insertArticle(sampleArticle(99), {}, QStringLiteral("tester"), &error))
        checkWords(error);
}

void TestProjectStore::busyProjectForAWriter()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    QString error;
    auto first = ProjectStore::open(path, &error);
    QVERIFY2(first, qPrintable(error));
    ProjectStore::OpenOptions options;
    options.waitMilliseconds = 300;
    options.offerReadOnly = false;
    QElapsedTimer waited;
    waited.start();
    auto second = ProjectStore::open(path, &error, options);
    QVERIFY(!second);
    QVERIFY(waited.elapsed() >= 290); // it did wait before giving up
    QVERIFY2(error.contains(QStringLiteral("is in use by")), qPrintable(error));
    QVERIFY2(
        error.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("read-only")), qPrintable(error));
    first.reset();
    second = ProjectStore::open(path, &error, options);
    QVERIFY2(second, qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
