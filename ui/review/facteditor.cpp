#include "facteditor.h"

#include "figurestyle.h"
#include "project/project.h"
#include "project/projectstore.h"
#include "review/factmodel.h"
#include "review/relatedfacts.h"
#include "reviewcontroller.h"
#include "story/storyfact.h"
#include "story/storyledger.h"
#include "story/storymodel.h"
#include "story/storytracker.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace FactDesk {

namespace {
constexpr std::array<FigureKind, 7> kinds = { FigureKind::Money, FigureKind::Percent, FigureKind::Count,
    FigureKind::Quantity, FigureKind::Multiplier, FigureKind::Date, FigureKind::Number };
constexpr std::array<RejectReason, 5> reasons = { RejectReason::NotAFigure, RejectReason::ProductName,
    RejectReason::Duplicate, RejectReason::WrongReading, RejectReason::Other };
} // namespace

class FactEditorPrivate
{
public:
    Project *project = nullptr;
    ReviewController *controller = nullptr;
    qint64 factId = 0;
    QString shownValue; ///< what the value field showed when the fact was loaded
    bool noteDirty = false;

    QLabel *textLabel = nullptr;
    QLabel *contextLabel = nullptr;
    QLabel *relatedLabel = nullptr;
    QLabel *statusLabel = nullptr;
    QFormLayout *form = nullptr;
    QLabel *kindLabel = nullptr;
    QComboBox *kindCombo = nullptr;
    QLabel *valueLabel = nullptr;
    QLineEdit *valueEdit = nullptr;
    QLabel *valueError = nullptr;
    QLabel *unitLabel = nullptr;
    QLineEdit *unitEdit = nullptr;
    QPushButton *confirmButton = nullptr;
    QPushButton *correctButton = nullptr;
    QPushButton *rejectButton = nullptr;
    QComboBox *reasonCombo = nullptr;
    QPushButton *resetButton = nullptr;
    QLabel *noteLabel = nullptr;
    QPlainTextEdit *noteEdit = nullptr;
    QLabel *historyLabel = nullptr;

    std::unique_ptr<RelatedFacts> related;
    StoryTracker *story = nullptr;
    bool readingStory = false; ///< bringing the ledger up to date, which refreshes the editor too
    QVector<qint64> relatedIds; ///< what relatedLabel links to, in its order

    const Fact *fact() const { return project->fact(factId); }
    /// "Elsewhere: 27 % in “Hebdo”, …" with links to those facts, or that there are none.
    QString relatedText(const Fact &fact);
    /// "Measure valuation (…): 27 % in “Hebdo” (2025-10, conflict) · …" and its checks; empty outside a measure.
    QString measureText(const Fact &fact);
    /// The fact's lines of the audit log, newest first (a few), or empty without a project file.
    QString historyText(const Fact &fact) const;
    /// The value as the analyst would type it in the article's language, without grouping.
    QString editableValue(const Fact &fact) const;
};

QString FactEditorPrivate::editableValue(const Fact &fact) const
{
    if (fact.finalKind() == FigureKind::Date)
        return fact.finalValue();
    const Article *article = project->article(fact.articleId);
    QLocale locale(article && !article->language.isEmpty() ? article->language : QStringLiteral("en"));
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return FactModel::displayValue(fact.finalValue(), fact.finalKind(), locale);
}

QString FactEditorPrivate::historyText(const Fact &fact) const
{
    const ProjectStore *store = project->store();
    if (!store)
        return QString();
    QString error;
    const QVector<AuditEntry> entries = store->auditLog(fact.id, &error);
    if (!error.isEmpty())
        return FactEditor::tr("History: cannot be read (%1)").arg(error.toHtmlEscaped());
    constexpr int shownAtMost = 4;
    QStringList lines;
    const QLocale locale;
    for (int i = int(entries.size()) - 1; i >= 0 && lines.size() < shownAtMost; --i) {
        const AuditEntry &entry = entries.at(i);
        lines << FactEditor::tr("%1, %2: %3", "when, who: what")
                     .arg(locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat),
                         entry.editor.toHtmlEscaped(), FactModel::auditEntryName(entry).toHtmlEscaped());
    }
    if (lines.isEmpty())
        return FactEditor::tr("History: nothing written yet.");
    QString text = FactEditor::tr("History:") + QStringLiteral("<br/>") + lines.join(QStringLiteral("<br/>"));
    if (entries.size() > shownAtMost)
        text += QStringLiteral("<br/>")
            + FactEditor::tr("\u2026 and %Ln earlier (Review \u25B8 Audit Log)", nullptr,
                int(entries.size()) - shownAtMost);
    return text;
}

