DROP TABLE thread_reads;
DROP TABLE messages;
DROP TABLE message_threads;
