#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace FactDesk {

/**
 * Help ▸ Keyboard Shortcuts: every action of the menu bar with its keys, read
 * from the actions themselves each time the list is shown, so it cannot
 * disagree with what the keys do.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QMenuBar *menuBar, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

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
};

} // namespace FactDesk
