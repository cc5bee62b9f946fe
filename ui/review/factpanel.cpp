#include "factpanel.h"

#include "factcontextdelegate.h"
#include "facteditor.h"
#include "factstatusdelegate.h"
#include "figurestyle.h"
#include "project/project.h"
#include "review/factfilterproxymodel.h"
#include "review/factmodel.h"
#include "reviewcontroller.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFontMetricsF>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace FactDesk {

namespace {
/// The status filter's choices, in combo order.
enum class StatusChoice
{
    All,
    Pending,
    Verified,
    Confirmed,
    Corrected,
    Rejected,
};

constexpr std::array<FigureKind, 7> kinds = { FigureKind::Money, FigureKind::Percent, FigureKind::Count,
    FigureKind::Quantity, FigureKind::Multiplier, FigureKind::Date, FigureKind::Number };

QVector<ReviewStatus> statusesOf(StatusChoice choice)
{
    switch (choice) {
    case StatusChoice::All:
        return {};
    case StatusChoice::Pending:
        return { ReviewStatus::Pending };
    case StatusChoice::Verified:
        return { ReviewStatus::Confirmed, ReviewStatus::Corrected };
    case StatusChoice::Confirmed:
        return { ReviewStatus::Confirmed };
    case StatusChoice::Corrected:
        return { ReviewStatus::Corrected };
    case StatusChoice::Rejected:
        return { ReviewStatus::Rejected };
    }
    return {};
}

} // namespace

class FactPanelPrivate
{
public:
    Project *project = nullptr;
    ReviewController *controller = nullptr;
    FactModel *model = nullptr;
    FactFilterProxyModel *proxy = nullptr;

    QLabel *statusLabel = nullptr;
    QComboBox *statusCombo = nullptr;
    QLabel *kindLabel = nullptr;
    QComboBox *kindCombo = nullptr;
    QLabel *unitLabel = nullptr;
    QComboBox *unitCombo = nullptr;
    bool unitsQueued = false; ///< a refill of unitCombo is queued
    QLabel *articleLabel = nullptr;
    QComboBox *articleCombo = nullptr;
    QLineEdit *searchEdit = nullptr;
    QLabel *countLabel = nullptr;
    QLabel *messageLabel = nullptr;
    QTableView *view = nullptr;
    FactStatusDelegate *statusDelegate = nullptr;
    bool themedStyle = false; ///< a theme's style was given: palette changes do not replace it
    FactEditor *editor = nullptr;
    QMenu *rejectMenu = nullptr;
    /// Set while the table is moved to follow the controller, so the move is not echoed back.
    bool followingController = false;
    /// A check that the current fact is still shown is queued.
    bool hiddenCheckQueued = false;
    /// messageLabel says the current fact is hidden by the filters (not an error).
    bool showingHiddenNotice = false;

    /// Text and Article as wide as their content asks, within reason.
    int wantedText = 0;
    int wantedArticle = 0;
    /// The widest figure in bold, as the Context column draws it, with the cell's margins.
    int wantedContextFigure = 0;
    /// Kind and Status as wide as their names ask; Status with its marks alone.
    int kindWidth = 0;
    int statusWidth = 0;
    int statusMarksWidth = 0;
    QScrollArea *editorArea = nullptr;
    QSplitter *splitter = nullptr;
    QGridLayout *filters = nullptr;
    QHBoxLayout *searchRow = nullptr;
    /// How the filters are laid out now: 0 two by two, 1 four in a row, 2 all in one row with the search.
    int filterFlow = -1;

    void fitColumns();
    /// What a cell's text needs beyond its own width.
    int cellMargins() const;
    int gridWidth() const;
    /// Widens the Text column so that the figures of rows first to last show whole (within reason).
    void fitTextColumn(int first, int last);
    /**
     * Shares the table's width so that the figure shows whole in Text and in
     * Context, with a few of its words, and the table never scrolls sideways:
     * the other columns give way, the least needed first.
     */
    void fitToWidth();
    /// The filters in as few rows as the panel's width allows.
    void flowFilters(int width);
    /// Errors in red, readable on the panel's background, light or dark.
    void colourMessage();
    /// The units of the project's facts (dates aside), in unitCombo, keeping the choice.
    void fillUnits();
};

