DROP TABLE publication_terms;
DROP TABLE request_counts;
DROP TABLE direct_requests;
