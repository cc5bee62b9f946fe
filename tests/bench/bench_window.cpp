// Window benchmark: bench_window [articles] [figures per article]
//
// Builds a project file of generated articles (not timed), then measures what
// an analyst waits for: opening it into a shown window, switching the article
// of a pane, filtering the fact panel by text; and the peak memory. Run on a
// Release build with QT_QPA_PLATFORM=offscreen (or under xvfb-run).

#include "articlepane.h"
#include "articleview.h"
#include "factpanel.h"
#include "mainwindow.h"
#include "project/project.h"
#include "project/projectstore.h"
#include "review/factfilterproxymodel.h"
#include "themepicker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace FactDesk;

namespace {

const char *const words[] = { "le", "groupe", "annonce", "une", "hausse", "des", "ventes", "selon", "son",
    "rapport", "annuel", "publié", "mardi", "dans", "un", "contexte", "tendu", "pour", "les", "marchés",
    "européens", "et", "asiatiques", "cette" };

struct Generated
{
    Article article;
    QVector<Figure> figures;
};

Generated generateArticle(int index, int figureCount)
{
    Generated generated;
    Article &article = generated.article;
    article.title = QStringLiteral("Article %1 : résultats du trimestre").arg(index);
    article.source = QStringLiteral("Bench");
    article.date = QDate(2025, 1, 1).addDays(index % 365);
    article.language = QStringLiteral("fr");
    QString text;
    quint32 seed = quint32(index) * 2654435761u;
    auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    for (int f = 0; f < figureCount; ++f) {
        const int filler = 8 + int(next() % 20);
        for (int w = 0; w < filler; ++w) {
            text += QLatin1String(words[next() % (sizeof(words) / sizeof(*words))]);
            text += QLatin1Char(' ');
        }
        Figure figure;
        figure.start = int(text.size());
        const int value = int(next() % 1000);
        switch (f % 4) {
        case 0:
            text += QStringLiteral("%1 milliards d'euros").arg(value);
            figure.kind = FigureKind::Money;
            figure.value = QString::number(value) + QStringLiteral("000000000");
            figure.unit = QStringLiteral("EUR");
            break;
        case 1:
            text += QStringLiteral("%1,%2 %").arg(value % 100).arg(value % 10);
            figure.kind = FigureKind::Percent;
            figure.value = QStringLiteral("%1.%2").arg(value % 100).arg(value % 10);
            figure.unit = QStringLiteral("%");
            break;
        case 2:
            text += QStringLiteral("%1 emplois").arg(value);
            figure.kind = FigureKind::Count;
            figure.value = QString::number(value);
            figure.unit = QStringLiteral("emplois");
            break;
        default:
            text += QStringLiteral("%1 tonnes").arg(value);
            figure.kind = FigureKind::Quantity;
            figure.value = QString::number(value);
            figure.unit = QStringLiteral("tonnes");
            break;
        }
        figure.end = int(text.size());
        generated.figures.append(figure);
        text += (f % 5 == 4) ? QStringLiteral(".\n\n") : QStringLiteral(", ");
    }
    article.text = text;
    return generated;
}

long peakMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QCoreApplication::arguments();
    const int articleCount = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 1000;
    const int figuresPerArticle = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 30;
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.factdesk"));
    QElapsedTimer timer;
    timer.start();
    {
        QString error;
        std::unique_ptr<ProjectStore> store = ProjectStore::create(path, &error);
        if (!store) {
            out << "cannot create " << path << ": " << error << Qt::endl;
            return 1;
        }
        Project writer;
        if (!writer.attachStore(std::move(store), &error)) {
            out << "cannot attach: " << error << Qt::endl;
            return 1;
        }
        for (int i = 0; i < articleCount; ++i) {
            const Generated generated = generateArticle(i, figuresPerArticle);
            if (!writer.addArticle(generated.article, generated.figures)) {
                out << "cannot add article: " << writer.lastError() << Qt::endl;
                return 1;
            }
        }
        out << "setup: " << articleCount << " articles, " << writer.facts().size() << " facts written in "
            << timer.elapsed() << " ms (not part of the figures below)" << Qt::endl;
    }

    // Start to usable window: open the file, build the window, show it, let it paint.
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    timer.restart();
    Project project;
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error);
    if (!store || !project.attachStore(std::move(store), &error)) {
        out << "cannot open: " << error << Qt::endl;
        return 1;
    }
    const qint64 opened = timer.elapsed();
    MainWindow window(&project, &settings);
    const qint64 constructed = timer.elapsed();
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        out << "window never exposed" << Qt::endl;
        return 1;
    }
    QCoreApplication::processEvents();
    const qint64 shown = timer.elapsed();
    out << "start to usable window: " << shown << " ms (project file opened in " << opened
        << " ms, window built in " << constructed - opened << " ms), goal < 1000 ms" << Qt::endl;

    {
        // What the theme repository costs by itself (read once per window).
        timer.restart();
        ThemePicker themes(&settings);
        out << "  of which a theme picker (syntax repository) takes about " << timer.elapsed() << " ms"
            << Qt::endl;
    }

    // Switching the article of a pane, painted.
    ArticlePane *pane = window.focusedPane();
    QVector<qint64> samples;
    const int switches = std::min(100, articleCount);
    for (int i = 0; i < switches; ++i) {
        const qint64 id = project.articles().at((i * 37) % articleCount).id;
        timer.restart();
        pane->setArticle(id);
        pane->view()->viewport()->repaint();
        samples.append(timer.nsecsElapsed() / 1000);
    }
    std::sort(samples.begin(), samples.end());
    out << "switch article in a pane (" << switches << " switches): median "
        << samples.at(samples.size() / 2) / 1000.0 << " ms, max " << samples.constLast() / 1000.0
        << " ms, goal < 50 ms" << Qt::endl;

    // Text filter on the fact panel, as typed in its search field, painted.
    FactFilterProxyModel *proxy = window.factPanel()->proxyModel();
    const QStringList queries = { QStringLiteral("milliards"), QStringLiteral("emplois"),
        QStringLiteral("42"), QStringLiteral("tonnes"), QStringLiteral("zzz"), QString() };
    for (const QString &query : queries) {
        timer.restart();
        proxy->setSearchText(query);
        window.factPanel()->repaint();
        out << "filter facts by \"" << query << "\": " << timer.elapsed() << " ms, " << proxy->rowCount()
            << " rows, goal < 100 ms" << Qt::endl;
    }

    out << "peak memory (ru_maxrss): " << peakMegabytes() << " MB, goal < 300 MB" << Qt::endl;
    return 0;
}
