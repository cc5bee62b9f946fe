#pragma once

#include "article/article.h"
#include "factconflict.h"
#include "projectchange.h"
#include "review/fact.h"
#include "story/storydecisions.h"

#include <QHash>
#include <QObject>
#include <QVector>

#include <memory>
#include <optional>

namespace FactDesk {

class ProjectStore;
struct UnchangedReview;

/**
 * The articles and facts an analyst works on, in memory, mirrored to a
 * ProjectStore when one is attached: every change is written in its own
 * transaction before the signal that announces it, so there is no unsaved
 * state. Without a store (a scratch project, or tests) it lives in memory only.
 *
 * Facts keep their insertion order; rows in the signals are indexes in facts().
 */
class Project : public QObject
{
    Q_OBJECT
public:
    explicit Project(QObject *parent = nullptr);
    ~Project() override;

    /// Attaches a store and loads what it holds, replacing the current content.
    bool attachStore(std::unique_ptr<ProjectStore> store, QString *error = nullptr);
    ProjectStore *store() const { return m_store.get(); }
    QString filePath() const;
    bool isReadOnly() const;

    /// Who is named in the audit log and in Fact::editor for new reviews.
    QString editor() const { return m_editor; }
    void setEditor(const QString &editor) { m_editor = editor; }

    const QVector<Article> &articles() const { return m_articles; }
    const Article *article(qint64 id) const;
    /**
     * The article with the same text (by Article::sha256()), or nullptr. The
     * first call hashes every article once; later ones are a lookup, so an
     * import stays linear in the number of articles.
     */
    const Article *findArticleBySha256(const QByteArray &sha256) const;
    /// The first article (in project order) with this URL, or nullptr; an empty url finds none.
    const Article *findArticleByUrl(const QString &url) const;
    /// The first article imported from a file of this name (folder ignored), or nullptr.
    const Article *findArticleByFileName(const QString &fileName) const;
    /// The first article with this title, or nullptr; an empty title finds none.
    const Article *findArticleByTitle(const QString &title) const;

    const QVector<Fact> &facts() const { return m_facts; }
    const Fact *fact(qint64 id) const;
    int indexOfFact(qint64 id) const;
    /// Facts of one article, ordered by their position in its text.
    QVector<const Fact *> factsOfArticle(qint64 articleId) const;

    /**
     * Adds an article and a pending fact for each of its figures. Returns the
     * new article's id, or 0 when the store refused it (see lastError()).
     */
    qint64 addArticle(Article article, const QVector<Figure> &figures);
    /**
     * Adds several articles, each with a pending fact per figure (figures[i]
     * for articles[i]), in one transaction: one disk sync for all of them, and
     * either all are stored or none. Returns their ids, or an empty vector when
     * the store refused them (see lastError()). sha256s, when given, are the
     * articles' Article::sha256(): an importer has them, and hashing is a large
     * part of storing an article.
     */
    QVector<qint64> addArticles(QVector<Article> articles, const QVector<QVector<Figure>> &figures,
        const QVector<QByteArray> &sha256s = {});
    /// Updates an article's metadata (title, source, url, date, language).
    bool updateArticleMetadata(const Article &article);
    bool removeArticle(qint64 articleId);
    /**
     * Replaces an article's text and source by an updated version (a re-import),
     * in one transaction. facts are the article's facts as they now stand in the
     * new text (same ids, offsets and quote/prefix/suffix set by the caller; any
     * of its facts not listed are left as they were), newFigures become pending
     * facts. The article keeps its id. Returns false on failure (see lastError()).
     */
    bool replaceArticleText(
        const Article &article, const QVector<Fact> &facts, const QVector<Figure> &newFigures);

