#include "project/articlelistmodel.h"
#include "articlepane.h"
#include "articleview.h"
#include "darkpalette.h"
#include "figurestyle.h"
#include "project/project.h"
#include "themepicker.h"

#include <QApplication>
#include <QPalette>
#include <QPlainTextEdit>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>

using namespace FactDesk;

Q_DECLARE_METATYPE(FactDesk::FigureKind)
Q_DECLARE_METATYPE(FactDesk::ReviewStatus)

namespace {

Figure figureAt(const QString &text, const QString &quote, FigureKind kind, const QString &value,
    const QString &unit = QString())
{
    Figure figure;
    figure.start = int(text.indexOf(quote));
    Q_ASSERT(figure.start >= 0);
    figure.end = figure.start + int(quote.size());
    figure.kind = kind;
    figure.value = value;
    figure.unit = unit;
    return figure;
}

/// What the view paints on its figures: every block's highlighter formats, at document positions.
QVector<QTextLayout::FormatRange> paintedRanges(const QPlainTextEdit *view)
{
    QVector<QTextLayout::FormatRange> painted;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        const auto formats = block.layout()->formats();
        for (QTextLayout::FormatRange range : formats) {
            range.start += block.position();
            painted.append(range);
        }
    }
    return painted;
}

} // namespace

class TestArticleView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void formatPerKindAndStatus_data();
    void formatPerKindAndStatus();
    void stylesAreDistinct_data();
    void stylesAreDistinct();
    void onlyTheChangedFactIsRepainted();
    void manualFactAppears();
    void clickOnFigureActivatesFact_data();
    void clickOnFigureActivatesFact();
    void caretIntoFigureActivatesFactOnce();
    void showFactCentresFlashesAndDoesNotEcho();
    void addFigureFromSelection_data();
    void addFigureFromSelection();
    void offsetsAfterSurrogatePairs();
    void reimportedTextIsShown();
    void emptyAndMissingArticles();
    void sourceToggle_data();
    void sourceToggle();

private:
    Project *m_project = nullptr;
    ArticleView *m_view = nullptr;
    qint64 m_articleId = 0;
    QString m_text;
};

void TestArticleView::init()
{
    m_project = new Project;
    Article article;
    article.title = QStringLiteral("Un exemple");
    article.language = QStringLiteral("fr");
    m_text = QStringLiteral("Helvar a versé 13 milliards de dollars depuis 2019 et garde 49 % du capital.\n\n"
                            "La valeur a été multipliée par 3 et 4 000 emplois sont promis, "
                            "pour 250 tonnes de matériel.");
    article.text = m_text;
    QVector<Figure> figures = {
        figureAt(m_text, QStringLiteral("13 milliards de dollars"), FigureKind::Money,
            QStringLiteral("13000000000"), QStringLiteral("USD")),
        figureAt(
            m_text, QStringLiteral("2019"), FigureKind::Date, QStringLiteral("2019"), QStringLiteral("year")),
        figureAt(
            m_text, QStringLiteral("49 %"), FigureKind::Percent, QStringLiteral("49"), QStringLiteral("%")),
        figureAt(m_text, QStringLiteral("multipliée par 3"), FigureKind::Multiplier, QStringLiteral("3"),
            QStringLiteral("x")),
        figureAt(m_text, QStringLiteral("4 000 emplois"), FigureKind::Count, QStringLiteral("4000"),
            QStringLiteral("emplois")),
        figureAt(m_text, QStringLiteral("250 tonnes"), FigureKind::Quantity, QStringLiteral("250"),
            QStringLiteral("tonnes")),
    };
    m_articleId = m_project->addArticle(article, figures);
    QVERIFY(m_articleId);
    m_view = new ArticleView(m_project);
    m_view->resize(500, 300);
    m_view->setArticle(m_articleId);
}

void TestArticleView::cleanup()
{
    delete m_view;
    m_view = nullptr;
    delete m_project;
    m_project = nullptr;
}

