#pragma once

#include <QSortFilterProxyModel>

namespace FactDesk {

/**
 * Filters the rows of a StoryModel: by article (a measure or check about it),
 * and by what they show: what needs the analyst (open conflicts and failed
 * checks), a label, the analyst's decisions, the checks. A measure kept shows
 * all its facts, so its values stay side by side.
 */
class StoryFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Show
    {
        Everything,
        Open, ///< open conflicts and inconsistent checks
        Conflicts, ///< conflicts and scale traps, settled or not
        Updates,
        Agreements, ///< agree and rounding
        NotComparable,
        Decided, ///< a verdict, an acceptance or a name
        Checks,
    };

    explicit StoryFilterProxyModel(QObject *parent = nullptr);

    /// 0: every article.
    void setArticleId(qint64 articleId);
    qint64 articleId() const { return m_articleId; }
    void setShow(Show show);
    Show show() const { return m_show; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_articleId = 0;
    Show m_show = Show::Everything;
};

} // namespace FactDesk
