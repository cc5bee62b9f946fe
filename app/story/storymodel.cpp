#include "storymodel.h"

#include "project/project.h"
#include "review/factmodel.h"
#include "storyfact.h"
#include "storyledger.h"
#include "storytracker.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace FactDesk {

namespace {

constexpr quintptr topLevel = 0;

/// Lower is worse: the order of PairLabel, open conflicts before settled ones.
int severity(const MeasurePair &pair)
{
    return int(pair.label) * 2 + (pair.isOpen() ? 0 : 1);
}

QVariantList toList(const QVector<qint64> &ids)
{
    QVariantList list;
    for (qint64 id : ids)
        list.append(id);
    return list;
}

} // namespace

StoryModel::StoryModel(StoryTracker *tracker, QObject *parent)
    : QAbstractItemModel(parent)
    , m_tracker(tracker)
{
    rebuild();
    // The rows point into the ledger: the reset begins before it changes.
    connect(tracker, &StoryTracker::aboutToUpdate, this, [this] { beginResetModel(); });
    connect(tracker, &StoryTracker::updated, this, [this] {
        rebuild();
        endResetModel();
    });
}

StoryModel::~StoryModel() = default;

void StoryModel::rebuild()
{
    m_entries.clear();
    const StoryLedger &ledger = m_tracker->ledger();
    const QVector<Measure> &measures = ledger.measures();
    const QVector<ArithmeticCheck> &checks = ledger.checks();
    // Open conflicts, failed checks, the other measures, the checks that hold.
    int measure = 0;
    for (; measure < measures.size() && measures.at(measure).openConflicts() > 0; ++measure)
        m_entries.append({ RowKind::Measure, measure });
    int check = 0;
    for (; check < checks.size() && !checks.at(check).consistent; ++check)
        m_entries.append({ RowKind::Check, check });
    for (; measure < measures.size(); ++measure)
        m_entries.append({ RowKind::Measure, measure });
    for (; check < checks.size(); ++check)
        m_entries.append({ RowKind::Check, check });
}

QModelIndex StoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return QModelIndex();
    if (!parent.isValid())
        return row < m_entries.size() ? createIndex(row, column, topLevel) : QModelIndex();
    if (parent.internalId() != topLevel || parent.column() != 0 || row >= rowCount(parent))
        return QModelIndex();
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex StoryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, topLevel);
}

int StoryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.internalId() != topLevel || parent.column() != 0)
        return 0;
    const Entry &entry = m_entries.at(parent.row());
    if (entry.kind != RowKind::Measure)
        return 0;
    return int(m_tracker->ledger().measures().at(entry.index).factIds.size());
}

int StoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() && (parent.internalId() != topLevel || parent.column() != 0) ? 0 : ColumnCount;
}

QVariant StoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Measure");
    case ValuesColumn:
        return tr("Values");
    case AsOfColumn:
        return tr("As of");
    case StateColumn:
        return tr("State");
    case DecisionColumn:
        return tr("Decision");
    default:
        return QVariant();
    }
}

QVariant StoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return QVariant();
    const StoryLedger &ledger = m_tracker->ledger();
    if (index.internalId() == topLevel) {
        const Entry &entry = m_entries.at(index.row());
        if (entry.kind == RowKind::Measure)
            return measureData(ledger.measures().at(entry.index), index.column(), role);
        return checkData(ledger.checks().at(entry.index), index.column(), role);
    }
    const Entry &entry = m_entries.at(int(index.internalId() - 1));
    return factData(ledger.measures().at(entry.index), index.row(), index.column(), role);
}

QString StoryModel::factValue(qint64 factId) const
{
    const Fact *fact = m_tracker->project()->fact(factId);
    if (!fact)
        return QString();
    if (fact->status != ReviewStatus::Corrected)
        return fact->quote;
    // The corrected value is the one the ledger compares.
    const QString unit = FactModel::unitName(fact->finalUnit());
    const QString value = FactModel::displayValue(fact->finalValue(), fact->finalKind(), QLocale());
    return unit.isEmpty() ? value : QStringLiteral("%1 %2").arg(value, unit);
}

const MeasurePair *StoryModel::worstPair(const Measure &measure, qint64 factId) const
{
    const MeasurePair *worst = nullptr;
    for (const MeasurePair &pair : measure.pairs) {
        if (pair.first != factId && pair.second != factId)
            continue;
        if (!worst || severity(pair) < severity(*worst))
            worst = &pair;
    }
    return worst;
}

