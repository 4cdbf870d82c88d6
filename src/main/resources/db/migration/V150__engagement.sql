-- Engagement: consultations, their questions and documents, residents' responses, and the log of every write.
create schema if not exists engagement;

create table engagement.consultation (
    code              text primary key,
    title             text not null,
    summary           text not null,
    owner_body        text not null,
    audience          text not null,
    opens             date not null,
    closes            date not null,
    internal_deadline date not null,
    created_by        text not null,
    created_at        timestamptz not null,
    check (closes >= opens and internal_deadline >= closes)
);

create table engagement.document (
    consultation text not null references engagement.consultation (code),
    position     int  not null,
    title        text not null,
    address      text not null,
    primary key (consultation, position)
);

create table engagement.question (
    consultation text    not null references engagement.consultation (code),
    position     int     not null,
    key          text    not null,
    kind         text    not null check (kind in ('CHOICE', 'SCALE', 'FREE_TEXT')),
    text         text    not null,
    options      text[]  not null,
    scale_min    int     not null,
    scale_max    int     not null,
    required     boolean not null,
    primary key (consultation, position),
    unique (consultation, key)
);

-- No name, email or address: a response is its answers, a reference for the resident and when it came.
create table engagement.response (
    id           bigserial primary key,
    consultation text not null references engagement.consultation (code),
    reference    text not null unique,
    received_at  timestamptz not null
);

create table engagement.answer (
    response bigint not null references engagement.response (id),
    key      text   not null,
    value    text   not null,
    primary key (response, key)
);

create table engagement.log (
    id      bigserial primary key,
    who     text not null,
    at      timestamptz not null,
    action  text not null,
    subject text not null
);
