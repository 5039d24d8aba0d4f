/* Streaming XLSX reader: libzip inflates the parts, expat parses them; sheet rows are pulled one at a time. */
/* memmem, dup, fdopen */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "xlsx.h"
#include "numfmt.h"

#include <expat.h>
#include <zip.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CHUNK (64u << 10)
#define MAX_MERGES 1000000u

typedef struct xbuf {
	char *p;
	size_t len, cap;
} xbuf;

enum { T_NUM, T_SHARED, T_INLINE, T_STR, T_BOOL, T_ERROR, T_DATE };

typedef struct merge {
	uint64_t r1, r2;
	uint32_t c1, c2;
} merge;

typedef struct saved_row {
	char *data;
	crm_xlsx_field *fields;
	size_t count;
	uint64_t row;
} saved_row;

typedef struct rel {
	char *id, *type, *target;
} rel;

/* One zip entry (or in-memory part) being inflated, with the zip-bomb accounting. */
typedef struct part {
	zip_file_t *zf;
	const unsigned char *mem;
	size_t mem_len, pos;
	uint64_t comp, out;
	int count_total;
	const char *name;
} part;

struct crm_xlsx {
	crm_xlsx_options opt;
	zip_t *za;
	const crm_xlsx_part *parts;
	size_t nparts;
	uint64_t inflated;
	int failed;
	crm_xlsx_error err;
	char dp;					/* the C library's decimal point for strtod */
	XML_Parser xp;				/* the parser running now, for handlers that stop it */
	const char *part_name;

	/* workbook */
	crm_xlsx_sheet *sheets;
	char **sheet_rids, **sheet_paths;
	size_t nsheets, cur;
	int date1904;
	rel *rels;
	size_t nrels;
	char *office_doc;

	/* shared strings: one arena, offsets[i] .. offsets[i+1] */
	xbuf sst;
	uint64_t *sst_off;
	size_t sst_n, sst_cap;
	int sst_in_si, sst_in_t, sst_in_rph;

	/* styles */
	uint8_t *xf_kind;
	size_t nxf, xf_cap;
	unsigned *fmt_ids;
	uint8_t *fmt_kinds;
	size_t nfmt, fmt_cap;
	int st_in_xfs;

	/* merged ranges, sorted by first row; active = those covering the current row */
	merge *merges;
	size_t nmerge, merge_cap, mnext;
	size_t *active;
	size_t nactive;
	uint64_t merge_row;

	/* the sheet stream */
	part sp;
	int sp_open;
	unsigned char *chunk;
	int suspended, final_fed, eof;

	/* row and cell being assembled */
	xbuf row;
	crm_xlsx_field *fields;
	size_t nfields, fcap;
	uint64_t row_num, gap_next;
	int in_row, row_ready;
	uint32_t col;
	int ctype, in_cell, in_v, in_is, in_t, in_rph, has_v;
	unsigned cstyle;
	xbuf cell;

	/* rows read ahead for header detection */
	saved_row *la;
	size_t la_n, la_pos;
	int has_header;
	crm_xlsx_row header;
	saved_row header_store;
};

/* ---- small helpers ---- */

static int fail(crm_xlsx *x, crm_xlsx_error_code code, uint64_t row, uint32_t column, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

static int fail(crm_xlsx *x, crm_xlsx_error_code code, uint64_t row, uint32_t column, const char *fmt, ...)
{
	va_list ap;

	if (x->failed) {
		return -1;
	}
	x->failed = 1;
	x->err.code = code;
	x->err.row = row;
	x->err.column = column;
	va_start(ap, fmt);
	vsnprintf(x->err.message, sizeof x->err.message, fmt, ap);
	va_end(ap);
	if (x->xp) {
		XML_StopParser(x->xp, XML_FALSE);
	}
	return -1;
}

static int oom(crm_xlsx *x)
{
	return fail(x, CRM_XLSX_E_MEMORY, 0, 0, "out of memory");
}

static int xbuf_reserve(crm_xlsx *x, xbuf *b, size_t extra)
{
	if (b->cap - b->len < extra) {
		size_t cap = b->cap ? b->cap : 256;
		char *p;
		while (cap - b->len < extra) {
			if (cap > SIZE_MAX / 2) {
				return oom(x);
			}
			cap *= 2;
		}
		if (!(p = realloc(b->p, cap))) {
			return oom(x);
		}
		b->p = p;
		b->cap = cap;
	}
	return 0;
}

static int xbuf_add(crm_xlsx *x, xbuf *b, const char *s, size_t n)
{
	if (xbuf_reserve(x, b, n + 1) < 0) {
		return -1;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
	return 0;
}

static int grow(crm_xlsx *x, void **p, size_t *cap, size_t need, size_t size)
{
	if (need > *cap) {
		size_t c = *cap ? *cap * 2 : 16;
		void *q;
		while (c < need) {
			c *= 2;
		}
		if (c > SIZE_MAX / size || !(q = realloc(*p, c * size))) {
			return oom(x);
		}
		*p = q;
		*cap = c;
	}
	return 0;
}

static char *xstrdup(crm_xlsx *x, const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = malloc(n);
	if (!p) {
		oom(x);
		return NULL;
	}
	return memcpy(p, s, n);
}

static const char *local_name(const char *name)
{
	const char *c = strrchr(name, ':');
	return c ? c + 1 : name;
}

static const char *attr(const char **atts, const char *name)
{
	for (; *atts; atts += 2) {
		if (strcmp(local_name(atts[0]), name) == 0) {
			return atts[1];
		}
	}
	return NULL;
}

static int strict_uint(const char *s, size_t len, uint64_t *v)
{
	uint64_t r = 0;
	size_t i;

	while (len && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')) {
		s++, len--;
	}
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\n' || s[len - 1] == '\r')) {
		len--;
	}
	if (len == 0 || len > 19) {
		return 0;
	}
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9') {
			return 0;
		}
		r = r * 10 + (uint64_t) (s[i] - '0');
	}
	*v = r;
	return 1;
}

int crm_xlsx_parse_ref(const char *s, size_t len, uint32_t *column, uint64_t *row)
{
	size_t i = 0;
	uint64_t c = 0, r = 0;

	if (i < len && s[i] == '$') i++;
	for (; i < len && ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z')); i++) {
		c = c * 26 + (uint64_t) ((s[i] | 0x20) - 'a' + 1);
		if (c > 0xFFFFFFu) {
			return -1;
		}
	}
	if (i < len && s[i] == '$') i++;
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++) {
		r = r * 10 + (uint64_t) (s[i] - '0');
		if (r > 0xFFFFFFFFFFull) {
			return -1;
		}
	}
	if (i != len || (c == 0 && r == 0)) {
		return -1;
	}
	*column = (uint32_t) c;
	*row = r;
	return 0;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9') return c - '0';
	if (c >= 'a' && c <= 'f') return c - 'a' + 10;
	if (c >= 'A' && c <= 'F') return c - 'A' + 10;
	return -1;
}