QVariant StoryModel::measureData(const Measure &measure, int column, int role) const
{
    const StoryLedger &ledger = m_tracker->ledger();
    switch (role) {
    case RowKindRole:
        return int(RowKind::Measure);
    case MeasureIdRole:
        return measure.id;
    case FactIdRole: {
        for (const MeasurePair &pair : measure.pairs) {
            if (pair.isOpen())
                return pair.first;
        }
        return measure.factIds.isEmpty() ? QVariant() : QVariant(measure.factIds.constFirst());
    }
    case ArticleIdsRole: {
        QVector<qint64> articles;
        for (qint64 factId : measure.factIds) {
            const StoryFact *fact = ledger.storyFact(factId);
            if (fact && !articles.contains(fact->articleId))
                articles.append(fact->articleId);
        }
        return toList(articles);
    }
    case LabelsRole: {
        QVariantList labels;
        for (const MeasurePair &pair : measure.pairs) {
            if (!labels.contains(int(pair.label)))
                labels.append(int(pair.label));
        }
        return labels;
    }
    case DecidedRole: {
        bool decided = measure.accepted || measure.named;
        for (const MeasurePair &pair : measure.pairs)
            decided = decided || pair.verdict != PairVerdict::None || !pair.note.isEmpty();
        return decided;
    }
    case OpenRole:
        return measure.openConflicts() > 0;
    case Qt::ToolTipRole:
        if (column == ValuesColumn)
            return measureData(measure, column, Qt::DisplayRole);
        if (column == NameColumn)
            return QString(tr("Measure %1: %n figure(s)", nullptr, int(measure.factIds.size())).arg(measure.id)
                + QStringLiteral(" \u00B7 ")
                + tr("%n article(s)", nullptr, int(measureData(measure, column, ArticleIdsRole).toList().size())));
        return QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }

    switch (column) {
    case NameColumn:
        return measure.name;
    case ValuesColumn: {
        // Side by side in the order of their periods, each once.
        QVector<const StoryFact *> facts;
        for (qint64 factId : measure.factIds) {
            if (const StoryFact *fact = ledger.storyFact(factId))
                facts.append(fact);
        }
        std::stable_sort(facts.begin(), facts.end(),
            [](const StoryFact *a, const StoryFact *b) { return a->asOf < b->asOf; });
        QStringList values;
        for (const StoryFact *fact : std::as_const(facts)) {
            const QString value = factValue(fact->factId);
            if (!values.contains(value))
                values.append(value);
        }
        return values.join(QStringLiteral(" \u00B7 "));
    }
    case AsOfColumn: {
        QString first;
        QString last;
        for (qint64 factId : measure.factIds) {
            const StoryFact *fact = ledger.storyFact(factId);
            if (!fact || fact->asOf.isEmpty())
                continue;
            if (first.isEmpty() || fact->asOf < first)
                first = fact->asOf;
            if (last.isEmpty() || fact->asOf > last)
                last = fact->asOf;
        }
        // "2026-02" and "2026-02-09" are one period: the day lies inside the month.
        return last.startsWith(first) ? first : QStringLiteral("%1 \u2013 %2").arg(first, last);
    }
    case StateColumn: {
        if (const int open = measure.openConflicts())
            return tr("%n open conflict(s)", nullptr, open);
        QVector<int> labels;
        for (const MeasurePair &pair : measure.pairs) {
            if (!labels.contains(int(pair.label)))
                labels.append(int(pair.label));
        }
        std::sort(labels.begin(), labels.end());
        QStringList names;
        for (int label : std::as_const(labels))
            names.append(labelName(PairLabel(label)));
        return names.join(QStringLiteral(", "));
    }
    case DecisionColumn: {
        QStringList decisions;
        if (measure.accepted)
            decisions.append(tr("accepted"));
        if (measure.named)
            decisions.append(tr("named"));
        const int verdicts = int(std::count_if(measure.pairs.cbegin(), measure.pairs.cend(),
            [](const MeasurePair &pair) { return pair.verdict != PairVerdict::None; }));
        if (verdicts > 0)
            decisions.append(tr("%n verdict(s)", nullptr, verdicts));
        return decisions.join(QStringLiteral(", "));
    }
    default:
        return QVariant();
    }
}

