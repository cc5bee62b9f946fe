#pragma once

#include <QFrame>

class QLabel;
class QTimer;
class QToolButton;

namespace FactDesk {

/**
 * The strip above the articles that tells the analyst about a team project:
 * the server is unreachable (reconnecting), someone else changed the fact she
 * acted on, a write cut off by a lost connection was or was not stored, the
 * project is read-only for her role. The most pressing message shows; the
 * others wait behind it. Hidden when there is nothing to say.
 *
 * Owns no logic: TeamSession decides what to say.
 */
class TeamBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        None,
        Disconnected, ///< until cleared: the window is reconnecting
        Conflict, ///< for a while, or until dismissed
        Notice, ///< for a while, or until dismissed
        ReadOnly, ///< as long as the project is open
    };

    /// How long a conflict or a notice stays by default, unless dismissed or replaced.
    static constexpr int defaultTransientMilliseconds = 15000;

    explicit TeamBanner(QWidget *parent = nullptr);
    ~TeamBanner() override;

    /// An empty text clears that kind of message.
    void setDisconnected(const QString &text);
    void setReadOnly(const QString &text);
    void showConflict(const QString &text);
    void showNotice(const QString &text);
    /// Forgets every message (another project was opened).
    void clear();
    /// How long a conflict or a notice stays (tests shorten it).
    void setTransientMilliseconds(int milliseconds) { m_transientMilliseconds = milliseconds; }

    /// The message on show, and its kind (None when hidden).
    Kind kind() const;
    QString text() const;

Q_SIGNALS:
    /// Whether the banner has something to say: its container shows or hides with it.
    void shownChanged(bool shown);

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    QLabel *m_label;
    QToolButton *m_dismiss;
    QTimer *m_transientTimer;
    QString m_disconnected;
    QString m_conflict;
    QString m_notice;
    QString m_readOnly;
    Kind m_kind = Kind::None;
    bool m_shown = true; ///< as last announced (a new widget is visible until told otherwise)
    int m_transientMilliseconds = defaultTransientMilliseconds;
};

} // namespace FactDesk
