/* Streaming CSV/TSV tokenizer: any supported encoding in, rows of UTF-8 field slices out. */
#ifndef CRM_IMPORT_CSV_H
#define CRM_IMPORT_CSV_H

#include <stddef.h>
#include <stdint.h>

#include "encoding.h"

/* Reads up to cap bytes into buf: bytes read, 0 at EOF, -1 on an I/O error. The binding
 * feeds it from a PHP stream or fd; it may return fewer bytes than asked at any time. */
typedef long (*crm_read_fn)(void *ctx, unsigned char *buf, size_t cap);

typedef enum crm_csv_error_code {
	CRM_CSV_OK = 0,
	CRM_CSV_E_IO,			/* the read callback failed */
	CRM_CSV_E_MEMORY,		/* malloc/realloc failed */
	CRM_CSV_E_OPTION,		/* an option is out of range */
	CRM_CSV_E_ENCODING,		/* bytes invalid in the encoding (and invalid = error) */
	CRM_CSV_E_NUL,			/* a NUL byte (or U+0000) in the text */
	CRM_CSV_E_UNTERMINATED,	/* end of file inside a quoted field; row = where it started */
	CRM_CSV_E_FIELD_TOO_LONG,	/* a field over max_field_bytes of UTF-8 */
	CRM_CSV_E_ROW_TOO_LONG		/* a row over CRM_CSV_MAX_FIELDS fields or 2 GiB */
} crm_csv_error_code;

/* row and column are 1-based (column = field index in the row); 0 where they do not apply.
 * message is short developer English; the binding localises by code. */
typedef struct crm_error {
	crm_csv_error_code code;
	uint64_t row;
	uint32_t column;
	char message[120];
} crm_error;

typedef enum { CRM_CSV_HEADER_AUTO = 0, CRM_CSV_HEADER_YES, CRM_CSV_HEADER_NO } crm_csv_header_mode;
typedef enum { CRM_CSV_INVALID_ERROR = 0, CRM_CSV_INVALID_REPLACE } crm_csv_invalid_mode;

#define CRM_CSV_DEFAULT_MAX_FIELD	(1u << 20)
#define CRM_CSV_DEFAULT_BUFFER		(256u << 10)
#define CRM_CSV_DEFAULT_SAMPLE		(64u << 10)
#define CRM_CSV_MAX_FIELDS			(1u << 20)
#define CRM_CSV_HEADER_SAMPLE_ROWS	20

/* Zero-initialise (or crm_csv_options_init) and set what you need: 0 means "default/auto". */
typedef struct crm_csv_options {
	crm_encoding encoding;		/* CRM_ENC_AUTO: detect */
	char delimiter;				/* 0: detect among ; , TAB | */
	crm_csv_header_mode header;
	crm_csv_invalid_mode invalid;	/* REPLACE writes U+FFFD for each invalid byte/unit */
	size_t max_field_bytes;		/* UTF-8 bytes per field; 0: 1 MiB */
	size_t buffer_bytes;		/* read buffer; 0: 256 KiB; at least 16 */
	size_t sample_bytes;		/* read before detection; 0: 64 KiB; capped at buffer_bytes */
} crm_csv_options;

/* One field: UTF-8 bytes data[off .. off+len) of its row. quoted tells "" from an empty
 * unquoted field, so the binding can map only the latter to null. */
typedef struct crm_field {
	uint32_t off;
	uint32_t len;
	uint32_t quoted;
} crm_field;

/* A row; everything in it stays valid until the next crm_csv_next() or crm_csv_close().
 * data[off+len] of every field is a NUL byte, so fields can also be read as C strings. */
typedef struct crm_row {
	const char *data;
	const crm_field *fields;
	size_t count;		/* >= 1; ragged rows give the fields they have */
	uint64_t line;		/* 1-based source line where the row began */
} crm_row;

typedef struct crm_csv crm_csv;

void crm_csv_options_init(crm_csv_options *opt);

/* Reads a sample, detects what opt leaves on auto, and reads the header row if there is one.
 * NULL on failure with err filled (bad option, I/O error, out of memory). Errors in the data
 * of the first rows are not reported here but by crm_csv_next() when it reaches them. */
crm_csv *crm_csv_open(const crm_csv_options *opt, crm_read_fn read, void *ctx, crm_error *err);

/* 1 = a row, 0 = end of file, -1 = error (err filled; every later call fails the same way).
 * Blank lines and lines holding one empty field are skipped; the header row is not returned. */
int crm_csv_next(crm_csv *csv, crm_row *row, crm_error *err);

/* The header row when there is one (detected or header = YES), else NULL. */
const crm_row *crm_csv_header(const crm_csv *csv);

crm_encoding crm_csv_encoding(const crm_csv *csv);
const char *crm_csv_encoding_name(const crm_csv *csv);
int crm_csv_bom(const crm_csv *csv);	/* whether a byte order mark was skipped */
char crm_csv_delimiter(const crm_csv *csv);
int crm_csv_has_header(const crm_csv *csv);

void crm_csv_close(crm_csv *csv);

/* Delimiter most consistent over the sample's first rows (field count > 1, the same in the
 * most rows), parsing quotes as the tokenizer does; 0 if no candidate splits the rows.
 * s must be ASCII-compatible (UTF-8 or a single-byte code page). */
char crm_csv_detect_delimiter(const unsigned char *s, size_t len, int at_eof);

/* Whether rows[0] looks like a header over the rows that follow: every field non-empty,
 * distinct, none looks like data (number, phone, date, e-mail), and some column where the
 * header has a name holds mostly such data values further down. */
int crm_csv_guess_header(const crm_row *rows, size_t n);

#endif