void TestArticleView::formatPerKindAndStatus_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<ReviewStatus>("status");

    QTest::newRow("money pending") << QStringLiteral("13 milliards de dollars") << ReviewStatus::Pending;
    QTest::newRow("money confirmed") << QStringLiteral("13 milliards de dollars") << ReviewStatus::Confirmed;
    QTest::newRow("percent corrected") << QStringLiteral("49 %") << ReviewStatus::Corrected;
    QTest::newRow("percent rejected") << QStringLiteral("49 %") << ReviewStatus::Rejected;
    QTest::newRow("date confirmed") << QStringLiteral("2019") << ReviewStatus::Confirmed;
    QTest::newRow("multiplier pending") << QStringLiteral("multipliée par 3") << ReviewStatus::Pending;
    QTest::newRow("count rejected") << QStringLiteral("4 000 emplois") << ReviewStatus::Rejected;
    QTest::newRow("quantity corrected in second paragraph")
        << QStringLiteral("250 tonnes") << ReviewStatus::Corrected;
}

void TestArticleView::formatPerKindAndStatus()
{
    QFETCH(QString, quote);
    QFETCH(ReviewStatus, status);

    const int start = int(m_text.indexOf(quote));
    const qint64 id = m_view->factAt(start);
    QVERIFY(id);
    Fact fact = *m_project->fact(id);
    fact.status = status;
    if (status == ReviewStatus::Corrected)
        fact.correctedValue = QStringLiteral("42");
    QVERIFY(m_project->updateFact(fact, QStringLiteral("test")));

    const QTextCharFormat format = m_view->factFormat(id);
    const QColor tint = m_view->figureStyle().kindColor(fact.figure.kind).toRgb();
    if (status == ReviewStatus::Rejected) {
        // Still tinted by kind, only fainter: nearer the base colour.
        const QColor base = m_view->figureStyle().backgroundColor();
        QVERIFY(format.background().color() != tint);
        QVERIFY(qAbs(format.background().color().lightness() - base.lightness())
            < qAbs(tint.lightness() - base.lightness()));
    } else {
        QCOMPARE(format.background().color(), tint);
    }
    switch (status) {
    case ReviewStatus::Pending:
        QCOMPARE(format.underlineStyle(), QTextCharFormat::DotLine);
        QVERIFY(!format.fontStrikeOut());
        break;
    case ReviewStatus::Confirmed:
        QCOMPARE(format.underlineStyle(), QTextCharFormat::SingleUnderline);
        break;
    case ReviewStatus::Corrected:
        QCOMPARE(format.underlineStyle(), QTextCharFormat::WaveUnderline);
        break;
    case ReviewStatus::Rejected:
        QVERIFY(format.fontStrikeOut());
        QVERIFY(format.hasProperty(QTextFormat::ForegroundBrush));
        break;
    }
    if (status != ReviewStatus::Rejected)
        QCOMPARE(format.underlineColor(), m_view->figureStyle().statusColor(status));

    // The format is what the view paints, over exactly the figure's characters.
    const auto painted = paintedRanges(m_view);
    auto it = std::find_if(painted.cbegin(), painted.cend(),
        [&](const QTextLayout::FormatRange &range) { return range.start == start; });
    QVERIFY(it != painted.cend());
    QCOMPARE(it->length, int(quote.size()));
    QTextCursor covered(m_view->document());
    covered.setPosition(it->start);
    covered.setPosition(it->start + it->length, QTextCursor::KeepAnchor);
    QCOMPARE(covered.selectedText(), quote);
    QCOMPARE(it->format, format);
}

void TestArticleView::stylesAreDistinct_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light palette") << false;
    QTest::newRow("dark palette") << true;
}

void TestArticleView::stylesAreDistinct()
{
    QFETCH(bool, dark);
    const QPalette palette = dark ? darkPalette() : QPalette(Qt::white);
    const FigureStyle style = FigureStyle::fromPalette(palette);
    QSet<QRgb> tints;
    for (int kind = int(FigureKind::Money); kind <= int(FigureKind::Number); ++kind) {
        const QColor tint = style.kindColor(FigureKind(kind));
        tints.insert(tint.rgb());
        // A tint, not a paint: text must stay readable on it.
        QVERIFY2(qAbs(tint.lightnessF() - palette.color(QPalette::Base).lightnessF()) < 0.35,
            qPrintable(tint.name()));
    }
    QCOMPARE(tints.size(), int(FigureKind::Number) + 1);

    QSet<QString> decorations;
    for (int status = int(ReviewStatus::Pending); status <= int(ReviewStatus::Rejected); ++status) {
        const QTextCharFormat format = style.format(FigureKind::Money, ReviewStatus(status));
        decorations.insert(
            QStringLiteral("%1/%2").arg(int(format.underlineStyle())).arg(format.fontStrikeOut()));
    }
    QCOMPARE(decorations.size(), int(ReviewStatus::Rejected) + 1);
}