QString FactEditorPrivate::measureText(const Fact &fact)
{
    if (!story)
        return QString();
    const StoryLedger &ledger = story->ledger();
    QStringList lines;
    if (const Measure *measure = ledger.measureOfFact(fact.id)) {
        // The other values, the worst relation first: a conflict before an agreement.
        QVector<QPair<int, const MeasurePair *>> pairs;
        for (const MeasurePair &pair : measure->pairs) {
            if (pair.first == fact.id || pair.second == fact.id)
                pairs.append({ int(pair.label) * 2 + (pair.isOpen() ? 0 : 1), &pair });
        }
        std::stable_sort(pairs.begin(), pairs.end(),
            [](const auto &a, const auto &b) { return a.first < b.first; });
        constexpr int titleLength = 24;
        constexpr int shownAtMost = 3;
        QStringList items;
        for (const auto &entry : std::as_const(pairs)) {
            const MeasurePair &pair = *entry.second;
            const qint64 otherId = pair.first == fact.id ? pair.second : pair.first;
            const Fact *other = project->fact(otherId);
            const Article *article = other ? project->article(other->articleId) : nullptr;
            if (!article || relatedIds.contains(otherId))
                continue;
            relatedIds.append(otherId);
            if (items.size() == shownAtMost)
                continue;
            QString title = article->displayTitle();
            if (title.size() > titleLength)
                title = title.left(titleLength - 1).trimmed() + QStringLiteral("\u2026");
            const StoryFact *storyFact = ledger.storyFact(otherId);
            QString label = StoryModel::labelName(pair.label).toHtmlEscaped();
            if (pair.isOpen())
                label = QStringLiteral("<b>%1</b>").arg(label);
            items << FactEditor::tr("<a href=\"fact:%1\">%2</a> in \u201C%3\u201D (%4, %5)",
                "a figure of the same measure, its article, its period and how it relates")
                         .arg(otherId)
                         .arg(other->quote.toHtmlEscaped(), title.toHtmlEscaped(),
                             storyFact ? storyFact->asOf.toHtmlEscaped() : QString(), label);
        }
        if (relatedIds.size() > shownAtMost)
            items << FactEditor::tr("%n more in the Story panel", nullptr, int(relatedIds.size()) - shownAtMost);
        //: the measure a figure states, then its values in the other articles
        lines << FactEditor::tr("Measure <b>%1</b>: %2")
                     .arg(measure->name.toHtmlEscaped(), items.join(QStringLiteral(" \u00B7 ")));
    }
    for (const ArithmeticCheck *check : ledger.checksOfFact(fact.id)) {
        const QString text = StoryModel::checkText(*story, *check).toHtmlEscaped();
        lines << (check->consistent ? text : QStringLiteral("<b>%1</b>").arg(text));
    }
    return lines.join(QStringLiteral("<br/>"));
}

