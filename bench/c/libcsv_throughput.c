/* Throughput of Debian's libcsv (libcsv-dev) tokenising a file, no transcoding: the peer that
 * decided the CSV core's design. Best of N runs, the same read(2) loop as csv_throughput.c.
 *
 * Build:  cc -std=c11 -O2 bench/c/libcsv_throughput.c -lcsv -o /tmp/libcsv_throughput
 * Run:    /tmp/libcsv_throughput FILE [runs=3] [delimiter=;]
 */
#define _POSIX_C_SOURCE 200809L
#include <csv.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

typedef struct counts {
	unsigned long fields, rows, bytes;
} counts;

static void on_field(void *s, size_t len, void *data)
{
	counts *c = data;
	(void) s;
	c->fields++;
	c->bytes += len;
}

static void on_row(int ch, void *data)
{
	(void) ch;
	((counts *) data)->rows++;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	static char buf[256 << 10];
	int runs = argc > 2 ? atoi(argv[2]) : 3;
	unsigned char delim = argc > 3 ? (unsigned char) argv[3][0] : ';';
	double best = 1e9;
	counts c = {0, 0, 0};
	struct stat st;

	if (argc < 2 || stat(argv[1], &st) != 0) {
		fprintf(stderr, "usage: %s FILE [runs] [delimiter]\n", argv[0]);
		return 2;
	}
	for (int r = 0; r < runs; r++) {
		struct csv_parser p;
		int fd = open(argv[1], O_RDONLY);
		ssize_t n;
		double t = now();

		csv_init(&p, CSV_APPEND_NULL);
		csv_set_delim(&p, delim);
		c = (counts) {0, 0, 0};
		while ((n = read(fd, buf, sizeof buf)) > 0) {
			if (csv_parse(&p, buf, (size_t) n, on_field, on_row, &c) != (size_t) n) {
				fprintf(stderr, "libcsv: %s\n", csv_strerror(csv_error(&p)));
				return 1;
			}
		}
		csv_fini(&p, on_field, on_row, &c);
		csv_free(&p);
		close(fd);
		t = now() - t;
		if (t < best) {
			best = t;
		}
	}
	printf("libcsv: %.3f s, %.0f MB/s, %lu rows, %lu fields (best of %d)\n", best,
		(double) st.st_size / 1e6 / best, c.rows, c.fields, runs);
	return 0;
}
