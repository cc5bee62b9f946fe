#include "articlepane.h"

#include "project/articlelistmodel.h"
#include "articleview.h"
#include "figurelabels.h"
#include "figurestyle.h"
#include "project/project.h"
#include "themepicker.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace FactDesk {

ArticlePane::ArticlePane(Project *project, ArticleListModel *articles, ThemePicker *themes, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_articles(articles)
    , m_themes(themes)
    , m_chooser(new QComboBox(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_sourceToggle(new QToolButton(this))
    , m_closeButton(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new ArticleView(project, this))
    , m_findBar(new QWidget(this))
    , m_findEdit(new QLineEdit(m_findBar))
    , m_findStatus(new QLabel(m_findBar))
    , m_findPrevious(new QToolButton(m_findBar))
    , m_findNextButton(new QToolButton(m_findBar))
    , m_findClose(new QToolButton(m_findBar))
{
    m_chooser->setModel(articles);
    m_chooser->setModelColumn(ArticleListModel::TitleColumn);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Short: each pane must cost little width, so that four fit a 1600 px screen.
    m_chooser->setMinimumContentsLength(3);
    connect(m_chooser, qOverload<int>(&QComboBox::activated), this,
        [this](int row) { setArticle(m_articles->articleId(row)); });
    // Rows move when articles are added or the project is replaced: keep the
    // combo on the article shown rather than on a row number.
    connect(articles, &QAbstractItemModel::modelReset, this, &ArticlePane::syncCombo);
    connect(articles, &QAbstractItemModel::rowsInserted, this, &ArticlePane::syncCombo);
    connect(articles, &QAbstractItemModel::rowsRemoved, this, &ArticlePane::syncCombo);
    connect(project, &Project::articleChanged, this, [this](int index) {
        if (m_project->articles().at(index).id != articleId())
            return;
        updateHeader();
        m_sourceArticleId = -1; // a re-import may have changed the source
        if (isShowingSource())
            updateSource();
    });

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);

    m_sourceToggle->setCheckable(true);
    m_sourceToggle->setAutoRaise(true);
    connect(m_sourceToggle, &QToolButton::toggled, this, &ArticlePane::setShowingSource);
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_closeButton, &QToolButton::clicked, this, [this] { Q_EMIT closeRequested(this); });

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("articlePaneHeader"));
    header->setAutoFillBackground(true);
    auto *chooserRow = new QHBoxLayout;
    chooserRow->addWidget(m_chooser, 1);
    chooserRow->addWidget(m_sourceToggle);
    chooserRow->addWidget(m_closeButton);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(6, 4, 6, 4);
    headerLayout->setSpacing(2);
    headerLayout->addLayout(chooserRow);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_details);

    m_stack->addWidget(m_view);

    // The find bar, as in a browser: under the text, Enter for the next match.
    m_findBar->setObjectName(QStringLiteral("findBar"));
    m_findEdit->setObjectName(QStringLiteral("findField"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->installEventFilter(this);
    m_findPrevious->setArrowType(Qt::UpArrow);
    m_findNextButton->setArrowType(Qt::DownArrow);
    m_findClose->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    for (QToolButton *button : { m_findPrevious, m_findNextButton, m_findClose })
        button->setAutoRaise(true);
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(6, 2, 6, 2);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(m_findPrevious);
    findLayout->addWidget(m_findNextButton);
    findLayout->addWidget(m_findStatus);
    findLayout->addWidget(m_findClose);
    m_findBar->hide();
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_findEdit, &QLineEdit::textEdited, this, [this] {
        // Search as one types, from where the last match started.
        if (QPlainTextEdit *editor = shownEditor()) {
            QTextCursor cursor = editor->textCursor();
            cursor.setPosition(cursor.selectionStart());
            editor->setTextCursor(cursor);
        }
        findNext();
    });
    connect(m_findPrevious, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_findNextButton, &QToolButton::clicked, this, [this] { findNext(); });
    connect(m_findClose, &QToolButton::clicked, this, &ArticlePane::hideFindBar);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_findBar);

    for (QWidget *widget : { static_cast<QWidget *>(m_chooser), static_cast<QWidget *>(m_view),
             m_view->viewport(), static_cast<QWidget *>(m_sourceToggle) })
        widget->installEventFilter(this);
    setFocusProxy(m_view);

    applyTheme();
    retranslateUi();
    updateHeader();
}

ArticlePane::~ArticlePane() = default;

qint64 ArticlePane::articleId() const
{
    return m_view->articleId();
}

void ArticlePane::setArticle(qint64 articleId)
{
    if (articleId == m_view->articleId() && m_project->article(articleId))
        return;
    m_view->setArticle(articleId);
    syncCombo();
    updateHeader();
    if (isShowingSource())
        updateSource();
    Q_EMIT articleChanged(m_view->articleId());
}

