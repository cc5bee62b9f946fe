// Data-driven tests of Extractor: every row lists every figure the extractor
// must find in its sentence, so a missed figure and an invented one both fail.
// Sentences are written for these tests; none is copied from an article.

#include "figures/extractor.h"
#include "figures/figure.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace FactDesk;

namespace {
const QChar nbsp(0x00A0);
const QChar narrowNbsp(0x202F);

/// "kind|span|value|unit|modifier|range", the last two defaulting to exact and none.
QString normalizedExpectation(const QString &line)
{
    QStringList fields = line.split(QLatin1Char('|'));
    while (fields.size() < 4)
        fields.append(QString());
    if (fields.size() < 5 || fields.at(4).isEmpty()) {
        if (fields.size() < 5)
            fields.append(QStringLiteral("exact"));
        else
            fields[4] = QStringLiteral("exact");
    }
    if (fields.size() < 6)
        fields.append(QString());
    return fields.join(QLatin1Char('|'));
}

QString describe(const QString &text, const Figure &figure)
{
    return QStringList { toString(figure.kind), text.mid(figure.start, figure.length()), figure.value,
        figure.unit, toString(figure.modifier), toString(figure.range) }
        .join(QLatin1Char('|'));
}

QStringList describeAll(const QString &text, const QVector<Figure> &figures, bool withDates)
{
    QStringList lines;
    for (const Figure &figure : figures) {
        if (withDates || figure.kind != FigureKind::Date)
            lines.append(describe(text, figure));
    }
    return lines;
}
} // namespace

class TestExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_data();
    void extract();
    void offsets_data();
    void offsets();
    void readValue_data();
    void readValue();
    void datesWin_data();
    void datesWin();
    void golden_data();
    void golden();
    void invariants();
    void years_data();
    void years();
    void asOf_data();
    void asOf();
    void asOfWithoutArticleDate_data();
    void asOfWithoutArticleDate();
    void timeWords_data();
    void timeWords();

private:
    void row(const char *name, const char *language, const QString &text, const QStringList &expected);
};

void TestExtractor::row(
    const char *name, const char *language, const QString &text, const QStringList &expected)
{
    QStringList normalized;
    for (const QString &line : expected)
        normalized.append(normalizedExpectation(line));
    QTest::newRow(name) << QString::fromLatin1(language) << text << normalized;
}

