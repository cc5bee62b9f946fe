#include "figures/datefinder.h"
#include "figures/lexicon.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

using namespace FactDesk;

/*
 * Each row gives a text, the anchor (the article's date, or none), and every date
 * the finder must report, as "span|value|unit|modifier" (plus "|low"/"|high" for
 * ranges). The whole list is compared, so a missing or an invented date fails.
 */
class TestDateFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void find_data();
    void find();
    void offsetsSurviveEmojiAndCombiningAccents();
    void emptyLexiconStillReadsNumericDates();
    void hostileInputTerminates_data();
    void hostileInputTerminates();
    void randomTextGivesWellFormedDates();

private:
    static QString describe(const QString &text, const Figure &figure);
    DateFinder finder(const QString &language) const;
};

void TestDateFinder::initTestCase()
{
    QVERIFY(!Lexicon::builtin(QStringLiteral("fr")).isEmpty());
    QVERIFY(!Lexicon::builtin(QStringLiteral("en")).isEmpty());
}

DateFinder TestDateFinder::finder(const QString &language) const
{
    return DateFinder(Lexicon::builtin(language));
}

QString TestDateFinder::describe(const QString &text, const Figure &figure)
{
    QString line = text.mid(figure.start, figure.length()) + QLatin1Char('|') + figure.value
        + QLatin1Char('|') + figure.unit + QLatin1Char('|') + toString(figure.modifier);
    if (figure.range != RangeRole::None)
        line += QLatin1Char('|') + toString(figure.range);
    if (figure.kind != FigureKind::Date)
        line += QStringLiteral("|kind=") + toString(figure.kind);
    return line;
}