QString FactEditorPrivate::relatedText(const Fact &fact)
{
    QStringList items;
    relatedIds.clear();
    // A measure of the story ledger says more than figures with shared words.
    const QString measure = measureText(fact);
    if (!relatedIds.isEmpty())
        return measure;
    QSet<QPair<qint64, QString>> shown; // a headline and its body often say the same: once is enough
    // Two at most, with short titles: the line keeps to the two lines reserved for it.
    constexpr int titleLength = 30;
    constexpr int shownAtMost = 2;
    for (const RelatedFacts::Match &match : related->find(fact.id, 6)) {
        const Fact *other = project->fact(match.factId);
        const Article *article = other ? project->article(other->articleId) : nullptr;
        if (!article || items.size() == shownAtMost)
            continue;
        const QPair<qint64, QString> key { other->articleId, other->finalValue() };
        if (shown.contains(key))
            continue;
        shown.insert(key);
        relatedIds.append(other->id);
        QString title = article->displayTitle();
        if (title.size() > titleLength)
            title = title.left(titleLength - 1).trimmed() + QStringLiteral("\u2026");
        items << FactEditor::tr("<a href=\"fact:%1\">%2</a> in \u201C%3\u201D", "a figure and its article")
                     .arg(other->id)
                     .arg(other->quote.toHtmlEscaped(), title.toHtmlEscaped());
    }
    const QString checks = measure.isEmpty() ? QString() : QStringLiteral("<br/>") + measure;
    if (items.isEmpty())
        return FactEditor::tr("Elsewhere: no figure like it in the other articles.") + checks;
    //: The same kind of figure, about the same names, in other articles: where they may disagree
    return FactEditor::tr("Elsewhere: %1").arg(items.join(QStringLiteral(" \u00B7 "))) + checks;
}

