#include "storypanel.h"

#include "project/project.h"
#include "reviewcontroller.h"
#include "story/storyfilterproxymodel.h"
#include "story/storyledger.h"
#include "story/storymodel.h"
#include "story/storytracker.h"
#include "storydecisioncommand.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace FactDesk {

namespace {

/// Tints the rows that need the analyst: an open conflict, a failed check.
class OpenRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(StoryModel::OpenRole).toBool())
            return;
        // Translucent red: readable on a light and a dark base alike.
        option->backgroundBrush = QColor(220, 50, 47, 60);
        if (index.column() == StoryModel::StateColumn)
            option->font.setBold(true);
    }
};

using Show = StoryFilterProxyModel::Show;
constexpr Show shows[] = { Show::Everything, Show::Open, Show::Conflicts, Show::Updates, Show::Agreements,
    Show::NotComparable, Show::Decided, Show::Checks };

} // namespace

StoryPanel::StoryPanel(
    Project *project, StoryTracker *tracker, ReviewController *controller, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_tracker(tracker)
    , m_controller(controller)
    , m_undoStack(undoStack)
    , m_model(new StoryModel(tracker, this))
    , m_proxy(new StoryFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_articleLabel(new QLabel(this))
    , m_articleFilter(new QComboBox(this))
    , m_showLabel(new QLabel(this))
    , m_showFilter(new QComboBox(this))
    , m_nextButton(new QToolButton(this))
    , m_decideButton(new QPushButton(this))
    , m_view(new QTreeView(this))
    , m_nextConflictAction(new QAction(this))
    , m_acceptAction(new QAction(this))
    , m_renameAction(new QAction(this))
    , m_rightAction(new QAction(this))
    , m_bothRightAction(new QAction(this))
    , m_noteAction(new QAction(this))
    , m_clearVerdictAction(new QAction(this))
    , m_takeOutAction(new QAction(this))
    , m_mergeAction(new QAction(this))
    , m_moveAction(new QAction(this))
    , m_focusAction(new QAction(this))
{
    // Before the proxy and the view hear of a reset: the rows to keep are still there.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &StoryPanel::saveViewState);
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("storyView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new OpenRowDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    const int character = fontMetrics().averageCharWidth();
    // Narrow enough that the state shows under two panes; the tooltips hold the whole values. The
    // period fits "2026-02-09 · fr" and "2026-02 – 2026-06", the state a bold "9 conflits ouverts".
    m_view->header()->resizeSection(StoryModel::NameColumn, character * 26);
    m_view->header()->resizeSection(StoryModel::ValuesColumn, character * 26);
    m_view->header()->resizeSection(StoryModel::AsOfColumn, character * 20);
    m_view->header()->resizeSection(StoryModel::StateColumn, character * 23);

    m_summary->setObjectName(QStringLiteral("storySummary"));
    m_articleFilter->setObjectName(QStringLiteral("storyArticleFilter"));
    // The panel lies under the article panes: it must never ask the window for more width
    // than they do, so its filters shrink (their lists open wide) and the summary is cut.
    m_articleFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_articleFilter->setMinimumContentsLength(10);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_summary->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
    m_articleLabel->setBuddy(m_articleFilter);
    m_showFilter->setObjectName(QStringLiteral("storyShowFilter"));
    m_showFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_showFilter->setMinimumContentsLength(10);
    for (const Show show : shows)
        m_showFilter->addItem(QString(), int(show));
    m_showLabel->setBuddy(m_showFilter);
    m_nextButton->setDefaultAction(m_nextConflictAction);
    m_nextButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_decideButton->setObjectName(QStringLiteral("storyDecideButton"));
    m_decideButton->setAutoDefault(false);
    auto *decisions = new QMenu(this);
    decisions->addActions({ m_acceptAction, m_renameAction });
    decisions->addSeparator();
    decisions->addActions({ m_rightAction, m_bothRightAction, m_noteAction, m_clearVerdictAction });
    decisions->addSeparator();
    decisions->addActions({ m_moveAction, m_takeOutAction, m_mergeAction });
    m_decideButton->setMenu(decisions);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(decisions->actions());

    // Two lines: the summary and the keys, then the filters, so the panel fits under narrow panes.
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_nextButton);
    top->addWidget(m_decideButton);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_articleLabel);
    filters->addWidget(m_articleFilter, 1);
    filters->addWidget(m_showLabel);
    filters->addWidget(m_showFilter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    // X, a single letter like the review keys, in the whole window.
    m_nextConflictAction->setShortcut(QKeySequence(Qt::Key_X));
    m_nextConflictAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_nextConflictAction, &QAction::triggered, this, [this] {
        if (!goToNextConflict())
            Q_EMIT statusMessage(tr("No open conflict and no failed check in the story."));
    });
    connect(m_acceptAction, &QAction::triggered, this, [this] {
        const qint64 measureId = selectedMeasureId();
        if (measureId)
            decide(m_tracker->ledger().accepting(measureId), QStringLiteral("accept measure"),
                tr("Accept Measure"));
    });
    connect(m_renameAction, &QAction::triggered, this, &StoryPanel::askName);
    connect(m_rightAction, &QAction::triggered, this, [this] {
        setVerdictOnSelection(PairVerdict::FirstRight, QString());
    });
    connect(m_bothRightAction, &QAction::triggered, this, [this] {
        setVerdictOnSelection(PairVerdict::BothRight, QString());
    });
    connect(m_noteAction, &QAction::triggered, this, &StoryPanel::askNote);
    connect(m_clearVerdictAction, &QAction::triggered, this, [this] {
        setVerdictOnSelection(PairVerdict::None, QString());
    });
    connect(m_takeOutAction, &QAction::triggered, this, [this] {
        const qint64 factId = selectedFactId();
        if (factId)
            decide(m_tracker->ledger().moving(factId, 0), QStringLiteral("move fact"),
                tr("Take Figure out of Measure"));
    });
    connect(m_mergeAction, &QAction::triggered, this, &StoryPanel::askMerge);
    connect(m_moveAction, &QAction::triggered, this, &StoryPanel::askMove);
    m_focusAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(m_focusAction, &QAction::triggered, this, [this] {
        // A closed Story dock opens first, and comes in front of the fact table
        // it shares a tab with: its list cannot take the keys unseen.
        for (QWidget *ancestor = parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
            if (auto *dock = qobject_cast<QDockWidget *>(ancestor)) {
                dock->show();
                dock->raise();
                break;
            }
        }
        m_view->setFocus(Qt::ShortcutFocusReason);
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });

    connect(m_articleFilter, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
        m_proxy->setArticleId(m_articleFilter->currentData().toLongLong());
    });
    connect(m_showFilter, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
        [this] { m_proxy->setShow(Show(m_showFilter->currentData().toInt())); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { onCurrentRowChanged(current); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &StoryPanel::restoreViewState);
    connect(m_tracker, &StoryTracker::updated, this, [this] {
        fillArticleFilter();
        updateSummary();
        updateActions();
    });
    connect(controller, &ReviewController::currentFactChanged, this, &StoryPanel::selectFact);

    retranslateUi();
    fillArticleFilter();
    restoreViewState();
    updateSummary();
    updateActions();
}

StoryPanel::~StoryPanel() = default;

void StoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StoryPanel::retranslateUi()
{
    m_articleLabel->setText(tr("Ar&ticle:"));
    m_showLabel->setText(tr("S&how:"));
    for (int i = 0; i < m_showFilter->count(); ++i) {
        QString name;
        switch (Show(m_showFilter->itemData(i).toInt())) {
        case Show::Everything:
            name = tr("Everything");
            break;
        case Show::Open:
            name = tr("Open conflicts and failed checks");
            break;
        case Show::Conflicts:
            name = tr("Conflicts");
            break;
        case Show::Updates:
            name = tr("Updates");
            break;
        case Show::Agreements:
            name = tr("Agreements and roundings");
            break;
        case Show::NotComparable:
            name = tr("Not comparable");
            break;
        case Show::Decided:
            name = tr("With a decision");
            break;
        case Show::Checks:
            name = tr("Arithmetic checks");
            break;
        }
        m_showFilter->setItemText(i, name);
    }
    // The list opens as wide as its longest choice, whatever the combo's width.
    m_showFilter->view()->setMinimumWidth(m_showFilter->view()->sizeHintForColumn(0) + 24);
    m_nextConflictAction->setText(tr("Go to the &Next Open Conflict"));
    m_nextConflictAction->setToolTip(
        tr("The next figure in an open conflict or a failed arithmetic check (%1)")
            .arg(m_nextConflictAction->shortcut().toString(QKeySequence::NativeText)));
    m_nextButton->setText(tr("Next Conflict"));
    m_decideButton->setText(tr("Decide"));
    m_decideButton->setToolTip(tr("Accept, name or merge the measure; a verdict on a conflict"));
    m_acceptAction->setText(tr("&Accept the Grouping"));
    m_renameAction->setText(tr("&Name the Measure\u2026"));
    m_rightAction->setText(tr("This Figure Is &Right"));
    m_rightAction->setToolTip(tr("Settles its conflicts: the other articles are wrong"));
    m_bothRightAction->setText(tr("&Both Right, at Different Dates"));
    m_noteAction->setText(tr("N&ote on the Conflict\u2026"));
    m_clearVerdictAction->setText(tr("&Clear the Verdict"));
    m_takeOutAction->setText(tr("&Take the Figure out of the Measure"));
    m_mergeAction->setText(tr("&Merge into Another Measure\u2026"));
    m_moveAction->setText(tr("M&ove the Figure to Another Measure\u2026"));
    m_focusAction->setText(tr("Go to &Story"));
    // The model's texts (headers, labels) follow the language too.
    m_tracker->scheduleRefresh();
    fillArticleFilter();
    updateSummary();
}

void StoryPanel::fillArticleFilter()
{
    const qint64 chosen = m_articleFilter->currentData().toLongLong();
    const QSignalBlocker blocker(m_articleFilter);
    m_articleFilter->clear();
    m_articleFilter->addItem(tr("All articles"), qint64(0));
    for (const Article &article : m_project->articles())
        m_articleFilter->addItem(article.displayTitle(), article.id);
    const int index = m_articleFilter->findData(chosen);
    m_articleFilter->setCurrentIndex(index < 0 ? 0 : index);
    m_articleFilter->view()->setMinimumWidth(m_articleFilter->view()->sizeHintForColumn(0) + 24);
    m_proxy->setArticleId(m_articleFilter->currentData().toLongLong());
}

QString StoryPanel::summaryText() const
{
    const StoryLedger &ledger = m_tracker->ledger();
    const int conflicts = ledger.openConflictCount();
    const int failed = ledger.inconsistentCheckCount();
    if (ledger.measures().isEmpty() && ledger.checks().isEmpty())
        return tr("No figure shared between articles yet.");
    if (conflicts == 0 && failed == 0)
        return tr("%n measure(s), no open conflict, no failed check.", nullptr, int(ledger.measures().size()));
    QStringList parts;
    if (conflicts > 0)
        parts << tr("%n open conflict(s)", nullptr, conflicts);
    if (failed > 0)
        parts << tr("%n failed check(s)", nullptr, failed);
    return parts.join(QStringLiteral(" \u00B7 "));
}

void StoryPanel::updateSummary()
{
    m_summary->setText(summaryText());
    const bool open = m_tracker->ledger().openConflictCount() + m_tracker->ledger().inconsistentCheckCount() > 0;
    QFont font = m_summary->font();
    font.setBold(open);
    m_summary->setFont(font);
}

QVector<qint64> StoryPanel::conflictFacts() const
{
    QVector<qint64> facts;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex top = m_model->index(row, 0);
        if (!top.data(StoryModel::OpenRole).toBool())
            continue;
        const auto kind = StoryModel::RowKind(top.data(StoryModel::RowKindRole).toInt());
        if (kind == StoryModel::RowKind::Check) {
            const qint64 factId = top.data(StoryModel::FactIdRole).toLongLong();
            if (factId && !facts.contains(factId))
                facts.append(factId);
            continue;
        }
        for (int child = 0; child < m_model->rowCount(top); ++child) {
            const QModelIndex fact = m_model->index(child, 0, top);
            const qint64 factId = fact.data(StoryModel::FactIdRole).toLongLong();
            if (fact.data(StoryModel::OpenRole).toBool() && !facts.contains(factId))
                facts.append(factId);
        }
    }
    return facts;
}

bool StoryPanel::goToNextConflict()
{
    m_tracker->refreshNow();
    const QVector<qint64> facts = conflictFacts();
    if (facts.isEmpty())
        return false;
    const int at = int(facts.indexOf(m_controller->currentFactId()));
    const qint64 next = facts.at((at + 1) % facts.size());
    // A filter must not hide where the key leads.
    const QModelIndex source = m_model->indexOfFact(next);
    const QModelIndex row = source.parent().isValid() ? source.parent() : source;
    if (row.isValid() && !m_proxy->mapFromSource(row).isValid()) {
        m_showFilter->setCurrentIndex(0);
        m_articleFilter->setCurrentIndex(0);
    }
    m_controller->setCurrentFact(next);
    selectFact(next);
    return true;
}

void StoryPanel::selectFact(qint64 factId)
{
    if (m_syncing || !factId)
        return;
    // A measure or check row standing for this fact stays selected.
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && current.data(StoryModel::FactIdRole).toLongLong() == factId)
        return;
    const QModelIndex source = m_model->indexOfFact(factId);
    if (source.parent().isValid() && !m_proxy->mapFromSource(source.parent()).isValid())
        return;
    const QModelIndex proxy = m_proxy->mapFromSource(source);
    if (!proxy.isValid())
        return;
    m_syncing = true;
    m_view->expand(proxy.parent());
    m_view->selectionModel()->setCurrentIndex(
        proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(proxy);
    m_syncing = false;
}

void StoryPanel::onCurrentRowChanged(const QModelIndex &current)
{
    updateActions();
    if (m_syncing || !current.isValid())
        return;
    const qint64 factId = current.data(StoryModel::FactIdRole).toLongLong();
    if (!factId)
        return;
    m_syncing = true;
    m_controller->setCurrentFact(factId);
    m_syncing = false;
}

qint64 StoryPanel::selectedFactId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()
        || StoryModel::RowKind(current.data(StoryModel::RowKindRole).toInt()) != StoryModel::RowKind::Fact)
        return 0;
    return current.data(StoryModel::FactIdRole).toLongLong();
}