void TestArticleView::onlyTheChangedFactIsRepainted()
{
    const auto before = paintedRanges(m_view);
    const qint64 id = m_view->factAt(int(m_text.indexOf(QStringLiteral("49 %"))));
    Fact fact = *m_project->fact(id);
    fact.status = ReviewStatus::Confirmed;
    QVERIFY(m_project->updateFact(fact, QStringLiteral("confirm")));
    const auto after = paintedRanges(m_view);
    QCOMPARE(after.size(), before.size());
    int changed = 0;
    for (int i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i).start, before.at(i).start);
        if (!(after.at(i).format == before.at(i).format)) {
            ++changed;
            QCOMPARE(after.at(i).start, fact.figure.start);
        }
    }
    QCOMPARE(changed, 1);
    // The text itself was not touched, only the formats of one block.
    QCOMPARE(m_view->document()->toPlainText().size(), m_text.size());
}

void TestArticleView::manualFactAppears()
{
    const int start = int(m_text.indexOf(QStringLiteral("capital")));
    Fact manual;
    manual.articleId = m_articleId;
    manual.origin = FactOrigin::Manual;
    manual.figure.start = start;
    manual.figure.end = start + 7;
    manual.figure.kind = FigureKind::Number;
    const int before = int(paintedRanges(m_view).size());
    const qint64 id = m_project->addFact(manual);
    QVERIFY(id);
    QCOMPARE(int(paintedRanges(m_view).size()), before + 1);
    QCOMPARE(m_view->factAt(start + 3), id);
    QVERIFY(m_project->removeFact(id));
    QCOMPARE(int(paintedRanges(m_view).size()), before);
    QCOMPARE(m_view->factAt(start + 3), qint64(0));
}

void TestArticleView::clickOnFigureActivatesFact_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<bool>("onFigure");
    QTest::newRow("money") << QStringLiteral("13 milliards de dollars") << true;
    QTest::newRow("percent") << QStringLiteral("49 %") << true;
    QTest::newRow("second paragraph") << QStringLiteral("250 tonnes") << true;
    QTest::newRow("plain word") << QStringLiteral("Helvar") << false;
}

void TestArticleView::clickOnFigureActivatesFact()
{
    QFETCH(QString, quote);
    QFETCH(bool, onFigure);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QSignalSpy activated(m_view, &ArticleView::factActivated);

    const int middle = int(m_text.indexOf(quote)) + int(quote.size()) / 2;
    QTextCursor cursor(m_view->document());
    cursor.setPosition(middle);
    const QPoint point = m_view->cursorRect(cursor).center();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, point);

    if (onFigure) {
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), m_view->factAt(middle));
    } else {
        QCOMPARE(activated.count(), 0);
    }
}

void TestArticleView::caretIntoFigureActivatesFactOnce()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->setFocus();
    QSignalSpy activated(m_view, &ArticleView::factActivated);
    const int start = int(m_text.indexOf(QStringLiteral("49 %")));
    QTextCursor cursor(m_view->document());
    cursor.setPosition(start - 2);
    m_view->setTextCursor(cursor);
    QCOMPARE(activated.count(), 0);
    QTest::keyClick(m_view, Qt::Key_Right);
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), m_view->factAt(start));
    // Moving inside the same figure names it once, not at every step.
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(activated.count(), 1);
    // Extending a selection across a figure names nothing.
    QTest::keyClick(m_view, Qt::Key_End);
    activated.clear();
    QTest::keyClick(m_view, Qt::Key_Home, Qt::ShiftModifier);
    QCOMPARE(activated.count(), 0);
}

