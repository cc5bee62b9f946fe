#include "project.h"

#include "projectstore.h"

#include <algorithm>

namespace FactDesk {

namespace {

/// One fact per figure, anchored in the article's text, numbered from firstId.
QVector<Fact> newFacts(const Article &article, const QVector<Figure> &figures, qint64 firstId)
{
    QVector<Fact> facts;
    facts.reserve(figures.size());
    qint64 factId = firstId;
    for (const Figure &figure : figures) {
        Fact fact;
        fact.id = factId++;
        fact.articleId = article.id;
        fact.figure = figure;
        fact.anchorIn(article.text);
        facts.append(fact);
    }
    return facts;
}

} // namespace

Project::Project(QObject *parent)
    : QObject(parent)
{ }

Project::~Project() = default;

bool Project::attachStore(std::unique_ptr<ProjectStore> store, QString *error)
{
    QVector<Article> articles;
    QVector<Fact> facts;
    StoryDecisions storyDecisions;
    QString loadError;
    if (store
        && (!store->load(&articles, &facts, &loadError)
            || !store->loadStoryDecisions(&storyDecisions, &loadError))) {
        if (error)
            *error = loadError;
        return fail(loadError);
    }
    Q_EMIT aboutToReset();
    m_store = std::move(store);
    m_articles = std::move(articles);
    m_facts = std::move(facts);
    m_storyDecisions = std::move(storyDecisions);
    m_nextArticleId = 1;
    for (const Article &article : std::as_const(m_articles))
        m_nextArticleId = std::max(m_nextArticleId, article.id + 1);
    m_nextFactId = 1;
    for (const Fact &fact : std::as_const(m_facts))
        m_nextFactId = std::max(m_nextFactId, fact.id + 1);
    rebuildFactIndex();
    Q_EMIT reset();
    return true;
}

bool Project::setStoryDecisions(const StoryDecisions &decisions, const QString &action)
{
    if (isReadOnly())
        return fail(tr("The project is read-only."));
    if (decisions == m_storyDecisions)
        return true;
    QString error;
    if (m_store && !m_store->replaceStoryDecisions(m_storyDecisions, decisions, action, m_editor, &error))
        return fail(error);
    m_storyDecisions = decisions;
    Q_EMIT storyDecisionsChanged();
    return true;
}

QString Project::filePath() const
{
    return m_store ? m_store->path() : QString();
}

bool Project::isReadOnly() const
{
    return m_store && m_store->isReadOnly();
}

const Article *Project::article(qint64 id) const
{
    const int index = indexOfArticle(id);
    return index < 0 ? nullptr : &m_articles.at(index);
}

int Project::indexOfArticle(qint64 id) const
{
    for (int i = 0; i < m_articles.size(); ++i) {
        if (m_articles.at(i).id == id)
            return i;
    }
    return -1;
}

const Article *Project::findArticleBySha256(const QByteArray &sha256) const
{
    for (const Article &article : m_articles) {
        if (article.sha256() == sha256)
            return &article;
    }
    return nullptr;
}

const Fact *Project::fact(qint64 id) const
{
    const int row = indexOfFact(id);
    return row < 0 ? nullptr : &m_facts.at(row);
}

int Project::indexOfFact(qint64 id) const
{
    return m_factRow.value(id, -1);
}

QVector<const Fact *> Project::factsOfArticle(qint64 articleId) const
{
    QVector<const Fact *> result;
    for (const Fact &fact : m_facts) {
        if (fact.articleId == articleId)
            result.append(&fact);
    }
    std::stable_sort(result.begin(), result.end(),
        [](const Fact *a, const Fact *b) { return a->figure.start < b->figure.start; });
    return result;
}

qint64 Project::addArticle(Article article, const QVector<Figure> &figures)
{
    if (isReadOnly())
        return fail(tr("The project is read-only.")), 0;
    article.id = m_nextArticleId;
    const QVector<Fact> facts = newFacts(article, figures, m_nextFactId);
    QString error;
    if (m_store && !m_store->insertArticle(article, facts, m_editor, &error))
        return fail(error), 0;
    m_nextArticleId = article.id + 1;
    m_nextFactId += facts.size();

    m_articles.append(article);
    Q_EMIT articleAdded(m_articles.size() - 1);
    if (!facts.isEmpty()) {
        const int first = m_facts.size();
        const int last = first + facts.size() - 1;
        Q_EMIT factsAboutToBeInserted(first, last);
        m_facts += facts;
        for (int row = first; row <= last; ++row)
            m_factRow.insert(m_facts.at(row).id, row);
        Q_EMIT factsInserted(first, last);
    }
    return article.id;
}

bool Project::updateArticleMetadata(const Article &article)
{
    const int index = indexOfArticle(article.id);
    if (index < 0)
        return fail(tr("No such article."));
    if (isReadOnly())
        return fail(tr("The project is read-only."));
    Article updated = m_articles.at(index);
    updated.title = article.title;
    updated.source = article.source;
    updated.url = article.url;
    updated.date = article.date;
    updated.language = article.language;
    QString error;
    if (m_store && !m_store->updateArticle(updated, m_editor, &error))
        return fail(error);
    m_articles[index] = updated;
    Q_EMIT articleChanged(index);
    return true;
}

bool Project::removeArticle(qint64 articleId)
{
    const int index = indexOfArticle(articleId);
    if (index < 0)
        return fail(tr("No such article."));
    if (isReadOnly())
        return fail(tr("The project is read-only."));
    QString error;
    if (m_store && !m_store->removeArticle(articleId, m_editor, &error))
        return fail(error);
    // Facts of one article are not always contiguous (manual facts are appended),
    // so remove them one row at a time, from the end, to keep the rows exact.
    for (int row = m_facts.size() - 1; row >= 0; --row) {
        if (m_facts.at(row).articleId != articleId)
            continue;
        Q_EMIT factsAboutToBeRemoved(row, row);
        m_facts.remove(row);
        Q_EMIT factsRemoved(row, row);
    }
    rebuildFactIndex();
    Q_EMIT articleAboutToBeRemoved(index);
    m_articles.remove(index);
    Q_EMIT articleRemoved(index);
    return true;
}

bool Project::replaceArticleText(
    const Article &article, const QVector<Fact> &facts, const QVector<Figure> &newFigures)
{
    const int index = indexOfArticle(article.id);
    if (index < 0)
        return fail(tr("No such article."));
    if (isReadOnly())
        return fail(tr("The project is read-only."));
    QVector<int> rows;
    rows.reserve(facts.size());
    for (const Fact &fact : facts) {
        const int row = indexOfFact(fact.id);
        if (row < 0 || m_facts.at(row).articleId != article.id || fact.articleId != article.id)
            return fail(tr("No such fact."));
        rows.append(row);
    }
    // The store may keep anchors implicit (derived from the text): every fact of
    // the article is written again so that none is left pointing at the old text.
    QVector<Fact> written = facts;
    for (int row = 0; row < m_facts.size(); ++row) {
        if (m_facts.at(row).articleId == article.id && !rows.contains(row))
            written.append(m_facts.at(row));
    }
    const QVector<Fact> added = newFacts(article, newFigures, m_nextFactId);
    QString error;
    if (m_store
        && !m_store->replaceArticleText(
            article, written, added, QStringLiteral("reimport article"), m_editor, &error))
        return fail(error);
    m_nextFactId += added.size();
    m_articles[index] = article;
    Q_EMIT articleChanged(index);
    for (int i = 0; i < facts.size(); ++i) {
        m_facts[rows.at(i)] = facts.at(i);
        Q_EMIT factChanged(rows.at(i));
    }
    if (!added.isEmpty()) {
        const int first = m_facts.size();
        const int last = first + added.size() - 1;
        Q_EMIT factsAboutToBeInserted(first, last);
        m_facts += added;
        for (int row = first; row <= last; ++row)
            m_factRow.insert(m_facts.at(row).id, row);
        Q_EMIT factsInserted(first, last);
    }
    return true;
}

qint64 Project::addFact(Fact fact)
{
    fact.id = m_nextFactId;
    if (!restoreFact(fact))
        return 0;
    return fact.id;
}

bool Project::restoreFact(const Fact &fact)
{
    if (isReadOnly())
        return fail(tr("The project is read-only."));
    if (fact.id <= 0 || m_factRow.contains(fact.id))
        return fail(tr("The fact already exists."));
    const Article *owner = article(fact.articleId);
    if (!owner)
        return fail(tr("No such article."));
    Fact anchored = fact;
    anchored.anchorIn(owner->text);
    QString error;
    if (m_store && !m_store->insertFact(anchored, m_editor, &error))
        return fail(error);
    m_nextFactId = std::max(m_nextFactId, anchored.id + 1);
    const int row = m_facts.size();
    Q_EMIT factsAboutToBeInserted(row, row);
    m_facts.append(anchored);
    m_factRow.insert(anchored.id, row);
    Q_EMIT factsInserted(row, row);
    return true;
}

bool Project::removeFact(qint64 factId)
{
    const int row = indexOfFact(factId);
    if (row < 0)
        return fail(tr("No such fact."));
    if (isReadOnly())
        return fail(tr("The project is read-only."));
    QString error;
    if (m_store && !m_store->removeFact(m_facts.at(row), m_editor, &error))
        return fail(error);
    Q_EMIT factsAboutToBeRemoved(row, row);
    m_facts.remove(row);
    rebuildFactIndex();
    Q_EMIT factsRemoved(row, row);
    return true;
}

bool Project::updateFact(const Fact &fact, const QString &action)
{
    const int row = indexOfFact(fact.id);
    if (row < 0)
        return fail(tr("No such fact."));
    if (isReadOnly())
        return fail(tr("The project is read-only."));
    const Fact &before = m_facts.at(row);
    Fact after = before;
    after.status = fact.status;
    after.correctedValue = fact.correctedValue;
    after.correctedUnit = fact.correctedUnit;
    after.correctedKind = fact.correctedKind;
    after.rejectReason = fact.rejectReason;
    after.note = fact.note;
    after.editor = m_editor;
    after.reviewedAt = QDateTime::currentDateTimeUtc();
    if (before.origin == FactOrigin::Manual) {
        after.figure = fact.figure;
        if (const Article *owner = article(after.articleId))
            after.anchorIn(owner->text);
    }
    QString error;
    if (m_store && !m_store->updateFact(before, after, action, m_editor, &error))
        return fail(error);
    m_facts[row] = after;
    Q_EMIT factChanged(row);
    return true;
}

int Project::verifiedCount(qint64 articleId) const
{
    return int(std::count_if(m_facts.cbegin(), m_facts.cend(), [articleId](const Fact &fact) {
        return (articleId == 0 || fact.articleId == articleId) && fact.isVerified();
    }));
}

int Project::pendingCount(qint64 articleId) const
{
    return int(std::count_if(m_facts.cbegin(), m_facts.cend(), [articleId](const Fact &fact) {
        return (articleId == 0 || fact.articleId == articleId) && fact.status == ReviewStatus::Pending;
    }));
}

void Project::rebuildFactIndex()
{
    m_factRow.clear();
    m_factRow.reserve(m_facts.size());
    for (int row = 0; row < m_facts.size(); ++row)
        m_factRow.insert(m_facts.at(row).id, row);
}

bool Project::fail(const QString &error)
{
    m_lastError = error;
    return false;
}

} // namespace FactDesk
