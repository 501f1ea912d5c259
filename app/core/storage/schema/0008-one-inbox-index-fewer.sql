-- One inbox index fewer to move on every conversation a backlog touches (about a twentieth of
-- storing it). A category filter reads conversations_status_priority, whose category column rides
-- along, as every other filter does.
-- Shipped: never edit this file; add the next number instead.

DROP INDEX conversations_status_category;