void FactPanelPrivate::fillUnits()
{
    unitsQueued = false;
    QSet<QString> units;
    for (const Fact &fact : project->facts()) {
        if (fact.finalKind() != FigureKind::Date)
            units.insert(fact.finalUnit());
    }
    QStringList sorted(units.cbegin(), units.cend());
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(FactModel::unitName(a), FactModel::unitName(b)) < 0;
    });
    const QVariant chosen = unitCombo->currentData();
    const QSignalBlocker blocker(unitCombo);
    unitCombo->clear();
    unitCombo->addItem(FactPanel::tr("All units"));
    for (const QString &unit : std::as_const(sorted))
        unitCombo->addItem(unit.isEmpty() ? FactPanel::tr("No unit") : FactModel::unitName(unit), unit);
    const int index = chosen.isValid() ? unitCombo->findData(chosen) : 0;
    unitCombo->setCurrentIndex(std::max(index, 0));
    if (index < 0)
        proxy->clearUnit(); // the chosen unit is gone
    if (filterFlow >= 0) {
        filterFlow = -1;
        flowFilters(unitCombo->parentWidget()->width());
    }
}

void FactPanelPrivate::fitTextColumn(int first, int last)
{
    // The text laid out takes fractions of a pixel: a figure a fraction
    // wider than its cell would be elided.
    const QFontMetricsF metrics(view->font());
    QFont boldFont = view->font();
    boldFont.setBold(true);
    const QFontMetricsF bold(boldFont);
    const int em = view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widest = 22 * em; // beyond, the tooltip and the editor show the rest
    const int textMargins = cellMargins();
    const int contextMargins = FactContextDelegate::margins(view) + gridWidth();
    const QVector<Fact> &facts = project->facts();
    for (int row = std::max(first, 0); row <= last && row < facts.size() && wantedText < widest; ++row) {
        const QString &quote = facts.at(row).quote;
        wantedText = std::max(wantedText, int(std::ceil(metrics.horizontalAdvance(quote))) + textMargins);
        wantedContextFigure
            = std::max(wantedContextFigure, int(std::ceil(bold.horizontalAdvance(quote))) + contextMargins);
    }
    wantedText = std::min(wantedText, widest);
    wantedContextFigure = std::min(wantedContextFigure, widest + contextMargins);
    fitToWidth();
}

int FactPanelPrivate::gridWidth() const
{
    return view->showGrid() ? 1 : 0; // a cell's last pixel is its grid line
}

int FactPanelPrivate::cellMargins() const
{
    // The style's text margin on both sides (what a cell's text may not cover) and the grid line.
    return 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + gridWidth();
}

void FactPanelPrivate::fitColumns()
{
    // Kind, value and status are measured in the interface's language and
    // locale, so no kind or status is cut short ("Multiplicateur", "À vérifier")
    // and a value is never elided: that would hide its magnitude.
    const QFontMetrics metrics = view->fontMetrics();
    const QFontMetrics headerMetrics = view->horizontalHeader()->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    // The cell's margins and a little air.
    const int padding = cellMargins() + em / 4;
    // In the header, room for the sort arrow too.
    const auto headerWidth = [&](int column) {
        return headerMetrics.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString()) + 2 * em;
    };
    kindWidth = headerWidth(FactModel::KindColumn);
    for (const FigureKind kind : kinds)
        kindWidth = std::max(kindWidth, metrics.horizontalAdvance(FactModel::kindName(kind)) + padding);
    // The status dot, the story's flag (a figure in conflict), the symbol and the name.
    const int dot = metrics.height();
    const QString marks = QStringLiteral("\u26A0 \u2713");
    statusWidth = headerWidth(FactModel::StatusColumn);
    for (const ReviewStatus status :
        { ReviewStatus::Pending, ReviewStatus::Confirmed, ReviewStatus::Corrected, ReviewStatus::Rejected })
        statusWidth = std::max(statusWidth,
            dot + metrics.horizontalAdvance(marks + QLatin1Char(' ') + FactModel::statusName(status))
                + padding);
    statusMarksWidth = std::max(3 * em, dot + metrics.horizontalAdvance(marks) + padding);
    // Units are short words ("USD", "%", "emplois"); a long one is elided, its tooltip whole.
    int unitWidth = headerWidth(FactModel::UnitColumn);
    QSet<QString> units;
    for (const Fact &fact : project->facts())
        units.insert(fact.finalUnit());
    for (const QString &unit : std::as_const(units))
        unitWidth = std::max(
            unitWidth, std::min(6 * em, metrics.horizontalAdvance(FactModel::unitName(unit)) + padding));
    const QString wideValue = QStringLiteral("\u2248 ") + QLocale().toString(qlonglong(500000000000));
    QHeaderView *header = view->horizontalHeader();
    header->resizeSection(FactModel::ValueColumn,
        std::max(headerWidth(FactModel::ValueColumn), metrics.horizontalAdvance(wideValue) + padding));
    header->resizeSection(FactModel::UnitColumn, unitWidth);
    wantedText = std::max(6 * em, headerWidth(FactModel::TextColumn));
    wantedContextFigure = 0;
    wantedArticle = 12 * em;
    fitTextColumn(0, int(project->facts().size()) - 1);
}

