DROP TABLE employer_registrations;
