#include "relatedfacts.h"

#include "export/exportrows.h"
#include "project/project.h"
#include "review/factmodel.h"
#include "wordset_p.h"

#include <algorithm>

namespace FactDesk {

namespace {

// Words of four letters and more that say nothing of what a figure is about.
const QSet<QString> &functionWords()
{
    static const QSet<QString> words = wordSet(QStringLiteral(
        "avec dans pour plus moins sont etait etaient sera seront selon apres avant depuis entre sans "
        "sous chez leur leurs cette ces dont comme aussi tres deja encore tout tous toute toutes autre "
        "autres elle elles nous vous mais donc ainsi alors contre vers fait faire avoir etre quand "
        "that with from this have will were their which than about after before since into over "
        "also been would could should said says more less there these those they them then when "
        "what while where other some such only just year years million millions billion billions "
        "milliard milliards annee annees"));
    return words;
}

} // namespace

RelatedFacts::RelatedFacts(const Project *project)
    : m_project(project)
{ }

void RelatedFacts::invalidate()
{
    m_words.clear();
}

QSet<QString> RelatedFacts::significantWords(const QString &sentence)
{
    QSet<QString> words;
    const QString folded = FactModel::foldForSearch(sentence);
    QString word;
    for (int i = 0; i <= folded.size(); ++i) {
        const QChar c = i < folded.size() ? folded.at(i) : QChar(QLatin1Char(' '));
        if (c.isLetter()) {
            word += c;
            continue;
        }
        if (c.isDigit()) {
            word.clear(); // "gpt4", "2025": numbers are what differs, not what is shared
            while (i + 1 < folded.size() && folded.at(i + 1).isLetterOrNumber())
                ++i;
            continue;
        }
        if (word.size() >= 4 && !functionWords().contains(word))
            words.insert(word);
        word.clear();
    }
    return words;
}

const QSet<QString> &RelatedFacts::wordsOf(const Fact &fact, const Article *article)
{
    auto it = m_words.find(fact.id);
    if (it == m_words.end()) {
        QSet<QString> words;
        if (article) {
            // The figure's own words ("milliards de dollars") are its reading, not its subject.
            QString sentence = ExportRows::contextSentence(article->text, fact.figure.start, fact.figure.end);
            sentence.replace(fact.quote, QStringLiteral(" "));
            words = significantWords(sentence);
        }
        it = m_words.insert(fact.id, words);
    }
    return it.value();
}

QVector<RelatedFacts::Match> RelatedFacts::find(qint64 factId, int maximum)
{
    QVector<Match> matches;
    const Fact *fact = m_project->fact(factId);
    if (!fact || maximum <= 0)
        return matches;
    const QSet<QString> words
        = wordsOf(*fact, m_project->article(fact->articleId)); // a copy: the cache grows
    if (words.size() < minimumSharedWords)
        return matches;
    const FigureKind kind = fact->finalKind();
    const QString unit = fact->finalUnit();
    // Facts come article by article: one look-up of the article per run of its facts.
    const Article *article = nullptr;
    for (const Fact &other : m_project->facts()) {
        if (other.articleId == fact->articleId || other.status == ReviewStatus::Rejected
            || other.finalKind() != kind || other.finalUnit() != unit)
            continue;
        if (!article || article->id != other.articleId)
            article = m_project->article(other.articleId);
        int shared = 0;
        for (const QString &word : wordsOf(other, article))
            shared += words.contains(word);
        if (shared >= minimumSharedWords)
            matches.append({ other.id, shared });
    }
    std::stable_sort(matches.begin(), matches.end(),
        [](const Match &a, const Match &b) { return a.sharedWords > b.sharedWords; });
    if (matches.size() > maximum)
        matches.resize(maximum);
    return matches;
}

} // namespace FactDesk
