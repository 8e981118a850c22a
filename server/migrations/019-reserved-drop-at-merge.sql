-- Placeholder so that 020-triage.sql applies on the i14-triage branch alone: another
-- issue-14 branch owns migration 019. DROP THIS FILE AT MERGE (keep the real 019).
SELECT 1;
