#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace FactDesk {

namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    // "&Open…" shows as "Open…", "Fish && Chips" as "Fish & Chips".
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    const int tab = int(text.indexOf(QLatin1Char('\t')));
    return tab < 0 ? text : text.left(tab);
}

bool hasKeys(const QTreeWidgetItem *item)
{
    for (int i = 0; i < item->childCount(); ++i) {
        if (!item->child(i)->text(1).isEmpty() || hasKeys(item->child(i)))
            return true;
    }
    return false;
}

QTreeWidgetItem *addSection(QTreeWidget *tree, const QString &title)
{
    auto *item = new QTreeWidgetItem(tree, { title });
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    return item;
}

void addMenu(QTreeWidgetItem *parent, const QMenu *menu)
{
    const auto actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (action->menu()) {
            auto *item = new QTreeWidgetItem(parent, { plainText(action) });
            addMenu(item, action->menu());
            if (!hasKeys(item))
                delete item;
            continue;
        }
        QStringList keys;
        const auto shortcuts = action->shortcuts();
        for (const QKeySequence &shortcut : shortcuts)
            keys.append(shortcut.toString(QKeySequence::NativeText));
        new QTreeWidgetItem(parent, { plainText(action), keys.join(QStringLiteral(", ")) });
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
    , m_menuBar(menuBar)
    , m_tree(new QTreeWidget(this))
{
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    // Room for the longest French action names and most of the list at once.
    resize(fontMetrics().averageCharWidth() * 72, fontMetrics().lineSpacing() * 36);
    retranslateUi();
    refresh();
}

ShortcutsDialog::~ShortcutsDialog() = default;

void ShortcutsDialog::refresh()
{
    m_tree->clear();
    const auto menus = m_menuBar->actions();
    for (const QAction *menuAction : menus) {
        if (!menuAction->menu())
            continue;
        addMenu(addSection(m_tree, plainText(menuAction)), menuAction->menu());
    }
    if (m_contextKeys) {
        QTreeWidgetItem *section = addSection(m_tree, tr("While Reviewing"));
        const auto rows = m_contextKeys();
        for (const auto &row : rows)
            new QTreeWidgetItem(section, { row.first, row.second });
    }
    m_tree->expandAll();
}

void ShortcutsDialog::setContextKeys(KeysProvider provider)
{
    m_contextKeys = std::move(provider);
    if (isVisible())
        refresh();
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    refresh();
    QDialog::showEvent(event);
}

void ShortcutsDialog::retranslateUi()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setHeaderLabels({ tr("Action"), tr("Keys") });
    // The menus retranslate on the same event; read them once they have.
    QMetaObject::invokeMethod(this, &ShortcutsDialog::refresh, Qt::QueuedConnection);
}

} // namespace FactDesk
