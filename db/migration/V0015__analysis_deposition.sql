-- Module analysis: deposition logs are analysed for their coating run (a process step), not a cell.
alter table analysis.job
    alter column cell_code drop not null,
    add column step_id bigint,
    add constraint job_target_ck check (cell_code is not null or step_id is not null);

alter table analysis.result
    alter column cell_code drop not null,
    add column step_id bigint,
    add column layers jsonb,
    drop constraint result_kind_ck,
    add constraint result_kind_ck check (kind in ('CYCLING', 'IMPEDANCE', 'DEPOSITION'));

create index result_step_idx on analysis.result (step_id, computed_at desc) where current;