size_t crm_xlsx_unescape(char *s, size_t len)
{
	size_t i = 0, o = 0;

	if (len == 0 || !memchr(s, '_', len)) {
		return len;
	}
	while (i < len) {
		if (s[i] == '_' && i + 6 < len && (s[i + 1] == 'x' || s[i + 1] == 'X') && s[i + 6] == '_'
				&& hexval(s[i + 2]) >= 0 && hexval(s[i + 3]) >= 0 && hexval(s[i + 4]) >= 0 && hexval(s[i + 5]) >= 0) {
			unsigned cp = (unsigned) (hexval(s[i + 2]) << 12 | hexval(s[i + 3]) << 8 | hexval(s[i + 4]) << 4 | hexval(s[i + 5]));
			/* Only characters XML cannot hold literally are escaped this way; a decoded NUL
			 * or surrogate would be invalid text, so those stay as written. */
			if (cp != 0 && (cp < 0xD800 || cp > 0xDFFF)) {
				if (cp < 0x80) {
					s[o++] = (char) cp;
				} else if (cp < 0x800) {
					s[o++] = (char) (0xC0 | cp >> 6);
					s[o++] = (char) (0x80 | (cp & 0x3F));
				} else {
					s[o++] = (char) (0xE0 | cp >> 12);
					s[o++] = (char) (0x80 | ((cp >> 6) & 0x3F));
					s[o++] = (char) (0x80 | (cp & 0x3F));
				}
				i += 7;
				continue;
			}
		}
		s[o++] = s[i++];
	}
	return o;
}

/* ---- parts: zip entries or memory, with zip-bomb limits enforced while inflating ---- */

/* 1 opened, 0 absent, -1 error. */
static int part_open(crm_xlsx *x, const char *name, part *pt, int count_total)
{
	memset(pt, 0, sizeof *pt);
	pt->name = name;
	pt->count_total = count_total;
	if (x->parts) {
		for (size_t i = 0; i < x->nparts; i++) {
			if (strcmp(x->parts[i].name, name) == 0) {
				pt->mem = x->parts[i].data;
				pt->mem_len = x->parts[i].len;
				pt->comp = x->parts[i].len;
				return 1;
			}
		}
		return 0;
	} else {
		zip_stat_t st;
		zip_int64_t idx = zip_name_locate(x->za, name, 0);
		if (idx < 0) {
			idx = zip_name_locate(x->za, name, ZIP_FL_NOCASE);
		}
		if (idx < 0) {
			return 0;
		}
		if (zip_stat_index(x->za, (zip_uint64_t) idx, 0, &st) < 0) {
			return fail(x, CRM_XLSX_E_CORRUPT, 0, 0, "the zip entry %s is damaged (%s)", name, zip_strerror(x->za));
		}
		if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
			return fail(x, CRM_XLSX_E_ENCRYPTED, 0, 0, "the zip entry %s is encrypted; remove the password and save again", name);
		}
		if ((st.valid & ZIP_STAT_SIZE) && st.size > x->opt.max_uncompressed_bytes) {
			return fail(x, CRM_XLSX_E_UNSAFE, 0, 0, "the zip entry %s declares %llu uncompressed bytes, over the limit of %llu (max_uncompressed_bytes)",
				name, (unsigned long long) st.size, (unsigned long long) x->opt.max_uncompressed_bytes);
		}
		pt->comp = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
		if (!(pt->zf = zip_fopen_index(x->za, (zip_uint64_t) idx, 0))) {
			zip_error_t *ze = zip_get_error(x->za);
			if (zip_error_code_zip(ze) == ZIP_ER_COMPNOTSUPP || zip_error_code_zip(ze) == ZIP_ER_ENCRNOTSUPP) {
				return fail(x, CRM_XLSX_E_CORRUPT, 0, 0, "the zip entry %s uses an unsupported compression or encryption (%s)", name, zip_strerror(x->za));
			}
			return fail(x, CRM_XLSX_E_CORRUPT, 0, 0, "the zip entry %s cannot be read (%s)", name, zip_strerror(x->za));
		}
		return 1;
	}
}

static long part_read(crm_xlsx *x, part *pt, unsigned char *buf, size_t cap)
{
	uint64_t n;

	if (pt->mem) {
		n = pt->mem_len - pt->pos < cap ? pt->mem_len - pt->pos : cap;
		memcpy(buf, pt->mem + pt->pos, n);
		pt->pos += n;
	} else {
		zip_int64_t r = zip_fread(pt->zf, buf, cap);
		if (r < 0) {
			return fail(x, CRM_XLSX_E_CORRUPT, 0, 0, "the zip entry %s is truncated or damaged (%s)",
				pt->name, zip_file_strerror(pt->zf));
		}
		n = (uint64_t) r;
	}
	pt->out += n;
	if (pt->count_total) {
		x->inflated += n;
		if (x->inflated > x->opt.max_uncompressed_bytes) {
			return fail(x, CRM_XLSX_E_UNSAFE, 0, 0, "the workbook inflates past %llu bytes (max_uncompressed_bytes); refused as a possible zip bomb",
				(unsigned long long) x->opt.max_uncompressed_bytes);
		}
	}
	if (!pt->mem && pt->out > CRM_XLSX_RATIO_SLACK && pt->out / (pt->comp ? pt->comp : 1) > x->opt.max_compression_ratio) {
		return fail(x, CRM_XLSX_E_UNSAFE, 0, 0, "the zip entry %s inflates more than %u times its compressed size (max_compression_ratio); refused as a possible zip bomb",
			pt->name, x->opt.max_compression_ratio);
	}
	return (long) n;
}

static void part_close(part *pt)
{
	if (pt->zf) {
		zip_fclose(pt->zf);
		pt->zf = NULL;
	}
}

/* ---- expat with every DTD feature refused ---- */

static void XMLCALL on_doctype(void *ud, const XML_Char *name, const XML_Char *sysid, const XML_Char *pubid, int internal)
{
	crm_xlsx *x = ud;
	(void) name, (void) sysid, (void) pubid, (void) internal;
	fail(x, CRM_XLSX_E_UNSAFE, 0, 0, "%s declares a DTD (<!DOCTYPE>), which workbooks never do; refused (XXE / entity expansion)", x->part_name);
}

static void XMLCALL on_entity(void *ud, const XML_Char *name, int pe, const XML_Char *value, int vlen,
	const XML_Char *base, const XML_Char *sysid, const XML_Char *pubid, const XML_Char *notation)
{
	crm_xlsx *x = ud;
	(void) name, (void) pe, (void) value, (void) vlen, (void) base, (void) sysid, (void) pubid, (void) notation;
	fail(x, CRM_XLSX_E_UNSAFE, 0, 0, "%s declares an XML entity; refused (XXE / entity expansion)", x->part_name);
}

static int XMLCALL on_external(XML_Parser p, const XML_Char *ctx, const XML_Char *base, const XML_Char *sysid, const XML_Char *pubid)
{
	(void) p, (void) ctx, (void) base, (void) sysid, (void) pubid;
	return XML_STATUS_ERROR;	/* never load anything from outside */
}

static XML_Parser xml_new(crm_xlsx *x, const char *name, XML_StartElementHandler start, XML_EndElementHandler end,
	XML_CharacterDataHandler chars)
{
	XML_Parser p = XML_ParserCreate("UTF-8");

	if (!p) {
		oom(x);
		return NULL;
	}
	XML_SetUserData(p, x);
	XML_SetElementHandler(p, start, end);
	XML_SetCharacterDataHandler(p, chars);
	XML_SetStartDoctypeDeclHandler(p, on_doctype);
	XML_SetEntityDeclHandler(p, on_entity);
	XML_SetExternalEntityRefHandler(p, on_external);
	XML_SetParamEntityParsing(p, XML_PARAM_ENTITY_PARSING_NEVER);
	x->xp = p;
	x->part_name = name;
	return p;
}

