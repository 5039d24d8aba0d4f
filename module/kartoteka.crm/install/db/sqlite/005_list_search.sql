-- Lists and search on large card files for SQLite: the list sorts as composite indexes that start
-- with deleted_at (live or deleted cards), so a page is read in index order, deep pages included;
-- INN/OGRN/orgnr and company_key prefixes and phone numbers use the indexes of 001.
-- A statement ends with ';' at the end of a line.
CREATE INDEX kcrm_company_list_name ON kcrm_company (deleted_at, company_key, name);
CREATE INDEX kcrm_company_list_created ON kcrm_company (deleted_at, created_at);
CREATE INDEX kcrm_company_list_city ON kcrm_company (deleted_at, city, company_key);
CREATE INDEX kcrm_contact_list_name ON kcrm_contact (deleted_at, last_name, first_name);
CREATE INDEX kcrm_contact_list_city ON kcrm_contact (deleted_at, city, last_name);