void FactPanelPrivate::fitToWidth()
{
    QHeaderView *header = view->horizontalHeader();
    const int em = view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int available = view->viewport()->width();
    // The figure whole in Text, and in Context with a few words either side
    // ("…à **500 milliards** $, soit…"); Value and Unit are never cut.
    const int context = std::max(wantedContextFigure + 2 * em, header->minimumSectionSize());
    const int text = std::max(wantedText, header->minimumSectionSize());
    const int kept = header->sectionSize(FactModel::ValueColumn) + header->sectionSize(FactModel::UnitColumn)
        + text + context;
    // What gives way, the least needed first: the article's title (the
    // editor and the article's pane name it), then the status names (the dot
    // and the symbol remain, the name in the tooltip), then the kind (the
    // editor shows it, the value and unit tell it).
    const int leastArticle = 6 * em;
    const bool showArticle = available - kept - kindWidth - statusWidth >= leastArticle;
    const bool statusNamed = showArticle || available - kept - kindWidth - statusWidth >= 0;
    const int status = statusNamed ? statusWidth : statusMarksWidth;
    const bool showKind = statusNamed || available - kept - kindWidth - status >= 0;
    header->setSectionHidden(FactModel::ArticleColumn, !showArticle);
    header->setSectionHidden(FactModel::KindColumn, !showKind);
    if (statusDelegate->namesShown() != statusNamed) {
        statusDelegate->setNamesShown(statusNamed);
        view->viewport()->update();
    }
    if (showKind)
        header->resizeSection(FactModel::KindColumn, kindWidth);
    header->resizeSection(FactModel::StatusColumn, status);
    header->resizeSection(FactModel::TextColumn, text);
    // The title gets what it asks within what the context leaves; the context (stretched) takes the rest.
    if (showArticle) {
        header->resizeSection(FactModel::ArticleColumn,
            std::clamp(available - kept - kindWidth - statusWidth, leastArticle, wantedArticle));
    }
}

void FactPanelPrivate::flowFilters(int width)
{
    const std::array<std::pair<QLabel *, QComboBox *>, 4> pairs = { { { statusLabel, statusCombo },
        { kindLabel, kindCombo }, { unitLabel, unitCombo }, { articleLabel, articleCombo } } };
    const int spacing = std::max(filters->spacing(), 6);
    // Combos are never cut ("Tous les ty…"): what they ask for, whole, with
    // the grid's spacing between the eight cells.
    int rowWidth = 7 * spacing;
    for (const auto &pair : pairs)
        rowWidth += pair.first->sizeHint().width() + pair.second->sizeHint().width();
    const int searchWidth = spacing + searchEdit->fontMetrics().averageCharWidth() * 24 + spacing
        + countLabel->sizeHint().width();
    const int flow = width >= rowWidth + searchWidth + spacing ? 2 : width >= rowWidth + spacing ? 1 : 0;
    if (flow == filterFlow)
        return;
    filterFlow = flow;
    for (const auto &pair : pairs) {
        filters->removeWidget(pair.first);
        filters->removeWidget(pair.second);
    }
    filters->removeItem(searchRow);
    searchRow->setParent(nullptr);
    for (int column = 0; column < filters->columnCount(); ++column)
        filters->setColumnStretch(column, 0);
    const int perRow = flow == 0 ? 2 : 4;
    for (int i = 0; i < int(pairs.size()); ++i) {
        filters->addWidget(pairs.at(i).first, i / perRow, 2 * (i % perRow));
        filters->addWidget(pairs.at(i).second, i / perRow, 2 * (i % perRow) + 1);
    }
    if (flow == 2) {
        filters->addLayout(searchRow, 0, 2 * perRow);
        filters->setColumnStretch(2 * perRow, 1);
    } else {
        filters->addLayout(searchRow, int(pairs.size()) / perRow, 0, 1, 2 * perRow);
        filters->setColumnStretch(2 * perRow - 1, 1);
    }
}

