#include "articleview.h"

#include "figurehighlighter.h"
#include "figurelabels.h"
#include "project/project.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <memory>
#include <utility>

namespace FactDesk {

namespace {
constexpr int flashMilliseconds = 700;
}

ArticleView::ArticleView(Project *project, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_project(project)
    , m_style(FigureStyle::fromPalette(palette()))
    , m_highlighter(new FigureHighlighter(document()))
    , m_flashTimer(new QTimer(this))
{
    setReadOnly(true);
    // Read-only, yet the caret must move with the keyboard so that figures can
    // be reached and selected without the mouse.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setCenterOnScroll(true);
    setUndoRedoEnabled(false);
    document()->setDocumentMargin(12);

    m_flashTimer->setSingleShot(true);
    m_flashTimer->setInterval(flashMilliseconds);
    connect(m_flashTimer, &QTimer::timeout, this, [this] {
        m_flash = QTextEdit::ExtraSelection();
        applySelections();
    });

    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &ArticleView::onCursorMoved);

    connect(project, &Project::reset, this,
        [this] { setArticle(m_project->article(m_articleId) ? m_articleId : 0); });
    connect(project, &Project::articleAboutToBeRemoved, this, [this](int index) {
        if (m_project->articles().at(index).id == m_articleId)
            setArticle(0);
    });
    connect(project, &Project::articleChanged, this, [this](int index) {
        // Metadata edits change nothing here; a re-imported text does.
        const Article &article = m_project->articles().at(index);
        if (article.id == m_articleId && article.text != m_text)
            setArticle(m_articleId);
    });
    connect(project, &Project::factChanged, this, &ArticleView::updateFact);
    connect(project, &Project::factsInserted, this, [this](int first, int last) {
        for (int row = first; row <= last; ++row) {
            if (m_project->facts().at(row).articleId == m_articleId) {
                rebuildSpans();
                return;
            }
        }
    });
    connect(project, &Project::factsAboutToBeRemoved, this, [this](int first, int last) {
        for (int row = first; row <= last; ++row)
            m_factsLeavingThisArticle |= m_project->facts().at(row).articleId == m_articleId;
    });
    connect(project, &Project::factsRemoved, this, [this] {
        if (std::exchange(m_factsLeavingThisArticle, false))
            rebuildSpans();
    });
}

ArticleView::~ArticleView() = default;

void ArticleView::setArticle(qint64 articleId)
{
    const Article *article = m_project->article(articleId);
    m_articleId = article ? articleId : 0;
    m_lastActivated = 0;
    m_flashTimer->stop();
    m_flash = QTextEdit::ExtraSelection();
    {
        const QSignalBlocker blocker(this);
        m_text = article ? article->text : QString();
        // The old figures would be painted on the new text, block by block.
        m_highlighter->clearRanges();
        setExtraSelections({});
        setPlainText(m_text);
    }
    rebuildSpans();
    Q_EMIT articleChanged(m_articleId);
}

void ArticleView::setFigureStyle(const FigureStyle &style)
{
    m_style = style;
    QPalette palette = this->palette();
    palette.setColor(QPalette::Base, style.backgroundColor());
    palette.setColor(QPalette::Text, style.textColor());
    setPalette(palette);
    rebuildSpans();
}

qint64 ArticleView::factAt(int position) const
{
    // The last span starting at or before position is the only candidate:
    // figures do not overlap.
    auto it = std::upper_bound(m_spans.cbegin(), m_spans.cend(), position,
        [](int pos, const Span &span) { return pos < span.start; });
    if (it == m_spans.cbegin())
        return 0;
    --it;
    return position < it->end ? it->factId : 0;
}

bool ArticleView::factRange(qint64 factId, int *start, int *end) const
{
    const int index = m_spanOfFact.value(factId, -1);
    if (index < 0)
        return false;
    *start = m_spans.at(index).start;
    *end = m_spans.at(index).end;
    return true;
}

QTextCharFormat ArticleView::factFormat(qint64 factId) const
{
    const int index = m_spanOfFact.value(factId, -1);
    return index < 0 ? QTextCharFormat() : m_highlighter->ranges().at(index).format;
}

void ArticleView::showFact(qint64 factId)
{
    const int index = m_spanOfFact.value(factId, -1);
    if (index < 0)
        return;
    const Span &span = m_spans.at(index);
    QTextCursor cursor(document());
    cursor.setPosition(span.start);
    {
        // The caret follows the fact here; it must not announce it back.
        m_movingCaret = true;
        setTextCursor(cursor);
        m_movingCaret = false;
    }
    m_lastActivated = factId;
    centerCursor();
    m_flash.cursor = QTextCursor(document());
    m_flash.cursor.setPosition(span.start);
    m_flash.cursor.setPosition(span.end, QTextCursor::KeepAnchor);
    m_flash.format = m_style.flashFormat();
    applySelections();
    m_flashTimer->start();
}

bool ArticleView::isFlashing() const
{
    return m_flashTimer->isActive();
}

void ArticleView::setCurrentFact(qint64 factId)
{
    if (factId == m_currentFact)
        return;
    m_currentFact = factId;
    viewport()->update();
}

QVector<QRectF> ArticleView::currentFactRects() const
{
    return factRects(m_currentFact);
}

void ArticleView::setFlaggedFacts(const QSet<qint64> &factIds)
{
    if (factIds == m_flagged)
        return;
    m_flagged = factIds;
    viewport()->update();
}

QVector<QRectF> ArticleView::factRects(qint64 factId) const
{
    QVector<QRectF> rects;
    const int index = m_spanOfFact.value(factId, -1);
    if (index < 0)
        return rects;
    const Span &span = m_spans.at(index);
    // One rectangle for each line the figure is laid out on ("500\nmilliards").
    for (QTextBlock block = document()->findBlock(span.start); block.isValid() && block.position() < span.end;
         block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (!block.isVisible() || !layout)
            continue;
        const QPointF topLeft = blockBoundingGeometry(block).translated(contentOffset()).topLeft();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int lineStart = block.position() + line.textStart();
            const int from = std::max(span.start, lineStart);
            const int to = std::min(span.end, lineStart + line.textLength());
            if (from >= to)
                continue;
            const qreal x1 = line.cursorToX(from - block.position());
            const qreal x2 = line.cursorToX(to - block.position());
            rects.append(QRectF(
                topLeft.x() + std::min(x1, x2), topLeft.y() + line.y(), std::abs(x2 - x1), line.height()));
        }
    }
    return rects;
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    if (!m_flagged.isEmpty()) {
        // A red corner on a figure in conflict (the way spreadsheets mark a
        // comment): the tint and underline keep telling kind and status.
        const qreal corner = fontMetrics().height() / 3.0;
        const QRectF visible = viewport()->rect();
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(220, 50, 47));
        for (const Span &span : std::as_const(m_spans)) {
            if (!m_flagged.contains(span.factId))
                continue;
            const QVector<QRectF> rects = factRects(span.factId);
            if (rects.isEmpty() || !rects.constLast().intersects(visible))
                continue;
            const QRectF last = rects.constLast();
            const QPointF tip = last.topRight() + QPointF(2, 0);
            const QPointF points[] = { tip, tip - QPointF(corner, 0), tip + QPointF(0, corner) };
            painter.drawPolygon(points, 3);
        }
    }
    const QVector<QRectF> rects = currentFactRects();
    if (rects.isEmpty())
        return;
    // A frame rather than a fill: the kind's tint and the status underline
    // stay readable inside it.
    painter.setPen(QPen(m_style.currentFrameColor(), 2));
    painter.setBrush(Qt::NoBrush);
    for (const QRectF &rect : rects)
        painter.drawRoundedRect(rect.adjusted(-2, 0, 2, 0), 3, 3);
}