void TestDateFinder::find_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<QStringList>("expected");

    const QString anchor = QStringLiteral("2025-10-29"); // a Wednesday
    auto row = [](const char *name, const char *language, const QString &text, const QString &anchorDate,
                   const QStringList &expected) {
        QTest::newRow(name) << QString::fromLatin1(language) << text << anchorDate << expected;
    };
    const QString none;

    // --- French, numeric forms
    row("fr/iso date", "fr", QStringLiteral("Publié le 2025-10-29 à Lyon."), none,
        { QStringLiteral("2025-10-29|2025-10-29|day|exact") });
    row("fr/iso slashed with time keeps the date part", "fr",
        QStringLiteral("Horodatage : 2025/05/12 19:15:08."), none,
        { QStringLiteral("2025/05/12|2025-05-12|day|exact") });
    row("fr/iso date time keeps the date part", "fr", QStringLiteral("publié 2025-10-29T08:15:00+01:00 ici"),
        none, { QStringLiteral("2025-10-29|2025-10-29|day|exact") });
    row("fr/day first slashes", "fr", QStringLiteral("Le rapport du 29/10/2025 le confirme."), none,
        { QStringLiteral("29/10/2025|2025-10-29|day|exact") });
    row("fr/day first dots", "fr", QStringLiteral("Signé le 29.10.2025 à Paris."), none,
        { QStringLiteral("29.10.2025|2025-10-29|day|exact") });
    row("fr/day first dashes", "fr", QStringLiteral("Échéance : 03-02-2026."), none,
        { QStringLiteral("03-02-2026|2026-02-03|day|exact") });
    row("fr/ambiguous slashes read day first", "fr", QStringLiteral("Daté du 05/04/2024."), none,
        { QStringLiteral("05/04/2024|2024-04-05|day|exact") });
    row("fr/not/31 février", "fr", QStringLiteral("Le 31/02/2025 n'existe pas."), none, {});
    row("fr/not/month 13", "fr", QStringLiteral("Code 12/13/2025 invalide pour nous, 13/13/2025 aussi."),
        none, { QStringLiteral("12/13/2025|2025-12-13|day|exact") });
    row("fr/not/iso with impossible day", "fr", QStringLiteral("Valeur 2025-02-30 rejetée."), none, {});

    // --- French, written forms
    row("fr/weekday day month resolves to previous day", "fr",
        QStringLiteral("Le ministre a parlé le mardi 28 octobre devant les députés."), anchor,
        { QStringLiteral("28 octobre|2025-10-28|day|exact") });
    row("fr/weekday day month without article", "fr", QStringLiteral("Annonce faite mardi 28 octobre."),
        anchor, { QStringLiteral("28 octobre|2025-10-28|day|exact") });
    row("fr/day month resolves near anchor", "fr", QStringLiteral("Le vote a eu lieu le 28 octobre."), anchor,
        { QStringLiteral("28 octobre|2025-10-28|day|exact") });
    row("fr/day month early in year resolves to next year", "fr",
        QStringLiteral("Le salon ouvrira le 3 janvier."), QStringLiteral("2025-12-20"),
        { QStringLiteral("3 janvier|2026-01-03|day|exact") });
    row("fr/day month without anchor is reduced", "fr", QStringLiteral("Rendez-vous le 28 octobre."), none,
        { QStringLiteral("28 octobre|--10-28|day|exact") });
    row("fr/day month year", "fr", QStringLiteral("Le décret du 28 octobre 2025 est paru."), anchor,
        { QStringLiteral("28 octobre 2025|2025-10-28|day|exact") });
    row("fr/premier novembre", "fr", QStringLiteral("Entrée en vigueur le 1er novembre."), anchor,
        { QStringLiteral("1er novembre|2025-11-01|day|exact") });
    row("fr/le 1er janvier 2024", "fr", QStringLiteral("Depuis le 1er janvier 2024, la règle change."),
        anchor, { QStringLiteral("1er janvier 2024|2024-01-01|day|exact") });
    row("fr/abbreviated month with year", "fr", QStringLiteral("Mis à jour le 28 oct. 2025."), none,
        { QStringLiteral("28 oct. 2025|2025-10-28|day|exact") });
    row("fr/abbreviated month and year", "fr", QStringLiteral("Bilan d'oct. 2025 publié."), none,
        { QStringLiteral("oct. 2025|2025-10|month|exact") });
    row("fr/month year", "fr", QStringLiteral("Les chiffres de février 2024 montrent une baisse."), none,
        { QStringLiteral("février 2024|2024-02|month|exact") });
    row("fr/en month year", "fr", QStringLiteral("Le projet a démarré en février 2024."), none,
        { QStringLiteral("février 2024|2024-02|month|exact") });
    row("fr/month without accents upper case", "fr", QStringLiteral("RAPPORT DE FEVRIER 2024 ET AOUT 2023"),
        none,
        { QStringLiteral("FEVRIER 2024|2024-02|month|exact"),
            QStringLiteral("AOUT 2023|2023-08|month|exact") });
    row("fr/month with combining accent", "fr", QStringLiteral("Versé en de\u0301cembre 2023."), none,
        { QStringLiteral("de\u0301cembre 2023|2023-12|month|exact") });
    row("fr/en février resolves to anchor year", "fr", QStringLiteral("Les prix ont grimpé en février."),
        anchor, { QStringLiteral("février|2025-02|month|exact") });
    row("fr/en décembre near anchor stays in year", "fr", QStringLiteral("Le texte sera voté en décembre."),
        anchor, { QStringLiteral("décembre|2025-12|month|exact") });
    row("fr/en décembre in january article is last year", "fr",
        QStringLiteral("La hausse observée en décembre se poursuit."), QStringLiteral("2026-01-15"),
        { QStringLiteral("décembre|2025-12|month|exact") });
    row("fr/month alone without anchor", "fr", QStringLiteral("Attendu en mars."), none,
        { QStringLiteral("mars|--03|month|exact") });
    row("fr/not/month alone without context", "fr", QStringLiteral("La planète Mars et le mois de mai."),
        anchor, { QStringLiteral("mai|2025-05|month|exact") });
    row("fr/mi-octobre", "fr", QStringLiteral("Les travaux reprendront mi-octobre."), anchor,
        { QStringLiteral("mi-octobre|2025-10|month|exact") });
    row("fr/not/sept without dot is a number", "fr",
        QStringLiteral("Il a fallu sept 2025 jours, sept. 2025."), none,
        { QStringLiteral("sept. 2025|2025-09|month|exact") });
    row("fr/weekday day month dernier forces past", "fr", QStringLiteral("Le jeudi 2 janvier dernier..."),
        QStringLiteral("2025-06-15"), { QStringLiteral("2 janvier dernier|2025-01-02|day|exact") });
    row("fr/weekday picks the second nearest year when it matches", "fr",
        QStringLiteral("Réunion le jeudi 2 janvier."), QStringLiteral("2025-07-05"),
        { QStringLiteral("2 janvier|2025-01-02|day|exact") });
    row("fr/no weekday takes the article's year", "fr", QStringLiteral("Réunion le 2 janvier."),
        QStringLiteral("2025-07-05"), { QStringLiteral("2 janvier|2025-01-02|day|exact") });
    row("fr/day month months back takes the article's year, not the nearest", "fr",
        QStringLiteral("Les livraisons avaient repris le 3 mars, selon le port."), anchor,
        { QStringLiteral("3 mars|2025-03-03|day|exact") });
    row("fr/day month later in the article's year", "fr",
        QStringLiteral("La foire aux vins ouvrira le 12 décembre."), anchor,
        { QStringLiteral("12 décembre|2025-12-12|day|exact") });
    row("fr/day month in a january article, last spring", "fr",
        QStringLiteral("Le silo a brûlé le 20 avril, rappelle la coopérative."), QStringLiteral("2026-01-10"),
        { QStringLiteral("20 avril|2025-04-20|day|exact") });
    row("en/day month months back takes the article's year, not the nearest", "en",
        QStringLiteral("The refinery restarted on March 3, the operator said."), anchor,
        { QStringLiteral("March 3|2025-03-03|day|exact") });
    row("en/day month early next year in a late december article", "en",
        QStringLiteral("Ferries resume on January 5."), QStringLiteral("2025-12-20"),
        { QStringLiteral("January 5|2026-01-05|day|exact") });
    row("fr/weekday wrong in both years keeps the nearest", "fr",
        QStringLiteral("Vu le vendredi 28 octobre."), QStringLiteral("2025-10-29"),
        { QStringLiteral("28 octobre|2025-10-28|day|exact") });
    row("fr/day month dernier forces past", "fr", QStringLiteral("Le 12 décembre dernier, il a démissionné."),
        anchor, { QStringLiteral("12 décembre dernier|2024-12-12|day|exact") });

    row("fr/day range du au", "fr", QStringLiteral("Le salon se tient du 28 au 30 octobre 2025."), none,
        { QStringLiteral("28|2025-10-28|day|exact|low"),
            QStringLiteral("30 octobre 2025|2025-10-30|day|exact|high") });
    row("fr/day range with dash", "fr", QStringLiteral("Grève les 28–30 octobre."), anchor,
        { QStringLiteral("28|2025-10-28|day|exact|low"),
            QStringLiteral("30 octobre|2025-10-30|day|exact|high") });
    row("fr/two days with et", "fr", QStringLiteral("Les 28 et 29 octobre, le site a fermé."), anchor,
        { QStringLiteral("28|2025-10-28|day|exact"), QStringLiteral("29 octobre|2025-10-29|day|exact") });
    row("fr/entre le et le days is a range", "fr", QStringLiteral("Entre le 3 et le 5 mai 2024, rien."), none,
        { QStringLiteral("3|2024-05-03|day|exact|low"),
            QStringLiteral("5 mai 2024|2024-05-05|day|exact|high") });
    row("fr/not/backwards day range", "fr", QStringLiteral("Du 30 au 28 octobre 2025."), none,
        { QStringLiteral("28 octobre 2025|2025-10-28|day|exact") });
    row("fr/fin 2024 exact", "fr", QStringLiteral("Livraison prévue fin 2024."), none,
        { QStringLiteral("2024|2024|year|exact") });
    row("fr/l'été 2024", "fr", QStringLiteral("Depuis l'été 2024, les prix montent."), none,
        { QStringLiteral("2024|2024|year|exact") });
    row("fr/mi-2024", "fr", QStringLiteral("Le chantier finira mi-2024."), none,
        { QStringLiteral("mi-2024|2024|year|exact") });
    row("fr/1er trimestre 2025", "fr", QStringLiteral("Sur le 1er trimestre 2025, +3 %."), none,
        { QStringLiteral("1er trimestre 2025|2025-Q1|quarter|exact") });
    row("fr/not/comma then count after a year", "fr", QStringLiteral("En 2019, 1900 emplois ont disparu."),
        none, { QStringLiteral("2019|2019|year|exact") });
    row("fr/list keeps the modifier", "fr", QStringLiteral("Pas avant 2030 ou 2031."), none,
        { QStringLiteral("2030|2030|year|less_than"), QStringLiteral("2031|2031|year|less_than") });
    row("fr/mois de", "fr", QStringLiteral("Au cours du mois de juin, la hausse a ralenti."), anchor,
        { QStringLiteral("juin|2025-06|month|exact") });
    row("fr/depuis le 1er janvier exact", "fr", QStringLiteral("Depuis le 1er janvier, 40 usines."), anchor,
        { QStringLiteral("1er janvier|2025-01-01|day|exact") });
    row("fr/depuis month alone is past", "fr", QStringLiteral("Depuis février, les prix montent."),
        QStringLiteral("2026-01-10"), { QStringLiteral("février|2025-02|month|exact") });
    row("fr/d'ici month alone is to come", "fr", QStringLiteral("D'ici septembre, le site rouvrira."), anchor,
        { QStringLiteral("septembre|2026-09|month|up_to") });
    row("en/since day month is past", "en", QStringLiteral("Since January 1 prices rose."), anchor,
        { QStringLiteral("January 1|2025-01-01|day|exact") });
    row("fr/month dernier in span", "fr", QStringLiteral("L'accord de septembre dernier tient."), anchor,
        { QStringLiteral("septembre dernier|2025-09|month|exact") });
    row("fr/de month alone", "fr", QStringLiteral("Les ventes de janvier et d'avril ont baissé."), anchor,
        { QStringLiteral("janvier|2025-01|month|exact"), QStringLiteral("avril|2025-04|month|exact") });
    row("fr/range of full dates", "fr", QStringLiteral("Du 1er avril 2024 au 31 mars 2025, tout a changé."),
        none,
        { QStringLiteral("1er avril 2024|2024-04-01|day|exact|low"),
            QStringLiteral("31 mars 2025|2025-03-31|day|exact|high") });
    row("fr/month range borrows the year", "fr",
        QStringLiteral("De janvier à mars 2024, les ventes ont baissé."), anchor,
        { QStringLiteral("janvier|2024-01|month|exact|low"),
            QStringLiteral("mars 2024|2024-03|month|exact|high") });
    row("fr/month range across new year", "fr", QStringLiteral("De novembre à février 2025, rien."), none,
        { QStringLiteral("novembre|2024-11|month|exact|low"),
            QStringLiteral("février 2025|2025-02|month|exact|high") });
    row("fr/day range across months borrows the year", "fr",
        QStringLiteral("Du 28 octobre au 3 novembre 2024."), anchor,
        { QStringLiteral("28 octobre|2024-10-28|day|exact|low"),
            QStringLiteral("3 novembre 2024|2024-11-03|day|exact|high") });
    row("fr/entre et days is a range", "fr", QStringLiteral("Entre le 3 mai 2024 et le 5 juin 2024, rien."),
        none,
        { QStringLiteral("3 mai 2024|2024-05-03|day|exact|low"),
            QStringLiteral("5 juin 2024|2024-06-05|day|exact|high") });
    row("fr/not/de et months are a list", "fr", QStringLiteral("Les chiffres de février 2024 et avril 2024."),
        none,
        { QStringLiteral("février 2024|2024-02|month|exact"),
            QStringLiteral("avril 2024|2024-04|month|exact") });
    row("fr/not/two dates without opener stay apart", "fr",
        QStringLiteral("Le 3 mai 2024 à 10 h et le 5 mai 2024."), none,
        { QStringLiteral("3 mai 2024|2024-05-03|day|exact"),
            QStringLiteral("5 mai 2024|2024-05-05|day|exact") });
    row("fr/à l'horizon 2030 approx", "fr", QStringLiteral("Neutralité visée à l'horizon 2030."), none,
        { QStringLiteral("2030|2030|year|approx") });
    row("fr/au-delà de 2030 more than", "fr", QStringLiteral("Rien n'est prévu au-delà de 2030."), none,
        { QStringLiteral("2030|2030|year|more_than") });
    row("fr/d'ici à 2030 up to", "fr", QStringLiteral("Objectif d'ici à 2030."), none,
        { QStringLiteral("2030|2030|year|up_to") });
    row("fr/weekday day month prochain", "fr", QStringLiteral("Vote le lundi 3 novembre prochain."), anchor,
        { QStringLiteral("3 novembre prochain|2025-11-03|day|exact") });
    row("fr/demain", "fr", QStringLiteral("Le texte sera voté demain."), anchor,
        { QStringLiteral("demain|2025-10-30|day|exact") });
    row("fr/ce mois-ci", "fr", QStringLiteral("Les ventes ont chuté ce mois-ci."), anchor,
        { QStringLiteral("ce mois-ci|2025-10|month|exact") });
    row("fr/upper case weekday date", "fr", QStringLiteral("MARDI 28 OCTOBRE 2025 : SÉANCE"), none,
        { QStringLiteral("28 OCTOBRE 2025|2025-10-28|day|exact") });
    row("fr/day month next to the anchor year boundary", "fr", QStringLiteral("Le 30 décembre, un accord."),
        QStringLiteral("2026-01-04"), { QStringLiteral("30 décembre|2025-12-30|day|exact") });

    // --- French, years and modifiers
    row("fr/en 2019", "fr", QStringLiteral("En 2019, l'usine employait moins de monde."), none,
        { QStringLiteral("2019|2019|year|exact") });
    row("fr/depuis 2019 exact", "fr", QStringLiteral("Les ventes progressent depuis 2019."), none,
        { QStringLiteral("2019|2019|year|exact") });
    row("fr/d'ici 2030 up to", "fr", QStringLiteral("Objectif atteint d\u2019ici 2030."), none,
        { QStringLiteral("2030|2030|year|up_to") });
    row("fr/jusqu'en 2032 up to", "fr", QStringLiteral("Le contrat court jusqu'en 2032."), none,
        { QStringLiteral("2032|2032|year|up_to") });
    row("fr/avant 2030 less than", "fr", QStringLiteral("Pas de baisse avant 2030."), none,
        { QStringLiteral("2030|2030|year|less_than") });
    row("fr/après 2030 more than", "fr", QStringLiteral("La centrale fermera après 2030."), none,
        { QStringLiteral("2030|2030|year|more_than") });
    row("fr/vers 2030 approx", "fr", QStringLiteral("Un pic est attendu vers 2030."), none,
        { QStringLiteral("2030|2030|year|approx") });
    row("fr/l'année 2024", "fr", QStringLiteral("Sur l'année 2024, le déficit s'est creusé."), none,
        { QStringLiteral("2024|2024|year|exact") });
    row("fr/exercice 2024", "fr", QStringLiteral("Les comptes de l'exercice 2024 sont publiés."), none,
        { QStringLiteral("2024|2024|year|exact") });
    row("fr/avant le day month less than", "fr", QStringLiteral("Dossiers à rendre avant le 15 novembre."),
        anchor, { QStringLiteral("15 novembre|2025-11-15|day|less_than") });
    row("fr/jusqu'au day month up to", "fr", QStringLiteral("Ouvert jusqu'au 31 décembre 2025."), none,
        { QStringLiteral("31 décembre 2025|2025-12-31|day|up_to") });
    row("fr/year range with dash", "fr", QStringLiteral("Le plan 2024-2025 est voté."), none,
        { QStringLiteral("2024|2024|year|exact|low"), QStringLiteral("2025|2025|year|exact|high") });
    row("fr/short year range", "fr", QStringLiteral("La saison 2024-25 a été bonne."), none,
        { QStringLiteral("2024|2024|year|exact|low"), QStringLiteral("25|2025|year|exact|high") });
    row("fr/entre years", "fr", QStringLiteral("Entre 2019 et 2024, la dette a doublé."), none,
        { QStringLiteral("2019|2019|year|exact|low"), QStringLiteral("2024|2024|year|exact|high") });
    row("fr/de à years", "fr", QStringLiteral("De 2015 à 2020, rien n'a changé."), none,
        { QStringLiteral("2015|2015|year|exact|low"), QStringLiteral("2020|2020|year|exact|high") });
    row("fr/list of years", "fr", QStringLiteral("En 2019, 2020 et 2021, les pertes ont continué."), none,
        { QStringLiteral("2019|2019|year|exact"), QStringLiteral("2020|2020|year|exact"),
            QStringLiteral("2021|2021|year|exact") });
    row("fr/l'an dernier", "fr", QStringLiteral("Les ventes de l'an dernier étaient meilleures."), anchor,
        { QStringLiteral("l'an dernier|2024|year|exact") });
    row("fr/l'année prochaine", "fr", QStringLiteral("Une hausse est prévue l\u2019année prochaine."), anchor,
        { QStringLiteral("l\u2019année prochaine|2026|year|exact") });
    row("fr/hier", "fr", QStringLiteral("Le ministre a confirmé hier la mesure."), anchor,
        { QStringLiteral("hier|2025-10-28|day|exact") });
    row("fr/aujourd'hui", "fr", QStringLiteral("Le texte est examiné aujourd'hui."), anchor,
        { QStringLiteral("aujourd'hui|2025-10-29|day|exact") });
    row("fr/avant-hier", "fr", QStringLiteral("Publié avant-hier."), anchor,
        { QStringLiteral("avant-hier|2025-10-27|day|exact") });
    row("fr/mardi dernier", "fr", QStringLiteral("Il l'a annoncé mardi dernier."), anchor,
        { QStringLiteral("mardi dernier|2025-10-28|day|exact") });
    row("fr/lundi prochain", "fr", QStringLiteral("Le vote aura lieu lundi prochain."), anchor,
        { QStringLiteral("lundi prochain|2025-11-03|day|exact") });
    row("fr/absurd anchor is ignored", "fr", QStringLiteral("Hier, le 28 octobre."),
        QStringLiteral("0005-01-01"), { QStringLiteral("28 octobre|--10-28|day|exact") });
    row("fr/not/relative without anchor", "fr", QStringLiteral("Il l'a dit hier et mardi dernier."), none,
        {});
    row("fr/le mois dernier", "fr", QStringLiteral("Les prix ont baissé le mois dernier."), anchor,
        { QStringLiteral("le mois dernier|2025-09|month|exact") });

    // --- French, quarters
    row("fr/T3 2024", "fr", QStringLiteral("Le chiffre d'affaires du T3 2024 recule."), none,
        { QStringLiteral("T3 2024|2024-Q3|quarter|exact") });
    row("fr/3e trimestre 2024", "fr", QStringLiteral("Au 3e trimestre 2024, la marge a progressé."), none,
        { QStringLiteral("3e trimestre 2024|2024-Q3|quarter|exact") });
    row("fr/troisième trimestre 2024", "fr", QStringLiteral("Au troisième trimestre 2024, rien."), none,
        { QStringLiteral("troisième trimestre 2024|2024-Q3|quarter|exact") });
    row("fr/premier trimestre de 2025", "fr", QStringLiteral("Le premier trimestre de 2025 fut calme."), none,
        { QStringLiteral("premier trimestre de 2025|2025-Q1|quarter|exact") });
    row("fr/trimestre de l'exercice", "fr", QStringLiteral("Au 2e trimestre de l'exercice 2024, recul."),
        anchor, { QStringLiteral("2e trimestre de l'exercice 2024|2024-Q2|quarter|exact") });
    row("fr/trimestre without year takes anchor year", "fr",
        QStringLiteral("Au deuxième trimestre, la demande a chuté."), anchor,
        { QStringLiteral("deuxième trimestre|2025-Q2|quarter|exact") });
    row("fr/not/T3 flat without year", "fr", QStringLiteral("Il loue un T3 à Lyon."), anchor, {});
    row("fr/not/premier ministre", "fr", QStringLiteral("Le premier ministre a parlé."), anchor, {});

    // --- French, not dates
    row("fr/not/2 000 salariés", "fr", QStringLiteral("L'usine compte 2 000 salariés."), anchor, {});
    row("fr/not/2025 emplois", "fr", QStringLiteral("Le plan supprime 2025 emplois."), anchor, {});
    row("fr/not/1 500", "fr", QStringLiteral("Environ 1 500 personnes."), anchor, {});
    row("fr/not/jusqu'à 2000 euros", "fr", QStringLiteral("Une aide jusqu'à 2000 euros."), anchor, {});
    row("fr/not/de 2000 euros", "fr", QStringLiteral("Une prime de 2000 euros."), anchor, {});
    row("fr/not/time of day", "fr", QStringLiteral("Rendez-vous à 19:15 ou à 20h30."), anchor, {});
    row("fr/not/version number", "fr", QStringLiteral("Le modèle GPT-4.5 remplace la version 2.1.3."), anchor,
        {});
    row("fr/not/phone number", "fr", QStringLiteral("Appelez le 01 23 45 67 89 ou le 01.23.45.67.89."),
        anchor, {});
    row("fr/not/score", "fr", QStringLiteral("Lyon gagne 3-1 contre Nice."), anchor, {});
    row("fr/not/year out of range", "fr", QStringLiteral("En 1700, puis en 2300."), none, {});
    row("fr/not/28 personnes", "fr", QStringLiteral("Depuis, 28 personnes et 12 entreprises."), anchor, {});
    row("fr/not/decimal", "fr", QStringLiteral("Une hausse de 2025,5 points en 2019."), none,
        { QStringLiteral("2019|2019|year|exact") });

    // --- English
    row("en/iso date", "en", QStringLiteral("Filed on 2025-10-29."), none,
        { QStringLiteral("2025-10-29|2025-10-29|day|exact") });
    row("en/month first slashes", "en", QStringLiteral("Signed 10/29/2025 in Boston."), none,
        { QStringLiteral("10/29/2025|2025-10-29|day|exact") });
    row("en/ambiguous slashes read month first", "en", QStringLiteral("Dated 05/04/2024."), none,
        { QStringLiteral("05/04/2024|2024-05-04|day|exact") });
    row("en/day over 12 read day first", "en", QStringLiteral("Dated 29/10/2025 in London."), none,
        { QStringLiteral("29/10/2025|2025-10-29|day|exact") });
    row("en/Oct. 28, 2025", "en", QStringLiteral("Reported Oct. 28, 2025, by the agency."), none,
        { QStringLiteral("Oct. 28, 2025|2025-10-28|day|exact") });
    row("en/October 28 resolves", "en", QStringLiteral("The vote on October 28 passed."), anchor,
        { QStringLiteral("October 28|2025-10-28|day|exact") });
    row("en/28 October 2025", "en", QStringLiteral("It closed on 28 October 2025."), none,
        { QStringLiteral("28 October 2025|2025-10-28|day|exact") });
    row("en/28th of October", "en", QStringLiteral("Due on the 28th of October."), anchor,
        { QStringLiteral("28th of October|2025-10-28|day|exact") });
    row("en/Tuesday, October 28", "en", QStringLiteral("He spoke Tuesday, October 28, to reporters."), anchor,
        { QStringLiteral("October 28|2025-10-28|day|exact") });
    row("en/on Oct 28", "en", QStringLiteral("Shares fell on Oct 28 after the call."), anchor,
        { QStringLiteral("Oct 28|2025-10-28|day|exact") });
    row("en/ordinal suffix", "en", QStringLiteral("Markets reopen November 3rd."), anchor,
        { QStringLiteral("November 3rd|2025-11-03|day|exact") });
    row("en/February 2024", "en", QStringLiteral("Prices peaked in February 2024."), none,
        { QStringLiteral("February 2024|2024-02|month|exact") });
    row("en/in February resolves", "en", QStringLiteral("Prices peaked in February."), anchor,
        { QStringLiteral("February|2025-02|month|exact") });
    row("en/mid-October", "en", QStringLiteral("Talks resume mid-October."), anchor,
        { QStringLiteral("mid-October|2025-10|month|exact") });
    row("en/not/may the verb", "en", QStringLiteral("Rates may 28 times rise; we may see."), anchor, {});
    row("en/since 2016", "en", QStringLiteral("Sales have grown since 2016."), none,
        { QStringLiteral("2016|2016|year|exact") });
    row("en/from 2020 is a year", "en", QStringLiteral("Turnout fell 0.8 points from 2020."), none,
        { QStringLiteral("2020|2020|year|exact") });
    row("en/compared with 2019 is a year", "en", QStringLiteral("Sales doubled compared with 2019."), none,
        { QStringLiteral("2019|2019|year|exact") });
    row("fr/par rapport à 2017 is a year", "fr", QStringLiteral("en baisse de 4 points par rapport à 2017."),
        none, { QStringLiteral("2017|2017|year|exact") });
    row("fr/qu'en 2019 is a year", "fr", QStringLiteral("deux fois plus qu'en 2019."), none,
        { QStringLiteral("2019|2019|year|exact") });
    row("en/months to September", "en", QStringLiteral("in the three months to September"), anchor,
        { QStringLiteral("September|2025-09|month|exact") });
    row("en/points on 2019 is a year", "en", QStringLiteral("up 5 percentage points on 2019."), none,
        { QStringLiteral("2019|2019|year|exact") });
    row("en/Q3 alone takes the anchor's year", "en", QStringLiteral("The economy grew in Q3."), anchor,
        { QStringLiteral("Q3|2025-Q3|quarter|exact") });
    row("en/Q3 alone without anchor is not read", "en", QStringLiteral("The economy grew in Q3."), none, {});
    row("fr/T3 alone is not read", "fr", QStringLiteral("Ils louent un T3 en ville."), anchor, {});
    row("en/by 2030 up to", "en", QStringLiteral("Emissions must halve by 2030."), none,
        { QStringLiteral("2030|2030|year|up_to") });
    row("en/before 2030 less than", "en", QStringLiteral("Not before 2030."), none,
        { QStringLiteral("2030|2030|year|less_than") });
    row("en/around 2030 approx", "en", QStringLiteral("A peak around 2030 is likely."), none,
        { QStringLiteral("2030|2030|year|approx") });
    row("en/until 2032", "en", QStringLiteral("The deal runs until 2032."), none,
        { QStringLiteral("2032|2032|year|up_to") });
    row("en/the year 2024", "en", QStringLiteral("For the year 2024 the loss widened."), none,
        { QStringLiteral("2024|2024|year|exact") });
    row("en/FY2024", "en", QStringLiteral("Revenue for FY2024 and FY 2023 rose."), none,
        { QStringLiteral("FY2024|2024|year|exact"), QStringLiteral("FY 2023|2023|year|exact") });
    row("en/between years", "en", QStringLiteral("Between 2019 and 2024 debt doubled."), none,
        { QStringLiteral("2019|2019|year|exact|low"), QStringLiteral("2024|2024|year|exact|high") });
    row("en/Q3 2024", "en", QStringLiteral("Q3 2024 earnings beat forecasts."), none,
        { QStringLiteral("Q3 2024|2024-Q3|quarter|exact") });
    row("en/2024 Q3", "en", QStringLiteral("The 2024-Q3 report."), none,
        { QStringLiteral("2024-Q3|2024-Q3|quarter|exact") });
    row("en/third quarter of 2024", "en", QStringLiteral("In the third quarter of 2024, sales fell."), none,
        { QStringLiteral("third quarter of 2024|2024-Q3|quarter|exact") });
    row("en/quarter of fiscal year", "en", QStringLiteral("In the fourth quarter of fiscal 2024 sales rose."),
        anchor, { QStringLiteral("fourth quarter of fiscal 2024|2024-Q4|quarter|exact") });
    row("en/the third quarter takes anchor year", "en", QStringLiteral("In the third quarter, sales fell."),
        anchor, { QStringLiteral("third quarter|2025-Q3|quarter|exact") });
    row("en/yesterday", "en", QStringLiteral("The board met yesterday."), anchor,
        { QStringLiteral("yesterday|2025-10-28|day|exact") });
    row("en/today", "en", QStringLiteral("Today the index fell."), anchor,
        { QStringLiteral("Today|2025-10-29|day|exact") });
    row("en/last Tuesday", "en", QStringLiteral("She resigned last Tuesday."), anchor,
        { QStringLiteral("last Tuesday|2025-10-28|day|exact") });
    row("en/last Wednesday is a week before", "en", QStringLiteral("It began last Wednesday."), anchor,
        { QStringLiteral("last Wednesday|2025-10-22|day|exact") });
    row("en/last March", "en", QStringLiteral("Prices have risen since last March."), anchor,
        { QStringLiteral("last March|2025-03|month|exact") });
    row("en/last October is a year back", "en", QStringLiteral("Unlike last October, sales rose."), anchor,
        { QStringLiteral("last October|2024-10|month|exact") });
    row("en/next January", "en", QStringLiteral("The law takes effect next January."), anchor,
        { QStringLiteral("next January|2026-01|month|exact") });
    row("en/last year", "en", QStringLiteral("Profits rose last year."), anchor,
        { QStringLiteral("last year|2024|year|exact") });
    row("en/day range October 28-30", "en", QStringLiteral("The summit runs October 28-30, 2025."), none,
        { QStringLiteral("October 28|2025-10-28|day|exact|low"),
            QStringLiteral("30, 2025|2025-10-30|day|exact|high") });
    row("en/two days with and", "en", QStringLiteral("Strikes on Nov. 3 and 4 closed schools."), anchor,
        { QStringLiteral("Nov. 3|2025-11-03|day|exact"), QStringLiteral("4|2025-11-04|day|exact") });
    row("en/mid-October 2024", "en", QStringLiteral("Talks stalled in mid-October 2024."), none,
        { QStringLiteral("mid-October 2024|2024-10|month|exact") });
    row("en/3rd quarter 2023", "en", QStringLiteral("Its 3rd quarter 2023 loss widened."), none,
        { QStringLiteral("3rd quarter 2023|2023-Q3|quarter|exact") });
    row("en/from year to year", "en", QStringLiteral("From 2010 to 2020 output tripled."), none,
        { QStringLiteral("2010|2010|year|exact|low"), QStringLiteral("2020|2020|year|exact|high") });
    row("en/at the end of 2024", "en", QStringLiteral("Debt stood higher at the end of 2024."), none,
        { QStringLiteral("2024|2024|year|exact") });
    row("en/before the date less than", "en", QStringLiteral("Apply before December 1, 2025."), none,
        { QStringLiteral("December 1, 2025|2025-12-01|day|less_than") });
    row("en/Dec. 2025 abbreviated month year", "en", QStringLiteral("Figures for Dec. 2025 are due."), none,
        { QStringLiteral("Dec. 2025|2025-12|month|exact") });
    row("en/not/lowercase march", "en", QStringLiteral("They march in 2024 crowds; in march 2024 too."), none,
        { QStringLiteral("2024|2024|year|exact") });
    row("en/not/by 2000 votes", "en", QStringLiteral("She won by 2000 votes."), none, {});
    row("en/from month to month year", "en", QStringLiteral("From May to July 2024 output fell."), anchor,
        { QStringLiteral("May|2024-05|month|exact|low"),
            QStringLiteral("July 2024|2024-07|month|exact|high") });
    row("en/FY24", "en", QStringLiteral("Guidance for FY24 was cut."), none,
        { QStringLiteral("FY24|2024|year|exact") });
    row("en/weekday day month year", "en", QStringLiteral("Signed Tuesday 28 October 2025 in Geneva."), none,
        { QStringLiteral("28 October 2025|2025-10-28|day|exact") });
    row("en/next Friday", "en", QStringLiteral("The vote is next Friday."), anchor,
        { QStringLiteral("next Friday|2025-10-31|day|exact") });
    row("en/tomorrow", "en", QStringLiteral("Results are due tomorrow."), anchor,
        { QStringLiteral("tomorrow|2025-10-30|day|exact") });
    row("en/the day before yesterday", "en", QStringLiteral("It fell the day before yesterday."), anchor,
        { QStringLiteral("the day before yesterday|2025-10-27|day|exact") });
    row("en/this month", "en", QStringLiteral("Sales slowed this month."), anchor,
        { QStringLiteral("this month|2025-10|month|exact") });
    row("en/circa approx", "en", QStringLiteral("Built circa 1900 near the river."), none,
        { QStringLiteral("1900|1900|year|approx") });
    row("en/after month alone", "en", QStringLiteral("Hiring resumes after January."), anchor,
        { QStringLiteral("January|2025-01|month|more_than") });
    row("en/not/2025 jobs", "en", QStringLiteral("The plan cuts 2025 jobs and 1,500 roles."), anchor, {});
    row("en/not/around 2000 people", "en", QStringLiteral("Around 2000 people came."), anchor, {});
    row("en/not/time and score", "en", QStringLiteral("At 10:30 the score was 3-1."), anchor, {});
    // Anchor 2025-10-29 is a Wednesday: a bare weekday is a day of the article's week.
    row("en/bare weekday is the latest up to the anchor", "en", QStringLiteral("Markets fell on Tuesday."),
        anchor, { QStringLiteral("Tuesday|2025-10-28|day|exact") });
    row("en/bare weekday of the anchor's day", "en",
        QStringLiteral("The Labor Department said on Wednesday."), anchor,
        { QStringLiteral("Wednesday|2025-10-29|day|exact") });
    row("en/bare weekday after a future word", "en", QStringLiteral("Leaders will meet on Friday."), anchor,
        { QStringLiteral("Friday|2025-10-31|day|exact") });
    row("en/bare weekday at sentence end", "en", QStringLiteral("Thursday. Stocks rose Monday."), anchor,
        { QStringLiteral("Thursday|2025-10-23|day|exact"), QStringLiteral("Monday|2025-10-27|day|exact") });
    row("en/not/every Tuesday", "en", QStringLiteral("The market opens every Tuesday."), anchor, {});
    row("en/not/bare weekday without anchor", "en", QStringLiteral("Markets fell on Tuesday."), none, {});
    row("en/not/lower-case weekday", "en", QStringLiteral("a monday feeling"), anchor, {});
    row("fr/bare weekday is the latest up to the anchor", "fr",
        QStringLiteral("Le ministre a annoncé mardi."), anchor,
        { QStringLiteral("mardi|2025-10-28|day|exact") });
    row("fr/bare weekday after a future word", "fr", QStringLiteral("L'Assemblée votera jeudi le budget."),
        anchor, { QStringLiteral("jeudi|2025-10-30|day|exact") });
    row("fr/bare weekday d'ici", "fr", QStringLiteral("Une décision est attendue d'ici vendredi."), anchor,
        { QStringLiteral("vendredi|2025-10-31|day|up_to") });
    row("fr/not/le mardi is a habit", "fr", QStringLiteral("Le marché a lieu le mardi."), anchor, {});
    row("en/several dates in order", "en",
        QStringLiteral("From March 2024 to Oct. 2025, and on 2025-01-02, in 2019."), none,
        { QStringLiteral("March 2024|2024-03|month|exact|low"),
            QStringLiteral("Oct. 2025|2025-10|month|exact|high"),
            QStringLiteral("2025-01-02|2025-01-02|day|exact"), QStringLiteral("2019|2019|year|exact") });

    // --- Periods written as codes, halves and first months (issue 10, item 8)
    row("fr/period/digit first quarter 2T24", "fr", QStringLiteral("Le carnet de commandes du 2T24 a fondu."),
        none, { QStringLiteral("2T24|2024-Q2|quarter|exact") });
    row("fr/period/digit first quarter 3T2023", "fr", QStringLiteral("Le 3T2023 reste le meilleur."), none,
        { QStringLiteral("3T2023|2023-Q3|quarter|exact") });
    row("fr/period/S1 2024 half", "fr", QStringLiteral("Au S1 2024, la marge brute a reculé."), none,
        { QStringLiteral("S1 2024|2024-H1|half|exact") });
    row("fr/period/H2 2023 half", "fr", QStringLiteral("Le H2 2023 avait été décevant."), none,
        { QStringLiteral("H2 2023|2023-H2|half|exact") });
    row("fr/period/premier semestre 2025", "fr",
        QStringLiteral("Au premier semestre 2025, les silos étaient pleins."), none,
        { QStringLiteral("premier semestre 2025|2025-H1|half|exact") });
    row("fr/period/1er semestre de 2024", "fr", QStringLiteral("Le 1er semestre de 2024 fut sec."), none,
        { QStringLiteral("1er semestre de 2024|2024-H1|half|exact") });
    row("fr/period/second semestre without year takes the anchor's", "fr",
        QStringLiteral("Au second semestre, la récolte a déçu."), anchor,
        { QStringLiteral("second semestre|2025-H2|half|exact") });
    row("fr/period/6M24 first six months", "fr", QStringLiteral("Le bénéfice des 6M24 a doublé."), none,
        { QStringLiteral("6M24|2024-01/2024-06|month|exact") });
    row("fr/period/six premiers mois de 2024", "fr",
        QStringLiteral("Sur les six premiers mois de 2024, les ventes de tracteurs ont chuté."), none,
        { QStringLiteral("six premiers mois de 2024|2024-01/2024-06|month|exact") });
    row("fr/period/9 premiers mois 2023", "fr", QStringLiteral("Les 9 premiers mois 2023 étaient meilleurs."),
        none, { QStringLiteral("9 premiers mois 2023|2023-01/2023-09|month|exact") });
    row("fr/period/T3 after au takes the anchor's year", "fr", QStringLiteral("Au T3, la demande a tenu."),
        anchor, { QStringLiteral("T3|2025-Q3|quarter|exact") });
    row("fr/period/4T after du takes the anchor's year", "fr",
        QStringLiteral("Les chiffres du 4T sont attendus."), anchor,
        { QStringLiteral("4T|2025-Q4|quarter|exact") });
    row("fr/period/Q3'22 apostrophe year", "fr", QStringLiteral("Depuis le Q3'22, la marge baisse."), none,
        { QStringLiteral("Q3'22|2022-Q3|quarter|exact") });
    row("fr/not/period/un T3 is a flat", "fr", QStringLiteral("Un T3 de 70 m² à Nantes."), anchor, {});
    row("fr/not/period/moteur 4T is four-stroke", "fr", QStringLiteral("Ce scooter a un moteur 4T."), anchor,
        {});
    row("fr/not/period/S1 alone without lead", "fr", QStringLiteral("La ligne S1 du RER est coupée."), anchor,
        {});
    row("fr/not/period/6M without year", "fr", QStringLiteral("Il a levé 6M auprès de fonds."), anchor, {});
    row("fr/not/period/six mois is a duration", "fr", QStringLiteral("Le chantier a duré six mois en 2024."),
        none, { QStringLiteral("2024|2024|year|exact") });
    row("fr/not/period/six premiers mois without year", "fr",
        QStringLiteral("Les six premiers mois de son mandat ont été calmes."), anchor, {});
    row("fr/not/period/time 2H30 is no half", "fr", QStringLiteral("La réunion a duré 2H30 hier soir."), none,
        {});
    row("fr/not/period/T5 is no quarter", "fr", QStringLiteral("Un appartement T5 2024 neuf."), none, {});
    row("en/period/3Q22", "en", QStringLiteral("Margins peaked in 3Q22 for the chipmaker."), none,
        { QStringLiteral("3Q22|2022-Q3|quarter|exact") });
    row("en/period/Q4'23", "en", QStringLiteral("Bookings in Q4'23 beat the guidance."), none,
        { QStringLiteral("Q4'23|2023-Q4|quarter|exact") });
    row("en/period/4Q alone takes the anchor's year", "en",
        QStringLiteral("Shipments slowed in 4Q, it said."), anchor,
        { QStringLiteral("4Q|2025-Q4|quarter|exact") });
    row("en/period/H1 2024", "en", QStringLiteral("H1 2024 output was a record."), none,
        { QStringLiteral("H1 2024|2024-H1|half|exact") });
    row("en/period/1H23", "en", QStringLiteral("Compared with 1H23, costs rose."), none,
        { QStringLiteral("1H23|2023-H1|half|exact") });
    row("en/period/second half of 2023", "en",
        QStringLiteral("In the second half of 2023, wheat prices fell."), none,
        { QStringLiteral("second half of 2023|2023-H2|half|exact") });
    row("en/period/first nine months of 2024", "en",
        QStringLiteral("In the first nine months of 2024, the port handled more grain."), none,
        { QStringLiteral("first nine months of 2024|2024-01/2024-09|month|exact") });
    row("en/period/first 6 months of fiscal 2025", "en",
        QStringLiteral("Over the first 6 months of fiscal 2025 it lost money."), none,
        { QStringLiteral("first 6 months of fiscal 2025|2025-01/2025-06|month|exact") });
    row("en/period/9M24", "en", QStringLiteral("9M24 revenue was flat."), none,
        { QStringLiteral("9M24|2024-01/2024-09|month|exact") });
    row("en/not/period/3M is a company", "en", QStringLiteral("Shares of 3M fell."), anchor, {});
    row("en/not/period/H1B visa", "en", QStringLiteral("The H1B visa fee rose."), anchor, {});
    row("en/not/period/six months is a duration", "en", QStringLiteral("The strike lasted six months."),
        anchor, {});
    row("en/not/period/Q5 is no quarter", "en", QStringLiteral("The Q5 2024 model sold well."), none, {});

    // --- Dates in the other language (item 10)
    row("fr/other language/March 14, 2024", "fr",
        QStringLiteral("Dans sa lettre du March 14, 2024, le fonds s'engageait."), none,
        { QStringLiteral("March 14, 2024|2024-03-14|day|exact") });
    row("fr/other language/14 March 2024", "fr", QStringLiteral("Signé le 14 March 2024 à Londres."), none,
        { QStringLiteral("14 March 2024|2024-03-14|day|exact") });
    row("fr/other language/June 2025", "fr", QStringLiteral("Le rapport « June 2025 » est paru."), none,
        { QStringLiteral("June 2025|2025-06|month|exact") });
    row("fr/not/other language/May alone", "fr", QStringLiteral("Theresa May a parlé en anglais."), anchor,
        {});
    row("fr/not/other language/lower-case march", "fr", QStringLiteral("Le groupe march 12 fois."), anchor,
        {});
    row("en/other language/14 mars 2024", "en", QStringLiteral("The decree of 14 mars 2024 was published."),
        none, { QStringLiteral("14 mars 2024|2024-03-14|day|exact") });
    row("en/other language/juillet 2023", "en", QStringLiteral("The note dated juillet 2023 says so."), none,
        { QStringLiteral("juillet 2023|2023-07|month|exact") });
    row("en/not/other language/mai alone", "en", QStringLiteral("He met Mai at the airport."), anchor, {});

    // --- Weeks relative to the anchor (Monday to Sunday)
    row("fr/relative/semaine dernière", "fr", QStringLiteral("Les prix ont monté la semaine dernière."),
        anchor, { QStringLiteral("semaine dernière|2025-10-20/2025-10-26|week|exact") });
    row("fr/relative/cette semaine", "fr", QStringLiteral("Le vote a lieu cette semaine."), anchor,
        { QStringLiteral("cette semaine|2025-10-27/2025-11-02|week|exact") });
    row("en/relative/last week", "en", QStringLiteral("Prices rose last week."), anchor,
        { QStringLiteral("last week|2025-10-20/2025-10-26|week|exact") });
    row("en/relative/next week", "en", QStringLiteral("Talks resume next week."), anchor,
        { QStringLiteral("next week|2025-11-03/2025-11-09|week|exact") });
    row("en/not/relative/last week without anchor", "en", QStringLiteral("Prices rose last week."), none, {});
}

