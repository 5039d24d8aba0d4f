/* Crm\Import\Reader: options in, the file streamed through src/core/import, rows out as PHP arrays. */
#include "crm_php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "main/php_streams.h"

#include "core/import/csv.h"
#include "core/import/xlsx.h"

zend_class_entry *crm_ce_Import_Reader;
static zend_object_handlers crm_reader_handlers;

/* The first bytes of the file, read before the tokenizer starts so the format can be told by
 * content; the read callback hands them out first. */
#define CRM_SNIFF_BYTES 8

typedef struct crm_reader {
	crm_csv *csv;
	crm_xlsx *xlsx;
	char *xlsx_data;            /* the whole file, for streams without a file descriptor */
	php_stream *stream;
	zend_string *path;
	zval header;                /* list of strings, or IS_NULL */
	zend_long last_line;        /* rowNumber(): source line of the last row returned */
	zend_long rows;             /* data rows returned so far */
	zend_long max_rows;         /* 0: no limit */
	bool empty_null;
	bool done;                  /* end of file, max_rows reached, or an error was thrown */
	unsigned char sniff[CRM_SNIFF_BYTES];
	size_t sniff_len, sniff_pos;
	zend_object std;
} crm_reader;

static inline crm_reader *crm_reader_from(zend_object *obj)
{
	return (crm_reader *) ((char *) obj - XtOffsetOf(crm_reader, std));
}
#define Z_CRM_READER_P(zv) crm_reader_from(Z_OBJ_P(zv))

static long crm_reader_read(void *ctx, unsigned char *buf, size_t cap)
{
	crm_reader *r = ctx;
	ssize_t n;

	if (r->sniff_pos < r->sniff_len) {
		size_t k = MIN(cap, r->sniff_len - r->sniff_pos);
		memcpy(buf, r->sniff + r->sniff_pos, k);
		r->sniff_pos += k;
		return (long) k;
	}
	n = php_stream_read(r->stream, (char *) buf, cap);
	return n < 0 ? -1 : (long) n;
}

static zend_object *crm_reader_create(zend_class_entry *ce)
{
	crm_reader *r = zend_object_alloc(sizeof(crm_reader), ce);

	zend_object_std_init(&r->std, ce);
	object_properties_init(&r->std, ce);
	r->std.handlers = &crm_reader_handlers;
	ZVAL_NULL(&r->header);
	return &r->std;
}

static void crm_reader_free(zend_object *obj)
{
	crm_reader *r = crm_reader_from(obj);

	if (r->csv) {
		crm_csv_close(r->csv);
	}
	if (r->xlsx) {
		crm_xlsx_close(r->xlsx);
	}
	if (r->xlsx_data) {
		efree(r->xlsx_data);
	}
	if (r->stream) {
		php_stream_close(r->stream);
	}
	if (r->path) {
		zend_string_release(r->path);
	}
	zval_ptr_dtor(&r->header);
	zend_object_std_dtor(obj);
}

static zend_long crm_import_code(crm_csv_error_code code)
{
	switch (code) {
		case CRM_CSV_E_ENCODING:       return CRM_IMPORT_E_ENCODING;
		case CRM_CSV_E_NUL:            return CRM_IMPORT_E_NUL_BYTE;
		case CRM_CSV_E_UNTERMINATED:   return CRM_IMPORT_E_UNTERMINATED_QUOTE;
		case CRM_CSV_E_FIELD_TOO_LONG: return CRM_IMPORT_E_FIELD_TOO_LONG;
		case CRM_CSV_E_ROW_TOO_LONG:   return CRM_IMPORT_E_ROW_TOO_LONG;
		default:                       return CRM_IMPORT_E_UNREADABLE;
	}
}

static void crm_reader_throw(const char *path, const crm_error *err)
{
	crm_throw_import_error(crm_import_code(err->code), path, err->row, err->column, "%s", err->message);
}

/* A row as a packed list: empty fields become "" or null, short rows are padded with null
 * to the header's width so that array_combine() with the header works; long rows keep
 * every field, since dropping data silently is worse than a ragged row. */
