-- Records belong to a project (module project); existing ones go to the default project.
alter table sample.sample add column project_code varchar(32) not null default 'GENERAL';
alter table process.step add column project_code varchar(32) not null default 'GENERAL';
create index sample_project_idx on sample.sample (project_code, created_at desc);
