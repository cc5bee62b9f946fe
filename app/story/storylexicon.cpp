#include "storylexicon.h"

#include "figures/figurelexicon.h"
#include "figures/lexicon.h"
#include "phraseset_p.h"
#include "storytext_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Q_INIT_RESOURCE must be called outside a namespace; the story lexicon lives in the
// static core library, whose resources are not registered on their own.
static void initStoryResources()
{
    Q_INIT_RESOURCE(story);
}

namespace FactDesk {

namespace {

// ClauseBreak's words are the figure lexicon's clauseWords (addClauseWords()): "" reads none here.
const char *const wordKeys[] = { "change_words", "decrease_words", "update_markers", "update_markers_after",
    "", "from_words", "to_words", "versus_words", "result_words", "part_words", "total_words",
    "premium_words", "discount_words", "base_words", "of_words", "per_unit_words" };

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

StoryLexicon::StoryLexicon()
    : m_terms(std::make_unique<PhraseSet>())
    , m_qualifiers(std::make_unique<PhraseSet>())
    , m_words(int(std::size(wordKeys)))
{ }

StoryLexicon::~StoryLexicon() = default;

std::unique_ptr<StoryLexicon> StoryLexicon::bundled(QString *error)
{
    initStoryResources();
    auto lexicon = std::make_unique<StoryLexicon>();
    const QString path = QStringLiteral(":/story/storylexicon.json");
    QFile file(path);
    QString why;
    if (!file.open(QIODevice::ReadOnly))
        why = QCoreApplication::translate("FactDesk::StoryLexicon", "Cannot read %1: %2")
                  .arg(path, file.errorString());
    else
        lexicon->load(file.readAll(), path, &why);
    for (const QString &language : { QStringLiteral("fr"), QStringLiteral("en") })
        lexicon->addClauseWords(FigureLexicon::clauseWordsOf(Lexicon::builtin(language)));
    if (error)
        *error = why;
    return lexicon;
}

bool StoryLexicon::load(const QByteArray &json, const QString &source, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            //: %1 is the lexicon file, %2 the JSON parser's explanation
            *error = QCoreApplication::translate("FactDesk::StoryLexicon", "%1 is not a story lexicon: %2")
                         .arg(source, parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    for (const QJsonValue &value : root.value(QLatin1String("measures")).toArray()) {
        const QJsonObject measure = value.toObject();
        const int index = int(m_measures.size());
        m_measures.append({ measure.value(QLatin1String("id")).toString(),
            measure.value(QLatin1String("fr")).toString(), measure.value(QLatin1String("en")).toString(),
            stringList(measure.value(QLatin1String("kinds"))) });
        m_terms->addAll(stringList(measure.value(QLatin1String("terms"))), index);
        m_terms->addAll(stringList(measure.value(QLatin1String("weak_terms"))), index | weakTermFlag);
    }
    const QJsonObject countUnits = root.value(QLatin1String("count_units")).toObject();
    for (auto it = countUnits.begin(); it != countUnits.end(); ++it) {
        int index = -1;
        for (int i = 0; i < m_measures.size(); ++i) {
            if (m_measures.at(i).id == it.key())
                index = i;
        }
        if (index < 0)
            continue;
        for (const QString &unit : stringList(it.value()))
            m_countUnits.insert(StoryText::fold(unit), index);
    }
    const QJsonObject qualifiers = root.value(QLatin1String("qualifiers")).toObject();
    for (auto axis = qualifiers.begin(); axis != qualifiers.end(); ++axis) {
        const int axisIndex = int(m_axes.size());
        QStringList valueNames;
        const QJsonObject values = axis.value().toObject();
        for (auto value = values.begin(); value != values.end(); ++value) {
            const QStringList phrases = stringList(value.value());
            m_qualifiers->addAll(phrases, axisIndex * 64 + int(valueNames.size()));
            // "France", "European": a qualifier of the figure, not a name that tells two measures apart.
            for (const QString &phrase : phrases) {
                if (!phrase.contains(QLatin1Char(' ')) && !phrase.endsWith(QLatin1Char('*')))
                    m_nameStopwords.insert(StoryText::fold(phrase));
            }
            valueNames.append(value.key());
        }
        m_axes.append({ axis.key(), valueNames });
    }
    for (int i = 0; i < int(std::size(wordKeys)); ++i) {
        if (*wordKeys[i] != '\0')
            m_words[i].addAll(stringList(root.value(QLatin1String(wordKeys[i]))));
    }
    for (const QString &word : stringList(root.value(QLatin1String("name_stopwords"))))
        m_nameStopwords.insert(StoryText::fold(word));
    if (m_measures.isEmpty()) {
        if (error)
            *error
                = QCoreApplication::translate("FactDesk::StoryLexicon", "%1 names no measure.").arg(source);
        return false;
    }
    return true;
}

void StoryLexicon::addClauseWords(const QStringList &words)
{
    m_words[int(Words::ClauseBreak)].addAll(words);
}

int StoryLexicon::measureOfCountUnit(const QString &foldedUnit) const
{
    const int whole = m_countUnits.value(foldedUnit, -1);
    if (whole >= 0)
        return whole;
    // A counted noun phrase as written ("emplois d'ici", "suppressions de postes"): its first
    // word the lexicon knows.
    for (const StoryText::Token &token : StoryText::tokenize(foldedUnit, 0, int(foldedUnit.size()))) {
        const int measure = m_countUnits.value(token.text, -1);
        if (measure >= 0)
            return measure;
    }
    return -1;
}

bool StoryLexicon::measureTakes(int measure, const QString &kind) const
{
    if (measure < 0 || measure >= m_measures.size())
        return false;
    const QStringList &kinds = m_measures.at(measure).kinds;
    return kinds.isEmpty() || kinds.contains(kind);
}

QString StoryLexicon::qualifierName(int axis, int value) const
{
    if (axis < 0 || axis >= m_axes.size() || value < 0 || value >= m_axes.at(axis).second.size())
        return QString();
    return m_axes.at(axis).second.at(value);
}

const PhraseSet &StoryLexicon::words(Words list) const
{
    return m_words.at(int(list));
}

} // namespace FactDesk
