/* xml_reader.h - streaming reader for PETRARCH XML.
 *
 * Reads both the plain form (<Sentences><Sentence date id source sentence>
 * <Text/><Parse/></Sentence>...) and the validation form (<Validation> with
 * an <Environment> naming dictionaries, <Config> elements and per-record
 * <EventCoding> expectations). expat is suspended at each </Sentence>, so
 * records come out one at a time and a file of any size streams in
 * constant memory; <Config> elements between records are known when the
 * record after them is handed over. */
#ifndef PM_IO_XML_READER_H
#define PM_IO_XML_READER_H

#include "io/reader.h"

/* Each <Sentence> is a PM_INPUT_SENTENCE: id, date as written
 * ("20080806"), source as the outlet, <Text> with white space collapsed,
 * <Parse> as written (new lines kept) or NULL. XML that is not well formed
 * is a bad record naming its line; the file is left there. */
extern const pm_reader_kind pm_xml_reader;

#endif