static int xml_fail(crm_xlsx *x, XML_Parser p, uint64_t row)
{
	return fail(x, CRM_XLSX_E_CORRUPT, row, 0, "%s is not well-formed XML (line %lu: %s)", x->part_name,
		(unsigned long) XML_GetCurrentLineNumber(p), XML_ErrorString(XML_GetErrorCode(p)));
}

/* Parses a whole part; 0 when absent and optional, -1 on error. */
static int xml_parse_part(crm_xlsx *x, const char *name, int required, XML_StartElementHandler start,
	XML_EndElementHandler end, XML_CharacterDataHandler chars)
{
	part pt;
	XML_Parser p;
	int rc = part_open(x, name, &pt, 1);
	long n;

	if (rc <= 0) {
		if (rc == 0 && required) {
			return fail(x, CRM_XLSX_E_CORRUPT, 0, 0, "the workbook has no %s part", name);
		}
		return rc;
	}
	if (!(p = xml_new(x, name, start, end, chars))) {
		part_close(&pt);
		return -1;
	}
	do {
		n = part_read(x, &pt, x->chunk, CHUNK);
		if (n < 0 || XML_Parse(p, (const char *) x->chunk, (int) n, n == 0) != XML_STATUS_OK) {
			if (!x->failed) {
				xml_fail(x, p, 0);
			}
			break;
		}
	} while (n > 0);
	x->xp = NULL;
	XML_ParserFree(p);
	part_close(&pt);
	return x->failed ? -1 : 1;
}

/* ---- package relationships, workbook, styles, shared strings ---- */

static void XMLCALL rels_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	crm_xlsx *x = ud;
	const char *id, *type, *target;
	size_t cap = x->nrels;

	if (strcmp(local_name(name), "Relationship") != 0 || !(target = attr(atts, "Target"))) {
		return;
	}
	id = attr(atts, "Id");
	type = attr(atts, "Type");
	if (grow(x, (void **) &x->rels, &cap, x->nrels + 1, sizeof(rel)) < 0) {
		return;
	}
	if (x->nrels + 1 > cap) {
		return;
	}
	rel *r = &x->rels[x->nrels];
	r->id = xstrdup(x, id ? id : "");
	r->type = xstrdup(x, type ? type : "");
	r->target = xstrdup(x, target);
	x->nrels++;
	if (!r->id || !r->type || !r->target) {
		return;
	}
}

static void XMLCALL ignore_end(void *ud, const XML_Char *name) { (void) ud, (void) name; }
static void XMLCALL ignore_chars(void *ud, const XML_Char *s, int len) { (void) ud, (void) s, (void) len; }

static void free_rels(crm_xlsx *x)
{
	for (size_t i = 0; i < x->nrels; i++) {
		free(x->rels[i].id);
		free(x->rels[i].type);
		free(x->rels[i].target);
	}
	free(x->rels);
	x->rels = NULL;
	x->nrels = 0;
}

static int ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* Target of a relationship resolved against the directory of its source part. */
static char *resolve(crm_xlsx *x, const char *dir, const char *target)
{
	size_t dl = strlen(dir), tl = strlen(target);
	char *p;

	if (target[0] == '/') {
		return xstrdup(x, target + 1);
	}
	while (strncmp(target, "./", 2) == 0) {
		target += 2, tl -= 2;
	}
	while (strncmp(target, "../", 3) == 0) {
		target += 3, tl -= 3;
		if (dl > 0) {
			dl--;
			while (dl > 0 && dir[dl - 1] != '/') dl--;
		}
	}
	if (!(p = malloc(dl + tl + 1))) {
		oom(x);
		return NULL;
	}
	memcpy(p, dir, dl);
	memcpy(p + dl, target, tl + 1);
	return p;
}

/* The sheet list comes before the rest of the workbook; only names, states and ids matter. */
static void XMLCALL wb_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	crm_xlsx *x = ud;
	const char *ln = local_name(name), *v;
	size_t cap;

	if (strcmp(ln, "workbookPr") == 0) {
		v = attr(atts, "date1904");
		x->date1904 = v && (strcmp(v, "1") == 0 || strcmp(v, "true") == 0);
	} else if (strcmp(ln, "sheet") == 0) {
		const char *sn = attr(atts, "name"), *state = attr(atts, "state"), *rid = attr(atts, "id");
		cap = x->nsheets;
		if (grow(x, (void **) &x->sheets, &cap, x->nsheets + 1, sizeof(crm_xlsx_sheet)) < 0) return;
		cap = x->nsheets;
		if (grow(x, (void **) &x->sheet_rids, &cap, x->nsheets + 1, sizeof(char *)) < 0) return;
		cap = x->nsheets;
		if (grow(x, (void **) &x->sheet_paths, &cap, x->nsheets + 1, sizeof(char *)) < 0) return;
		x->sheets[x->nsheets].name = xstrdup(x, sn ? sn : "");
		x->sheets[x->nsheets].hidden = !state ? 0 : strcmp(state, "hidden") == 0 ? 1 : strcmp(state, "veryHidden") == 0 ? 2 : 0;
		x->sheet_rids[x->nsheets] = xstrdup(x, rid ? rid : "");
		x->sheet_paths[x->nsheets] = NULL;
		x->nsheets++;
	}
}

static void XMLCALL styles_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	crm_xlsx *x = ud;
	const char *ln = local_name(name), *v;
	uint64_t id = 0;

	if (strcmp(ln, "cellXfs") == 0) {
		x->st_in_xfs = 1;
	} else if (strcmp(ln, "numFmt") == 0) {
		const char *code = attr(atts, "formatCode");
		if ((v = attr(atts, "numFmtId")) && strict_uint(v, strlen(v), &id) && id < 100000 && code) {
			size_t c1 = x->fmt_cap, c2 = x->fmt_cap;
			if (grow(x, (void **) &x->fmt_ids, &c1, x->nfmt + 1, sizeof(unsigned)) < 0
					|| grow(x, (void **) &x->fmt_kinds, &c2, x->nfmt + 1, 1) < 0) {
				return;
			}
			x->fmt_cap = c1 < c2 ? c1 : c2;
			x->fmt_ids[x->nfmt] = (unsigned) id;
			x->fmt_kinds[x->nfmt] = (uint8_t) crm_numfmt_classify(code, strlen(code));
			x->nfmt++;
		}
	} else if (x->st_in_xfs && strcmp(ln, "xf") == 0) {
		uint8_t kind = CRM_NUMFMT_NUMBER;
		if ((v = attr(atts, "numFmtId")) && strict_uint(v, strlen(v), &id) && id < 100000) {
			size_t i;
			kind = (uint8_t) crm_numfmt_builtin((unsigned) id);
			for (i = 0; i < x->nfmt; i++) {
				if (x->fmt_ids[i] == id) {
					kind = x->fmt_kinds[i];
				}
			}
		}
		if (grow(x, (void **) &x->xf_kind, &x->xf_cap, x->nxf + 1, 1) < 0) {
			return;
		}
		x->xf_kind[x->nxf++] = kind;
	}
}

static void XMLCALL styles_end(void *ud, const XML_Char *name)
{
	crm_xlsx *x = ud;
	if (strcmp(local_name(name), "cellXfs") == 0) {
		x->st_in_xfs = 0;
	}
}

