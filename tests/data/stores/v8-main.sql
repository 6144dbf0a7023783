-- A store as wgsubmit 0.1.0 wrote it (schema version 8), after importing
-- fixtures/01-ngo-en-pdf.eml and fixtures/02-state-fr-note-verbale.eml, an officer's
-- decision on #1 and a tag on #2. Its full-text index is made empty at the end: the
-- text dump of an FTS5 table cannot be loaded back.
BEGIN TRANSACTION;
CREATE TABLE acknowledgements (
            mail_id TEXT PRIMARY KEY,
            message INTEGER NOT NULL REFERENCES messages(id),
            understanding TEXT NOT NULL,
            statement_json TEXT NOT NULL,
            how TEXT NOT NULL,
            user TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            done_at TEXT
        );
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
            error TEXT, parent INTEGER, format TEXT, text TEXT, margins TEXT, words INTEGER, language_confidence REAL,
            UNIQUE (message, position)
        );
INSERT INTO "attachments" VALUES(1,1,0,'BorderWatch_Submission.pdf','application/pdf',2433,'041370c51e51abc32be07654fbc8f557fcd48cfe4fb3ceb7df7de72f0eaea733',0,'en',2,1328,NULL,NULL,'pdf','Border Watch Coalition - Submission
Border Watch Coalition welcomes the opportunity to contribute to the report of the Working Group on the use
of mercenaries on private military and security companies in immigration and border management.
Our members have documented the growing role of private security contractors in the operation of reception
centres, in the escort of migrants during removals, and in the surveillance of land borders with drones and
sensors.
We recommend that States ensure effective oversight of these contractors, publish the contracts they
conclude with them, and guarantee access to remedy for migrants who suffer abuse at their hands.Border Watch Coalition - Submission (2)
Border Watch Coalition welcomes the opportunity to contribute to the report of the Working Group on the use
of mercenaries on private military and security companies in immigration and border management.
Our members have documented the growing role of private security contractors in the operation of reception
centres, in the escort of migrants during removals, and in the surveillance of land borders with drones and
sensors.
We recommend that States ensure effective oversight of these contractors, publish the contracts they
conclude with them, and guarantee access to remedy for migrants who suffer abuse at their hands.','',203,1.0);
INSERT INTO "attachments" VALUES(2,2,0,'NV_France_contribution.docx','application/vnd.openxmlformats-officedocument.wordprocessingml.document',37550,'5ec24fb4e071c05f4a264d30fa6c46a815d5f727f84ba46c3f3a8d00181c53b4',0,'fr',NULL,693,NULL,NULL,'docx','N° 2020-118
La Mission permanente de la France auprès de l''Office des Nations Unies à Genève présente ses compliments au Haut-Commissariat des Nations Unies aux droits de l''homme et, se référant à l''appel à contributions du Groupe de travail sur l''utilisation de mercenaires, a l''honneur de lui transmettre les éléments suivants.
La France encadre strictement le recours aux sociétés de sécurité privées dans la gestion des frontières : ces sociétés n''exercent aucune prérogative de puissance publique et agissent sous le contrôle des autorités compétentes.
La Mission permanente de la France saisit cette occasion pour renouveler au Haut-Commissariat les assurances de sa haute considération.','Mission permanente de la France - Genève',103,1.0);
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
INSERT INTO "events" VALUES(1,1,'2026-12-01T18:24:55+00:00','root','triage','submitter_type','civil_society','academic');
INSERT INTO "events" VALUES(2,1,'2026-12-01T18:24:55+00:00','root','triage','submitter_name','Border Watch Coalition','Main Made');
INSERT INTO "events" VALUES(3,2,'2026-12-01T18:24:59+00:00','root','tag','tags',NULL,'kept');
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
        , body_language TEXT, amends INTEGER REFERENCES messages(id), superseded_decided_by TEXT, submitter_confidence REAL, submitter_reasons_json TEXT NOT NULL DEFAULT '[]', withhold_reason TEXT, received_decided_by TEXT, says_revision INTEGER NOT NULL DEFAULT 0, amendment TEXT, amendment_evidence TEXT, held_by INTEGER REFERENCES messages(id), linked_at TEXT, call_answer TEXT, call_evidence TEXT, call_decided_by TEXT);
INSERT INTO "messages" VALUES(1,'784d0cadbdb954f841913ce4636f4fc7debca3caf1cb582f7f8cf7b50da4c171',4492,'file','in/01-ngo-en-pdf.eml',NULL,NULL,'2026-12-01T18:24:46+00:00','2026-12-01T18:24:53+00:00','<sub-01@borderwatch.example.org>','Maria Lopez','m.lopez@borderwatch.example.org','[{"name": "Working Group on mercenaries", "address": "wg-submissions@example.org"}]','[]','Submission: PMSCs in immigration and border management','2020-03-10T09:14:02+00:00','2020-03-10T09:14:02+00:00','Dear members of the Working Group,

Please find attached the submission of the Border Watch Coalition in response to your call for inputs on private military and security companies in immigration and border management.

We consent to the publication of this submission on the OHCHR website.

Kind regards,
Maria Lopez
Policy Officer, Border Watch Coalition','[["Received", "from mail.sender.example (mail.sender.example [192.0.2.10]) by mx.example.org with ESMTPS id 4A1B2C; Tue, 10 Mar 2020 09:14:02 +0000"], ["From", "\"Maria Lopez\" <m.lopez@borderwatch.example.org>"], ["To", "Working Group on mercenaries <wg-submissions@example.org>"], ["Subject", "Submission: PMSCs in immigration and border management"], ["Date", "Tue, 10 Mar 2020 09:14:02 +0000"], ["Message-ID", "<sub-01@borderwatch.example.org>"], ["MIME-Version", "1.0"], ["Content-Type", "multipart/mixed; boundary=\"=_sample_01\""]]',NULL,NULL,'[]',NULL,NULL,'submission','auto','en','["en"]','publish','We consent to the publication of this submission on the OHCHR website.','auto','Main Made','academic',NULL,'human',NULL,'en',NULL,NULL,0.7,'["organization name: ''Border Watch Coalition''"]',NULL,NULL,0,NULL,NULL,NULL,'2026-12-01T18:24:53+00:00',NULL,NULL,NULL);
INSERT INTO "messages" VALUES(2,'2f7ec62b4e7cc28138edcf6c21f8c6693277be79382f4b3228007d4fcd835423',52496,'file','in/02-state-fr-note-verbale.eml',NULL,NULL,'2026-12-01T18:24:46+00:00','2026-12-01T18:24:53+00:00','<nv-2020-118@diplomatie.gouv.fr>','Mission permanente de la France','mission.geneve@diplomatie.gouv.fr','[{"name": "Working Group on mercenaries", "address": "wg-submissions@example.org"}]','[]','Note verbale - Contribution de la France','2020-03-16T14:40:00+00:00','2020-03-16T14:40:00+00:00','Madame, Monsieur,

Veuillez trouver ci-joint la note verbale de la Mission permanente de la France en réponse à l''appel à contributions du Groupe de travail sur l''utilisation de mercenaires.

Cordialement,
La Mission permanente','[["Received", "from mail.sender.example (mail.sender.example [192.0.2.10]) by mx.example.org with ESMTPS id 4A1B2C; Mon, 16 Mar 2020 15:40:00 +0100"], ["From", "\"Mission permanente de la France\" <mission.geneve@diplomatie.gouv.fr>"], ["To", "Working Group on mercenaries <wg-submissions@example.org>"], ["Subject", "Note verbale - Contribution de la France"], ["Date", "Mon, 16 Mar 2020 15:40:00 +0100"], ["Message-ID", "<nv-2020-118@diplomatie.gouv.fr>"], ["MIME-Version", "1.0"], ["Content-Type", "multipart/mixed; boundary=\"=_sample_02\""]]',NULL,NULL,'[]',NULL,NULL,'submission','auto','fr','["fr"]','unspecified',NULL,'auto','France','member_state','FRA','auto',NULL,'fr',NULL,NULL,0.99,'["sender''s name: ''Mission permanente de la France''", "note verbale: \"Cordialement, La Mission permanente N\u00b0 2020-118 La Mission permanente de la France aupr\u00e8s de l''Office des Nations Unies \u00e0 Gen\u00e8ve pr\u00e9sente ses compliments\"", "government mail domain diplomatie.gouv.fr"]',NULL,NULL,0,NULL,NULL,NULL,'2026-12-01T18:24:53+00:00',NULL,NULL,NULL);
CREATE TABLE "migrations" (
   "name" TEXT PRIMARY KEY,
   "applied_at" TEXT
);
INSERT INTO "migrations" VALUES('m001_initial','2026-12-01T18:24:46+00:00');
INSERT INTO "migrations" VALUES('m002_reading','2026-12-01T18:24:46+00:00');
INSERT INTO "migrations" VALUES('m003_triage','2026-12-01T18:24:46+00:00');
INSERT INTO "migrations" VALUES('m004_received','2026-12-01T18:24:46+00:00');
INSERT INTO "migrations" VALUES('m005_withheld_files','2026-12-01T18:24:46+00:00');
INSERT INTO "migrations" VALUES('m006_links','2026-12-01T18:24:46+00:00');
INSERT INTO "migrations" VALUES('m007_calls','2026-12-01T18:24:46+00:00');
INSERT INTO "migrations" VALUES('m008_acknowledgements','2026-12-01T18:24:46+00:00');
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
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
INSERT INTO "tags" VALUES(2,'kept');
CREATE TABLE withheld_files (
            message INTEGER NOT NULL REFERENCES messages(id),
            sha256 TEXT NOT NULL,
            PRIMARY KEY (message, sha256)
        );
CREATE INDEX messages_message_id ON messages(message_id);
CREATE INDEX messages_pending ON messages(processed_at) WHERE processed_at IS NULL;
CREATE INDEX messages_sender ON messages(from_address);
CREATE INDEX events_message ON events(message);
CREATE INDEX acknowledgements_message ON acknowledgements(message)
        ;
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('messages',2);
INSERT INTO "sqlite_sequence" VALUES('attachments',2);
INSERT INTO "sqlite_sequence" VALUES('events',3);
CREATE VIRTUAL TABLE search_index USING fts5(
            subject, sender, body, documents, tokenize = 'unicode61 remove_diacritics 2'
        );
PRAGMA user_version = 8;
COMMIT;
