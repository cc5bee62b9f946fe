#include "teampasswordprompt.h"

#include <QInputDialog>
#include <QLineEdit>

namespace FactDesk {

QString TeamPasswordPrompt::ask(QWidget *parent, const QString &prompt)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("teamPasswordDialog"));
    dialog.setWindowTitle(tr("Team Project Password"));
    dialog.setLabelText(prompt + QLatin1Char('\n') + tr("FactDesk keeps it only until the window closes."));
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    // An empty answer is an answer (a role without a password), not a cancel.
    const QString password = dialog.textValue();
    return password.isNull() ? QStringLiteral("") : password;
}

} // namespace FactDesk