static void XMLCALL sst_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	crm_xlsx *x = ud;
	const char *ln = local_name(name);
	(void) atts;

	if (strcmp(ln, "si") == 0) {
		x->sst_in_si = 1;
		x->sst_in_rph = 0;
	} else if (strcmp(ln, "rPh") == 0) {
		x->sst_in_rph = 1;
	} else if (strcmp(ln, "t") == 0 && x->sst_in_si && !x->sst_in_rph) {
		x->sst_in_t = 1;
	}
}

static void XMLCALL sst_end(void *ud, const XML_Char *name)
{
	crm_xlsx *x = ud;
	const char *ln = local_name(name);

	if (strcmp(ln, "t") == 0) {
		x->sst_in_t = 0;
	} else if (strcmp(ln, "rPh") == 0) {
		x->sst_in_rph = 0;
	} else if (strcmp(ln, "si") == 0 && x->sst_in_si) {
		uint64_t start = x->sst_off[x->sst_n];
		if (x->sst.len > start) {
			x->sst.len = start + crm_xlsx_unescape(x->sst.p + start, x->sst.len - start);
		}
		x->sst_in_si = 0;
		if (grow(x, (void **) &x->sst_off, &x->sst_cap, x->sst_n + 2, sizeof(uint64_t)) < 0) {
			return;
		}
		x->sst_off[++x->sst_n] = x->sst.len;
	}
}

static void XMLCALL sst_chars(void *ud, const XML_Char *s, int len)
{
	crm_xlsx *x = ud;
	if (x->sst_in_t) {
		xbuf_add(x, &x->sst, s, (size_t) len);
	}
}

/* ---- merged cells: a first cheap pass over the sheet (mergeCells follows sheetData) ---- */

static int merge_cmp(const void *a, const void *b)
{
	const merge *m = a, *n = b;
	return m->r1 < n->r1 ? -1 : m->r1 > n->r1;
}

