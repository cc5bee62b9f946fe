#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace FactDesk {

/**
 * Asks who signs the reviews: the name written with each review and in the
 * project's audit log. Shown on the first start (no name in the settings)
 * and from Review ▸ Your Name in Reviews; offers the system user's full name
 * when the system knows it, else the login name.
 */
class EditorNameDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EditorNameDialog(const QString &name, QWidget *parent = nullptr);

    /// The name typed, trimmed; OK stays disabled while it is blank.
    QString name() const;
    QLineEdit *nameField() const { return m_field; }

    /// The system user's full name (the account's "real name"), else the login name.
    static QString suggestedName();

private:
    QLabel *m_explanation;
    QLineEdit *m_field;
    QPushButton *m_okButton;
};

} // namespace FactDesk
