#include "themepicker.h"

#include "figurestyle.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QPalette>
#include <QSettings>
#include <QTextDocument>

#ifdef FACTDESK_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace FactDesk {

namespace {
const QString themeKey = QStringLiteral("view/theme");
}

class ThemePickerPrivate
{
public:
    QSettings *settings = nullptr;
    QString themeName;
#ifdef FACTDESK_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::Repository repository;

    KSyntaxHighlighting::Theme theme(const QPalette &palette) const
    {
        if (!themeName.isEmpty()) {
            const KSyntaxHighlighting::Theme chosen = repository.theme(themeName);
            if (chosen.isValid())
                return chosen;
        }
        return repository.defaultTheme(palette.color(QPalette::Base).lightnessF() < 0.5
                ? KSyntaxHighlighting::Repository::DarkTheme
                : KSyntaxHighlighting::Repository::LightTheme);
    }
#endif
};

ThemePicker::ThemePicker(QSettings *settings, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ThemePickerPrivate>())
{
    d->settings = settings;
    if (settings)
        d->themeName = settings->value(themeKey).toString();
#ifdef FACTDESK_HAVE_KSYNTAXHIGHLIGHTING
    // A theme that disappeared (uninstalled, renamed) falls back to the palette.
    if (!d->themeName.isEmpty() && !d->repository.theme(d->themeName).isValid())
        d->themeName.clear();
#else
    d->themeName.clear();
#endif
}

ThemePicker::~ThemePicker() = default;

QStringList ThemePicker::themeNames() const
{
    QStringList names;
#ifdef FACTDESK_HAVE_KSYNTAXHIGHLIGHTING
    const auto themes = d->repository.themes();
    for (const KSyntaxHighlighting::Theme &theme : themes)
        names.append(theme.name());
#endif
    return names;
}

QString ThemePicker::themeName() const
{
    return d->themeName;
}

void ThemePicker::setThemeName(const QString &name)
{
    QString accepted = name;
#ifdef FACTDESK_HAVE_KSYNTAXHIGHLIGHTING
    if (!accepted.isEmpty() && !d->repository.theme(accepted).isValid())
        accepted.clear();
#else
    accepted.clear();
#endif
    if (accepted == d->themeName)
        return;
    d->themeName = accepted;
    if (d->settings)
        d->settings->setValue(themeKey, accepted);
    Q_EMIT themeChanged();
}

FigureStyle ThemePicker::figureStyle(const QPalette &palette) const
{
#ifdef FACTDESK_HAVE_KSYNTAXHIGHLIGHTING
    return FigureStyle::fromTheme(d->theme(palette));
#else
    return FigureStyle::fromPalette(palette);
#endif
}

void ThemePicker::highlightSource(
    QTextDocument *document, ArticleFormat format, const QPalette &palette) const
{
#ifdef FACTDESK_HAVE_KSYNTAXHIGHLIGHTING
    auto *highlighter = document->findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
    if (format == ArticleFormat::PlainText) {
        delete highlighter;
        return;
    }
    if (!highlighter)
        highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setDefinition(d->repository.definitionForName(
        format == ArticleFormat::Html ? QStringLiteral("HTML") : QStringLiteral("Markdown")));
    highlighter->setTheme(d->theme(palette));
    highlighter->rehighlight();
#else
    Q_UNUSED(document)
    Q_UNUSED(format)
    Q_UNUSED(palette)
#endif
}

void ThemePicker::populateMenu(QMenu *menu)
{
    menu->clear();
    auto *group = new QActionGroup(menu);
    auto *follow = menu->addAction(tr("Follow the &Palette"));
    follow->setCheckable(true);
    follow->setChecked(d->themeName.isEmpty());
    group->addAction(follow);
    connect(follow, &QAction::triggered, this, [this] { setThemeName(QString()); });
#ifdef FACTDESK_HAVE_KSYNTAXHIGHLIGHTING
    menu->addSeparator();
    const auto themes = d->repository.themes();
    for (const KSyntaxHighlighting::Theme &theme : themes) {
        auto *action = menu->addAction(theme.translatedName());
        action->setCheckable(true);
        action->setChecked(theme.name() == d->themeName);
        action->setData(theme.name());
        group->addAction(action);
        const QString name = theme.name();
        connect(action, &QAction::triggered, this, [this, name] { setThemeName(name); });
    }
#else
    follow->setEnabled(false);
#endif
}

} // namespace FactDesk
