/* Lookups and matchers over the generated numbering-plan tables (phone_meta_data.c). */
#include "phone_meta.h"

#include <string.h>

/* Opcodes of matcher programs; the generator emits the same numbers. */
enum { OP_SET = 0, OP_SPLIT = 1, OP_JMP = 2, OP_SAVE = 3, OP_EOS = 4, OP_MATCH = 5 };

/*
 * Backtracking is bounded so a pathological program can never stall a request; the shipped
 * patterns need a few hundred steps at most on 40 digits (see tools/phonemeta/verify_patterns.php).
 */
#define VM_STEP_BUDGET 100000

const char *crm_phone_meta_version(void)
{
	return crm_phone_meta_version_string;
}

const char *crm_phone_str(uint32_t offset)
{
	return crm_phone_strings + offset;
}

size_t crm_phone_territory_total(void)
{
	return crm_phone_territory_count;
}

const crm_phone_territory *crm_phone_territory_at(size_t index)
{
	return index < crm_phone_territory_count ? &crm_phone_territories[index] : NULL;
}

const crm_phone_territory *crm_phone_territory_by_region(const char *region, size_t len)
{
	if (len != 2) {
		return NULL;
	}
	char key[3];
	for (size_t i = 0; i < 2; i++) {
		char c = region[i];
		if (c >= 'a' && c <= 'z') {
			c = (char) (c - 'a' + 'A');
		}
		if (c < 'A' || c > 'Z') {
			return NULL;
		}
		key[i] = c;
	}
	key[2] = '\0';
	size_t lo = 0, hi = crm_phone_territory_count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int cmp = strcmp(crm_phone_territories[mid].region, key);
		if (cmp == 0) {
			return &crm_phone_territories[mid];
		}
		if (cmp < 0) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return NULL;
}

bool crm_phone_is_country_code(unsigned country_code)
{
	return crm_phone_code_territory_count(country_code) != 0;
}

size_t crm_phone_country_code_prefix(const char *digits, size_t len, unsigned *country_code)
{
	unsigned cc = 0;
	if (len == 0 || digits[0] == '0') {
		return 0;
	}
	for (size_t i = 0; i < 3 && i < len; i++) {
		if (digits[i] < '0' || digits[i] > '9') {
			return 0;
		}
		cc = cc * 10 + (unsigned) (digits[i] - '0');
		if (crm_phone_code_index[cc]) {
			if (country_code) {
				*country_code = cc;
			}
			return i + 1;
		}
	}
	return 0;
}

uint16_t crm_phone_match_patterns(const crm_phone_territory *t, const char *nsn, size_t len)
{
	unsigned s = t->number_dfa;
	for (size_t i = 0; i < len && s; i++) {
		unsigned d = (unsigned char) nsn[i] - '0';
		if (d > 9) {
			return 0;
		}
		s = crm_phone_dfa_next[s][d];
	}
	return crm_phone_dfa_accept[s];
}

uint16_t crm_phone_match_types(const crm_phone_territory *t, const char *nsn, size_t len)
{
	/* the types whose patterns match, kept where len is one of their lengths (no possible length
	 * exceeds CRM_PHONE_MAX_NSN) */
	if (len > CRM_PHONE_MAX_NSN) {
		return 0;
	}
	return crm_phone_match_patterns(t, nsn, len) & t->length_types[len];
}

