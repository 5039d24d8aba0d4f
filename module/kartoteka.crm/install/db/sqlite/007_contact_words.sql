-- Contact person search by word for SQLite: the words of person_key, of the lower-cased last, first
-- and middle names (split on spaces), each e-mail address lower-cased whole and its domain, with their person, so
-- "Петрович", "iva" or "anna@" find a person through an index range on word instead of reading every
-- name. The application keeps it current on each save and import (Contacts\ContactWords); this fills
-- it for the persons that exist already (LOWER is the Unicode one the connection registers).
-- A word is stored by its first 100 characters. A statement ends with ';' at the end of a line.
CREATE TABLE kcrm_contact_word (
    contact_id INTEGER NOT NULL REFERENCES kcrm_contact (id) ON DELETE CASCADE,
    word TEXT NOT NULL,
    PRIMARY KEY (contact_id, word)
);
CREATE INDEX kcrm_contact_word_word ON kcrm_contact_word (word, contact_id);
WITH RECURSIVE split (contact_id, word, rest) AS (
    SELECT id, '', COALESCE(person_key, '') || ' ' || LOWER(COALESCE(last_name, '')) || ' '
        || LOWER(COALESCE(first_name, '')) || ' ' || LOWER(COALESCE(middle_name, '')) || ' ' FROM kcrm_contact
    UNION ALL
    SELECT contact_id, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1) FROM split WHERE rest <> ''
),
address (contact_id, address) AS (
    SELECT e.owner_id, REPLACE(LOWER(e.raw), ' ', '') FROM kcrm_email e JOIN kcrm_contact p ON p.id = e.owner_id WHERE e.owner_type = 'contact'
)
INSERT INTO kcrm_contact_word (contact_id, word)
    SELECT contact_id, substr(word, 1, 100) FROM split WHERE word <> ''
    UNION
    SELECT contact_id, substr(address, 1, 100) FROM address WHERE address <> ''
    UNION
    SELECT contact_id, substr(address, instr(address, '@') + 1, 100) FROM address WHERE instr(address, '@') > 0 AND substr(address, instr(address, '@') + 1) <> '';
