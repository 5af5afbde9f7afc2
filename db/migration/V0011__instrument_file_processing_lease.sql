-- Module instrument: received files wait durably for parsing. A node claims one by setting its lease; a file whose
-- lease ran out (the node died) is claimed again, up to a few attempts.
alter table instrument.instrument_file
    add column processing_lease_until timestamptz,
    add column processing_attempts    integer not null default 0;

create index instrument_file_pending_idx on instrument.instrument_file (received_at)
    where state = 'RECEIVED';
