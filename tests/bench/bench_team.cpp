// Several analysts on one team project: bench_team [clients=8] [reviews per client=1000] [facts=30000]
//
// Needs a PostgreSQL server: FACTDESK_TEST_PG names it (tools/pgcluster.sh run build/tests/bench/bench_team,
// as `tools/bootstrap.sh bench` does). Makes its own database there and drops it at the end.
//
// Each client is a thread with its own connection (its own ProjectStore). A review reads the fact as
// stored (the version the analyst sees), then writes a confirmation or a rejection with a note that
// names the client and the review. A third of every client's reviews go to the same few hot facts, so
// the clients contend; the others go to facts only that client touches. Prints the throughput, the
// p50/p99 latency of a review's write, the conflicts, and the lost updates, which must be 0: every
// acknowledged review must be in the stored rows (each raises the fact's version by exactly one, the
// fact ends as the acknowledged review with the highest version says) and in the audit log (one line
// per acknowledged review, one refused line per conflict). Then the time a change takes to reach
// another client through NOTIFY, while the clients run and on an idle server.

#include "project/factconflict.h"
#include "project/project.h"
#include "project/projectchange.h"
#include "project/projectlocation.h"
#include "project/projectstore.h"
#include "project/teamconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

using namespace FactDesk;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int factsPerArticle = 30;
/// The facts every client reviews now and then: a third of all reviews go to these few.
constexpr int hotFactCount = 30;

struct Acknowledged
{
    qint64 factId;
    qint64 version; ///< the version the fact has after this review
    QString note;
};

struct ClientResult
{
    std::vector<Acknowledged> acknowledged;
    std::vector<double> latenciesMs;
    int conflicts = 0;
    std::map<qint64, int> conflictsPerFact;
    QStringList errors;
};

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(fraction * double(values.size())));
    return values[index];
}

double millisecondsBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

