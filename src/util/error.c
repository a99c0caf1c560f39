#include "util/error.h"

#include <stdarg.h>
#include <stdio.h>

/* Thread-local, not global: each thread sees its own last error. */
static _Thread_local char S_message[512];
static _Thread_local int S_code;

int pm_error_set(int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(S_message, sizeof(S_message), fmt, ap);
	va_end(ap);
	S_code = code;
	return code;
}

const char *pm_error_last(void)
{
	return S_code ? S_message : NULL;
}

void pm_error_clear(void)
{
	S_code = 0;
	S_message[0] = '\0';
}
