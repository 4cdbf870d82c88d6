-- Who changed governance, when and what (issue 12): one row per write through the entry point, in its transaction.
create table governance.change_log (
    id          bigserial primary key,
    at          timestamptz not null default now(),
    username    text not null,
    role        text not null,
    action      text not null,
    detail      text not null
);
