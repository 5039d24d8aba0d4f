-- Undoes 007_contact_words: drops the word index table.
DROP TABLE kcrm_contact_word;