void TestExtractor::extract_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QString sp = QString(nbsp);
    const QString nsp = QString(narrowNbsp);

    // ---- French money
    row("fr/money/milliards de dollars", "fr",
        QStringLiteral("Le groupe a injecté 13 milliards de dollars dans la start-up."),
        { QStringLiteral("money|13 milliards de dollars|13000000000|USD") });
    row("fr/money/milliards $", "fr",
        QStringLiteral("La société est valorisée à 300 milliards $ selon la presse."),
        { QStringLiteral("money|300 milliards $|300000000000|USD") });
    row("fr/money/Md€", "fr", QStringLiteral("Le budget atteint 2,5 Md€ cette année."),
        { QStringLiteral("money|2,5 Md€|2500000000|EUR") });
    row("fr/money/M$", "fr", QStringLiteral("Une levée de 125 M$ a été bouclée."),
        { QStringLiteral("money|125 M$|125000000|USD") });
    row("fr/money/M€ glued", "fr", QStringLiteral("Un contrat de 40M€ signé hier."),
        { QStringLiteral("money|40M€|40000000|EUR") });
    row("fr/money/k€", "fr", QStringLiteral("Une prime de 12 k€ par salarié."),
        { QStringLiteral("money|12 k€|12000|EUR") });
    row("fr/money/euros plain", "fr", QStringLiteral("Le ticket coûte 300 euros."),
        { QStringLiteral("money|300 euros|300|EUR") });
    row("fr/money/€ after", "fr", QStringLiteral("Le prix passe à 19,90 € en magasin."),
        { QStringLiteral("money|19,90 €|19.9|EUR") });
    row("fr/money/€ glued", "fr", QStringLiteral("Le café est à 2€ au comptoir."),
        { QStringLiteral("money|2€|2|EUR") });
    row("fr/money/millions d'euros", "fr",
        QStringLiteral("Une amende de 150 millions d'euros a été infligée."),
        { QStringLiteral("money|150 millions d'euros|150000000|EUR") });
    row("fr/money/millions d’euros typographic", "fr",
        QStringLiteral("Une amende de 150 millions d’euros a été infligée."),
        { QStringLiteral("money|150 millions d’euros|150000000|EUR") });
    row("fr/money/billion is 10^12", "fr", QStringLiteral("La dette publique dépasse 3 billions d'euros."),
        { QStringLiteral("money|3 billions d'euros|3000000000000|EUR|more_than") });
    row("fr/money/livres sterling", "fr",
        QStringLiteral("Le club a été vendu 4 milliards de livres sterling."),
        { QStringLiteral("money|4 milliards de livres sterling|4000000000|GBP") });
    row("fr/money/francs suisses", "fr", QStringLiteral("La banque verse 800 millions de francs suisses."),
        { QStringLiteral("money|800 millions de francs suisses|800000000|CHF") });
    row("fr/money/CHF", "fr", QStringLiteral("Un bénéfice de 1,2 milliard CHF."),
        { QStringLiteral("money|1,2 milliard CHF|1200000000|CHF") });
    row("fr/money/yuans", "fr", QStringLiteral("Pékin débloque 500 milliards de yuans."),
        { QStringLiteral("money|500 milliards de yuans|500000000000|CNY") });
    row("fr/money/yens", "fr", QStringLiteral("Tokyo prévoit 20 000 milliards de yens."),
        { QStringLiteral("money|20 000 milliards de yens|20000000000000|JPY") });
    row("fr/money/$ before", "fr", QStringLiteral("Un chèque de $40 milliards."),
        { QStringLiteral("money|$40 milliards|40000000000|USD") });
    row("fr/money/thousands nbsp", "fr",
        QStringLiteral("Un salaire de 3") + sp + QStringLiteral("500 euros brut."),
        { QStringLiteral("money|3") + sp + QStringLiteral("500 euros|3500|EUR") });
    row("fr/money/thousands narrow nbsp", "fr",
        QStringLiteral("Un chèque de 1") + nsp + QStringLiteral("200") + nsp + QStringLiteral("000 €."),
        { QStringLiteral("money|1") + nsp + QStringLiteral("200") + nsp
            + QStringLiteral("000 €|1200000|EUR") });
    row("fr/money/space before €", "fr",
        QStringLiteral("Il faut compter 49") + sp + QStringLiteral("€ par mois."),
        { QStringLiteral("money|49") + sp + QStringLiteral("€|49|EUR") });
    row("fr/money/Mds d'euros", "fr", QStringLiteral("Un plan de 3 Mds d'euros."),
        { QStringLiteral("money|3 Mds d'euros|3000000000|EUR") });
    row("fr/money/dollars canadiens", "fr", QStringLiteral("Ottawa promet 2 milliards de dollars canadiens."),
        { QStringLiteral("money|2 milliards de dollars canadiens|2000000000|CAD") });
    row("fr/money/un milliard", "fr", QStringLiteral("Un investissement d'un milliard de dollars."),
        { QStringLiteral("money|un milliard de dollars|1000000000|USD") });
    row("fr/money/plus d'un milliard", "fr", QStringLiteral("Elle a perdu plus d'un milliard d'euros."),
        { QStringLiteral("money|un milliard d'euros|1000000000|EUR|more_than") });
    row("fr/money/deux milliards", "fr", QStringLiteral("Le fonds lève deux milliards d'euros."),
        { QStringLiteral("money|deux milliards d'euros|2000000000|EUR") });
    row("fr/money/decimal point in French", "fr", QStringLiteral("Une perte de 2.5 milliards d'euros."),
        { QStringLiteral("money|2.5 milliards d'euros|2500000000|EUR") });
    row("fr/money/negative", "fr", QStringLiteral("Le solde est de -3 millions d'euros."),
        { QStringLiteral("money|-3 millions d'euros|-3000000|EUR") });
    row("fr/money/two figures", "fr",
        QStringLiteral("Valorisée à 500 milliards de dollars, sa part vaut 135 milliards de dollars."),
        { QStringLiteral("money|500 milliards de dollars|500000000000|USD"),
            QStringLiteral("money|135 milliards de dollars|135000000000|USD") });
    row("fr/money/scale alone is a number", "fr", QStringLiteral("Le contrat à 13 milliards évolue."),
        { QStringLiteral("number|13 milliards|13000000000|") });
    row("fr/money/US$", "fr", QStringLiteral("Le fonds gère 7 milliards US$."),
        { QStringLiteral("money|7 milliards US$|7000000000|USD") });
    row("fr/money/jusqu'à", "fr", QStringLiteral("OpenAI veut lever jusqu'à 40 milliards de dollars."),
        { QStringLiteral("money|40 milliards de dollars|40000000000|USD|up_to") });
    row("fr/money/jusqu’à typographic", "fr",
        QStringLiteral("OpenAI veut lever jusqu’à 40 milliards de dollars."),
        { QStringLiteral("money|40 milliards de dollars|40000000000|USD|up_to") });
    row("fr/money/environ", "fr", QStringLiteral("Le chantier coûtera environ 300 millions d'euros."),
        { QStringLiteral("money|300 millions d'euros|300000000|EUR|approx") });
    row("fr/money/près de", "fr", QStringLiteral("Une enveloppe de près de 2 milliards d'euros."),
        { QStringLiteral("money|2 milliards d'euros|2000000000|EUR|approx") });
    row("fr/money/moins de", "fr", QStringLiteral("Un coût de moins de 5 euros par mois."),
        { QStringLiteral("money|5 euros|5|EUR|less_than") });
    row("fr/money/au moins", "fr", QStringLiteral("Il faudra au moins 10 milliards d'euros."),
        { QStringLiteral("money|10 milliards d'euros|10000000000|EUR|more_than") });
    row("fr/money/quelque", "fr", QStringLiteral("Quelque 80 millions d'euros ont été versés."),
        { QStringLiteral("money|80 millions d'euros|80000000|EUR|approx") });

    // ---- French percent
    row("fr/percent/space", "fr", QStringLiteral("Microsoft détient 49 % de la filiale."),
        { QStringLiteral("percent|49 %|49|%") });
    row("fr/percent/glued", "fr", QStringLiteral("Une part de 27% du capital."),
        { QStringLiteral("percent|27%|27|%") });
    row("fr/percent/nbsp", "fr", QStringLiteral("Une hausse de 5,4") + sp + QStringLiteral("% sur un an."),
        { QStringLiteral("percent|5,4") + sp + QStringLiteral("%|5.4|%") });
    row("fr/percent/narrow nbsp", "fr",
        QStringLiteral("Le chômage recule à 7,3") + nsp + QStringLiteral("%."),
        { QStringLiteral("percent|7,3") + nsp + QStringLiteral("%|7.3|%") });
    row("fr/percent/pour cent", "fr", QStringLiteral("Les prix ont grimpé de 3 pour cent."),
        { QStringLiteral("percent|3 pour cent|3|%") });
    row("fr/percent/plus sign", "fr", QStringLiteral("Le titre a bondi de +11% en séance."),
        { QStringLiteral("percent|+11%|11|%") });
    row("fr/percent/minus sign", "fr", QStringLiteral("Les ventes affichent -3,5 % sur le trimestre."),
        { QStringLiteral("percent|-3,5 %|-3.5|%") });
    row("fr/percent/points de pourcentage", "fr",
        QStringLiteral("Le taux a baissé de 2 points de pourcentage."),
        { QStringLiteral("percent|2 points de pourcentage|2|pp") });
    row("fr/percent/plus de", "fr", QStringLiteral("Plus de 60 % des sondés approuvent."),
        { QStringLiteral("percent|60 %|60|%|more_than") });
    row("fr/percent/environ", "fr", QStringLiteral("La croissance serait d'environ 1,1 %."),
        { QStringLiteral("percent|1,1 %|1.1|%|approx") });
    row("fr/percent/jusqu'à", "fr", QStringLiteral("Des remises jusqu'à 70 % sur tout le magasin."),
        { QStringLiteral("percent|70 %|70|%|up_to") });
    row("fr/percent/passe de is a change", "fr",
        QStringLiteral("Il passe de 27 % à 32 % du capital, soit 5 points."),
        { QStringLiteral("percent|27 %|27|%"), QStringLiteral("percent|32 %|32|%"),
            QStringLiteral("percent|5 points|5|pp") });
    row("fr/percent/decrease is not a range", "fr",
        QStringLiteral("L'inflation est passée de 5 % à 3 % en un an."),
        { QStringLiteral("percent|5 %|5|%"), QStringLiteral("percent|3 %|3|%") });
    row("fr/percent/zero decimal", "fr", QStringLiteral("Le taux directeur reste à 0,25 %."),
        { QStringLiteral("percent|0,25 %|0.25|%") });
    row("fr/percent/gagné 3%", "fr", QStringLiteral("L'action a gagné d'un coup 3% à la Bourse."),
        { QStringLiteral("percent|3%|3|%") });

    // ---- French counts and quantities
    row("fr/count/emplois", "fr", QStringLiteral("Le projet doit créer 130 000 emplois."),
        { QStringLiteral("count|130 000|130000|emplois") });
    row("fr/count/emplois nbsp", "fr",
        QStringLiteral("Le projet doit créer 130") + sp + QStringLiteral("000 emplois."),
        { QStringLiteral("count|130") + sp + QStringLiteral("000|130000|emplois") });
    row("fr/count/million de personnes", "fr", QStringLiteral("La crue menace 1,2 million de personnes."),
        { QStringLiteral("count|1,2 million|1200000|personnes") });
    row("fr/count/salariés", "fr", QStringLiteral("L'usine compte 850 salariés."),
        { QStringLiteral("count|850|850|salariés") });
    row("fr/count/nouveaux emplois", "fr", QStringLiteral("L'économie a créé 45 000 nouveaux emplois."),
        { QStringLiteral("count|45 000|45000|emplois") });
    row("fr/count/plus de utilisateurs", "fr",
        QStringLiteral("ChatGPT revendique plus de 800 millions d'utilisateurs."),
        { QStringLiteral("count|800 millions|800000000|utilisateurs|more_than") });
    row("fr/count/deux millions de personnes", "fr",
        QStringLiteral("Deux millions de personnes ont manifesté."),
        { QStringLiteral("count|Deux millions|2000000|personnes") });
    row("fr/count/habitants", "fr", QStringLiteral("La ville compte environ 52 000 habitants."),
        { QStringLiteral("count|52 000|52000|habitants|approx") });
    row("fr/count/sièges", "fr", QStringLiteral("Le parti obtient 123 sièges à l'Assemblée."),
        { QStringLiteral("count|123|123|sièges") });
    row("fr/count/moins de", "fr", QStringLiteral("Moins de 300 personnes étaient présentes."),
        { QStringLiteral("count|300|300|personnes|less_than") });
    row("fr/quantity/tonnes", "fr", QStringLiteral("La production a atteint 816 000 t l'an dernier."),
        { QStringLiteral("quantity|816 000 t|816000|t") });
    row("fr/quantity/GW", "fr", QStringLiteral("Le parc éolien produit 1,5 GW."),
        { QStringLiteral("quantity|1,5 GW|1.5|GW") });
    row("fr/quantity/km", "fr", QStringLiteral("La ligne fera 300 km de long."),
        { QStringLiteral("quantity|300 km|300|km") });
    row("fr/quantity/millions de barils", "fr",
        QStringLiteral("Le pays exporte 2 millions de barils par jour."),
        { QStringLiteral("quantity|2 millions de barils par jour|2000000|b/d") });
    row("fr/quantity/barils", "fr", QStringLiteral("Les stocks ont reculé de 3 millions de barils."),
        { QStringLiteral("quantity|3 millions de barils|3000000|bbl") });
    row("fr/quantity/metres not million", "fr", QStringLiteral("La tour culmine à 300 m."),
        { QStringLiteral("quantity|300 m|300|m") });
    row("fr/quantity/TWh", "fr", QStringLiteral("Les centrales ont produit 361 TWh."),
        { QStringLiteral("quantity|361 TWh|361|TWh") });
    row("fr/quantity/hectares", "fr", QStringLiteral("Le feu a détruit 12 000 hectares."),
        { QStringLiteral("quantity|12 000 hectares|12000|ha") });
    row("fr/quantity/glued GW", "fr", QStringLiteral("Une centrale de 2GW."),
        { QStringLiteral("quantity|2GW|2|GW") });
    row("fr/quantity/ans", "fr", QStringLiteral("Un contrat signé pour 10 ans."),
        { QStringLiteral("quantity|10 ans|10|year") });

    // ---- French multipliers
    row("fr/multiplier/multiplié par", "fr", QStringLiteral("Le chiffre d'affaires a été multiplié par 18."),
        { QStringLiteral("multiplier|18|18|x") });
    row("en/multiplier/multiplied by", "en", QStringLiteral("Sales were multiplied by 4 in a decade."),
        { QStringLiteral("multiplier|4|4|x") });
    row("en/range/rose from is a change", "en", QStringLiteral("The rate rose from 3% to 4% in a year."),
        { QStringLiteral("percent|3%|3|%"), QStringLiteral("percent|4%|4|%") });
    row("fr/multiplier/fois", "fr", QStringLiteral("Le chiffre d'affaires a été multiplié par 18 fois."),
        { QStringLiteral("multiplier|18 fois|18|x") });
    row("fr/multiplier/18x", "fr", QStringLiteral("Une valorisation à 18x les ventes."),
        { QStringLiteral("multiplier|18x|18|x") });
    row("fr/multiplier/x18", "fr", QStringLiteral("Un bond des ventes x18 en un an."),
        { QStringLiteral("multiplier|x18|18|x") });
    row("fr/multiplier/×3", "fr", QStringLiteral("La facture ×3 en deux ans."),
        { QStringLiteral("multiplier|×3|3|x") });
    row("fr/multiplier/decimal", "fr", QStringLiteral("Les ventes sont 2,5 fois plus élevées."),
        { QStringLiteral("multiplier|2,5 fois|2.5|x") });

    // ---- French ranges
    row("fr/range/entre et milliards d'euros", "fr",
        QStringLiteral("Le coût est estimé entre 2 et 3 milliards d'euros."),
        { QStringLiteral("money|2|2000000000|EUR|exact|low"),
            QStringLiteral("money|3 milliards d'euros|3000000000|EUR|exact|high") });
    row("fr/range/de à %", "fr", QStringLiteral("Une hausse de 2 à 3 % est attendue."),
        { QStringLiteral("percent|2|2|%|exact|low"), QStringLiteral("percent|3 %|3|%|exact|high") });
    row("fr/range/hyphen %", "fr", QStringLiteral("Une hausse de 2-3 % est attendue."),
        { QStringLiteral("percent|2|2|%|exact|low"), QStringLiteral("percent|3 %|3|%|exact|high") });
    row("fr/range/en dash", "fr", QStringLiteral("Une baisse de 10–15 % des effectifs."),
        { QStringLiteral("percent|10|10|%|exact|low"), QStringLiteral("percent|15 %|15|%|exact|high") });
    row("fr/range/entre et personnes", "fr",
        QStringLiteral("Entre 2 et 3 millions de personnes sont concernées."),
        { QStringLiteral("count|2|2000000|personnes|exact|low"),
            QStringLiteral("count|3 millions|3000000|personnes|exact|high") });
    row("fr/range/both with scale", "fr", QStringLiteral("Un budget de 1,5 milliard à 2 milliards d'euros."),
        { QStringLiteral("money|1,5 milliard|1500000000|EUR|exact|low"),
            QStringLiteral("money|2 milliards d'euros|2000000000|EUR|exact|high") });
    row("fr/range/à without de", "fr", QStringLiteral("Il faudra 4 à 5 ans de travaux."),
        { QStringLiteral("quantity|4|4|year|exact|low"),
            QStringLiteral("quantity|5 ans|5|year|exact|high") });
    row("fr/range/with modifier", "fr", QStringLiteral("Le prix grimperait jusqu'à 8-10 euros."),
        { QStringLiteral("money|8|8|EUR|up_to|low"), QStringLiteral("money|10 euros|10|EUR|up_to|high") });
    row("fr/range/et without entre is two figures", "fr",
        QStringLiteral("Les taux de 3 % et 4 % ont été retenus."),
        { QStringLiteral("percent|3 %|3|%"), QStringLiteral("percent|4 %|4|%") });

    // ---- French numbers and traps
    row("fr/number/numéro 1", "fr",
        QStringLiteral("Le numéro 1 mondial de l'intelligence artificielle change de statut."),
        { QStringLiteral("number|1|1|") });
    row("fr/number/unknown noun", "fr", QStringLiteral("Le groupe a racheté 12 concurrents."),
        { QStringLiteral("count|12|12|concurrents") });
    row("fr/not/GPT-4.5", "fr", QStringLiteral("Azure accueille GPT-4.5 et GPT-5 depuis peu."), {});
    row("fr/not/Windows 11", "fr", QStringLiteral("La mise à jour de Windows 11 est disponible."), {});
    row("fr/not/iPhone 15", "fr", QStringLiteral("L'iPhone 15 se vend bien."), {});
    row("fr/not/A320", "fr", QStringLiteral("Airbus livre des A320 à la chaîne."), {});
    row("fr/not/Covid-19", "fr", QStringLiteral("La pandémie de Covid-19 a tout changé."), {});
    row("fr/not/phone", "fr", QStringLiteral("Appelez le +33 1 23 45 67 89 pour réserver."), {});
    row("fr/not/phone dots", "fr", QStringLiteral("Standard : 01.23.45.67.89."), {});
    row("fr/not/phone spaced", "fr", QStringLiteral("Le numéro vert 08 00 12 34 56 est gratuit."), {});
    row("fr/not/time 14h30", "fr", QStringLiteral("Rendez-vous à 14h30 devant la mairie."), {});
    row("fr/not/time 9h", "fr", QStringLiteral("La séance ouvre à 9h."), {});
    row("fr/not/time 9:45", "fr", QStringLiteral("Le train part à 9:45."), {});
    row("fr/not/ordinal 3e", "fr", QStringLiteral("Au 3e trimestre, rien ne change."), {});
    row("fr/ordinal 1er is a number", "fr", QStringLiteral("Le 1er ministre s'exprime."),
        { QStringLiteral("number|1er|1|") });
    row("fr/not/page", "fr", QStringLiteral("Voir page 12 du rapport."), {});
    row("fr/not/article 49.3", "fr", QStringLiteral("Le gouvernement a utilisé l'article 49.3."), {});
    row("fr/not/CAC 40", "fr", QStringLiteral("Le CAC 40 a terminé en hausse de 1,2 %."),
        { QStringLiteral("percent|1,2 %|1.2|%") });
    row("fr/not/5G", "fr", QStringLiteral("Le déploiement de la 5G continue."), {});
    row("fr/not/bare year", "fr", QStringLiteral("Le plan 2030 prévoit des aides."), {});
    row("fr/not/version", "fr", QStringLiteral("Passez à Python 3.11 sans attendre."), {});
    row("fr/not/fraction slash", "fr", QStringLiteral("Un service ouvert 24/7."), {});
    row("fr/number/year with noun is a count", "fr", QStringLiteral("L'entreprise emploie 2000 salariés."),
        { QStringLiteral("count|2000|2000|salariés") });
    row("fr/number/score not range", "fr", QStringLiteral("Le match s'est fini sur un 3-1."),
        { QStringLiteral("number|3|3|"), QStringLiteral("number|1|1|") });

    // ---- English money
    row("en/money/$ billion", "en", QStringLiteral("Microsoft has invested $13 billion in the lab."),
        { QStringLiteral("money|$13 billion|13000000000|USD") });
    row("en/money/$40 billion", "en", QStringLiteral("OpenAI aims to raise up to $40 billion."),
        { QStringLiteral("money|$40 billion|40000000000|USD|up_to") });
    row("en/money/€bn", "en", QStringLiteral("The deal is worth €1.2bn."),
        { QStringLiteral("money|€1.2bn|1200000000|EUR") });
    row("en/money/£m", "en", QStringLiteral("The club paid £45m for the striker."),
        { QStringLiteral("money|£45m|45000000|GBP") });
    row("en/money/comma thousands", "en", QStringLiteral("The median price is $412,500 this year."),
        { QStringLiteral("money|$412,500|412500|USD") });
    row("en/money/decimals", "en", QStringLiteral("Shares closed at $187.25 on Friday."),
        { QStringLiteral("money|$187.25|187.25|USD") });
    row("en/money/trillion", "en", QStringLiteral("Apple is worth $3.5 trillion."),
        { QStringLiteral("money|$3.5 trillion|3500000000000|USD") });
    row("en/money/billion is 10^9", "en", QStringLiteral("Revenue reached 65 billion dollars."),
        { QStringLiteral("money|65 billion dollars|65000000000|USD") });
    row("en/money/US$", "en", QStringLiteral("It raised US$500 million."),
        { QStringLiteral("money|US$500 million|500000000|USD") });
    row("en/money/C$", "en", QStringLiteral("Ottawa pledged C$2 billion."),
        { QStringLiteral("money|C$2 billion|2000000000|CAD") });
    row("en/money/A$", "en", QStringLiteral("The miner earned A$9.6 billion."),
        { QStringLiteral("money|A$9.6 billion|9600000000|AUD") });
    row("en/money/HK$", "en", QStringLiteral("Tickets cost HK$250."),
        { QStringLiteral("money|HK$250|250|HKD") });
    row("en/money/¥ yen", "en", QStringLiteral("Toyota expects ¥4.5 trillion in profit."),
        { QStringLiteral("money|¥4.5 trillion|4500000000000|JPY") });
    row("en/money/¥ yuan", "en", QStringLiteral("The yuan loan of ¥200 billion was approved."),
        { QStringLiteral("money|¥200 billion|200000000000|CNY") });
    row("en/money/USD code", "en", QStringLiteral("The bond pays USD 5 million a year."),
        { QStringLiteral("money|USD 5 million|5000000|USD") });
    row("en/money/pounds", "en", QStringLiteral("The fine was 20 million pounds."),
        { QStringLiteral("money|20 million pounds|20000000|GBP") });
    row("en/money/euros", "en", QStringLiteral("The EU set aside 750 billion euros."),
        { QStringLiteral("money|750 billion euros|750000000000|EUR") });
    row("en/money/a billion", "en", QStringLiteral("They lost a billion dollars in a week."),
        { QStringLiteral("money|a billion dollars|1000000000|USD") });
    row("en/money/more than", "en", QStringLiteral("It spent more than $10 billion on chips."),
        { QStringLiteral("money|$10 billion|10000000000|USD|more_than") });
    row("en/money/about", "en", QStringLiteral("Analysts expect about $2.1 billion in sales."),
        { QStringLiteral("money|$2.1 billion|2100000000|USD|approx") });
    row("en/money/nearly", "en", QStringLiteral("The company lost nearly $5bn last year."),
        { QStringLiteral("money|$5bn|5000000000|USD|approx") });
    row("en/money/roughly", "en", QStringLiteral("Roughly $300 million was spent."),
        { QStringLiteral("money|$300 million|300000000|USD|approx") });
    row("en/money/less than", "en", QStringLiteral("The phone costs less than $500."),
        { QStringLiteral("money|$500|500|USD|less_than") });
    row("en/money/negative", "en", QStringLiteral("Free cash flow was -$1.2 billion."),
        { QStringLiteral("money|-$1.2 billion|-1200000000|USD") });
    row("en/money/thousand", "en", QStringLiteral("A grant of $50 thousand."),
        { QStringLiteral("money|$50 thousand|50000|USD") });
    row("en/money/k$", "en", QStringLiteral("Salaries start at $85k."),
        { QStringLiteral("money|$85k|85000|USD") });
    row("en/money/swiss francs", "en", QStringLiteral("UBS set aside 3 billion Swiss francs."),
        { QStringLiteral("money|3 billion Swiss francs|3000000000|CHF") });
    row("en/money/two amounts", "en",
        QStringLiteral("Revenue rose to $65.6 billion while profit hit $27.7 billion."),
        { QStringLiteral("money|$65.6 billion|65600000000|USD"),
            QStringLiteral("money|$27.7 billion|27700000000|USD") });

    // ---- English percent
    row("en/percent/glued", "en", QStringLiteral("Inflation slowed to 2.4% in March."),
        { QStringLiteral("percent|2.4%|2.4|%") });
    row("en/percent/percent word", "en", QStringLiteral("Sales fell 8 percent."),
        { QStringLiteral("percent|8 percent|8|%") });
    row("en/percent/per cent", "en", QStringLiteral("Unemployment stood at 4.1 per cent."),
        { QStringLiteral("percent|4.1 per cent|4.1|%") });
    row("en/percent/percentage points", "en", QStringLiteral("The Fed cut rates by 0.25 percentage points."),
        { QStringLiteral("percent|0.25 percentage points|0.25|pp") });
    row("en/percent/plus sign", "en", QStringLiteral("Shares jumped +7% at the open."),
        { QStringLiteral("percent|+7%|7|%") });
    row("en/percent/minus", "en", QStringLiteral("Output changed by -0.3% in May."),
        { QStringLiteral("percent|-0.3%|-0.3|%") });
    row("en/percent/over", "en", QStringLiteral("Over 40% of voters stayed home."),
        { QStringLiteral("percent|40%|40|%|more_than") });
    row("en/percent/around", "en", QStringLiteral("Turnout was around 66%."),
        { QStringLiteral("percent|66%|66|%|approx") });
    row("en/percent/under", "en", QStringLiteral("Its share is under 5%."),
        { QStringLiteral("percent|5%|5|%|less_than") });
    row("en/percent/at least", "en", QStringLiteral("Prices must rise at least 3%."),
        { QStringLiteral("percent|3%|3|%|more_than") });
    row("en/percent/a stake", "en", QStringLiteral("Microsoft will hold a 27% stake."),
        { QStringLiteral("percent|27%|27|%") });
    row("en/percent/basis points", "en", QStringLiteral("The ECB raised rates by 50 basis points."),
        { QStringLiteral("percent|50 basis points|50|bp") });
    row("en/percent/pp", "en", QStringLiteral("Margins improved 1.5pp on the year."),
        { QStringLiteral("percent|1.5pp|1.5|pp") });

    // ---- English counts and quantities
    row("en/count/million viewers", "en", QStringLiteral("The final drew 17 million viewers."),
        { QStringLiteral("count|17 million|17000000|viewers") });
    row("en/count/jobs", "en", QStringLiteral("Employers added 256,000 jobs in December."),
        { QStringLiteral("count|256,000|256000|jobs") });
    row("en/count/people", "en", QStringLiteral("About 1,200 people were evacuated."),
        { QStringLiteral("count|1,200|1200|people|approx") });
    row("en/count/users", "en", QStringLiteral("ChatGPT has 800 million weekly users."),
        { QStringLiteral("count|800 million|800000000|users") });
    row("en/count/new jobs", "en", QStringLiteral("The plant will bring 3,000 new jobs."),
        { QStringLiteral("count|3,000|3000|jobs") });
    row("en/count/employees", "en", QStringLiteral("The bank will cut 8,000 employees."),
        { QStringLiteral("count|8,000|8000|employees") });
    row("en/count/some", "en", QStringLiteral("Some 300 workers went on strike."),
        { QStringLiteral("count|300|300|workers|approx") });
    row("en/count/two million", "en", QStringLiteral("Two million people signed the petition."),
        { QStringLiteral("count|Two million|2000000|people") });
    row("en/count/fewer than", "en", QStringLiteral("Fewer than 50 cases were reported."),
        { QStringLiteral("count|50|50|cases|less_than") });
    row("en/count/seats", "en", QStringLiteral("Labour won 411 seats."),
        { QStringLiteral("count|411|411|seats") });
    row("en/quantity/barrels per day", "en", QStringLiteral("OPEC+ will add 411,000 barrels per day."),
        { QStringLiteral("quantity|411,000 barrels per day|411000|b/d") });
    row("en/quantity/million barrels", "en", QStringLiteral("Stocks fell by 2 million barrels."),
        { QStringLiteral("quantity|2 million barrels|2000000|bbl") });
    row("en/quantity/GW", "en", QStringLiteral("The farm will deliver 1.4 GW of power."),
        { QStringLiteral("quantity|1.4 GW|1.4|GW") });
    row("en/quantity/miles", "en", QStringLiteral("The pipeline runs 1,200 miles."),
        { QStringLiteral("quantity|1,200 miles|1200|mi") });
    row("en/quantity/tonnes", "en", QStringLiteral("Exports reached 816,000 t."),
        { QStringLiteral("quantity|816,000 t|816000|t") });
    row("en/quantity/years", "en", QStringLiteral("The loan runs for 30 years."),
        { QStringLiteral("quantity|30 years|30|year") });
    row("en/quantity/points", "en", QStringLiteral("The Dow fell 500 points."),
        { QStringLiteral("quantity|500 points|500|points") });

    // ---- English multipliers
    row("en/multiplier/times", "en", QStringLiteral("Demand is 10 times higher."),
        { QStringLiteral("multiplier|10 times|10|x") });
    row("en/multiplier/18x", "en", QStringLiteral("It trades at 18x earnings."),
        { QStringLiteral("multiplier|18x|18|x") });
    row("en/multiplier/fold", "en", QStringLiteral("Sales grew 3-fold."),
        { QStringLiteral("multiplier|3-fold|3|x") });
    row("en/multiplier/x2", "en", QStringLiteral("Costs went x2 this year."),
        { QStringLiteral("multiplier|x2|2|x") });

    // ---- English ranges
    row("en/range/billion to billion", "en",
        QStringLiteral("Revenue will be $181.5 billion to $188.5 billion."),
        { QStringLiteral("money|$181.5 billion|181500000000|USD|exact|low"),
            QStringLiteral("money|$188.5 billion|188500000000|USD|exact|high") });
    row("en/range/percent to percent", "en", QStringLiteral("Growth of 7% to 11% is expected."),
        { QStringLiteral("percent|7%|7|%|exact|low"), QStringLiteral("percent|11%|11|%|exact|high") });
    row("en/range/between and", "en", QStringLiteral("It costs between $5 and $6 billion."),
        { QStringLiteral("money|$5|5000000000|USD|exact|low"),
            QStringLiteral("money|$6 billion|6000000000|USD|exact|high") });
    row("en/range/hyphen", "en", QStringLiteral("A 10-15% cut is planned."),
        { QStringLiteral("percent|10|10|%|exact|low"), QStringLiteral("percent|15%|15|%|exact|high") });
    row("en/range/from to", "en", QStringLiteral("From 2 to 3 million people could move."),
        { QStringLiteral("count|2|2000000|people|exact|low"),
            QStringLiteral("count|3 million|3000000|people|exact|high") });
    row("en/range/up to shared", "en", QStringLiteral("Fines of up to 4-6% of turnover."),
        { QStringLiteral("percent|4|4|%|up_to|low"), QStringLiteral("percent|6%|6|%|up_to|high") });
    row("en/range/and without between", "en", QStringLiteral("Rates of 3% and 4% apply."),
        { QStringLiteral("percent|3%|3|%"), QStringLiteral("percent|4%|4|%") });
    row("en/range/different kinds", "en", QStringLiteral("Profit rose 5% to $3 billion."),
        { QStringLiteral("percent|5%|5|%"), QStringLiteral("money|$3 billion|3000000000|USD") });
    row("en/range/fell by to is a change", "en",
        QStringLiteral("Claims fell by 12,000 to 213,000 last week."),
        { QStringLiteral("count|12,000|12000|Claims"), QStringLiteral("count|213,000|213000|Claims") });
    row("en/range/gained to index level", "en", QStringLiteral("The index gained 0.4% to 6,032.38."),
        { QStringLiteral("percent|0.4%|0.4|%"), QStringLiteral("number|6,032.38|6032.38|") });
    row("en/modifier/ticked up to", "en", QStringLiteral("The jobless rate ticked up to 4.2%."),
        { QStringLiteral("percent|4.2%|4.2|%") });
    row("en/tenor/30-year mortgage", "en", QStringLiteral("The 30-year mortgage rate hit 6.84%."),
        { QStringLiteral("quantity|30-year|30|year"), QStringLiteral("percent|6.84%|6.84|%") });
    row("en/count/electoral votes", "en", QStringLiteral("She won 226 electoral votes."),
        { QStringLiteral("count|226|226|votes") });
    row("en/percent/basis point singular", "en", QStringLiteral("A 25 basis point cut."),
        { QStringLiteral("percent|25 basis point|25|bp") });
    row("en/range/raise of is a range", "en", QStringLiteral("Unions want a raise of 4% to 6%."),
        { QStringLiteral("percent|4%|4|%|exact|low"), QStringLiteral("percent|6%|6|%|exact|high") });
    row("fr/count/retraités", "fr", QStringLiteral("La réforme touche 17 millions de retraités."),
        { QStringLiteral("count|17 millions|17000000|retraités") });
    row("fr/range/a reculé de à", "fr", QStringLiteral("Le taux a reculé de 3 % à 2,5 %."),
        { QStringLiteral("percent|3 %|3|%"), QStringLiteral("percent|2,5 %|2.5|%") });
    row("fr/not/le 49.3", "fr", QStringLiteral("Le 49.3 a été utilisé 23 fois."),
        { QStringLiteral("multiplier|23 fois|23|x") });
    row("en/number/No. 1", "en", QStringLiteral("It kept its No. 1 spot."),
        { QStringLiteral("number|1|1|") });
    row("en/count/Americans", "en", QStringLiteral("A record 4.2 million Americans quit."),
        { QStringLiteral("count|4.2 million|4200000|Americans") });
    row("en/money/cents", "en", QStringLiteral("Shares closed down 2 cents."),
        { QStringLiteral("money|2 cents|0.02|USD") });
    row("en/money/dividend of 68 cents", "en",
        QStringLiteral("a quarterly dividend of 68 cents, a 6% increase"),
        { QStringLiteral("money|68 cents|0.68|USD"), QStringLiteral("percent|6%|6|%") });
    row("fr/money/centimes", "fr", QStringLiteral("Le dividende est de 68 centimes."),
        { QStringLiteral("money|68 centimes|0.68|EUR") });
    row("fr/percent/points after percents are pp", "fr",
        QStringLiteral("La part est passée de 20 % à 8 %, soit une baisse de 12 points."),
        { QStringLiteral("percent|20 %|20|%"), QStringLiteral("percent|8 %|8|%"),
            QStringLiteral("percent|12 points|12|pp") });
    row("fr/percent/point after a rate is pp", "fr",
        QStringLiteral("Le taux s'établit à 7,1 %, en recul de 0,3 point sur un an."),
        { QStringLiteral("percent|7,1 %|7.1|%"), QStringLiteral("percent|0,3 point|0.3|pp") });
    row("fr/percent/point de pourcentage", "fr", QStringLiteral("en hausse de 1,4 point de pourcentage"),
        { QStringLiteral("percent|1,4 point de pourcentage|1.4|pp") });
    row("fr/quantity/points without percent stay points", "fr",
        QStringLiteral("L'indice a perdu 120 points mardi."),
        { QStringLiteral("quantity|120 points|120|points") });
    row("fr/quantity/points after a percent of another paragraph", "fr",
        QStringLiteral("Le taux est de 7 %.\nL'indice a perdu 120 points."),
        { QStringLiteral("percent|7 %|7|%"), QStringLiteral("quantity|120 points|120|points") });
    row("fr/percent/point after the percents of the sentence before", "fr",
        QStringLiteral("Le taux atteint 7,7 %, contre 7,5 % au printemps. C'est une hausse de 0,2 point."),
        { QStringLiteral("percent|7,7 %|7.7|%"), QStringLiteral("percent|7,5 %|7.5|%"),
            QStringLiteral("percent|0,2 point|0.2|pp") });
    row("fr/quantity/points after an index level of the sentence before", "fr",
        QStringLiteral("Le CAC a fini à 7 450 points. Il a gagné 45 points."),
        { QStringLiteral("quantity|7 450 points|7450|points"),
            QStringLiteral("quantity|45 points|45|points") });
    row("en/quantity/points two sentences after a percent stay points", "en",
        QStringLiteral("Prices rose 3%. The team is top. It has 45 points."),
        { QStringLiteral("percent|3%|3|%"), QStringLiteral("quantity|45 points|45|points") });
    row("en/percent/points after a percent", "en",
        QStringLiteral("Wages grew 6.1%, about 2 points faster than inflation."),
        { QStringLiteral("percent|6.1%|6.1|%"), QStringLiteral("percent|2 points|2|pp|approx") });
    row("fr/quantity/index level in points after a percent", "fr",
        QStringLiteral("La Bourse de Paris a gagné 1,2 % à 7 450 points."),
        { QStringLiteral("percent|1,2 %|1.2|%"), QStringLiteral("quantity|7 450 points|7450|points") });
    row("en/percent/points after percent before a year", "en",
        QStringLiteral("Turnout was 66 percent, down 0.8 points from 2020."),
        { QStringLiteral("percent|66 percent|66|%"), QStringLiteral("percent|0.8 points|0.8|pp") });
    row("fr/percent/points after percent before a year", "fr",
        QStringLiteral("une participation de 67 %, en baisse de 4 points par rapport à 2017."),
        { QStringLiteral("percent|67 %|67|%"), QStringLiteral("percent|4 points|4|pp") });
    row("en/percent/percentage-point", "en", QStringLiteral("a 0.1 percentage-point rise"),
        { QStringLiteral("percent|0.1 percentage-point|0.1|pp") });
    row("en/percent/edges up to is exact", "en", QStringLiteral("Unemployment edges up to 3.9%."),
        { QStringLiteral("percent|3.9%|3.9|%") });
    row("fr/money/milliards borrow the currency of the sentence", "fr",
        QStringLiteral("un bénéfice de 2,4 milliards d'euros, contre 1,78 milliard un an plus tôt"),
        { QStringLiteral("money|2,4 milliards d'euros|2400000000|EUR"),
            QStringLiteral("money|1,78 milliard|1780000000|EUR") });
    row("fr/money/milliards par an after the previous sentence", "fr",
        QStringLiteral("L'État verse 1,2 milliard d'euros. Le coût est estimé à 4 milliards par an."),
        { QStringLiteral("money|1,2 milliard d'euros|1200000000|EUR"),
            QStringLiteral("money|4 milliards|4000000000|EUR") });
    row("fr/number/milliards without money nearby", "fr",
        QStringLiteral("Le coût est estimé à 4 milliards par an."),
        { QStringLiteral("number|4 milliards|4000000000|") });
    row("fr/count/millions d'inscrits stay counted", "fr",
        QStringLiteral("Un budget de 3 millions d'euros pour 3,05 millions d'inscrits."),
        { QStringLiteral("money|3 millions d'euros|3000000|EUR"),
            QStringLiteral("count|3,05 millions|3050000|inscrits") });
    row("en/money/billion borrows the dollar", "en",
        QStringLiteral("Revenue was $24.6 billion, short of the 25.1 billion expected."),
        { QStringLiteral("money|$24.6 billion|24600000000|USD"),
            QStringLiteral("money|25.1 billion|25100000000|USD") });
    row("fr/number/la moitié", "fr", QStringLiteral("L'intérim explique près de la moitié de la hausse."),
        { QStringLiteral("number|la moitié|0.5||approx") });
    row("fr/number/un tiers", "fr", QStringLiteral("Un tiers des entreprises recrutent."),
        { QStringLiteral("number|Un tiers|0.3333||approx") });
    row("fr/number/un quart du capital", "fr", QStringLiteral("L'État détient un quart du capital."),
        { QStringLiteral("number|un quart|0.25|") });
    row("fr/number/plus des deux tiers", "fr", QStringLiteral("plus des deux tiers des votants"),
        { QStringLiteral("number|deux tiers|0.6667||approx") });
    row("en/number/nearly half of", "en", QStringLiteral("nearly half of the gains"),
        { QStringLiteral("number|half|0.5||approx") });
    row("en/number/two-thirds", "en", QStringLiteral("roughly two-thirds of output"),
        { QStringLiteral("number|two-thirds|0.6667||approx") });
    row("en/number/a third of", "en", QStringLiteral("a third of voters"),
        { QStringLiteral("number|a third|0.3333||approx") });
    row("en/not/a third term", "en", QStringLiteral("She won a third term."), {});
    row("en/not/first half", "en", QStringLiteral("Sales rose in the first half and the second half."), {});
    row("en/count/half a million still", "en", QStringLiteral("half a million people"),
        { QStringLiteral("count|half a million|500000|people") });
    row("en/multiplier/twice", "en", QStringLiteral("more than twice the 2.1% rate"),
        { QStringLiteral("multiplier|twice|2|x|more_than"), QStringLiteral("percent|2.1%|2.1|%") });
    row("fr/not/vers 11 heures", "fr", QStringLiteral("L'action gagnait 4,6 % vers 11 heures."),
        { QStringLiteral("percent|4,6 %|4.6|%") });
    row("fr/quantity/35 heures", "fr", QStringLiteral("le passage aux 35 heures"),
        { QStringLiteral("quantity|35 heures|35|hour") });
    row("fr/not/x86", "fr", QStringLiteral("les processeurs x86 et x86-64"), {});
    row("en/not/x64", "en", QStringLiteral("an x64 build"), {});
    row("en/multiplier/x18 still", "en", QStringLiteral("up x18 in a year"),
        { QStringLiteral("multiplier|x18|18|x") });
    row("en/not/9/11", "en", QStringLiteral("After 9/11, travel changed."), {});
    row("fr/multiplier/deux fois plus", "fr",
        QStringLiteral("Une valorisation presque deux fois plus élevée."),
        { QStringLiteral("multiplier|deux fois|2|x|approx") });
    row("fr/multiplier/une fois is once", "fr", QStringLiteral("Il a été élu une fois."), {});
    row("en/multiplier/three times", "en", QStringLiteral("Nearly three times the sector average."),
        { QStringLiteral("multiplier|three times|3|x|approx") });
    row("en/multiplier/at times", "en", QStringLiteral("At times the market sank."), {});
    row("fr/not/Bac+5", "fr", QStringLiteral("Un poste ouvert aux Bac+5 uniquement."), {});
    row("fr/not/n° de loi", "fr", QStringLiteral("La loi n° 2024-123 est parue."), {});
    row("en/not/Chapter 11", "en", QStringLiteral("The retailer filed for Chapter 11 protection."), {});
    row("en/not/G20", "en", QStringLiteral("At the G20 summit, leaders met."), {});
    row("en/not/Apollo 11", "en", QStringLiteral("Apollo 11 landed on the Moon."), {});
    row("en/money/won", "en", QStringLiteral("An operating profit of 9.1 trillion won ($6.8 billion)."),
        { QStringLiteral("money|9.1 trillion won|9100000000000|KRW"),
            QStringLiteral("money|$6.8 billion|6800000000|USD") });
    row("en/count/half a million", "en", QStringLiteral("Half a million people fled."),
        { QStringLiteral("count|Half a million|500000|people") });
    row("en/range/count then to", "en", QStringLiteral("It cut 300 jobs to 1,200 in total."),
        { QStringLiteral("count|300|300|jobs"), QStringLiteral("count|1,200|1200|jobs") });

    // ---- English numbers and traps
    row("en/not/GPT-5", "en", QStringLiteral("GPT-5 launched in August."), {});
    row("en/not/iPhone 15", "en", QStringLiteral("The iPhone 15 sold well."), {});
    row("en/not/Windows 11", "en", QStringLiteral("Windows 11 adoption is slow."), {});
    row("en/not/Python 3.11", "en", QStringLiteral("Upgrade to Python 3.11 first."), {});
    row("en/not/phone parenthesis", "en", QStringLiteral("Call (555) 123-4567 today."), {});
    row("en/not/phone dashes", "en", QStringLiteral("Call 555-123-4567 today."), {});
    row("en/not/phone short", "en", QStringLiteral("Dial 123-4567 now."), {});
    row("en/not/phone international", "en", QStringLiteral("Reach us on +44 20 7946 0958."), {});
    row("en/not/time am", "en", QStringLiteral("The vote opens at 10 a.m. sharp."), {});
    row("en/not/time pm glued", "en", QStringLiteral("Doors close at 6pm."), {});
    row("en/not/time colon", "en", QStringLiteral("The speech began at 9:45."), {});
    row("en/ordinal is a number", "en", QStringLiteral("It was the 21st attempt."),
        { QStringLiteral("number|21st|21|") });
    row("en/not/page", "en", QStringLiteral("See page 42 of the filing."), {});
    row("en/not/S&P 500", "en", QStringLiteral("The S&P 500 rose 1.1%."),
        { QStringLiteral("percent|1.1%|1.1|%") });
    row("en/not/Boeing 737", "en", QStringLiteral("A Boeing 737 was grounded."), {});
    row("en/not/F-35", "en", QStringLiteral("The F-35 program is over budget."), {});
    row("en/not/bare year", "en", QStringLiteral("The 2030 agenda was adopted."), {});
    row("en/not/IP address", "en", QStringLiteral("The server at 192.168.1.1 went down."), {});
    row("en/not/decade", "en", QStringLiteral("Prices last seen in the 1990s."), {});
    row("en/number/number 1", "en", QStringLiteral("It is the number 1 brand."),
        { QStringLiteral("number|1|1|") });
    row("en/number/unknown noun", "en", QStringLiteral("They sold 40 paintings."),
        { QStringLiteral("count|40|40|paintings") });
    row("en/number/comma list", "en", QStringLiteral("Groups 1, 2 and 3 voted."),
        { QStringLiteral("number|1|1|"), QStringLiteral("number|2|2|"), QStringLiteral("number|3|3|") });
    row("en/tenor/10-year bond", "en", QStringLiteral("A 10-year bond."), { QStringLiteral("quantity|10-year|10|year") });

    // ---- typography and Unicode
    row("fr/typo/plain space thousands", "fr", QStringLiteral("Un total de 1 234 567 votants."),
        { QStringLiteral("count|1 234 567|1234567|votants") });
    row("fr/typo/dot thousands", "fr", QStringLiteral("Une commande de 1.500 voitures."),
        { QStringLiteral("count|1.500|1500|voitures") });
    row("fr/typo/year then count not grouped", "fr", QStringLiteral("Dès 2019 300 salariés ont signé."),
        { QStringLiteral("count|300|300|salariés") });
    row("en/typo/thin space thousands", "en",
        QStringLiteral("A crowd of 45") + nsp + QStringLiteral("000 people."),
        { QStringLiteral("count|45") + nsp + QStringLiteral("000|45000|people") });
    row("en/typo/decimal comma is not English", "en", QStringLiteral("Scores 4,5 and 6 were dropped."),
        { QStringLiteral("number|4|4|"), QStringLiteral("number|5|5|"), QStringLiteral("number|6|6|") });
    row("fr/typo/emoji before", "fr", QStringLiteral("🚀 Les ventes montent de 12 %."),
        { QStringLiteral("percent|12 %|12|%") });
    row("fr/typo/combining accent before", "fr", QStringLiteral("Le cafe\u0301 coûte 3 euros."),
        { QStringLiteral("money|3 euros|3|EUR") });
    row("en/typo/emoji glued", "en", QStringLiteral("Stocks 📈12% today."),
        { QStringLiteral("percent|12%|12|%") });
    row("en/typo/a paragraph break ends the figure", "en",
        QStringLiteral("Revenue: 12\n\nbillion dollars later."), { QStringLiteral("number|12|12|") });
    row("fr/typo/huge number", "fr", QStringLiteral("Un nombre de 123456789012345678901234567890 grains."),
        { QStringLiteral("count|123456789012345678901234567890|123456789012345678901234567890|grains") });
    row("fr/typo/leading zeros", "fr", QStringLiteral("Le code 007 reste."),
        { QStringLiteral("number|007|7|") });
    row("fr/typo/trailing zeros", "fr", QStringLiteral("Un taux de 2,50 %."),
        { QStringLiteral("percent|2,50 %|2.5|%") });
    row("en/typo/fraction decimal", "en", QStringLiteral("Growth of 0.5% only."),
        { QStringLiteral("percent|0.5%|0.5|%") });
    row("en/typo/sentence end", "en", QStringLiteral("They hired 40 people."),
        { QStringLiteral("count|40|40|people") });
    row("fr/typo/guillemets", "fr", QStringLiteral("« 40 % » selon lui."),
        { QStringLiteral("percent|40 %|40|%") });

    // ---- Counted nouns of everyday news
    row("en/count/million openings", "en", QStringLiteral("There were 7.6 million openings in September."),
        { QStringLiteral("count|7.6 million|7600000|openings") });
    row("en/count/job openings", "en", QStringLiteral("Employers posted 7.2 million job openings."),
        { QStringLiteral("count|7.2 million|7200000|openings") });
    row("en/count/vacancies", "en", QStringLiteral("Britain had 717,000 vacancies."),
        { QStringLiteral("count|717,000|717000|vacancies") });
    row("en/count/two words before the noun", "en",
        QStringLiteral("The CDC counted 1,618 confirmed measles cases."),
        { QStringLiteral("count|1,618|1618|cases") });
    row("en/count/hospital beds", "en", QStringLiteral("Nearly 40,000 hospital beds were full."),
        { QStringLiteral("count|40,000|40000|beds|approx") });
    row("en/count/rebounds", "en", QStringLiteral("He had 37 points and 10 rebounds."),
        { QStringLiteral("quantity|37 points|37|points"), QStringLiteral("count|10|10|rebounds") });
    row("en/count/respondents", "en", QStringLiteral("The survey of 2,100 respondents."),
        { QStringLiteral("count|2,100|2100|respondents") });
    row("fr/count/hospitalisations", "fr", QStringLiteral("On compte 1 200 hospitalisations en une semaine."),
        { QStringLiteral("count|1 200|1200|hospitalisations") });
    row("fr/count/passages aux urgences", "fr", QStringLiteral("Il y a eu 1 234 passages aux urgences."),
        { QStringLiteral("count|1 234|1234|passages aux urgences") });
    row("fr/count/coureurs", "fr", QStringLiteral("Le marathon a réuni 54 000 coureurs."),
        { QStringLiteral("count|54 000|54000|coureurs") });
    row("fr/count/sondés", "fr", QStringLiteral("Parmi les 1 000 sondés, la moitié hésite."),
        { QStringLiteral("count|1 000|1000|sondés"), QStringLiteral("number|la moitié|0.5|") });
    row("fr/count/offres d'emploi", "fr", QStringLiteral("Il reste 350 000 offres d'emploi non pourvues."),
        { QStringLiteral("count|350 000|350000|offres d'emploi non pourvues") });
    row("fr/count/adjective first", "fr", QStringLiteral("Le plan vise 3 000 jeunes chômeurs."),
        { QStringLiteral("count|3 000|3000|chômeurs") });
    row("fr/count/véhicules électriques", "fr",
        QStringLiteral("Il a vendu 300 000 véhicules électriques neufs."),
        { QStringLiteral("count|300 000|300000|véhicules") });
    row("fr/quantity/°C", "fr", QStringLiteral("Il a fait 1,2 °C de plus que la normale."),
        { QStringLiteral("quantity|1,2 °C|1.2|°C") });
    row("en/quantity/°F", "en", QStringLiteral("It reached 104 °F in Phoenix."),
        { QStringLiteral("quantity|104 °F|104|°F") });
    row("fr/quantity/min", "fr", QStringLiteral("Il devance son rival de 6 min."),
        { QStringLiteral("quantity|6 min|6|minute") });

    // ---- Basis points: a percent in unit "bp", valued as written
    row("en/percent/bps glued", "en", QStringLiteral("Markets price a 25bps cut in December."),
        { QStringLiteral("percent|25bps|25|bp") });
    row("en/percent/basis-point", "en", QStringLiteral("a 50 basis-point hike"),
        { QStringLiteral("percent|50 basis-point|50|bp") });
    row("fr/percent/points de base", "fr", QStringLiteral("La BCE a abaissé ses taux de 25 points de base."),
        { QStringLiteral("percent|25 points de base|25|bp") });
    row("fr/percent/pb", "fr", QStringLiteral("Le spread s'est resserré de 12 pb."),
        { QStringLiteral("percent|12 pb|12|bp") });

    // ---- "points": percentage points when the sentence is about rates, else points
    row("fr/percent/point before the rate it moved", "fr",
        QStringLiteral("Le taux bondit de 1,6 point, à 19,9 %."),
        { QStringLiteral("percent|1,6 point|1.6|pp"), QStringLiteral("percent|19,9 %|19.9|%") });
    row("fr/percent/point then a percent later", "fr",
        QStringLiteral("Il recule de 0,3 point chez les seniors, à 5,1 %."),
        { QStringLiteral("percent|0,3 point|0.3|pp"), QStringLiteral("percent|5,1 %|5.1|%") });
    row("fr/percent/rate word alone", "fr",
        QStringLiteral("Le taux de chômage a augmenté de 0,2 point au troisième trimestre."),
        { QStringLiteral("percent|0,2 point|0.2|pp") });
    row("fr/quantity/index named after a percent", "fr",
        QStringLiteral("L'action a gagné 3,4 %, tandis que le CAC 40 a gagné 45 points à 7 450 points."),
        { QStringLiteral("percent|3,4 %|3.4|%"), QStringLiteral("quantity|45 points|45|points"),
            QStringLiteral("quantity|7 450 points|7450|points") });
    row("fr/quantity/index level before", "fr",
        QStringLiteral("Le Dax a fini à 24 000 points, en repli de 12 points sur la séance."),
        { QStringLiteral("quantity|24 000 points|24000|points"),
            QStringLiteral("quantity|12 points|12|points") });
    row("fr/quantity/sport points", "fr", QStringLiteral("Le club compte 31 points, deux de plus que Lyon."),
        { QStringLiteral("quantity|31 points|31|points") });
    row("fr/percent/points range in a poll", "fr",
        QStringLiteral("Dans ce sondage, la marge d'erreur est comprise entre 1,1 et 2,5 points."),
        { QStringLiteral("percent|1,1|1.1|pp|exact|low"),
            QStringLiteral("percent|2,5 points|2.5|pp|exact|high") });
    row("fr/percent/points de PIB", "fr", QStringLiteral("La dette a gagné 5 points de PIB."),
        { QStringLiteral("percent|5 points de PIB|5|pp") });
    row("en/quantity/Dow points then percent", "en",
        QStringLiteral("The Dow rose 85 points, or 0.2%, to 46,138."),
        { QStringLiteral("quantity|85 points|85|points"), QStringLiteral("percent|0.2%|0.2|%"),
            QStringLiteral("number|46,138|46138|") });
    row("en/percent/support slid points", "en", QStringLiteral("Labour's support slid 3 points in a month."),
        { QStringLiteral("percent|3 points|3|pp") });
    row("en/percent/points then a percent", "en", QStringLiteral("Turnout fell 4 points from 2020 to 62%."),
        { QStringLiteral("percent|4 points|4|pp"), QStringLiteral("percent|62%|62|%") });
    row("en/quantity/basketball points", "en", QStringLiteral("Doncic scored 37 points on Sunday."),
        { QStringLiteral("quantity|37 points|37|points") });

    // ---- Fractions of a percentage point
    row("en/percent/a quarter point", "en",
        QStringLiteral("The Fed cut rates by a quarter point last month."),
        { QStringLiteral("percent|a quarter point|0.25|pp") });
    row("en/percent/a quarter-point cut", "en", QStringLiteral("Markets expect a quarter-point cut."),
        { QStringLiteral("percent|a quarter-point|0.25|pp") });
    row("en/percent/half a percentage point", "en",
        QStringLiteral("Some officials argued for half a percentage point."),
        { QStringLiteral("percent|half a percentage point|0.5|pp") });
    row("en/percent/three-quarters of a point", "en",
        QStringLiteral("Yields rose nearly three-quarters of a point."),
        { QStringLiteral("percent|three-quarters of a point|0.75|pp|approx") });
    row("en/number/a quarter of still a fraction", "en", QStringLiteral("A quarter of voters are undecided."),
        { QStringLiteral("number|A quarter|0.25|") });
    row("en/not/the first half point", "en", QStringLiteral("It was the first half."), {});
    row("fr/percent/un quart de point", "fr", QStringLiteral("La BCE a relevé ses taux d'un quart de point."),
        { QStringLiteral("percent|un quart de point|0.25|pp") });
    row("fr/percent/un demi-point", "fr", QStringLiteral("Le taux a baissé d'un demi-point."),
        { QStringLiteral("percent|un demi-point|0.5|pp") });
    row("fr/percent/un demi-point de pourcentage", "fr",
        QStringLiteral("soit un demi-point de pourcentage de moins"),
        { QStringLiteral("percent|un demi-point de pourcentage|0.5|pp") });
    row("fr/not/un demi-siècle", "fr", QStringLiteral("Depuis un demi-siècle, rien n'a changé."), {});

    // ---- A bare number after a brand or a product line names a model
    row("fr/not/Renault 5 et Peugeot 208", "fr", QStringLiteral("La Renault 5 et la Peugeot 208 dominent."),
        {});
    row("fr/not/Fiat 500 and Clio 6", "fr", QStringLiteral("devant la Fiat 500 et la Clio 6 électrique"), {});
    row("fr/not/Ariane 6", "fr", QStringLiteral("Le lanceur Ariane 6 a décollé de Kourou."), {});
    row("fr/not/ligne 14", "fr", QStringLiteral("La ligne 14 transporte 1 million de voyageurs."),
        { QStringLiteral("count|1 million|1000000|voyageurs") });
    row("fr/count/brand then a counted figure", "fr",
        QStringLiteral("Renault 40 000 salariés en France, selon la CGT."),
        { QStringLiteral("count|40 000|40000|salariés") });
    row("fr/percent/brand then a percent", "fr", QStringLiteral("Action Renault 5 % plus haut."),
        { QStringLiteral("percent|5 %|5|%") });
    row("en/not/Falcon 9 and GTA 6", "en", QStringLiteral("A Falcon 9 launched while GTA 6 slipped."), {});
    row("en/money/brand then money", "en", QStringLiteral("Toyota $5 billion plan"),
        { QStringLiteral("money|$5 billion|5000000000|USD") });
    row("en/count/model and units", "en", QStringLiteral("The Switch 2 sold 10 million units."),
        { QStringLiteral("count|10 million|10000000|units") });

    // ---- A number compared with the figure just named is read in its unit
    row("fr/count/contre million borrows the count", "fr",
        QStringLiteral(
            "Les livraisons ont atteint 1,15 million de véhicules, contre 1,3 million un an plus tôt."),
        { QStringLiteral("count|1,15 million|1150000|véhicules"),
            QStringLiteral("count|1,3 million|1300000|véhicules") });
    row("fr/count/contre près de", "fr",
        QStringLiteral("Environ 450 000 postes restaient vacants, contre près de 500 000 en 2024."),
        { QStringLiteral("count|450 000|450000|postes|approx"),
            QStringLiteral("count|500 000|500000|postes|approx") });
    row("fr/count/dont", "fr", QStringLiteral("Le groupe emploie 248 000 salariés, dont 40 000 en France."),
        { QStringLiteral("count|248 000|248000|salariés"), QStringLiteral("count|40 000|40000|salariés") });
    row("fr/count/soit de plus", "fr",
        QStringLiteral("On compte 2,4 millions de chômeurs, soit 57 000 de plus."),
        { QStringLiteral("count|2,4 millions|2400000|chômeurs"),
            QStringLiteral("count|57 000|57000|chômeurs") });
    row("fr/percent/contre a bare rate", "fr",
        QStringLiteral("L'inflation atteint 1,2 %, contre 0,9 en mai."),
        { QStringLiteral("percent|1,2 %|1.2|%"), QStringLiteral("percent|0,9|0.9|%") });
    row("fr/number/contre an unknown noun", "fr",
        QStringLiteral("Le club compte 31 points, contre 3 défaites."),
        { QStringLiteral("quantity|31 points|31|points"), QStringLiteral("count|3|3|défaites") });
    row("fr/count/coordinated without a comparison word", "fr",
        QStringLiteral("Il a vendu 3 000 voitures et 200 en ligne."),
        { QStringLiteral("count|3 000|3000|voitures"), QStringLiteral("count|200|200|voitures") });
    row("en/money/against a price", "en",
        QStringLiteral("Shares rose to $36.67, against $35.10 a week earlier."),
        { QStringLiteral("money|$36.67|36.67|USD"), QStringLiteral("money|$35.10|35.1|USD") });
    row("en/count/up from", "en",
        QStringLiteral("Layoffs reached 1.8 million jobs, up from 1.6 million in August."),
        { QStringLiteral("count|1.8 million|1800000|jobs"),
            QStringLiteral("count|1.6 million|1600000|jobs") });
    row("en/number/a price lends no currency to millions", "en",
        QStringLiteral("Hourly pay rose to $36.67. Layoffs totaled 1.8 million."),
        { QStringLiteral("money|$36.67|36.67|USD"), QStringLiteral("number|1.8 million|1800000|") });

    // ---- Ranges
    row("en/range/currency before the low end", "en", QStringLiteral("Spending will reach $40-42 billion."),
        { QStringLiteral("money|$40|40000000000|USD|exact|low"),
            QStringLiteral("money|42 billion|42000000000|USD|exact|high") });
    row("en/range/£ bn", "en", QStringLiteral("a shortfall of £5-6bn"),
        { QStringLiteral("money|£5|5000000000|GBP|exact|low"),
            QStringLiteral("money|6bn|6000000000|GBP|exact|high") });
    row("en/range/$ to", "en", QStringLiteral("It costs between $2 and 3 million."),
        { QStringLiteral("money|$2|2000000|USD|exact|low"),
            QStringLiteral("money|3 million|3000000|USD|exact|high") });

    // ---- Ratios: a share of a population, read as a fraction
    row("fr/number/un Français sur trois", "fr",
        QStringLiteral("Un Français sur trois estime que tout va mal."),
        { QStringLiteral("number|Un Français sur trois|0.3333||approx") });
    row("fr/number/deux électeurs sur trois", "fr", QStringLiteral("Deux électeurs sur trois iront voter."),
        { QStringLiteral("number|Deux électeurs sur trois|0.6667||approx") });
    row("fr/number/près d'un jeune sur quatre", "fr",
        QStringLiteral("près d'un jeune sur quatre est au chômage"),
        { QStringLiteral("number|un jeune sur quatre|0.25||approx") });
    row("fr/number/un sur dix", "fr", QStringLiteral("Un adulte sur dix a eu la grippe."),
        { QStringLiteral("number|Un adulte sur dix|0.1|") });
    row("fr/number/1 sur 5 in digits", "fr",
        QStringLiteral("Un salarié sur 5 télétravaille, et 1 sur 4 en Île-de-France."),
        { QStringLiteral("number|Un salarié sur 5|0.2|"), QStringLiteral("number|1 sur 4|0.25|") });
    row("fr/not/plan sur trois ans", "fr", QStringLiteral("Un plan sur trois ans a été voté."), {});
    row("fr/not/sur 3 ans", "fr", QStringLiteral("Un plan sur 3 ans."),
        { QStringLiteral("quantity|3 ans|3|year") });
    row("en/number/one in three adults", "en", QStringLiteral("About one in three adults is worried."),
        { QStringLiteral("number|one in three|0.3333||approx") });
    row("en/number/1 in 4 adults", "en", QStringLiteral("1 in 4 adults has high blood pressure."),
        { QStringLiteral("number|1 in 4|0.25|") });
    row("en/number/one in 100", "en", QStringLiteral("It affects one in 100 people."),
        { QStringLiteral("number|one in 100|0.01|") });
    // ---- Counted nouns by grammar: a plural noun phrase after the number, whatever the noun.
    row("fr/count/grammar plural", "fr", QStringLiteral("La commune compte désormais 14 éoliennes."),
        { QStringLiteral("count|14|14|éoliennes") });
    row("en/count/grammar plural", "en", QStringLiteral("The chain shut 62 cinemas across the region."),
        { QStringLiteral("count|62|62|cinemas") });
    row("en/count/proper noun modifier", "en", QStringLiteral("About 40,000 Paris commuters were stranded."),
        { QStringLiteral("count|40,000|40000|Paris commuters|approx") });
    row("fr/count/complement with de", "fr", QStringLiteral("La ville ouvrira 15 bureaux de vote."),
        { QStringLiteral("count|15|15|bureaux de vote") });
    row("fr/count/avions de ligne", "fr", QStringLiteral("La compagnie a commandé 30 avions de ligne."),
        { QStringLiteral("count|30|30|avions de ligne") });
    row("fr/count/scale noun counts nothing without de", "fr",
        QStringLiteral("Les 500 milliards évoqués par le ministre restent flous."),
        { QStringLiteral("number|500 milliards|500000000000|") });
    row("fr/count/scale noun counts after de", "fr", QStringLiteral("La région compte 3 millions d'habitants."),
        { QStringLiteral("count|3 millions|3000000|habitants") });
    row("en/count/scale word counts a bare noun", "en", QStringLiteral("The region has 3 million residents."),
        { QStringLiteral("count|3 million|3000000|residents") });
    row("fr/count/ici is no complement", "fr",
        QStringLiteral("Le groupe supprimera 1 200 postes d'ici la fin de l'année."),
        { QStringLiteral("count|1 200|1200|postes") });
    row("fr/count/no complement before a determiner", "fr",
        QStringLiteral("Il reste 200 ouvriers de l'usine."), { QStringLiteral("count|200|200|ouvriers") });
    row("en/count/x plural is French only", "en", QStringLiteral("The mayor opened 3 new boxes of files."),
        { QStringLiteral("count|3|3|new boxes") });
    row("en/count/noun first", "en", QStringLiteral("Monthly payroll gains of 175,000 were reported."),
        { QStringLiteral("count|175,000|175000|gains") });
    row("fr/count/noun first", "fr", QStringLiteral("Des ventes de 51 200 ont été enregistrées."),
        { QStringLiteral("count|51 200|51200|ventes") });
    row("fr/count/subject before a verb", "fr",
        QStringLiteral("Les inscriptions atteignent 51 200 cette année."),
        { QStringLiteral("count|51 200|51200|inscriptions") });
    row("fr/count/subject with adjectives", "fr",
        QStringLiteral("Les emplois industriels du secteur augmentent à 4 300."),
        { QStringLiteral("count|4 300|4300|emplois") });
    row("en/count/subject before a verb", "en", QStringLiteral("New home sales rose to 930,000 last month."),
        { QStringLiteral("count|930,000|930000|sales") });
    row("fr/count/singular subject is none", "fr", QStringLiteral("Le chômage augmente de 12 000."),
        { QStringLiteral("number|12 000|12000|") });
    row("en/count/singular subject is none", "en", QStringLiteral("The index rose to 4,500."),
        { QStringLiteral("number|4,500|4500|") });
    // ---- A title's amount takes the currency the body gives the same amount.
    row("fr/money/title amount named later", "fr",
        QStringLiteral("Le rachat à 4 milliards\n\nLe groupe paiera 4 milliards d'euros."),
        { QStringLiteral("money|4 milliards|4000000000|EUR"),
            QStringLiteral("money|4 milliards d'euros|4000000000|EUR") });
    row("en/money/title amount named later", "en",
        QStringLiteral("The $2 billion bet\n\nA deal at 7 billion, then 7 billion dollars."),
        { QStringLiteral("money|$2 billion|2000000000|USD"), QStringLiteral("money|7 billion|7000000000|USD"),
            QStringLiteral("money|7 billion dollars|7000000000|USD") });
    row("fr/number/scaled amount never named", "fr", QStringLiteral("La ville compte 2 millions."),
        { QStringLiteral("number|2 millions|2000000|") });
    // Near-misses: function words, singulars, capitals and rates are no counted nouns.
    row("en/count/not a function word", "en", QStringLiteral("The index rose to 4,500 this morning."),
        { QStringLiteral("number|4,500|4500|") });
    row("en/count/not after as", "en", QStringLiteral("It ended at 12 as expected."),
        { QStringLiteral("number|12|12|") });
    row("fr/count/not a preposition", "fr", QStringLiteral("Il en reste 12 depuis la fusion."),
        { QStringLiteral("number|12|12|") });
    row("en/count/not a singular", "en", QStringLiteral("The score was 12 overall."),
        { QStringLiteral("number|12|12|") });
    row("en/count/not a capitalised word", "en", QStringLiteral("The team won 12 Grammys before."),
        { QStringLiteral("number|12|12|") });
    row("fr/count/noun first not a rate", "fr", QStringLiteral("Le pays applique des taux de 150 au total."),
        { QStringLiteral("number|150|150|") });
    row("en/count/noun first needs a plural", "en", QStringLiteral("A score of 150 was enough."),
        { QStringLiteral("number|150|150|") });
    // ---- Minus signs typeset as an en dash or U+2212, right before a digit.
    row("fr/percent/en dash minus", "fr", QStringLiteral("Les ventes reculent de \u20133,2 % sur un an."),
        { QStringLiteral("percent|\u20133,2 %|-3.2|%") });
    row("en/percent/minus sign", "en", QStringLiteral("Output changed by \u22125.2% in May 2025."),
        { QStringLiteral("percent|\u22125.2%|-5.2|%") });
    row("en/number/en dash range is no sign", "en", QStringLiteral("Expect 2\u20133 delays."),
        { QStringLiteral("count|2|2|delays|exact|low"), QStringLiteral("count|3|3|delays|exact|high") });
    // ---- Currency sub-units glued to the number.
    row("en/money/pence glued", "en", QStringLiteral("Petrol rose to 133.5p a litre."),
        { QStringLiteral("money|133.5p|1.335|GBP") });
    row("en/money/cent sign", "en", QStringLiteral("The app costs 99\u00A2 now."),
        { QStringLiteral("money|99\u00A2|0.99|USD") });
    row("fr/money/pence glued", "fr", QStringLiteral("Le litre est passé à 85p outre-Manche."),
        { QStringLiteral("money|85p|0.85|GBP") });
    row("en/not/p after a space is no pence", "en", QStringLiteral("See 12 p of the report."),
        { QStringLiteral("number|12|12|") });
    // ---- French basis points.
    row("fr/percent/pdb", "fr", QStringLiteral("La BCE relève ses taux de 25 pdb."),
        { QStringLiteral("percent|25 pdb|25|bp") });
    row("fr/percent/points de base", "fr", QStringLiteral("Le spread gagne 12 points de base."),
        { QStringLiteral("percent|12 points de base|12|bp") });
    // ---- A count glued by a hyphen: "13-member alliance".
    row("en/count/hyphen noun", "en", QStringLiteral("The 13-member alliance met."),
        { QStringLiteral("count|13-member|13|member") });
    // A tenor or a length of time joined by a hyphen is a duration written with digits, as "à 10 ans".
    row("en/tenor/hyphen tenor", "en", QStringLiteral("The 30-year bond yield rose."),
        { QStringLiteral("quantity|30-year|30|year") });
    row("en/tenor/hyphenated durations", "en", QStringLiteral("A 24-hour strike hit shares near a 52-week low."),
        { QStringLiteral("quantity|24-hour|24|hour"), QStringLiteral("quantity|52-week|52|week") });
    row("fr/tenor/OAT à 10 ans", "fr", QStringLiteral("Le taux de l'OAT à 10 ans atteint 3,1 %."),
        { QStringLiteral("quantity|10 ans|10|year"), QStringLiteral("percent|3,1 %|3.1|%") });
    // An age stays out for now: where its span would end ("45-year-old") no guideline says.
    row("en/not/hyphen age", "en", QStringLiteral("A 45-year-old driver was hurt."), {});
    // ---- Form and model names: a number, a hyphen and capitals that name no unit ("10-K").
    row("en/not/form names after a hyphen", "en",
        QStringLiteral("The miner filed its 10-K late, then an 8-K and a 10-Q."), {});
    row("en/not/3-D model", "en", QStringLiteral("Engineers printed a 3-D model of the lock."), {});
    row("fr/not/form name after a hyphen", "fr",
        QStringLiteral("Le groupe a déposé son formulaire 20-F auprès du régulateur."), {});
    row("en/form name next to a figure", "en",
        QStringLiteral("The 10-K shows sales up 7% to 2 billion dollars."),
        { QStringLiteral("percent|7%|7|%"), QStringLiteral("money|2 billion dollars|2000000000|USD") });
    row("fr/range/hyphen before capitals of a unit stays a figure", "fr",
        QStringLiteral("Une hausse de 2-3 % puis 4-5 GW installés."),
        { QStringLiteral("percent|2|2|%|exact|low"), QStringLiteral("percent|3 %|3|%|exact|high"),
            QStringLiteral("quantity|4|4|GW|exact|low"), QStringLiteral("quantity|5 GW|5|GW|exact|high") });
    // ---- Singular and per-hectare units.
    row("en/quantity/barrel per day singular", "en",
        QStringLiteral("It removes the 50,000 barrel per day rise."),
        { QStringLiteral("quantity|50,000 barrel per day|50000|b/d") });
    row("fr/quantity/yield per hectare", "fr", QStringLiteral("Le rendement atteint 7,2 t/ha cette année."),
        { QStringLiteral("quantity|7,2 t/ha|7.2|t/ha") });
    row("en/quantity/yield per hectare", "en", QStringLiteral("Yields averaged 6.9 t/ha in the north."),
        { QStringLiteral("quantity|6.9 t/ha|6.9|t/ha") });
    // ---- Units as a model: one canonical spelling in both languages, SI prefixes composed.
    row("fr/quantity/Mt is a scale of t", "fr", QStringLiteral("La récolte atteint 2,5 Mt de blé."),
        { QStringLiteral("quantity|2,5 Mt|2500000|t") });
    row("en/quantity/kt is a scale of t", "en", QStringLiteral("Exports reached 3 kt in May 2025."),
        { QStringLiteral("quantity|3 kt|3000|t") });
    row("fr/quantity/tonnes are t", "fr", QStringLiteral("Il a livré 40 tonnes de farine."),
        { QStringLiteral("quantity|40 tonnes|40|t") });
    row("en/quantity/metric tons are t", "en", QStringLiteral("It shipped 40 metric tons of flour."),
        { QStringLiteral("quantity|40 metric tons|40|t") });
    row("fr/quantity/TWh keeps its prefix", "fr", QStringLiteral("Le parc a produit 1,2 TWh."),
        { QStringLiteral("quantity|1,2 TWh|1.2|TWh") });
    row("en/quantity/terawatt-hours are TWh", "en", QStringLiteral("The fleet produced 1.2 terawatt-hours."),
        { QStringLiteral("quantity|1.2 terawatt-hours|1.2|TWh") });
    row("fr/quantity/composed prefix", "fr", QStringLiteral("Le réseau a stocké 3 GWc de plus."),
        { QStringLiteral("quantity|3 GWc|3|GWc") });
    row("fr/quantity/degrés are °C", "fr", QStringLiteral("Il a fait 38,5 degrés à Nîmes."),
        { QStringLiteral("quantity|38,5 degrés|38.5|°C") });
    row("fr/quantity/°C", "fr", QStringLiteral("Il a fait 38,5 °C à Nîmes."),
        { QStringLiteral("quantity|38,5 °C|38.5|°C") });
    row("en/quantity/per-unit composed", "en", QStringLiteral("Panels yield 180 kWh/m² a year."),
        { QStringLiteral("quantity|180 kWh/m²|180|kWh/m²") });
    row("fr/quantity/duration jours", "fr", QStringLiteral("La grève a duré 12 jours."),
        { QStringLiteral("quantity|12 jours|12|day") });
    row("en/quantity/duration months", "en", QStringLiteral("The audit took 4.5 months."),
        { QStringLiteral("quantity|4.5 months|4.5|month") });
    row("fr/quantity/barils par jour", "fr", QStringLiteral("Le pays pompe 400 000 barils par jour."),
        { QStringLiteral("quantity|400 000 barils par jour|400000|b/d") });
    row("en/quantity/b/d", "en", QStringLiteral("The field pumps 400,000 b/d."),
        { QStringLiteral("quantity|400,000 b/d|400000|b/d") });
    // Near-misses: "m" alone is metres, not a scale; "5G" is no unit.
    row("fr/quantity/m alone is metres", "fr", QStringLiteral("La tour mesure 300 m de haut."),
        { QStringLiteral("quantity|300 m|300|m") });
    row("en/not/5G", "en", QStringLiteral("The 5G rollout continues."), {});
    // ---- Names and page furniture are no figures.
    row("fr/not/programme name", "fr", QStringLiteral("Le plan France 2030 a financé 40 projets."),
        { QStringLiteral("count|40|40|projets") });
    row("fr/not/TV channel", "fr", QStringLiteral("L'émission diffusée sur France 5 a fait réagir."), {});
    row("en/not/numbered district", "en", QStringLiteral("Voters in District 9 went to the polls."), {});
    row("fr/not/league", "fr", QStringLiteral("Le club joue en Ligue 1 cette saison."), {});
    row("fr/not/lone counter line", "fr", QStringLiteral("Partager\n0\nLe texte commence ici."), {});
    row("en/not/name opening a sentence", "en", QStringLiteral("Turnout was high. District 9 reported late."),
        {});
    row("fr/not/département in parentheses", "fr",
        QStringLiteral("Un incendie a touché Albi (81) hier soir."), {});
    row("en/number/modifier opening a sentence", "en", QStringLiteral("It rose. Nearly 300 attended."),
        { QStringLiteral("number|300|300||approx") });
    row("fr/number/preposition opening a sentence", "fr", QStringLiteral("Le plan change. Pour 2026, rien."),
        {});
    row("fr/percent/in parentheses is a figure", "fr",
        QStringLiteral("La hausse des ventes (12 %) surprend."), { QStringLiteral("percent|12 %|12|%") });
    row("en/number/sentence start capital is no name", "en", QStringLiteral("Groups 1 and 2 met."),
        { QStringLiteral("number|1|1|"), QStringLiteral("number|2|2|") });
    row("en/not/a vote in three weeks", "en", QStringLiteral("There will be a vote in three weeks."), {});
    row("en/not/a hat-trick in three games", "en", QStringLiteral("He scored a hat-trick in three games."),
        {});

    // ---- Counts of a model: the model's name is the unit, its number no figure
    row("fr/count/model Boeing 787", "fr", QStringLiteral("La compagnie a reçu 8 Boeing 787 en juin."),
        { QStringLiteral("count|8|8|Boeing 787") });
    row("en/count/model with a noun", "en", QStringLiteral("The carrier ordered 12 Airbus A350-1000 jets."),
        { QStringLiteral("count|12|12|Airbus A350-1000 jets") });
    row("fr/count/two models", "fr", QStringLiteral("Le garage a vendu 2 Renault 5 et 3 Peugeot 208."),
        { QStringLiteral("count|2|2|Renault 5"), QStringLiteral("count|3|3|Peugeot 208") });
    row("en/count/two-word model name", "en", QStringLiteral("The city leased 40 Tesla Model 3 cars."),
        { QStringLiteral("count|40|40|Tesla Model 3 cars") });
    row("en/count/model variant in capitals and digits", "en",
        QStringLiteral("The lessor placed 12 Boeing 737 MAX 10 aircraft with carriers."),
        { QStringLiteral("count|12|12|Boeing 737 MAX 10 aircraft") });
    row("en/count/model variant stops before a figure", "en",
        QStringLiteral("It flew 2 Airbus A321 XLR 4,000 miles."),
        { QStringLiteral("count|2|2|Airbus A321 XLR"), QStringLiteral("quantity|4,000 miles|4000|mi") });
    row("fr/count/designation alone", "fr", QStringLiteral("La compagnie a reçu 12 A321XLR et 4 A350-1000."),
        { QStringLiteral("count|12|12|A321XLR"), QStringLiteral("count|4|4|A350-1000") });
    row("en/count/type number and variant", "en",
        QStringLiteral("Deliveries included 44 737 MAXs and 30 787-9s."),
        { QStringLiteral("count|44|44|737 MAXs"), QStringLiteral("count|30|30|787-9s") });
    row("en/not/model/a type number before its variant", "en",
        QStringLiteral("Output of the 737 MAX rose, and seven 787 Dreamliners left the plant."), {});
    row("en/not/model count/capitals without digits", "en", QStringLiteral("It hired 45 CEOs last year."),
        { QStringLiteral("number|45|45|") });
    row("en/not/model count/a year after a name", "en",
        QStringLiteral("Officials counted 3 Emmy 2024 nominations."), { QStringLiteral("number|3|3|") });
    row("fr/not/model count/a name without designation", "fr",
        QStringLiteral("L'armée a reçu 3 Rafale hier."), { QStringLiteral("number|3|3|") });
    // ---- A table's caption, column header or row label gives its cells their unit and scale.
    row("en/table/caption in £ millions", "en",
        QStringLiteral(
            "Group results (in £ millions)\n\n            2025     2024\nSales      1,240    1,105\n"),
        { QStringLiteral("money|1,240|1240000000|GBP"), QStringLiteral("money|1,105|1105000000|GBP") });
    row("fr/table/header En M€", "fr",
        QStringLiteral("En M€          S1 2025    S1 2024\nVentes           3 118      2 954\nDette nette    "
                       "  –410       –385\n"),
        { QStringLiteral("money|3 118|3118000000|EUR"), QStringLiteral("money|2 954|2954000000|EUR"),
            QStringLiteral("money|–410|-410000000|EUR"), QStringLiteral("money|–385|-385000000|EUR") });
    row("fr/table/en millions d'euros and a tab", "fr",
        QStringLiteral("Chiffres clés, en millions d'euros\nRésultat net\t88\t61\n"),
        { QStringLiteral("money|88|88000000|EUR"), QStringLiteral("money|61|61000000|EUR") });
    row("en/table/in $ billions", "en",
        QStringLiteral("Quarterly revenue (in $ billions)\nCloud      12.4     10.9\n"),
        { QStringLiteral("money|12.4|12400000000|USD"), QStringLiteral("money|10.9|10900000000|USD") });
    row("fr/table/row label (Md$)", "fr", QStringLiteral("Investissements (Md$)    4,2    3,8\n"),
        { QStringLiteral("money|4,2|4200000000|USD"), QStringLiteral("money|3,8|3800000000|USD") });
    row("fr/table/en points", "fr",
        QStringLiteral("Contributions à la croissance (en points)\nExportations      +0,4      –0,2\n"),
        { QStringLiteral("percent|+0,4|0.4|pp"), QStringLiteral("percent|–0,2|-0.2|pp") });
    row("en/table/percent column", "en", QStringLiteral("Turnout (in %)\nNorth     61.2     58.9\n"),
        { QStringLiteral("percent|61.2|61.2|%"), QStringLiteral("percent|58.9|58.9|%") });
    row("en/not/table/prose stops the search", "en",
        QStringLiteral(
            "Sales were (in $ billions) stable.\nThe firm opened new stores.\nNorth     45     38\n"),
        { QStringLiteral("number|45|45|"), QStringLiteral("number|38|38|") });
    row("en/not/table/a scale after a number declares nothing", "en",
        QStringLiteral("Revenue rose to 5 million dollars.\nStores     45     38\n"),
        { QStringLiteral("money|5 million dollars|5000000|USD"), QStringLiteral("number|45|45|"),
            QStringLiteral("number|38|38|") });
    row("fr/not/table/a single space is no cell", "fr",
        QStringLiteral("En M€\nLe groupe compte 45 magasins et 12 entrepôts.\n"),
        { QStringLiteral("count|45|45|magasins"), QStringLiteral("count|12|12|entrepôts") });
    // ---- A dash spaced before and glued to its digit is a minus sign; columns are no range.
    row("fr/range/a dash glued to the second number is its sign", "fr",
        QStringLiteral("Les écarts vont de +0,3 –0,5 selon les mois."),
        { QStringLiteral("number|+0,3|0.3|"), QStringLiteral("number|–0,5|-0.5|") });
    row("en/range/spaced dash is still a range", "en", QStringLiteral("Growth of 2 – 3% is expected."),
        { QStringLiteral("percent|2|2|%|exact|low"), QStringLiteral("percent|3%|3|%|exact|high") });
    // ---- A unit joined to its number by a hyphen ("a 300-MW plant") is the number's unit.
    row("en/hyphen unit/MW", "en", QStringLiteral("The utility will build a 300-MW solar farm."),
        { QStringLiteral("quantity|300-MW|300|MW") });
    row("en/hyphen unit/km", "en", QStringLiteral("Crews repaired a 12-km stretch of track."),
        { QStringLiteral("quantity|12-km|12|km") });
    row("en/hyphen unit/litre and metre", "en", QStringLiteral("A 55-litre tank sits on a 3-metre wall."),
        { QStringLiteral("quantity|55-litre|55|l"), QStringLiteral("quantity|3-metre|3|m") });
    row("fr/hyphen unit/MW", "fr", QStringLiteral("Le parc compte des éoliennes de 15-MW au large."),
        { QStringLiteral("quantity|15-MW|15|MW") });
    row("en/hyphen unit/a tenor", "en", QStringLiteral("The 20-year bond rallied."),
        { QStringLiteral("quantity|20-year|20|year") });
    row("en/not/hyphen unit/a form's letter", "en", QStringLiteral("It filed its 10-K late."), {});
    // ---- Units read as a model: glued millimetres, a glued capital C, per-second flows, Mb/d.
    row("en/unit/glued mm", "en", QStringLiteral("Some villages had 118mm of rain overnight."),
        { QStringLiteral("quantity|118mm|118|mm") });
    row("en/unit/glued C is Celsius", "en", QStringLiteral("Highs of 12C in the west, 15.4C in the south."),
        { QStringLiteral("quantity|12C|12|°C"), QStringLiteral("quantity|15.4C|15.4|°C") });
    row("en/not/unit/a spaced capital is no Celsius", "en", QStringLiteral("Pupils in year 5 C passed."),
        { QStringLiteral("number|5|5|") });
    row("fr/unit/m3/s", "fr", QStringLiteral("Le débit du fleuve tombe à 48 m3/s."),
        { QStringLiteral("quantity|48 m3/s|48|m³/s") });
    row("fr/unit/Mb/j scaled", "fr", QStringLiteral("Le royaume produira 10,1 Mb/j en décembre."),
        { QStringLiteral("quantity|10,1 Mb/j|10100000|b/d") });
    row("en/unit/mb/d and kb/d scaled", "en",
        QStringLiteral("Its target rises to 9.98 mb/d, or 400 kb/d more."),
        { QStringLiteral("quantity|9.98 mb/d|9980000|b/d"), QStringLiteral("quantity|400 kb/d|400000|b/d") });
    row("fr/not/unit/an elided article is no litre", "fr",
        QStringLiteral("Le groupe en a livré 766 l'année précédente."),
        { QStringLiteral("number|766|766|") });
    // ---- Times with a zone, grade codes and numbered places are no figures.
    row("en/not/time with a zone", "en", QStringLiteral("Shares rose 2% by 0917 GMT."),
        { QStringLiteral("percent|2%|2|%") });
    row("en/time zone/a count stays a count", "en", QStringLiteral("Fans bought 1430 tickets."),
        { QStringLiteral("count|1430|1430|tickets") });
    row("fr/not/grade code after a hyphen", "fr", QStringLiteral("Le sans-plomb 95-E10 coûte 1,70 €."),
        { QStringLiteral("money|1,70 €|1.7|EUR") });
    row("fr/not/numbered polling station", "fr", QStringLiteral("Dans le bureau 12, la liste obtient 61 %."),
        { QStringLiteral("percent|61 %|61|%") });
    row("en/not/numbered ward", "en", QStringLiteral("In ward 3, turnout was 31%."),
        { QStringLiteral("percent|31%|31|%") });
    row("fr/numbered noun/a unit makes it a figure again", "fr",
        QStringLiteral("Il passe au bureau 3 jours par semaine."),
        { QStringLiteral("quantity|3 jours|3|day") });
    // ---- A whole number without a unit, in the sentence of a count, counts the same thing.
    row("fr/count carry/seats after a colon", "fr",
        QStringLiteral("Répartition des 49 sièges : 33 pour la majorité, 9 pour l'opposition."),
        { QStringLiteral("count|49|49|sièges"), QStringLiteral("count|33|33|sièges"),
            QStringLiteral("count|9|9|sièges") });
    row("en/count carry/votes of a rival", "en",
        QStringLiteral("She took 2,115 votes (48.2%), ahead of the Greens on 1,407 (32.1%)."),
        { QStringLiteral("count|2,115|2115|votes"), QStringLiteral("percent|48.2%|48.2|%"),
            QStringLiteral("count|1,407|1407|votes"), QStringLiteral("percent|32.1%|32.1|%") });
    row("en/count carry/before a verb", "en",
        QStringLiteral("Some 5,210 ballots were cast and 31 were spoiled."),
        { QStringLiteral("count|5,210|5210|ballots|approx"), QStringLiteral("count|31|31|ballots") });
    row("en/count carry/across a hard wrap", "en",
        QStringLiteral("About 12,000 homes in the county were still cut off on Sunday, down\nfrom a peak of "
                       "30,000 overnight."),
        { QStringLiteral("count|12,000|12000|homes|approx"), QStringLiteral("count|30,000|30000|homes") });
    row("fr/count carry/compared after a year", "fr",
        QStringLiteral("Le chantier a livré 412 logements en 2025, contre 388 l'an passé."),
        { QStringLiteral("count|412|412|logements"), QStringLiteral("count|388|388|logements") });
    row("en/count carry/part of a whole", "en", QStringLiteral("The party won 31 of the 54 seats."),
        { QStringLiteral("count|31|31|seats"), QStringLiteral("count|54|54|seats") });
    row("fr/count carry/part of a whole", "fr", QStringLiteral("La compagnie exploite 22 de ses 29 lignes."),
        { QStringLiteral("count|22|22|lignes"), QStringLiteral("count|29|29|lignes") });
    row("en/count carry/all of the noun", "en", QStringLiteral("The party lost all 9 of the seats it held."),
        { QStringLiteral("count|9|9|seats") });
    row("fr/count/hyphenated compound plural", "fr",
        QStringLiteral("Le réseau compte 3 300 stations-service."),
        { QStringLiteral("count|3 300|3300|stations-service") });
    row("en/not/count carry/a decimal stays a number", "en",
        QStringLiteral("The 120 bidders left a ratio of 2.58 this time."),
        { QStringLiteral("count|120|120|bidders"), QStringLiteral("number|2.58|2.58|") });
    row("en/not/count carry/another sentence", "en",
        QStringLiteral("The firm has 45 stores. Its rank was 7 on the list."),
        { QStringLiteral("count|45|45|stores"), QStringLiteral("number|7|7|") });
    row("en/not/count carry/after a title line", "en",
        QStringLiteral("Fire crews called to 14 farms\nThe index stood at 7 on Monday."),
        { QStringLiteral("count|14|14|farms"), QStringLiteral("number|7|7|") });
    // ---- A scaled amount without a unit takes the unit of the last large quantity or count named.
    row("en/scale carry/quantity", "en",
        QStringLiteral("The crop is put at 4.3 billion bushels, below the trade estimate of 4.4 billion."),
        { QStringLiteral("quantity|4.3 billion bushels|4300000000|bushels"),
            QStringLiteral("quantity|4.4 billion|4400000000|bushels") });
    row("fr/scale carry/quantity", "fr",
        QStringLiteral("Les stocks gagnent 2,8 millions de barils, à 427,5 millions."),
        { QStringLiteral("quantity|2,8 millions de barils|2800000|bbl"),
            QStringLiteral("quantity|427,5 millions|427500000|bbl") });
    row("fr/not/scale carry/a small count lends nothing", "fr",
        QStringLiteral("Le groupe emploie 12 000 salariés et vise 4 milliards."),
        { QStringLiteral("count|12 000|12000|salariés"), QStringLiteral("number|4 milliards|4000000000|") });
    // ---- Ordinals with a digit are numbers; a decade's "s" is no ordinal.
    row("en/ordinal/straight month", "en", QStringLiteral("Prices rose for the 27th straight month."),
        { QStringLiteral("number|27th|27|") });
    row("fr/ordinal/circonscription", "fr", QStringLiteral("Dans la 3e circonscription, l'écart est faible."),
        { QStringLiteral("number|3e|3|") });
    row("fr/ordinal/ème after a count", "fr",
        QStringLiteral("Le club a gagné 12 matchs, pour la 4ème saison consécutive."),
        { QStringLiteral("count|12|12|matchs"), QStringLiteral("number|4ème|4|") });
    row("en/not/ordinal/a decade", "en", QStringLiteral("Rates were last this high in the 1990s."), {});
    row("en/not/ordinal/a code", "en", QStringLiteral("The 4G network covers the valley."), {});
    // ---- Fahrenheit glued, inches, hectolitres scaled.
    row("en/unit/glued F", "en", QStringLiteral("Waters near 30C (86F) feed the storm."),
        { QStringLiteral("quantity|30C|30|°C"), QStringLiteral("quantity|86F|86|°F") });
    row("en/unit/inches", "en", QStringLiteral("Up to 8 inches of rain may fall."),
        { QStringLiteral("quantity|8 inches|8|inches|up_to") });
    row("fr/unit/Mhl scaled", "fr",
        QStringLiteral("La récolte atteindrait 37,4 Mhl, ou 37,4 millions d'hectolitres."),
        { QStringLiteral("quantity|37,4 Mhl|37400000|hl"),
            QStringLiteral("quantity|37,4 millions d'hectolitres|37400000|hl") });
    // ---- A table row above lends its label to no other row; a row naming its own unit keeps it.
    row("en/table/rows above lend nothing", "en",
        QStringLiteral("                  2025     2024\nSales ($ mln)    1,240    1,105\nOutput (kboe/d)  "
                       "2,115    2,046\nStaff            8,100    7,900\n"),
        { QStringLiteral("money|1,240|1240000000|USD"), QStringLiteral("money|1,105|1105000000|USD"),
            QStringLiteral("number|2,115|2115|"), QStringLiteral("number|2,046|2046|"),
            QStringLiteral("number|8,100|8100|"), QStringLiteral("number|7,900|7900|") });
    // ---- "over" after a verb it belongs to is no bound; a far money amount lends its currency.
    row("en/modifier/handed over is exact", "en", QStringLiteral("Airbus handed over 61 aircraft in May."),
        { QStringLiteral("count|61|61|aircraft") });
    row("en/modifier/over is still a bound", "en",
        QStringLiteral("Airbus delivered over 61 aircraft in May."),
        { QStringLiteral("count|61|61|aircraft|more_than") });
    row("fr/scale carry/money paragraphs before", "fr",
        QStringLiteral("Le chiffre d'affaires atteint 3,2 Md€.\n\nLa marge gagne 0,4 point.\n\n"
                       "Le groupe vise un résultat supérieur à 1,1 milliard."),
        { QStringLiteral("money|3,2 Md€|3200000000|EUR"), QStringLiteral("percent|0,4 point|0.4|pp"),
            QStringLiteral("money|1,1 milliard|1100000000|EUR|more_than") });
    row("en/not/scale carry/a quantity named last", "en",
        QStringLiteral(
            "Sales reached $3.2 billion.\n\nThe mine shipped 12 million tonnes.\n\nIt aims for 14 million."),
        { QStringLiteral("money|$3.2 billion|3200000000|USD"),
            QStringLiteral("quantity|12 million tonnes|12000000|t"),
            QStringLiteral("number|14 million|14000000|") });
    row("en/unit/nautical miles", "en", QStringLiteral("The jet has a range of 4,700 nautical miles."),
        { QStringLiteral("quantity|4,700 nautical miles|4700|nautical miles") });
    // ---- A figure broken by a hard line wrap is one figure: a single line break inside it, the
    // next line going on with the figure (not a blank line, not a capitalised word of its own).
    row("en/wrap/scale and currency on the next line", "en",
        QStringLiteral("The insurer said claims rose by 2.3\nbillion euros over the summer."),
        { QStringLiteral("money|2.3\nbillion euros|2300000000|EUR") });
    row("fr/wrap/scale on the next line", "fr",
        QStringLiteral("La coopérative a écoulé 1,4\nmillion de tonnes de blé."),
        { QStringLiteral("quantity|1,4\nmillion de tonnes|1400000|t") });
    row("fr/wrap/inside a per-unit phrase", "fr",
        QStringLiteral("Le pays pompe désormais 950 000 barils par\njour, selon l'agence."),
        { QStringLiteral("quantity|950 000 barils par\njour|950000|b/d") });
    row("en/wrap/inside percentage points", "en",
        QStringLiteral("The party's share dropped 6\npercentage points in the north."),
        { QStringLiteral("percent|6\npercentage points|6|pp") });
    row("fr/wrap/unit symbol on the next line", "fr",
        QStringLiteral("Le parc éolien en mer fournira 480\nMW dès l'an prochain."),
        { QStringLiteral("quantity|480\nMW|480|MW") });
    row("fr/wrap/indented next line", "fr",
        QStringLiteral("Le fonds a levé 75 millions\n   d'euros auprès de ses associés."),
        { QStringLiteral("money|75 millions\n   d'euros|75000000|EUR") });
    row("en/not/wrap/a table's next row", "en",
        QStringLiteral("Stores opened        45\nEmployees hired     120\n"),
        { QStringLiteral("number|45|45|"), QStringLiteral("number|120|120|") });
    row("fr/not/wrap/a paragraph break", "fr",
        QStringLiteral("Le cours a clôturé à 14\n\nmillions de titres ont changé de mains."),
        { QStringLiteral("number|14|14|") });
    row("fr/not/wrap/a title line", "fr",
        QStringLiteral("Budget 2026 : la marge atteint 8\nMilliards de crédits gelés en 2025"),
        { QStringLiteral("number|8|8|") });
}

