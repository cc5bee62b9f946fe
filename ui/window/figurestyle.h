#pragma once

#include "figures/figure.h"
#include "review/fact.h"

#include <QColor>
#include <QString>
#include <QTextCharFormat>

#include <array>

class QPalette;

namespace KSyntaxHighlighting {
class Theme;
}

namespace FactDesk {

/**
 * How figures look in an article: a background tint per kind and an
 * underline (or strike-through) per review status, so both can be read at
 * once. Built from a KSyntaxHighlighting theme when one is available, so the
 * colours agree with the source view and follow light and dark palettes;
 * otherwise derived from the widget palette.
 */
class FigureStyle
{
public:
    /// Colours computed from the palette alone (no theme).
    static FigureStyle fromPalette(const QPalette &palette);
#ifdef FACTDESK_HAVE_KSYNTAXHIGHLIGHTING
    static FigureStyle fromTheme(const KSyntaxHighlighting::Theme &theme);
#endif

    /**
     * A status's colour for marks drawn on background (the text, the fact
     * table): the same meaning in every theme, contrasted enough to see.
     */
    static QColor statusColorOn(ReviewStatus status, const QColor &background);
    /// colour made lighter or darker, same hue, until a mark of it stands out on background.
    static QColor readableOn(const QColor &colour, const QColor &background);
    /**
     * The same for text (links, warnings): contrasted as WCAG asks of text.
     * A link's colour from a palette that sets none (Qt's dark blue) stays
     * readable on a dark window.
     */
    static QColor readableTextOn(const QColor &colour, const QColor &background);

    QColor kindColor(FigureKind kind) const;
    QColor statusColor(ReviewStatus status) const;
    QColor textColor() const
    {
        return m_text;
    }
    QColor backgroundColor() const
    {
        return m_background;
    }

    /// The format of a figure: tint for its kind, decoration for its status.
    QTextCharFormat format(FigureKind kind, ReviewStatus status) const;
    /// The brief highlight that shows where the current figure is.
    QTextCharFormat flashFormat() const;
    /// The frame kept around the current figure while it is current.
    QColor currentFrameColor() const
    {
        return m_frame;
    }

private:
    FigureStyle() = default;

    static constexpr int kindCount = int(FigureKind::Number) + 1;
    static constexpr int statusCount = int(ReviewStatus::Rejected) + 1;

    std::array<QColor, kindCount> m_kindText;
    std::array<QColor, kindCount> m_kindTint;
    std::array<QColor, statusCount> m_status;
    QColor m_text;
    QColor m_background;
    QColor m_dimmed;
    QColor m_flash;
    QColor m_frame;
};

} // namespace FactDesk