qint64 StoryPanel::selectedMeasureId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(StoryModel::MeasureIdRole).toLongLong() : 0;
}

void StoryPanel::updateActions()
{
    const bool writable = !m_project->isReadOnly();
    const qint64 measureId = selectedMeasureId();
    const qint64 factId = selectedFactId();
    bool inConflict = false;
    bool judged = false;
    if (const Measure *measure = factId ? m_tracker->ledger().measureOfFact(factId) : nullptr) {
        for (const MeasurePair &pair : measure->pairs) {
            if (pair.first != factId && pair.second != factId)
                continue;
            inConflict = inConflict || pair.label == PairLabel::Conflict || pair.label == PairLabel::ScaleTrap;
            judged = judged || pair.verdict != PairVerdict::None || !pair.note.isEmpty();
        }
    }
    m_acceptAction->setEnabled(writable && measureId);
    m_renameAction->setEnabled(writable && measureId);
    m_mergeAction->setEnabled(writable && measureId);
    m_takeOutAction->setEnabled(writable && factId);
    m_moveAction->setEnabled(writable && factId);
    m_rightAction->setEnabled(writable && inConflict);
    m_bothRightAction->setEnabled(writable && inConflict);
    m_noteAction->setEnabled(writable && inConflict);
    m_clearVerdictAction->setEnabled(writable && judged);
    m_nextConflictAction->setEnabled(true);
}