void TestExtractor::extract()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const Extractor extractor(language);
    const QStringList actual = describeAll(text, extractor.extract(text), false);
    if (actual != expected) {
        QString message
            = QStringLiteral("\n  text:     %1\n  expected: %2\n  actual:   %3")
                  .arg(text, expected.join(QStringLiteral("  ;  ")), actual.join(QStringLiteral("  ;  ")));
        QFAIL(qPrintable(message));
    }
}

void TestExtractor::offsets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    // UTF-16 offsets: a surrogate pair counts two, a combining accent one.
    QTest::newRow("plain") << QStringLiteral("Hausse de 12 % cette année.") << 10 << 14;
    QTest::newRow("emoji pair before") << QStringLiteral("🚀🚀 Hausse de 12 %.") << 15 << 19;
    QTest::newRow("combining accents before") << QStringLiteral("e\u0301te\u0301 de 12 %.") << 9 << 13;
    QTest::newRow("emoji right before") << QStringLiteral("📈12 %") << 2 << 6;
    QTest::newRow("flag emoji") << QStringLiteral("🇫🇷 13 milliards de dollars") << 5 << 28;
}

void TestExtractor::offsets()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    const QVector<Figure> figures = Extractor(QStringLiteral("fr")).extract(text);
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.first().start, start);
    QCOMPARE(figures.first().end, end);
}

