// Cost of switching the interface language live: the main window over a
// project of many articles and facts, switched French ↔ English, each switch
// timed from setChoice() until every widget has handled its LanguageChange.
//
//     QT_QPA_PLATFORM=offscreen bench_languageswitch [articles] [figures per article] [switches]

#include "languageswitcher.h"
#include "mainwindow.h"
#include "project/project.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace FactDesk;

namespace {

void fill(Project *project, int articles, int figuresPerArticle)
{
    for (int a = 0; a < articles; ++a) {
        Article article;
        article.title = QStringLiteral("Rapport %1").arg(a + 1);
        article.language = a % 2 ? QStringLiteral("en") : QStringLiteral("fr");
        article.date = QDate(2025, 1, 1).addDays(a % 365);
        QString text;
        QVector<Figure> figures;
        for (int f = 0; f < figuresPerArticle; ++f) {
            const QString sentence
                = QStringLiteral("La ligne %1 coûte %2 millions d’euros. ").arg(f).arg(f * 3 + 1);
            const QString written = QStringLiteral("%1 millions d’euros").arg(f * 3 + 1);
            Figure figure;
            figure.start = int(text.size() + sentence.indexOf(written));
            figure.end = figure.start + int(written.size());
            figure.kind = FigureKind::Money;
            figure.value = QString::number((f * 3 + 1) * 1000000LL);
            figure.unit = QStringLiteral("EUR");
            figures.append(figure);
            text += sentence;
        }
        article.text = text;
        project->addArticle(article, figures);
    }
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

Timing switchOnce(LanguageSwitcher *switcher, LanguageSwitcher::Choice choice)
{
    QElapsedTimer timer;
    const std::clock_t cpuStart = std::clock();
    timer.start();
    switcher->setChoice(choice);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    return { double(timer.nsecsElapsed()) / 1e6, double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC };
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int articles = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200;
    const int figures = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 30;
    const int switches = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 20;
    if (articles < 0 || figures < 0 || switches < 2) {
        std::fprintf(
            stderr, "usage: bench_languageswitch [articles] [figures per article] [switches >= 2]\n");
        return 2;
    }

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    LanguageSwitcher switcher(&settings);
    Project project;
    fill(&project, articles, figures);
    MainWindow window(&project, &settings, &switcher);
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();

    QVector<double> wall;
    QVector<double> cpu;
    for (int i = 0; i < switches; ++i) {
        const Timing timing = switchOnce(
            &switcher, i % 2 ? LanguageSwitcher::Choice::English : LanguageSwitcher::Choice::French);
        wall << timing.wallMs;
        cpu << timing.cpuMs;
    }

    QTextStream out(stdout);
    out << "articles " << articles << ", facts " << project.facts().size() << ", switches " << switches
        << '\n'
        << "first switch (loads the catalogues): wall " << QString::number(wall.constFirst(), 'f', 2)
        << " ms, cpu " << QString::number(cpu.constFirst(), 'f', 2) << " ms\n"
        << "median switch: wall " << QString::number(median(wall), 'f', 2) << " ms, cpu "
        << QString::number(median(cpu), 'f', 2) << " ms\n"
        << "worst switch: wall " << QString::number(*std::max_element(wall.cbegin(), wall.cend()), 'f', 2)
        << " ms\n";
    return 0;
}
