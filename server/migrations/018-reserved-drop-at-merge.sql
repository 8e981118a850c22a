-- Placeholder so that 020-triage.sql applies on the i14-triage branch alone: another
-- issue-14 branch owns migration 018. DROP THIS FILE AT MERGE (keep the real 018).
SELECT 1;
