#include "legenddialog.h"

#include "figurestyle.h"
#include "review/factmodel.h"

#include <QDialogButtonBox>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

#include <array>

namespace FactDesk {

LegendDialog::LegendDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextEdit(this))
{
    m_text->setReadOnly(true);
    m_text->setObjectName(QStringLiteral("legendText"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 60, fontMetrics().lineSpacing() * 26);
}

QString LegendDialog::legendText() const
{
    return m_text->toPlainText();
}

void LegendDialog::setFigureStyle(const FigureStyle &style)
{
    setWindowTitle(tr("Figure Marks"));
    QPalette palette = m_text->palette();
    palette.setColor(QPalette::Base, style.backgroundColor());
    palette.setColor(QPalette::Text, style.textColor());
    m_text->setPalette(palette);
    m_text->clear();

    QTextCursor cursor(m_text->document());
    QTextCharFormat plain;
    plain.setForeground(style.textColor());
    QTextCharFormat heading = plain;
    heading.setFontWeight(QFont::Bold);
    const auto line = [&](const QString &sample, const QTextCharFormat &format, const QString &meaning) {
        cursor.insertText(sample, format);
        cursor.insertText(QStringLiteral("  ") + meaning + QLatin1Char('\n'), plain);
    };

    cursor.insertText(tr("The tint says the kind of figure") + QLatin1Char('\n'), heading);
    constexpr std::array<FigureKind, 7> kinds = { FigureKind::Money, FigureKind::Percent, FigureKind::Count,
        FigureKind::Quantity, FigureKind::Multiplier, FigureKind::Date, FigureKind::Number };
    for (const FigureKind kind : kinds) {
        QTextCharFormat tint = plain;
        tint.setBackground(style.kindColor(kind));
        line(QStringLiteral(" %1 ").arg(FactModel::kindName(kind)), tint, QString());
    }

    cursor.insertText(
        QLatin1Char('\n') + tr("The line under it says where its review is") + QLatin1Char('\n'), heading);
    const struct
    {
        ReviewStatus status;
        QString meaning;
    } statuses[] = {
        { ReviewStatus::Pending, tr("dotted: still to check") },
        { ReviewStatus::Confirmed, tr("solid: checked and right") },
        { ReviewStatus::Corrected, tr("wavy: checked, the right value typed") },
        { ReviewStatus::Rejected, tr("struck out, faded: not a figure to check") },
    };
    for (const auto &entry : statuses) {
        QTextCharFormat mark = style.format(FigureKind::Percent, entry.status);
        line(QStringLiteral("49 %"), mark,
            tr("%1: %2", "status: what its mark looks like")
                .arg(FactModel::statusName(entry.status), entry.meaning));
    }

    cursor.insertText(QLatin1Char('\n') + tr("The current figure") + QLatin1Char('\n'), heading);
    QTextCharFormat frame = plain;
    frame.setForeground(style.currentFrameColor());
    frame.setFontWeight(QFont::Bold);
    line(QStringLiteral("[ ]"), frame,
        tr("framed in this colour for as long as it is selected, in the text and in the source"));
    cursor.insertText(tr("In the fact table, the status column shows the same colour as a dot, with ○ ✓ ✎ ✗ "
                         "so that the status reads without colour."),
        plain);
    m_text->moveCursor(QTextCursor::Start);
}

} // namespace FactDesk