FactEditor::FactEditor(Project *project, ReviewController *controller, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<FactEditorPrivate>())
{
    d->project = project;
    d->controller = controller;

    d->textLabel = new QLabel(this);
    d->textLabel->setObjectName(QStringLiteral("factText"));
    d->textLabel->setTextFormat(Qt::PlainText);
    QFont bold = d->textLabel->font();
    bold.setBold(true);
    d->textLabel->setFont(bold);
    d->statusLabel = new QLabel(this);
    d->statusLabel->setObjectName(QStringLiteral("factStatus"));
    // A long figure or status ("Rejeté : nom de produit ou de version (ajouté
    // à la main)") wraps rather than widen the editor past its dock.
    d->textLabel->setWordWrap(true);
    d->statusLabel->setWordWrap(true);
    d->textLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    d->statusLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    d->related = std::make_unique<RelatedFacts>(project);
    d->relatedLabel = new QLabel(this);
    d->relatedLabel->setObjectName(QStringLiteral("relatedFacts"));
    d->relatedLabel->setTextFormat(Qt::RichText);
    d->relatedLabel->setWordWrap(true);
    d->relatedLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    // Two lines kept for it, so that the fields below never shrink when it wraps.
    d->relatedLabel->setMinimumHeight(2 * d->relatedLabel->fontMetrics().lineSpacing());
    d->relatedLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    d->relatedLabel->setVisible(false);
    connect(d->relatedLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("fact:")))
            d->controller->setCurrentFact(link.mid(5).toLongLong());
    });
    d->contextLabel = new QLabel(this);
    d->contextLabel->setObjectName(QStringLiteral("factContext"));
    d->contextLabel->setTextFormat(Qt::RichText);
    d->contextLabel->setWordWrap(true);

    d->kindCombo = new QComboBox(this);
    d->kindCombo->setObjectName(QStringLiteral("kindCombo"));
    d->kindCombo->installEventFilter(this);
    for (const FigureKind kind : kinds)
        d->kindCombo->addItem(QString(), int(kind));
    d->valueEdit = new QLineEdit(this);
    d->valueEdit->setObjectName(QStringLiteral("valueEdit"));
    d->valueEdit->installEventFilter(this);
    d->valueError = new QLabel(this);
    d->valueError->setObjectName(QStringLiteral("valueError"));
    d->valueError->setWordWrap(true);
    d->valueError->setVisible(false);
    d->unitEdit = new QLineEdit(this);
    d->unitEdit->setObjectName(QStringLiteral("unitEdit"));
    d->unitEdit->installEventFilter(this);

    d->confirmButton = new QPushButton(this);
    d->confirmButton->setObjectName(QStringLiteral("confirmButton"));
    d->correctButton = new QPushButton(this);
    d->correctButton->setObjectName(QStringLiteral("correctButton"));
    d->rejectButton = new QPushButton(this);
    d->rejectButton->setObjectName(QStringLiteral("rejectButton"));
    d->reasonCombo = new QComboBox(this);
    d->reasonCombo->setObjectName(QStringLiteral("reasonCombo"));
    // It takes the width its row leaves; the longest reason ("product or
    // version name") must not make the editor, and so the window, wider.
    d->reasonCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    d->reasonCombo->setMinimumContentsLength(12);
    d->reasonCombo->installEventFilter(this);
    for (const RejectReason reason : reasons)
        d->reasonCombo->addItem(QString(), int(reason));
    d->resetButton = new QPushButton(this);
    d->resetButton->setObjectName(QStringLiteral("resetButton"));
    // The buttons are for the mouse; the keyboard goes through the controller's shortcuts.
    for (QPushButton *button : { d->confirmButton, d->correctButton, d->rejectButton, d->resetButton })
        button->setAutoDefault(false);

    d->noteEdit = new QPlainTextEdit(this);
    d->noteEdit->setObjectName(QStringLiteral("noteEdit"));
    d->noteEdit->setTabChangesFocus(true);
    d->noteEdit->installEventFilter(this);
    d->noteEdit->setMaximumHeight(d->noteEdit->fontMetrics().lineSpacing() * 5);

    auto *header = new QHBoxLayout;
    header->addWidget(d->textLabel, 1);
    header->addWidget(d->statusLabel);

    d->form = new QFormLayout;
    d->kindLabel = new QLabel(this);
    d->valueLabel = new QLabel(this);
    d->unitLabel = new QLabel(this);
    d->noteLabel = new QLabel(this);
    d->noteLabel->setWordWrap(true);
    d->kindLabel->setBuddy(d->kindCombo);
    d->valueLabel->setBuddy(d->valueEdit);
    d->unitLabel->setBuddy(d->unitEdit);
    d->noteLabel->setBuddy(d->noteEdit);
    auto *valueBox = new QVBoxLayout;
    valueBox->setContentsMargins(0, 0, 0, 0);
    valueBox->addWidget(d->valueEdit);
    valueBox->addWidget(d->valueError);
    d->form->addRow(d->kindLabel, d->kindCombo);
    d->form->addRow(d->valueLabel, valueBox);
    d->form->addRow(d->unitLabel, d->unitEdit);

    // Two buttons a row, so the editor asks for little width (the table
    // beside it needs it) and every button shows whole in either language.
    auto *buttons = new QGridLayout;
    buttons->addWidget(d->confirmButton, 0, 0);
    buttons->addWidget(d->correctButton, 0, 1);
    buttons->addWidget(d->rejectButton, 1, 0);
    buttons->addWidget(d->reasonCombo, 1, 1);
    buttons->addWidget(d->resetButton, 2, 0, 1, 2, Qt::AlignLeft);
    buttons->setColumnStretch(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(d->contextLabel);
    layout->addWidget(d->relatedLabel);
    layout->addLayout(d->form);
    layout->addLayout(buttons);
    layout->addWidget(d->noteLabel);
    layout->addWidget(d->noteEdit);
    d->historyLabel = new QLabel(this);
    d->historyLabel->setObjectName(QStringLiteral("factHistory"));
    d->historyLabel->setTextFormat(Qt::RichText);
    d->historyLabel->setWordWrap(true);
    d->historyLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(d->historyLabel);
    layout->addStretch(1);

    connect(d->valueEdit, &QLineEdit::returnPressed, this, [this] { commitCorrection(); });
    connect(d->unitEdit, &QLineEdit::returnPressed, this, [this] { commitCorrection(); });
    connect(d->valueEdit, &QLineEdit::textEdited, this, [this] { d->valueError->setVisible(false); });
    connect(d->correctButton, &QPushButton::clicked, this, [this] { commitCorrection(); });
    connect(d->confirmButton, &QPushButton::clicked, this, [this] {
        const qint64 factId = d->factId;
        if (factId && d->controller->confirm({ factId }))
            d->controller->advanceAfterReview(factId);
    });
    connect(d->rejectButton, &QPushButton::clicked, this, [this] {
        const qint64 factId = d->factId;
        if (factId && d->controller->reject(factId, RejectReason(d->reasonCombo->currentData().toInt())))
            d->controller->advanceAfterReview(factId);
    });
    connect(d->resetButton, &QPushButton::clicked, this, [this] {
        if (d->factId)
            d->controller->resetToPending(d->factId);
    });
    connect(d->noteEdit, &QPlainTextEdit::textChanged, this, [this] { d->noteDirty = true; });

    connect(controller, &ReviewController::currentFactChanged, this, &FactEditor::setFact);
    connect(project, &Project::factChanged, this, [this](int row) {
        d->related->forget(d->project->facts().at(row).id);
        if (row == d->project->indexOfFact(d->factId))
            refresh();
    });
    connect(project, &Project::reset, this, [this] {
        d->related->invalidate();
        setFact(d->controller->currentFactId());
    });
    // Articles and facts that come, go or are re-anchored change which sentences there are.
    const auto invalidateRelated = [this] { d->related->invalidate(); };
    connect(project, &Project::articleAdded, this, invalidateRelated);
    connect(project, &Project::articleRemoved, this, invalidateRelated);
    connect(project, &Project::articleChanged, this, invalidateRelated);
    connect(project, &Project::factsInserted, this, invalidateRelated);
    connect(project, &Project::factsRemoved, this, invalidateRelated);

    retranslateUi();
    setFact(controller->currentFactId());
}

