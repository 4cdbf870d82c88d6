-- Votes recorded by name (issue 17): a body's terms of reference can require each member's vote to be recorded; the decision
-- log keeps them. Records made before have no votes (null) and keep their hashes: the canonical form adds votes only when
-- there are any. Adding a column fires no row trigger, so the append-only trigger on governance.decision stands.
alter table governance.terms add column named_votes boolean not null default false;
alter table governance.decision add column votes jsonb;
