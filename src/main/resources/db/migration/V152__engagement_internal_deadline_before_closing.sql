-- Issue #19: the internal deadline is the staff's cut-off BEFORE the public closing date (documents and questions are
-- not changed after it), no longer a reporting date after closing. Existing consultations get a deadline a week before
-- they close; what they recorded as a reporting date is kept in the log below.
insert into engagement.log (who, at, action, subject)
select 'migration V152', now(), 'internal deadline moved', code || ': ' || internal_deadline || ' -> ' || (closes - 7)
from engagement.consultation where internal_deadline >= closes;

do $$
declare c record;
begin
    for c in select conname from pg_constraint
             where conrelid = 'engagement.consultation'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%internal_deadline%'
    loop
        execute format('alter table engagement.consultation drop constraint %I', c.conname);
    end loop;
end $$;

update engagement.consultation set internal_deadline = closes - 7 where internal_deadline >= closes;

alter table engagement.consultation add constraint consultation_dates check (closes >= opens and internal_deadline < closes);

-- who last changed a consultation, and when (created_by / created_at keep who made it)
alter table engagement.consultation add column updated_by text, add column updated_at timestamptz;