FactEditor::~FactEditor() = default;

qint64 FactEditor::factId() const
{
    return d->factId;
}

QVector<qint64> FactEditor::relatedFactIds() const
{
    return d->relatedIds;
}

void FactEditor::setStoryTracker(StoryTracker *tracker)
{
    if (d->story)
        disconnect(d->story, nullptr, this, nullptr);
    d->story = tracker;
    if (tracker)
        connect(tracker, &StoryTracker::updated, this, [this] {
            if (!d->readingStory)
                refresh(false);
        });
    refresh(false);
}

void FactEditor::setFact(qint64 factId)
{
    if (d->noteDirty && d->factId != factId)
        saveNote();
    d->factId = d->project->fact(factId) ? factId : 0;
    d->valueError->setVisible(false);
    refresh(true);
}

void FactEditor::refresh(bool reloadFields)
{
    // A review just made is in the ledger before the measure is shown (its refresh is otherwise
    // left to the next turn of the event loop).
    if (d->story && !d->readingStory) {
        d->readingStory = true;
        d->story->refreshNow();
        d->readingStory = false;
    }
    const Fact *fact = d->fact();
    const bool editable = fact && !d->project->isReadOnly();
    for (QWidget *widget : std::initializer_list<QWidget *> { d->kindCombo, d->valueEdit, d->unitEdit,
             d->confirmButton, d->correctButton, d->rejectButton, d->reasonCombo, d->noteEdit })
        widget->setEnabled(editable);
    d->resetButton->setEnabled(editable && fact->status != ReviewStatus::Pending);
    if (!fact) {
        d->textLabel->setText(tr("No figure selected"));
        d->statusLabel->clear();
        // A first start shows this: say how the review begins.
        const QList<QKeySequence> helpKeys = QKeySequence::keyBindings(QKeySequence::HelpContents);
        const QString helpKey = helpKeys.isEmpty() ? QStringLiteral("F1")
                                                   : helpKeys.constFirst().toString(QKeySequence::NativeText);
        d->contextLabel->setText(
            tr("Press %1 for the next fact to check, %2 for every key.")
                .arg(d->controller->nextPendingAction()->shortcut().toString(QKeySequence::NativeText),
                    helpKey)
                .toHtmlEscaped());
        d->relatedLabel->clear();
        d->relatedLabel->setVisible(false);
        d->relatedIds.clear();
        d->valueEdit->clear();
        d->unitEdit->clear();
        d->noteEdit->blockSignals(true);
        d->noteEdit->clear();
        d->noteEdit->blockSignals(false);
        d->noteDirty = false;
        d->historyLabel->clear();
        return;
    }

    d->textLabel->setText(fact->quote);
    QString status = FactModel::statusName(fact->status);
    if (fact->status == ReviewStatus::Rejected && fact->rejectReason != RejectReason::None)
        status = tr("%1: %2").arg(status, FactModel::rejectReasonName(fact->rejectReason));
    if (fact->origin == FactOrigin::Manual)
        status = tr("%1 (added by hand)").arg(status);
    d->statusLabel->setText(status);
    // The sentence, as the export writes it, with the figure in bold.
    if (const Article *article = d->project->article(fact->articleId)) {
        int figureStart = 0;
        int figureEnd = 0;
        const QString sentence = FactModel::sentenceOf(
            article->text, fact->figure.start, fact->figure.end, &figureStart, &figureEnd);
        // A number never breaks across lines ("1 200" read as "1" and "200").
        static const QRegularExpression spaceInNumber(QStringLiteral("(?<=\\d) (?=\\d)"));
        const QString figure = sentence.mid(figureStart, figureEnd - figureStart)
                                   .replace(spaceInNumber, QStringLiteral("\u00A0"));
        d->contextLabel->setText(QStringLiteral("%1<b>%2</b>%3")
                                     .arg(sentence.left(figureStart).toHtmlEscaped(), figure.toHtmlEscaped(),
                                         sentence.mid(figureEnd).toHtmlEscaped()));
    } else {
        d->contextLabel->clear();
    }
    const QString related = d->relatedText(*fact);
    // The answer "nothing elsewhere" is information too, in a quieter colour.
    d->relatedLabel->setForegroundRole(
        d->relatedIds.isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
    // Qt draws links in the application's Link colour, dark blue even on a
    // dark window: they get one readable on this editor's background.
    const QColor link
        = FigureStyle::readableTextOn(palette().color(QPalette::Link), palette().color(QPalette::Window));
    d->relatedLabel->setText(QString(related).replace(
        QLatin1String("<a "), QStringLiteral("<a style=\"color:%1\" ").arg(link.name())));
    d->relatedLabel->setVisible(true);

    // While the analyst types a correction, a change elsewhere (say, an undo of
    // the note) must not wipe what is being typed.
    const bool typing = d->valueEdit->hasFocus() && d->valueEdit->isModified();
    if (reloadFields || !typing) {
        d->shownValue = d->editableValue(*fact);
        d->valueEdit->setText(d->shownValue);
        d->valueEdit->setModified(false);
        d->unitEdit->setText(FactModel::unitName(fact->finalUnit()));
        d->kindCombo->setCurrentIndex(d->kindCombo->findData(int(fact->finalKind())));
    }
    d->historyLabel->setText(d->historyText(*fact));
    const int reason = d->reasonCombo->findData(int(fact->rejectReason));
    if (reason >= 0)
        d->reasonCombo->setCurrentIndex(reason);
    if (reloadFields || !d->noteEdit->hasFocus()) {
        d->noteEdit->blockSignals(true);
        d->noteEdit->setPlainText(fact->note);
        d->noteEdit->blockSignals(false);
        d->noteDirty = false;
    }
}

void FactEditor::beginCorrection()
{
    if (!d->fact() || !d->valueEdit->isEnabled())
        return;
    d->valueEdit->setFocus(Qt::ShortcutFocusReason);
    d->valueEdit->selectAll();
}

void FactEditor::beginRejection()
{
    if (!d->fact() || !d->reasonCombo->isEnabled())
        return;
    d->reasonCombo->setFocus(Qt::ShortcutFocusReason);
    d->reasonCombo->showPopup();
}

void FactEditor::commitCorrection()
{
    const Fact *fact = d->fact();
    if (!fact)
        return;
    const QString text = d->valueEdit->text().trimmed();
    const auto chosenKind = FigureKind(d->kindCombo->currentData().toInt());
    // "jour" shown for a date's "day" is still "day".
    const QString chosenUnit = FactModel::unitFromName(d->unitEdit->text().trimmed());
    const bool kindChanged = chosenKind != fact->finalKind();
    const bool unitChanged = chosenUnit != fact->finalUnit();
    if (text == d->shownValue && !kindChanged && !unitChanged) {
        Q_EMIT editingFinished(); // nothing typed: Enter just goes back to the list
        return;
    }
    // A kind or unit set by hand is the analyst's; the others are the Reviewer's to read.
    const qint64 factId = fact->id;
    const QString error = d->controller->correct(factId, text,
        kindChanged ? std::optional<FigureKind>(chosenKind) : std::nullopt,
        unitChanged ? std::optional<QString>(chosenUnit) : std::nullopt);
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    d->valueError->setVisible(false);
    refresh(true);
    Q_EMIT editingFinished();
    d->controller->advanceAfterReview(factId);
}

void FactEditor::cancelCorrection()
{
    d->valueError->setVisible(false);
    refresh(true);
    Q_EMIT editingFinished();
}

void FactEditor::saveNote()
{
    if (!d->noteDirty)
        return;
    d->noteDirty = false;
    if (d->project->fact(d->factId))
        d->controller->setNote(d->factId, d->noteEdit->toPlainText());
}

void FactEditor::showError(const QString &message)
{
    d->valueError->setText(QStringLiteral("\u26A0 ") + message);
    d->valueError->setVisible(true);
    d->valueEdit->setFocus(Qt::OtherFocusReason);
    d->valueEdit->selectAll();
}

bool FactEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && (watched == d->kindCombo || watched == d->reasonCombo)) {
        // A letter typed in a choice picks it ("c" for Count) rather than reach
        // the review key it also is (C, confirm).
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!key->text().isEmpty() && key->text().at(0).isPrint()
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            event->accept();
            return true;
        }
    }
    if (watched == d->noteEdit) {
        if (event->type() == QEvent::FocusOut) {
            saveNote();
        } else if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const bool ctrlReturn = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && key->modifiers().testFlag(Qt::ControlModifier);
            if (ctrlReturn || key->key() == Qt::Key_Escape) {
                // The note is done: the review keys (J, K, C…) must act again,
                // not be typed into it.
                saveNote();
                Q_EMIT editingFinished();
                return true;
            }
        }
    } else if ((watched == d->valueEdit || watched == d->unitEdit) && event->type() == QEvent::KeyPress) {
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            cancelCorrection();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FactEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange) {
        applyPaletteColours();
        refresh();
    }
    QWidget::changeEvent(event);
}

