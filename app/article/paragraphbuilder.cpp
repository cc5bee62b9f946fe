#include "paragraphbuilder_p.h"

namespace FactDesk {

void ParagraphBuilder::append(QChar c)
{
    if (isCollapsible(c)) {
        m_pendingSpace = !m_current.isEmpty();
        return;
    }
    if (m_pendingSpace) {
        m_current.append(QLatin1Char(' '));
        m_pendingSpace = false;
    }
    m_current.append(c);
}

void ParagraphBuilder::append(const QString &text)
{
    for (const QChar c : text)
        append(c);
}

void ParagraphBuilder::endParagraph()
{
    m_pendingSpace = false;
    if (m_current.isEmpty())
        return;
    // trimmed() also drops NBSP at the edges: "<p>&nbsp;</p>" is no paragraph.
    const QString paragraph = m_current.trimmed();
    m_current.clear();
    if (paragraph.isEmpty())
        return;
    if (!m_text.isEmpty())
        m_text.append(QLatin1String("\n\n"));
    m_text.append(paragraph);
}

QString ParagraphBuilder::takeText()
{
    endParagraph();
    QString text;
    text.swap(m_text);
    return text;
}

} // namespace FactDesk