void FactPanelPrivate::colourMessage()
{
    const QColor red = FigureStyle::readableTextOn(
        QColor(0xc0, 0x39, 0x2b), messageLabel->palette().color(QPalette::Window));
    messageLabel->setStyleSheet(QStringLiteral("color: %1;").arg(red.name()));
}

QSize FactPanel::minimumSizeHint() const
{
    // Narrow, the filters go two by two: the panel asks for the width of that
    // arrangement, whichever it shows now.
    QSize size = QWidget::minimumSizeHint();
    const int spacing = std::max(d->filters->spacing(), 6);
    const auto pairWidth = [spacing](const QLabel *label, const QComboBox *combo) {
        return label->sizeHint().width() + combo->sizeHint().width() + 2 * spacing;
    };
    const int filtersWidth
        = std::max(pairWidth(d->statusLabel, d->statusCombo) + pairWidth(d->kindLabel, d->kindCombo),
            pairWidth(d->unitLabel, d->unitCombo) + pairWidth(d->articleLabel, d->articleCombo));
    size.setWidth(std::max(filtersWidth, d->splitter->minimumSizeHint().width()));
    return size;
}

bool FactPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The vertical scroll bar comes and goes with the rows: the columns are shared again.
    if (event->type() == QEvent::Resize && watched == d->view->viewport()) {
        d->fitToWidth();
        return false;
    }
    // Given the focus with no row chosen, the table makes its first row
    // current without selecting it: the editor shows that fact, so the row
    // shows selected too (once the view has made it current).
    if (event->type() == QEvent::FocusIn && watched == d->view) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                QItemSelectionModel *selection = d->view->selectionModel();
                const QModelIndex current = d->view->currentIndex();
                if (current.isValid() && !selection->hasSelection())
                    selection->select(current, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            },
            Qt::QueuedConnection);
        return false;
    }
    if (event->type() == QEvent::ShortcutOverride && qobject_cast<QComboBox *>(watched)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plainLetter = !key->text().isEmpty() && key->text().at(0).isPrint()
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (plainLetter) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FactPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    d->flowFilters(width());
    d->fitToWidth();
}

