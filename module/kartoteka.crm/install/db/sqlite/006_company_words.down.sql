-- Undoes 006_company_words: drops the word index table.
DROP TABLE kcrm_company_word;
