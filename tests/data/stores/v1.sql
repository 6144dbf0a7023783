-- A store as wgsubmit's first schema (version 1) made it: one message stored and read,
-- an officer's decision on its submitter, a tag and the event that recorded the decision.
BEGIN TRANSACTION;
CREATE TABLE attachments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            message INTEGER NOT NULL REFERENCES messages(id),
            position INTEGER NOT NULL,
            filename TEXT,
            content_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            inline INTEGER NOT NULL DEFAULT 0,
            language TEXT,
            pages INTEGER,
            text_chars INTEGER,
            error TEXT,
            UNIQUE (message, position)
        );
CREATE TABLE events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            message INTEGER REFERENCES messages(id),
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            action TEXT NOT NULL,
            field TEXT,
            old TEXT,
            new TEXT
        );
CREATE TABLE mailboxes (
            name TEXT PRIMARY KEY,
            uidvalidity INTEGER NOT NULL,
            last_uid INTEGER NOT NULL,
            checked_at TEXT NOT NULL
        );
CREATE TABLE messages (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            sha256 TEXT NOT NULL UNIQUE,
            size INTEGER NOT NULL,
            origin TEXT NOT NULL,
            source TEXT NOT NULL,
            server_time TEXT,
            delivery_time TEXT,
            stored_at TEXT NOT NULL,
            processed_at TEXT,
            message_id TEXT,
            from_name TEXT,
            from_address TEXT,
            to_json TEXT NOT NULL DEFAULT '[]',
            cc_json TEXT NOT NULL DEFAULT '[]',
            subject TEXT,
            date_header TEXT,
            received_at TEXT,
            body TEXT NOT NULL DEFAULT '',
            headers_json TEXT NOT NULL DEFAULT '[]',
            forwarded_by_name TEXT,
            forwarded_by_address TEXT,
            flags_json TEXT NOT NULL DEFAULT '[]',
            error TEXT,
            duplicate_of INTEGER REFERENCES messages(id),
            kind TEXT,
            kind_decided_by TEXT,
            language TEXT,
            languages_json TEXT NOT NULL DEFAULT '[]',
            confidentiality TEXT,
            confidentiality_evidence TEXT,
            confidentiality_decided_by TEXT,
            submitter_name TEXT,
            submitter_type TEXT,
            submitter_country TEXT,
            submitter_decided_by TEXT,
            superseded_by INTEGER REFERENCES messages(id)
        );
CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT);
INSERT INTO "migrations" VALUES('m001_initial','2026-01-01T00:00:00+00:00');
CREATE TABLE sources (
            mailbox TEXT NOT NULL,
            uidvalidity INTEGER NOT NULL,
            uid INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            PRIMARY KEY (mailbox, uidvalidity, uid)
        );
CREATE TABLE tags (
            message INTEGER NOT NULL REFERENCES messages(id),
            tag TEXT NOT NULL,
            PRIMARY KEY (message, tag)
        );
CREATE INDEX messages_message_id ON messages(message_id);
CREATE INDEX messages_pending ON messages(processed_at) WHERE processed_at IS NULL;
DELETE FROM "sqlite_sequence";
INSERT INTO messages (id, sha256, size, origin, source, stored_at, processed_at, kind, submitter_name, submitter_type, submitter_decided_by) VALUES (1, '784d0cadbdb954f841913ce4636f4fc7debca3caf1cb582f7f8cf7b50da4c171', 4492, 'file', 'in/01-ngo-en-pdf.eml', '2026-01-05T09:00:00+00:00', '2026-01-05T09:00:01+00:00', 'submission', 'Officer Named', 'civil_society', 'human');
INSERT INTO tags (message, tag) VALUES (1, 'kept');
INSERT INTO events (message, at, user, action, field, old, new) VALUES (1, '2026-01-05T09:10:00+00:00', 'officer', 'triage', 'submitter_name', NULL, 'Officer Named');
PRAGMA user_version = 1;
COMMIT;
