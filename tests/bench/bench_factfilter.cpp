// Filtering and sorting the fact panel's rows: bench_factfilter [facts]
// Prints milliseconds (median of several runs) for each filter the panel offers.

#include "project/project.h"
#include "review/factfilterproxymodel.h"
#include "review/factmodel.h"
#include "review/relatedfacts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace FactDesk;

namespace {
constexpr int factsPerArticle = 100;

/// An article of sentences with three figures each, written for the benchmark.
void addArticle(Project &project, int number)
{
    Article article;
    article.title = QStringLiteral("Dossier budg\u00e9taire %1").arg(number);
    article.language = QStringLiteral("fr");
    QVector<Figure> figures;
    QString &text = article.text;
    for (int i = 0; figures.size() < factsPerArticle; ++i) {
        const QString amount = QString::number(10 + (number * 7 + i) % 900);
        const QString share = QString::number((number + i) % 97) + QStringLiteral(",5 %");
        const QString count = QString::number(i + 2) + QStringLiteral(" \u00e9coles");
        text += QStringLiteral("La ligne %1 du d\u00e9partement pr\u00e9voit ").arg(i);
        auto add = [&](const QString &written, FigureKind kind, const QString &value, const QString &unit) {
            Figure figure;
            figure.start = int(text.size());
            text += written;
            figure.end = int(text.size());
            figure.kind = kind;
            figure.value = value;
            figure.unit = unit;
            figures.append(figure);
        };
        add(amount + QStringLiteral(" millions d'euros"), FigureKind::Money,
            amount + QStringLiteral("000000"), QStringLiteral("EUR"));
        text += QStringLiteral(", soit ");
        add(share, FigureKind::Percent, QString::number((number + i) % 97) + QStringLiteral(".5"),
            QStringLiteral("%"));
        text += QStringLiteral(" du total, pour ");
        add(count, FigureKind::Count, QString::number(i + 2), QStringLiteral("\u00e9coles"));
        text += QStringLiteral(". ");
    }
    figures.resize(factsPerArticle);
    project.addArticle(article, figures);
}

double medianMs(const QAbstractItemModel *proxy, int runs, const std::function<void()> &work)
{
    QVector<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        proxy->rowCount(); // the proxy maps lazily: this runs the filter and the sort
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int wanted = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 30000;
    QTextStream out(stdout);

    Project project;
    for (int number = 0; project.facts().size() < wanted; ++number)
        addArticle(project, number);
    // Some review state, so status filters have something to do.
    for (int i = 0; i < project.facts().size(); i += 3) {
        Fact fact = project.facts().at(i);
        fact.status = i % 2 ? ReviewStatus::Confirmed : ReviewStatus::Rejected;
        fact.note = QStringLiteral("v\u00e9rifi\u00e9 aupr\u00e8s de la mairie");
        project.updateFact(fact, QStringLiteral("confirm"));
    }

    FactModel model(&project);
    FactFilterProxyModel proxy;
    proxy.setSourceModel(&model);

    out << "facts: " << model.rowCount() << ", articles: " << project.articles().size() << "\n";
    QElapsedTimer timer;
    timer.start();
    proxy.setSearchText(QStringLiteral("ecoles"));
    proxy.rowCount(); // the proxy maps lazily: this runs the filter
    out << "first search (builds the search keys): " << double(timer.nsecsElapsed()) / 1e6 << " ms, "
        << proxy.rowCount() << " rows\n";

    auto report = [&](const char *name, const std::function<void()> &work) {
        const double ms = medianMs(&proxy, 9, work);
        out << name << ": " << ms << " ms, " << proxy.rowCount() << " rows\n";
    };
    report("search 'mairie' (accent-free, in the note)", [&] {
        proxy.setSearchText(QString());
        proxy.setSearchText(QStringLiteral("mairie"));
    });
    report("search '42,5' (value as written)", [&] {
        proxy.setSearchText(QString());
        proxy.setSearchText(QStringLiteral("42,5"));
    });
    proxy.setSearchText(QString());
    proxy.sort(FactModel::ArticleColumn); // the panel's default order
    report("status = pending", [&] {
        proxy.setStatuses({});
        proxy.setStatuses({ ReviewStatus::Pending });
    });
    report("kind = money and status = pending", [&] {
        proxy.setKinds({});
        proxy.setKinds({ FigureKind::Money });
    });
    report("article filter", [&] {
        proxy.setArticleId(0);
        proxy.setArticleId(project.articles().at(project.articles().size() / 2).id);
    });
    proxy.setArticleId(0);
    proxy.setKinds({});
    proxy.setStatuses({});
    report("sort by position (article, start)", [&] {
        proxy.sort(-1); // back to the project's order, unsorted
        proxy.sort(FactModel::ArticleColumn);
    });
    report("sort by value", [&] {
        proxy.sort(-1);
        proxy.sort(FactModel::ValueColumn);
    });
    // The fact editor's "Elsewhere" line: the first search of a kind reads every sentence of that
    // kind once, the next ones use the cache. Every article here shares its words: the worst case.
    RelatedFacts related(&project);
    const qint64 anyFact = project.facts().at(1).id; // a percent
    timer.restart();
    int found = int(related.find(anyFact).size());
    out << "related facts, first search (reads the sentences): " << double(timer.nsecsElapsed()) / 1e6
        << " ms, " << found << " shown\n";
    timer.restart();
    found = int(related.find(project.facts().at(4).id).size());
    out << "related facts, next search: " << double(timer.nsecsElapsed()) / 1e6 << " ms, " << found
        << " shown\n";
    return 0;
}
