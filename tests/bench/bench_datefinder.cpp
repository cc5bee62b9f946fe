// Measures DateFinder::find() throughput on a synthetic news corpus.
// Usage: bench_datefinder [megabytes=50] [fr|en]
// The corpus is built from sentences written for this benchmark, one dated sentence in four.
// Prints the corpus size (UTF-8 bytes), the dates found and MB/s (wall clock and CPU time), best of 3 runs.

#include "figures/datefinder.h"
#include "figures/lexicon.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTextStream>

#include <ctime>

using namespace FactDesk;

namespace {

QStringList frenchSentences()
{
    return {
        QStringLiteral(
            "La commune a voté mardi 14 octobre un budget de %1 millions d'euros, en hausse de 3,2 %. "),
        QStringLiteral("Selon la préfecture, %1 habitants ont été évacués depuis 2021 et 2 000 logements "
                       "restent vides. "),
        QStringLiteral("Le chantier, lancé le 1er mars 2023, devait s'achever avant 2027 ; il a pris deux "
                       "ans de retard. "),
        QStringLiteral(
            "Au troisième trimestre 2024, les recettes ont reculé de %1 % par rapport au T2 2024. "),
        QStringLiteral("Le syndicat affirme que « près de %1 salariés » seront concernés d'ici 2030. "),
        QStringLiteral("Une réunion est prévue le 29/10/2025 à 18 h 30 à l'hôtel de ville, salle 204. "),
        QStringLiteral(
            "Les élus ont rappelé qu'en février, la facture avait déjà été revue à %1 euros par foyer. "),
        QStringLiteral(
            "Le rapport annuel (exercice 2024) mentionne une dette de 1,4 milliard et 12 filiales. "),
        QStringLiteral("Hier, le maire a reconnu que les chiffres de l'an dernier étaient « incomplets ». "),
        QStringLiteral("Entre 2015 et 2020, la population a augmenté de %1 personnes, soit 0,8 % par an. "),
    };
}

QStringList englishSentences()
{
    return {
        QStringLiteral("The council approved a $%1 million budget on Tuesday, October 14, up 3.2%. "),
        QStringLiteral(
            "Since 2021 about %1 residents have left, and 2,000 homes stand empty, officials said. "),
        QStringLiteral(
            "Work began on March 1, 2023 and was due to finish before 2027; it is two years late. "),
        QStringLiteral("In the third quarter of 2024 revenue fell %1% compared with Q2 2024. "),
        QStringLiteral("The union says \"nearly %1 workers\" will be affected by 2030. "),
        QStringLiteral("A meeting is set for 10/29/2025 at 6:30 p.m. in room 204 of city hall. "),
        QStringLiteral(
            "Members recalled that in February the bill had already been revised to $%1 per household. "),
        QStringLiteral("The annual report for FY2024 lists debt of $1.4 billion across 12 subsidiaries. "),
        QStringLiteral("Yesterday the mayor admitted that last year's figures were \"incomplete\". "),
        QStringLiteral("Between 2015 and 2020 the population grew by %1 people, or 0.8% a year. "),
    };
}

// Sentences without dates: real articles hold far more of these than dated ones.
QStringList frenchFiller()
{
    return {
        QStringLiteral("Les représentants des locataires estiment que la concertation a été trop courte. "),
        QStringLiteral(
            "Interrogée, la direction n'a pas souhaité commenter ces chiffres, jugés « partiels ». "),
        QStringLiteral("Dans les quartiers nord, les associations dénoncent une hausse de %1 % des loyers. "),
        QStringLiteral("Le document, consulté par notre rédaction, évoque aussi un recours possible. "),
        QStringLiteral("Plusieurs élus d'opposition réclament un audit indépendant des comptes publics. "),
    };
}

QStringList englishFiller()
{
    return {
        QStringLiteral("Tenant groups say the consultation was far too short and poorly advertised. "),
        QStringLiteral("Asked about the numbers, management declined to comment, calling them \"partial\". "),
        QStringLiteral("In the northern districts, charities report rents up %1% on average. "),
        QStringLiteral("The document, seen by this newspaper, also mentions a possible appeal. "),
        QStringLiteral("Several opposition members are calling for an independent audit of the accounts. "),
    };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const int megabytes = args.size() > 1 ? args.at(1).toInt(&ok) : 50;
    if (args.size() > 1 && (!ok || megabytes <= 0 || megabytes > 1000)) {
        QTextStream(stderr) << "usage: bench_datefinder [megabytes 1..1000] [fr|en]\n";
        return 2;
    }
    const QString language = args.size() > 2 ? args.at(2) : QStringLiteral("fr");
    const bool english = language == QLatin1String("en");
    const QStringList dated = english ? englishSentences() : frenchSentences();
    const QStringList filler = english ? englishFiller() : frenchFiller();

    QString corpus;
    qint64 utf8Bytes = 0;
    const qint64 target = qint64(megabytes) * 1000 * 1000;
    for (int k = 0; utf8Bytes < target; ++k) {
        // One dated sentence in four.
        const QString &pattern = k % 4 == 0 ? dated.at((k / 4) % dated.size()) : filler.at(k % filler.size());
        // Vary the figures so the corpus is not one sentence repeated.
        const QString sentence
            = pattern.contains(QLatin1String("%1")) ? pattern.arg(137 + (k * 7919) % 90000) : pattern;
        corpus += sentence;
        utf8Bytes += sentence.toUtf8().size();
        if (k % 12 == 11)
            corpus += QLatin1Char('\n');
    }

    const DateFinder finder(Lexicon::builtin(language));
    const QDate anchor(2025, 10, 29);
    qint64 bestNs = -1;
    double bestCpu = -1;
    int found = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        const std::clock_t cpuStart = std::clock();
        timer.start();
        found = int(finder.find(corpus, anchor).size());
        const qint64 ns = timer.nsecsElapsed();
        // CPU time as well: on a shared, loaded machine the wall clock mostly measures the others.
        const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        if (bestNs < 0 || ns < bestNs)
            bestNs = ns;
        if (bestCpu < 0 || cpu < bestCpu)
            bestCpu = cpu;
    }
    const double seconds = double(bestNs) / 1e9;
    QTextStream(stdout) << "language " << language << ", corpus " << utf8Bytes << " bytes UTF-8 ("
                        << corpus.size() << " UTF-16 units), dates found " << found << ", best of 3 "
                        << seconds << " s, " << double(utf8Bytes) / 1e6 / seconds
                        << " MB/s wall; best CPU time " << bestCpu << " s, "
                        << double(utf8Bytes) / 1e6 / bestCpu << " MB/s CPU\n";
    return 0;
}
