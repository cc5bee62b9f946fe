#pragma once

// The stored rows of a project's facts, as text, for comparing what two ways
// of reviewing wrote. reviewed_at is kept as "set" or "empty": two runs never
// share a clock.

#include "project/projectstore.h"

#include <QStringList>

namespace FactDesk::Test {

inline QString storedRow(const Fact &fact)
{
    return QStringList { QString::number(fact.id), QString::number(fact.articleId), toString(fact.origin),
        QString::number(fact.figure.start), QString::number(fact.figure.end), toString(fact.figure.kind),
        fact.figure.value, fact.figure.unit, toString(fact.status), fact.correctedValue, fact.correctedUnit,
        fact.status == ReviewStatus::Corrected ? toString(fact.correctedKind) : QString(),
        toString(fact.rejectReason), fact.note, fact.editor,
        fact.reviewedAt.isValid() ? QStringLiteral("set") : QStringLiteral("empty"), fact.quote }
        .join(QLatin1Char('|'));
}

/// Every fact row of the project file, read back from disk.
inline QStringList storedRows(const QString &path, QString *error)
{
    const std::unique_ptr<ProjectStore> store
        = ProjectStore::open(path, error, ProjectStore::OpenMode::ReadOnly);
    QVector<Article> articles;
    QVector<Fact> facts;
    if (!store || !store->load(&articles, &facts, error))
        return {};
    QStringList rows;
    for (const Fact &fact : std::as_const(facts))
        rows.append(storedRow(fact));
    return rows;
}

/// The actions of the audit log, oldest first, as "fact 3 confirm".
inline QStringList auditActions(const QString &path, QString *error)
{
    const std::unique_ptr<ProjectStore> store
        = ProjectStore::open(path, error, ProjectStore::OpenMode::ReadOnly);
    QStringList actions;
    if (!store)
        return actions;
    for (const AuditEntry &entry : store->auditLog(0, error)) {
        if (entry.factId)
            actions.append(
                QStringLiteral("fact %1 %2 by %3").arg(entry.factId).arg(entry.action, entry.editor));
    }
    return actions;
}

} // namespace FactDesk::Test
