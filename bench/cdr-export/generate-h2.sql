-- Call records for the CDR export benchmark, written into the demo enterprise (武汉总机演示科技) of an
-- H2 database the engine created. run.sh runs this once per chunk with @FIRST and @LAST set:
-- outbound calls of the five activated demo employees, every 2 s from 2026-11-01 00:00 Beijing time,
-- a third each to a colleague, to the demo external contact and to another number; 0-599 s connected,
-- billed per started minute at 0.096 yuan; every 20th marked personal, every 10th with a note.
insert into call_record (enterprise_id, direction, status, end_reason, caller_employee_id, caller_number,
                         callee_employee_id, callee_contact_id, callee_number, callee_identity, office_number,
                         started_at, answered_at, ended_at, duration_seconds, billed_minutes, cost_thousandths,
                         price_per_minute_thousandths, personal, note)
select @ENTERPRISE, 'OUTBOUND', 'ENDED', 'HUNG_UP', a.id, a.mobile,
       case when mod(r.x, 3) = 0 then b.id end,
       case when mod(r.x, 3) = 1 then @CONTACT end,
       case mod(r.x, 3) when 0 then b.mobile when 1 then '13807100077'
                        else '139' || lpad(cast(mod(r.x * 31, 100000000) as varchar), 8, '0') end,
       case mod(r.x, 3) when 0 then 'COLLEAGUE' when 1 then 'EXTERNAL_CONTACT' else 'OTHER' end,
       '02787654321',
       dateadd(second, r.x * 2, timestamp with time zone '2026-10-31 16:00:00+00'),
       dateadd(second, r.x * 2 + 8, timestamp with time zone '2026-10-31 16:00:00+00'),
       dateadd(second, r.x * 2 + 8 + r.d, timestamp with time zone '2026-10-31 16:00:00+00'),
       r.d, (r.d + 59) / 60, (r.d + 59) / 60 * 96, 96,
       mod(r.x, 20) = 0,
       case when mod(r.x, 10) = 0 then '客户回访，约下周二上门 ' || r.x end
from (select x, mod(x * 7919, 600) as d from system_range(@FIRST, @LAST)) r
join bench_employee a on a.n = mod(r.x, 5)
join bench_employee b on b.n = mod(r.x + 1, 5);
