/* libFuzzer target for the CSV core: options and read chunking come from the input's first bytes.
 *
 * Invariants: every field is valid UTF-8 without NUL, within max_field_bytes, NUL-terminated;
 * no row is a lone empty field; row lines never go down; errors carry row and column >= 1;
 * and the same input read with other chunkings and buffer sizes gives exactly the same
 * rows and error (the detected encoding, delimiter and header given explicitly; the encoding
 * as it stood at the end, since a pure-ASCII start may switch from UTF-8 to a code page). */
#include "import/csv.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct source {
	const uint8_t *data;
	size_t len, pos;
	uint32_t seed;		/* drives chunk sizes: 1..17 bytes, or everything */
	int whole;
} source;

static long source_read(void *ctx, unsigned char *buf, size_t cap)
{
	source *s = ctx;
	size_t n = s->len - s->pos;

	if (!s->whole) {
		s->seed = s->seed * 1103515245u + 12345u;
		size_t chunk = 1 + (s->seed >> 16) % 17;
		if (n > chunk) n = chunk;
	}
	if (n > cap) n = cap;
	memcpy(buf, s->data + s->pos, n);
	s->pos += n;
	return (long) n;
}

/* FNV-1a over everything the reader returned, and the detected settings. */
typedef struct result {
	uint64_t hash;
	crm_encoding enc;
	char delim;
	int header;
	crm_csv_error_code code;
	uint64_t err_row;
	uint32_t err_col;
	int opened;
} result;

static void mix(uint64_t *h, const void *p, size_t n)
{
	const unsigned char *b = p;
	for (size_t i = 0; i < n; i++) {
		*h = (*h ^ b[i]) * 1099511628211u;
	}
}

static void check_row(const crm_row *row, size_t max_field, uint64_t *h)
{
	if (row->count == 0 || (row->count == 1 && row->fields[0].len == 0)) {
		abort();
	}
	mix(h, &row->line, sizeof(row->line));
	mix(h, &row->count, sizeof(row->count));
	for (size_t i = 0; i < row->count; i++) {
		const crm_field *f = &row->fields[i];
		const char *s = row->data + f->off;
		if (f->len > max_field || s[f->len] != 0 || memchr(s, 0, f->len)
			|| !crm_utf8_valid(s, f->len)) {
			abort();
		}
		mix(h, &f->len, sizeof(f->len));
		mix(h, &f->quoted, sizeof(f->quoted));
		mix(h, s, f->len);
	}
}

static result parse(const uint8_t *data, size_t len, const crm_csv_options *opt, uint32_t seed, int whole)
{
	source src = {data, len, 0, seed, whole};
	result r;
	crm_error err;
	crm_row row;
	uint64_t last_line = 0;
	size_t max_field = opt->max_field_bytes ? opt->max_field_bytes : CRM_CSV_DEFAULT_MAX_FIELD;
	int rc;

	memset(&r, 0, sizeof(r));
	r.hash = 14695981039346656037u;
	crm_csv *c = crm_csv_open(opt, source_read, &src, &err);
	if (!c) {
		if (err.code != CRM_CSV_E_OPTION) {
			abort();	/* the source never fails and memory is plentiful */
		}
		return r;
	}
	r.opened = 1;
	r.enc = crm_csv_encoding(c);
	r.delim = crm_csv_delimiter(c);
	r.header = crm_csv_has_header(c);
	if (r.enc == CRM_ENC_AUTO || r.enc >= CRM_ENC_INVALID || r.delim == 0) {
		abort();
	}
	if (crm_csv_header(c)) {
		check_row(crm_csv_header(c), max_field, &r.hash);
		last_line = crm_csv_header(c)->line;
	}
	while ((rc = crm_csv_next(c, &row, &err)) == 1) {
		if (row.line < last_line || row.line == 0) {
			abort();
		}
		last_line = row.line;
		check_row(&row, max_field, &r.hash);
	}
	/* A file whose sample was pure ASCII may have switched from UTF-8 to a code page at its
	 * first non-UTF-8 byte; the re-reads take the encoding it ended with. */
	r.enc = crm_csv_encoding(c);
	if (rc < 0) {
		if (err.row == 0 || err.column == 0 || err.code == CRM_CSV_OK || err.message[0] == 0) {
			abort();
		}
		r.code = err.code;
		r.err_row = err.row;
		r.err_col = err.column;
		if (crm_csv_next(c, &row, &err) != -1 || err.code != r.code) {
			abort();
		}
	}
	crm_csv_close(c);
	return r;
}

static int same(const result *x, const result *y)
{
	return x->hash == y->hash && x->enc == y->enc && x->delim == y->delim && x->header == y->header
		&& x->code == y->code && x->err_row == y->err_row && x->err_col == y->err_col;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char delims[] = {0, ';', ',', '\t', '|', ' '};
	crm_csv_options opt;

	if (size < 4) {
		return 0;
	}
	crm_csv_options_init(&opt);
	opt.encoding = (crm_encoding) (data[0] % CRM_ENC_INVALID);
	opt.delimiter = delims[data[1] % sizeof(delims)];
	opt.header = (crm_csv_header_mode) ((data[1] >> 4) % 3);
	opt.invalid = (crm_csv_invalid_mode) ((data[0] >> 4) & 1);
	opt.max_field_bytes = data[2] & 0x80 ? (size_t) (data[2] & 0x7F) + 1 : 0;
	opt.buffer_bytes = data[3] & 0x80 ? 16 + (data[3] & 0x7F) : 0;
	opt.sample_bytes = data[3] & 0x40 ? 1 + (data[3] & 0x3F) : 0;
	uint32_t seed = (uint32_t) data[0] << 24 | (uint32_t) data[1] << 16 | (uint32_t) data[2] << 8 | data[3];
	data += 4;
	size -= 4;

	result a = parse(data, size, &opt, seed, 0);
	if (!a.opened) {
		return 0;
	}
	/* The same file, settings fixed to what was detected, read through other boundaries. */
	crm_csv_options fixed = opt;
	fixed.encoding = a.enc;
	fixed.delimiter = a.delim;
	fixed.header = a.header ? CRM_CSV_HEADER_YES : CRM_CSV_HEADER_NO;
	fixed.buffer_bytes = 16;
	fixed.sample_bytes = 1;
	result b = parse(data, size, &fixed, seed ^ 0x5555u, 0);
	fixed.buffer_bytes = 0;
	fixed.sample_bytes = 0;
	result c = parse(data, size, &fixed, 0, 1);
	if (!same(&a, &b) || !same(&a, &c)) {
		abort();
	}
	return 0;
}
