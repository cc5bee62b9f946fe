#include "factfilterproxymodel.h"

#include "factmodel.h"

#include <QPointer>

namespace FactDesk {

namespace {
template<typename Enum> quint32 bit(Enum value)
{
    return quint32(1) << static_cast<int>(value);
}

template<typename Enum> quint32 maskOf(const QVector<Enum> &values)
{
    quint32 mask = 0;
    for (Enum value : values)
        mask |= bit(value);
    return mask;
}

template<typename Enum> QVector<Enum> valuesOf(quint32 mask, Enum last)
{
    QVector<Enum> values;
    for (int i = 0; i <= static_cast<int>(last); ++i) {
        if (mask & (quint32(1) << i))
            values.append(static_cast<Enum>(i));
    }
    return values;
}

/// Exact decimals compare as numbers without going through text; a double is
/// precise enough to order them.
double sortableNumber(const QString &value, bool *ok)
{
    return value.toDouble(ok);
}

} // namespace

class FactFilterProxyModelPrivate
{
public:
    // Bit masks rather than sets: filterAcceptsRow() runs for every row and
    // must not allocate. 0 means "no filter".
    quint32 statusMask = 0;
    quint32 kindMask = 0;
    qint64 articleId = 0;
    std::optional<QString> unit;
    QString searchText; ///< as typed
    QString foldedSearch; ///< FactModel::foldForSearch(searchText).trimmed()
    /// The source as a FactModel, so rows are read without QVariants.
    QPointer<FactModel> factModel;

    int statusOf(int row, const QAbstractItemModel *model) const;
};

FactFilterProxyModel::FactFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , d(std::make_unique<FactFilterProxyModelPrivate>())
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

FactFilterProxyModel::~FactFilterProxyModel() = default;

void FactFilterProxyModel::refilter()
{
    // invalidateFilter() removes the rows that no longer match one interval at
    // a time, which is quadratic when a status filter hides every third row of
    // 30,000 (seconds). invalidate() rebuilds the mapping in one pass and one
    // sort, and still maps persistent indexes (the view's current row).
    invalidate();
}

void FactFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    d->factModel = qobject_cast<FactModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

QVector<ReviewStatus> FactFilterProxyModel::statuses() const
{
    return valuesOf(d->statusMask, ReviewStatus::Rejected);
}

void FactFilterProxyModel::setStatuses(const QVector<ReviewStatus> &statuses)
{
    const quint32 mask = maskOf(statuses);
    if (mask == d->statusMask)
        return;
    d->statusMask = mask;
    refilter();
}

QVector<FigureKind> FactFilterProxyModel::kinds() const
{
    return valuesOf(d->kindMask, FigureKind::Number);
}

void FactFilterProxyModel::setKinds(const QVector<FigureKind> &kinds)
{
    const quint32 mask = maskOf(kinds);
    if (mask == d->kindMask)
        return;
    d->kindMask = mask;
    refilter();
}

void FactFilterProxyModel::setUnit(const QString &unit)
{
    if (d->unit == unit)
        return;
    d->unit = unit;
    refilter();
}

void FactFilterProxyModel::clearUnit()
{
    if (!d->unit)
        return;
    d->unit.reset();
    refilter();
}

std::optional<QString> FactFilterProxyModel::unit() const
{
    return d->unit;
}

qint64 FactFilterProxyModel::articleId() const
{
    return d->articleId;
}

void FactFilterProxyModel::setArticleId(qint64 articleId)
{
    if (articleId == d->articleId)
        return;
    d->articleId = articleId;
    refilter();
}

QString FactFilterProxyModel::searchText() const
{
    return d->searchText;
}

void FactFilterProxyModel::setSearchText(const QString &text)
{
    if (text == d->searchText)
        return;
    d->searchText = text;
    d->foldedSearch = FactModel::foldForSearch(text.simplified());
    refilter();
}

QVector<qint64> FactFilterProxyModel::factIds() const
{
    QVector<qint64> ids;
    const int rows = rowCount();
    ids.reserve(rows);
    for (int row = 0; row < rows; ++row)
        ids.append(index(row, 0).data(FactModel::FactIdRole).toLongLong());
    return ids;
}

bool FactFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (const FactModel *model = d->factModel.data(); model && model == sourceModel()) {
        const Fact *fact = model->factAt(sourceRow);
        if (!fact)
            return false;
        if (d->statusMask && !(d->statusMask & bit(fact->status)))
            return false;
        if (d->kindMask && !(d->kindMask & bit(fact->finalKind())))
            return false;
        if (d->articleId && fact->articleId != d->articleId)
            return false;
        if (d->unit && fact->finalUnit() != *d->unit)
            return false;
        return d->foldedSearch.isEmpty() || model->searchKey(sourceRow).contains(d->foldedSearch);
    }

