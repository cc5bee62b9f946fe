#include "editornamedialog.h"

#include "project/projectstore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace FactDesk {

EditorNameDialog::EditorNameDialog(const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_explanation(new QLabel(this))
    , m_field(new QLineEdit(this))
{
    setObjectName(QStringLiteral("editorNameDialog"));
    setWindowTitle(tr("Your Name in Reviews"));
    m_explanation->setText(tr("Who reviews the figures? This name is written with each fact you confirm, "
                              "correct or reject, and with each article you import, in the project's audit "
                              "log. You can change it later from Review \u25B8 Your Name in Reviews."));
    m_explanation->setWordWrap(true);
    auto *label = new QLabel(tr("&Name:"), this);
    label->setBuddy(m_field);
    m_field->setObjectName(QStringLiteral("editorNameField"));
    m_field->setText(name);
    m_field->selectAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A review needs a name: a blank one cannot be given.
    const auto updateOk = [this] { m_okButton->setEnabled(!this->name().isEmpty()); };
    connect(m_field, &QLineEdit::textChanged, this, updateOk);
    updateOk();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(label);
    layout->addWidget(m_field);
    layout->addWidget(buttons);
    // Wide enough for the explanation to read as a paragraph, not a column,
    // and tall enough for all its lines at that width.
    const int width = fontMetrics().averageCharWidth() * 60;
    setMinimumWidth(width);
    resize(width, std::max(sizeHint().height(), heightForWidth(width)));
}

QString EditorNameDialog::name() const
{
    return m_field->text().trimmed();
}

QString EditorNameDialog::suggestedName()
{
#ifdef Q_OS_UNIX
    // The GECOS field: "Claire Martin,Room 4,..." – the full name comes first.
    if (const passwd *account = getpwuid(getuid())) {
        if (account->pw_gecos) {
            const QString fullName
                = QString::fromLocal8Bit(account->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
            if (!fullName.isEmpty())
                return fullName;
        }
    }
#endif
    return defaultEditorName();
}

} // namespace FactDesk
