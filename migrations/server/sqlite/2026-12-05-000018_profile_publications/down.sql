DROP TABLE profile_publications;