    // Any other model answering FactModel's roles (a test double, another proxy).
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return false;
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    if (d->statusMask && !(d->statusMask & (quint32(1) << index.data(FactModel::StatusRole).toInt())))
        return false;
    if (d->kindMask && !(d->kindMask & (quint32(1) << index.data(FactModel::KindRole).toInt())))
        return false;
    if (d->articleId && index.data(FactModel::ArticleIdRole).toLongLong() != d->articleId)
        return false;
    if (d->unit && index.data(FactModel::UnitRole).toString() != *d->unit)
        return false;
    return d->foldedSearch.isEmpty()
        || index.data(FactModel::SearchKeyRole).toString().contains(d->foldedSearch);
}

bool FactFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    auto positionLess = [&] {
        const int leftArticle = left.data(FactModel::ArticleOrderRole).toInt();
        const int rightArticle = right.data(FactModel::ArticleOrderRole).toInt();
        if (leftArticle != rightArticle)
            return leftArticle < rightArticle;
        const int leftStart = left.data(FactModel::StartRole).toInt();
        const int rightStart = right.data(FactModel::StartRole).toInt();
        if (leftStart != rightStart)
            return leftStart < rightStart;
        return left.data(FactModel::FactIdRole).toLongLong() < right.data(FactModel::FactIdRole).toLongLong();
    };

    if (const FactModel *model = d->factModel.data(); model && model == sourceModel()) {
        const Fact *a = model->factAt(left.row());
        const Fact *b = model->factAt(right.row());
        if (a && b) {
            switch (left.column()) {
            case FactModel::ArticleColumn: {
                const int orderA = model->articleOrder(left.row());
                const int orderB = model->articleOrder(right.row());
                if (orderA != orderB)
                    return orderA < orderB;
                if (a->figure.start != b->figure.start)
                    return a->figure.start < b->figure.start;
                return a->id < b->id;
            }
            case FactModel::ValueColumn: {
                const std::optional<double> numberA = model->sortNumber(left.row());
                const std::optional<double> numberB = model->sortNumber(right.row());
                if (numberA && numberB && *numberA != *numberB)
                    return *numberA < *numberB;
                if (numberA.has_value() != numberB.has_value())
                    return numberA.has_value(); // numbers before dates and unreadable values
                if (!numberA && a->finalValue() != b->finalValue())
                    return a->finalValue() < b->finalValue();
                return positionLess();
            }
            case FactModel::StatusColumn:
            case FactModel::KindColumn: {
                const int keyA
                    = left.column() == FactModel::StatusColumn ? int(a->status) : int(a->finalKind());
                const int keyB
                    = right.column() == FactModel::StatusColumn ? int(b->status) : int(b->finalKind());
                if (keyA != keyB)
                    return keyA < keyB;
                return positionLess();
            }
            default:
                break;
            }
        }
    }

    switch (left.column()) {
    case FactModel::ArticleColumn:
        return positionLess();
    case FactModel::ValueColumn: {
        bool leftOk = false;
        bool rightOk = false;
        const double leftValue = sortableNumber(left.data(FactModel::ExactValueRole).toString(), &leftOk);
        const double rightValue = sortableNumber(right.data(FactModel::ExactValueRole).toString(), &rightOk);
        if (leftOk && rightOk && leftValue != rightValue)
            return leftValue < rightValue;
        if (leftOk != rightOk)
            return leftOk; // numbers before dates and unreadable values
        const QString leftText = left.data(FactModel::ExactValueRole).toString();
        const QString rightText = right.data(FactModel::ExactValueRole).toString();
        if (leftText != rightText)
            return leftText < rightText;
        return positionLess();
    }
    default:
        break;
    }
    const QString leftText = left.data(Qt::DisplayRole).toString();
    const QString rightText = right.data(Qt::DisplayRole).toString();
    const int order = leftText.localeAwareCompare(rightText);
    if (order != 0)
        return order < 0;
    return positionLess();
}

} // namespace FactDesk
