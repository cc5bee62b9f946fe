#pragma once

#include "figurestyle.h"

#include <QHash>
#include <QList>
#include <QPlainTextEdit>
#include <QSet>
#include <QVector>

class QAction;
class QTimer;

namespace FactDesk {

class FigureHighlighter;
class Project;
struct Fact;

/**
 * The text of one article, read-only, with its figures highlighted by kind
 * and review status.
 *
 * QPlainTextEdit lays out long texts lazily, block by block; figures are
 * painted by a FigureHighlighter, so a review repaints the one block its
 * figure is in, never the document. Only the flash of a fact being shown is
 * an extra selection. Clicking a figure, or moving the caret into it,
 * announces it with factActivated(); a selection can be proposed as a figure
 * the extractor missed.
 */
class ArticleView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ArticleView(Project *project, QWidget *parent = nullptr);
    ~ArticleView() override;

    qint64 articleId() const { return m_articleId; }
    /// Shows an article (0 shows nothing).
    void setArticle(qint64 articleId);

    void setFigureStyle(const FigureStyle &style);
    const FigureStyle &figureStyle() const { return m_style; }

    /// The fact whose figure covers position (a document position), or 0.
    qint64 factAt(int position) const;
    /// Range in the document of a fact shown here; false when not shown.
    bool factRange(qint64 factId, int *start, int *end) const;
    /// The format a fact's figure is painted with (empty when not shown).
    QTextCharFormat factFormat(qint64 factId) const;

    /// Centres a fact's figure, puts the caret on it and flashes it briefly.
    /// Does not emit factActivated.
    void showFact(qint64 factId);
    bool isFlashing() const;
    /**
     * The figure framed for as long as it is the current fact (0: none), in
     * the theme's highlight colour, so the analyst never loses it once the
     * flash has faded.
     */
    void setCurrentFact(qint64 factId);
    qint64 currentFact() const { return m_currentFact; }
    /// Where the current fact's frame is drawn, in viewport coordinates (one rectangle a line).
    QVector<QRectF> currentFactRects() const;

    /**
     * The facts marked as needing the analyst (in an open conflict or a failed
     * arithmetic check of the story ledger): a red corner on their figure.
     */
    void setFlaggedFacts(const QSet<qint64> &factIds);
    bool isFlagged(qint64 factId) const { return m_flagged.contains(factId); }
    /// Where a fact's figure is drawn, in viewport coordinates (one rectangle a line); empty when not shown.
    QVector<QRectF> factRects(qint64 factId) const;

    /// Actions put at the top of the context menu ("Add figure", …).
    void setContextActions(const QList<QAction *> &actions);

public Q_SLOTS:
    /// Emits addFigureRequested for the selected text; false when nothing is selected.
    bool addFigureFromSelection();

Q_SIGNALS:
    void factActivated(qint64 factId);
    void addFigureRequested(qint64 articleId, int start, int end);
    void articleChanged(qint64 articleId);

protected:
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct Span
    {
        int start;
        int end;
        qint64 factId;
    };

    void rebuildSpans();
    void updateFact(int row);
    void applySelections();
    void onCursorMoved();
    QString toolTipFor(const Fact &fact) const;

    Project *m_project;
    qint64 m_articleId = 0;
    QString m_text; // as given, before QTextDocument turns U+00A0 into spaces
    FigureStyle m_style;
    QVector<Span> m_spans; // sorted by start, parallel to the highlighter's ranges
    FigureHighlighter *m_highlighter;
    QHash<qint64, int> m_spanOfFact;
    QTextEdit::ExtraSelection m_flash;
    QTimer *m_flashTimer;
    QList<QAction *> m_contextActions;
    qint64 m_lastActivated = 0;
    qint64 m_currentFact = 0;
    QSet<qint64> m_flagged;
    bool m_movingCaret = false;
    bool m_factsLeavingThisArticle = false;
};

} // namespace FactDesk
