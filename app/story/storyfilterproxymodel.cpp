#include "storyfilterproxymodel.h"

#include "measure.h"
#include "storymodel.h"

namespace FactDesk {

StoryFilterProxyModel::StoryFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void StoryFilterProxyModel::setArticleId(qint64 articleId)
{
    if (articleId == m_articleId)
        return;
    m_articleId = articleId;
    invalidateFilter();
}

void StoryFilterProxyModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateFilter();
}

bool StoryFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return true; // the facts of a measure kept
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_articleId != 0 && !row.data(StoryModel::ArticleIdsRole).toList().contains(m_articleId))
        return false;
    const auto kind = StoryModel::RowKind(row.data(StoryModel::RowKindRole).toInt());
    const QVariantList labels = row.data(StoryModel::LabelsRole).toList();
    const auto has = [&labels](PairLabel label) { return labels.contains(int(label)); };
    switch (m_show) {
    case Show::Everything:
        return true;
    case Show::Open:
        return row.data(StoryModel::OpenRole).toBool();
    case Show::Conflicts:
        return has(PairLabel::Conflict) || has(PairLabel::ScaleTrap);
    case Show::Updates:
        return has(PairLabel::Update);
    case Show::Agreements:
        return has(PairLabel::Agree) || has(PairLabel::Rounding);
    case Show::NotComparable:
        return has(PairLabel::NotComparable);
    case Show::Decided:
        return row.data(StoryModel::DecidedRole).toBool();
    case Show::Checks:
        return kind == StoryModel::RowKind::Check;
    }
    return true;
}

} // namespace FactDesk