void TestArticleView::showFactCentresFlashesAndDoesNotEcho()
{
    // A long article so that the figure starts off screen.
    Article article;
    article.language = QStringLiteral("en");
    QString text;
    for (int i = 0; i < 300; ++i)
        text += QStringLiteral("Paragraph %1 has no figure worth reading.\n\n").arg(i);
    const int figureStart = int(text.size());
    text += QStringLiteral("Costs rose by 12% in the last quarter.");
    article.text = text;
    Figure figure;
    figure.start = figureStart + int(QStringLiteral("Costs rose by ").size());
    figure.end = figure.start + 3;
    figure.kind = FigureKind::Percent;
    const qint64 articleId = m_project->addArticle(article, { figure });
    m_view->setArticle(articleId);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    const qint64 factId = m_view->factAt(figure.start);
    QVERIFY(factId);

    QSignalSpy activated(m_view, &ArticleView::factActivated);
    m_view->showFact(factId);
    QCOMPARE(activated.count(), 0);
    QCOMPARE(m_view->textCursor().position(), figure.start);
    QVERIFY(m_view->isFlashing());
    QCOMPARE(m_view->extraSelections().size(), 1); // the flash, over the painted figure
    const QRect caret = m_view->cursorRect();
    QVERIFY(m_view->viewport()->rect().contains(caret));
    QTRY_VERIFY(!m_view->isFlashing());
    QCOMPARE(m_view->extraSelections().size(), 0);

    // The flash fades, the frame of the current figure stays, around the figure.
    m_view->setCurrentFact(factId);
    const QVector<QRectF> frame = m_view->currentFactRects();
    QCOMPARE(frame.size(), 1);
    QVERIFY(frame.constFirst().contains(QRectF(caret).center() + QPointF(4, 0)));
    QVERIFY(frame.constFirst().width() > 2 * m_view->fontMetrics().horizontalAdvance(QLatin1Char('1')));
    const QImage framed = m_view->viewport()->grab().toImage();
    m_view->setCurrentFact(0);
    QVERIFY(m_view->currentFactRects().isEmpty());
    QVERIFY(m_view->viewport()->grab().toImage() != framed);
}

void TestArticleView::addFigureFromSelection_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("expected");

    const QString text
        = QStringLiteral("Helvar a versé 13 milliards de dollars depuis 2019 et garde 49 % du capital.");
    const int capital = int(text.indexOf(QStringLiteral("capital")));
    QTest::newRow("exact word") << capital << capital + 7 << true << QStringLiteral("capital");
    QTest::newRow("spaces trimmed") << capital - 1 << capital + 7 << true << QStringLiteral("capital");
    QTest::newRow("backwards selection") << capital + 7 << capital << true << QStringLiteral("capital");
    QTest::newRow("only a space") << capital - 1 << capital << false << QString();
    QTest::newRow("no selection") << capital << capital << false << QString();
}

void TestArticleView::addFigureFromSelection()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, accepted);
    QFETCH(QString, expected);

    QSignalSpy requested(m_view, &ArticleView::addFigureRequested);
    QTextCursor cursor(m_view->document());
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    m_view->setTextCursor(cursor);
    QCOMPARE(m_view->addFigureFromSelection(), accepted);
    QCOMPARE(requested.count(), accepted ? 1 : 0);
    if (accepted) {
        QCOMPARE(requested.at(0).at(0).toLongLong(), m_articleId);
        const int start = requested.at(0).at(1).toInt();
        const int end = requested.at(0).at(2).toInt();
        QCOMPARE(m_text.mid(start, end - start), expected);
    }
}

void TestArticleView::offsetsAfterSurrogatePairs()
{
    // Emoji take two UTF-16 units, combining accents one each: the document
    // must count as QString does, or every later figure would be off.
    Article article;
    article.language = QStringLiteral("fr");
    const QString text = QStringLiteral("Bravo \U0001F389\U0001F389 : cafe\u0301 à 3,5 € et 12 % de plus.");
    article.text = text;
    const Figure money = figureAt(
        text, QStringLiteral("3,5 €"), FigureKind::Money, QStringLiteral("3.5"), QStringLiteral("EUR"));
    const Figure percent = figureAt(
        text, QStringLiteral("12 %"), FigureKind::Percent, QStringLiteral("12"), QStringLiteral("%"));
    const qint64 articleId = m_project->addArticle(article, { money, percent });
    m_view->setArticle(articleId);
    for (const Figure &figure : { money, percent }) {
        const qint64 id = m_view->factAt(figure.start);
        QVERIFY(id);
        int start = 0;
        int end = 0;
        QVERIFY(m_view->factRange(id, &start, &end));
        QTextCursor cursor(m_view->document());
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        QCOMPARE(cursor.selectedText(), text.mid(figure.start, figure.length()));
    }
}

