-- Schema version 2: the standard departments and the default SLA rules from the team rules the
-- product follows (PRODUCT.md "SLA"): service hours every day 08:00–24:00; consultations answered
-- within 30 minutes, complaints within 60, other types within 60; resolution within 24 service
-- hours.

INSERT INTO departments (code, name) VALUES
    ('customer_service', 'Customer service'),
    ('tech_support', 'Tech support'),
    ('logistics', 'Logistics coordination'),
    ('complaints', 'Complaint center');

INSERT INTO sla_calendars (id, name, time_zone) VALUES (1, 'Standard service hours', NULL);

INSERT INTO sla_calendar_hours (calendar_id, weekday, start_minute, end_minute) VALUES
    (1, 1, 480, 1440), (1, 2, 480, 1440), (1, 3, 480, 1440), (1, 4, 480, 1440),
    (1, 5, 480, 1440), (1, 6, 480, 1440), (1, 7, 480, 1440);

INSERT INTO sla_policies (name, platform, type, priority, first_response_minutes, resolution_minutes, calendar_id, precedence) VALUES
    ('Consultation', NULL, 'consultation', NULL, 30, 1440, 1, 10),
    ('Complaint', NULL, 'complaint', NULL, 60, 1440, 1, 10),
    ('Default', NULL, NULL, NULL, 60, 1440, 1, 1000);