    /// Adds a fact (usually manual); returns its id, or 0 on failure. action names it in the audit log.
    qint64 addFact(Fact fact, const QString &action = QStringLiteral("add fact"));
    /// Puts back a fact removed earlier, with its id (for undo). Returns false on failure.
    bool restoreFact(const Fact &fact, const QString &action = QStringLiteral("add fact"));
    bool removeFact(qint64 factId, const QString &action = QStringLiteral("remove fact"));
    /**
     * Replaces the review state of a fact (status, correction, reason, note,
     * editor and time, and the figure itself for manual facts) as given: the
     * Reviewer decides them. action names it in the audit log ("confirm",
     * "correct", "undo confirm", …).
     */
    bool updateFact(const Fact &fact, const QString &action);
    /**
     * A review that asked for what the fact (at the version given) already is:
     * writes its audit line only (outcome "unchanged"), and fills *already with
     * who decided so first. A fact changed since is a conflict (lastConflict()).
     */
    bool recordUnchanged(const Fact &fact, const QString &action, UnchangedReview *already);

    /// What the analyst decided about the story ledger (StoryLedger reads it).
    const StoryDecisions &storyDecisions() const { return m_storyDecisions; }
    /**
     * Replaces the story decisions; action names it in the audit log ("accept
     * measure", "undo accept measure"). An undo passes the decisions from before.
     */
    bool setStoryDecisions(const StoryDecisions &decisions, const QString &action);

    /**
     * Team projects: reloads from the store what another client changed
     * (TeamConnection::changed), emitting the usual signals for just those rows,
     * so views keep their selection. Kind::Everything reloads the whole project
     * (reset). False with lastError() when the store could not be read.
     */
    bool applyChange(const ProjectChange &change);

    QString lastError() const { return m_lastError; }
    /**
     * When the last updateFact() or removeFact() was refused because someone
     * else changed the fact first: who did what and when. The fact in facts()
     * is then already the one stored now (factChanged, or factsRemoved, was emitted).
     */
    const std::optional<FactConflict> &lastConflict() const { return m_lastConflict; }

    int verifiedCount(qint64 articleId = 0) const;
    int pendingCount(qint64 articleId = 0) const;

Q_SIGNALS:
    void aboutToReset();
    void reset();
    void articleAdded(int index);
    void articleChanged(int index);
    void articleAboutToBeRemoved(int index);
    void articleRemoved(int index);
    void factsAboutToBeInserted(int first, int last);
    void factsInserted(int first, int last);
    void factsAboutToBeRemoved(int first, int last);
    void factsRemoved(int first, int last);
    void factChanged(int row);
    void storyDecisionsChanged();

private:
    int indexOfArticle(qint64 id) const;
    void rebuildFactIndex();
    void rebuildArticleIndex();
    /// sha256: article.sha256() when known (empty: computed if needed).
    void indexArticle(const Article &article, const QByteArray &sha256 = QByteArray()) const;
    void unindexArticle(const Article &article) const;
    void buildNameLookups() const;
    template<typename Key>
    const Article *firstArticle(const QMultiHash<Key, qint64> &lookup, const Key &key) const;
    bool fail(const QString &error);
    void takeConflict(const FactConflict &conflict);
    bool reserveIds(qint64 articles, qint64 facts);
    void takeStoredFact(const Fact &fact);
    void dropFact(qint64 factId);
    void dropArticle(qint64 articleId);

    std::unique_ptr<ProjectStore> m_store;
    QVector<Article> m_articles;
    QVector<Fact> m_facts;
    StoryDecisions m_storyDecisions;
    QHash<qint64, int> m_factRow;
    QHash<qint64, int> m_articleRow;
    // Built on first use (hashing every text costs more than opening needs),
    // then kept up to date as articles are added; values are article ids.
    // Multi: two articles may share a title; the first in project order wins.
    mutable QMultiHash<QByteArray, qint64> m_articleBySha256;
    mutable QMultiHash<QString, qint64> m_articleByUrl;
    mutable QMultiHash<QString, qint64> m_articleByFileName;
    mutable QMultiHash<QString, qint64> m_articleByTitle;
    mutable bool m_textLookupBuilt = false;
    mutable bool m_nameLookupsBuilt = false;
    qint64 m_nextArticleId = 1;
    qint64 m_nextFactId = 1;
    QString m_editor;
    QString m_lastError;
    std::optional<FactConflict> m_lastConflict;
};

} // namespace FactDesk
