DROP TABLE seen_items;
DROP TABLE introductions;
DROP TABLE read_marks;
DROP TABLE message_outbox;
DROP INDEX messages_thread_idx;
DROP TABLE messages;
DROP TABLE threads;
