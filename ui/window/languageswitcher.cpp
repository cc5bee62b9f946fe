#include "languageswitcher.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <QWidget>

// The translations live in an object library inside the static factdesk_ui;
// referencing the resource's initializer keeps the linker from dropping it.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(factdesk_translations);
}

namespace FactDesk {

namespace {

const auto settingsKey = QLatin1String("ui/language");

QString qtTranslationsPath()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    return QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
}

QString choiceKey(LanguageSwitcher::Choice choice)
{
    switch (choice) {
    case LanguageSwitcher::Choice::French:
        return QStringLiteral("fr");
    case LanguageSwitcher::Choice::English:
        return QStringLiteral("en");
    case LanguageSwitcher::Choice::System:
        break;
    }
    return QStringLiteral("system");
}

LanguageSwitcher::Choice choiceFromKey(const QString &key)
{
    if (key == QLatin1String("fr"))
        return LanguageSwitcher::Choice::French;
    if (key == QLatin1String("en"))
        return LanguageSwitcher::Choice::English;
    return LanguageSwitcher::Choice::System;
}

} // namespace

class LanguageSwitcherPrivate
{
public:
    QSettings *settings = nullptr;
    LanguageSwitcher::Choice choice = LanguageSwitcher::Choice::System;
    QString language;
    QTranslator appTranslator;
    QTranslator qtTranslator;
    bool appTranslatorInstalled = false;
    bool qtTranslatorInstalled = false;
    QActionGroup *group = nullptr;
    QAction *frenchAction = nullptr;
    QAction *englishAction = nullptr;
    QAction *systemAction = nullptr;

    void removeTranslators()
    {
        if (appTranslatorInstalled)
            QCoreApplication::removeTranslator(&appTranslator);
        if (qtTranslatorInstalled)
            QCoreApplication::removeTranslator(&qtTranslator);
        appTranslatorInstalled = false;
        qtTranslatorInstalled = false;
    }

    void loadQtTranslation(const QString &lang)
    {
        // qtbase_xx holds the strings of QtWidgets' dialogs and menus; qt_xx is
        // the catalogue that pulls in every Qt module, present in older packages.
        const QString directory = qtTranslationsPath();
        for (const auto &catalogue : { QStringLiteral("qtbase_"), QStringLiteral("qt_") }) {
            if (qtTranslator.load(catalogue + lang, directory)) {
                qtTranslatorInstalled = QCoreApplication::installTranslator(&qtTranslator);
                return;
            }
        }
    }

    static QLocale localeFor(const QString &lang)
    {
        // Keep the system's variant (fr_CA, en_GB) when it speaks the language.
        const QLocale system = QLocale::system();
        if (LanguageSwitcher::languageForLocale(system) == lang && system.name().startsWith(lang))
            return system;
        if (lang == QLatin1String("fr"))
            return QLocale(QLocale::French, QLocale::France);
        return QLocale(QLocale::English, QLocale::UnitedStates);
    }

    void apply(LanguageSwitcher::Choice newChoice)
    {
        choice = newChoice;
        switch (choice) {
        case LanguageSwitcher::Choice::French:
            language = QStringLiteral("fr");
            break;
        case LanguageSwitcher::Choice::English:
            language = QStringLiteral("en");
            break;
        case LanguageSwitcher::Choice::System:
            language = LanguageSwitcher::languageForLocale(QLocale::system());
            break;
        }

        // The locale first: widgets reformat numbers and dates while they
        // handle the LanguageChange that installing the translators sends.
        QLocale::setDefault(
            choice == LanguageSwitcher::Choice::System ? QLocale::system() : localeFor(language));
        if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
            const auto windows = QApplication::topLevelWidgets();
            for (QWidget *window : windows) {
                if (!window->testAttribute(Qt::WA_SetLocale))
                    window->unsetLocale(); // re-reads QLocale() and tells the children
            }
        }

        removeTranslators();
        if (appTranslator.load(QStringLiteral("factdesk_") + language, QStringLiteral(":/i18n")))
            appTranslatorInstalled = QCoreApplication::installTranslator(&appTranslator);
        else
            qWarning("FactDesk: no interface translation for \"%s\"", qPrintable(language));
        if (language != QLatin1String("en"))
            loadQtTranslation(language);
    }

    void updateActions()
    {
        systemAction->setText(LanguageSwitcher::tr("System", "interface language that follows the system"));
        frenchAction->setChecked(choice == LanguageSwitcher::Choice::French);
        englishAction->setChecked(choice == LanguageSwitcher::Choice::English);
        systemAction->setChecked(choice == LanguageSwitcher::Choice::System);
    }
};

LanguageSwitcher::LanguageSwitcher(QSettings *settings, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<LanguageSwitcherPrivate>())
{
    initTranslationResources();
    d->settings = settings;

    d->group = new QActionGroup(this);
    d->group->setExclusive(true);
    // Each language is named in itself so it can be found from the other one.
    d->frenchAction = new QAction(QStringLiteral("Français"), d->group);
    d->englishAction = new QAction(QStringLiteral("English"), d->group);
    d->systemAction = new QAction(d->group);
    const std::pair<QAction *, Choice> actionChoices[] = {
        { d->frenchAction, Choice::French },
        { d->englishAction, Choice::English },
        { d->systemAction, Choice::System },
    };
    for (const auto &[action, actionChoice] : actionChoices) {
        action->setCheckable(true);
        action->setData(choiceKey(actionChoice));
        const Choice target = actionChoice;
        connect(action, &QAction::triggered, this, [this, target] { setChoice(target); });
    }

    const QString remembered = settings ? settings->value(settingsKey).toString() : QString();
    d->apply(choiceFromKey(remembered));
    d->updateActions();
}

LanguageSwitcher::~LanguageSwitcher()
{
    d->removeTranslators();
}

QList<QAction *> LanguageSwitcher::actions() const
{
    return { d->frenchAction, d->englishAction, d->systemAction };
}

QActionGroup *LanguageSwitcher::actionGroup() const
{
    return d->group;
}

LanguageSwitcher::Choice LanguageSwitcher::choice() const
{
    return d->choice;
}

QString LanguageSwitcher::language() const
{
    return d->language;
}

bool LanguageSwitcher::hasQtTranslation() const
{
    return d->qtTranslatorInstalled;
}

QString LanguageSwitcher::languageForLocale(const QLocale &locale)
{
    return locale.language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

QStringList LanguageSwitcher::availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("fr") };
}

void LanguageSwitcher::setChoice(Choice choice)
{
    const QString previous = d->language;
    d->apply(choice);
    if (d->settings)
        d->settings->setValue(settingsKey, choiceKey(choice));
    d->updateActions();
    if (d->language != previous)
        Q_EMIT languageChanged(d->language);
}

} // namespace FactDesk
