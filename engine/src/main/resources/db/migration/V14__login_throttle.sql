-- Failed logins per username and per client address, counted in a window that starts at the first
-- failure. Kept in the database so that every node of a cluster refuses the same locked login.
create table login_failure (
    subject           varchar(200) primary key,
    failures          integer      not null,
    window_started_at timestamp with time zone not null
);

create index login_failure_window on login_failure (window_started_at);