FactPanel::FactPanel(Project *project, ReviewController *controller, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<FactPanelPrivate>())
{
    d->project = project;
    d->controller = controller;
    d->model = new FactModel(project, this);
    d->proxy = new FactFilterProxyModel(this);
    d->proxy->setSourceModel(d->model);

    d->statusLabel = new QLabel(this);
    d->statusCombo = new QComboBox(this);
    d->statusCombo->setObjectName(QStringLiteral("statusFilter"));
    for (int choice = int(StatusChoice::All); choice <= int(StatusChoice::Rejected); ++choice)
        d->statusCombo->addItem(QString(), choice);
    d->statusLabel->setBuddy(d->statusCombo);
    d->kindLabel = new QLabel(this);
    d->kindCombo = new QComboBox(this);
    d->kindCombo->setObjectName(QStringLiteral("kindFilter"));
    d->kindCombo->addItem(QString(), -1);
    for (const FigureKind kind : kinds)
        d->kindCombo->addItem(QString(), int(kind));
    d->kindLabel->setBuddy(d->kindCombo);
    d->unitLabel = new QLabel(this);
    d->unitCombo = new QComboBox(this);
    d->unitCombo->setObjectName(QStringLiteral("unitFilter"));
    d->unitLabel->setBuddy(d->unitCombo);
    // Translated names change width: the filters always show their whole choice.
    for (QComboBox *combo : { d->statusCombo, d->kindCombo, d->unitCombo })
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // A letter typed in a filter picks a choice ("r" for Rejected) rather
    // than reach the review key it also is (R, reject the current figure).
    for (QComboBox *combo : { d->statusCombo, d->kindCombo, d->unitCombo })
        combo->installEventFilter(this);
    d->articleLabel = new QLabel(this);
    d->articleCombo = new QComboBox(this);
    d->articleCombo->setObjectName(QStringLiteral("articleFilter"));
    d->articleCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    d->articleCombo->setMinimumContentsLength(10);
    d->articleLabel->setBuddy(d->articleCombo);
    d->articleCombo->installEventFilter(this);
    d->searchEdit = new QLineEdit(this);
    d->searchEdit->setObjectName(QStringLiteral("searchEdit"));
    d->searchEdit->setClearButtonEnabled(true);
    d->countLabel = new QLabel(this);
    d->countLabel->setObjectName(QStringLiteral("countLabel"));
    d->messageLabel = new QLabel(this);
    d->messageLabel->setObjectName(QStringLiteral("messageLabel"));
    d->messageLabel->setWordWrap(true);
    d->messageLabel->setVisible(false);
    d->colourMessage();

    d->view = new QTableView(this);
    d->view->setObjectName(QStringLiteral("factTable"));
    d->view->setModel(d->proxy);
    d->view->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    d->view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d->view->setAlternatingRowColors(true);
    d->view->setWordWrap(false);
    // Rows are selected whole: Tab leaves the table (for the search, the
    // filters) rather than walk its cells, a trap for the keyboard.
    d->view->setTabKeyNavigation(false);
    d->view->setSortingEnabled(true);
    d->view->sortByColumn(FactModel::ArticleColumn, Qt::AscendingOrder);
    d->view->verticalHeader()->setVisible(false);
    d->view->verticalHeader()->setDefaultSectionSize(d->view->fontMetrics().lineSpacing() + 6);
    // Five rows at least, so the list stays a list beside a tall editor.
    d->view->setMinimumHeight(6 * (d->view->fontMetrics().lineSpacing() + 6) + d->view->frameWidth() * 2);
    d->statusDelegate = new FactStatusDelegate(FigureStyle::fromPalette(d->view->palette()), this);
    d->view->setItemDelegateForColumn(FactModel::StatusColumn, d->statusDelegate);
    d->view->setItemDelegateForColumn(FactModel::ContextColumn, new FactContextDelegate(this));
    QHeaderView *header = d->view->horizontalHeader();
    // The context takes what the other columns leave: narrow on a small
    // screen, elided around the figure, rather than scrolled out of view.
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(3 * d->view->fontMetrics().horizontalAdvance(QLatin1Char('M')));
    header->setSectionResizeMode(FactModel::ContextColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    d->fitColumns();
    d->view->viewport()->installEventFilter(this);
    d->view->installEventFilter(this);

    d->editor = new FactEditor(project, controller, this);
    d->editor->setObjectName(QStringLiteral("factEditor"));

    d->rejectMenu = new QMenu(this);
    d->rejectMenu->addActions(controller->rejectReasonActions());

    // Filters two by two with the search below when the panel is narrow,
    // in one row when it is wide (flowFilters()): the panel asks for no more
    // width than two filters, whole in either language.
    d->filters = new QGridLayout;
    d->searchRow = new QHBoxLayout;
    d->searchRow->addWidget(d->searchEdit, 1);
    d->searchRow->addWidget(d->countLabel);
    d->flowFilters(0);

    d->splitter = new QSplitter(Qt::Vertical, this);
    // On a short screen (720 px) the editor scrolls rather than squeeze its
    // fields into one another.
    d->editorArea = new QScrollArea(this);
    d->editorArea->setObjectName(QStringLiteral("factEditorArea"));
    d->editorArea->setWidget(d->editor);
    d->editorArea->setWidgetResizable(true);
    d->editorArea->setFrameShape(QFrame::NoFrame);
    d->editorArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Tab from the table goes on to the editor's fields, not to their frame.
    d->editorArea->setFocusPolicy(Qt::NoFocus);
    d->splitter->addWidget(d->view);
    d->splitter->addWidget(d->editorArea);
    // The editor keeps the height it needs; the table takes what is left.
    d->splitter->setStretchFactor(0, 1);
    d->splitter->setStretchFactor(1, 0);
    d->splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(d->filters);
    layout->addWidget(d->messageLabel);
    layout->addWidget(d->splitter, 1);

    // The review shortcuts work wherever the focus is in the panel, with or
    // without a main window that also shows them in its menus.
    addActions(controller->reviewActions());
    controller->setNavigationModel(d->proxy);

    auto updateCount = [this] { updateCountLabel(); };
    connect(d->proxy, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(d->proxy, &QAbstractItemModel::rowsRemoved, this, updateCount);
    // The proxy removes its rows while the model still holds them (rowsAboutToBeRemoved):
    // count again once the model has them gone, or a deletion shows "54 of 55".
    connect(d->model, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(d->proxy, &QAbstractItemModel::modelReset, this, updateCount);
    connect(d->proxy, &QAbstractItemModel::layoutChanged, this, updateCount);
    // The editor follows the filter: a fact the filter hides is no longer the
    // one keys act on. Checked once the change is over, so that a review that
    // moves on (C under "Pending") moves on first.
    auto checkCurrentShown = [this] {
        if (std::exchange(d->hiddenCheckQueued, true))
            return;
        QMetaObject::invokeMethod(
            this,
            [this] {
                d->hiddenCheckQueued = false;
                const QModelIndex source = d->model->indexOfFact(d->controller->currentFactId());
                if (source.isValid() && !d->proxy->mapFromSource(source).isValid())
                    d->controller->setCurrentFact(0);
            },
            Qt::QueuedConnection);
    };
    connect(d->proxy, &QAbstractItemModel::rowsRemoved, this, checkCurrentShown);
    connect(d->proxy, &QAbstractItemModel::modelReset, this, checkCurrentShown);
    connect(d->proxy, &QAbstractItemModel::layoutChanged, this, checkCurrentShown);

    connect(d->statusCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
        [this] { d->proxy->setStatuses(statusesOf(StatusChoice(d->statusCombo->currentData().toInt()))); });
    connect(d->kindCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const int kind = d->kindCombo->currentData().toInt();
        d->proxy->setKinds(kind < 0 ? QVector<FigureKind>() : QVector<FigureKind> { FigureKind(kind) });
    });
    connect(d->unitCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const QVariant unit = d->unitCombo->currentData();
        if (unit.isValid())
            d->proxy->setUnit(unit.toString());
        else
            d->proxy->clearUnit();
    });
    // Facts come and go, corrections change units: the list follows, once per burst.
    const auto queueUnits = [this] {
        if (std::exchange(d->unitsQueued, true))
            return;
        QMetaObject::invokeMethod(
            this, [this] { d->fillUnits(); }, Qt::QueuedConnection);
    };
    connect(project, &Project::reset, this, queueUnits);
    connect(project, &Project::factsInserted, this, queueUnits);
    connect(project, &Project::factsRemoved, this, queueUnits);
    connect(project, &Project::factChanged, this, queueUnits);
    // The Text column widens for longer figures: the new ones are measured alone.
    connect(project, &Project::reset, this, [this] { d->fitColumns(); });
    connect(project, &Project::factsInserted, this,
        [this](int first, int last) { d->fitTextColumn(first, last); });
    connect(d->articleCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
        [this] { d->proxy->setArticleId(d->articleCombo->currentData().toLongLong()); });
    connect(d->searchEdit, &QLineEdit::textChanged, d->proxy, &FactFilterProxyModel::setSearchText);

    // Table and controller follow each other.
    connect(d->view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current, const QModelIndex &previous) {
            if (d->followingController || !current.isValid())
                return;
            // When the current row leaves the list (C under "Pending"), the view
            // moves its current row by itself: the controller decides where the
            // review goes, not the view.
            const QModelIndex leaving = d->proxy->mapToSource(previous);
            if (leaving.isValid() && !d->proxy->acceptsSourceRow(leaving.row()))
                return;
            d->controller->setCurrentFact(current.data(FactModel::FactIdRole).toLongLong());
        });
    connect(d->view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QVector<qint64> ids;
        const QModelIndexList rows = d->view->selectionModel()->selectedRows();
        ids.reserve(rows.size());
        for (const QModelIndex &index : rows)
            ids.append(index.data(FactModel::FactIdRole).toLongLong());
        d->controller->setSelectedFactIds(ids);
    });
    connect(controller, &ReviewController::currentFactChanged, this, [this](qint64 factId) {
        // The Text column, never hidden: the view does not scroll to a cell
        // of a hidden column (Kind gives way in a narrow table).
        const QModelIndex index = d->proxy->mapFromSource(d->model->indexOfFact(factId))
                                      .siblingAtColumn(FactModel::TextColumn);
        const QModelIndex current = d->view->currentIndex();
        if (current.isValid() && current.row() == index.row() && index.isValid())
            return;
        d->followingController = true;
        if (index.isValid()) {
            d->view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            d->view->scrollTo(index);
        } else {
            d->view->selectionModel()->clearSelection();
        }
        d->followingController = false;
        // Reached from the text or "Elsewhere" while the filters hide it: the
        // editor shows it, the review keys do not act on it (say why).
        if (factId && !index.isValid()) {
            d->messageLabel->setText(
                tr("This figure is hidden by the filters above: the review keys act on the listed "
                   "figures only."));
            d->messageLabel->setVisible(true);
        } else if (d->showingHiddenNotice) {
            d->messageLabel->hide();
        }
        d->showingHiddenNotice = factId && !index.isValid();
    });
    connect(controller, &ReviewController::correctionRequested, d->editor, &FactEditor::beginCorrection);
    connect(controller, &ReviewController::rejectionRequested, this, [this](qint64 factId) {
        const QModelIndex index
            = d->proxy->mapFromSource(d->model->indexOfFact(factId)).siblingAtColumn(FactModel::TextColumn);
        QRect rect = index.isValid() ? d->view->visualRect(index) : QRect();
        const QPoint anchor = rect.isValid() ? d->view->viewport()->mapToGlobal(rect.bottomLeft())
                                             : d->view->mapToGlobal(d->view->rect().center());
        d->rejectMenu->popup(anchor);
        if (!d->rejectMenu->actions().isEmpty())
            d->rejectMenu->setActiveAction(d->rejectMenu->actions().constFirst());
    });
    connect(d->editor, &FactEditor::editingFinished, this, &FactPanel::focusTable);

    // Errors from the project (read-only file, disk full) show until the next change succeeds.
    connect(controller, &ReviewController::errorOccurred, this, [this](const QString &message) {
        d->messageLabel->setText(QStringLiteral("\u26A0 ") + message);
        d->messageLabel->setVisible(true);
        d->showingHiddenNotice = false;
    });
    connect(controller->undoStack(), &QUndoStack::indexChanged, d->messageLabel, &QWidget::hide);

    connect(project, &Project::articleAdded, this, &FactPanel::reloadArticles);
    connect(project, &Project::articleRemoved, this, &FactPanel::reloadArticles);
    connect(project, &Project::articleChanged, this, &FactPanel::reloadArticles);
    connect(project, &Project::reset, this, &FactPanel::reloadArticles);

    reloadArticles();
    d->fillUnits();
    retranslateUi();
}

