/* fuzz_gzip.c - any bytes after the gzip magic, through the byte source
 * every reader reads: zlib's inflate on damaged, truncated and
 * concatenated members (fuzz_source.h checks the source's promises). */
#include "fuzz_source.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static const unsigned char magic[] = {0x1f, 0x8b};
	/* seeds are whole .gz files: their own magic is kept */
	if (size > 3 && data[1] == 0x1f && data[2] == 0x8b)
		S_drive(magic, 0, data, size);
	else
		S_drive(magic, sizeof(magic), data, size);
	return 0;
}
