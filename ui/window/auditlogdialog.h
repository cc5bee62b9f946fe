#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace FactDesk {

class Project;

/**
 * Review ▸ Audit Log: every action written in the project file (imports,
 * reviews, their undos), newest first, filterable by editor. Double-clicking
 * a review line goes to its fact (factActivated()).
 */
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditLogDialog(const Project *project, QWidget *parent = nullptr);

    /// Reads the log again from the project file.
    void reload();
    /// Shows one editor's actions only ("" = everyone's).
    void setEditorFilter(const QString &editor);
    /// The lines shown, for tests.
    int shownCount() const;

Q_SIGNALS:
    void factActivated(qint64 factId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyFilter();

    const Project *m_project;
    QComboBox *m_editors;
    QLabel *m_editorLabel;
    QLabel *m_status;
    QTreeWidget *m_list;
};

} // namespace FactDesk