static void crm_reader_row_to_zval(const crm_reader *r, const crm_row *row, zval *out)
{
	uint32_t i, n = (uint32_t) row->count, width = n;

	if (Z_TYPE(r->header) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL(r->header)) > width) {
		width = zend_hash_num_elements(Z_ARRVAL(r->header));
	}
	array_init_size(out, width);
	zend_hash_real_init_packed(Z_ARRVAL_P(out));
	ZEND_HASH_FILL_PACKED(Z_ARRVAL_P(out)) {
		for (i = 0; i < n; i++) {
			const crm_field *f = &row->fields[i];
			if (f->len == 0) {
				if (r->empty_null) {
					ZEND_HASH_FILL_SET_NULL();
				} else {
					ZEND_HASH_FILL_SET_INTERNED_STR(ZSTR_EMPTY_ALLOC());
				}
			} else if (f->len == 1) {
				ZEND_HASH_FILL_SET_INTERNED_STR(ZSTR_CHAR((zend_uchar) row->data[f->off]));
			} else {
				ZEND_HASH_FILL_SET_STR(zend_string_init(row->data + f->off, f->len, 0));
			}
			ZEND_HASH_FILL_NEXT();
		}
		for (; i < width; i++) {
			ZEND_HASH_FILL_SET_NULL();
			ZEND_HASH_FILL_NEXT();
		}
	} ZEND_HASH_FILL_END();
}

static zend_long crm_import_xlsx_code(crm_xlsx_error_code code)
{
	switch (code) {
		case CRM_XLSX_E_UNSUPPORTED:    return CRM_IMPORT_E_UNSUPPORTED_FORMAT;
		case CRM_XLSX_E_ENCRYPTED:      return CRM_IMPORT_E_ENCRYPTED;
		case CRM_XLSX_E_UNSAFE:         return CRM_IMPORT_E_UNSAFE_FILE;
		case CRM_XLSX_E_CORRUPT:        return CRM_IMPORT_E_CORRUPT;
		case CRM_XLSX_E_MISSING_SHEET:  return CRM_IMPORT_E_MISSING_SHEET;
		case CRM_XLSX_E_FIELD_TOO_LONG: return CRM_IMPORT_E_FIELD_TOO_LONG;
		default:                        return CRM_IMPORT_E_UNREADABLE;
	}
}

static void crm_reader_throw_xlsx(const char *path, const crm_xlsx_error *err)
{
	crm_throw_import_error_sheet(crm_import_xlsx_code(err->code), path, err->sheet, err->row, err->column,
		"%s", err->message);
}

/* A workbook row: null fields stay null; padded with null to the header's width. */
static void crm_reader_xlsx_row_to_zval(const crm_reader *r, const crm_xlsx_row *row, zval *out)
{
	uint32_t i, n = (uint32_t) row->count, width = n;

	if (Z_TYPE(r->header) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL(r->header)) > width) {
		width = zend_hash_num_elements(Z_ARRVAL(r->header));
	}
	if (width == 0) {
		ZVAL_EMPTY_ARRAY(out);
		return;
	}
	array_init_size(out, width);
	zend_hash_real_init_packed(Z_ARRVAL_P(out));
	ZEND_HASH_FILL_PACKED(Z_ARRVAL_P(out)) {
		for (i = 0; i < n; i++) {
			const crm_xlsx_field *f = &row->fields[i];
			if (f->null) {
				ZEND_HASH_FILL_SET_NULL();
			} else if (f->len == 0) {
				ZEND_HASH_FILL_SET_INTERNED_STR(ZSTR_EMPTY_ALLOC());
			} else if (f->len == 1) {
				ZEND_HASH_FILL_SET_INTERNED_STR(ZSTR_CHAR((zend_uchar) row->data[f->off]));
			} else {
				ZEND_HASH_FILL_SET_STR(zend_string_init(row->data + f->off, f->len, 0));
			}
			ZEND_HASH_FILL_NEXT();
		}
		for (; i < width; i++) {
			ZEND_HASH_FILL_SET_NULL();
			ZEND_HASH_FILL_NEXT();
		}
	} ZEND_HASH_FILL_END();
}

static int crm_reader_next_xlsx(crm_reader *r, zval *out)
{
	crm_xlsx_row row;
	crm_xlsx_error err;
	int rc = crm_xlsx_next(r->xlsx, &row, &err);

	if (rc <= 0) {
		r->done = true;
		if (rc < 0) {
			crm_reader_throw_xlsx(ZSTR_VAL(r->path), &err);
		}
		return rc;
	}
	r->last_line = (zend_long) row.row;
	r->rows++;
	crm_reader_xlsx_row_to_zval(r, &row, out);
	return 1;
}