void TestExtractor::readValue_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("unit");

    QTest::newRow("fr/decimal comma") << "fr"
                                      << "4,2" << true << "number"
                                      << "4.2"
                                      << "";
    QTest::newRow("fr/decimal point") << "fr"
                                      << "4.2" << true << "number"
                                      << "4.2"
                                      << "";
    QTest::newRow("fr/milliards") << "fr"
                                  << "13 milliards" << true << "number"
                                  << "13000000000"
                                  << "";
    QTest::newRow("fr/grouped") << "fr"
                                << "13 000 000 000" << true << "number"
                                << "13000000000"
                                << "";
    QTest::newRow("fr/$13bn") << "fr"
                              << "$13bn" << true << "money"
                              << "13000000000"
                              << "USD";
    QTest::newRow("fr/percent") << "fr"
                                << "49 %" << true << "percent"
                                << "49"
                                << "%";
    QTest::newRow("fr/money words") << "fr"
                                    << "135 milliards de dollars" << true << "money"
                                    << "135000000000"
                                    << "USD";
    QTest::newRow("fr/year kept") << "fr"
                                  << "2025" << true << "number"
                                  << "2025"
                                  << "";
    QTest::newRow("fr/spaces around") << "fr"
                                      << "  27 %  " << true << "percent"
                                      << "27"
                                      << "%";
    QTest::newRow("fr/none") << "fr"
                             << "aucun chiffre" << false << ""
                             << ""
                             << "";
    QTest::newRow("fr/empty") << "fr"
                              << "" << false << ""
                              << ""
                              << "";
    QTest::newRow("en/decimal point") << "en"
                                      << "4.2" << true << "number"
                                      << "4.2"
                                      << "";
    QTest::newRow("en/thousands") << "en"
                                  << "1,000" << true << "number"
                                  << "1000"
                                  << "";
    QTest::newRow("en/decimal comma") << "en"
                                      << "4,2" << true << "number"
                                      << "4.2"
                                      << "";
    QTest::newRow("en/decimal comma two digits") << "en"
                                                 << "4,25" << true << "number"
                                                 << "4.25"
                                                 << "";
    QTest::newRow("en/$13bn") << "en"
                              << "$13bn" << true << "money"
                              << "13000000000"
                              << "USD";
    QTest::newRow("en/billion") << "en"
                                << "13 billion" << true << "number"
                                << "13000000000"
                                << "";
    QTest::newRow("en/negative") << "en"
                                 << "-3" << true << "number"
                                 << "-3"
                                 << "";
    QTest::newRow("en/percent") << "en"
                                << "0.5%" << true << "percent"
                                << "0.5"
                                << "%";
    QTest::newRow("en/none") << "en"
                             << "n/a" << false << ""
                             << ""
                             << "";
}

