#pragma once

#include <QHash>
#include <QStringList>
#include <QStyledItemDelegate>

namespace FactDesk {

/**
 * Paints, at the right end of an article's title in the article list, the names
 * of the other analysts who have that article open in a team project ("Anna,
 * Ben"), and lists them in the row's tooltip. The names come from TeamSession;
 * rows are found by ArticleListModel::ArticleIdRole.
 */
class PresenceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PresenceDelegate(QObject *parent = nullptr);
    ~PresenceDelegate() override;

    /// Names by article id; an article missing from names has nobody else.
    void setNames(const QHash<qint64, QStringList> &names);
    QStringList names(qint64 articleId) const;
    /// "Anna, Ben", shortened to what fits in width pixels ("Anna +2").
    QString label(const QStringList &names, const QFontMetrics &metrics, int width) const;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

private:
    qint64 articleIdOf(const QModelIndex &index) const;

    QHash<qint64, QStringList> m_names;
};

} // namespace FactDesk
