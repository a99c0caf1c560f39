/* dynlib.h - a library loaded when a feature first needs it (dlopen).
 *
 * libpq and libmicrohttpd, with the dozens of libraries they pull in
 * (TLS, Kerberos, LDAP...), cost every process 4-5 ms of binding at start
 * when linked; only a PostgreSQL store and the server use them. Each
 * keeps its functions in a table of its own (a struct of pointers in its
 * context object, filled here by name), so nothing global changes.
 *
 * A table is declared with an X-macro list of the library's functions:
 *
 *   #define MY_FUNCS(X) X(PQexec) X(PQclear)
 *   typedef struct { MY_FUNCS(PM_DYNLIB_MEMBER) } my_fns;
 *   #define MY_SYM(f) PM_DYNLIB_SYM(my_fns, f)
 *   static const pm_dynlib_sym my_syms[] = { MY_FUNCS(MY_SYM) };
 *
 * the members typed from the library's own header (__typeof__), so a call
 * through the table is checked as a direct call would be. */
#ifndef PM_UTIL_DYNLIB_H
#define PM_UTIL_DYNLIB_H

#include <stddef.h>

typedef struct {
	const char *name;
	size_t offset;          /* of its pointer in the table */
} pm_dynlib_sym;

#define PM_DYNLIB_MEMBER(f) __typeof__(f) *f;
#define PM_DYNLIB_SYM(type, f) {#f, offsetof(type, f)},

/* Loads file (a soname; the environment variable env, when set, names
 * another file to load instead) and fills table with n symbols. On
 * failure returns PM_ENOTFOUND with one line naming the library and what
 * needs it ("for" says: "a PostgreSQL store"), and *handle is NULL.
 * Close with pm_dynlib_close; the library is never unmapped (RTLD_NODELETE:
 * what it registered at exit stays valid), so a table filled before stays
 * callable. */
int pm_dynlib_open(void **handle, const char *file, const char *env, const char *needed_by,
		   void *table, const pm_dynlib_sym *syms, int n);

void pm_dynlib_close(void *handle);

#endif