void TestExtractor::readValue()
{
    QFETCH(QString, language);
    QFETCH(QString, snippet);
    QFETCH(bool, found);
    QFETCH(QString, kind);
    QFETCH(QString, value);
    QFETCH(QString, unit);
    const std::optional<Figure> figure = Extractor(language).readValue(snippet);
    QCOMPARE(figure.has_value(), found);
    if (!found)
        return;
    QCOMPARE(toString(figure->kind), kind);
    QCOMPARE(figure->value, value);
    QCOMPARE(figure->unit, unit);
    QVERIFY(figure->start >= 0 && figure->start < figure->end && figure->end <= snippet.size());
}

void TestExtractor::datesWin_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("dateText");
    QTest::addColumn<QStringList>("numbers");
    QTest::newRow("fr/day month year")
        << "fr"
        << "Un accord signé le 28 octobre 2025 pour 250 milliards de dollars."
        << "28 octobre 2025"
        << QStringList { QStringLiteral("money|250 milliards de dollars|250000000000|USD|exact|") };
    QTest::newRow("fr/depuis year") << "fr"
                                    << "Depuis 2019, Microsoft a injecté 13 milliards de dollars."
                                    << "2019"
                                    << QStringList { QStringLiteral(
                                           "money|13 milliards de dollars|13000000000|USD|exact|") };
    QTest::newRow("en/month day year")
        << "en"
        << "On October 28, 2025 it took a 27% stake."
        << "October 28, 2025" << QStringList { QStringLiteral("percent|27%|27|%|exact|") };
}

