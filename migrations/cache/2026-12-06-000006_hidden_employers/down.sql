DROP TABLE hidden_employers;
