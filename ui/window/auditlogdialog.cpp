#include "auditlogdialog.h"

#include "project/project.h"
#include "project/projectstore.h"
#include "review/factmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace FactDesk {

namespace {
enum Column
{
    WhenColumn,
    EditorColumn,
    ActionColumn,
    FigureColumn,
    ArticleColumn,
};
constexpr int factIdRole = Qt::UserRole + 1;
} // namespace

AuditLogDialog::AuditLogDialog(const Project *project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_editors(new QComboBox(this))
    , m_editorLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    m_editors->setObjectName(QStringLiteral("editorFilter"));
    m_editors->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_editorLabel->setBuddy(m_editors);
    m_list->setObjectName(QStringLiteral("auditList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setColumnCount(5);
    connect(m_editors, qOverload<int>(&QComboBox::currentIndexChanged), this, &AuditLogDialog::applyFilter);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(FigureColumn, factIdRole).toLongLong())
            Q_EMIT factActivated(id);
    });

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_editorLabel);
    filterRow->addWidget(m_editors);
    filterRow->addStretch(1);
    filterRow->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().lineSpacing() * 30);
    retranslateUi();
    reload();
}

void AuditLogDialog::reload()
{
    m_list->clear();
    const QString chosen = m_editors->currentData().toString();
    const QSignalBlocker blocker(m_editors);
    m_editors->clear();
    m_editors->addItem(tr("Everyone"), QString());
    const ProjectStore *store = m_project->store();
    if (!store) {
        m_status->setText(tr("This project is not saved in a file: it keeps no audit log."));
        return;
    }
    QString error;
    QVector<AuditEntry> entries = store->auditLog(0, &error);
    if (!error.isEmpty()) {
        m_status->setText(tr("The audit log could not be read: %1").arg(error));
        return;
    }
    std::reverse(entries.begin(), entries.end()); // newest first
    QSet<QString> editors;
    QList<QTreeWidgetItem *> items;
    items.reserve(entries.size());
    const QLocale locale;
    for (const AuditEntry &entry : std::as_const(entries)) {
        const Fact *fact = entry.factId ? m_project->fact(entry.factId) : nullptr;
        const Article *article = m_project->article(fact ? fact->articleId : entry.articleId);
        auto *item = new QTreeWidgetItem;
        item->setText(WhenColumn, locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat));
        item->setText(EditorColumn, entry.editor);
        item->setText(ActionColumn, FactModel::auditEntryName(entry));
        item->setText(FigureColumn, fact ? fact->quote : QString());
        item->setData(FigureColumn, factIdRole, fact ? entry.factId : 0);
        item->setText(ArticleColumn, article ? article->displayTitle() : QString());
        items.append(item);
        editors.insert(entry.editor);
    }
    m_list->addTopLevelItems(items);
    QStringList names(editors.cbegin(), editors.cend());
    names.sort(Qt::CaseInsensitive);
    for (const QString &name : std::as_const(names))
        m_editors->addItem(name, name);
    m_editors->setCurrentIndex(std::max(0, m_editors->findData(chosen)));
    for (int column = WhenColumn; column < ArticleColumn; ++column)
        m_list->resizeColumnToContents(column);
    applyFilter();
}

void AuditLogDialog::setEditorFilter(const QString &editor)
{
    m_editors->setCurrentIndex(std::max(0, m_editors->findData(editor)));
}

int AuditLogDialog::shownCount() const
{
    int shown = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        shown += !m_list->topLevelItem(i)->isHidden();
    return shown;
}

void AuditLogDialog::applyFilter()
{
    const QString editor = m_editors->currentData().toString();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setHidden(!editor.isEmpty() && item->text(EditorColumn) != editor);
    }
    if (m_project->store())
        m_status->setText(tr("%Ln action(s)", nullptr, shownCount()));
}

void AuditLogDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AuditLogDialog::retranslateUi()
{
    setWindowTitle(tr("Audit Log"));
    m_editorLabel->setText(tr("&Editor:"));
    if (m_editors->count() > 0)
        m_editors->setItemText(0, tr("Everyone"));
    m_list->setHeaderLabels({ tr("When"), tr("Editor"), tr("Action"), tr("Figure"), tr("Article") });
}

} // namespace FactDesk