static void add_merge(crm_xlsx *x, const char *tag, size_t len)
{
	const char *p = tag, *end = tag + len, *q, *colon;
	merge m;
	uint64_t r1, r2;
	uint32_t c1, c2;

	/* ref="A1:C3" (attribute values hold no '<' or '>', so the tag is whole here) */
	while ((p = memchr(p, 'r', (size_t) (end - p))) != NULL) {
		if ((p == tag || p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\n' || p[-1] == '\r')
				&& end - p > 5 && memcmp(p, "ref=", 4) == 0 && (p[4] == '"' || p[4] == '\'')) {
			char quote = p[4];
			p += 5;
			if (!(q = memchr(p, quote, (size_t) (end - p)))) {
				return;
			}
			if (!(colon = memchr(p, ':', (size_t) (q - p)))
					|| crm_xlsx_parse_ref(p, (size_t) (colon - p), &c1, &r1) < 0
					|| crm_xlsx_parse_ref(colon + 1, (size_t) (q - colon - 1), &c2, &r2) < 0
					|| !c1 || !c2 || !r1 || !r2) {
				return;
			}
			m.r1 = r1 < r2 ? r1 : r2, m.r2 = r1 < r2 ? r2 : r1;
			m.c1 = c1 < c2 ? c1 : c2, m.c2 = c1 < c2 ? c2 : c1;
			if ((m.r1 == m.r2 && m.c1 == m.c2) || x->nmerge >= MAX_MERGES) {
				return;
			}
			if (grow(x, (void **) &x->merges, &x->merge_cap, x->nmerge + 1, sizeof(merge)) == 0) {
				x->merges[x->nmerge++] = m;
			}
			return;
		}
		p++;
	}
}

/* Finds "mergeCell" tags with memmem over the inflated stream; a tag cut by the chunk end
 * is carried into the next round. Comments or CDATA holding such text could add a merge. */
static int scan_merges(crm_xlsx *x, const char *name)
{
	part pt;
	int rc = part_open(x, name, &pt, 1);
	size_t carry = 0, tagcap = 4096;
	unsigned char *buf;
	long n;

	if (rc <= 0) {
		return rc == 0 ? fail(x, CRM_XLSX_E_CORRUPT, 0, 0, "the sheet's part %s is missing", name) : -1;
	}
	if (!(buf = malloc(CHUNK + tagcap))) {
		part_close(&pt);
		return oom(x);
	}
	while ((n = part_read(x, &pt, buf + carry, CHUNK)) > 0) {
		size_t len = carry + (size_t) n, pos = 0, keep;
		const unsigned char *hit;
		carry = 0;
		while ((hit = memmem(buf + pos, len - pos, "mergeCell", 9)) != NULL) {
			size_t h = (size_t) (hit - buf);
			const unsigned char *gt;
			if (h + 9 >= len) {
				break;
			}
			if (!(h > 0 && (buf[h - 1] == '<' || buf[h - 1] == ':')) || !(buf[h + 9] == ' ' || buf[h + 9] == '\t'
					|| buf[h + 9] == '\n' || buf[h + 9] == '\r' || buf[h + 9] == '/')) {
				pos = h + 1;
				continue;
			}
			if (!(gt = memchr(hit, '>', len - h))) {
				break;
			}
			add_merge(x, (const char *) hit + 9, (size_t) (gt - hit) - 9);
			pos = (size_t) (gt - buf);
		}
		/* keep the unfinished tail: a cut tag (bounded) or the last 16 bytes */
		keep = len - pos;
		if (keep > 16) {
			const unsigned char *last = memmem(buf + pos, len - pos, "mergeCell", 9);
			keep = last && len - (size_t) (last - buf) < tagcap - 16 ? len - (size_t) (last - buf) + 1 : 16;
			if (keep > len) {
				keep = len;
			}
		}
		memmove(buf, buf + len - keep, keep);
		carry = keep;
	}
	free(buf);
	part_close(&pt);
	if (x->failed) {
		return -1;
	}
	if (x->nmerge) {
		qsort(x->merges, x->nmerge, sizeof(merge), merge_cmp);
	}
	if (x->nmerge && !(x->active = malloc(x->nmerge * sizeof(size_t)))) {
		return oom(x);
	}
	return 0;
}

static void merges_enter_row(crm_xlsx *x, uint64_t r)
{
	size_t i, k = 0;

	if (r < x->merge_row) {
		x->mnext = 0;	/* rows went back (hostile or odd files): start over */
		x->nactive = 0;
	}
	x->merge_row = r;
	for (i = 0; i < x->nactive; i++) {
		if (x->merges[x->active[i]].r2 >= r) {
			x->active[k++] = x->active[i];
		}
	}
	x->nactive = k;
	while (x->mnext < x->nmerge && x->merges[x->mnext].r1 <= r) {
		if (x->merges[x->mnext].r2 >= r) {
			x->active[x->nactive++] = x->mnext;
		}
		x->mnext++;
	}
}

static int merged_away(const crm_xlsx *x, uint64_t r, uint32_t c)
{
	for (size_t i = 0; i < x->nactive; i++) {
		const merge *m = &x->merges[x->active[i]];
		if (c >= m->c1 && c <= m->c2 && !(r == m->r1 && c == m->c1)) {
			return 1;
		}
	}
	return 0;
}

/* ---- the sheet: cells to values ---- */

static int put_field(crm_xlsx *x, const char *s, size_t len, int null)
{
	crm_xlsx_field *f;

	if (grow(x, (void **) &x->fields, &x->fcap, x->nfields + 1, sizeof(crm_xlsx_field)) < 0) {
		return -1;
	}
	f = &x->fields[x->nfields++];
	f->off = (uint32_t) x->row.len;
	f->len = (uint32_t) len;
	f->null = (uint32_t) null;
	if (xbuf_reserve(x, &x->row, len + 1) < 0) {
		return -1;
	}
	if (len) {
		memcpy(x->row.p + x->row.len, s, len);
	}
	x->row.len += len;
	x->row.p[x->row.len++] = '\0';
	return 0;
}

static int parse_double(crm_xlsx *x, const char *s, size_t len, double *d)
{
	char buf[64], *end;
	size_t i;

	while (len && (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t')) s++, len--;
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\n' || s[len - 1] == '\r' || s[len - 1] == '\t')) len--;
	if (len == 0 || len >= sizeof buf) {
		return 0;
	}
	for (i = 0; i < len; i++) {
		char c = s[i];
		if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
			return 0;
		}
		buf[i] = c == '.' ? x->dp : c;
	}
	buf[len] = '\0';
	*d = strtod(buf, &end);
	return end == buf + len;
}

static void finish_cell(crm_xlsx *x)
{
	char tmp[64];
	const char *v = NULL;
	size_t len = 0;
	int null = !x->has_v;
	uint32_t c = x->col;

	if (c > CRM_XLSX_MAX_COLUMNS) {
		fail(x, CRM_XLSX_E_CORRUPT, x->row_num, c, "cell column %u is beyond XFD (16384)", c);
		return;
	}
	if (c <= x->nfields) {
		fail(x, CRM_XLSX_E_CORRUPT, x->row_num, c, "cell in column %u comes after column %zu in the same row", c, x->nfields);
		return;
	}
	while (x->nfields + 1 < c) {
		if (put_field(x, NULL, 0, 1) < 0) return;
	}
	if (!null) {
		switch (x->ctype) {
			case T_SHARED: {
				uint64_t i;
				if (!strict_uint(x->cell.p, x->cell.len, &i) || i >= x->sst_n) {
					fail(x, CRM_XLSX_E_CORRUPT, x->row_num, c, "shared string index \"%.20s\" is not in the table of %zu strings",
						x->cell.len ? x->cell.p : "", x->sst_n);
					return;
				}
				v = x->sst.p + x->sst_off[i];
				len = (size_t) (x->sst_off[i + 1] - x->sst_off[i]);
				break;
			}
			case T_INLINE:
			case T_STR:
				len = crm_xlsx_unescape(x->cell.p, x->cell.len);
				v = x->cell.p;
				break;
			case T_ERROR:
				v = x->cell.p, len = x->cell.len;
				break;
			case T_BOOL: {
				uint64_t b = 0;
				int t = (x->cell.len == 4 && memcmp(x->cell.p, "true", 4) == 0) || (strict_uint(x->cell.p, x->cell.len, &b) && b);
				v = t ? "1" : "0", len = 1;
				break;
			}
			case T_DATE:
				/* ISO 8601 as written: "2024-01-05T00:00:00" → "2024-01-05", else "T" → " " */
				v = x->cell.p, len = x->cell.len;
				if (len >= 19 && len < 40 && x->cell.p[10] == 'T') {
					size_t l = len;
					memcpy(tmp, x->cell.p, len);
					tmp[10] = ' ';
					if (tmp[l - 1] == 'Z') l--;
					if (l > 19 && tmp[19] == '.') l = 19;
					if (l == 19 && memcmp(tmp + 11, "00:00:00", 8) == 0) l = 10;
					v = tmp, len = l;
				}
				break;
			default: {
				uint8_t kind = x->cstyle < x->nxf ? x->xf_kind[x->cstyle] : CRM_NUMFMT_NUMBER;
				double d;
				if (x->cell.len == 0) {
					null = 1;
				} else if (kind != CRM_NUMFMT_NUMBER && parse_double(x, x->cell.p, x->cell.len, &d)) {
					len = crm_numfmt_date(d, (crm_numfmt_kind) kind, x->date1904, tmp);
					v = tmp;
				} else if (x->cell.len < 400 && (len = crm_numfmt_number_text(x->cell.p, x->cell.len, tmp)) > 0) {
					v = tmp;
				} else {
					v = x->cell.p, len = x->cell.len;	/* not a number: keep what is written */
				}
				break;
			}
		}
	}
	if (!null && x->nactive && merged_away(x, x->row_num, c)) {
		null = 1;
	}
	if (!null && len > x->opt.max_field_bytes) {
		fail(x, CRM_XLSX_E_FIELD_TOO_LONG, x->row_num, c, "value of %zu bytes is over max_field_bytes (%zu)", len, x->opt.max_field_bytes);
		return;
	}
	put_field(x, null ? NULL : v, null ? 0 : len, null);
}

static void XMLCALL sheet_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	crm_xlsx *x = ud;
	const char *ln = local_name(name), *v;

	if (x->in_cell) {
		if (strcmp(ln, "v") == 0) {
			x->in_v = 1;
			x->cell.len = 0;
		} else if (strcmp(ln, "is") == 0) {
			x->in_is = 1;
			x->cell.len = 0;
		} else if (strcmp(ln, "rPh") == 0) {
			x->in_rph = 1;
		} else if (strcmp(ln, "t") == 0 && x->in_is && !x->in_rph) {
			x->in_t = 1;
		}
	} else if (x->in_row && ln[0] == 'c' && ln[1] == '\0') {
		uint32_t col = 0;
		uint64_t r = 0;
		x->in_cell = 1;
		x->has_v = 0;
		x->cell.len = 0;
		x->ctype = T_NUM;
		x->cstyle = 0;
		x->col = x->col + 1;
		for (const char **a = atts; *a; a += 2) {
			const char *an = a[0];
			v = a[1];
			if (an[0] == 'r' && an[1] == '\0') {
				if (crm_xlsx_parse_ref(v, strlen(v), &col, &r) < 0 || col == 0) {
					fail(x, CRM_XLSX_E_CORRUPT, x->row_num, x->col, "bad cell reference \"%.20s\"", v);
					return;
				}
				x->col = col;
			} else if (an[0] == 't' && an[1] == '\0') {
				x->ctype = strcmp(v, "s") == 0 ? T_SHARED : strcmp(v, "inlineStr") == 0 ? T_INLINE
					: strcmp(v, "str") == 0 ? T_STR : strcmp(v, "b") == 0 ? T_BOOL
					: strcmp(v, "e") == 0 ? T_ERROR : strcmp(v, "d") == 0 ? T_DATE : T_NUM;
			} else if (an[0] == 's' && an[1] == '\0') {
				uint64_t s;
				x->cstyle = strict_uint(v, strlen(v), &s) && s < UINT32_MAX ? (unsigned) s : 0;
			}
		}
	} else if (strcmp(ln, "row") == 0) {
		uint64_t r = 0;
		x->in_row = 1;
		x->row_num++;
		if ((v = attr(atts, "r")) != NULL) {
			/* Excel's last row is 1048576; a larger number would make skip_empty_rows => false
			 * emit a billion empty rows. */
			if (!strict_uint(v, strlen(v), &r) || r == 0 || r > 1048576) {
				fail(x, CRM_XLSX_E_CORRUPT, x->row_num, 0, "bad row number \"%.20s\"", v);
				return;
			}
			x->row_num = r;
		}
		x->nfields = 0;
		x->row.len = 0;
		x->col = 0;
		if (x->nmerge) {
			merges_enter_row(x, x->row_num);
		}
	}
}

static void XMLCALL sheet_end(void *ud, const XML_Char *name)
{
	crm_xlsx *x = ud;
	const char *ln = local_name(name);

	if (x->in_cell) {
		if (ln[0] == 'v' && ln[1] == '\0') {
			x->in_v = 0;
			x->has_v = 1;
		} else if (ln[0] == 't' && ln[1] == '\0') {
			x->in_t = 0;
		} else if (strcmp(ln, "is") == 0) {
			x->in_is = 0;
			x->has_v = 1;
		} else if (strcmp(ln, "rPh") == 0) {
			x->in_rph = 0;
		} else if (ln[0] == 'c' && ln[1] == '\0') {
			x->in_cell = x->in_v = x->in_is = x->in_t = x->in_rph = 0;
			finish_cell(x);
		}
	} else if (x->in_row && strcmp(ln, "row") == 0) {
		x->in_row = 0;
		while (x->nfields && x->fields[x->nfields - 1].null) {
			x->nfields--;
		}
		x->row_ready = 1;
		XML_StopParser(x->xp, XML_TRUE);
	}
}

static void XMLCALL sheet_chars(void *ud, const XML_Char *s, int len)
{
	crm_xlsx *x = ud;

	if (x->in_v || x->in_t) {
		if (x->cell.len + (size_t) len > x->opt.max_field_bytes + 64) {
			fail(x, CRM_XLSX_E_FIELD_TOO_LONG, x->row_num, x->col, "value is over max_field_bytes (%zu)", x->opt.max_field_bytes);
			return;
		}
		xbuf_add(x, &x->cell, s, (size_t) len);
	}
}

/* 1 a row in x->fields (or an empty gap row), 0 end of sheet, -1 error. */
static int read_row(crm_xlsx *x, crm_xlsx_row *row)
{
	for (;;) {
		enum XML_Status st;
		if (x->failed) {
			return -1;
		}
		if (x->row_ready) {
			if (x->opt.keep_empty_rows && x->row_num > x->gap_next) {
				row->data = "";
				row->fields = x->fields;
				row->count = 0;
				row->row = x->gap_next++;
				return 1;
			}
			x->row_ready = 0;
			if (x->nfields == 0 && !x->opt.keep_empty_rows) {
				continue;
			}
			x->gap_next = x->row_num + 1;
			row->data = x->row.p ? x->row.p : "";
			row->fields = x->fields;
			row->count = x->nfields;
			row->row = x->row_num;
			return 1;
		}
		if (x->eof) {
			return 0;
		}
		if (x->suspended) {
			x->suspended = 0;
			st = XML_ResumeParser(x->xp);
		} else {
			long n = part_read(x, &x->sp, x->chunk, CHUNK);
			if (n < 0) {
				return -1;
			}
			x->final_fed = n == 0;
			st = XML_Parse(x->xp, (const char *) x->chunk, (int) n, n == 0);
		}
		if (st == XML_STATUS_ERROR) {
			if (!x->failed) {
				xml_fail(x, x->xp, x->row_num);
			}
			return -1;
		}
		if (st == XML_STATUS_SUSPENDED) {
			x->suspended = 1;
		} else if (x->final_fed) {
			x->eof = 1;
		}
	}
}

/* ---- opening ---- */

void crm_xlsx_options_init(crm_xlsx_options *opt)
{
	memset(opt, 0, sizeof *opt);
	opt->sheet_index = -1;
}

/* What a zip that is not an XLSX workbook is, from its entry names. */
static int sniff_zip(crm_xlsx *x)
{
	zip_int64_t i, n = zip_get_num_entries(x->za, 0);
	int content_types = 0;

	for (i = 0; i < n && i < 200000; i++) {
		const char *name = zip_get_name(x->za, (zip_uint64_t) i, 0);
		if (!name) continue;
		if (strcmp(name, "[Content_Types].xml") == 0) content_types = 1;
		if (strncmp(name, "Index/", 6) == 0 || ends_with(name, ".iwa")) {
			return fail(x, CRM_XLSX_E_UNSUPPORTED, 0, 0, "the file is an Apple Numbers document; export it from Numbers as XLSX or CSV");
		}
		if (strcmp(name, "xl/workbook.bin") == 0) {
			return fail(x, CRM_XLSX_E_UNSUPPORTED, 0, 0, "the file is an Excel binary workbook (.xlsb); save it as XLSX or CSV");
		}
	}
	{
		part pt;
		int rc = part_open(x, "mimetype", &pt, 1);
		if (rc < 0) return -1;
		if (rc == 1) {
			unsigned char m[128];
			long k = part_read(x, &pt, m, sizeof m - 1);
			part_close(&pt);
			if (k < 0) return -1;
			m[k] = '\0';
			if (strstr((char *) m, "opendocument.spreadsheet")) {
				return fail(x, CRM_XLSX_E_UNSUPPORTED, 0, 0, "the file is an OpenDocument spreadsheet (.ods); save it as XLSX or CSV");
			}
			if (strstr((char *) m, "opendocument")) {
				return fail(x, CRM_XLSX_E_UNSUPPORTED, 0, 0, "the file is an OpenDocument document, not a spreadsheet; save the table as XLSX or CSV");
			}
		}
	}
	if (!content_types) {
		return fail(x, CRM_XLSX_E_UNSUPPORTED, 0, 0, "the file is a zip archive, not an XLSX workbook");
	}
	return 0;
}

static char *dir_of(crm_xlsx *x, const char *path)
{
	const char *s = strrchr(path, '/');
	size_t n = s ? (size_t) (s - path) + 1 : 0;
	char *d = malloc(n + 1);
	if (!d) {
		oom(x);
		return NULL;
	}
	memcpy(d, path, n);
	d[n] = '\0';
	return d;
}

static int load_workbook(crm_xlsx *x)
{
	char *wb = NULL, *wbdir = NULL, *relpath = NULL, *sst = NULL, *styles = NULL;
	size_t i, j;
	int rc = -1;

	if (xml_parse_part(x, "_rels/.rels", 0, rels_start, ignore_end, ignore_chars) < 0) goto out;
	for (i = 0; i < x->nrels; i++) {
		if (ends_with(x->rels[i].type, "/officeDocument")) {
			wb = resolve(x, "", x->rels[i].target);
			break;
		}
	}
	free_rels(x);
	if (!wb && !(wb = xstrdup(x, "xl/workbook.xml"))) goto out;
	if (!(wbdir = dir_of(x, wb))) goto out;
	if (xml_parse_part(x, wb, 1, wb_start, ignore_end, ignore_chars) < 0) goto out;
	if (!(relpath = malloc(strlen(wb) + 16))) { oom(x); goto out; }
	sprintf(relpath, "%s_rels/%s.rels", wbdir, wb + strlen(wbdir));
	if (xml_parse_part(x, relpath, 0, rels_start, ignore_end, ignore_chars) < 0) goto out;
	for (i = 0; i < x->nrels; i++) {
		rel *r = &x->rels[i];
		if (!sst && ends_with(r->type, "/sharedStrings") && !(sst = resolve(x, wbdir, r->target))) goto out;
		if (!styles && ends_with(r->type, "/styles") && !(styles = resolve(x, wbdir, r->target))) goto out;
		for (j = 0; j < x->nsheets; j++) {
			if (!x->sheet_paths[j] && strcmp(x->sheet_rids[j], r->id) == 0
					&& !(x->sheet_paths[j] = resolve(x, wbdir, r->target))) goto out;
		}
	}
	if (!sst && !(sst = resolve(x, wbdir, "sharedStrings.xml"))) goto out;
	if (!styles && !(styles = resolve(x, wbdir, "styles.xml"))) goto out;
	for (j = 0; j < x->nsheets; j++) {
		if (!x->sheet_paths[j]) {
			char b[48];
			snprintf(b, sizeof b, "worksheets/sheet%zu.xml", j + 1);
			if (!(x->sheet_paths[j] = resolve(x, wbdir, b))) goto out;
		}
	}
	if (xml_parse_part(x, styles, 0, styles_start, styles_end, ignore_chars) < 0) goto out;
	if (!(x->sst_off = calloc(16, sizeof(uint64_t)))) { oom(x); goto out; }
	x->sst_cap = 16;
	if (xml_parse_part(x, sst, 0, sst_start, sst_end, sst_chars) < 0) goto out;
	rc = 0;
out:
	free(wb);
	free(wbdir);
	free(relpath);
	free(sst);
	free(styles);
	return rc;
}

static int choose_sheet(crm_xlsx *x)
{
	size_t i;

	if (x->nsheets == 0) {
		return fail(x, CRM_XLSX_E_MISSING_SHEET, 0, 0, "the workbook lists no sheets");
	}
	if (x->opt.sheet_name) {
		for (i = 0; i < x->nsheets; i++) {
			if (strcmp(x->sheets[i].name, x->opt.sheet_name) == 0) {
				x->cur = i;
				return 0;
			}
		}
		return fail(x, CRM_XLSX_E_MISSING_SHEET, 0, 0, "there is no sheet named \"%.60s\" (the workbook has %zu sheet%s; see sheets())",
			x->opt.sheet_name, x->nsheets, x->nsheets == 1 ? "" : "s");
	}
	if (x->opt.sheet_index >= 0) {
		if ((size_t) x->opt.sheet_index >= x->nsheets) {
			return fail(x, CRM_XLSX_E_MISSING_SHEET, 0, 0, "there is no sheet %ld (0-based; the workbook has %zu sheet%s)",
				x->opt.sheet_index, x->nsheets, x->nsheets == 1 ? "" : "s");
		}
		x->cur = (size_t) x->opt.sheet_index;
		return 0;
	}
	for (i = 0; i < x->nsheets; i++) {
		if (!x->sheets[i].hidden) {
			x->cur = i;
			return 0;
		}
	}
	x->cur = 0;
	return 0;
}

static int save_row(crm_xlsx *x, const crm_xlsx_row *r, saved_row *s)
{
	size_t bytes = r->count ? r->fields[r->count - 1].off + r->fields[r->count - 1].len + 1 : 0;

	s->count = r->count;
	s->row = r->row;
	s->data = malloc(bytes + 1);
	s->fields = malloc((r->count + 1) * sizeof(crm_xlsx_field));
	if (!s->data || !s->fields) {
		return oom(x);
	}
	memcpy(s->data, r->data, bytes);
	s->data[bytes] = '\0';
	memcpy(s->fields, r->fields, r->count * sizeof(crm_xlsx_field));
	return 0;
}

static int read_header(crm_xlsx *x)
{
	crm_xlsx_row r;
	crm_row rows[CRM_CSV_HEADER_SAMPLE_ROWS];
	crm_field *ff[CRM_CSV_HEADER_SAMPLE_ROWS];
	size_t i, k;
	int rc, is_header = 0;

	if (!(x->la = calloc(CRM_CSV_HEADER_SAMPLE_ROWS, sizeof(saved_row)))) {
		return oom(x);
	}
	while (x->la_n < CRM_CSV_HEADER_SAMPLE_ROWS && (rc = read_row(x, &r)) == 1) {
		if (x->la_n == 0 && r.count == 0) {
			continue;	/* the header is the first row with values */
		}
		if (save_row(x, &r, &x->la[x->la_n]) < 0) {
			return -1;
		}
		x->la_n++;
	}
	if (x->err.code == CRM_XLSX_E_MEMORY || x->la_n == 0) {
		return x->err.code == CRM_XLSX_E_MEMORY ? -1 : 0;
	}
	if (x->opt.header == CRM_CSV_HEADER_YES) {
		is_header = 1;
	} else {
		memset(ff, 0, sizeof ff);
		for (i = 0; i < x->la_n; i++) {
			saved_row *s = &x->la[i];
			if (!(ff[i] = calloc(s->count + 1, sizeof(crm_field)))) {
				for (k = 0; k < i; k++) free(ff[k]);
				return oom(x);
			}
			for (k = 0; k < s->count; k++) {
				ff[i][k].off = s->fields[k].off;
				ff[i][k].len = s->fields[k].len;
			}
			rows[i].data = s->data;
			rows[i].fields = ff[i];
			rows[i].count = s->count;
			rows[i].line = s->row;
		}
		is_header = crm_csv_guess_header(rows, x->la_n);
		for (i = 0; i < x->la_n; i++) free(ff[i]);
	}
	if (is_header) {
		x->has_header = 1;
		x->header_store = x->la[0];
		x->header.data = x->header_store.data;
		x->header.fields = x->header_store.fields;
		x->header.count = x->header_store.count;
		x->header.row = x->header_store.row;
		x->la_pos = 1;
	}
	return 0;
}

static crm_xlsx *open_common(crm_xlsx *x, const crm_xlsx_options *opt, crm_xlsx_error *err)
{
	char dp[8];

	if (!x->chunk && !(x->chunk = malloc(CHUNK))) {
		oom(x);
		goto fail;
	}
	snprintf(dp, sizeof dp, "%.1f", 1.5);
	x->dp = dp[1];
	if (opt) {
		x->opt = *opt;
	} else {
		crm_xlsx_options_init(&x->opt);
	}
	x->opt.sheet_name = NULL;	/* compared during open only; the caller's string need not outlive it */
	if (!x->opt.max_uncompressed_bytes) x->opt.max_uncompressed_bytes = CRM_XLSX_DEFAULT_MAX_UNCOMPRESSED;
	if (!x->opt.max_compression_ratio) x->opt.max_compression_ratio = CRM_XLSX_DEFAULT_MAX_RATIO;
	if (!x->opt.max_field_bytes) x->opt.max_field_bytes = CRM_CSV_DEFAULT_MAX_FIELD;
	if (x->opt.max_field_bytes > UINT32_MAX / 2) {
		fail(x, CRM_XLSX_E_OPTION, 0, 0, "max_field_bytes is over 2 GiB");
		goto fail;
	}
	if (x->za && sniff_zip(x) < 0) goto fail;
	if (load_workbook(x) < 0) goto fail;
	x->opt.sheet_name = opt ? opt->sheet_name : NULL;
	if (choose_sheet(x) < 0) goto fail;
	x->opt.sheet_name = NULL;
	snprintf(x->err.sheet, sizeof x->err.sheet, "%s", x->sheets[x->cur].name);
	if (scan_merges(x, x->sheet_paths[x->cur]) < 0) goto fail;
	if (part_open(x, x->sheet_paths[x->cur], &x->sp, 0) <= 0) {
		fail(x, CRM_XLSX_E_CORRUPT, 0, 0, "the sheet's part %s is missing", x->sheet_paths[x->cur]);
		goto fail;
	}
	x->sp_open = 1;
	if (!xml_new(x, x->sheet_paths[x->cur], sheet_start, sheet_end, sheet_chars)) goto fail;
	x->gap_next = 1;
	if (x->opt.header != CRM_CSV_HEADER_NO && read_header(x) < 0 && x->err.code == CRM_XLSX_E_MEMORY) goto fail;
	return x;
fail:
	*err = x->err;
	crm_xlsx_close(x);
	return NULL;
}

static crm_xlsx *alloc_reader(crm_xlsx_error *err)
{
	crm_xlsx *x = calloc(1, sizeof *x);
	if (!x) {
		memset(err, 0, sizeof *err);
		err->code = CRM_XLSX_E_MEMORY;
		snprintf(err->message, sizeof err->message, "out of memory");
	}
	return x;
}

static crm_xlsx *open_zip_source(zip_source_t *src, const crm_xlsx_options *opt, crm_xlsx_error *err)
{
	zip_error_t ze;
	crm_xlsx *x = alloc_reader(err);

	if (!x) {
		zip_source_free(src);
		return NULL;
	}
	zip_error_init(&ze);
	x->za = zip_open_from_source(src, ZIP_RDONLY, &ze);
	if (!x->za) {
		int code = zip_error_code_zip(&ze);
		zip_source_free(src);
		if (code == ZIP_ER_MEMORY) {
			oom(x);
		} else if (code == ZIP_ER_READ || code == ZIP_ER_SEEK) {
			fail(x, CRM_XLSX_E_IO, 0, 0, "the file cannot be read (%s)", zip_error_strerror(&ze));
		} else {
			fail(x, CRM_XLSX_E_CORRUPT, 0, 0, "the zip archive is truncated or damaged (%s)", zip_error_strerror(&ze));
		}
		zip_error_fini(&ze);
		*err = x->err;
		crm_xlsx_close(x);
		return NULL;
	}
	zip_error_fini(&ze);
	return open_common(x, opt, err);
}

crm_xlsx *crm_xlsx_open_fd(int fd, const crm_xlsx_options *opt, crm_xlsx_error *err)
{
	zip_error_t ze;
	zip_source_t *src;
	FILE *f;
	int d = dup(fd);

	memset(err, 0, sizeof *err);
	if (d < 0 || !(f = fdopen(d, "rb"))) {
		if (d >= 0) close(d);
		err->code = CRM_XLSX_E_IO;
		snprintf(err->message, sizeof err->message, "the file cannot be read (%s)", strerror(errno));
		return NULL;
	}
	zip_error_init(&ze);
	if (!(src = zip_source_filep_create(f, 0, -1, &ze))) {
		fclose(f);
		zip_error_fini(&ze);
		err->code = CRM_XLSX_E_MEMORY;
		snprintf(err->message, sizeof err->message, "out of memory");
		return NULL;
	}
	zip_error_fini(&ze);
	return open_zip_source(src, opt, err);
}

crm_xlsx *crm_xlsx_open_buffer(const void *data, size_t len, const crm_xlsx_options *opt, crm_xlsx_error *err)
{
	zip_error_t ze;
	zip_source_t *src;

	memset(err, 0, sizeof *err);
	zip_error_init(&ze);
	if (!(src = zip_source_buffer_create(data, len, 0, &ze))) {
		zip_error_fini(&ze);
		err->code = CRM_XLSX_E_MEMORY;
		snprintf(err->message, sizeof err->message, "out of memory");
		return NULL;
	}
	zip_error_fini(&ze);
	return open_zip_source(src, opt, err);
}

crm_xlsx *crm_xlsx_open_parts(const crm_xlsx_part *parts, size_t n, const crm_xlsx_options *opt, crm_xlsx_error *err)
{
	crm_xlsx *x;

	memset(err, 0, sizeof *err);
	if (!(x = alloc_reader(err))) {
		return NULL;
	}
	x->parts = parts;
	x->nparts = n;
	return open_common(x, opt, err);
}

int crm_xlsx_next(crm_xlsx *x, crm_xlsx_row *row, crm_xlsx_error *err)
{
	int rc;

	if (x->la_pos < x->la_n) {
		saved_row *s = &x->la[x->la_pos++];
		row->data = s->data;
		row->fields = s->fields;
		row->count = s->count;
		row->row = s->row;
		return 1;
	}
	rc = read_row(x, row);
	if (rc < 0) {
		*err = x->err;
	}
	return rc;
}

const crm_xlsx_row *crm_xlsx_header(const crm_xlsx *x)
{
	return x->has_header ? &x->header : NULL;
}

size_t crm_xlsx_sheet_count(const crm_xlsx *x) { return x->nsheets; }
const crm_xlsx_sheet *crm_xlsx_sheet_at(const crm_xlsx *x, size_t i) { return i < x->nsheets ? &x->sheets[i] : NULL; }
size_t crm_xlsx_sheet_current(const crm_xlsx *x) { return x->cur; }

void crm_xlsx_close(crm_xlsx *x)
{
	size_t i;

	if (!x) {
		return;
	}
	if (x->xp) {
		XML_ParserFree(x->xp);
	}
	part_close(&x->sp);
	if (x->za) {
		zip_discard(x->za);
	}
	for (i = 0; i < x->nsheets; i++) {
		free((char *) x->sheets[i].name);
		free(x->sheet_rids[i]);
		free(x->sheet_paths[i]);
	}
	free(x->sheets);
	free(x->sheet_rids);
	free(x->sheet_paths);
	free_rels(x);
	free(x->sst.p);
	free(x->sst_off);
	free(x->xf_kind);
	free(x->fmt_ids);
	free(x->fmt_kinds);
	free(x->merges);
	free(x->active);
	free(x->chunk);
	free(x->row.p);
	free(x->fields);
	free(x->cell.p);
	for (i = 0; i < x->la_n; i++) {
		free(x->la[i].data);
		free(x->la[i].fields);
	}
	free(x->la);
	free(x);
}

/* ---- OLE2: encrypted OOXML or .xls ---- */

int crm_xlsx_ole2_encrypted(crm_read_fn read, void *ctx)
{
	static const char *names[] = {"EncryptionInfo", "EncryptedPackage"};
	unsigned char *buf = malloc(CHUNK);
	uint64_t off = 0;
	size_t have = 0;
	long n = 0;
	int found = 0;

	if (!buf) {
		return -1;
	}
	/* Read in CHUNK-sized, 128-aligned blocks and look at each 128-byte directory slot. */
	while (!found && off < (256u << 20)) {
		have = 0;
		while (have < CHUNK && (n = read(ctx, buf + have, CHUNK - have)) > 0) {
			have += (size_t) n;
		}
		if (n < 0) {
			free(buf);
			return -1;
		}
		for (size_t s = 0; s + 128 <= have && !found; s += 128) {
			if (off + s < 512) continue;
			for (size_t k = 0; k < 2 && !found; k++) {
				size_t nl = strlen(names[k]), i;
				unsigned namelen = (unsigned) buf[s + 64] | (unsigned) buf[s + 65] << 8;
				if (namelen != (nl + 1) * 2) continue;
				for (i = 0; i < nl; i++) {
					if (buf[s + 2 * i] != (unsigned char) names[k][i] || buf[s + 2 * i + 1] != 0) break;
				}
				found = i == nl;
			}
		}
		off += have;
		if (have < CHUNK) break;
	}
	free(buf);
	return found;
}
