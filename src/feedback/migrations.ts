/**
 * The feedback database's schema, as migrations applied in order. The
 * `schema_version` table holds the number of the last one applied; a
 * database opened at start is brought up to date in one transaction, so it
 * is never left half-migrated. A new version appends a migration: never edit
 * one that has shipped.
 */
import type { Database } from 'better-sqlite3';

/** Migrations by position: migration `i` takes the schema from version `i` to `i + 1`. */
export const MIGRATIONS: readonly string[] = [
  // 1: the install's salt, and one vote per rater per answer.
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE votes (
     answer TEXT NOT NULL,
     rater TEXT NOT NULL,
     question TEXT NOT NULL,
     passages TEXT NOT NULL,
     actor TEXT,
     guild TEXT,
     value INTEGER NOT NULL CHECK (value IN (-1, 1)),
     at INTEGER NOT NULL,
     PRIMARY KEY (answer, rater)
   );
   CREATE INDEX votes_at ON votes (at);`,
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** The schema version of `db` (0 for an empty database). */
export function schemaVersion(db: Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  return row?.version ?? 0;
}

/** Applies the migrations `db` lacks, in order, in one transaction. Returns the version it is now at. */
export function migrate(db: Database): number {
  db.transaction(() => {
    const from = schemaVersion(db);
    for (const migration of MIGRATIONS.slice(from)) db.exec(migration);
    db.prepare('DELETE FROM schema_version').run();
    db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(Math.max(from, SCHEMA_VERSION));
  })();
  return schemaVersion(db);
}
