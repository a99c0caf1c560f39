/* fuzz_source.h - what fuzz_gzip and fuzz_zstd share: the byte source
 * (src/io/source.c) driven by reads, lines and peeks in an order the input
 * picks, with its promises checked: an error comes once, after what was
 * decoded before it, and then only the end. */
#ifndef PM_FUZZ_SOURCE_H
#define PM_FUZZ_SOURCE_H

#include "fuzz_common.h"
#include "io/source.h"

/* Decoded bytes read per input at most: a few KB of deflate or zstd can
 * stand for gigabytes (RLE blocks), and the fuzzer is after the decoder's
 * handling of damage, not its speed. */
enum { S_MAX_DECODED = 16 << 20 };

/* data (at least one byte: its first picks the calls) behind magic. */
static void S_drive(const unsigned char *magic, size_t n_magic, const unsigned char *data, size_t size)
{
	if (size == 0)
		return;
	unsigned choice = data[0];
	data++;
	size--;
	unsigned char *buf = malloc(n_magic + size + 1);
	memcpy(buf, magic, n_magic);
	memcpy(buf + n_magic, data, size);
	pm_source *s;
	if (pm_source_open_buffer(&s, (const char *)buf, n_magic + size, "fuzz") < 0) {
		free(buf);
		return;
	}
	if (!pm_source_compressed(s))
		S_broken("the magic bytes were not taken for a compressed stream");
	char out[4096];
	size_t total = 0;
	int errors = 0;
	for (unsigned step = 0; total < S_MAX_DECODED; step++) {
		long n;
		const char *p;
		switch ((choice >> (2 * (step % 4))) & 3) {
		case 0:
		case 1: {
			char *line;
			size_t len;
			int rc = pm_source_line(s, &line, &len);
			n = rc > 0 ? (long)len + 1 : rc;
			if (rc > 0 && (strlen(line) > len || line[len] != '\0'))
				S_broken("a line is not as long as it says");
			break;
		}
		case 2:
			n = pm_source_peek(s, 1 + (step * 977) % 9000, &p);
			if (n > 0)
				n = pm_source_read(s, out, (size_t)n < sizeof(out) ? (size_t)n : sizeof(out));
			break;
		default:
			n = pm_source_read(s, out, sizeof(out));
			break;
		}
		if (n < 0) {
			if (errors++ || !pm_error_last() || strncmp(pm_error_last(), "fuzz: ", 6))
				S_broken("an error came twice, or without the file's name");
			continue;
		}
		if (n == 0)
			break;
		total += (size_t)n;
	}
	if (total < S_MAX_DECODED) {
		char *line;
		size_t len;
		const char *p;
		if (pm_source_read(s, out, sizeof(out)) != 0 || pm_source_line(s, &line, &len) != 0 ||
		    pm_source_peek(s, 10, &p) != 0)
			S_broken("the source gave more after its end");
	}
	if (pm_source_offset(s) > (long long)(n_magic + size))
		S_broken("more stored bytes consumed than there are");
	pm_source_free(s);
	free(buf);
}

#endif
