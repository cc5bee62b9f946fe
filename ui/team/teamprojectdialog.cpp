#include "teamprojectdialog.h"

#include "project/projectlocation.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace FactDesk {

TeamProjectDialog::TeamProjectDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_edit->setObjectName(QStringLiteral("teamLocation"));
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 60);
    m_edit->setClearButtonEnabled(true);
    m_problem->setObjectName(QStringLiteral("teamLocationProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x2a, 0x37));
    m_problem->setPalette(warning);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_edit);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamProjectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TeamProjectDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &TeamProjectDialog::check);
    retranslateUi();
    check();
}

TeamProjectDialog::~TeamProjectDialog() = default;

QString TeamProjectDialog::location() const
{
    return m_edit->text().trimmed();
}

void TeamProjectDialog::setLocation(const QString &location)
{
    m_edit->setText(location);
}

QString TeamProjectDialog::problem() const
{
    return m_problem->text();
}

void TeamProjectDialog::accept()
{
    check();
    if (m_buttons->button(QDialogButtonBox::Open)->isEnabled())
        QDialog::accept();
}

void TeamProjectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        check();
    }
    QDialog::changeEvent(event);
}

void TeamProjectDialog::retranslateUi()
{
    setWindowTitle(tr("Open Team Project"));
    m_intro->setText(tr("The PostgreSQL database of the team project, as a URL or a service name. Leave "
                        "the password out: FactDesk asks for it when the server wants one, and forgets it "
                        "when the window closes."));
    m_edit->setPlaceholderText(tr("postgresql://anna@db.example/desk?sslmode=verify-full",
        "an example; keep the URL as it is, names may change"));
}

void TeamProjectDialog::check()
{
    const QString text = location();
    QString problem;
    if (!text.isEmpty()) {
        ProjectLocation parsed;
        QString error;
        if (!ProjectLocation::parse(text, &parsed, &error))
            problem = error;
        else if (!parsed.isTeam())
            problem = tr("This is not a PostgreSQL URL (postgresql://…) or a service (service=…). Open a "
                         "project file with File ▸ Open Project.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(!text.isEmpty() && problem.isEmpty());
}

} // namespace FactDesk
