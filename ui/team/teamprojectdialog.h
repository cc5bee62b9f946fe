#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace FactDesk {

/**
 * File ▸ Open Team Project…: asks for the PostgreSQL URL (or libpq service) of
 * a team project. A URL that holds a password is refused here, before anything
 * is contacted: the password is asked for later, and kept for the session only.
 */
class TeamProjectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamProjectDialog(QWidget *parent = nullptr);
    ~TeamProjectDialog() override;

    /// What was typed, trimmed; valid once the dialog is accepted.
    QString location() const;
    void setLocation(const QString &location);
    QLineEdit *locationEdit() const { return m_edit; }
    /// Why the text cannot be opened, as shown under it; empty when it can.
    QString problem() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /// Checks the text as typed: OK is enabled only for a team project's location.
    void check();

    QLabel *m_intro;
    QLineEdit *m_edit;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace FactDesk