crm_phone_type crm_phone_number_type(const crm_phone_territory *t, uint16_t mask)
{
	static const crm_phone_type order[] = {
		CRM_PHONE_PREMIUM_RATE, CRM_PHONE_TOLL_FREE, CRM_PHONE_SHARED_COST, CRM_PHONE_VOIP,
		CRM_PHONE_PERSONAL_NUMBER, CRM_PHONE_PAGER, CRM_PHONE_UAN, CRM_PHONE_VOICEMAIL,
	};
	/* The types that outrank fixed line and mobile; most numbers have none of them. */
	const uint16_t special = CRM_PHONE_BIT(CRM_PHONE_PREMIUM_RATE) | CRM_PHONE_BIT(CRM_PHONE_TOLL_FREE)
		| CRM_PHONE_BIT(CRM_PHONE_SHARED_COST) | CRM_PHONE_BIT(CRM_PHONE_VOIP)
		| CRM_PHONE_BIT(CRM_PHONE_PERSONAL_NUMBER) | CRM_PHONE_BIT(CRM_PHONE_PAGER)
		| CRM_PHONE_BIT(CRM_PHONE_UAN) | CRM_PHONE_BIT(CRM_PHONE_VOICEMAIL);
	if (!(mask & CRM_PHONE_BIT(CRM_PHONE_GENERAL))) {
		return CRM_PHONE_UNKNOWN;
	}
	for (size_t i = 0; (mask & special) && i < sizeof order / sizeof order[0]; i++) {
		if (mask & CRM_PHONE_BIT(order[i])) {
			return order[i];
		}
	}
	/*
	 * libphonenumber compares the fixed-line and mobile pattern texts: when they are the same it
	 * never reports plain MOBILE, and fixed line (by its own lengths) decides alone.
	 */
	bool same = t->flags & CRM_PHONE_SAME_FIXED_MOBILE;
	if (mask & CRM_PHONE_BIT(CRM_PHONE_FIXED_LINE)) {
		return same || (mask & CRM_PHONE_BIT(CRM_PHONE_MOBILE)) ? CRM_PHONE_FIXED_LINE_OR_MOBILE : CRM_PHONE_FIXED_LINE;
	}
	if (!same && (mask & CRM_PHONE_BIT(CRM_PHONE_MOBILE))) {
		return CRM_PHONE_MOBILE;
	}
	return CRM_PHONE_UNKNOWN;
}

const char *crm_phone_type_name(crm_phone_type type)
{
	static const char *const names[] = {
		"general", "fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost", "voip",
		"personal_number", "pager", "uan", "voicemail", "no_international_dialling",
		"fixed_line_or_mobile", "unknown",
	};
	return (unsigned) type < sizeof names / sizeof names[0] ? names[type] : "unknown";
}

static uint32_t lengths_of(const crm_phone_territory *t, crm_phone_type type, uint32_t *local)
{
	if (type == CRM_PHONE_FIXED_LINE_OR_MOBILE) {
		/* As libphonenumber: fixed line's lengths, merged with mobile's when mobile has data. */
		if (!(t->types & CRM_PHONE_BIT(CRM_PHONE_FIXED_LINE))) {
			return lengths_of(t, CRM_PHONE_MOBILE, local);
		}
		uint32_t mobile_local = 0;
		uint32_t lengths = lengths_of(t, CRM_PHONE_FIXED_LINE, local);
		if (t->types & CRM_PHONE_BIT(CRM_PHONE_MOBILE)) {
			lengths |= lengths_of(t, CRM_PHONE_MOBILE, &mobile_local);
			*local |= mobile_local;
		}
		return lengths;
	}
	if ((unsigned) type >= CRM_PHONE_TYPE_BITS || !(t->types & CRM_PHONE_BIT(type))) {
		*local = 0;
		return 0;
	}
	*local = t->local_lengths[type];
	return t->lengths[type];
}

crm_phone_length_result crm_phone_check_length(const crm_phone_territory *t, crm_phone_type type, size_t len)
{
	uint32_t local = 0;
	uint32_t lengths = lengths_of(t, type, &local);
	if (!lengths) {
		return CRM_PHONE_INVALID_LENGTH;
	}
	if (len < 32 && (local >> len & 1)) {
		return CRM_PHONE_IS_POSSIBLE_LOCAL_ONLY;
	}
	unsigned min = (unsigned) __builtin_ctz(lengths);
	unsigned max = 31u - (unsigned) __builtin_clz(lengths);
	if (len < min) {
		return CRM_PHONE_TOO_SHORT;
	}
	if (len > max) {
		return CRM_PHONE_TOO_LONG;
	}
	return lengths >> len & 1 ? CRM_PHONE_IS_POSSIBLE : CRM_PHONE_INVALID_LENGTH;
}

bool crm_phone_prefix_dfa_match(uint16_t start, const char *digits, size_t len)
{
	unsigned s = start;
	if (!s) {
		return true;
	}
	/* Accepting states of a prefix DFA all lead to the sink, so the first accept decides. */
	for (size_t i = 0; i < len; i++) {
		if (crm_phone_dfa_accept[s]) {
			return true;
		}
		unsigned d = (unsigned char) digits[i] - '0';
		if (d > 9) {
			return false;
		}
		s = crm_phone_dfa_next[s][d];
		if (!s) {
			return false;
		}
	}
	return crm_phone_dfa_accept[s] != 0;
}

bool crm_phone_leading_digits_match(const crm_phone_territory *t, const char *nsn, size_t len)
{
	return t->leading_digits && crm_phone_prefix_dfa_match(t->leading_digits, nsn, len);
}

