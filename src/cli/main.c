/* main.c - the `palmyra` command: a dispatch table over cmd_<name>.c. */
#include <stdio.h>
#include <string.h>

#include "palmyra.h"

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "--version")) {
		printf("palmyra %s\n", PM_VERSION);
		return 0;
	}
	fprintf(stderr, "usage: palmyra <command> [options]\n");
	return 2;
}
