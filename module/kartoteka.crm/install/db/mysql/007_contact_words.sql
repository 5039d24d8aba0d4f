-- Contact person search by word for MySQL/MariaDB: the words of person_key, of the lower-cased last,
-- first and middle names (split on spaces), each e-mail address lower-cased whole and its domain, with their
-- person, so "Петрович", "iva" or "anna@" find a person through an index range on word instead of
-- reading every name. The application keeps it current on each save and import
-- (Contacts\ContactWords); this fills it for the persons that exist already. No unique key:
-- utf8mb4_unicode_ci holds some words equal that the application, comparing bytes, writes both of.
-- A word is stored by its first 100 characters. A statement ends with ';' at the end of a line.
CREATE TABLE kcrm_contact_word (
    contact_id BIGINT NOT NULL,
    word VARCHAR(255) NOT NULL,
    KEY kcrm_contact_word_contact (contact_id),
    CONSTRAINT kcrm_contact_word_contact FOREIGN KEY (contact_id) REFERENCES kcrm_contact (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX kcrm_contact_word_word ON kcrm_contact_word (word, contact_id);
INSERT INTO kcrm_contact_word (contact_id, word)
WITH RECURSIVE split (contact_id, word, rest) AS (
    SELECT id, CAST('' AS CHAR(1100) CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci,
        CAST(CONCAT(COALESCE(person_key, ''), ' ', LOWER(COALESCE(last_name, '')), ' ', LOWER(COALESCE(first_name, '')), ' ',
        LOWER(COALESCE(middle_name, '')), ' ') AS CHAR(1100) CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci FROM kcrm_contact
    UNION ALL
    SELECT contact_id, SUBSTRING(rest, 1, LOCATE(' ', rest) - 1), SUBSTRING(rest, LOCATE(' ', rest) + 1) FROM split WHERE LOCATE(' ', rest) > 0
),
address (contact_id, address) AS (
    SELECT e.owner_id, REPLACE(LOWER(e.raw), ' ', '') FROM kcrm_email e JOIN kcrm_contact p ON p.id = e.owner_id WHERE e.owner_type = 'contact'
)
SELECT DISTINCT contact_id, SUBSTRING(word, 1, 100) FROM split WHERE word <> ''
UNION
SELECT contact_id, SUBSTRING(address, 1, 100) FROM address WHERE address <> ''
UNION
SELECT contact_id, SUBSTRING(address, LOCATE('@', address) + 1, 100) FROM address WHERE LOCATE('@', address) > 0 AND SUBSTRING(address, LOCATE('@', address) + 1) <> '';