void TestDateFinder::find()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, anchor);
    QFETCH(QStringList, expected);

    const QDate anchorDate = anchor.isEmpty() ? QDate() : QDate::fromString(anchor, Qt::ISODate);
    QVERIFY(anchor.isEmpty() || anchorDate.isValid());
    const QVector<Figure> figures = finder(language).find(text, anchorDate);
    QStringList actual;
    int previousEnd = 0;
    for (const Figure &figure : figures) {
        QVERIFY2(figure.start >= previousEnd, "dates must be sorted and must not overlap");
        QVERIFY(figure.end > figure.start && figure.end <= text.size());
        previousEnd = figure.end;
        actual << describe(text, figure);
    }
    QCOMPARE(actual, expected);
}

void TestDateFinder::offsetsSurviveEmojiAndCombiningAccents()
{
    // U+1F4C8 is two UTF-16 units; "e\u0301" is two units for one letter.
    const QString text
        = QStringLiteral("\U0001F4C8 Le re\u0301sultat du 28 octobre 2025 \U0001F600 en 2019.");
    const QVector<Figure> figures = finder(QStringLiteral("fr")).find(text);
    QCOMPARE(figures.size(), 2);
    QCOMPARE(text.mid(figures.at(0).start, figures.at(0).length()), QStringLiteral("28 octobre 2025"));
    QCOMPARE(figures.at(0).start, int(text.indexOf(QStringLiteral("28 octobre"))));
    QCOMPARE(text.mid(figures.at(1).start, figures.at(1).length()), QStringLiteral("2019"));
}

