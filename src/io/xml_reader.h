/* xml_reader.h - streaming reader for PETRARCH XML.
 *
 * Reads both the plain form (<Sentences><Sentence date id source sentence>
 * <Text/><Parse/></Sentence>...) and the validation form (<Validation> with
 * an <Environment> naming dictionaries, <Config> elements and per-record
 * <EventCoding> expectations). Records are handed to a callback one at a
 * time, so a file of any size streams in constant memory. */
#ifndef PM_XML_READER_H
#define PM_XML_READER_H

#include <stdio.h>

typedef struct pm_xml_env {
	char verbs[256];      /* <Verbfile> */
	char actors[1024];    /* <Actorfile>, several joined with ',' */
	char agents[256];     /* <Agentfile> */
	char discards[256];   /* <Discardfile> */
	char issues[256];     /* <Issuefile> */
} pm_xml_env;

typedef struct pm_xml_record {
	const char *id;
	const char *date;     /* as written: "20080806" */
	const char *source;
	const char *category;
	const char *text;     /* <Text>, white space collapsed */
	const char *parse;    /* <Parse> as written (new lines kept), or NULL */
	int line;             /* line of the <Sentence> tag */
} pm_xml_record;

typedef struct pm_xml_callbacks {
	/* Called once when </Environment> closes (validation files only). */
	int (*on_env)(void *ctx, const pm_xml_env *env);
	/* Called per <Config option=".." value=".."/> (validation files); the
	 * option applies to the records after it. */
	int (*on_config)(void *ctx, const char *option, const char *value);
	/* Called per <Sentence>; a non-zero return stops the read. */
	int (*on_record)(void *ctx, const pm_xml_record *rec);
	void *ctx;
} pm_xml_callbacks;

/* Reads XML from f; name is used in messages ("file:line: ..."). Returns 0,
 * or a negative code when the XML is not well formed (records before the
 * error have been delivered). */
int pm_xml_read(FILE *f, const char *name, const pm_xml_callbacks *cb);

#endif
