-- Placeholder so this branch's migrations stay numbered 1, 2, 3, … (010 follows). Another
-- branch of issue 10 owns number 009; when it is merged, this file is deleted in its favour.
SELECT 1;
