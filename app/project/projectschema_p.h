#pragma once

#include "sqldialect_p.h"

#include <QStringList>

namespace FactDesk::ProjectSchema {

/// The schema version this build writes; PRAGMA user_version of every project.
constexpr int currentVersion = 4;

/**
 * The statements that bring a project from version - 1 to version. Kept to
 * portable SQL (BIGINT/TEXT columns, no SQLite-only types) so that the same
 * schema can live on PostgreSQL later. Dates are ISO 8601 text, UTC.
 * A new version appends a step here and bumps currentVersion; steps are never
 * edited once released. The dialect only changes the spellings sqldialect_p.h
 * names (SQLite's statements are the ones every release wrote).
 */
inline QStringList migrationTo(int version, SqlDialect dialect = SqlDialect::Sqlite)
{
    switch (version) {
    case 1:
        return {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('created_by', 'FactDesk')"),
            QStringLiteral(
                "CREATE TABLE articles ("
                "id BIGINT PRIMARY KEY, title TEXT NOT NULL, source TEXT NOT NULL, url TEXT NOT NULL, "
                "published TEXT, language TEXT NOT NULL, body TEXT NOT NULL, format TEXT NOT NULL, "
                "raw_source TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL, "
                "imported_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX articles_sha256 ON articles (sha256)"),
            // NULL is "absent": an empty correction, no note, no reject reason.
            // quote/prefix/suffix are NULL when Fact::anchorIn on the article
            // text gives them back, and stored when they differ.
            QStringLiteral(
                "CREATE TABLE facts ("
                "id BIGINT PRIMARY KEY, article_id BIGINT NOT NULL REFERENCES articles (id), "
                "origin TEXT NOT NULL, fig_start INTEGER NOT NULL, fig_end INTEGER NOT NULL, "
                "kind TEXT NOT NULL, value TEXT, unit TEXT, modifier TEXT NOT NULL, range_role TEXT, "
                "status TEXT NOT NULL, corrected_value TEXT, corrected_unit TEXT, corrected_kind TEXT, "
                "reject_reason TEXT, note TEXT, editor TEXT, reviewed_at TEXT, quote TEXT, prefix TEXT, "
                "suffix TEXT)"),
            QStringLiteral("CREATE INDEX facts_article ON facts (article_id)"),
            // The log outlives the facts and articles it names: no foreign keys.
            QStringLiteral("CREATE TABLE audit_log ("
                           "id %1, at TEXT NOT NULL, editor TEXT NOT NULL, action TEXT NOT NULL, "
                           "article_id BIGINT, fact_id BIGINT, before_state TEXT, after_state TEXT)")
                .arg(SqlDialectText::autoIdPrimaryKey(dialect)),
            QStringLiteral("CREATE INDEX audit_log_fact ON audit_log (fact_id)"),
        };
    case 2:
        // The story ledger's decisions: measures the analyst accepted or named, facts
        // pinned to a measure (measure_id 0: to none), verdicts on pairs of facts.
        return {
            QStringLiteral("CREATE TABLE story_measures (id BIGINT PRIMARY KEY, name TEXT, "
                           "accepted INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE story_assignments (fact_id BIGINT PRIMARY KEY, "
                           "measure_id BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE story_verdicts (first_fact BIGINT NOT NULL, second_fact BIGINT NOT NULL, "
                           "verdict TEXT, note TEXT, PRIMARY KEY (first_fact, second_fact))"),
        };
    case 3:
        // The period a figure was true in, from the time words of its sentence
        // (Figure::asOf); NULL when the sentence names none (the article's date applies).
        return { QStringLiteral("ALTER TABLE facts ADD COLUMN as_of TEXT") };
    case 4:
        // Several analysts at once (team projects; solo files alike). A fact's
        // version grows by one at each write: a review is written only over the
        // version its analyst saw. The audit log names the database role, marks
        // refused attempts (outcome 'conflict'; NULL: written), and holds the
        // id of each attempt, so that a write whose commit was cut off can be
        // looked for once the connection is back. presence: who has which
        // article open, seen_ms on the server's clock (stale rows are ignored).
        return {
            QStringLiteral("ALTER TABLE facts ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE audit_log ADD COLUMN db_role TEXT"),
            QStringLiteral("ALTER TABLE audit_log ADD COLUMN outcome TEXT"),
            QStringLiteral("ALTER TABLE audit_log ADD COLUMN attempt TEXT"),
            QStringLiteral("CREATE INDEX audit_log_attempt ON audit_log (attempt)"),
            QStringLiteral("CREATE TABLE presence (session TEXT NOT NULL, article_id BIGINT NOT NULL, "
                           "editor TEXT NOT NULL, db_role TEXT, seen_ms BIGINT NOT NULL, "
                           "PRIMARY KEY (session, article_id))"),
        };
    default:
        return {};
    }
}

/// Every table the steps above create, those that refer to others first.
inline QStringList tableNames()
{
    return { QStringLiteral("presence"), QStringLiteral("story_verdicts"),
        QStringLiteral("story_assignments"), QStringLiteral("story_measures"), QStringLiteral("audit_log"),
        QStringLiteral("facts"), QStringLiteral("articles"), QStringLiteral("meta") };
}

} // namespace FactDesk::ProjectSchema
