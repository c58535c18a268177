-- CDR reports: the external contact a call was placed to (its name and company are the callee's columns),
-- and indexes for a month's report of an enterprise or of one employee, read in (started_at, id) order.
alter table call_record add column callee_contact_id bigint references external_contact (id);
create index call_record_report on call_record (enterprise_id, started_at, id);
create index call_record_caller_time on call_record (caller_employee_id, started_at);
create index call_record_callee_time on call_record (callee_employee_id, started_at);
