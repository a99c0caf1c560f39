/* fuzz_zstd.c - any bytes after the zstd magic, through the byte source
 * every reader reads: libzstd on damaged, truncated and concatenated
 * frames (fuzz_source.h checks the source's promises). */
#include "fuzz_source.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static const unsigned char magic[] = {0x28, 0xb5, 0x2f, 0xfd};
	if (size > 5 && !memcmp(data + 1, magic, 4))
		S_drive(magic, 0, data, size);
	else
		S_drive(magic, sizeof(magic), data, size);
	return 0;
}
