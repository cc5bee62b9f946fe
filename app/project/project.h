#pragma once

#include "article/article.h"
#include "review/fact.h"
#include "story/storydecisions.h"

#include <QHash>
#include <QObject>
#include <QVector>

#include <memory>

namespace FactDesk {

class ProjectStore;

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
    int indexOfArticle(qint64 id) const;
    /// The article with the same text (by SHA-256), or nullptr.
    const Article *findArticleBySha256(const QByteArray &sha256) const;

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

    /// Adds a fact (usually manual); returns its id, or 0 on failure.
    qint64 addFact(Fact fact);
    /// Puts back a fact removed earlier, with its id (for undo). Returns false on failure.
    bool restoreFact(const Fact &fact);
    bool removeFact(qint64 factId);
    /**
     * Replaces the review state of a fact (status, correction, reason, note, and
     * the figure itself for manual facts). action names it in the audit log
     * ("confirm", "correct", "undo confirm", …).
     */
    bool updateFact(const Fact &fact, const QString &action);

    /// What the analyst decided about the story ledger (StoryLedger reads it).
    const StoryDecisions &storyDecisions() const { return m_storyDecisions; }
    /**
     * Replaces the story decisions; action names it in the audit log ("accept
     * measure", "undo accept measure"). An undo passes the decisions from before.
     */
    bool setStoryDecisions(const StoryDecisions &decisions, const QString &action);

    QString lastError() const { return m_lastError; }

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
    void rebuildFactIndex();
    bool fail(const QString &error);

    std::unique_ptr<ProjectStore> m_store;
    QVector<Article> m_articles;
    QVector<Fact> m_facts;
    StoryDecisions m_storyDecisions;
    QHash<qint64, int> m_factRow;
    qint64 m_nextArticleId = 1;
    qint64 m_nextFactId = 1;
    QString m_editor;
    QString m_lastError;
};

} // namespace FactDesk
