DROP TABLE seeker_profiles;