FactPanel::~FactPanel() = default;

FactModel *FactPanel::model() const
{
    return d->model;
}

FactFilterProxyModel *FactPanel::proxyModel() const
{
    return d->proxy;
}

QTableView *FactPanel::view() const
{
    return d->view;
}

FactEditor *FactPanel::editor() const
{
    return d->editor;
}

QWidget *FactPanel::detachEditor()
{
    if (d->editorArea->parent() == d->splitter)
        d->editorArea->setParent(nullptr);
    return d->editorArea;
}

void FactPanel::setArticleFilter(qint64 articleId)
{
    const int index = d->articleCombo->findData(articleId);
    d->articleCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void FactPanel::setFlaggedFacts(const QSet<qint64> &factIds)
{
    d->statusDelegate->setFlaggedFacts(factIds);
    d->view->viewport()->update();
}

void FactPanel::setFigureStyle(const FigureStyle &style)
{
    d->themedStyle = true;
    d->statusDelegate->setFigureStyle(style);
    d->view->viewport()->update();
}

void FactPanel::focusTable()
{
    d->view->setFocus(Qt::OtherFocusReason);
}

void FactPanel::reloadArticles()
{
    const qint64 selected = d->articleCombo->currentData().toLongLong();
    const QSignalBlocker blocker(d->articleCombo);
    d->articleCombo->clear();
    d->articleCombo->addItem(tr("All articles"), qint64(0));
    for (const Article &article : d->project->articles()) {
        const QString title = article.displayTitle();
        d->articleCombo->addItem(title, article.id);
        d->articleCombo->setItemData(d->articleCombo->count() - 1, title, Qt::ToolTipRole);
    }
    const int index = d->articleCombo->findData(selected);
    d->articleCombo->setCurrentIndex(index < 0 ? 0 : index);
    // The filtered article may be gone.
    d->proxy->setArticleId(d->articleCombo->currentData().toLongLong());
}

void FactPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        d->model->retranslate();
        d->controller->retranslate();
        d->fitColumns();
        // The labels and choices have new widths.
        d->filterFlow = -1;
        d->flowFilters(width());
    } else if (event->type() == QEvent::PaletteChange) {
        d->colourMessage();
        if (!d->themedStyle) {
            d->statusDelegate->setFigureStyle(FigureStyle::fromPalette(d->view->palette()));
            d->view->viewport()->update();
        }
    }
    QWidget::changeEvent(event);
}

