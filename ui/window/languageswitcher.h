#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QAction;
class QActionGroup;
class QLocale;
class QSettings;

namespace FactDesk {

class LanguageSwitcherPrivate;

/**
 * Switches the whole interface between French and English while the program
 * runs: FactDesk's own translations (embedded as :/i18n/factdesk_<lang>.qm)
 * and Qt's (qtbase_<lang>.qm from the Qt translations directory, so that
 * standard dialogs, buttons and text-field context menus follow), plus the
 * default QLocale so numbers and dates are written the French way ("4,2 %")
 * or the English way ("4.2%").
 *
 * Installing a translator makes Qt send QEvent::LanguageChange to every
 * widget; each widget then retranslates itself (never cache a tr() string).
 *
 * The choice is remembered in the QSettings given (key "ui/language": "fr",
 * "en" or "system"); on first start it follows the system locale (fr* gives
 * French, anything else English).
 *
 * Usage, in main.cpp, before any window is created:
 * @code
 *     QSettings settings;
 *     FactDesk::LanguageSwitcher languages(&settings);
 *     ...
 *     viewLanguageMenu->addActions(languages.actions());
 * @endcode
 */
class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    /// What the user picked; System follows the system locale.
    enum class Choice
    {
        System,
        French,
        English,
    };
    Q_ENUM(Choice)

    /// Reads the remembered choice from settings and installs its translators at once.
    explicit LanguageSwitcher(QSettings *settings, QObject *parent = nullptr);
    /// Removes the translators it installed.
    ~LanguageSwitcher() override;

    /**
     * The exclusive, checkable actions for a View ▸ Language menu, in order:
     * "Français", "English" (never translated: each is written in its own
     * language so it can be found whatever the current one) and tr("System").
     */
    QList<QAction *> actions() const;
    QActionGroup *actionGroup() const;

    Choice choice() const;
    /// The language in effect: "fr" or "en" (System resolved).
    QString language() const;
    /// Whether Qt's own translation for the current language was found and installed.
    bool hasQtTranslation() const;

    /// The language System stands for under a given system locale: "fr" or "en".
    static QString languageForLocale(const QLocale &locale);
    /// The interface languages FactDesk ships: {"en", "fr"}.
    static QStringList availableLanguages();

public Q_SLOTS:
    /// Installs the translators and default locale for choice and remembers it.
    void setChoice(FactDesk::LanguageSwitcher::Choice choice);

Q_SIGNALS:
    /// Emitted after the translators were swapped; language is "fr" or "en".
    void languageChanged(const QString &language);

private:
    std::unique_ptr<LanguageSwitcherPrivate> d;
};

} // namespace FactDesk
