-- Contact person search by word for PostgreSQL: the words of person_key, of the lower-cased last,
-- first and middle names (split on spaces), each e-mail address lower-cased whole and its domain, with their
-- person, so "Петрович", "iva" or "anna@" find a person through an index range on word instead of
-- reading every name. The application keeps it current on each save and import
-- (Contacts\ContactWords); this fills it for the persons that exist already.
-- A word is stored by its first 100 characters. A statement ends with ';' at the end of a line.
CREATE TABLE kcrm_contact_word (
    contact_id BIGINT NOT NULL REFERENCES kcrm_contact (id) ON DELETE CASCADE,
    word TEXT NOT NULL,
    PRIMARY KEY (contact_id, word)
);
CREATE INDEX kcrm_contact_word_word ON kcrm_contact_word (word, contact_id);
INSERT INTO kcrm_contact_word (contact_id, word)
    WITH address (contact_id, address) AS (
        SELECT e.owner_id, replace(lower(e.raw), ' ', '') FROM kcrm_email e JOIN kcrm_contact p ON p.id = e.owner_id WHERE e.owner_type = 'contact'
    )
    SELECT p.id, substr(w.word, 1, 100)
    FROM kcrm_contact p, unnest(string_to_array(COALESCE(p.person_key, '') || ' ' || lower(COALESCE(p.last_name, '')) || ' '
        || lower(COALESCE(p.first_name, '')) || ' ' || lower(COALESCE(p.middle_name, '')), ' ')) AS w (word)
    WHERE w.word <> ''
    UNION
    SELECT contact_id, substr(address, 1, 100) FROM address WHERE address <> ''
    UNION
    SELECT contact_id, substr(address, strpos(address, '@') + 1, 100) FROM address WHERE strpos(address, '@') > 0 AND substr(address, strpos(address, '@') + 1) <> '';
