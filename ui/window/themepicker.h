#pragma once

#include "article/article.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QMenu;
class QPalette;
class QSettings;
class QTextDocument;

namespace FactDesk {

class FigureStyle;
class ThemePickerPrivate;

/**
 * Chooses the colours of figures and of highlighted article sources.
 *
 * With KSyntaxHighlighting, the default is the repository's light or dark
 * theme, whichever fits the palette's base colour; the user may pick any
 * theme the repository has, and the choice is kept in QSettings under
 * "view/theme" (empty = follow the palette). Without KSyntaxHighlighting the
 * colours come from the palette and there is nothing to pick.
 */
class ThemePicker : public QObject
{
    Q_OBJECT
public:
    explicit ThemePicker(QSettings *settings, QObject *parent = nullptr);
    ~ThemePicker() override;

    /// Untranslated theme names available ("" stands for "follow the palette").
    QStringList themeNames() const;
    /// The chosen theme, or empty when following the palette.
    QString themeName() const;
    void setThemeName(const QString &name);

    FigureStyle figureStyle(const QPalette &palette) const;

    /// Highlights an HTML or Markdown source in document (no-op for plain text
    /// or without KSyntaxHighlighting); calling it again updates the theme.
    void highlightSource(QTextDocument *document, ArticleFormat format, const QPalette &palette) const;

    /// Fills menu with "Follow the palette" and one checkable entry per theme.
    void populateMenu(QMenu *menu);

Q_SIGNALS:
    void themeChanged();

private:
    std::unique_ptr<ThemePickerPrivate> d;
};

} // namespace FactDesk
