-- Name search by word for MySQL/MariaDB: every word of company_key (split on spaces) with its company, so
-- "Ромашка" finds "Большая Ромашка" through an index range on word instead of reading every name.
-- The application keeps it current on each save (Contacts\WordIndex); this fills it for the
-- organisations that exist already. No unique key: utf8mb4_unicode_ci holds some words equal that
-- the application, comparing bytes, writes both of. A statement ends with ';' at the end of a line.
CREATE TABLE kcrm_company_word (
    company_id BIGINT NOT NULL,
    word VARCHAR(255) NOT NULL,
    KEY kcrm_company_word_company (company_id),
    CONSTRAINT kcrm_company_word_company FOREIGN KEY (company_id) REFERENCES kcrm_company (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX kcrm_company_word_word ON kcrm_company_word (word, company_id);
INSERT INTO kcrm_company_word (company_id, word)
WITH RECURSIVE split (company_id, word, rest) AS (
    SELECT id, CAST('' AS CHAR(255)), CAST(CONCAT(company_key, ' ') AS CHAR(256)) FROM kcrm_company
    UNION ALL
    SELECT company_id, SUBSTRING(rest, 1, LOCATE(' ', rest) - 1), SUBSTRING(rest, LOCATE(' ', rest) + 1) FROM split WHERE LOCATE(' ', rest) > 0
)
SELECT DISTINCT company_id, word FROM split WHERE word <> '';
