-- Texts from X as their authors wrote them. X sends &, < and > in posts and direct messages as
-- "&amp;", "&lt;" and "&gt;", and its archives keep them so; they were stored that way, so agents
-- read "Zip code &amp; item" and a search for "AT&T" missed "AT&amp;T". They are undone where
-- they arrive now; this undoes them in what was stored before, on X channels only (platform
-- 'twitter'; what a team sends the server itself, '<team>/twitter', came as plain text). Not
-- touched: the replies sent from here (their outbox row holds the agent's text, which is plain)
-- and messages mirrored from a team server (they are the server's). Each escape is undone once,
-- left to right: "&lt;" and "&gt;" first, "&amp;" last, so that no '&' made here is read again
-- and "&amp;lt;" becomes "&lt;". The search index reads its texts from the messages, so it is
-- rebuilt when any changed. Like every step, this runs once, in one transaction.
-- Shipped: never edit this file; add the next number instead.

CREATE TEMP TABLE escaped_x_messages AS SELECT m.id FROM messages m
    JOIN channels ch ON ch.id = m.channel_id
    WHERE ch.platform = 'twitter'
    AND (instr(m.text, '&amp;') > 0 OR instr(m.text, '&lt;') > 0 OR instr(m.text, '&gt;') > 0)
    AND NOT EXISTS (SELECT 1 FROM outbox o
        WHERE o.channel_id = m.channel_id AND o.platform_id = m.platform_id)
    AND m.id NOT IN (SELECT local_id FROM team_links WHERE entity = 'message');

UPDATE messages SET text = replace(replace(replace(text, '&lt;', '<'), '&gt;', '>'), '&amp;', '&')
    WHERE id IN (SELECT id FROM temp.escaped_x_messages);

UPDATE noise SET text = replace(replace(replace(text, '&lt;', '<'), '&gt;', '>'), '&amp;', '&')
    WHERE channel_id IN (SELECT id FROM channels WHERE platform = 'twitter')
    AND (instr(text, '&amp;') > 0 OR instr(text, '&lt;') > 0 OR instr(text, '&gt;') > 0);

INSERT INTO message_search(message_search)
    SELECT 'rebuild' WHERE EXISTS (SELECT 1 FROM temp.escaped_x_messages);

DROP TABLE temp.escaped_x_messages;