bool ArticlePane::isShowingSource() const
{
    return m_stack->currentWidget() != m_view;
}

void ArticlePane::setShowingSource(bool source)
{
    // Plain text has no other form to show.
    const Article *article = m_project->article(articleId());
    source
        = source && article && article->format != ArticleFormat::PlainText && !article->rawSource.isEmpty();
    {
        const QSignalBlocker blocker(m_sourceToggle);
        m_sourceToggle->setChecked(source);
    }
    if (source) {
        if (!m_source) {
            m_source = new QPlainTextEdit(m_stack);
            m_source->setReadOnly(true);
            m_source->setLineWrapMode(QPlainTextEdit::WidgetWidth);
            QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
            if (m_zoom != 0)
                fixed.setPointSizeF(m_view->font().pointSizeF());
            m_source->setFont(fixed);
            m_source->installEventFilter(this);
            m_stack->addWidget(m_source);
        }
        updateSource();
        m_stack->setCurrentWidget(m_source);
        setFocusProxy(m_source);
        markInSource(true);
    } else {
        m_stack->setCurrentWidget(m_view);
        setFocusProxy(m_view);
    }
}

void ArticlePane::setCurrentFact(qint64 factId)
{
    m_currentFact = factId;
    m_view->setCurrentFact(factId);
    if (isShowingSource())
        markInSource(false);
}

void ArticlePane::showFact(qint64 factId)
{
    setCurrentFact(factId);
    m_view->showFact(factId);
    if (isShowingSource())
        markInSource(true);
}

namespace {

/**
 * Where a figure of the text is in the HTML or Markdown it came from: its
 * quote, where spaces may be written as entities or cross tags, nearest to
 * where the figure is in proportion ("13 milliards" is in the headline and
 * the body: the body's when the figure is the body's).
 */
QPair<int, int> findInSource(const QString &source, const QString &text, const Fact &fact)
{
    const QString quote = fact.quote.trimmed();
    if (quote.isEmpty() || source.isEmpty())
        return { -1, -1 };
    static const QString gap = QStringLiteral(
        "(?:\\s|&nbsp;|&#160;|&#x[aA]0;|&#8239;|&#x202[fF];|&#8201;|&thinsp;|<[^>]*>|\\*\\*|__)+");
    QString pattern;
    bool inGap = false;
    for (const QChar c : quote) {
        if (c.isSpace()) {
            if (!inGap)
                pattern += gap;
            inGap = true;
            continue;
        }
        inGap = false;
        pattern += QRegularExpression::escape(QString(c));
    }
    const QRegularExpression expression(pattern, QRegularExpression::UseUnicodePropertiesOption);
    const double expected
        = text.isEmpty() ? 0.0 : double(fact.figure.start) / double(text.size()) * double(source.size());
    QPair<int, int> best { -1, -1 };
    double bestDistance = 0;
    auto matches = expression.globalMatch(source);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const double distance = std::abs(double(match.capturedStart()) - expected);
        if (best.first < 0 || distance < bestDistance) {
            best = { int(match.capturedStart()), int(match.capturedEnd()) };
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace

void ArticlePane::markInSource(bool centre)
{
    if (!m_source)
        return;
    const Fact *fact = m_project->fact(m_currentFact);
    const Article *article = m_project->article(articleId());
    m_sourceRange = fact && article && fact->articleId == article->id
        ? findInSource(article->rawSource, article->text, *fact)
        : QPair<int, int> { -1, -1 };
    if (m_sourceRange.first < 0) {
        m_source->setExtraSelections({});
        return;
    }
    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(m_source->document());
    mark.cursor.setPosition(m_sourceRange.first);
    mark.cursor.setPosition(m_sourceRange.second, QTextCursor::KeepAnchor);
    const FigureStyle style = m_themes->figureStyle(palette());
    mark.format.setBackground(style.currentFrameColor());
    mark.format.setForeground(style.backgroundColor());
    m_source->setExtraSelections({ mark });
    if (centre) {
        QTextCursor caret(m_source->document());
        caret.setPosition(m_sourceRange.first);
        m_source->setTextCursor(caret);
        m_source->centerCursor();
    }
}

QPlainTextEdit *ArticlePane::shownEditor() const
{
    return isShowingSource() && m_source ? m_source : static_cast<QPlainTextEdit *>(m_view);
}

void ArticlePane::showFindBar()
{
    m_findBar->show();
    // What is selected in the text is what the analyst wants to find, as in a browser.
    const QString selected = shownEditor()->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_findEdit->setText(selected);
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

void ArticlePane::hideFindBar()
{
    m_findBar->hide();
    m_findStatus->clear();
    shownEditor()->setFocus(Qt::OtherFocusReason);
}

bool ArticlePane::findNext(bool backwards)
{
    const QString text = m_findEdit->text();
    QPlainTextEdit *editor = shownEditor();
    m_findStatus->clear();
    if (text.isEmpty() || !editor)
        return false;
    const QTextDocument::FindFlags flags
        = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (editor->find(text, flags))
        return true;
    // Wrap around once, from the other end.
    QTextCursor cursor = editor->textCursor();
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    editor->setTextCursor(cursor);
    if (editor->find(text, flags)) {
        m_findStatus->setText(backwards ? tr("From the end") : tr("From the top"));
        return true;
    }
    m_findStatus->setText(tr("Not found"));
    return false;
}

void ArticlePane::setZoom(int steps)
{
    // The sizes a reader may want: from small print to large type.
    m_zoom = std::clamp(steps, -6, 20);
    if (m_basePointSize <= 0)
        m_basePointSize = m_view->font().pointSizeF();
    QFont font = m_view->font();
    font.setPointSizeF(std::max(4.0, m_basePointSize + m_zoom));
    m_view->setFont(font);
    if (m_source) {
        QFont fixed = m_source->font();
        fixed.setPointSizeF(font.pointSizeF());
        m_source->setFont(fixed);
    }
}

void ArticlePane::setFocusedPane(bool focused)
{
    m_focused = focused;
    applyTheme();
}

void ArticlePane::setClosable(bool closable)
{
    m_closeButton->setEnabled(closable);
}

void ArticlePane::applyTheme()
{
    const FigureStyle style = m_themes->figureStyle(palette());
    m_view->setFigureStyle(style);
    if (m_source) {
        m_source->setPalette(m_view->palette());
        m_sourceArticleId = -1; // rehighlight with the new theme next time
        if (isShowingSource())
            updateSource();
    }
    // The focused pane's header takes a hint of the selection colour so that
    // it is clear where "open" and "add figure" will act.
    if (auto *header = findChild<QWidget *>(QStringLiteral("articlePaneHeader"))) {
        QPalette headerPalette = palette();
        if (m_focused) {
            const QColor window = headerPalette.color(QPalette::Window);
            const QColor highlight = headerPalette.color(QPalette::Highlight);
            headerPalette.setColor(QPalette::Window,
                QColor::fromRgbF(window.redF() * 0.75 + highlight.redF() * 0.25,
                    window.greenF() * 0.75 + highlight.greenF() * 0.25,
                    window.blueF() * 0.75 + highlight.blueF() * 0.25));
        }
        header->setPalette(headerPalette);
    }
}

bool ArticlePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hideFindBar();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ShiftModifier)) {
            findNext(true);
            return true;
        }
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress)
        Q_EMIT activated(this);
    return QWidget::eventFilter(watched, event);
}

