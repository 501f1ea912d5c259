-- Texts from X as their authors wrote them. X sends &, < and > in posts and direct messages as
-- "&amp;", "&lt;" and "&gt;"; the server's X channels stored them so, agents read "Zip code
-- &amp; item" and searches missed "AT&T". They are undone where they arrive now; this undoes
-- them in what was stored before: customers' and the brand's X messages (not what agents wrote
-- here, which has an agent) and the previews shown in the queue. Each escape is undone once:
-- "&lt;" and "&gt;" first, "&amp;" last, so that "&amp;lt;" becomes "&lt;". Runs once, in one
-- transaction. Shipped: never edit this file; add the next number instead.

UPDATE messages SET text = replace(replace(replace(text, '&lt;', '<'), '&gt;', '>'), '&amp;', '&')
    WHERE agent_id IS NULL
    AND (text LIKE '%&amp;%' OR text LIKE '%&lt;%' OR text LIKE '%&gt;%')
    AND conversation_id IN (SELECT id FROM conversations WHERE platform = 'twitter');

UPDATE conversations
    SET preview = replace(replace(replace(preview, '&lt;', '<'), '&gt;', '>'), '&amp;', '&')
    WHERE platform = 'twitter'
    AND (preview LIKE '%&amp;%' OR preview LIKE '%&lt;%' OR preview LIKE '%&gt;%');
