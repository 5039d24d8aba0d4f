/* Streaming XLSX reader: sheet XML inflated out of the zip and parsed with expat, rows of UTF-8 values out. */
#ifndef CRM_IMPORT_XLSX_H
#define CRM_IMPORT_XLSX_H

#include <stddef.h>
#include <stdint.h>

#include "csv.h"

typedef enum crm_xlsx_error_code {
	CRM_XLSX_OK = 0,
	CRM_XLSX_E_IO,				/* the file cannot be read */
	CRM_XLSX_E_MEMORY,			/* malloc failed */
	CRM_XLSX_E_OPTION,			/* an option is out of range */
	CRM_XLSX_E_UNSUPPORTED,		/* not an XLSX workbook: .xls, .ods, .numbers, another zip */
	CRM_XLSX_E_ENCRYPTED,		/* password-protected workbook or encrypted zip entry */
	CRM_XLSX_E_UNSAFE,			/* zip bomb (size or ratio limit), DTD or entity declaration */
	CRM_XLSX_E_CORRUPT,			/* truncated or damaged zip, malformed XML, bad references */
	CRM_XLSX_E_MISSING_SHEET,	/* the sheet asked for does not exist */
	CRM_XLSX_E_FIELD_TOO_LONG	/* a value over max_field_bytes */
} crm_xlsx_error_code;

/* row/column 1-based, 0 where they do not apply; sheet is "" before a sheet is chosen. */
typedef struct crm_xlsx_error {
	crm_xlsx_error_code code;
	uint64_t row;
	uint32_t column;
	char sheet[128];
	char message[200];
} crm_xlsx_error;

#define CRM_XLSX_DEFAULT_MAX_UNCOMPRESSED	(1ull << 30)
#define CRM_XLSX_DEFAULT_MAX_RATIO			200u
/* The ratio limit applies once an entry has inflated past this many bytes: small parts
 * (styles, a few rows of blank cells) compress far better than data and are harmless. */
#define CRM_XLSX_RATIO_SLACK				(4ull << 20)
#define CRM_XLSX_MAX_COLUMNS				16384u	/* XFD */

/* Zero-initialise (or crm_xlsx_options_init) and set what you need. */
typedef struct crm_xlsx_options {
	const char *sheet_name;			/* pick a sheet by name (exact, UTF-8) ... */
	long sheet_index;				/* ... or by 0-based index; -1: first visible sheet */
	int keep_empty_rows;			/* 1: rows without values (and rows missing from the XML) are returned empty */
	crm_csv_header_mode header;
	uint64_t max_uncompressed_bytes;	/* total inflated bytes; 0: 1 GiB */
	unsigned max_compression_ratio;		/* per zip entry; 0: 200 */
	size_t max_field_bytes;			/* 0: 1 MiB */
} crm_xlsx_options;

/* One value: data[off .. off+len), NUL-terminated; null = the cell is empty or absent. */
typedef struct crm_xlsx_field {
	uint32_t off;
	uint32_t len;
	uint32_t null;
} crm_xlsx_field;

/* Valid until the next crm_xlsx_next() or crm_xlsx_close(). count = position of the last
 * non-empty cell (trailing empty cells are not fields); row = the sheet's row number. */
typedef struct crm_xlsx_row {
	const char *data;
	const crm_xlsx_field *fields;
	size_t count;
	uint64_t row;
} crm_xlsx_row;

typedef struct crm_xlsx_sheet {
	const char *name;
	int hidden;		/* 0 visible, 1 hidden, 2 very hidden */
} crm_xlsx_sheet;

/* An in-memory part for crm_xlsx_open_parts (tests, fuzzing): a zip entry by its name. */
typedef struct crm_xlsx_part {
	const char *name;
	const void *data;
	size_t len;
} crm_xlsx_part;

typedef struct crm_xlsx crm_xlsx;

void crm_xlsx_options_init(crm_xlsx_options *opt);

/* Opens a workbook from a file descriptor (dup()ed; the caller keeps and closes its own),
 * a buffer (must outlive the reader), or named parts without a zip. Reads the workbook,
 * shared strings, styles and the sheet's merged cells, and the header row when asked.
 * NULL on failure with err filled. */
crm_xlsx *crm_xlsx_open_fd(int fd, const crm_xlsx_options *opt, crm_xlsx_error *err);
crm_xlsx *crm_xlsx_open_buffer(const void *data, size_t len, const crm_xlsx_options *opt, crm_xlsx_error *err);
crm_xlsx *crm_xlsx_open_parts(const crm_xlsx_part *parts, size_t n, const crm_xlsx_options *opt, crm_xlsx_error *err);

/* 1 = a row, 0 = end of the sheet, -1 = error (err filled; later calls fail the same way). */
int crm_xlsx_next(crm_xlsx *x, crm_xlsx_row *row, crm_xlsx_error *err);

const crm_xlsx_row *crm_xlsx_header(const crm_xlsx *x);	/* NULL when there is none */
size_t crm_xlsx_sheet_count(const crm_xlsx *x);
const crm_xlsx_sheet *crm_xlsx_sheet_at(const crm_xlsx *x, size_t i);
size_t crm_xlsx_sheet_current(const crm_xlsx *x);
void crm_xlsx_close(crm_xlsx *x);

/* Given an OLE2 compound file (D0 CF 11 E0 …) read from its first byte: 1 when it holds an
 * EncryptionInfo or EncryptedPackage stream (a password-protected OOXML workbook), 0 when
 * not (an Excel 97-2003 .xls or another OLE2 document), -1 on a read error. Directory
 * entries sit at 128-byte boundaries after the 512-byte header; their UTF-16LE names are
 * matched there, reading at most 256 MiB. */
int crm_xlsx_ole2_encrypted(crm_read_fn read, void *ctx);

/* Cell reference "BC12" → column 55 and row 12 (either may be 0 if absent); -1 if malformed. */
int crm_xlsx_parse_ref(const char *s, size_t len, uint32_t *column, uint64_t *row);

/* "_x000D_" escapes of OOXML strings decoded in place (a lone "_x005F_" is "_"); returns the new length. */
size_t crm_xlsx_unescape(char *s, size_t len);

#endif
