DROP TABLE counselling_sessions;
