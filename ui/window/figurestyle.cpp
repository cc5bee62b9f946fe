#include "figurestyle.h"

#include <QPalette>

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

} // namespace

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
    style.m_status[size_t(ReviewStatus::Pending)]
        = dark ? QColor(0xf6, 0x74, 0x00) : QColor(0xb0, 0x60, 0x00);
    style.m_status[size_t(ReviewStatus::Confirmed)]
        = dark ? QColor(0x27, 0xae, 0x60) : QColor(0x00, 0x6e, 0x28);
    style.m_status[size_t(ReviewStatus::Corrected)]
        = dark ? QColor(0x3d, 0xae, 0xe9) : QColor(0x00, 0x57, 0xae);
    style.m_status[size_t(ReviewStatus::Rejected)]
        = dark ? QColor(0xda, 0x44, 0x53) : QColor(0xbf, 0x03, 0x03);
    style.m_dimmed = blend(style.m_text, style.m_background, dimAmount);
    style.m_flash = palette.color(QPalette::Highlight);
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
    style.m_status[size_t(ReviewStatus::Pending)] = QColor::fromRgb(theme.textColor(Theme::Warning));
    style.m_status[size_t(ReviewStatus::Confirmed)] = QColor::fromRgb(theme.textColor(Theme::Normal));
    style.m_status[size_t(ReviewStatus::Corrected)] = QColor::fromRgb(theme.textColor(Theme::Information));
    style.m_status[size_t(ReviewStatus::Rejected)] = QColor::fromRgb(theme.textColor(Theme::Error));
    style.m_dimmed = blend(style.m_text, style.m_background, dimAmount);
    style.m_flash = QColor::fromRgb(theme.editorColor(Theme::SearchHighlight));
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
