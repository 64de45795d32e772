DROP TABLE counselor_actions;
