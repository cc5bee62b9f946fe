#pragma once

// Stories written for these tests (invented companies), several articles each in
// French and English, with planted agreements, roundings, updates, conflicts,
// scale traps, qualifiers and arithmetic right and wrong.

#include "figures/extractor.h"
#include "project/project.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace StoryFixture {

struct StoryArticle
{
    const char *key;
    const char *language;
    QDate date;
    const char *title;
    const char *text;
};

inline const QVector<StoryArticle> &articles()
{
    static const QVector<StoryArticle> list = {
        // Norvane buys Tessaly: one price read five ways.
        { "norvane_fr", "fr", QDate(2026, 3, 10), "Norvane rachète Tessaly",
            "Le groupe Norvane a racheté le fabricant Tessaly pour 2,4 milliards d'euros, a annoncé sa "
            "direction.\n\n"
            "Norvane emploie 18 000 salariés, dont 5 400 en France, soit 30 % de ses effectifs.\n\n"
            "Le chiffre d'affaires de Norvane a atteint 7,5 milliards d'euros et son bénéfice net 7,1 "
            "milliards d'euros." },
        { "norvane_en", "en", QDate(2026, 3, 11), "Norvane buys Tessaly",
            "Norvane agreed to buy Tessaly for €2.35 billion, the company said.\n\n"
            "Norvane has 18,000 employees.\n\n"
            "Norvane's revenue reached €7.5 billion." },
        { "norvane_trap", "fr", QDate(2026, 3, 12), "Tessaly passe sous pavillon Norvane",
            "Norvane aurait déboursé 2,4 millions d'euros pour racheter Tessaly." },
        { "norvane_conflict", "fr", QDate(2026, 3, 12), "Tessaly : le prix fait débat",
            "Selon nos sources, Norvane a payé 2,9 milliards d'euros pour racheter Tessaly." },
        { "norvane_dollars", "en", QDate(2026, 3, 12), "Norvane closes Tessaly deal",
            "Norvane paid $2.4 billion to buy Tessaly." },
        // Arcadin and Velmor: a stake that moves between May and November, and revenues
        // of different periods.
        { "velmor_may", "fr", QDate(2025, 5, 20), "Arcadin renforce sa position",
            "Le fonds Arcadin détient 35 % du capital de Velmor." },
        { "velmor_nov", "en", QDate(2025, 11, 4), "Arcadin trims Velmor holding",
            "Arcadin now holds a 22% stake in Velmor." },
        { "velmor_quarter", "fr", QDate(2025, 11, 5), "Velmor publie ses comptes",
            "Le chiffre d'affaires trimestriel de Velmor atteint 410 millions d'euros." },
        { "velmor_year", "en", QDate(2025, 11, 5), "Velmor results",
            "Velmor's annual revenue reached €410 million." },
        // Ostrel: arithmetic, right in one language and wrong in the other.
        { "ostrel_fr", "fr", QDate(2026, 1, 15), "Ostrel en chiffres",
            "Les ventes d'Ostrel sont passées de 3,2 milliards d'euros à 3,6 milliards d'euros, soit une "
            "hausse de 12,5 %.\n\n"
            "Ostrel propose 60 euros par action, soit une prime de 20 % sur le cours de clôture de 50 "
            "euros.\n\n"
            "Le fonds Pellam détient 27 % de ses 500 millions d'euros de capital, soit 135 millions "
            "d'euros.\n\n"
            "Le taux de chômage de la région est passé de 7,1 % à 7,6 %, soit une hausse de 0,3 point.\n\n"
            "Le plan prévoit 1 200 suppressions de postes, dont 700 en France et 650 en Allemagne.\n\n"
            "Ostrel compte 9 000 salariés, dont 2 000 ingénieurs.\n\n"
            "Ostrel cédera 2 millions d'actions à 30 euros l'action, pour un total de 90 millions d'euros." },
        { "ostrel_en", "en", QDate(2026, 1, 16), "Ostrel by the numbers",
            "Ostrel's sales rose from €3.2 billion to €3.6 billion, an increase of 25%.\n\n"
            "Ostrel offers $61.5 a share, a 20% premium to the closing price of $50.\n\n"
            "Pellam owns 27% of the €500 million fund, or €150 million.\n\n"
            "The region's jobless rate rose from 7.1% to 7.4%, an increase of 0.3 percentage points.\n\n"
            "Ostrel will sell 2 million shares at €30 each, raising €60 million." },
        // Velmor: a level and a change of the same value, points and percent, a multiplier.
        { "velmor_growth", "en", QDate(2025, 11, 6), "Velmor grows",
            "Velmor's revenue rose 12% in the quarter.\n\n"
            "Velmor's net income rose from €40 million to €100 million, three times more.\n\n"
            "The region's jobless rate fell 0.3% last month." },
        { "velmor_profit", "fr", QDate(2025, 11, 6), "Velmor triple son bénéfice",
            "La marge de Velmor atteint 12 % du chiffre d'affaires.\n\n"
            "Le bénéfice net de Velmor est passé de 40 millions d'euros à 120 millions d'euros, soit un "
            "montant multiplié par 3." },
        // Quantel: articles of one week whose sentences date the stake themselves.
        { "quantel_may", "fr", QDate(2025, 11, 2), "Quantel et ses actionnaires",
            "En mai 2025, le fonds Brisol détenait 18 % du capital de Quantel." },
        { "quantel_oct", "en", QDate(2025, 11, 3), "Quantel shareholders",
            "In October 2025, Brisol held 11% of Quantel's capital." },
        // Brivane and Castel: a valuation and a stake that move between May and October, a stake's
        // value computed from them (right in French, wrong in English), funds raised, contracts.
        { "brivane_may", "fr", QDate(2025, 5, 12), "Brivane veut lever des fonds",
            "Le groupe Brivane, déjà valorisé à 80 milliards d'euros, veut lever jusqu'à 6 milliards "
            "d'euros auprès de nouveaux investisseurs. Le fonds Castel détient 40 % de la branche "
            "commerciale de Brivane." },
        { "brivane_oct", "fr", QDate(2025, 10, 29), "Castel et Brivane signent un nouvel accord",
            "Castel devient actionnaire de Brivane à hauteur de 22 % de son capital, ce qui, avec une "
            "capitalisation de 120 milliards d'euros pour le groupe, valorise sa part à 26,4 milliards "
            "d'euros.\n\n"
            "Brivane s'engage aussi à acheter des services de calcul, pour des contrats d'une valeur totale "
            "de 50 milliards d'euros." },
        { "brivane_en", "en", QDate(2025, 10, 30), "Castel takes 22% of Brivane",
            "Castel owns 22% of Brivane, which, at a market value of €120 billion, values its stake at "
            "€30 billion.\n\n"
            "Brivane guides for sales in a range of €8.1 billion to €8.6 billion, up 4% to 9%." },
        // Talmor and Kessring: a headline over its body, a price read as millions, a stake that
        // moves in the month of the deal and after it, a second price that only touches the first
        // one's rounding, in a sentence whose update marker speaks of another figure.
        { "kessring_fr", "fr", QDate(2026, 4, 6), "Talmor s'offre 30 % de Kessring",
            "Talmor s'offre 30 % de Kessring\n\n"
            "Le groupe Talmor a pris 30 % du capital de Kessring pour 1,4 milliard d'euros.\n\n"
            "L'opération valorise Kessring à 4,6 milliards d'euros." },
        { "kessring_en", "en", QDate(2026, 4, 7), "Talmor buys into Kessring",
            "Talmor agreed on Monday to buy a 30% stake in Kessring for €1.4 billion.\n\n"
            "The deal values Kessring at €4.6 billion. Kessring's order backlog is worth €3.2 billion." },
        { "kessring_trap", "fr", QDate(2026, 4, 8), "Kessring change de mains",
            "Talmor aurait déboursé 1,4 million d'euros pour 30 % de Kessring.\n\n"
            "En Bourse, Kessring est valorisée 3,2 milliards d'euros." },
        { "kessring_later", "fr", QDate(2026, 4, 21), "Talmor monte au capital de Kessring",
            "Après avoir payé 1,5 milliard d'euros pour 30 % de Kessring au début du mois, Talmor en détient "
            "désormais 36 %." },
        { "kessring_june", "en", QDate(2026, 6, 10), "Talmor tightens its hold",
            "Talmor now owns 48% of Kessring, up from 36% in April." },
        // Hollin: jobs cut and postes supprimés, a qualifier of another clause, a value of before
        // after its new value ("fell to … from …"), a sentence opening with "Sa".
        { "hollin_en", "en", QDate(2026, 5, 12), "Hollin cuts jobs",
            "Hollin will cut 800 jobs, including 300 in France.\n\n"
            "Hollin's revenue came to €6.15 billion last year, while its quarterly revenue was €1.6 billion "
            "in "
            "the last quarter.\n\n"
            "Hollin's share of the French coffee market fell from 22% to 19%.\n\n"
            "Hollin's net income fell to €90 million from €120 million, a drop of 25%." },
        { "hollin_fr", "fr", QDate(2026, 5, 13), "Hollin supprime 950 postes",
            "Hollin va supprimer 950 postes, dont 300 en France.\n\n"
            "Le chiffre d'affaires annuel de Hollin a atteint 6,2 milliards d'euros l'an dernier.\n\n"
            "Sa part de marché dans le café en France est passée de 22 % à 20 %.\n\n"
            "Le bénéfice net de Hollin a reculé à 90 millions d'euros, contre 120 millions d'euros un an "
            "plus "
            "tôt." },
        // Two companies in one sentence: close values, two measures.
        { "castelor", "fr", QDate(2026, 2, 2), "Deux industriels",
            "Castelor emploie 4 100 salariés, Brevan emploie 4 000 salariés." },
    };
    return list;
}

/// A project in memory holding every article of the fixture.
inline void fill(FactDesk::Project *project)
{
    for (const StoryArticle &story : articles()) {
        FactDesk::Article article;
        article.title = QString::fromUtf8(story.title);
        article.source = QString::fromLatin1(story.key);
        article.language = QString::fromLatin1(story.language);
        article.date = story.date;
        article.text = QString::fromUtf8(story.text);
        project->addArticle(
            article, FactDesk::Extractor(article.language).extract(article.text, article.date));
    }
}

inline qint64 articleId(const FactDesk::Project &project, const QString &key)
{
    for (const FactDesk::Article &article : project.articles()) {
        if (article.source == key)
            return article.id;
    }
    return 0;
}

/// The fact of an article whose text is quote ("2,4 milliards d'euros"), 0 when none.
inline qint64 factId(const FactDesk::Project &project, const QString &key, const QString &quote)
{
    const qint64 article = articleId(project, key);
    for (const FactDesk::Fact *fact : project.factsOfArticle(article)) {
        if (fact->quote == quote)
            return fact->id;
    }
    return 0;
}

} // namespace StoryFixture