/* 1: a row in *out; 0: no more rows; -1: an exception was thrown. */
static int crm_reader_next(crm_reader *r, zval *out)
{
	crm_row row;
	crm_error err;
	int rc;

	if (r->done) {
		return 0;
	}
	if (r->max_rows && r->rows >= r->max_rows) {
		r->done = true;
		return 0;
	}
	if (r->xlsx) {
		return crm_reader_next_xlsx(r, out);
	}
	rc = crm_csv_next(r->csv, &row, &err);
	if (rc <= 0) {
		r->done = true;
		if (rc < 0) {
			crm_reader_throw(ZSTR_VAL(r->path), &err);
		}
		return rc;
	}
	r->last_line = (zend_long) row.line;
	r->rows++;
	crm_reader_row_to_zval(r, &row, out);
	return 1;
}

/* ---- options ---- */

typedef enum { CRM_FORMAT_AUTO, CRM_FORMAT_CSV, CRM_FORMAT_XLSX } crm_reader_format;

typedef struct crm_reader_options {
	crm_csv_options csv;
	crm_xlsx_options xlsx;
	crm_reader_format format;
	zend_long max_rows;
	bool empty_null;
} crm_reader_options;

static bool crm_option_is_auto(const zval *v)
{
	return Z_TYPE_P(v) == IS_STRING && zend_string_equals_literal_ci(Z_STR_P(v), "auto");
}

