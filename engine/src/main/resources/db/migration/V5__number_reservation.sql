-- A picked office number is held for its enterprise until confirmation or until this moment passes;
-- an expired reservation counts as free for everyone else, even before the process releases it.
alter table office_number add column reserved_until timestamp with time zone;
