#include "teambanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace FactDesk {

namespace {

struct BannerColours
{
    const char *background;
    const char *border;
    const char *text;
};

/// Readable on light and dark themes alike: the strip brings its own text colour.
BannerColours coloursFor(TeamBanner::Kind kind)
{
    switch (kind) {
    case TeamBanner::Kind::Disconnected:
        return { "#f8d7da", "#f1aeb5", "#58151c" };
    case TeamBanner::Kind::Conflict:
        return { "#fff3cd", "#ffe69c", "#664d03" };
    case TeamBanner::Kind::Notice:
    case TeamBanner::Kind::ReadOnly:
    case TeamBanner::Kind::None:
        break;
    }
    return { "#cfe2ff", "#9ec5fe", "#052c65" };
}

} // namespace

TeamBanner::TeamBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_dismiss(new QToolButton(this))
    , m_transientTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("teamBanner"));
    m_label->setObjectName(QStringLiteral("teamBannerText"));
    // One line, whatever its length: a tool bar gives a wrapped label more height than it needs.
    // The whole text is in the tooltip when the window is too narrow for it.
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_label->setMinimumWidth(1);
    m_label->setTextFormat(Qt::PlainText);
    m_dismiss->setObjectName(QStringLiteral("teamBannerDismiss"));
    m_dismiss->setText(QStringLiteral("×"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setToolTip(tr("Dismiss", "the message of the team banner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    m_transientTimer->setSingleShot(true);
    connect(m_transientTimer, &QTimer::timeout, this, [this] {
        m_conflict.clear();
        m_notice.clear();
        update();
    });
    connect(m_dismiss, &QToolButton::clicked, this, [this] {
        if (m_kind == Kind::Conflict)
            m_conflict.clear();
        else if (m_kind == Kind::Notice)
            m_notice.clear();
        update();
    });
    update();
}

TeamBanner::~TeamBanner() = default;

void TeamBanner::setDisconnected(const QString &text)
{
    m_disconnected = text;
    update();
}

void TeamBanner::setReadOnly(const QString &text)
{
    m_readOnly = text;
    update();
}

void TeamBanner::showConflict(const QString &text)
{
    m_conflict = text;
    m_transientTimer->start(m_transientMilliseconds);
    update();
}

void TeamBanner::showNotice(const QString &text)
{
    m_notice = text;
    m_transientTimer->start(m_transientMilliseconds);
    update();
}

void TeamBanner::clear()
{
    m_disconnected.clear();
    m_conflict.clear();
    m_notice.clear();
    m_readOnly.clear();
    m_transientTimer->stop();
    update();
}

TeamBanner::Kind TeamBanner::kind() const
{
    return m_kind;
}

QString TeamBanner::text() const
{
    return m_kind == Kind::None ? QString() : m_label->text();
}

void TeamBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_dismiss->setToolTip(tr("Dismiss", "the message of the team banner"));
    QFrame::changeEvent(event);
}

void TeamBanner::update()
{
    // The most pressing first: a lost server makes every other message moot.
    const std::pair<Kind, const QString *> messages[] = {
        { Kind::Disconnected, &m_disconnected },
        { Kind::Conflict, &m_conflict },
        { Kind::Notice, &m_notice },
        { Kind::ReadOnly, &m_readOnly },
    };
    m_kind = Kind::None;
    for (const auto &message : messages) {
        if (!message.second->isEmpty()) {
            m_kind = message.first;
            m_label->setText(*message.second);
            m_label->setToolTip(*message.second);
            break;
        }
    }
    const BannerColours colours = coloursFor(m_kind);
    setStyleSheet(QStringLiteral("#teamBanner { background: %1; border: 1px solid %2; border-radius: 3px; }")
                      .arg(QLatin1String(colours.background), QLatin1String(colours.border)));
    const QString text = QStringLiteral("color: %1; background: transparent; border: none;")
                             .arg(QLatin1String(colours.text));
    m_label->setStyleSheet(text);
    m_dismiss->setStyleSheet(text);
    m_dismiss->setVisible(m_kind == Kind::Conflict || m_kind == Kind::Notice);
    const bool shown = m_kind != Kind::None;
    setVisible(shown);
    if (shown != m_shown) {
        m_shown = shown;
        Q_EMIT shownChanged(shown);
    }
}

} // namespace FactDesk
