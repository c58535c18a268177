-- Call permissions: monthly minutes per employee (department default, personal override) and the
-- enterprise's switch restricting calls to colleagues and external contacts. A null quota means none
-- is set at that level: an employee falls back to the department, a department to its parent, and
-- without any, calls are not limited by minutes.

alter table department add column default_monthly_minutes integer;
alter table department add constraint department_default_monthly_minutes_not_negative
    check (default_monthly_minutes >= 0);

alter table employee add column monthly_minutes integer;
alter table employee add constraint employee_monthly_minutes_not_negative
    check (monthly_minutes >= 0);

alter table enterprise add column restrict_to_colleagues_and_contacts boolean not null default false;
