#include "storytracker.h"

#include "project/project.h"
#include "storyledger.h"

#include <QTimer>

namespace FactDesk {

StoryTracker::StoryTracker(const Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_ledger(std::make_unique<StoryLedger>(project))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &StoryTracker::refreshNow);
    connect(project, &Project::reset, this, &StoryTracker::scheduleRefresh);
    connect(project, &Project::articleAdded, this, &StoryTracker::scheduleRefresh);
    connect(project, &Project::articleChanged, this, &StoryTracker::scheduleRefresh);
    connect(project, &Project::articleRemoved, this, &StoryTracker::scheduleRefresh);
    connect(project, &Project::factsInserted, this, &StoryTracker::scheduleRefresh);
    connect(project, &Project::factsRemoved, this, &StoryTracker::scheduleRefresh);
    connect(project, &Project::factChanged, this, &StoryTracker::scheduleRefresh);
    connect(project, &Project::storyDecisionsChanged, this, &StoryTracker::scheduleRefresh);
    m_timer->start();
}

StoryTracker::~StoryTracker() = default;

void StoryTracker::setLanguage(const QString &language)
{
    m_ledger->setLanguage(language);
    scheduleRefresh();
}

void StoryTracker::scheduleRefresh()
{
    m_due = true;
    m_timer->start();
}

void StoryTracker::refreshNow()
{
    if (!m_due)
        return;
    m_due = false;
    m_timer->stop();
    Q_EMIT aboutToUpdate();
    m_ledger->refresh();
    m_flagged.clear();
    for (const Measure &measure : m_ledger->measures()) {
        for (const MeasurePair &pair : measure.pairs) {
            if (pair.isOpen()) {
                m_flagged.insert(pair.first);
                m_flagged.insert(pair.second);
            }
        }
    }
    for (const ArithmeticCheck &check : m_ledger->checks()) {
        if (!check.consistent) {
            for (qint64 factId : check.factIds)
                m_flagged.insert(factId);
        }
    }
    Q_EMIT updated();
}

} // namespace FactDesk