/* Fills *o from the options array; on misuse throws ValueError/TypeError and returns false. */
static bool crm_reader_parse_options(HashTable *options, crm_reader_options *o)
{
	zend_string *key;
	zval *v;

	crm_csv_options_init(&o->csv);
	crm_xlsx_options_init(&o->xlsx);
	o->format = CRM_FORMAT_AUTO;
	o->max_rows = 0;
	o->empty_null = false;

	ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, v) {
		ZVAL_DEREF(v);
		if (!key) {
			zend_argument_value_error(2, "must be an array with string keys (option names)");
			return false;
		}
		if (zend_string_equals_literal(key, "format")) {
			if (Z_TYPE_P(v) == IS_STRING && zend_string_equals_literal_ci(Z_STR_P(v), "csv")) {
				o->format = CRM_FORMAT_CSV;
			} else if (Z_TYPE_P(v) == IS_STRING && zend_string_equals_literal_ci(Z_STR_P(v), "xlsx")) {
				o->format = CRM_FORMAT_XLSX;
			} else if (!crm_option_is_auto(v)) {
				zend_argument_value_error(2, "option \"format\" must be \"auto\", \"csv\" or \"xlsx\"");
				return false;
			}
		} else if (zend_string_equals_literal(key, "encoding")) {
			crm_encoding enc;
			if (Z_TYPE_P(v) != IS_STRING
					|| (enc = crm_encoding_parse(Z_STRVAL_P(v), Z_STRLEN_P(v))) == CRM_ENC_INVALID) {
				zend_argument_value_error(2, "option \"encoding\" must be \"auto\" or one of UTF-8, UTF-16LE, "
					"UTF-16BE, Windows-1251, Windows-1252, ISO-8859-1, KOI8-R");
				return false;
			}
			o->csv.encoding = enc;
		} else if (zend_string_equals_literal(key, "delimiter")) {
			if (Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) == 1 && strchr("\"\r\n", Z_STRVAL_P(v)[0]) == NULL
					&& Z_STRVAL_P(v)[0] != '\0') {
				o->csv.delimiter = Z_STRVAL_P(v)[0];
			} else if (!crm_option_is_auto(v)) {
				zend_argument_value_error(2, "option \"delimiter\" must be \"auto\" or one byte other than a quote or a line end");
				return false;
			}
		} else if (zend_string_equals_literal(key, "header")) {
			if (Z_TYPE_P(v) == IS_TRUE) {
				o->csv.header = o->xlsx.header = CRM_CSV_HEADER_YES;
			} else if (Z_TYPE_P(v) == IS_FALSE) {
				o->csv.header = o->xlsx.header = CRM_CSV_HEADER_NO;
			} else if (crm_option_is_auto(v)) {
				o->csv.header = o->xlsx.header = CRM_CSV_HEADER_AUTO;
			} else {
				zend_argument_value_error(2, "option \"header\" must be true, false or \"auto\"");
				return false;
			}
		} else if (zend_string_equals_literal(key, "empty")) {
			if (Z_TYPE_P(v) == IS_NULL) {
				o->empty_null = true;
			} else if (Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) == 0) {
				o->empty_null = false;
			} else {
				zend_argument_value_error(2, "option \"empty\" must be \"\" or null");
				return false;
			}
		} else if (zend_string_equals_literal(key, "invalid")) {
			if (Z_TYPE_P(v) == IS_STRING && zend_string_equals_literal(Z_STR_P(v), "replace")) {
				o->csv.invalid = CRM_CSV_INVALID_REPLACE;
			} else if (Z_TYPE_P(v) == IS_STRING && zend_string_equals_literal(Z_STR_P(v), "error")) {
				o->csv.invalid = CRM_CSV_INVALID_ERROR;
			} else {
				zend_argument_value_error(2, "option \"invalid\" must be \"error\" or \"replace\"");
				return false;
			}
		} else if (zend_string_equals_literal(key, "max_field_bytes")) {
			if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 1 || (zend_ulong) Z_LVAL_P(v) > UINT32_MAX / 2) {
				zend_argument_value_error(2, "option \"max_field_bytes\" must be an int between 1 and %u", UINT32_MAX / 2);
				return false;
			}
			o->csv.max_field_bytes = o->xlsx.max_field_bytes = (size_t) Z_LVAL_P(v);
		} else if (zend_string_equals_literal(key, "max_rows")) {
			if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 0) {
				zend_argument_value_error(2, "option \"max_rows\" must be an int >= 0 (0: no limit)");
				return false;
			}
			o->max_rows = Z_LVAL_P(v);
		} else if (zend_string_equals_literal(key, "skip_empty_rows")) {
			/* CSV never yields blank lines as rows; the option matters for workbooks. */
			if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
				zend_argument_value_error(2, "option \"skip_empty_rows\" must be a bool");
				return false;
			}
			o->xlsx.keep_empty_rows = Z_TYPE_P(v) == IS_FALSE;
		} else if (zend_string_equals_literal(key, "sheet")) {
			if (Z_TYPE_P(v) == IS_LONG && Z_LVAL_P(v) >= 0 && Z_LVAL_P(v) <= LONG_MAX) {
				o->xlsx.sheet_index = (long) Z_LVAL_P(v);
			} else if (Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) > 0 && strlen(Z_STRVAL_P(v)) == Z_STRLEN_P(v)) {
				o->xlsx.sheet_name = Z_STRVAL_P(v);	/* read during open() only */
			} else {
				zend_argument_value_error(2, "option \"sheet\" must be an int >= 0 or a non-empty sheet name");
				return false;
			}
		} else if (zend_string_equals_literal(key, "max_uncompressed_bytes")) {
			if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 1) {
				zend_argument_value_error(2, "option \"max_uncompressed_bytes\" must be an int >= 1");
				return false;
			}
			o->xlsx.max_uncompressed_bytes = (uint64_t) Z_LVAL_P(v);
		} else if (zend_string_equals_literal(key, "max_compression_ratio")) {
			if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 1 || Z_LVAL_P(v) > UINT32_MAX) {
				zend_argument_value_error(2, "option \"max_compression_ratio\" must be an int between 1 and %u", UINT32_MAX);
				return false;
			}
			o->xlsx.max_compression_ratio = (unsigned) Z_LVAL_P(v);
		} else {
			zend_argument_value_error(2, "contains unknown option \"%s\"", ZSTR_VAL(key));
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

static bool crm_sniff_zip(const unsigned char *s, size_t n)
{
	return n >= 4 && (memcmp(s, "PK\x03\x04", 4) == 0 || memcmp(s, "PK\x05\x06", 4) == 0);
}

static bool crm_sniff_ole2(const unsigned char *s, size_t n)
{
	static const unsigned char ole2[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
	return n >= 8 && memcmp(s, ole2, 8) == 0;
}

/* Binary formats other than zip and OLE2 that we recognise and refuse with a message that
 * says what the file is; NULL for anything that may be text. */
static const char *crm_sniff_binary(const unsigned char *s, size_t n)
{
	if (n >= 5 && memcmp(s, "%PDF-", 5) == 0) {
		return "a PDF document; export the table as XLSX or CSV";
	}
	return NULL;
}

/* Opens r->xlsx over the stream: through a dup of its descriptor when it has one (plain
 * files), else from the whole stream read into memory. Throws and returns false on failure. */
static bool crm_reader_open_xlsx(crm_reader *r, const crm_xlsx_options *o)
{
	crm_xlsx_error err;
	int fd = -1;

	if (php_stream_cast(r->stream, PHP_STREAM_AS_FD | PHP_STREAM_CAST_INTERNAL, (void **) &fd, 0) == SUCCESS
			&& fd >= 0) {
		r->xlsx = crm_xlsx_open_fd((int) fd, o, &err);
	} else {
		zend_string *all;
		size_t len = r->sniff_len;
		php_stream_seek(r->stream, 0, SEEK_SET);
		if (php_stream_tell(r->stream) == 0) {
			len = 0;
		}
		all = php_stream_copy_to_mem(r->stream, PHP_STREAM_COPY_ALL, 0);
		r->xlsx_data = emalloc(len + (all ? ZSTR_LEN(all) : 0) + 1);
		memcpy(r->xlsx_data, r->sniff, len);
		if (all) {
			memcpy(r->xlsx_data + len, ZSTR_VAL(all), ZSTR_LEN(all));
			len += ZSTR_LEN(all);
			zend_string_release(all);
		}
		r->xlsx = crm_xlsx_open_buffer(r->xlsx_data, len, o, &err);
	}
	if (!r->xlsx) {
		crm_reader_throw_xlsx(ZSTR_VAL(r->path), &err);
		return false;
	}
	if (crm_xlsx_header(r->xlsx)) {
		crm_reader_xlsx_row_to_zval(r, crm_xlsx_header(r->xlsx), &r->header);
	}
	return true;
}

/* ---- methods ---- */

ZEND_METHOD(Crm_Import_Reader, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(Crm_Import_Reader, open)
{
	zend_string *path;
	HashTable *options = NULL;
	crm_reader_options o;
	php_stream *stream;
	php_stream_statbuf ssb;
	crm_reader *r;
	crm_error err;
	const char *binary;
	zval obj;
	ssize_t n;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_PATH_STR(path)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (ZSTR_LEN(path) == 0) {
		zend_argument_value_error(1, "cannot be empty");
		RETURN_THROWS();
	}
	if (options && !crm_reader_parse_options(options, &o)) {
		RETURN_THROWS();
	}
	if (!options) {
		crm_csv_options_init(&o.csv);
		crm_xlsx_options_init(&o.xlsx);
		o.format = CRM_FORMAT_AUTO;
		o.max_rows = 0;
		o.empty_null = false;
	}

	if (php_stream_stat_path(ZSTR_VAL(path), &ssb) != 0) {
		crm_throw_import_error(CRM_IMPORT_E_NOT_FOUND, ZSTR_VAL(path), 0, 0, "file not found");
		RETURN_THROWS();
	}
	if (S_ISDIR(ssb.sb.st_mode)) {
		crm_throw_import_error(CRM_IMPORT_E_UNREADABLE, ZSTR_VAL(path), 0, 0, "is a directory, not a file");
		RETURN_THROWS();
	}
	stream = php_stream_open_wrapper(ZSTR_VAL(path), "rb", 0, NULL);
	if (!stream) {
		crm_throw_import_error(CRM_IMPORT_E_UNREADABLE, ZSTR_VAL(path), 0, 0, "cannot be opened for reading (%s)",
			errno ? strerror(errno) : "unknown reason");
		RETURN_THROWS();
	}

	/* Built aside and handed over only once it is whole, so a failure frees it cleanly. */
	object_init_ex(&obj, crm_ce_Import_Reader);
	r = Z_CRM_READER_P(&obj);
	r->stream = stream;
	r->path = zend_string_copy(path);
	r->max_rows = o.max_rows;
	r->empty_null = o.empty_null;

	while (r->sniff_len < CRM_SNIFF_BYTES
			&& (n = php_stream_read(stream, (char *) r->sniff + r->sniff_len, CRM_SNIFF_BYTES - r->sniff_len)) > 0) {
		r->sniff_len += (size_t) n;
	}
	if (crm_sniff_ole2(r->sniff, r->sniff_len)) {
		int enc = crm_xlsx_ole2_encrypted(crm_reader_read, r);
		if (enc == 1) {
			crm_throw_import_error(CRM_IMPORT_E_ENCRYPTED, ZSTR_VAL(path), 0, 0,
				"the workbook is password-protected (encrypted); open it in Excel, remove the password and save it as XLSX");
		} else {
			crm_throw_import_error(CRM_IMPORT_E_UNSUPPORTED_FORMAT, ZSTR_VAL(path), 0, 0,
				"the file is an Excel 97-2003 workbook (.xls) or another OLE2 document; save it as XLSX or CSV");
		}
		zval_ptr_dtor(&obj);
		RETURN_THROWS();
	}
	if (o.format == CRM_FORMAT_XLSX || (o.format == CRM_FORMAT_AUTO && crm_sniff_zip(r->sniff, r->sniff_len))) {
		if (!crm_sniff_zip(r->sniff, r->sniff_len)) {
			crm_throw_import_error(CRM_IMPORT_E_UNSUPPORTED_FORMAT, ZSTR_VAL(path), 0, 0,
				"the file is not an XLSX workbook (no zip signature)");
			zval_ptr_dtor(&obj);
			RETURN_THROWS();
		}
		if (!crm_reader_open_xlsx(r, &o.xlsx)) {
			zval_ptr_dtor(&obj);
			RETURN_THROWS();
		}
		RETURN_COPY_VALUE(&obj);
	}
	if (crm_sniff_zip(r->sniff, r->sniff_len)) {
		crm_throw_import_error(CRM_IMPORT_E_UNSUPPORTED_FORMAT, ZSTR_VAL(path), 0, 0,
			"the file is a zip container (an XLSX workbook?), but option \"format\" is \"csv\"");
		zval_ptr_dtor(&obj);
		RETURN_THROWS();
	}
	if ((binary = crm_sniff_binary(r->sniff, r->sniff_len)) != NULL) {
		crm_throw_import_error(CRM_IMPORT_E_UNSUPPORTED_FORMAT, ZSTR_VAL(path), 0, 0, "the file is %s", binary);
		zval_ptr_dtor(&obj);
		RETURN_THROWS();
	}

	r->csv = crm_csv_open(&o.csv, crm_reader_read, r, &err);
	if (!r->csv) {
		crm_reader_throw(ZSTR_VAL(path), &err);
		zval_ptr_dtor(&obj);
		RETURN_THROWS();
	}
	if (crm_csv_header(r->csv)) {
		crm_reader_row_to_zval(r, crm_csv_header(r->csv), &r->header);
	}
	RETURN_COPY_VALUE(&obj);
}

ZEND_METHOD(Crm_Import_Reader, getIterator)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_create_internal_iterator_zval(return_value, ZEND_THIS);
}

ZEND_METHOD(Crm_Import_Reader, fetch)
{
	zend_long max = 1000;
	crm_reader *r = Z_CRM_READER_P(ZEND_THIS);
	zval row;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(max)
	ZEND_PARSE_PARAMETERS_END();

	if (max < 1) {
		zend_argument_value_error(1, "must be greater than 0");
		RETURN_THROWS();
	}
	array_init_size(return_value, (uint32_t) MIN(max, 4096));
	while (max-- > 0) {
		int rc = crm_reader_next(r, &row);
		if (rc < 0) {
			RETURN_THROWS();
		}
		if (rc == 0) {
			break;
		}
		zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &row);
	}
}

ZEND_METHOD(Crm_Import_Reader, header)
{
	crm_reader *r = Z_CRM_READER_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(&r->header);
}

ZEND_METHOD(Crm_Import_Reader, format)
{
	crm_reader *r = Z_CRM_READER_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	if (r->xlsx) {
		RETURN_STRINGL("xlsx", 4);
	}
	RETURN_STRINGL("csv", 3);
}

ZEND_METHOD(Crm_Import_Reader, encoding)
{
	crm_reader *r = Z_CRM_READER_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	if (r->xlsx) {
		RETURN_STRINGL("UTF-8", 5);
	}
	RETURN_STRING(crm_csv_encoding_name(r->csv));
}

ZEND_METHOD(Crm_Import_Reader, delimiter)
{
	crm_reader *r = Z_CRM_READER_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	if (r->xlsx) {
		RETURN_NULL();
	}
	RETURN_INTERNED_STR(ZSTR_CHAR((zend_uchar) crm_csv_delimiter(r->csv)));
}

ZEND_METHOD(Crm_Import_Reader, sheets)
{
	crm_reader *r = Z_CRM_READER_P(ZEND_THIS);
	size_t i, n;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!r->xlsx) {
		RETURN_EMPTY_ARRAY();
	}
	n = crm_xlsx_sheet_count(r->xlsx);
	array_init_size(return_value, (uint32_t) n);
	for (i = 0; i < n; i++) {
		const crm_xlsx_sheet *sh = crm_xlsx_sheet_at(r->xlsx, i);
		zval entry;
		array_init_size(&entry, 3);
		add_assoc_string(&entry, "name", sh->name);
		add_assoc_bool(&entry, "hidden", sh->hidden != 0);
		add_assoc_bool(&entry, "current", i == crm_xlsx_sheet_current(r->xlsx));
		zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &entry);
	}
}

