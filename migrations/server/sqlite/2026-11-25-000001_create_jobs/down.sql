DROP TABLE service_settings;
DROP TABLE jobs;
DROP TABLE change_counters;
DROP TABLE employers;
DROP TABLE offices;
