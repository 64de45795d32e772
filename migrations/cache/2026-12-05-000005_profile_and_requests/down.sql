DROP TABLE requests;
DROP TABLE profile;