bool StoryPanel::decide(const StoryDecisions &after, const QString &action, const QString &text)
{
    const StoryDecisions before = m_project->storyDecisions();
    if (after == before)
        return false;
    QString failure;
    m_undoStack->push(new StoryDecisionCommand(m_project, before, after, action, text,
        [this, &failure](const QString &message) {
            failure = message;
            Q_EMIT statusMessage(message);
        }));
    m_tracker->refreshNow();
    return failure.isEmpty();
}

bool StoryPanel::setVerdictOnSelection(PairVerdict verdict, const QString &note)
{
    const qint64 factId = selectedFactId();
    const Measure *measure = factId ? m_tracker->ledger().measureOfFact(factId) : nullptr;
    if (!measure)
        return false;
    // Every conflict of the figure at once: it is right, so the others are wrong. A null
    // note keeps the note written; clearing the verdict clears the note too.
    StoryDecisions decisions = m_project->storyDecisions();
    bool any = false;
    for (const MeasurePair &pair : measure->pairs) {
        if (pair.first != factId && pair.second != factId)
            continue;
        const bool conflict = pair.label == PairLabel::Conflict || pair.label == PairLabel::ScaleTrap;
        const bool judged = pair.verdict != PairVerdict::None || !pair.note.isEmpty();
        if (!conflict && !judged)
            continue;
        const StoryDecisions::FactPair key = StoryDecisions::pair(pair.first, pair.second);
        PairVerdict given = verdict;
        if (verdict == PairVerdict::FirstRight && pair.second == factId)
            given = PairVerdict::SecondRight;
        const QString kept = (note.isNull() ? pair.note : note).trimmed();
        if (given == PairVerdict::None && (note.isNull() || kept.isEmpty()))
            decisions.verdicts.remove(key);
        else
            decisions.verdicts.insert(key, { given, kept });
        any = true;
    }
    if (!any)
        return false;
    return decide(decisions, QStringLiteral("set verdict"),
        verdict == PairVerdict::None ? tr("Clear Verdict") : tr("Set Verdict"));
}

