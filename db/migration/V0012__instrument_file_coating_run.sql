-- Module instrument: a deposition-controller log belongs to a coating run (a process step), as a cycler file
-- belongs to a cell.
alter table instrument.instrument_file add column step_id bigint;

create index instrument_file_step_idx on instrument.instrument_file (step_id);