typedef struct vm {
	const uint16_t *code;
	const char *s;
	size_t len;
	bool full;
	unsigned budget;
	int8_t cap[2 * (CRM_PHONE_MAX_GROUPS + 1)];
} vm;

/* Recursion only at choice points and captures; programs have no loops, so depth is bounded. */
static bool vm_run(vm *m, unsigned pc, unsigned sp)
{
	for (;;) {
		if (!m->budget) {
			return false;
		}
		m->budget--;
		uint16_t op = m->code[pc];
		switch (op >> 12) {
		case OP_SET:
			/* A non-digit simply fails here, so a prefix match may stop before it. */
			if (sp < m->len && (unsigned) (unsigned char) m->s[sp] - '0' <= 9u
				&& (op >> ((unsigned char) m->s[sp] - '0') & 1)) {
				sp++;
				pc++;
				continue;
			}
			return false;
		case OP_SPLIT:
			if (vm_run(m, m->code[pc + 1], sp)) {
				return true;
			}
			pc = m->code[pc + 2];
			continue;
		case OP_JMP:
			pc = m->code[pc + 1];
			continue;
		case OP_SAVE: {
			unsigned slot = op & 0xFF;
			int8_t old = m->cap[slot];
			m->cap[slot] = (int8_t) sp;
			if (vm_run(m, pc + 1, sp)) {
				return true;
			}
			m->cap[slot] = old;
			return false;
		}
		case OP_EOS:
			if (sp != m->len) {
				return false;
			}
			pc++;
			continue;
		case OP_MATCH:
			if (m->full && sp != m->len) {
				return false;
			}
			m->cap[1] = (int8_t) sp;
			return true;
		default:
			return false;
		}
	}
}

bool crm_phone_program_match(uint32_t program, const char *digits, size_t len, bool full, crm_phone_match *out)
{
	if (!program || len > CRM_PHONE_MAX_DIGITS) {
		return false;
	}
	/*
	 * Most programs begin with fixed digits (group starts aside): an IDD "810", a trunk "0".
	 * When the input does not have them the run fails, so say so without setting up the
	 * machine: before the first SPLIT there is no alternative, and SAVE consumes nothing.
	 */
	const uint16_t *op = crm_phone_vm_code + program + 1;
	for (size_t i = 0;; op++) {
		if (*op >> 12 == OP_SAVE) {
			continue;
		}
		if (*op >> 12 != OP_SET) {
			break;
		}
		unsigned d = i < len ? (unsigned) (unsigned char) digits[i] - '0' : 10u;
		if (d > 9 || !(*op >> d & 1)) {
			return false;
		}
		i++;
	}
	vm m = { .code = crm_phone_vm_code + program, .s = digits, .len = len, .full = full, .budget = VM_STEP_BUDGET };
	memset(m.cap, -1, sizeof m.cap);
	m.cap[0] = 0;
	if (!vm_run(&m, 1, 0)) {
		return false;
	}
	if (out) {
		out->end = (uint8_t) m.cap[1];
		out->groups = (uint8_t) m.code[0];
		for (unsigned g = 0; g <= CRM_PHONE_MAX_GROUPS; g++) {
			bool took_part = g <= out->groups && m.cap[2 * g] >= 0 && m.cap[2 * g + 1] >= 0;
			out->start_of[g] = took_part ? m.cap[2 * g] : -1;
			out->end_of[g] = took_part ? m.cap[2 * g + 1] : -1;
		}
	}
	return true;
}

size_t crm_phone_match_idd(const crm_phone_territory *t, const char *digits, size_t len)
{
	crm_phone_match m;
	if (len > CRM_PHONE_MAX_DIGITS) {
		len = CRM_PHONE_MAX_DIGITS; /* a prefix match never needs the tail */
	}
	return crm_phone_program_match(t->idd_program, digits, len, false, &m) ? m.end : 0;
}

bool crm_phone_match_national_prefix(const crm_phone_territory *t, const char *digits, size_t len,
	crm_phone_match *m)
{
	return crm_phone_program_match(t->national_prefix_program, digits, len, false, m);
}

static bool general_match(const crm_phone_territory *t, const char *nsn, size_t len)
{
	return crm_phone_match_patterns(t, nsn, len) & CRM_PHONE_BIT(CRM_PHONE_GENERAL);
}

