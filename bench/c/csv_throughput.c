/* Throughput of the CSV core: tokenize + transcode a file through a read(2) callback, best of N runs.
 *
 * Build (same optimisation as a phpize build, -O2):
 *   cc -std=c11 -O2 -Isrc/core bench/c/csv_throughput.c src/core/import/csv.c src/core/import/encoding.c -o /tmp/csv_throughput
 * Run:
 *   /tmp/csv_throughput FILE [runs=3] [buffer_kib=256]
 */
#define _POSIX_C_SOURCE 200809L
#include "import/csv.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static long fd_read(void *ctx, unsigned char *buf, size_t cap)
{
	ssize_t n = read(*(int *) ctx, buf, cap);
	return n < 0 ? -1 : (long) n;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: %s FILE [runs] [buffer_kib]\n", argv[0]);
		return 2;
	}
	int runs = argc > 2 ? atoi(argv[2]) : 3;
	size_t buffer = argc > 3 ? (size_t) atoi(argv[3]) << 10 : 0;
	struct stat st;
	if (stat(argv[1], &st) != 0) {
		perror(argv[1]);
		return 1;
	}
	double best = 1e30;
	unsigned long long rows = 0, fields = 0, out_bytes = 0;
	for (int r = 0; r < runs; r++) {
		int fd = open(argv[1], O_RDONLY);
		if (fd < 0) {
			perror(argv[1]);
			return 1;
		}
		crm_csv_options opt;
		crm_csv_options_init(&opt);
		opt.buffer_bytes = buffer;
		crm_error err;
		crm_row row;
		double t0 = now();
		crm_csv *c = crm_csv_open(&opt, fd_read, &fd, &err);
		if (!c) {
			fprintf(stderr, "open: %s\n", err.message);
			return 1;
		}
		int rc;
		rows = fields = out_bytes = 0;
		while ((rc = crm_csv_next(c, &row, &err)) == 1) {
			rows++;
			fields += row.count;
			/* What a binding touches: every field's length (it copies each into a string). */
			for (size_t i = 0; i < row.count; i++) {
				out_bytes += row.fields[i].len;
			}
		}
		double t = now() - t0;
		if (rc < 0) {
			fprintf(stderr, "error at row %llu column %u: %s\n", (unsigned long long) err.row, err.column, err.message);
			return 1;
		}
		if (r == 0) {
			printf("encoding %s%s, delimiter '%s', header %s\n", crm_csv_encoding_name(c), crm_csv_bom(c) ? " (BOM)" : "",
				crm_csv_delimiter(c) == '\t' ? "\\t" : (char[]) {crm_csv_delimiter(c), 0}, crm_csv_has_header(c) ? "yes" : "no");
		}
		crm_csv_close(c);
		close(fd);
		if (t < best) {
			best = t;
		}
	}
	double mb = (double) st.st_size / 1e6;
	printf("%.1f MB in, %.1f MB UTF-8 out, %llu rows, %llu fields\n", mb, (double) out_bytes / 1e6, rows, fields);
	printf("best of %d: %.3f s  %.0f MB/s  %.2f M rows/s\n", runs, best, mb / best, (double) rows / best / 1e6);
	return 0;
}