void TestArticleView::reimportedTextIsShown()
{
    Article article = *m_project->article(m_articleId);
    const QString newText = QStringLiteral("Texte remplacé.");
    article.text = newText;
    QVector<Fact> facts;
    for (const Fact *fact : m_project->factsOfArticle(m_articleId)) {
        Fact moved = *fact;
        moved.figure.start = 0;
        moved.figure.end = 0; // lost anchor: nothing to paint
        facts.append(moved);
    }
    QVERIFY(m_project->replaceArticleText(article, facts, {}));
    QCOMPARE(m_view->toPlainText(), newText);
    QCOMPARE(paintedRanges(m_view).size(), 0);
}

void TestArticleView::emptyAndMissingArticles()
{
    m_view->setArticle(0);
    QVERIFY(m_view->toPlainText().isEmpty());
    QCOMPARE(m_view->factAt(0), qint64(0));
    m_view->setArticle(987654);
    QCOMPARE(m_view->articleId(), qint64(0));
    QVERIFY(!m_view->addFigureFromSelection());
    m_view->setArticle(m_articleId);
    QVERIFY(m_project->removeArticle(m_articleId));
    QCOMPARE(m_view->articleId(), qint64(0));
    QVERIFY(m_view->extraSelections().isEmpty());
}

void TestArticleView::sourceToggle_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("rawSource");
    QTest::addColumn<bool>("available");

    QTest::newRow("html") << int(ArticleFormat::Html)
                          << QStringLiteral("<html><body><p>Hausse de <b>12 %</b></p></body></html>") << true;
    QTest::newRow("markdown") << int(ArticleFormat::Markdown)
                              << QStringLiteral("---\ntitle: Test\n---\n# Titre\n\nHausse de **12 %**.\n")
                              << true;
    QTest::newRow("plain text has no source view") << int(ArticleFormat::PlainText) << QString() << false;
}

void TestArticleView::sourceToggle()
{
    QFETCH(int, format);
    QFETCH(QString, rawSource);
    QFETCH(bool, available);

    Article article;
    article.title = QStringLiteral("Source");
    article.language = QStringLiteral("fr");
    article.text = QStringLiteral("Hausse de 12 %.");
    article.format = ArticleFormat(format);
    article.rawSource = rawSource;
    const qint64 id = m_project->addArticle(article, {});
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ThemePicker themes(&settings);
    ArticleListModel articles(m_project);
    ArticlePane pane(m_project, &articles, &themes);
    pane.setArticle(id);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    pane.setShowingSource(true);
    QCOMPARE(pane.isShowingSource(), available);
    if (!available)
        return;
    auto *stack = pane.findChild<QStackedWidget *>();
    auto *source = qobject_cast<QPlainTextEdit *>(stack->currentWidget());
    QVERIFY(source);
    QVERIFY(source != pane.view());
    QCOMPARE(source->toPlainText(), rawSource);
#ifdef FACTDESK_HAVE_KSYNTAXHIGHLIGHTING
    // The markup is coloured: some block carries highlighter formats.
    bool highlighted = false;
    for (QTextBlock block = source->document()->begin(); block.isValid(); block = block.next())
        highlighted |= !block.layout()->formats().isEmpty();
    QVERIFY(highlighted);
#endif
    // The current figure is marked in the source too, in the markup around it.
    Figure figure;
    figure.start = int(article.text.indexOf(QStringLiteral("12 %")));
    figure.end = figure.start + 4;
    figure.kind = FigureKind::Percent;
    figure.value = QStringLiteral("12");
    figure.unit = QStringLiteral("%");
    Fact fact;
    fact.articleId = id;
    fact.figure = figure;
    const qint64 factId = m_project->addFact(fact);
    QVERIFY(factId);
    pane.showFact(factId);
    QVERIFY(pane.isShowingSource());
    QCOMPARE(pane.sourceRange().first, int(rawSource.indexOf(QStringLiteral("12 %"))));
    QCOMPARE(pane.sourceRange().second, pane.sourceRange().first + 4);
    QCOMPARE(source->extraSelections().size(), 1);
    QCOMPARE(source->extraSelections().constFirst().cursor.selectedText(), QStringLiteral("12 %"));

    pane.setShowingSource(false);
    QCOMPARE(stack->currentWidget(), pane.view());
}

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
