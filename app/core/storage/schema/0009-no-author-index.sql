-- Messages are no longer indexed by author, which every stored message paid for; the one reader,
-- the flood check at ingest, finds the author's recent messages through the customer's
-- conversations.
-- Shipped: never edit this file; add the next number instead.

DROP INDEX messages_identity;
