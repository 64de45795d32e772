DROP TABLE job_postings;
