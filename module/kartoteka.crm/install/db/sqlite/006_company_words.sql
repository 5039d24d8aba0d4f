-- Name search by word for SQLite: every word of company_key (split on spaces) with its company, so
-- "Ромашка" finds "Большая Ромашка" through an index range on word instead of reading every name.
-- The application keeps it current on each save (Contacts\WordIndex); this fills it for the
-- organisations that exist already. A statement ends with ';' at the end of a line.
CREATE TABLE kcrm_company_word (
    company_id INTEGER NOT NULL REFERENCES kcrm_company (id) ON DELETE CASCADE,
    word TEXT NOT NULL,
    PRIMARY KEY (company_id, word)
);
CREATE INDEX kcrm_company_word_word ON kcrm_company_word (word, company_id);
WITH RECURSIVE split (company_id, word, rest) AS (
    SELECT id, '', company_key || ' ' FROM kcrm_company
    UNION ALL
    SELECT company_id, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1) FROM split WHERE rest <> ''
)
INSERT INTO kcrm_company_word (company_id, word) SELECT DISTINCT company_id, word FROM split WHERE word <> '';
