/* dynlib.c - loading a library's functions by name (see dynlib.h). */
#include "util/dynlib.h"

#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#include "util/error.h"

int pm_dynlib_open(void **handle, const char *file, const char *env, const char *needed_by,
		   void *table, const pm_dynlib_sym *syms, int n)
{
	*handle = NULL;
	const char *other = env ? getenv(env) : NULL;
	if (other && *other)
		file = other;
	/* NODELETE: libpq's TLS library registers handlers at exit, which must
	 * outlive a dlclose; binding stays as each library was built (most
	 * bind at load) */
	void *h = dlopen(file, RTLD_LAZY | RTLD_LOCAL | RTLD_NODELETE);
	if (!h) {
		/* dlerror's message starts with the file's name, said already */
		const char *why = dlerror();
		size_t n = strlen(file);
		if (why && !strncmp(why, file, n) && !strncmp(why + n, ": ", 2))
			why += n + 2;
		return pm_error_set(PM_ENOTFOUND, "%s needs %s, which cannot be loaded: %s", needed_by,
				    file, why ? why : "not found");
	}
	for (int i = 0; i < n; i++) {
		void *f = dlsym(h, syms[i].name);
		if (!f) {
			dlclose(h);
			return pm_error_set(PM_ENOTFOUND, "%s needs %s, which has no %s (too old?)",
					    needed_by, file, syms[i].name);
		}
		/* POSIX: a data pointer from dlsym holds a function's address */
		memcpy((char *)table + syms[i].offset, &f, sizeof(f));
	}
	*handle = h;
	return 0;
}

void pm_dynlib_close(void *handle)
{
	if (handle)
		dlclose(handle);
}