ZEND_METHOD(Crm_Import_Reader, rowNumber)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(Z_CRM_READER_P(ZEND_THIS)->last_line);
}

/* ---- iterator: a forward-only view; each foreach goes on from where the reader is ---- */

typedef struct crm_reader_iterator {
	zend_object_iterator it;
	zval current;
	zend_long key;
	bool started;
} crm_reader_iterator;

static void crm_reader_it_fetch(crm_reader_iterator *iter)
{
	crm_reader *r = Z_CRM_READER_P(&iter->it.data);

	zval_ptr_dtor(&iter->current);
	ZVAL_UNDEF(&iter->current);
	if (crm_reader_next(r, &iter->current) != 1) {
		ZVAL_UNDEF(&iter->current);
	}
}

static void crm_reader_it_dtor(zend_object_iterator *it)
{
	crm_reader_iterator *iter = (crm_reader_iterator *) it;

	zval_ptr_dtor(&iter->current);
	zval_ptr_dtor(&it->data);
}

static void crm_reader_it_rewind(zend_object_iterator *it)
{
	crm_reader_iterator *iter = (crm_reader_iterator *) it;

	if (!iter->started) {
		iter->started = true;
		crm_reader_it_fetch(iter);
	}
}

static int crm_reader_it_valid(zend_object_iterator *it)
{
	crm_reader_iterator *iter = (crm_reader_iterator *) it;

	crm_reader_it_rewind(it);
	return Z_TYPE(iter->current) != IS_UNDEF ? SUCCESS : FAILURE;
}