bool StoryPanel::renameSelection(const QString &name)
{
    const qint64 measureId = selectedMeasureId();
    if (!measureId)
        return false;
    return decide(m_tracker->ledger().naming(measureId, name), QStringLiteral("name measure"),
        tr("Name Measure \u201C%1\u201D").arg(name.trimmed()));
}

void StoryPanel::askName()
{
    const Measure *measure = m_tracker->ledger().measure(selectedMeasureId());
    if (!measure)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Name the Measure"), tr("Name of this measure:"), QLineEdit::Normal, measure->name, &ok);
    if (ok)
        renameSelection(name);
}

void StoryPanel::askNote()
{
    const qint64 factId = selectedFactId();
    const Measure *measure = factId ? m_tracker->ledger().measureOfFact(factId) : nullptr;
    if (!measure)
        return;
    QString current;
    for (const MeasurePair &pair : measure->pairs) {
        if ((pair.first == factId || pair.second == factId)
            && (pair.label == PairLabel::Conflict || pair.label == PairLabel::ScaleTrap)) {
            current = pair.note;
            break;
        }
    }
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Note on the Conflict"), tr("Why the figures differ, or which source to trust:"), current, &ok);
    if (!ok)
        return;
    // The verdict of each pair stays as it is.
    StoryDecisions decisions = m_project->storyDecisions();
    for (const MeasurePair &pair : measure->pairs) {
        if ((pair.first == factId || pair.second == factId)
            && (pair.label == PairLabel::Conflict || pair.label == PairLabel::ScaleTrap)) {
            const StoryDecisions::FactPair key = StoryDecisions::pair(pair.first, pair.second);
            if (pair.verdict == PairVerdict::None && note.trimmed().isEmpty())
                decisions.verdicts.remove(key);
            else
                decisions.verdicts.insert(key, { pair.verdict, note.trimmed() });
        }
    }
    decide(decisions, QStringLiteral("set verdict"), tr("Note on Conflict"));
}

