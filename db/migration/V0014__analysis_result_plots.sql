-- Module analysis: what the cell page plots, kept with each result (the raw rows are not kept).
alter table analysis.result
    add column series   jsonb,
    add column profiles jsonb;