void TestExtractor::datesWin()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, dateText);
    QFETCH(QStringList, numbers);
    const QVector<Figure> figures = Extractor(language).extract(text, QDate(2025, 10, 29));
    QCOMPARE(describeAll(text, figures, false), numbers);
    // Whatever span the DateFinder chooses, a date covers the date text and no number overlaps it.
    const int dateStart = int(text.indexOf(dateText));
    bool covered = false;
    for (const Figure &figure : figures) {
        if (figure.kind == FigureKind::Date && figure.start <= dateStart + int(dateText.size()) - 1
            && figure.end > dateStart)
            covered = true;
    }
    QVERIFY2(covered, "the date is not reported");
    for (int i = 1; i < figures.size(); ++i)
        QVERIFY(figures.at(i - 1).end <= figures.at(i).start);
}

void TestExtractor::golden_data()
{
    QTest::addColumn<QString>("articlePath");
    const QDir dir(QStringLiteral(FACTDESK_TEST_DATA "/golden"));
    const QStringList articles = dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    QVERIFY(articles.size() >= 3);
    for (const QString &article : articles)
        QTest::newRow(qPrintable(article)) << dir.filePath(article);
}

void TestExtractor::golden()
{
    QFETCH(QString, articlePath);
    QFile articleFile(articlePath);
    QVERIFY(articleFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(articleFile.readAll());
    QString expectedPath = articlePath;
    expectedPath.replace(QLatin1String(".txt"), QLatin1String(".expected.json"));
    QFile expectedFile(expectedPath);
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedPath));
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
    const QString language = expected.value(QLatin1String("language")).toString();
    const QDate anchor = QDate::fromString(expected.value(QLatin1String("date")).toString(), Qt::ISODate);
    QStringList expectedLines;
    const QJsonArray figures = expected.value(QLatin1String("figures")).toArray();
    for (const QJsonValue &value : figures) {
        const QJsonObject figure = value.toObject();
        expectedLines.append(QStringList { figure.value(QLatin1String("kind")).toString(),
            figure.value(QLatin1String("text")).toString(), figure.value(QLatin1String("value")).toString(),
            figure.value(QLatin1String("unit")).toString(),
            figure.value(QLatin1String("modifier")).toString(QStringLiteral("exact")),
            figure.value(QLatin1String("range")).toString() }
                                 .join(QLatin1Char('|')));
    }
    // Dates belong to the DateFinder's own tests; here only the extractor's figures are compared.
    const QStringList actualLines = describeAll(text, Extractor(language).extract(text, anchor), false);
    if (actualLines == expectedLines)
        return;
    QString diff;
    qsizetype e = 0;
    qsizetype a = 0;
    while (e < expectedLines.size() || a < actualLines.size()) {
        if (e < expectedLines.size() && a < actualLines.size() && expectedLines.at(e) == actualLines.at(a)) {
            ++e;
            ++a;
        } else if (e < expectedLines.size() && !actualLines.mid(a).contains(expectedLines.at(e))) {
            diff += QStringLiteral("\n  - missing:  ") + expectedLines.at(e++);
        } else if (a < actualLines.size()) {
            diff += QStringLiteral("\n  + invented: ") + actualLines.at(a++);
        } else {
            diff += QStringLiteral("\n  - missing:  ") + expectedLines.at(e++);
        }
    }
    QFAIL(qPrintable(QStringLiteral("%1 differs from its expected figures:%2").arg(articlePath, diff)));
}

