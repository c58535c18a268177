-- The same call records as generate-h2.sql, for PostgreSQL (psql -v rows=1000000 -f generate-postgres.sql).
select e.id as enterprise, c.id as contact
from enterprise e join external_contact c on c.enterprise_id = e.id and c.name = '陈先生'
where e.name = '武汉总机演示科技有限公司' \gset
create temporary table bench_employee as
    select (row_number() over (order by id) - 1)::int as n, id, mobile
    from employee where enterprise_id = :enterprise and activated;
insert into call_record (enterprise_id, direction, status, end_reason, caller_employee_id, caller_number,
                         callee_employee_id, callee_contact_id, callee_number, callee_identity, office_number,
                         started_at, answered_at, ended_at, duration_seconds, billed_minutes, cost_thousandths,
                         price_per_minute_thousandths, personal, note)
select :enterprise, 'OUTBOUND', 'ENDED', 'HUNG_UP', a.id, a.mobile,
       case when r.x % 3 = 0 then b.id end,
       case when r.x % 3 = 1 then :contact end,
       case r.x % 3 when 0 then b.mobile when 1 then '13807100077'
                    else '139' || lpad(((r.x * 31) % 100000000)::text, 8, '0') end,
       case r.x % 3 when 0 then 'COLLEAGUE' when 1 then 'EXTERNAL_CONTACT' else 'OTHER' end,
       '02787654321',
       timestamptz '2026-10-31 16:00:00+00' + r.x * interval '2 second',
       timestamptz '2026-10-31 16:00:00+00' + (r.x * 2 + 8) * interval '1 second',
       timestamptz '2026-10-31 16:00:00+00' + (r.x * 2 + 8 + r.d) * interval '1 second',
       r.d, (r.d + 59) / 60, (r.d + 59) / 60 * 96, 96,
       r.x % 20 = 0,
       case when r.x % 10 = 0 then '客户回访，约下周二上门 ' || r.x end
from (select x, (x * 7919) % 600 as d from generate_series(1::bigint, :rows) x) r
join bench_employee a on a.n = r.x % 5
join bench_employee b on b.n = (r.x + 1) % 5;
analyze call_record;
