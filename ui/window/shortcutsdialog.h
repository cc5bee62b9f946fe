#pragma once

#include <QDialog>
#include <QPair>
#include <QVector>

#include <functional>

class QMenuBar;
class QTreeWidget;

namespace FactDesk {

/**
 * Help ▸ Keyboard Shortcuts: every action of the menu bar with its keys, read
 * from the actions themselves each time the list is shown, so it cannot
 * disagree with what the keys do, then the keys that only work in context
 * (the reason menu, the fact editor) from a provider. Submenus without any
 * key (Open Recent, Language) are left out.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QMenuBar *menuBar, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    /// (what, keys) rows, translated, asked for at each refresh.
    using KeysProvider = std::function<QVector<QPair<QString, QString>>()>;
    /// The keys listed after the menus, under "While Reviewing".
    void setContextKeys(KeysProvider provider);

    /// Re-reads the menus.
    void refresh();
    QTreeWidget *tree() const { return m_tree; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    QMenuBar *m_menuBar;
    QTreeWidget *m_tree;
    KeysProvider m_contextKeys;
};

} // namespace FactDesk