QVector<QPair<QString, qint64>> StoryPanel::otherMeasures(qint64 measureId) const
{
    QVector<QPair<QString, qint64>> choices;
    const Measure *from = m_tracker->ledger().measure(measureId);
    if (!from)
        return choices;
    for (const Measure &measure : m_tracker->ledger().measures()) {
        if (measure.id != from->id && measure.kind == from->kind && measure.unit == from->unit)
            choices.append({ tr("%1 (measure %2)").arg(measure.name).arg(measure.id), measure.id });
    }
    return choices;
}

void StoryPanel::askMerge()
{
    const Measure *from = m_tracker->ledger().measure(selectedMeasureId());
    if (!from)
        return;
    const QVector<QPair<QString, qint64>> choices = otherMeasures(from->id);
    if (choices.isEmpty()) {
        Q_EMIT statusMessage(tr("No other measure of the same kind and unit to merge with."));
        return;
    }
    QStringList names;
    for (const auto &choice : choices)
        names.append(choice.first);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Merge Measures"),
        tr("Merge \u201C%1\u201D into:").arg(from->name), names, 0, false, &ok);
    const int index = int(names.indexOf(chosen));
    if (!ok || index < 0)
        return;
    decide(m_tracker->ledger().merging(from->id, choices.at(index).second), QStringLiteral("merge measures"),
        tr("Merge Measures"));
}

