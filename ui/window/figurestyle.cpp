#include "figurestyle.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

#ifdef FACTDESK_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Theme>
#endif

namespace FactDesk {

namespace {

// A tint strong enough to tell kinds apart, faint enough to keep text legible
// on light and dark backgrounds alike.
QColor blend(const QColor &colour, const QColor &background, qreal amount)
{
    return QColor::fromRgbF(background.redF() + (colour.redF() - background.redF()) * amount,
        background.greenF() + (colour.greenF() - background.greenF()) * amount,
        background.blueF() + (colour.blueF() - background.blueF()) * amount);
}

constexpr qreal tintAmount = 0.22;
constexpr qreal dimAmount = 0.55;
/// WCAG's contrast for graphics (dots, underlines, frames) against their background.
constexpr qreal markContrast = 3.0;
/// WCAG's contrast for normal text (AA).
constexpr qreal textContrast = 4.5;

qreal luminance(const QColor &colour)
{
    const auto channel
        = [](qreal c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

namespace {
QColor contrastedOn(const QColor &colour, const QColor &background, qreal wanted)
{
    // Lighter on a dark background, darker on a light one, keeping the hue,
    // until the colour stands out (white on white becomes grey, red stays red).
    const bool dark = background.lightnessF() < 0.5;
    QColor adjusted = colour.toHsl();
    for (int step = 0; step < 20 && contrast(adjusted, background) < wanted; ++step) {
        const qreal lightness = adjusted.lightnessF() + (dark ? 0.05 : -0.05);
        adjusted = QColor::fromHslF(adjusted.hslHueF(), adjusted.hslSaturationF(),
            std::clamp(lightness, 0.0, 1.0), adjusted.alphaF());
    }
    return adjusted.toRgb();
}
} // namespace

QColor FigureStyle::readableOn(const QColor &colour, const QColor &background)
{
    return contrastedOn(colour, background, markContrast);
}

QColor FigureStyle::readableTextOn(const QColor &colour, const QColor &background)
{
    return contrastedOn(colour, background, textContrast);
}

QColor FigureStyle::statusColorOn(ReviewStatus status, const QColor &background)
{
    // Fixed meanings in every theme (a theme's warning and error colours may
    // be the same red, its normal text white on a white table): amber
    // pending, green confirmed, blue corrected, red rejected.
    const bool dark = background.lightnessF() < 0.5;
    QColor colour;
    switch (status) {
    case ReviewStatus::Pending:
        colour = dark ? QColor(0xf6, 0x74, 0x00) : QColor(0xb0, 0x60, 0x00);
        break;
    case ReviewStatus::Confirmed:
        colour = dark ? QColor(0x27, 0xae, 0x60) : QColor(0x00, 0x6e, 0x28);
        break;
    case ReviewStatus::Corrected:
        colour = dark ? QColor(0x3d, 0xae, 0xe9) : QColor(0x00, 0x57, 0xae);
        break;
    case ReviewStatus::Rejected:
        colour = dark ? QColor(0xda, 0x44, 0x53) : QColor(0xbf, 0x03, 0x03);
        break;
    }
    return readableOn(colour, background);
}

FigureStyle FigureStyle::fromPalette(const QPalette &palette)
{
    FigureStyle style;
    style.m_background = palette.color(QPalette::Base);
    style.m_text = palette.color(QPalette::Text);
    const bool dark = style.m_background.lightnessF() < 0.5;
    // Hues spread around the wheel so that neighbouring kinds never look alike.
    static constexpr std::array<int, kindCount> hues = { 130, 275, 45, 20, 330, 200, 0 };
    for (int kind = 0; kind < kindCount; ++kind) {
        const QColor colour = kind == int(FigureKind::Number)
            ? QColor::fromHsl(0, 0, dark ? 170 : 110)
            : QColor::fromHsl(hues[size_t(kind)], 200, dark ? 160 : 90);
        style.m_kindText[size_t(kind)] = colour;
        style.m_kindTint[size_t(kind)] = blend(colour, style.m_background, tintAmount);
    }
    for (int status = 0; status < statusCount; ++status)
        style.m_status[size_t(status)] = statusColorOn(ReviewStatus(status), style.m_background);
    style.m_dimmed = blend(style.m_text, style.m_background, dimAmount);
    style.m_flash = palette.color(QPalette::Highlight);
    style.m_frame = readableOn(style.m_flash, style.m_background);
    return style;
}

#ifdef FACTDESK_HAVE_KSYNTAXHIGHLIGHTING
FigureStyle FigureStyle::fromTheme(const KSyntaxHighlighting::Theme &theme)
{
    using KSyntaxHighlighting::Theme;
    FigureStyle style;
    style.m_background = QColor::fromRgb(theme.editorColor(Theme::BackgroundColor));
    style.m_text = QColor::fromRgb(theme.textColor(Theme::Normal));
    // Each kind borrows the colour a code editor gives to a related token, so
    // every theme yields a coherent set of tints.
    static constexpr std::array<Theme::TextStyle, kindCount> kindStyles = {
        Theme::DataType, // money
        Theme::Function, // percent
        Theme::DecVal, // count
        Theme::Constant, // quantity
        Theme::SpecialString, // multiplier
        Theme::Others, // date
        Theme::Comment, // bare number
    };
    for (int kind = 0; kind < kindCount; ++kind) {
        QColor colour = QColor::fromRgb(theme.textColor(kindStyles[size_t(kind)]));
        if (!colour.isValid() || colour == style.m_text)
            colour = QColor::fromRgb(theme.editorColor(Theme::SearchHighlight));
        style.m_kindText[size_t(kind)] = colour;
        style.m_kindTint[size_t(kind)] = blend(colour, style.m_background, tintAmount);
    }
    for (int status = 0; status < statusCount; ++status)
        style.m_status[size_t(status)] = statusColorOn(ReviewStatus(status), style.m_background);
    style.m_dimmed = blend(style.m_text, style.m_background, dimAmount);
    style.m_flash = QColor::fromRgb(theme.editorColor(Theme::SearchHighlight));
    // The search highlight is a fill colour, often pale: the frame takes the
    // theme's own text colour for the current line number, strong by design.
    style.m_frame
        = readableOn(QColor::fromRgb(theme.editorColor(Theme::CurrentLineNumber)), style.m_background);
    return style;
}
#endif

QColor FigureStyle::kindColor(FigureKind kind) const
{
    return m_kindTint[size_t(kind)];
}

QColor FigureStyle::statusColor(ReviewStatus status) const
{
    return m_status[size_t(status)];
}

QTextCharFormat FigureStyle::format(FigureKind kind, ReviewStatus status) const
{
    QTextCharFormat format;
    format.setBackground(m_kindTint[size_t(kind)]);
    format.setUnderlineColor(m_status[size_t(status)]);
    switch (status) {
    case ReviewStatus::Pending:
        format.setUnderlineStyle(QTextCharFormat::DotLine);
        break;
    case ReviewStatus::Confirmed:
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        break;
    case ReviewStatus::Corrected:
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        break;
    case ReviewStatus::Rejected:
        format.setFontStrikeOut(true);
        format.setForeground(m_dimmed);
        // A dimmed tint too: a rejected figure should recede.
        format.setBackground(blend(m_kindText[size_t(kind)], m_background, tintAmount / 2));
        break;
    }
    return format;
}

QTextCharFormat FigureStyle::flashFormat() const
{
    QTextCharFormat format;
    format.setBackground(m_flash);
    format.setForeground(m_background.lightnessF() < 0.5 ? QColor(Qt::black) : m_text);
    return format;
}

} // namespace FactDesk
