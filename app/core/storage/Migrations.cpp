#include "Migrations.h"

namespace CareDesk::Storage {

const std::vector<QStringList> &workspaceMigrations()
{
    // Times are UTC milliseconds since the epoch.
    static const std::vector<QStringList> migrations = {
        // 1: channels, customers and their platform identities, conversations, messages.
        {
            QStringLiteral("CREATE TABLE channels ("
                           " id INTEGER PRIMARY KEY,"
                           " plugin_id TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " platform TEXT NOT NULL,"
                           " settings TEXT NOT NULL DEFAULT '{}',"
                           " cursor TEXT NOT NULL DEFAULT '',"
                           " last_received_at INTEGER,"
                           " last_error TEXT NOT NULL DEFAULT '',"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE customers ("
                           " id INTEGER PRIMARY KEY,"
                           " display_name TEXT NOT NULL,"
                           " tier TEXT NOT NULL DEFAULT '',"
                           " language TEXT NOT NULL DEFAULT 'und',"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE identities ("
                           " id INTEGER PRIMARY KEY,"
                           " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                           " platform TEXT NOT NULL,"
                           " platform_user_id TEXT NOT NULL,"
                           " handle TEXT NOT NULL,"
                           " display_name TEXT NOT NULL,"
                           " followers INTEGER NOT NULL DEFAULT 0,"
                           " verified INTEGER NOT NULL DEFAULT 0,"
                           " locale TEXT NOT NULL DEFAULT '',"
                           " UNIQUE(platform, platform_user_id))"),
            QStringLiteral("CREATE INDEX identities_customer ON identities(customer_id)"),
            QStringLiteral("CREATE TABLE conversations ("
                           " id INTEGER PRIMARY KEY,"
                           " channel_id INTEGER NOT NULL REFERENCES channels(id),"
                           " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                           " thread_key TEXT NOT NULL,"
                           " status TEXT NOT NULL DEFAULT 'new',"
                           " language TEXT NOT NULL DEFAULT 'und',"
                           " priority INTEGER NOT NULL DEFAULT 0,"
                           " sla_due INTEGER NOT NULL,"
                           " assignee TEXT NOT NULL DEFAULT '',"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX conversations_inbox ON conversations(priority DESC, sla_due, id)"),
            QStringLiteral(
                "CREATE INDEX conversations_thread ON conversations(channel_id, thread_key)"),
            QStringLiteral("CREATE INDEX conversations_customer ON conversations(customer_id, "
                           "channel_id, status)"),
            QStringLiteral("CREATE TABLE messages ("
                           " id INTEGER PRIMARY KEY,"
                           " conversation_id INTEGER NOT NULL REFERENCES conversations(id),"
                           " channel_id INTEGER NOT NULL REFERENCES channels(id),"
                           " platform_id TEXT NOT NULL,"
                           " direction TEXT NOT NULL,"
                           " visibility TEXT NOT NULL,"
                           " identity_id INTEGER REFERENCES identities(id),"
                           " text TEXT NOT NULL,"
                           " language TEXT NOT NULL DEFAULT 'und',"
                           " created_at INTEGER NOT NULL,"
                           " reply_to TEXT NOT NULL DEFAULT '',"
                           " addressed TEXT NOT NULL DEFAULT 'open',"
                           " UNIQUE(channel_id, platform_id))"),
            QStringLiteral(
                "CREATE INDEX messages_conversation ON messages(conversation_id, created_at)"),
        },
        // 2: triage results, response times, noise, notes, canned responses, audit, search.
        {
            QStringLiteral(
                "ALTER TABLE conversations ADD COLUMN category TEXT NOT NULL DEFAULT 'other'"),
            QStringLiteral(
                "ALTER TABLE conversations ADD COLUMN actionable INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral(
                "ALTER TABLE conversations ADD COLUMN priority_reasons TEXT NOT NULL DEFAULT '[]'"),
            QStringLiteral("ALTER TABLE conversations ADD COLUMN first_response_at INTEGER"),
            QStringLiteral("ALTER TABLE conversations ADD COLUMN resolved_at INTEGER"),
            QStringLiteral("ALTER TABLE customers ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN category TEXT NOT NULL DEFAULT ''"),
            // Retweets and floods of the same text: kept for the record, never work.
            QStringLiteral("CREATE TABLE noise ("
                           " id INTEGER PRIMARY KEY,"
                           " channel_id INTEGER NOT NULL REFERENCES channels(id),"
                           " platform_id TEXT NOT NULL,"
                           " reason TEXT NOT NULL CHECK (reason IN ('repost','duplicate')),"
                           " identity_id INTEGER REFERENCES identities(id),"
                           " text TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL,"
                           " UNIQUE(channel_id, platform_id))"),
            QStringLiteral("CREATE TABLE notes ("
                           " id INTEGER PRIMARY KEY,"
                           " conversation_id INTEGER NOT NULL REFERENCES conversations(id),"
                           " author TEXT NOT NULL,"
                           " text TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX notes_conversation ON notes(conversation_id, created_at)"),
            QStringLiteral("CREATE TABLE canned_responses ("
                           " id INTEGER PRIMARY KEY,"
                           " title TEXT NOT NULL,"
                           " shortcut TEXT UNIQUE,"
                           " category TEXT NOT NULL DEFAULT '',"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE canned_variants ("
                " response_id INTEGER NOT NULL REFERENCES canned_responses(id) ON DELETE CASCADE,"
                " language TEXT NOT NULL,"
                " text TEXT NOT NULL,"
                " PRIMARY KEY(response_id, language))"),
            QStringLiteral("CREATE TABLE audit_events ("
                           " id INTEGER PRIMARY KEY,"
                           " at INTEGER NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " entity TEXT NOT NULL,"
                           " entity_id INTEGER NOT NULL,"
                           " action TEXT NOT NULL,"
                           " detail TEXT NOT NULL DEFAULT '{}')"),
            QStringLiteral("CREATE INDEX audit_entity ON audit_events(entity, entity_id, at)"),
            // What agents correct, the classifier learns from: word counts per category.
            QStringLiteral("CREATE TABLE classifier_words ("
                           " category TEXT NOT NULL,"
                           " word TEXT NOT NULL,"
                           " count INTEGER NOT NULL,"
                           " PRIMARY KEY(category, word)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE classifier_documents ("
                           " category TEXT PRIMARY KEY,"
                           " count INTEGER NOT NULL)"),
            // Full-text search over message text and the customer's name; rowid = messages.id.
            QStringLiteral("CREATE VIRTUAL TABLE message_search USING fts5("
                           "text, customer, tokenize = 'unicode61 remove_diacritics 2')"),
            QStringLiteral("INSERT INTO message_search(rowid, text, customer)"
                           " SELECT m.id, m.text, cu.display_name || ' ' || COALESCE(i.handle, '')"
                           " FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                           " JOIN customers cu ON cu.id = c.customer_id"
                           " LEFT JOIN identities i ON i.id = m.identity_id"),
            // The inbox (WorkspaceStore::inboxPage) reads one status at a time in its sort order,
            // so each order has an index led by the status: no sort of the matches, ever. The
            // filter columns ride along at the end, so a rare combination of filters is tested on
            // the index alone (a third of a million row lookups took 0.7 s; the index, 35 ms).
            // Replaced by conversations_status_priority; each index costs every conversation
            // update.
            QStringLiteral("DROP INDEX conversations_inbox"),
            QStringLiteral("CREATE INDEX conversations_status_priority ON conversations(status, "
                           "priority DESC, sla_due, id,"
                           " category, language, channel_id, assignee, actionable)"),
            QStringLiteral("CREATE INDEX conversations_status_category ON conversations(status, "
                           "category, priority DESC, sla_due, id,"
                           " language, channel_id, assignee, actionable)"),
            QStringLiteral("CREATE INDEX conversations_status_updated ON conversations(status, "
                           "updated_at DESC, id DESC,"
                           " category, language, channel_id, assignee, actionable)"),
            // The customer's messages still waiting for an answer, oldest first: the inbox's
            // "oldest waiting" order walks it. Partial, so it stays as small as the backlog.
            QStringLiteral("CREATE INDEX messages_waiting ON messages(created_at, conversation_id)"
                           " WHERE direction = 'in' AND addressed = 'open'"),
            QStringLiteral("CREATE INDEX messages_identity ON messages(identity_id, created_at)"),
        },
        // 3: the search index reads texts from the messages instead of keeping a second copy of
        // each (about a tenth of the time spent storing a backlog). Its customer column is the
        // author's
        // name and handle as they were when the message arrived; the view gives today's, which
        // only a 'rebuild' reads.
        {
            QStringLiteral("DROP TABLE message_search"),
            QStringLiteral("CREATE VIEW message_search_source AS SELECT m.id, m.text,"
                           " COALESCE(i.display_name || ' ' || i.handle, '') AS customer"
                           " FROM messages m LEFT JOIN identities i ON i.id = m.identity_id"),
            QStringLiteral("CREATE VIRTUAL TABLE message_search USING fts5(text, customer,"
                           " content = 'message_search_source', content_rowid = 'id',"
                           " tokenize = 'unicode61 remove_diacritics 2')"),
            QStringLiteral("INSERT INTO message_search(message_search) VALUES('rebuild')"),
        },
        // 4: the outbox, and each channel's health. A reply is written here, with an id CareDesk
        // made, before anything is
        // sent; its state says what is known of it. `sending` or `uncertain` after a restart
        // means: look it up on the platform before sending it again.
        {
            QStringLiteral("CREATE TABLE outbox ("
                           " id INTEGER PRIMARY KEY,"
                           " client_id TEXT NOT NULL UNIQUE,"
                           " channel_id INTEGER NOT NULL REFERENCES channels(id),"
                           " conversation_id INTEGER REFERENCES conversations(id),"
                           " kind TEXT NOT NULL CHECK (kind IN ('mention','comment','dm')),"
                           " in_reply_to TEXT NOT NULL DEFAULT '',"
                           " recipient_id TEXT NOT NULL DEFAULT '',"
                           " private_reply_to_comment TEXT NOT NULL DEFAULT '',"
                           " customer_last_wrote_at INTEGER,"
                           " text TEXT NOT NULL,"
                           " state TEXT NOT NULL DEFAULT 'queued'"
                           "   CHECK (state IN ('queued','sending','sent','failed','uncertain')),"
                           " platform_id TEXT NOT NULL DEFAULT '',"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " last_error TEXT NOT NULL DEFAULT '',"
                           " next_attempt_at INTEGER NOT NULL DEFAULT 0,"
                           " author TEXT NOT NULL DEFAULT '',"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX outbox_due ON outbox(channel_id, state, next_attempt_at)"),
            // How each channel is doing, and when it may be asked again (Channels::ChannelHealth).
            QStringLiteral("ALTER TABLE channels ADD COLUMN health TEXT NOT NULL DEFAULT 'ok'"),
            QStringLiteral(
                "ALTER TABLE channels ADD COLUMN consecutive_failures INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE channels ADD COLUMN next_poll_at INTEGER"),
            QStringLiteral("ALTER TABLE channels ADD COLUMN quota_remaining INTEGER"),
            QStringLiteral("ALTER TABLE channels ADD COLUMN quota_limit INTEGER"),
            QStringLiteral("ALTER TABLE channels ADD COLUMN quota_resets_at INTEGER"),
        },
        // 5: team mode. A desktop signed in to a team server mirrors what it may see here: each
        // mirrored row remembers its server id, the server's revision the mirror has reached is
        // kept per server, and replies written while offline wait in team_outbox.
        {
            QStringLiteral("CREATE TABLE team_links ("
                           " entity TEXT NOT NULL,"
                           " server_id TEXT NOT NULL,"
                           " local_id INTEGER NOT NULL,"
                           " PRIMARY KEY (entity, server_id))"),
            QStringLiteral("CREATE TABLE team_sync ("
                           " server TEXT PRIMARY KEY,"
                           " login TEXT NOT NULL,"
                           " rev INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "ALTER TABLE conversations ADD COLUMN team_rev INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE team_outbox ("
                           " client_id TEXT PRIMARY KEY,"
                           " server_conversation_id INTEGER NOT NULL,"
                           " visibility TEXT NOT NULL CHECK (visibility IN ('public','private')),"
                           " text TEXT NOT NULL,"
                           " base_rev INTEGER NOT NULL,"
                           " state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN "
                           "('waiting','accepted','refused')),"
                           " error TEXT NOT NULL DEFAULT '',"
                           " created_at INTEGER NOT NULL)"),
        },
        // 6: drafts. What an agent typed and has not sent survives a restart, per conversation.
        {
            QStringLiteral("CREATE TABLE drafts ("
                           " conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id),"
                           " visibility TEXT NOT NULL CHECK (visibility IN ('public','private')),"
                           " text TEXT NOT NULL,"
                           " canned_texts TEXT NOT NULL DEFAULT '[]',"
                           " updated_at INTEGER NOT NULL)"),
        },
        // 7: quality review. A team's scorecard (its criteria, editable), reviews of
        // conversations with a score per criterion and comments anchored to messages, and each
        // canned response as sent, so a lead sees which templates agents always rewrite.
        {
            QStringLiteral("CREATE TABLE scorecard_criteria ("
                           " id INTEGER PRIMARY KEY,"
                           " title TEXT NOT NULL,"
                           " description TEXT NOT NULL DEFAULT '',"
                           " weight INTEGER NOT NULL DEFAULT 1 CHECK (weight BETWEEN 1 AND 10),"
                           " position INTEGER NOT NULL,"
                           // A criterion CareDesk can judge itself suggests its score: answered,
                           // pii, language.
                           " check_key TEXT NOT NULL DEFAULT '',"
                           " retired INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE reviews ("
                           " id INTEGER PRIMARY KEY,"
                           " conversation_id INTEGER NOT NULL REFERENCES conversations(id),"
                           " agent TEXT NOT NULL,"
                           " reviewer TEXT NOT NULL,"
                           " summary TEXT NOT NULL DEFAULT '',"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL,"
                           " UNIQUE(conversation_id, reviewer))"),
            QStringLiteral("CREATE INDEX reviews_agent ON reviews(agent, created_at)"),
            // Title and weight are copied, so that editing the scorecard never rewrites a past
            // review.
            QStringLiteral("CREATE TABLE review_scores ("
                           " review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,"
                           " criterion_id INTEGER NOT NULL,"
                           " title TEXT NOT NULL,"
                           " weight INTEGER NOT NULL,"
                           " score INTEGER CHECK (score BETWEEN 0 AND 2),"
                           " PRIMARY KEY (review_id, criterion_id))"),
            QStringLiteral("CREATE TABLE review_comments ("
                           " id INTEGER PRIMARY KEY,"
                           " review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,"
                           " message_id INTEGER REFERENCES messages(id),"
                           " text TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE canned_uses ("
                           " id INTEGER PRIMARY KEY,"
                           " response_id INTEGER,"
                           " title TEXT NOT NULL,"
                           " conversation_id INTEGER,"
                           " client_id TEXT NOT NULL,"
                           " agent TEXT NOT NULL,"
                           " inserted_text TEXT NOT NULL,"
                           " sent_text TEXT NOT NULL,"
                           " edit_ratio REAL NOT NULL,"
                           " at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX canned_uses_response ON canned_uses(response_id, at)"),
            // Which agent sent a reply: the outbox row behind the stored message.
            QStringLiteral("CREATE INDEX outbox_platform ON outbox(channel_id, platform_id)"),
            QStringLiteral("CREATE INDEX outbox_conversation ON outbox(conversation_id, state)"),
            // Who sent a reply from another desk of the team (the team server says); replies sent
            // from this desk are known by their outbox row.
            QStringLiteral("ALTER TABLE messages ADD COLUMN sent_by TEXT NOT NULL DEFAULT ''"),
            // Dashboards and the transcript list read a period of history.
            QStringLiteral("CREATE INDEX conversations_created ON conversations(created_at)"),
        },
        // 8: one inbox index fewer to move on every conversation a backlog touches (about a
        // twentieth of storing it). A category filter reads conversations_status_priority, whose
        // category column rides along, as every other filter does.
        {
            QStringLiteral("DROP INDEX conversations_status_category"),
        },
        // 9: messages are no longer indexed by author, which every stored message paid for; the
        // one reader, the flood check at ingest, finds the author's recent messages through the
        // customer's conversations.
        {
            QStringLiteral("DROP INDEX messages_identity"),
        },
    };
    return migrations;
}

} // namespace CareDesk::Storage
