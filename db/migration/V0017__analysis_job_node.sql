-- Module analysis: which application node took a job up (for operations, and to show that nodes share the work).
alter table analysis.job add column claimed_by varchar(120);