void TestExtractor::invariants()
{
    // Every figure of a dense paragraph stays inside the text, in order, without overlap.
    const QString text = QStringLiteral(
        "Entre 2 et 3 milliards d'euros, soit 27 % à 32 %, plus de 130 000 emplois, 1,5 GW, x18, "
        "18 fois, $40 billion, 2-3 %, 14h30, +33 1 23 45 67 89, GPT-4.5 et 300 km.");
    for (const char *language : { "fr", "en" }) {
        const QVector<Figure> figures = Extractor(QString::fromLatin1(language)).extract(text);
        QVERIFY(!figures.isEmpty());
        int previousEnd = 0;
        for (const Figure &figure : figures) {
            QVERIFY(figure.start >= previousEnd);
            QVERIFY(figure.start < figure.end);
            QVERIFY(figure.end <= text.size());
            previousEnd = figure.end;
        }
    }
}

void TestExtractor::years_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "span|value|unit" of every date

    QTest::newRow("fr/pour year") << QStringLiteral("fr")
                                  << QStringLiteral("Le déficit prévu pour 2026 atteint 5 %.")
                                  << QStringList { QStringLiteral("2026|2026|year") };
    QTest::newRow("en/the year average")
        << QStringLiteral("en") << QStringLiteral("Growth was above the 2019 average.")
        << QStringList { QStringLiteral("2019|2019|year") };
    QTest::newRow("en/title year") << QStringLiteral("en")
                                   << QStringLiteral("The agency released its 2023 Housing Survey on Friday.")
                                   << QStringList { QStringLiteral("2023|2023|year") };
    QTest::newRow("fr/two years with a dash")
        << QStringLiteral("fr") << QStringLiteral("La saison 2011-2013 fut difficile.")
        << QStringList { QStringLiteral("2011|2011|year|low"), QStringLiteral("2013|2013|year|high") };
    // Near-misses: a round hundred before a plural noun counts; a grouped number is no year; a year
    // inside a name is no figure.
    QTest::newRow("fr/round hundred counts")
        << QStringLiteral("fr") << QStringLiteral("Le plan supprime 2000 postes.") << QStringList {};
    QTest::newRow("en/grouped is no year")
        << QStringLiteral("en") << QStringLiteral("They hired 2,019 people.") << QStringList {};
    QTest::newRow("fr/name with year")
        << QStringLiteral("fr") << QStringLiteral("Le plan Horizon 2030 est lancé.") << QStringList {};
}

void TestExtractor::years()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const Figure &figure : Extractor(language).extract(text, QDate(2025, 10, 29))) {
        if (figure.kind == FigureKind::Date) {
            QString line = text.mid(figure.start, figure.length()) + QLatin1Char('|') + figure.value
                + QLatin1Char('|') + figure.unit;
            if (figure.range != RangeRole::None)
                line += QLatin1Char('|') + toString(figure.range);
            actual.append(line);
        }
    }
    QCOMPARE(actual, expected);
}

