-- Each team's SLA policy (Triage::SlaPolicy as JSON); empty: an hour around the clock.
ALTER TABLE teams ADD COLUMN sla_policy TEXT NOT NULL DEFAULT '';
