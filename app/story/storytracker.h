#pragma once

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QTimer;

namespace FactDesk {

class Project;
class StoryLedger;

/**
 * Keeps a StoryLedger up to date with a Project: every change of the project
 * (a review, an import, a decision) schedules one refresh, run when the event
 * loop is next idle, so that a burst of changes costs one. The ledger's
 * refresh rereads only what changed (see tests/bench/bench_story).
 *
 * flaggedFacts() are the facts the window marks: in an open conflict (a
 * conflict or scale trap without a verdict) or in an inconsistent check.
 */
class StoryTracker : public QObject
{
    Q_OBJECT
public:
    explicit StoryTracker(const Project *project, QObject *parent = nullptr);
    ~StoryTracker() override;

    const Project *project() const { return m_project; }
    const StoryLedger &ledger() const { return *m_ledger; }
    /// The language of the names the ledger makes; refreshes them.
    void setLanguage(const QString &language);

    const QSet<qint64> &flaggedFacts() const { return m_flagged; }
    bool isFlagged(qint64 factId) const { return m_flagged.contains(factId); }

public Q_SLOTS:
    /// Refreshes now, when a refresh is due (a test, or before reading the ledger at once).
    void refreshNow();
    /// Asks for a refresh when the event loop is next idle.
    void scheduleRefresh();

Q_SIGNALS:
    /// The ledger is about to change: what was read from it is read now or never (a model begins its reset).
    void aboutToUpdate();
    /// The ledger was refreshed: measures, pairs, checks and flaggedFacts() may have changed.
    void updated();

private:
    const Project *m_project;
    std::unique_ptr<StoryLedger> m_ledger;
    QTimer *m_timer;
    QSet<qint64> m_flagged;
    bool m_due = true;
};

} // namespace FactDesk
