-- Name search by word for PostgreSQL: every word of company_key (split on spaces) with its company, so
-- "Ромашка" finds "Большая Ромашка" through an index range on word instead of reading every name.
-- The application keeps it current on each save (Contacts\WordIndex); this fills it for the
-- organisations that exist already. A statement ends with ';' at the end of a line.
CREATE TABLE kcrm_company_word (
    company_id BIGINT NOT NULL REFERENCES kcrm_company (id) ON DELETE CASCADE,
    word TEXT NOT NULL,
    PRIMARY KEY (company_id, word)
);
CREATE INDEX kcrm_company_word_word ON kcrm_company_word (word, company_id);
INSERT INTO kcrm_company_word (company_id, word)
    SELECT DISTINCT c.id, w.word FROM kcrm_company c, unnest(string_to_array(c.company_key, ' ')) AS w (word) WHERE w.word <> '';
