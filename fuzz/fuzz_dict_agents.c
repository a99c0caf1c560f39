/* fuzz_dict_agents.c - any bytes as a agents dictionary (fuzz_dict.h). */
#include "fuzz_dict.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	S_dict_fuzz(pm_dict_load_agents, data, size);
	return 0;
}