QVariant StoryModel::factData(const Measure &measure, int factRow, int column, int role) const
{
    const qint64 factId = measure.factIds.at(factRow);
    const StoryFact *story = m_tracker->ledger().storyFact(factId);
    const MeasurePair *pair = worstPair(measure, factId);
    switch (role) {
    case RowKindRole:
        return int(RowKind::Fact);
    case MeasureIdRole:
        return measure.id;
    case FactIdRole:
        return factId;
    case ArticleIdsRole:
        return story ? QVariantList { story->articleId } : QVariantList();
    case LabelsRole: {
        QVariantList labels;
        for (const MeasurePair &other : measure.pairs) {
            if ((other.first == factId || other.second == factId) && !labels.contains(int(other.label)))
                labels.append(int(other.label));
        }
        return labels;
    }
    case DecidedRole:
        return pair && (pair->verdict != PairVerdict::None || !pair->note.isEmpty());
    case OpenRole:
        return pair && pair->isOpen();
    case Qt::ToolTipRole: {
        if (column == NameColumn || column == ValuesColumn)
            return factData(measure, factRow, column, Qt::DisplayRole);
        if (!pair || column != StateColumn)
            return QVariant();
        const qint64 other = pair->first == factId ? pair->second : pair->first;
        const Fact *otherFact = m_tracker->project()->fact(other);
        const Article *article = otherFact ? m_tracker->project()->article(otherFact->articleId) : nullptr;
        QString tip = tr("%1 against %2 in \u201C%3\u201D")
                          .arg(labelName(pair->label), factValue(other),
                              article ? article->displayTitle() : QString());
        if (!pair->note.isEmpty())
            tip += QLatin1Char('\n') + pair->note;
        return tip;
    }
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (column) {
    case NameColumn: {
        const Article *article = story ? m_tracker->project()->article(story->articleId) : nullptr;
        return article ? article->displayTitle() : QString();
    }
    case ValuesColumn:
        return factValue(factId);
    case AsOfColumn:
        if (!story)
            return QString();
        return story->language.isEmpty() ? story->asOf
                                         : QStringLiteral("%1 \u00B7 %2").arg(story->asOf, story->language);
    case StateColumn:
        return pair ? labelName(pair->label) : QString();
    case DecisionColumn: {
        if (!pair)
            return QString();
        QString text = verdictName(pair->verdict, pair->first == factId);
        if (!pair->note.isEmpty())
            text = text.isEmpty() ? pair->note : QStringLiteral("%1: %2").arg(text, pair->note);
        return text;
    }
    default:
        return QVariant();
    }
}

QVariant StoryModel::checkData(const ArithmeticCheck &check, int column, int role) const
{
    switch (role) {
    case RowKindRole:
        return int(RowKind::Check);
    case MeasureIdRole:
        return 0;
    case FactIdRole:
        return check.factIds.isEmpty() ? QVariant() : QVariant(check.factIds.constLast());
    case ArticleIdsRole:
        return QVariantList { check.articleId };
    case LabelsRole:
        return QVariantList();
    case DecidedRole:
        return false;
    case OpenRole:
        return !check.consistent;
    case CheckKeyRole:
        return checkKey(check);
    case Qt::ToolTipRole: {
        const Article *article = m_tracker->project()->article(check.articleId);
        return article ? article->displayTitle() : QVariant();
    }
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (column) {
    case NameColumn:
        return ruleName(check.rule);
    case ValuesColumn:
        return checkText(*m_tracker, check);
    case AsOfColumn: {
        const StoryFact *stated = m_tracker->ledger().storyFact(check.factIds.value(check.factIds.size() - 1));
        return stated ? stated->asOf : QString();
    }
    case StateColumn:
        return check.consistent ? tr("consistent") : tr("inconsistent");
    default:
        return QString();
    }
}

QModelIndex StoryModel::indexOfMeasure(qint64 measureId) const
{
    const QVector<Measure> &measures = m_tracker->ledger().measures();
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &entry = m_entries.at(row);
        if (entry.kind == RowKind::Measure && measures.at(entry.index).id == measureId)
            return index(row, 0);
    }
    return QModelIndex();
}

QModelIndex StoryModel::indexOfFact(qint64 factId) const
{
    const StoryLedger &ledger = m_tracker->ledger();
    if (const Measure *measure = ledger.measureOfFact(factId)) {
        const QModelIndex parent = indexOfMeasure(measure->id);
        const int row = int(measure->factIds.indexOf(factId));
        if (parent.isValid() && row >= 0)
            return index(row, 0, parent);
    }
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &entry = m_entries.at(row);
        if (entry.kind == RowKind::Check && ledger.checks().at(entry.index).factIds.contains(factId))
            return index(row, 0);
    }
    return QModelIndex();
}

