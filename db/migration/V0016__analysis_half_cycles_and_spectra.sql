-- Module analysis: symmetric cells' half-cycles and EIS fits, kept with their results.
alter table analysis.result
    add column half_cycles jsonb,
    add column spectra     jsonb;
