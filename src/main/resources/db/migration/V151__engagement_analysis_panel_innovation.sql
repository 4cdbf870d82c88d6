-- Engagement, the rest of issue #19: one response per person, "about you", staff theme coding, "you said, we did",
-- the citizens' panel with its events and partners, and the innovation pipeline with its stage gates and adoptions.

-- A consultation may ask for one response per person: the response then keeps a keyed hash (HMAC-SHA-256 with a
-- secret of this instance) of the email address given, never the address itself. Audience places: registry codes.
alter table engagement.consultation add column one_per_person boolean not null default false;
alter table engagement.consultation add column audience_places text[] not null default '{}';

-- "About you", both optional and chosen by the resident: the place (a registry code) and an age band.
alter table engagement.response add column person_key text;
alter table engagement.response add column place text;
alter table engagement.response add column age_band text;
create unique index response_one_per_person on engagement.response (consultation, person_key) where person_key is not null;

-- Themes a consultation's free text is coded into, by staff.
create table engagement.theme (
    consultation text not null references engagement.consultation (code),
    code         text not null,
    label        text not null,
    primary key (consultation, code)
);

create table engagement.coding (
    response bigint not null references engagement.response (id),
    key      text   not null,
    theme    text   not null,
    coded_by text   not null,
    coded_at timestamptz not null,
    primary key (response, key, theme)
);

-- "You said, we did": a finding of a consultation, the decision it informed (its sequence in governance's decision
-- log) and the indicator expected to show the change (an analytics indicator id), published on the public page.
create table engagement.finding (
    id           bigserial primary key,
    consultation text not null references engagement.consultation (code),
    theme        text,
    you_said     text not null,
    we_did       text not null,
    decision     bigint,
    indicator    text,
    recorded_by  text not null,
    recorded_at  timestamptz not null
);

-- Partners: Healthwatch, voluntary and community organisations, the health innovation network (AHSN).
create table engagement.partner (
    code  text primary key,
    name  text not null,
    kind  text not null check (kind in ('HEALTHWATCH', 'VCSE', 'HEALTH_INNOVATION_NETWORK')),
    place text
);

-- Citizens' panel: a pseudonymous member reference and the demographics they consented to give; no name or contact
-- details (the recruiting partner keeps those to send invitations).
create table engagement.panel_member (
    reference    text primary key,
    place        text not null,
    age_band     text,
    lsoa         text,
    recruited_by text,
    consented_on date not null,
    withdrawn_on date,
    recorded_by  text not null
);

create table engagement.invitation (
    consultation text not null references engagement.consultation (code),
    member       text not null references engagement.panel_member (reference),
    invited_on   date not null,
    took_part    boolean not null default false,
    primary key (consultation, member)
);

create table engagement.event (
    id         bigserial primary key,
    title      text not null,
    held_on    date not null,
    place      text not null,
    partner    text references engagement.partner (code),
    attendance int not null check (attendance >= 0)
);

-- Innovation pipeline: need -> opportunity -> validation -> adoption, each gate passed on a date by someone.
create table engagement.innovation (
    code        text primary key,
    title       text not null,
    need        text not null,
    indicator   text,
    worst_places text[] not null default '{}',
    owner       text not null,
    opportunity text,
    evidence    text,
    evaluation  text,
    validated_by text references engagement.partner (code),
    stage       text not null check (stage in ('NEED', 'OPPORTUNITY', 'VALIDATION', 'ADOPTION')),
    due         date,
    created_by  text not null,
    created_at  timestamptz not null
);

create table engagement.gate (
    innovation text not null references engagement.innovation (code),
    stage      text not null,
    passed_on  date not null,
    passed_by  text not null,
    primary key (innovation, stage)
);

create table engagement.adoption (
    innovation text not null references engagement.innovation (code),
    place      text not null,
    adopted_on date not null,
    recorded_by text not null,
    primary key (innovation, place)
);