QModelIndex StoryModel::indexOfCheck(const QString &key) const
{
    const QVector<ArithmeticCheck> &checks = m_tracker->ledger().checks();
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &entry = m_entries.at(row);
        if (entry.kind == RowKind::Check && checkKey(checks.at(entry.index)) == key)
            return index(row, 0);
    }
    return QModelIndex();
}

QString StoryModel::labelName(PairLabel label)
{
    switch (label) {
    case PairLabel::Conflict:
        return tr("conflict");
    case PairLabel::ScaleTrap:
        return tr("scale trap");
    case PairLabel::Update:
        return tr("update");
    case PairLabel::NotComparable:
        return tr("not comparable");
    case PairLabel::Rounding:
        return tr("rounding");
    case PairLabel::Agree:
        return tr("agree");
    }
    return QString();
}

QString StoryModel::ruleName(CheckRule rule)
{
    switch (rule) {
    case CheckRule::PercentOf:
        return tr("Percent of a whole");
    case CheckRule::Change:
        return tr("Change");
    case CheckRule::PartsTotal:
        return tr("Parts of a total");
    case CheckRule::PerUnit:
        return tr("Price per unit");
    }
    return QString();
}

QString StoryModel::verdictName(PairVerdict verdict, bool factIsFirst)
{
    switch (verdict) {
    case PairVerdict::None:
        return QString();
    case PairVerdict::FirstRight:
        return factIsFirst ? tr("right") : tr("the other is right");
    case PairVerdict::SecondRight:
        return factIsFirst ? tr("the other is right") : tr("right");
    case PairVerdict::BothRight:
        return tr("both right, at different dates");
    }
    return QString();
}

QString StoryModel::checkKey(const ArithmeticCheck &check)
{
    QStringList ids;
    for (qint64 id : check.factIds)
        ids.append(QString::number(id));
    return toString(check.rule) + QLatin1Char(':') + ids.join(QLatin1Char(','));
}

QString StoryModel::checkText(const StoryTracker &tracker, const ArithmeticCheck &check)
{
    const Project &project = *tracker.project();
    QStringList quotes;
    QVector<FigureKind> kinds;
    for (qint64 factId : check.factIds) {
        const Fact *fact = project.fact(factId);
        quotes.append(fact ? fact->quote : QStringLiteral("?"));
        kinds.append(fact ? fact->finalKind() : FigureKind::Number);
    }
    if (quotes.size() < 2)
        return QString();
    const QString result = quotes.takeLast();
    QString text;
    switch (check.rule) {
    case CheckRule::PercentOf:
        // "27 % × 500 milliards = 135 milliards", or the share a part is of its whole.
        text = kinds.constFirst() == FigureKind::Percent
            ? QStringLiteral("%1 \u00D7 %2 = %3").arg(quotes.value(0), quotes.value(1), result)
            : QStringLiteral("%1 \u00F7 %2 = %3").arg(quotes.value(0), quotes.value(1), result);
        break;
    case CheckRule::Change:
        // A premium on a base ("50 euros + 20 % = 60 euros") or a change between two figures.
        if (kinds.value(1) == FigureKind::Percent && kinds.value(0) != FigureKind::Percent)
            text = QStringLiteral("%1 %2 %3 = %4")
                       .arg(quotes.value(0),
                           check.stated.startsWith(QLatin1Char('-')) ? QStringLiteral("\u2212")
                                                                     : QStringLiteral("+"),
                           quotes.value(1), result);
        else
            text = QStringLiteral("%1 \u2192 %2: %3").arg(quotes.value(0), quotes.value(1), result);
        break;
    case CheckRule::PartsTotal:
        text = QStringLiteral("%1 \u2264 %2").arg(quotes.join(QStringLiteral(" + ")), result);
        break;
    case CheckRule::PerUnit:
        text = QStringLiteral("%1 \u00D7 %2 = %3").arg(quotes.value(0), quotes.value(1), result);
        break;
    }
    if (check.consistent)
        return text + QStringLiteral(" \u2713");
    const QString unit = FactModel::unitName(check.unit);
    const QString computed = FactModel::displayValue(check.computed, kinds.constLast(), QLocale());
    //: an arithmetic check that fails: the figures, then the value they give
    return tr("%1 \u2717 (computed: %2)")
        .arg(text, unit.isEmpty() ? computed : QStringLiteral("%1 %2").arg(computed, unit));
}

} // namespace FactDesk