void TestDateFinder::emptyLexiconStillReadsNumericDates()
{
    const DateFinder bare { Lexicon() };
    const QVector<Figure> figures = bare.find(QStringLiteral("le 2025-10-29 et le 28 octobre, en 2019"));
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.at(0).value, QStringLiteral("2025-10-29"));
}

void TestDateFinder::hostileInputTerminates_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("only digits") << QString(5000, QLatin1Char('9'));
    QTest::newRow("separators") << QStringLiteral("1/").repeated(3000);
    QTest::newRow("dangling month") << QStringLiteral("octobre");
    QTest::newRow("dangling weekday") << QStringLiteral("mardi ");
    QTest::newRow("dangling ordinal") << QStringLiteral("28 ");
    QTest::newRow("dangling quarter") << QStringLiteral("T3");
    QTest::newRow("lone surrogates") << QString(QChar(0xD800)) + QStringLiteral("2025-10-29") + QChar(0xDC00);
    QTest::newRow("long word") << QString(10000, QLatin1Char('a'));
    QTest::newRow("combining marks only") << QString(200, QChar(0x0301));
    QTest::newRow("many years") << QStringLiteral("en 2019, ").repeated(2000);
}

void TestDateFinder::hostileInputTerminates()
{
    QFETCH(QString, text);
    const QDate anchor(2025, 10, 29);
    for (const QString &language : { QStringLiteral("fr"), QStringLiteral("en") }) {
        const QVector<Figure> figures = finder(language).find(text, anchor);
        int previousEnd = 0;
        for (const Figure &figure : figures) {
            QVERIFY(figure.start >= previousEnd);
            QVERIFY(figure.end <= text.size());
            previousEnd = figure.end;
        }
    }
}