void FactPanel::updateCountLabel()
{
    const int total = d->model->rowCount();
    const int shown = d->proxy->rowCount();
    d->countLabel->setText(shown == total ? tr("%Ln fact(s)", nullptr, total)
                                          : tr("%L1 of %Ln fact(s)", nullptr, total).arg(shown));
}

void FactPanel::retranslateUi()
{
    d->statusLabel->setText(tr("&Status:"));
    d->kindLabel->setText(tr("&Kind:"));
    d->articleLabel->setText(tr("&Article:"));
    d->unitLabel->setText(tr("&Unit:"));
    d->fillUnits();
    for (int i = 0; i < d->statusCombo->count(); ++i) {
        switch (StatusChoice(d->statusCombo->itemData(i).toInt())) {
        case StatusChoice::All:
            d->statusCombo->setItemText(i, tr("All"));
            break;
        case StatusChoice::Pending:
            d->statusCombo->setItemText(i, FactModel::statusName(ReviewStatus::Pending));
            break;
        case StatusChoice::Verified:
            d->statusCombo->setItemText(i, tr("Verified"));
            break;
        case StatusChoice::Confirmed:
            d->statusCombo->setItemText(i, FactModel::statusName(ReviewStatus::Confirmed));
            break;
        case StatusChoice::Corrected:
            d->statusCombo->setItemText(i, FactModel::statusName(ReviewStatus::Corrected));
            break;
        case StatusChoice::Rejected:
            d->statusCombo->setItemText(i, FactModel::statusName(ReviewStatus::Rejected));
            break;
        }
    }
    for (int i = 0; i < d->kindCombo->count(); ++i) {
        const int kind = d->kindCombo->itemData(i).toInt();
        d->kindCombo->setItemText(i, kind < 0 ? tr("All kinds") : FactModel::kindName(FigureKind(kind)));
    }
    if (d->articleCombo->count() > 0)
        d->articleCombo->setItemText(0, tr("All articles"));
    d->searchEdit->setPlaceholderText(tr("Search figures, sentences, notes, titles\u2026"));
    d->searchEdit->setToolTip(tr("Case and accents are ignored"));
    updateCountLabel();
    d->view->setToolTip(
        tr("J/K: next/previous, N: next pending, C: confirm, E: correct, R: reject, P: back to pending"));
}

} // namespace FactDesk
