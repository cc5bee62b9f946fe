#include "project.h"

#include "projectstore.h"
#include "unchangedreview.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace FactDesk {

namespace {

/// Appends one fact per figure to facts, anchored in the article's text, numbered from firstId.
void appendNewFacts(
    const Article &article, const QVector<Figure> &figures, qint64 firstId, QVector<Fact> *facts)
{
    qint64 factId = firstId;
    for (const Figure &figure : figures) {
        Fact fact;
        fact.id = factId++;
        fact.articleId = article.id;
        fact.figure = figure;
        fact.anchorIn(article.text);
        facts->append(std::move(fact));
    }
}

/// One fact per figure, anchored in the article's text, numbered from firstId.
QVector<Fact> newFacts(const Article &article, const QVector<Figure> &figures, qint64 firstId)
{
    QVector<Fact> facts;
    facts.reserve(figures.size());
    appendNewFacts(article, figures, firstId, &facts);
    return facts;
}

QString baseFileName(const QString &fileName)
{
    return QFileInfo(fileName).fileName();
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
    rebuildArticleIndex();
    m_articleBySha256.clear();
    m_articleByUrl.clear();
    m_articleByFileName.clear();
    m_articleByTitle.clear();
    m_textLookupBuilt = false;
    m_nameLookupsBuilt = false;
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
    return m_articleRow.value(id, -1);
}

template<typename Key>
const Article *Project::firstArticle(const QMultiHash<Key, qint64> &lookup, const Key &key) const
{
    int first = -1;
    for (auto it = lookup.constFind(key); it != lookup.cend() && it.key() == key; ++it) {
        const int row = indexOfArticle(it.value());
        if (row >= 0 && (first < 0 || row < first))
            first = row;
    }
    return first < 0 ? nullptr : &m_articles.at(first);
}

const Article *Project::findArticleBySha256(const QByteArray &sha256) const
{
    if (!m_textLookupBuilt) {
        m_textLookupBuilt = true;
        m_articleBySha256.reserve(m_articles.size());
        for (const Article &article : m_articles)
            m_articleBySha256.insert(article.sha256(), article.id);
    }
    return firstArticle(m_articleBySha256, sha256);
}

void Project::buildNameLookups() const
{
    if (m_nameLookupsBuilt)
        return;
    m_nameLookupsBuilt = true;
    for (const Article &article : m_articles) {
        m_articleByUrl.insert(article.url, article.id);
        m_articleByFileName.insert(baseFileName(article.fileName), article.id);
        m_articleByTitle.insert(article.title, article.id);
    }
}

const Article *Project::findArticleByUrl(const QString &url) const
{
    if (url.isEmpty())
        return nullptr;
    buildNameLookups();
    return firstArticle(m_articleByUrl, url);
}

const Article *Project::findArticleByFileName(const QString &fileName) const
{
    const QString name = baseFileName(fileName);
    if (name.isEmpty())
        return nullptr;
    buildNameLookups();
    return firstArticle(m_articleByFileName, name);
}

const Article *Project::findArticleByTitle(const QString &title) const
{
    if (title.isEmpty())
        return nullptr;
    buildNameLookups();
    return firstArticle(m_articleByTitle, title);
}

void Project::indexArticle(const Article &article, const QByteArray &sha256) const
{
    if (m_textLookupBuilt)
        m_articleBySha256.insert(sha256.isEmpty() ? article.sha256() : sha256, article.id);
    if (m_nameLookupsBuilt) {
        m_articleByUrl.insert(article.url, article.id);
        m_articleByFileName.insert(baseFileName(article.fileName), article.id);
        m_articleByTitle.insert(article.title, article.id);
    }
}

void Project::unindexArticle(const Article &article) const
{
    if (m_textLookupBuilt)
        m_articleBySha256.remove(article.sha256(), article.id);
    if (m_nameLookupsBuilt) {
        m_articleByUrl.remove(article.url, article.id);
        m_articleByFileName.remove(baseFileName(article.fileName), article.id);
        m_articleByTitle.remove(article.title, article.id);
    }
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
    const QVector<qint64> ids = addArticles({ std::move(article) }, { figures });
    return ids.isEmpty() ? 0 : ids.constFirst();
}

QVector<qint64> Project::addArticles(
    QVector<Article> articles, const QVector<QVector<Figure>> &figures, const QVector<QByteArray> &sha256s)
{
    Q_ASSERT(articles.size() == figures.size());
    if (isReadOnly())
        return fail(tr("The project is read-only.")), QVector<qint64>();
    QVector<Fact> facts;
    QVector<qint64> ids;
    ids.reserve(articles.size());
    qint64 figureCount = 0;
    for (const QVector<Figure> &articleFigures : figures)
        figureCount += articleFigures.size();
    if (!reserveIds(articles.size(), figureCount))
        return QVector<qint64>();
    qint64 nextFactId = m_nextFactId;
    facts.reserve(int(figureCount));
    for (int i = 0; i < articles.size(); ++i) {
        articles[i].id = m_nextArticleId + i;
        ids.append(articles.at(i).id);
        appendNewFacts(articles.at(i), figures.value(i), nextFactId, &facts);
        nextFactId = m_nextFactId + facts.size();
    }
    QString error;
    if (m_store && !m_store->insertArticles(articles, facts, m_editor, &error, sha256s))
        return fail(error), QVector<qint64>();
    m_nextArticleId += articles.size();
    m_nextFactId = nextFactId;

    for (int i = 0; i < articles.size(); ++i) {
        const Article &article = articles.at(i);
        m_articleRow.insert(article.id, int(m_articles.size()));
        m_articles.append(article);
        indexArticle(article, sha256s.value(i));
        Q_EMIT articleAdded(int(m_articles.size()) - 1);
    }
    // One insertion for the whole batch: views update once, not once per article.
    if (!facts.isEmpty()) {
        const int first = m_facts.size();
        const int last = first + facts.size() - 1;
        Q_EMIT factsAboutToBeInserted(first, last);
        // No reserve(): an exact reserve per batch would defeat the geometric growth.
        for (Fact &fact : facts)
            m_facts.append(std::move(fact));
        for (int row = first; row <= last; ++row)
            m_factRow.insert(m_facts.at(row).id, row);
        Q_EMIT factsInserted(first, last);
    }
    return ids;
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
    unindexArticle(m_articles.at(index));
    m_articles[index] = updated;
    indexArticle(updated);
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
    dropArticle(articleId);
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
    if (!reserveIds(0, newFigures.size()))
        return false;
    const QVector<Fact> added = newFacts(article, newFigures, m_nextFactId);
    QString error;
    if (m_store
        && !m_store->replaceArticleText(
            article, written, added, QStringLiteral("reimport article"), m_editor, &error))
        return fail(error);
    m_nextFactId += added.size();
    unindexArticle(m_articles.at(index));
    m_articles[index] = article;
    indexArticle(article);
    Q_EMIT articleChanged(index);
    // Every fact of the article was written again: each stored version is one more.
    for (int row = 0; row < m_facts.size(); ++row) {
        if (m_facts.at(row).articleId == article.id && !rows.contains(row))
            ++m_facts[row].version;
    }
    for (int i = 0; i < facts.size(); ++i) {
        const qint64 version = m_facts.at(rows.at(i)).version;
        m_facts[rows.at(i)] = facts.at(i);
        m_facts[rows.at(i)].version = version + 1;
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

qint64 Project::addFact(Fact fact, const QString &action)
{
    if (!reserveIds(0, 1))
        return 0;
    fact.id = m_nextFactId;
    if (!restoreFact(fact, action))
        return 0;
    return fact.id;
}

bool Project::restoreFact(const Fact &fact, const QString &action)
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
    if (m_store && !m_store->insertFact(anchored, m_editor, &error, action))
        return fail(error);
    m_nextFactId = std::max(m_nextFactId, anchored.id + 1);
    const int row = m_facts.size();
    Q_EMIT factsAboutToBeInserted(row, row);
    m_facts.append(anchored);
    m_factRow.insert(anchored.id, row);
    Q_EMIT factsInserted(row, row);
    return true;
}

bool Project::removeFact(qint64 factId, const QString &action)
{
    const int row = indexOfFact(factId);
    if (row < 0)
        return fail(tr("No such fact."));
    if (isReadOnly())
        return fail(tr("The project is read-only."));
    QString error;
    m_lastConflict.reset();
    FactConflict conflict;
    if (m_store && !m_store->removeFact(m_facts.at(row), m_editor, &error, action, &conflict)) {
        if (conflict.factId == factId)
            takeConflict(conflict);
        return fail(error);
    }
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
    after.editor = fact.editor;
    after.reviewedAt = fact.reviewedAt;
    if (before.origin == FactOrigin::Manual) {
        after.figure = fact.figure;
        if (const Article *owner = article(after.articleId))
            after.anchorIn(owner->text);
    }
    // The version the caller saw is the one the store checks: an undo names the
    // version its own step produced, so it is refused when someone wrote since.
    Fact seen = before;
    seen.version = fact.version;
    QString error;
    m_lastConflict.reset();
    if (m_store) {
        FactConflict conflict;
        QDateTime reviewedAt;
        if (!m_store->updateFact(seen, after, action, m_editor, &error, &conflict, &reviewedAt)) {
            if (conflict.factId == fact.id)
                takeConflict(conflict);
            return fail(error);
        }
        if (reviewedAt.isValid())
            after.reviewedAt = reviewedAt;
    } else if (after.status != ReviewStatus::Pending && !after.reviewedAt.isValid()) {
        after.reviewedAt = QDateTime::currentDateTimeUtc();
    }
    after.version = seen.version + 1;
    m_facts[row] = after;
    Q_EMIT factChanged(row);
    return true;
}

bool Project::recordUnchanged(const Fact &fact, const QString &action, UnchangedReview *already)
{
    const Fact *current = this->fact(fact.id);
    if (!current)
        return fail(tr("No such fact."));
    if (isReadOnly())
        return fail(tr("The project is read-only."));
    m_lastConflict.reset();
    Fact seen = *current;
    seen.version = fact.version;
    if (!m_store) {
        if (already) {
            *already = UnchangedReview();
            already->action = action;
            already->current = seen;
        }
        return true;
    }
    QString error;
    FactConflict conflict;
    if (!m_store->recordUnchanged(seen, action, m_editor, already, &error, &conflict)) {
        if (conflict.factId == fact.id)
            takeConflict(conflict);
        return fail(error);
    }
    return true;
}

void Project::takeConflict(const FactConflict &conflict)
{
    m_lastConflict = conflict;
    // The analyst sees the fact as it is now, not as it was when she acted.
    const int row = indexOfFact(conflict.factId);
    if (row < 0)
        return;
    if (conflict.removed) {
        Q_EMIT factsAboutToBeRemoved(row, row);
        m_facts.remove(row);
        rebuildFactIndex();
        Q_EMIT factsRemoved(row, row);
    } else {
        m_facts[row] = conflict.current;
        Q_EMIT factChanged(row);
    }
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

void Project::rebuildArticleIndex()
{
    m_articleRow.clear();
    m_articleRow.reserve(m_articles.size());
    for (int row = 0; row < m_articles.size(); ++row)
        m_articleRow.insert(m_articles.at(row).id, row);
}

bool Project::reserveIds(qint64 articles, qint64 facts)
{
    // In a team project others add articles and facts too: the database hands out the ids.
    if (!m_store || !m_store->isTeam() || (articles == 0 && facts == 0))
        return true;
    qint64 firstArticle = 0;
    qint64 firstFact = 0;
    QString error;
    if (!m_store->reserveIds(articles, facts, &firstArticle, &firstFact, &error))
        return fail(error);
    m_nextArticleId = firstArticle;
    m_nextFactId = firstFact;
    return true;
}

bool Project::applyChange(const ProjectChange &change)
{
    if (!m_store)
        return true;
    QString error;
    switch (change.kind) {
    case ProjectChange::Kind::Presence:
        return true;
    case ProjectChange::Kind::Everything:
        return attachStore(std::move(m_store), &error) || fail(error);
    case ProjectChange::Kind::Story: {
        StoryDecisions decisions;
        if (!m_store->loadStoryDecisions(&decisions, &error))
            return fail(error);
        if (decisions != m_storyDecisions) {
            m_storyDecisions = decisions;
            Q_EMIT storyDecisionsChanged();
        }
        return true;
    }
    case ProjectChange::Kind::Facts: {
        QVector<Fact> facts;
        if (!m_store->loadFacts(change.factIds, &facts, &error))
            return fail(error);
        QSet<qint64> found;
        for (const Fact &fact : std::as_const(facts)) {
            found.insert(fact.id);
            takeStoredFact(fact);
        }
        for (qint64 id : change.factIds) {
            if (!found.contains(id))
                dropFact(id);
        }
        return true;
    }
    case ProjectChange::Kind::Article:
    case ProjectChange::Kind::Articles:
        break;
    }
    const QVector<qint64> ids = change.kind == ProjectChange::Kind::Article
        ? QVector<qint64> { change.articleId }
        : change.articleIds;
    for (qint64 id : ids) {
        Article article;
        QVector<Fact> facts;
        if (!m_store->loadArticle(id, &article, &facts, &error)) {
            if (!error.isEmpty())
                return fail(error);
            dropArticle(id);
            continue;
        }
        const int index = indexOfArticle(id);
        if (index < 0) {
            m_articleRow.insert(article.id, int(m_articles.size()));
            m_articles.append(article);
            indexArticle(article);
            m_nextArticleId = std::max(m_nextArticleId, article.id + 1);
            Q_EMIT articleAdded(int(m_articles.size()) - 1);
        } else {
            unindexArticle(m_articles.at(index));
            m_articles[index] = article;
            indexArticle(article);
            Q_EMIT articleChanged(index);
        }
        QSet<qint64> stored;
        for (const Fact &fact : std::as_const(facts)) {
            stored.insert(fact.id);
            takeStoredFact(fact);
        }
        for (int row = m_facts.size() - 1; row >= 0; --row) {
            if (m_facts.at(row).articleId == id && !stored.contains(m_facts.at(row).id))
                dropFact(m_facts.at(row).id);
        }
    }
    return true;
}

void Project::takeStoredFact(const Fact &fact)
{
    const int row = indexOfFact(fact.id);
    if (row >= 0) {
        if (m_facts.at(row).version == fact.version && !m_facts.at(row).sameReview(fact)
            && m_facts.at(row).figure.start == fact.figure.start)
            return;
        m_facts[row] = fact;
        Q_EMIT factChanged(row);
        return;
    }
    const int last = m_facts.size();
    Q_EMIT factsAboutToBeInserted(last, last);
    m_facts.append(fact);
    m_factRow.insert(fact.id, last);
    m_nextFactId = std::max(m_nextFactId, fact.id + 1);
    Q_EMIT factsInserted(last, last);
}

void Project::dropFact(qint64 factId)
{
    const int row = indexOfFact(factId);
    if (row < 0)
        return;
    Q_EMIT factsAboutToBeRemoved(row, row);
    m_facts.remove(row);
    rebuildFactIndex();
    Q_EMIT factsRemoved(row, row);
}

void Project::dropArticle(qint64 articleId)
{
    const int index = indexOfArticle(articleId);
    if (index < 0)
        return;
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
    unindexArticle(m_articles.at(index));
    m_articles.remove(index);
    rebuildArticleIndex();
    Q_EMIT articleRemoved(index);
}

bool Project::fail(const QString &error)
{
    m_lastError = error;
    return false;
}

} // namespace FactDesk