void StoryPanel::askMove()
{
    const qint64 factId = selectedFactId();
    if (!factId)
        return;
    const QVector<QPair<QString, qint64>> choices = otherMeasures(selectedMeasureId());
    if (choices.isEmpty()) {
        Q_EMIT statusMessage(tr("No other measure of the same kind and unit to move the figure to."));
        return;
    }
    QStringList names;
    for (const auto &choice : choices)
        names.append(choice.first);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Move the Figure"), tr("Move the figure to the measure:"), names, 0, false, &ok);
    const int index = int(names.indexOf(chosen));
    if (ok && index >= 0)
        moveSelectionTo(choices.at(index).second);
}

bool StoryPanel::moveSelectionTo(qint64 measureId)
{
    const qint64 factId = selectedFactId();
    if (!factId || !m_tracker->ledger().measure(measureId))
        return false;
    return decide(
        m_tracker->ledger().moving(factId, measureId), QStringLiteral("move fact"), tr("Move Figure to Measure"));
}

void StoryPanel::saveViewState()
{
    const QModelIndex current = m_view->currentIndex();
    m_savedKind = current.isValid() ? current.data(StoryModel::RowKindRole).toInt() : -1;
    m_savedFact = current.isValid() ? current.data(StoryModel::FactIdRole).toLongLong() : 0;
    m_savedMeasure = current.isValid() ? current.data(StoryModel::MeasureIdRole).toLongLong() : 0;
    m_savedCheck = current.isValid() ? current.data(StoryModel::CheckKeyRole).toString() : QString();
    // Until the ledger first had rows, the panel opens the measures in conflict itself.
    if (m_proxy->rowCount() == 0)
        return;
    m_expanded.clear();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (m_view->isExpanded(index))
            m_expanded.insert(index.data(StoryModel::MeasureIdRole).toLongLong());
    }
    m_expandedKnown = true;
}

void StoryPanel::restoreViewState()
{
    m_syncing = true;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const qint64 measureId = index.data(StoryModel::MeasureIdRole).toLongLong();
        // The first time, the measures in conflict open: their values side by side at once.
        const bool open = m_expandedKnown ? m_expanded.contains(measureId) && measureId != 0
                                          : index.data(StoryModel::OpenRole).toBool() && measureId != 0;
        if (open)
            m_view->expand(index);
    }
    QModelIndex source;
    switch (StoryModel::RowKind(m_savedKind)) {
    case StoryModel::RowKind::Measure:
        source = m_model->indexOfMeasure(m_savedMeasure);
        break;
    case StoryModel::RowKind::Fact:
        source = m_model->indexOfFact(m_savedFact);
        break;
    case StoryModel::RowKind::Check:
        source = m_model->indexOfCheck(m_savedCheck);
        break;
    }
    if (m_savedKind < 0)
        source = m_model->indexOfFact(m_controller->currentFactId());
    const QModelIndex proxy = m_proxy->mapFromSource(source);
    if (proxy.isValid())
        m_view->selectionModel()->setCurrentIndex(
            proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_syncing = false;
    updateActions();
}

} // namespace FactDesk