void FactEditor::applyPaletteColours()
{
    // Red and a sign: the message must not rely on colour alone. A red read on
    // this background, light or dark.
    const QColor red
        = FigureStyle::readableTextOn(QColor(0xc0, 0x39, 0x2b), palette().color(QPalette::Window));
    d->valueError->setStyleSheet(QStringLiteral("color: %1;").arg(red.name()));
}

void FactEditor::retranslateUi()
{
    d->kindLabel->setText(tr("&Kind:"));
    d->valueLabel->setText(tr("&Value:"));
    d->unitLabel->setText(tr("&Unit:"));
    d->noteLabel->setText(tr("&Note (saved when you leave the field, or with Ctrl+Return or Esc):"));
    for (int i = 0; i < d->kindCombo->count(); ++i)
        d->kindCombo->setItemText(i, FactModel::kindName(FigureKind(d->kindCombo->itemData(i).toInt())));
    for (int i = 0; i < d->reasonCombo->count(); ++i) {
        const QString name = FactModel::rejectReasonName(RejectReason(d->reasonCombo->itemData(i).toInt()));
        // Sentence case in a list of choices.
        d->reasonCombo->setItemText(i, name.left(1).toUpper() + name.mid(1));
    }
    d->confirmButton->setText(tr("Confirm"));
    d->correctButton->setText(tr("Correct"));
    d->rejectButton->setText(tr("Reject"));
    d->resetButton->setText(tr("Back to Pending"));
    d->confirmButton->setToolTip(tr("The figure is right as written (C)"));
    d->correctButton->setToolTip(tr("Save the value typed above as the right one (E, then Enter)"));
    d->rejectButton->setToolTip(tr("This is not a figure to verify (R)"));
    d->resetButton->setToolTip(tr("Back to pending (P)"));
    d->valueEdit->setPlaceholderText(tr("e.g. 4,2 or 13 milliards"));
    d->valueEdit->setToolTip(tr("Type the right value in the article's language; either decimal separator is "
                                "accepted. Enter saves, Esc cancels."));
    applyPaletteColours();
    refresh(false);
}

} // namespace FactDesk
