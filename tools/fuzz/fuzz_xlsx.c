/* libFuzzer target for the XLSX core without zip: sheet XML, shared strings and styles come from the input.
 *
 * Input: byte 0 = flags (1904, keep empty rows, header mode, sheet choice), then up to four
 * parts separated by "\0\0": sheet XML, sharedStrings XML, styles XML, workbook XML (a
 * default workbook when absent). The first 8 bytes also feed the number formatter as a
 * double, and each part as a format code and as <v> text.
 * Invariants: every field lies inside the row data and is NUL-terminated; null fields are
 * empty; counts stay within 16384 columns; errors carry a message; formatter output fits
 * CRM_NUMFMT_BUF. */
#include "import/numfmt.h"
#include "import/xlsx.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void check_numfmt(const uint8_t *data, size_t size)
{
	char out[CRM_NUMFMT_BUF];
	double d;
	size_t n;

	if (size >= 8) {
		memcpy(&d, data, 8);
		if (crm_numfmt_number(d, out) >= CRM_NUMFMT_BUF) abort();
		for (int k = 0; k < 4; k++) {
			if (crm_numfmt_date(d, (crm_numfmt_kind) k, k & 1, out) >= CRM_NUMFMT_BUF) abort();
		}
	}
	(void) crm_numfmt_classify((const char *) data, size);
	if (size < 400) {
		n = crm_numfmt_number_text((const char *) data, size, out);
		if (n >= CRM_NUMFMT_BUF || (n && strlen(out) != n)) abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *names[] = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml"};
	static const char wb_default[] = "<workbook><workbookPr date1904=\"1\"/><sheets><sheet name=\"A\" state=\"hidden\" r:id=\"x\"/><sheet name=\"B\" r:id=\"x\"/></sheets></workbook>";
	static const char rels[] = "<Relationships><Relationship Id=\"x\" Type=\"t/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
	crm_xlsx_part parts[6];
	size_t nparts = 0, start = 1, i;
	crm_xlsx_options o;
	crm_xlsx_error err;
	crm_xlsx_row row;
	crm_xlsx *x;
	uint64_t rows = 0;
	int rc, have_wb = 0;

	if (size < 1) return 0;
	check_numfmt(data + 1, size - 1);
	for (i = 1; i <= size && nparts < 4; i++) {
		if (i == size || (data[i] == 0 && i + 1 < size && data[i + 1] == 0)) {
			parts[nparts].name = names[nparts];
			parts[nparts].data = data + start;
			parts[nparts].len = i - start;
			if (nparts < 3 && parts[nparts].len < 400) {
				check_numfmt(data + start, i - start);
			}
			have_wb |= nparts == 3;
			nparts++;
			start = i + 2;
			i++;
		}
	}
	if (!have_wb) {
		parts[nparts].name = "xl/workbook.xml", parts[nparts].data = wb_default, parts[nparts].len = sizeof wb_default - 1;
		nparts++;
	}
	parts[nparts].name = "xl/_rels/workbook.xml.rels", parts[nparts].data = rels, parts[nparts].len = sizeof rels - 1;
	nparts++;

	crm_xlsx_options_init(&o);
	o.keep_empty_rows = data[0] & 1;
	o.header = (crm_csv_header_mode) ((data[0] >> 1) % 3);
	o.sheet_index = (data[0] & 8) ? 1 : -1;
	o.max_field_bytes = (data[0] & 16) ? 64 : 0;
	x = crm_xlsx_open_parts(parts, nparts, &o, &err);
	if (!x) {
		if (err.code == CRM_XLSX_OK || !err.message[0]) abort();
		return 0;
	}
	while ((rc = crm_xlsx_next(x, &row, &err)) == 1) {
		if (row.count > CRM_XLSX_MAX_COLUMNS) abort();
		for (i = 0; i < row.count; i++) {
			const crm_xlsx_field *f = &row.fields[i];
			if (f->null && f->len) abort();
			if (row.data[f->off + f->len] != '\0') abort();
			if (o.max_field_bytes && f->len > o.max_field_bytes) abort();
		}
		if (++rows > 2000000) break;	/* keep_empty_rows with r="1000000000" */
	}
	if (rc < 0 && (err.code == CRM_XLSX_OK || !err.message[0])) abort();
	crm_xlsx_close(x);
	return 0;
}
