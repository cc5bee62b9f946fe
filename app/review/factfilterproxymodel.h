#pragma once

#include "review/fact.h"

#include <QSortFilterProxyModel>
#include <QVector>

#include <memory>
#include <optional>

namespace FactDesk {

class FactFilterProxyModelPrivate;

/**
 * Filters and orders the rows of a FactModel for the fact panel.
 *
 * A row is accepted when it matches every active filter: its status is one of
 * the chosen statuses (none chosen = all), its kind one of the chosen kinds,
 * its unit the chosen one, its article the chosen one (0 = all), and the
 * search text appears in its text, value, unit, note, sentence or article
 * title, ignoring case and accents.
 *
 * Sorting on FactModel::ArticleColumn orders by position in the articles
 * (article order in the project, then offset in the text): the reading order
 * the panel uses by default. ValueColumn sorts numerically.
 */
class FactFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FactFilterProxyModel(QObject *parent = nullptr);
    ~FactFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QVector<ReviewStatus> statuses() const;
    void setStatuses(const QVector<ReviewStatus> &statuses);
    QVector<FigureKind> kinds() const;
    void setKinds(const QVector<FigureKind> &kinds);
    /// Only the facts whose final unit is unit ("" = facts without a unit); see clearUnit().
    void setUnit(const QString &unit);
    /// Every unit again.
    void clearUnit();
    /// The unit filtered on; nothing when every unit is shown.
    std::optional<QString> unit() const;
    qint64 articleId() const;
    void setArticleId(qint64 articleId);
    QString searchText() const;
    void setSearchText(const QString &text);

    /// Whether the filters accept a row of the source model now (its row here may not be updated yet).
    bool acceptsSourceRow(int sourceRow) const { return filterAcceptsRow(sourceRow, QModelIndex()); }

    /// Ids of the accepted facts, in the proxy's order.
    QVector<qint64> factIds() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    std::unique_ptr<FactFilterProxyModelPrivate> d;
};

} // namespace FactDesk