void ArticleView::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
}

bool ArticleView::addFigureFromSelection()
{
    const QTextCursor cursor = textCursor();
    if (!m_articleId || !cursor.hasSelection())
        return false;
    const QString &text = m_text;
    int end = std::min(cursor.selectionEnd(), int(text.size()));
    int start = std::min(cursor.selectionStart(), end);
    // A sloppy mouse selection often takes a space or the paragraph break along.
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (start >= end)
        return false;
    Q_EMIT addFigureRequested(m_articleId, start, end);
    return true;
}

bool ArticleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(help->pos());
        const Fact *fact = m_project->fact(factAt(cursor.position()));
        if (fact)
            QToolTip::showText(help->globalPos(), toolTipFor(*fact), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void ArticleView::contextMenuEvent(QContextMenuEvent *event)
{
    // A right-click on a figure makes it current, as a left click would.
    const QTextCursor clicked = cursorForPosition(event->pos());
    if (!textCursor().hasSelection()) {
        if (const qint64 id = factAt(clicked.position()))
            Q_EMIT factActivated(id);
    }
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    if (!m_contextActions.isEmpty()) {
        QAction *first = menu->actions().value(0);
        menu->insertActions(first, m_contextActions);
        menu->insertSeparator(first);
    }
    menu->exec(event->globalPos());
}

void ArticleView::rebuildSpans()
{
    m_spans.clear();
    m_spanOfFact.clear();
    QVector<FigureHighlighter::Range> ranges;
    if (m_articleId) {
        const QVector<const Fact *> facts = m_project->factsOfArticle(m_articleId);
        m_spans.reserve(facts.size());
        ranges.reserve(facts.size());
        const int length = document()->characterCount() - 1;
        for (const Fact *fact : facts) {
            const int start = std::clamp(fact->figure.start, 0, length);
            const int end = std::clamp(fact->figure.end, start, length);
            if (start == end)
                continue; // an anchor outside this text: nothing to paint
            m_spanOfFact.insert(fact->id, int(m_spans.size()));
            m_spans.append({ start, end, fact->id });
            ranges.append({ start, end, m_style.format(fact->figure.kind, fact->status) });
        }
    }
    m_highlighter->setRanges(std::move(ranges));
    applySelections();
}

void ArticleView::updateFact(int row)
{
    const Fact &fact = m_project->facts().at(row);
    if (fact.articleId != m_articleId)
        return;
    const int index = m_spanOfFact.value(fact.id, -1);
    if (index < 0 || m_spans.at(index).start != fact.figure.start
        || m_spans.at(index).end != fact.figure.end) {
        // The figure itself moved (a manual fact was edited): order may change.
        rebuildSpans();
        return;
    }
    m_highlighter->setRangeFormat(index, m_style.format(fact.figure.kind, fact.status));
}

void ArticleView::applySelections()
{
    if (m_flash.cursor.isNull())
        setExtraSelections({});
    else
        setExtraSelections({ m_flash });
}

void ArticleView::onCursorMoved()
{
    if (m_movingCaret)
        return;
    const QTextCursor cursor = textCursor();
    // While extending a selection the caret crosses figures; only a caret at
    // rest names one.
    if (cursor.hasSelection())
        return;
    const qint64 id = factAt(cursor.position());
    if (id && id != m_lastActivated) {
        m_lastActivated = id;
        Q_EMIT factActivated(id);
    }
}

QString ArticleView::toolTipFor(const Fact &fact) const
{
    QString tip = tr("<b>%1</b>: %2<br/>%3")
                      .arg(FigureLabels::kindName(fact.figure.kind).toHtmlEscaped(),
                          FigureLabels::valueText(fact.figure.value, fact.figure.kind, fact.figure.unit)
                              .toHtmlEscaped(),
                          FigureLabels::statusName(fact.status).toHtmlEscaped());
    if (fact.status == ReviewStatus::Corrected)
        tip += tr("<br/>Corrected to: <b>%1</b>")
                   .arg(FigureLabels::valueText(fact.correctedValue, fact.correctedKind, fact.correctedUnit)
                            .toHtmlEscaped());
    if (!fact.note.isEmpty())
        tip += QStringLiteral("<br/><i>%1</i>").arg(fact.note.toHtmlEscaped());
    if (m_flagged.contains(fact.id))
        tip += QStringLiteral("<br/><b>%1</b>")
                   .arg(tr("In an open conflict or a failed check: see the Story panel.")
                            .toHtmlEscaped());
    return tip;
}

} // namespace FactDesk