QString urlWithDatabase(const QString &baseUrl, const QString &database)
{
    QUrl url(baseUrl);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

bool runAdmin(const ProjectLocation &base, const QString &statement, QString *error)
{
    const QString name = QStringLiteral("bench_team_admin");
    bool done = false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        database.setHostName(base.host());
        if (base.port() > 0)
            database.setPort(base.port());
        database.setUserName(base.userName());
        database.setDatabaseName(base.databaseName());
        database.setConnectOptions(base.connectOptions());
        if (!database.open()) {
            *error = database.lastError().text();
        } else {
            QSqlQuery query(database);
            done = query.exec(statement);
            if (!done)
                *error = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

/// 1,000 articles of 30 figures each (by default): "Lot 12 of article 7 weighs 4512 kg."
QVector<Article> makeArticles(int factCount, QVector<QVector<Figure>> *figures)
{
    QVector<Article> articles;
    const int articleCount = (factCount + factsPerArticle - 1) / factsPerArticle;
    for (int a = 0; a < articleCount; ++a) {
        Article article;
        article.title = QStringLiteral("Bench article %1").arg(a + 1);
        article.source = QStringLiteral("bench_team");
        article.language = QStringLiteral("en");
        article.date = QDate(2025, 10, 1);
        QVector<Figure> articleFigures;
        const int count = std::min(factsPerArticle, factCount - a * factsPerArticle);
        for (int f = 0; f < count; ++f) {
            const QString value = QString::number(1000 + (a * 37 + f * 11) % 9000);
            const QString prefix = QStringLiteral("Lot %1 of article %2 weighs ").arg(f + 1).arg(a + 1);
            Figure figure;
            figure.start = article.text.size() + prefix.size();
            figure.end = figure.start + value.size();
            figure.kind = FigureKind::Quantity;
            figure.value = value;
            figure.unit = QStringLiteral("kg");
            article.text += prefix + value + QStringLiteral(" kg. ");
            articleFigures.append(figure);
        }
        articles.append(article);
        figures->append(articleFigures);
    }
    return articles;
}

void runClient(const ProjectLocation &location, int client, int reviews, const QVector<qint64> &hotFacts,
    const QVector<qint64> &ownFacts, std::atomic<int> *ready, const std::atomic<bool> *go,
    ClientResult *result)
{
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(location, &error);
    if (!store) {
        result->errors << QStringLiteral("client %1 cannot open: %2").arg(client).arg(error);
        ++*ready;
        return;
    }
    if (store->team())
        store->team()->setPingInterval(0);
    const QString editor = QStringLiteral("client %1").arg(client);
    std::mt19937 random(1234u + unsigned(client));
    ++*ready;
    while (!go->load())
        std::this_thread::yield();

    for (int review = 0; review < reviews; ++review) {
        const bool hot = review % 3 == 0;
        const QVector<qint64> &pool = hot ? hotFacts : ownFacts;
        const qint64 factId = pool.at(int(random() % unsigned(pool.size())));
        QVector<Fact> facts;
        if (!store->loadFacts({ factId }, &facts, &error) || facts.size() != 1) {
            result->errors
                << QStringLiteral("client %1 cannot read fact %2: %3").arg(client).arg(factId).arg(error);
            continue;
        }
        const Fact before = facts.first();
        Fact after = before;
        const bool confirm = before.status != ReviewStatus::Confirmed;
        after.status = confirm ? ReviewStatus::Confirmed : ReviewStatus::Rejected;
        after.rejectReason = confirm ? RejectReason::None : RejectReason::WrongReading;
        after.note = QStringLiteral("client %1 review %2").arg(client).arg(review);
        after.editor = editor;
        after.reviewedAt = QDateTime::currentDateTimeUtc();

        FactConflict conflict;
        error.clear();
        const Clock::time_point start = Clock::now();
        const bool written = store->updateFact(before, after,
            confirm ? QStringLiteral("confirm") : QStringLiteral("reject"), editor, &error, &conflict);
        result->latenciesMs.push_back(millisecondsBetween(start, Clock::now()));
        if (written) {
            result->acknowledged.push_back({ factId, before.version + 1, after.note });
        } else if (conflict.factId == factId) {
            ++result->conflicts;
            ++result->conflictsPerFact[factId];
        } else {
            result->errors << QStringLiteral("client %1 review %2 of fact %3 failed: %4")
                                  .arg(client)
                                  .arg(review)
                                  .arg(factId)
                                  .arg(error);
        }
    }
}

/// Writes the probe fact every intervalMs until stop, recording when each write started.
void runProbe(const ProjectLocation &location, qint64 factId, int intervalMs, const std::atomic<bool> *stop,
    std::mutex *mutex, std::vector<Clock::time_point> *writeStarts, QStringList *errors)
{
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(location, &error);
    if (!store) {
        errors->append(QStringLiteral("probe cannot open: %1").arg(error));
        return;
    }
    if (store->team())
        store->team()->setPingInterval(0);
    int round = 0;
    while (!stop->load()) {
        QVector<Fact> facts;
        if (!store->loadFacts({ factId }, &facts, &error) || facts.size() != 1) {
            errors->append(QStringLiteral("probe cannot read: %1").arg(error));
            return;
        }
        Fact after = facts.first();
        after.note = QStringLiteral("probe %1").arg(++round);
        after.status = ReviewStatus::Confirmed;
        after.editor = QStringLiteral("probe");
        after.reviewedAt = QDateTime::currentDateTimeUtc();
        {
            std::lock_guard<std::mutex> lock(*mutex);
            writeStarts->push_back(Clock::now());
        }
        if (!store->updateFact(
                facts.first(), after, QStringLiteral("confirm"), QStringLiteral("probe"), &error)) {
            errors->append(QStringLiteral("probe write failed: %1").arg(error));
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(intervalMs));
    }
}

/// Notification delays: for each write of the probe, from its start to the listener's signal.
std::vector<double> notificationDelays(
    const std::vector<Clock::time_point> &writeStarts, const std::vector<Clock::time_point> &arrivals)
{
    std::vector<double> delays;
    const size_t count = std::min(writeStarts.size(), arrivals.size());
    for (size_t i = 0; i < count; ++i)
        delays.push_back(millisecondsBetween(writeStarts[i], arrivals[i]));
    return delays;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int clients = argc > 1 ? std::max(1, atoi(argv[1])) : 8;
    const int reviewsPerClient = argc > 2 ? std::max(1, atoi(argv[2])) : 1000;
    const int factCount = argc > 3 ? std::max(clients * 10 + hotFactCount + 1, atoi(argv[3])) : 30000;

    const QString baseUrl = qEnvironmentVariable("FACTDESK_TEST_PG");
    if (baseUrl.isEmpty()) {
        fprintf(stderr,
            "bench_team: FACTDESK_TEST_PG is not set: run it on a throwaway server, "
            "tools/pgcluster.sh run %s\n",
            argv[0]);
        return 2;
    }
    ProjectLocation base;
    QString error;
    if (!ProjectLocation::parse(baseUrl, &base, &error)) {
        fprintf(stderr, "bench_team: %s\n", qPrintable(error));
        return 2;
    }
    const QString databaseName = QStringLiteral("factdesk_bench_%1").arg(QCoreApplication::applicationPid());
    if (!runAdmin(base, QStringLiteral("CREATE DATABASE ") + databaseName, &error)) {
        fprintf(stderr, "bench_team: cannot create the database %s: %s\n", qPrintable(databaseName),
            qPrintable(error));
        return 1;
    }
    ProjectLocation location;
    ProjectLocation::parse(urlWithDatabase(baseUrl, databaseName), &location, &error);
    int status = 0;

    {
        // The project: facts 1..factCount; the hot ones first, then each client's own share.
        QElapsedTimer timer;
        timer.start();
        Project project;
        project.setEditor(QStringLiteral("bench"));
        std::unique_ptr<ProjectStore> created = ProjectStore::create(location, &error);
        if (!created || !project.attachStore(std::move(created), &error)) {
            fprintf(stderr, "bench_team: cannot create the project: %s\n", qPrintable(error));
            runAdmin(base, QStringLiteral("DROP DATABASE IF EXISTS ") + databaseName, &error);
            return 1;
        }
        QVector<QVector<Figure>> figures;
        const QVector<Article> articles = makeArticles(factCount, &figures);
        if (project.addArticles(articles, figures).isEmpty()) {
            fprintf(stderr, "bench_team: cannot store the articles: %s\n", qPrintable(project.lastError()));
            runAdmin(base, QStringLiteral("DROP DATABASE IF EXISTS ") + databaseName, &error);
            return 1;
        }
        QVector<qint64> factIds;
        for (const Fact &fact : project.facts())
            factIds.append(fact.id);
        out << "project: " << articles.size() << " articles, " << factIds.size() << " facts on "
            << location.toDisplayString() << ", stored in " << timer.elapsed() << " ms\n";
        out.flush();

        const qint64 probeFact = factIds.takeLast();
        const QVector<qint64> hotFacts = factIds.mid(0, hotFactCount);
        const QVector<qint64> rest = factIds.mid(hotFactCount);
        QVector<QVector<qint64>> ownFacts(clients);
        for (int i = 0; i < rest.size(); ++i)
            ownFacts[i % clients].append(rest.at(i));

        // The listener: another client, in this thread, whose event loop receives the notifications.
        std::unique_ptr<ProjectStore> listener = ProjectStore::open(location, &error);
        if (!listener || !listener->team()) {
            fprintf(stderr, "bench_team: the listener cannot open: %s\n", qPrintable(error));
            status = 1;
        } else {
            listener->team()->subscribe(&error);
            listener->team()->setPingInterval(0);
            std::vector<Clock::time_point> arrivals;
            int changes = 0;
            QObject::connect(
                listener->team(), &TeamConnection::changed, &app, [&](const ProjectChange &change) {
                    ++changes;
                    if (change.factIds.contains(probeFact))
                        arrivals.push_back(Clock::now());
                });

            std::vector<ClientResult> results(static_cast<size_t>(clients));
            // QThreads: the store's connection uses Qt timers and socket notifiers.
            std::vector<std::unique_ptr<QThread>> threads;
            std::atomic<int> ready { 0 };
            std::atomic<bool> go { false };
            std::atomic<bool> stopProbe { false };
            std::mutex probeMutex;
            std::vector<Clock::time_point> probeStarts;
            QStringList probeErrors;
            for (int client = 0; client < clients; ++client) {
                const QVector<qint64> own = ownFacts.at(client);
                ClientResult *result = &results[size_t(client)];
                threads.emplace_back(QThread::create([=, &ready, &go] {
                    runClient(location, client + 1, reviewsPerClient, hotFacts, own, &ready, &go, result);
                }));
                threads.back()->start();
            }
            while (ready.load() < clients)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            const Clock::time_point start = Clock::now();
            go = true;
            std::unique_ptr<QThread> probe(QThread::create([&] {
                runProbe(location, probeFact, 50, &stopProbe, &probeMutex, &probeStarts, &probeErrors);
            }));
            probe->start();

            std::atomic<int> finished { 0 };
            QEventLoop loop;
            QTimer poll;
            poll.setInterval(10);
            QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
                if (finished.load() == clients)
                    loop.quit();
            });
            std::thread waiter([&] {
                for (const std::unique_ptr<QThread> &thread : threads)
                    thread->wait();
                finished = clients;
            });
            poll.start();
            loop.exec();
            waiter.join();
            const double seconds = millisecondsBetween(start, Clock::now()) / 1000;
            stopProbe = true;
            probe->wait();
            // The last notifications of the probe.
            QElapsedTimer drain;
            drain.start();
            while (arrivals.size() < probeStarts.size() && drain.elapsed() < 2000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            const std::vector<double> loadedDelays = notificationDelays(probeStarts, arrivals);

            // Idle: one write at a time, nothing else running.
            std::vector<Clock::time_point> idleStarts;
            arrivals.clear();
            {
                std::unique_ptr<ProjectStore> writer = ProjectStore::open(location, &error);
                for (int round = 0; writer && round < 50; ++round) {
                    QVector<Fact> facts;
                    writer->loadFacts({ probeFact }, &facts, &error);
                    Fact after = facts.value(0);
                    after.note = QStringLiteral("idle probe %1").arg(round);
                    after.editor = QStringLiteral("probe");
                    idleStarts.push_back(Clock::now());
                    writer->updateFact(
                        facts.value(0), after, QStringLiteral("note"), QStringLiteral("probe"), &error);
                    QElapsedTimer wait;
                    wait.start();
                    while (arrivals.size() < idleStarts.size() && wait.elapsed() < 2000)
                        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
                }
            }
            const std::vector<double> idleDelays = notificationDelays(idleStarts, arrivals);

            // What the clients were told, against what is stored.
            std::vector<double> latencies;
            std::map<qint64, std::vector<const Acknowledged *>> acknowledgedPerFact;
            std::map<qint64, int> conflictsPerFact;
            int acknowledged = 0, conflicts = 0;
            QStringList errors = probeErrors;
            for (const ClientResult &result : results) {
                latencies.insert(latencies.end(), result.latenciesMs.begin(), result.latenciesMs.end());
                for (const Acknowledged &ack : result.acknowledged)
                    acknowledgedPerFact[ack.factId].push_back(&ack);
                for (const auto &entry : result.conflictsPerFact)
                    conflictsPerFact[entry.first] += entry.second;
                acknowledged += int(result.acknowledged.size());
                conflicts += result.conflicts;
                errors += result.errors;
            }
            QVector<qint64> touched;
            for (const auto &entry : acknowledgedPerFact)
                touched.append(entry.first);
            for (const auto &entry : conflictsPerFact) {
                if (!acknowledgedPerFact.count(entry.first))
                    touched.append(entry.first);
            }
            std::unique_ptr<ProjectStore> checker = ProjectStore::open(location, &error);
            QVector<Fact> stored;
            if (!checker || !checker->loadFacts(touched, &stored, &error)) {
                fprintf(stderr, "bench_team: cannot read the facts back: %s\n", qPrintable(error));
                status = 1;
            }
            QHash<qint64, const Fact *> storedById;
            for (const Fact &fact : stored)
                storedById.insert(fact.id, &fact);
            const QVector<AuditEntry> audit = checker ? checker->auditLog(0, &error) : QVector<AuditEntry>();
            QHash<qint64, QStringList> loggedNotes;
            QHash<qint64, int> refusedLines;
            for (const AuditEntry &entry : audit) {
                if (entry.action != QLatin1String("confirm") && entry.action != QLatin1String("reject"))
                    continue;
                if (entry.refused)
                    ++refusedLines[entry.factId];
                else
                    loggedNotes[entry.factId].append(QJsonDocument::fromJson(entry.after.toUtf8())
                                                         .object()
                                                         .value(QLatin1String("note"))
                                                         .toString());
            }

            int lostInRows = 0, lostInLog = 0, wrongFinal = 0, refusedMissing = 0;
            for (const auto &entry : acknowledgedPerFact) {
                const Fact *fact = storedById.value(entry.first);
                std::vector<qint64> versions;
                const Acknowledged *last = nullptr;
                for (const Acknowledged *ack : entry.second) {
                    versions.push_back(ack->version);
                    if (!last || ack->version > last->version)
                        last = ack;
                }
                std::sort(versions.begin(), versions.end());
                // Each acknowledged review raised the version by one from 1: 2, 3, … the stored version.
                const qint64 expectedVersion = 1 + qint64(versions.size());
                const bool sequence = versions.front() == 2
                    && std::adjacent_find(
                           versions.begin(), versions.end(), [](qint64 a, qint64 b) { return b != a + 1; })
                        == versions.end();
                if (!fact || fact->version != expectedVersion || !sequence)
                    lostInRows += fact ? int(std::llabs(fact->version - expectedVersion)) + (sequence ? 0 : 1)
                                       : int(entry.second.size());
                else if (fact->note != last->note)
                    ++wrongFinal;
                QStringList notes = loggedNotes.value(entry.first);
                for (const Acknowledged *ack : entry.second) {
                    if (!notes.removeOne(ack->note))
                        ++lostInLog;
                }
            }
            for (const auto &entry : conflictsPerFact)
                refusedMissing += std::max(0, entry.second - refusedLines.value(entry.first));

            const int attempts = clients * reviewsPerClient;
            out << "reviews: " << clients << " clients x " << reviewsPerClient << " = " << attempts << " in "
                << QString::number(seconds, 'f', 2) << " s: " << QString::number(attempts / seconds, 'f', 0)
                << " reviews/s (" << QString::number(acknowledged / seconds, 'f', 0) << " written/s)\n";
            out << "review write latency: p50 " << QString::number(percentile(latencies, 0.50), 'f', 2)
                << " ms, p99 " << QString::number(percentile(latencies, 0.99), 'f', 2) << " ms, max "
                << QString::number(percentile(latencies, 1.0), 'f', 2) << " ms\n";
            out << "acknowledged " << acknowledged << ", conflicts " << conflicts << " (on " << hotFactCount
                << " hot facts: a third of the reviews), errors " << errors.size() << "\n";
            out << "lost updates: " << lostInRows << " in the rows, " << lostInLog
                << " missing from the audit log, " << wrongFinal
                << " facts not ending as their last acknowledged review, " << refusedMissing
                << " conflicts without their refused line\n";
            out << "notification to another client under load: " << loadedDelays.size() << " changes, p50 "
                << QString::number(percentile(loadedDelays, 0.5), 'f', 2) << " ms, p99 "
                << QString::number(percentile(loadedDelays, 0.99), 'f', 2) << " ms, max "
                << QString::number(percentile(loadedDelays, 1.0), 'f', 2) << " ms (of " << probeStarts.size()
                << " probe writes; " << changes << " notifications received)\n";
            out << "notification to another client, idle server: " << idleDelays.size() << " changes, p50 "
                << QString::number(percentile(idleDelays, 0.5), 'f', 2) << " ms, p99 "
                << QString::number(percentile(idleDelays, 0.99), 'f', 2) << " ms\n";
            for (const QString &line : errors.mid(0, 10))
                out << "error: " << line << "\n";
            out.flush();
            if (lostInRows || lostInLog || wrongFinal || refusedMissing || !errors.isEmpty())
                status = 1;
        }
    }
    if (!runAdmin(base,
            QStringLiteral("DROP DATABASE IF EXISTS ") + databaseName + QStringLiteral(" WITH (FORCE)"),
            &error))
        fprintf(stderr, "bench_team: could not drop the database %s: %s\n", qPrintable(databaseName),
            qPrintable(error));
    return status;
}