static zval *crm_reader_it_current(zend_object_iterator *it)
{
	return &((crm_reader_iterator *) it)->current;
}

static void crm_reader_it_key(zend_object_iterator *it, zval *key)
{
	ZVAL_LONG(key, ((crm_reader_iterator *) it)->key);
}

static void crm_reader_it_forward(zend_object_iterator *it)
{
	crm_reader_iterator *iter = (crm_reader_iterator *) it;

	crm_reader_it_fetch(iter);
	iter->key++;
}

static const zend_object_iterator_funcs crm_reader_it_funcs = {
	crm_reader_it_dtor,
	crm_reader_it_valid,
	crm_reader_it_current,
	crm_reader_it_key,
	crm_reader_it_forward,
	crm_reader_it_rewind,
	NULL, /* invalidate_current */
	NULL, /* get_gc */
};

static zend_object_iterator *crm_reader_get_iterator(zend_class_entry *ce, zval *object, int by_ref)
{
	crm_reader_iterator *iter;

	if (by_ref) {
		zend_throw_error(NULL, "An iterator cannot be used with foreach by reference");
		return NULL;
	}
	iter = ecalloc(1, sizeof(crm_reader_iterator));
	zend_iterator_init(&iter->it);
	ZVAL_OBJ_COPY(&iter->it.data, Z_OBJ_P(object));
	iter->it.funcs = &crm_reader_it_funcs;
	ZVAL_UNDEF(&iter->current);
	return &iter->it;
}

void crm_import_minit(void)
{
	crm_ce_Import_Reader->create_object = crm_reader_create;
	crm_ce_Import_Reader->get_iterator = crm_reader_get_iterator;

	memcpy(&crm_reader_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	crm_reader_handlers.offset = XtOffsetOf(crm_reader, std);
	crm_reader_handlers.free_obj = crm_reader_free;
	crm_reader_handlers.clone_obj = NULL;
}
