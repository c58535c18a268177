-- Manual-service hours an enterprise set for itself. No row: the platform default from the
-- service-window decision table applies. Times are Beijing wall-clock times; opens is inside the
-- window, closes is not.
create table service_hours (
    enterprise_id   bigint  primary key references enterprise (id),
    opens           time    not null,
    closes          time    not null,
    serves_weekends boolean not null,
    serves_holidays boolean not null,
    constraint service_hours_opens_before_closes check (opens < closes)
);