void TestExtractor::asOf_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "span|asOf" of every figure that is not a date

    // The period of the sentence, written without a digit.
    QTest::newRow("fr/quarter word") << QStringLiteral(
        "fr") << QStringLiteral("Le taux de chômage atteint 7,9 % au troisième trimestre.")
                                     << QStringList { QStringLiteral("7,9 %|2025-Q3") };
    QTest::newRow("en/quarter word") << QStringLiteral("en")
                                     << QStringLiteral("Revenue rose 4% in the third quarter.")
                                     << QStringList { QStringLiteral("4%|2025-Q3") };
    QTest::newRow("fr/weekday before")
        << QStringLiteral("fr") << QStringLiteral("Mardi, la banque a relevé son taux directeur à 4,25 %.")
        << QStringList { QStringLiteral("4,25 %|2025-10-28") };
    QTest::newRow("en/last year") << QStringLiteral("en")
                                  << QStringLiteral("The firm sold 12,000 tonnes last year.")
                                  << QStringList { QStringLiteral("12,000 tonnes|2024") };
    QTest::newRow("fr/l'an dernier") << QStringLiteral("fr")
                                     << QStringLiteral("Le groupe a vendu 12 000 tonnes l'an dernier.")
                                     << QStringList { QStringLiteral("12 000 tonnes|2024") };
    QTest::newRow("fr/aujourd'hui") << QStringLiteral("fr")
                                    << QStringLiteral("Aujourd'hui, le litre de gazole coûte 1,72 €.")
                                    << QStringList { QStringLiteral("1,72 €|2025-10-29") };
    QTest::newRow("fr/premiers mois de l'année")
        << QStringLiteral("fr")
        << QStringLiteral("Sur les six premiers mois de l'année, les ventes de vélos ont reculé de 4 %.")
        << QStringList { QStringLiteral("4 %|2025-01/2025-06") };
    QTest::newRow("en/first six months")
        << QStringLiteral("en") << QStringLiteral("In the first six months, bicycle sales fell 4%.")
        << QStringList { QStringLiteral("4%|2025-01/2025-06") };
    QTest::newRow("en/month word") << QStringLiteral("en")
                                   << QStringLiteral("Prices climbed 2.1% in September.")
                                   << QStringList { QStringLiteral("2.1%|2025-09") };
    // A date with a digit gives its period too.
    QTest::newRow("fr/date with digits")
        << QStringLiteral("fr")
        << QStringLiteral("Au 30 septembre 2025, la dette atteignait 3 400 milliards d'euros.")
        << QStringList { QStringLiteral("3 400 milliards d'euros|2025-09-30") };
    // Each figure takes the nearest period of its sentence.
    QTest::newRow("fr/two periods") << QStringLiteral(
        "fr") << QStringLiteral("Les ventes ont bondi de 8 % en septembre, après 3 % en août.")
                                    << QStringList { QStringLiteral("8 %|2025-09"),
                                           QStringLiteral("3 %|2025-08") };
    QTest::newRow("en/two periods") << QStringLiteral("en")
                                    << QStringLiteral("Sales jumped 8% in September after 3% in August.")
                                    << QStringList { QStringLiteral("8%|2025-09"),
                                           QStringLiteral("3%|2025-08") };
    // The base of a comparison is not when the figure held.
    QTest::newRow("en/base of a change")
        << QStringLiteral("en") << QStringLiteral("This year sales are up 12% from 2023.")
        << QStringList { QStringLiteral("12%|2025") };
    QTest::newRow("fr/base of a change")
        << QStringLiteral("fr")
        << QStringLiteral("Cette année, les ventes progressent de 12 % par rapport à 2023.")
        << QStringList { QStringLiteral("12 %|2025") };
    // A range of dates is an interval.
    QTest::newRow("fr/range of months")
        << QStringLiteral("fr")
        << QStringLiteral("De janvier à mars 2025, les exportations ont reculé de 2 %.")
        << QStringList { QStringLiteral("2 %|2025-01/2025-03") };
    // Near-misses: the period of another sentence, or a bound rather than a period.
    QTest::newRow("fr/other sentence")
        << QStringLiteral("fr") << QStringLiteral("Le conseil s'est réuni mardi. Le taux reste à 4 %.")
        << QStringList { QStringLiteral("4 %|") };
    QTest::newRow("en/other sentence")
        << QStringLiteral("en") << QStringLiteral("The board met on Tuesday. The rate stays at 4%.")
        << QStringList { QStringLiteral("4%|") };
    QTest::newRow("en/no period") << QStringLiteral("en") << QStringLiteral("The rate stays at 4%.")
                                  << QStringList { QStringLiteral("4%|") };
    QTest::newRow("fr/target is a bound")
        << QStringLiteral("fr") << QStringLiteral("Le pays vise 40 % d'énergie renouvelable d'ici 2030.")
        << QStringList { QStringLiteral("40 %|") };
    // A line wrapped in the middle of a sentence does not end it; a title line does.
    QTest::newRow("en/hard wrap")
        << QStringLiteral("en")
        << QStringLiteral("Exports fell in the third quarter, and imports rose\nby 1.5% over the period.")
        << QStringList { QStringLiteral("1.5%|2025-Q3") };
    QTest::newRow("fr/title line") << QStringLiteral(
        "fr") << QStringLiteral("Ce que change le budget de mardi\nLe taux passe à 20 %.")
                                   << QStringList { QStringLiteral("20 %|") };
    // Periods written as codes, halves, first months, weeks.
    QTest::newRow("fr/quarter code 2T24")
        << QStringLiteral("fr") << QStringLiteral("Au 2T24, la marge opérationnelle recule à 6,1 %.")
        << QStringList { QStringLiteral("6,1 %|2024-Q2") };
    QTest::newRow("en/half H1 2024") << QStringLiteral("en")
                                     << QStringLiteral("H1 2024 grain exports rose 7%.")
                                     << QStringList { QStringLiteral("7%|2024-H1") };
    QTest::newRow("fr/six premiers mois")
        << QStringLiteral("fr")
        << QStringLiteral("Sur les six premiers mois de 2024, 41 500 voitures ont été immatriculées.")
        << QStringList { QStringLiteral("41 500|2024-01/2024-06") };
    QTest::newRow("fr/semaine dernière")
        << QStringLiteral("fr") << QStringLiteral("Le gazole a pris 4 centimes la semaine dernière.")
        << QStringList { QStringLiteral("4 centimes|2025-10-20/2025-10-26") };
    QTest::newRow("en/last week") << QStringLiteral("en")
                                  << QStringLiteral("Diesel rose 4 cents a gallon last week.")
                                  << QStringList { QStringLiteral("4 cents|2025-10-20/2025-10-26") };
    QTest::newRow("en/other language date")
        << QStringLiteral("en") << QStringLiteral("On 3 juin 2025 the index closed at 7,812 points.")
        << QStringList { QStringLiteral("7,812 points|2025-06-03") };
    // A date gives its period to the figures of its own clause only: after a figure, a comma ends
    // the figure's clause ("twice its value of late 2023" is the old value's); a clause word ("but",
    // "alors que") ends it on either side; "up from", "contre" open the old value's clause, whose
    // date is the old value's. A figure left without a date of its clause gets none (the article's
    // date then applies).
    QTest::newRow("en/old value's year after a comma")
        << QStringLiteral("en")
        << QStringLiteral("The lender is now worth $80bn, far above its value of $30bn in 2023.")
        << QStringList { QStringLiteral("$80bn|"), QStringLiteral("$30bn|2023") };
    QTest::newRow("fr/old value's year after a comma")
        << QStringLiteral("fr")
        << QStringLiteral(
               "La banque vaut désormais 80 milliards d'euros, bien plus que ses 30 milliards en 2023.")
        << QStringList { QStringLiteral("80 milliards d'euros|"), QStringLiteral("30 milliards|2023") };
    QTest::newRow("en/up from in a month")
        << QStringLiteral("en") << QStringLiteral("Its market share climbed to 38%, up from 31% in February.")
        << QStringList { QStringLiteral("38%|"), QStringLiteral("31%|2025-02") };
    QTest::newRow("en/up from without a comma")
        << QStringLiteral("en") << QStringLiteral("Its market share climbed to 38% up from 31% in February.")
        << QStringList { QStringLiteral("38%|"), QStringLiteral("31%|2025-02") };
    QTest::newRow("fr/contre in a month")
        << QStringLiteral("fr")
        << QStringLiteral("Sa part de marché est montée à 38 %, contre 31 % en février.")
        << QStringList { QStringLiteral("38 %|"), QStringLiteral("31 %|2025-02") };
    QTest::newRow("fr/en baisse par rapport à")
        << QStringLiteral("fr")
        << QStringLiteral("Le taux de marge est tombé à 6 % en baisse par rapport à 9 % en mars.")
        << QStringList { QStringLiteral("6 %|"), QStringLiteral("9 %|2025-03") };
    QTest::newRow("en/while clause's year")
        << QStringLiteral("en") << QStringLiteral("Revenue fell 7% while costs kept rising in 2024.")
        << QStringList { QStringLiteral("7%|") };
    QTest::newRow("fr/alors que clause's year")
        << QStringLiteral("fr")
        << QStringLiteral("Le chiffre d'affaires a reculé de 7 % alors que les coûts ont grimpé en 2024.")
        << QStringList { QStringLiteral("7 %|") };
    // The clause words are the lexicon's clauseWords: a relative clause ("which", "qui") or an
    // "after"/"après" clause names another event's time, "against" another value's; only whole
    // words count ("whichever", "butter", "quiconque", "contrebande") and a hyphenated word
    // ("après-midi") opens no clause.
    QTest::newRow("en/which clause's year")
        << QStringLiteral("en") << QStringLiteral("The fund holds 12% of the shares which it bought in 2019.")
        << QStringList { QStringLiteral("12%|") };
    QTest::newRow("en/whichever is no clause word")
        << QStringLiteral("en") << QStringLiteral("The fund holds 12% of whichever shares it bought in 2019.")
        << QStringList { QStringLiteral("12%|2019") };
    QTest::newRow("en/after clause's year")
        << QStringLiteral("en") << QStringLiteral("Shares gained 4% after the merger closed in 2021.")
        << QStringList { QStringLiteral("4%|") };
    QTest::newRow("en/butter is no clause word")
        << QStringLiteral("en") << QStringLiteral("Prices rose 4% for butter in March.")
        << QStringList { QStringLiteral("4%|2025-03") };
    QTest::newRow("en/against another value's year")
        << QStringLiteral("en") << QStringLiteral("The margin reached 9% against 7% in 2024.")
        << QStringList { QStringLiteral("9%|"), QStringLiteral("7%|2024") };
    QTest::newRow("fr/qui clause's year")
        << QStringLiteral("fr") << QStringLiteral("Le fonds détient 12 % du groupe qui a été fondé en 2009.")
        << QStringList { QStringLiteral("12 %|") };
    QTest::newRow("fr/quiconque is no clause word")
        << QStringLiteral("fr")
        << QStringLiteral("Une remise de 4 % est offerte à quiconque s'inscrit en mars.")
        << QStringList { QStringLiteral("4 %|2025-03") };
    QTest::newRow("fr/après clause's month")
        << QStringLiteral("fr") << QStringLiteral("Les ventes ont progressé de 3 % après une chute en juin.")
        << QStringList { QStringLiteral("3 %|") };
    QTest::newRow("fr/contrebande is no clause word")
        << QStringLiteral("fr") << QStringLiteral("Les douanes ont saisi 15 % de contrebande en plus en mai.")
        << QStringList { QStringLiteral("15 %|2025-05") };
    QTest::newRow("fr/après-midi opens no clause")
        << QStringLiteral("fr") << QStringLiteral("Mardi après-midi, le titre a chuté de 5 %.")
        << QStringList { QStringLiteral("5 %|2025-10-28") };
    QTest::newRow("en/each clause its month")
        << QStringLiteral("en") << QStringLiteral("Exports rose 4% in May but fell 2% in June.")
        << QStringList { QStringLiteral("4%|2025-05"), QStringLiteral("2%|2025-06") };
    QTest::newRow("fr/date in brackets is the aside's")
        << QStringLiteral("fr")
        << QStringLiteral("Le groupe emploie 5 200 personnes (contre 4 800 fin 2023).")
        << QStringList { QStringLiteral("5 200|"), QStringLiteral("4 800|2023") };
    QTest::newRow("fr/aside closed before the figure")
        << QStringLiteral("fr")
        << QStringLiteral("En 2020 (une année record), le groupe a vendu 9 000 voitures.")
        << QStringList { QStringLiteral("9 000|2020") };
    QTest::newRow("en/date inside an aside")
        << QStringLiteral("en")
        << QStringLiteral("The group (worth little in 2020) now sells 9,000 cars a year.")
        << QStringList { QStringLiteral("9,000|") };
    QTest::newRow("fr/apposition after a dash")
        << QStringLiteral("fr")
        << QStringLiteral(
               "Le fonds a investi dans la mine à partir de 2021 \u2013 plus de 2 milliards d'euros.")
        << QStringList { QStringLiteral("2 milliards d'euros|2021") };
    QTest::newRow("en/date inside dashes")
        << QStringLiteral("en")
        << QStringLiteral("The group \u2013 a minnow in 2020 \u2013 now sells 9,000 cars a year.")
        << QStringList { QStringLiteral("9,000|") };
    QTest::newRow("fr/opening date across a comma")
        << QStringLiteral("fr") << QStringLiteral("En mars 2024, la marge était de 9 %.")
        << QStringList { QStringLiteral("9 %|2024-03") };
    // A sentence may open with a digit after a figure: "3%. 6M24 …" ends one.
    QTest::newRow("en/sentence opening with a code")
        << QStringLiteral("en") << QStringLiteral("Sales fell 3%. 6M24 orders rose 2%.")
        << QStringList { QStringLiteral("3%|"), QStringLiteral("2%|2024-01/2024-06") };
}

void TestExtractor::asOfWithoutArticleDate_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "span|asOf" of every figure that is not a date

    // Without the article's date a month or a day has no year: no as-of rather than "--10".
    QTest::newRow("fr/month without year")
        << QStringLiteral("fr") << QStringLiteral("En octobre, le chômage a atteint 7,5 %.")
        << QStringList { QStringLiteral("7,5 %|") };
    QTest::newRow("en/day without year")
        << QStringLiteral("en") << QStringLiteral("On March 14, wheat futures rose 3%.")
        << QStringList { QStringLiteral("3%|") };
    QTest::newRow("fr/weekday without date")
        << QStringLiteral("fr") << QStringLiteral("Mardi, le taux a été relevé à 4 %.")
        << QStringList { QStringLiteral("4 %|") };
    // A period written with its year needs no article date.
    QTest::newRow("en/year") << QStringLiteral("en") << QStringLiteral("In 2024, wheat futures rose 3%.")
                             << QStringList { QStringLiteral("3%|2024") };
    QTest::newRow("fr/quarter code with year")
        << QStringLiteral("fr") << QStringLiteral("Au T3 2024, la marge a été de 9 %.")
        << QStringList { QStringLiteral("9 %|2024-Q3") };
    QTest::newRow("fr/month and year")
        << QStringLiteral("fr") << QStringLiteral("En octobre 2024, le chômage a atteint 7,5 %.")
        << QStringList { QStringLiteral("7,5 %|2024-10") };
}

void TestExtractor::asOfWithoutArticleDate()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const Figure &figure : Extractor(language).extract(text)) {
        if (figure.kind != FigureKind::Date)
            actual.append(text.mid(figure.start, figure.length()) + QLatin1Char('|') + figure.asOf);
    }
    QCOMPARE(actual, expected);
}

void TestExtractor::asOf()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QVector<Figure> figures = Extractor(language).extract(text, QDate(2025, 10, 29));
    QStringList actual;
    for (const Figure &figure : figures) {
        if (figure.kind == FigureKind::Date)
            QVERIFY2(figure.asOf.isEmpty(), qPrintable(figure.value));
        else
            actual.append(text.mid(figure.start, figure.length()) + QLatin1Char('|') + figure.asOf);
    }
    QCOMPARE(actual, expected);
}

void TestExtractor::timeWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("byDefault"); // the dates printed without --time-words
    QTest::addColumn<QStringList>("withTimeWords");

    QTest::newRow("fr/weekday and month")
        << QStringLiteral("fr")
        << QStringLiteral("Le ministre a annoncé mardi une baisse des prix en septembre.") << QStringList {}
        << QStringList { QStringLiteral("mardi"), QStringLiteral("septembre") };
    QTest::newRow("en/last year, third quarter")
        << QStringLiteral("en") << QStringLiteral("Output grew last year and slowed in the third quarter.")
        << QStringList {} << QStringList { QStringLiteral("last year"), QStringLiteral("third quarter") };
    QTest::newRow("fr/aujourd'hui") << QStringLiteral("fr")
                                    << QStringLiteral("Aujourd'hui, le conseil se réunit.") << QStringList {}
                                    << QStringList { QStringLiteral("Aujourd'hui") };
    // A date written with a digit is a figure either way, without its weekday.
    QTest::newRow("fr/weekday with day")
        << QStringLiteral("fr") << QStringLiteral("Le vote aura lieu mardi 28 octobre.")
        << QStringList { QStringLiteral("28 octobre") } << QStringList { QStringLiteral("28 octobre") };
    QTest::newRow("en/month and year")
        << QStringLiteral("en") << QStringLiteral("The plant closed in March 2024.")
        << QStringList { QStringLiteral("March 2024") } << QStringList { QStringLiteral("March 2024") };
    QTest::newRow("fr/week and half")
        << QStringLiteral("fr") << QStringLiteral("La semaine dernière, le S1 2025 a été publié.")
        << QStringList { QStringLiteral("S1 2025") }
        << QStringList { QStringLiteral("semaine dernière"), QStringLiteral("S1 2025") };
}

void TestExtractor::timeWords()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, byDefault);
    QFETCH(QStringList, withTimeWords);
    const Extractor extractor(language);
    const auto datesOf = [&](Extractor::TimeWords timeWords) {
        QStringList dates;
        for (const Figure &figure : extractor.extract(text, QDate(2025, 10, 29), timeWords)) {
            if (figure.kind == FigureKind::Date)
                dates.append(text.mid(figure.start, figure.length()));
        }
        return dates;
    };
    QCOMPARE(datesOf(Extractor::TimeWords::AsOfOnly), byDefault);
    QCOMPARE(datesOf(Extractor::TimeWords::AsFigures), withTimeWords);
}

QTEST_GUILESS_MAIN(TestExtractor)
#include "tst_extractor.moc"