// Random sequences of date-like pieces: whatever is found must be in bounds, sorted, not
// overlapping, and a well-formed ISO value matching its unit.
void TestDateFinder::randomTextGivesWellFormedDates()
{
    const QStringList pieces = { QStringLiteral("28"), QStringLiteral("1er"), QStringLiteral("3rd"),
        QStringLiteral("2025"), QStringLiteral("1999"), QStringLiteral("31"), QStringLiteral("02"),
        QStringLiteral("octobre"), QStringLiteral("février"), QStringLiteral("Oct."), QStringLiteral("May"),
        QStringLiteral("mardi"), QStringLiteral("Tuesday"), QStringLiteral("en"), QStringLiteral("depuis"),
        QStringLiteral("since"), QStringLiteral("d'ici"), QStringLiteral("entre"), QStringLiteral("et"),
        QStringLiteral("au"), QStringLiteral("to"), QStringLiteral("Q3"), QStringLiteral("T4"),
        QStringLiteral("trimestre"), QStringLiteral("quarter"), QStringLiteral("troisième"),
        QStringLiteral("mi-"), QStringLiteral("dernier"), QStringLiteral("last"), QStringLiteral("hier"),
        QStringLiteral("l'an"), QStringLiteral("FY"), QStringLiteral(" "), QStringLiteral(" "),
        QStringLiteral(", "), QStringLiteral("-"), QStringLiteral("/"), QStringLiteral("."),
        QStringLiteral(":"), QStringLiteral("\u00A0"), QStringLiteral("\u0301"), QStringLiteral("\U0001F600"),
        QStringLiteral("'"), QStringLiteral("\u2019") };
    const QRegularExpression dayValue(QStringLiteral("^(\\d{4}|-)-\\d{2}-\\d{2}$"));
    const QRegularExpression monthValue(QStringLiteral("^(\\d{4}|-)-\\d{2}$"));
    const QRegularExpression quarterValue(QStringLiteral("^\\d{4}-Q[1-4]$"));
    const QRegularExpression yearValue(QStringLiteral("^\\d{4}$"));
    QRandomGenerator random(20251029);
    const DateFinder finders[2] = { finder(QStringLiteral("fr")), finder(QStringLiteral("en")) };
    int datesFound = 0;
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int count = 1 + int(random.bounded(14));
        for (int k = 0; k < count; ++k) {
            text += pieces.at(int(random.bounded(pieces.size())));
            if (random.bounded(10) < 7)
                text += QLatin1Char(' ');
        }
        const QDate anchor
            = round % 3 == 0 ? QDate() : QDate(2025, 10, 29).addDays(random.bounded(800) - 400);
        for (const DateFinder &dates : finders) {
            int previousEnd = 0;
            for (const Figure &figure : dates.find(text, anchor)) {
                QVERIFY2(
                    figure.start >= previousEnd && figure.end > figure.start && figure.end <= text.size(),
                    qPrintable(text));
                previousEnd = figure.end;
                ++datesFound;
                QVERIFY(figure.kind == FigureKind::Date);
                const QRegularExpression &expected = figure.unit == QLatin1String("day") ? dayValue
                    : figure.unit == QLatin1String("month")                              ? monthValue
                    : figure.unit == QLatin1String("quarter")                            ? quarterValue
                                                                                         : yearValue;
                QVERIFY2(expected.match(figure.value).hasMatch(),
                    qPrintable(
                        text + QStringLiteral(" -> ") + figure.value + QLatin1Char(' ') + figure.unit));
                if (figure.unit == QLatin1String("day") && !figure.value.startsWith(QLatin1Char('-')))
                    QVERIFY2(
                        QDate::fromString(figure.value, Qt::ISODate).isValid(), qPrintable(figure.value));
            }
        }
    }
    // The pieces are meant to form dates often; if none were found the checks above proved nothing.
    QVERIFY2(datesFound > 300, qPrintable(QString::number(datesFound)));
}

QTEST_GUILESS_MAIN(TestDateFinder)
#include "tst_datefinder.moc"
