"""The database's own full text index over the analysed columns of IndexEntry.

SQLite: an FTS5 table with the entries as external content, kept in step by triggers (so even a
bulk delete or a test database flush cannot leave stale rows). PostgreSQL: generated tsvector
columns with GIN indexes. Other databases are not supported by the embedded backend.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        title_terms, summary_terms, body_terms, title_prefixes,
        content='search_indexentry', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0', prefix='2 3'
    )""",
    """CREATE TRIGGER search_indexentry_ai AFTER INSERT ON search_indexentry BEGIN
        INSERT INTO search_fts(rowid, title_terms, summary_terms, body_terms, title_prefixes)
        VALUES (new.id, new.title_terms, new.summary_terms, new.body_terms, new.title_prefixes);
    END""",
    """CREATE TRIGGER search_indexentry_ad AFTER DELETE ON search_indexentry BEGIN
        INSERT INTO search_fts(search_fts, rowid, title_terms, summary_terms, body_terms, title_prefixes)
        VALUES ('delete', old.id, old.title_terms, old.summary_terms, old.body_terms, old.title_prefixes);
    END""",
    """CREATE TRIGGER search_indexentry_au AFTER UPDATE ON search_indexentry BEGIN
        INSERT INTO search_fts(search_fts, rowid, title_terms, summary_terms, body_terms, title_prefixes)
        VALUES ('delete', old.id, old.title_terms, old.summary_terms, old.body_terms, old.title_prefixes);
        INSERT INTO search_fts(rowid, title_terms, summary_terms, body_terms, title_prefixes)
        VALUES (new.id, new.title_terms, new.summary_terms, new.body_terms, new.title_prefixes);
    END""",
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_indexentry_au",
    "DROP TRIGGER IF EXISTS search_indexentry_ad",
    "DROP TRIGGER IF EXISTS search_indexentry_ai",
    "DROP TABLE IF EXISTS search_fts",
]

POSTGRES_FORWARD = [
    """ALTER TABLE search_indexentry ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, coalesce(title_terms, '')), 'A') ||
        setweight(to_tsvector('simple'::regconfig, coalesce(summary_terms, '')), 'B') ||
        setweight(to_tsvector('simple'::regconfig, coalesce(body_terms, '')), 'D')
    ) STORED""",
    """ALTER TABLE search_indexentry ADD COLUMN prefix_vector tsvector GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig, coalesce(title_prefixes, ''))
    ) STORED""",
    "CREATE INDEX search_indexentry_vector_idx ON search_indexentry USING GIN (search_vector)",
    "CREATE INDEX search_indexentry_prefix_idx ON search_indexentry USING GIN (prefix_vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_indexentry_prefix_idx",
    "DROP INDEX IF EXISTS search_indexentry_vector_idx",
    "ALTER TABLE search_indexentry DROP COLUMN IF EXISTS prefix_vector",
    "ALTER TABLE search_indexentry DROP COLUMN IF EXISTS search_vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        statements = statements_by_vendor.get(schema_editor.connection.vendor)
        if statements is None:
            raise RuntimeError(
                f"The embedded search backend needs SQLite or PostgreSQL, not {schema_editor.connection.vendor}."
            )
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        ),
    ]