size_t crm_phone_strip_national_prefix(const crm_phone_territory *t, const char *digits, size_t len,
	char *out, size_t cap, bool *stripped, size_t *carrier_at, size_t *carrier_len)
{
	crm_phone_match m;
	const char *rule = crm_phone_str(t->national_prefix_transform_rule);
	char buf[2 * CRM_PHONE_MAX_DIGITS + 16];
	const char *result = digits;
	size_t result_len = len;
	bool changed = false;
	size_t c_at = 0, c_len = 0;

	if (len && crm_phone_match_national_prefix(t, digits, len, &m)) {
		bool viable = general_match(t, digits, len);
		unsigned last = m.groups;
		if (!*rule || m.start_of[last] < 0) {
			/* Plain strip; group(0) always takes part, so only a real group can be absent. */
			if (!viable || general_match(t, digits + m.end, len - m.end)) {
				if (last > 0 && m.start_of[last] >= 0 && m.start_of[1] >= 0) {
					c_at = (size_t) m.start_of[1];
					c_len = (size_t) (m.end_of[1] - m.start_of[1]);
				}
				result = digits + m.end;
				result_len = len - m.end;
				changed = true;
			}
		} else {
			/* Java replaceFirst: the expanded rule replaces the match, the rest follows. */
			size_t n = 0;
			for (const char *r = rule; *r; r++) {
				if (*r == '$' && r[1] >= '1' && r[1] <= '9') {
					unsigned g = (unsigned) (*++r - '0');
					if (g <= m.groups && m.start_of[g] >= 0) {
						size_t gl = (size_t) (m.end_of[g] - m.start_of[g]);
						memcpy(buf + n, digits + m.start_of[g], gl);
						n += gl;
					}
				} else {
					buf[n++] = *r;
				}
			}
			if (n + (len - m.end) <= sizeof buf) {
				memcpy(buf + n, digits + m.end, len - m.end);
				n += len - m.end;
				if (!viable || general_match(t, buf, n)) {
					if (m.groups > 1 && m.start_of[1] >= 0) {
						c_at = (size_t) m.start_of[1];
						c_len = (size_t) (m.end_of[1] - m.start_of[1]);
					}
					result = buf;
					result_len = n;
					changed = true;
				}
			}
		}
	}
	if (result_len + 1 > cap) {
		return (size_t) -1;
	}
	memmove(out, result, result_len);
	out[result_len] = '\0';
	if (stripped) {
		*stripped = changed;
	}
	if (carrier_at) {
		*carrier_at = c_at;
	}
	if (carrier_len) {
		*carrier_len = c_len;
	}
	return result_len;
}

const crm_phone_format *crm_phone_territory_format(const crm_phone_territory *t, size_t i)
{
	return i < t->format_count ? &crm_phone_formats[t->format_first + i] : NULL;
}

const crm_phone_format *crm_phone_choose_format(const crm_phone_territory *t, const char *nsn, size_t len,
	bool intl)
{
	for (size_t i = 0; i < t->format_count; i++) {
		const crm_phone_format *f = &crm_phone_formats[t->format_first + i];
		if (intl && (f->flags & CRM_PHONE_FORMAT_NO_INTL)) {
			continue;
		}
		if (crm_phone_prefix_dfa_match(f->leading_digits, nsn, len)
			&& crm_phone_program_match(f->pattern, nsn, len, true, NULL)) {
			return f;
		}
	}
	return NULL;
}

size_t crm_phone_apply_format(const crm_phone_format *f, const char *nsn, size_t len,
	crm_phone_format_style style, char *out, size_t cap)
{
	crm_phone_match m;
	uint32_t tmpl = f->format;
	if (style == CRM_PHONE_STYLE_NATIONAL && f->national_format) {
		tmpl = f->national_format;
	} else if (style == CRM_PHONE_STYLE_INTERNATIONAL && f->intl_format) {
		tmpl = f->intl_format;
	}
	if (!cap || !crm_phone_program_match(f->pattern, nsn, len, true, &m)) {
		return (size_t) -1;
	}
	size_t n = 0;
	for (const char *r = crm_phone_str(tmpl); *r; r++) {
		const char *piece = r;
		size_t piece_len = 1;
		if (*r == '$' && r[1] >= '1' && r[1] <= '9') {
			unsigned g = (unsigned) (*++r - '0');
			piece_len = 0;
			if (g <= m.groups && m.start_of[g] >= 0) {
				piece = nsn + m.start_of[g];
				piece_len = (size_t) (m.end_of[g] - m.start_of[g]);
			}
		}
		if (n + piece_len >= cap) {
			return (size_t) -1;
		}
		memcpy(out + n, piece, piece_len);
		n += piece_len;
	}
	out[n] = '\0';
	return n;
}