void ArticlePane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyTheme();
    else if (event->type() == QEvent::LocaleChange)
        updateHeader();
}

void ArticlePane::retranslateUi()
{
    m_sourceToggle->setText(tr("Source"));
    m_sourceToggle->setToolTip(tr("Show the article's HTML or Markdown source instead of its text"));
    m_closeButton->setToolTip(tr("Close this pane"));
    m_findEdit->setPlaceholderText(tr("Find in the article"));
    m_findPrevious->setToolTip(tr("Previous match (Shift+Enter)"));
    m_findNextButton->setToolTip(tr("Next match (Enter)"));
    m_findClose->setToolTip(tr("Close the find bar (Esc)"));
    m_chooser->setToolTip(tr("Article shown in this pane"));
    updateHeader();
}

void ArticlePane::updateHeader()
{
    const Article *article = m_project->article(articleId());
    if (!article) {
        m_title->setText(tr("No article"));
        m_details->setText(tr("Choose an article above or double-click one in the list."));
        m_sourceToggle->setEnabled(false);
        return;
    }
    m_title->setText(article->displayTitle());
    QStringList parts;
    if (!article->source.isEmpty())
        parts.append(article->source);
    parts.append(
        article->date.isValid() ? QLocale().toString(article->date, QLocale::LongFormat) : tr("undated"));
    parts.append(FigureLabels::languageName(article->language));
    m_details->setText(parts.join(tr(" · ", "separator between article details")));
    m_sourceToggle->setEnabled(article->format != ArticleFormat::PlainText && !article->rawSource.isEmpty());
    if (!m_sourceToggle->isEnabled() && isShowingSource())
        setShowingSource(false);
}

void ArticlePane::updateSource()
{
    if (!m_source || m_sourceArticleId == articleId())
        return;
    const Article *article = m_project->article(articleId());
    m_sourceArticleId = articleId();
    m_source->setPlainText(article ? article->rawSource : QString());
    m_themes->highlightSource(
        m_source->document(), article ? article->format : ArticleFormat::PlainText, m_view->palette());
    markInSource(false); // the new text dropped the mark
}

void ArticlePane::syncCombo()
{
    const QSignalBlocker blocker(m_chooser);
    m_chooser->setCurrentIndex(m_articles->rowOfArticle(articleId()));
}

} // namespace FactDesk
