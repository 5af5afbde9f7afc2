-- Module demo: which demo scenarios this installation has loaded (loading twice would duplicate them).
create schema if not exists demo;

create table demo.loaded (
    scenario   varchar(100) primary key,
    seed       bigint       not null,
    loaded_by  varchar(64)  not null,
    loaded_at  timestamptz  not null
);
