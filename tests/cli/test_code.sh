#!/bin/sh
# palmyra code end to end: the PETRARCH suite, bad records, output formats,
# parallel runs. Needs $PALMYRA (the CLI); parts that read ../shared skip
# when it is absent.
P=${PALMYRA:-build/palmyra}
SHARED=${PALMYRA_SHARED:-../shared}
passed=0; failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }
check() { if eval "$1"; then ok; else bad "$2"; fi; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# A small validation file of our own: two good records around a broken one.
cat > "$tmp/recs.xml" <<'XML'
<Validation>
<Environment>
  <Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile><Agentfile>g.txt</Agentfile>
</Environment>
<Sentences>
<Sentence date="20150101" id="T-1" sentence="True"><Text>Valdoria attacked Kestria.</Text>
<Parse>(ROOT (S (NP (NNP Valdoria)) (VP (VBD attacked) (NP (NNP Kestria))) (. .)))</Parse></Sentence>
<Sentence date="20150101" id="T-2" sentence="True"><Text>Broken.</Text>
<Parse>(ROOT (S (NP (NNP Valdoria)) (VP (VBD attacked) (NP (NNP Kestria</Parse></Sentence>
<Sentence date="20150101" id="T-3" sentence="True"><Text>Kestrian soldiers attacked Valdoria.</Text>
<Parse>(ROOT (S (NP (JJ Kestrian) (NNS soldiers)) (VP (VBD attacked) (NP (NNP Valdoria))) (. .)))</Parse></Sentence>
</Sentences></Validation>
XML
printf -- '--- ATTACK [190] ---\nATTACK\n' > "$tmp/v.txt"
printf 'VALDORIA [VAL]\nKESTRIA [KES]\n+KESTRIAN\n' > "$tmp/a.txt"
printf 'SOLDIER [~MIL]\n' > "$tmp/g.txt"

"$P" code -q -d "$tmp" "$tmp/recs.xml" > "$tmp/out.jsonl" 2> "$tmp/err.txt"
check '[ $(wc -l < "$tmp/out.jsonl") -eq 2 ]' "two events from the two good records"
check 'grep -q "recs.xml:8: record T-2: bad parse tree" "$tmp/err.txt"' "the bad record is named by file:line and id"
check 'grep -q "\"id\": *\"T-3\"" "$tmp/out.jsonl"' "coding went on after the bad record"
check 'grep -q "\"source\": *{\"code\": *\"KESMIL\", *\"label\": *\"Kestria: military\", *\"text\": *\"Kestrian soldiers\"}" "$tmp/out.jsonl"' "actor code, label and text"
check 'grep -q "\"code\": *\"190\", *\"code_label\": *\"use conventional military force\", *\"root\": *\"19\", *\"quad\": *4, *\"goldstein\": *-10.0, *\"plover\": *\"ASSAULT\"" "$tmp/out.jsonl"' "code, label, root, quad, goldstein, PLOVER type"
check 'grep -q "\"date\": *\"2015-01-01\"" "$tmp/out.jsonl"' "date"

"$P" code -q -f tsv -d "$tmp" "$tmp/recs.xml" > "$tmp/out.tsv" 2>/dev/null
check 'head -1 "$tmp/out.tsv" | grep -q "^event_id	incident	id	sentence	headline	date	date_precision	date_text	source_code	source_label	source_text	target_code"' "TSV header"
check '[ $(wc -l < "$tmp/out.tsv") -eq 3 ]' "TSV rows"
"$P" code -q -f csv -d "$tmp" "$tmp/recs.xml" > "$tmp/out.csv" 2>/dev/null
check 'grep -q "^[0-9a-f]\{16\},,T-1,0,false,2015-01-01,document,,VAL,Valdoria,Valdoria,KES,Kestria,Kestria,190,use conventional military force,19,4,-10.0,ASSAULT" "$tmp/out.csv"' "CSV row"

"$P" code -q --format yaml "$tmp/recs.xml" > /dev/null 2> "$tmp/err2.txt"
check '[ $? -eq 2 ] && grep -q "unknown format" "$tmp/err2.txt"' "a bad flag is refused"
"$P" code -q -d "$tmp" "$tmp/missing.xml" > /dev/null 2> "$tmp/err3.txt"
check 'grep -q "missing.xml: No such file" "$tmp/err3.txt"' "a missing file is named"

# Compressed input reads like the plain file; the kind comes from the name under .gz/.zst.
"$P" code -q -d "$tmp" "$tmp/recs.xml" > "$tmp/plain.jsonl" 2>/dev/null
gzip -c "$tmp/recs.xml" > "$tmp/recs.xml.gz"
"$P" code -q -d "$tmp" "$tmp/recs.xml.gz" > "$tmp/gz.jsonl" 2>/dev/null
check 'cmp -s "$tmp/plain.jsonl" "$tmp/gz.jsonl"' "gzip input gives the same events"
gzip -c "$tmp/recs.xml" | "$P" code -q -d "$tmp" - > "$tmp/gzstdin.jsonl" 2>/dev/null
check 'cmp -s "$tmp/plain.jsonl" "$tmp/gzstdin.jsonl"' "gzip on stdin ('-') is told by its bytes"
gzip -c "$tmp/recs.xml" > "$tmp/renamed.data"
"$P" code -q -d "$tmp" "$tmp/renamed.data" > "$tmp/sniffed.jsonl" 2>/dev/null
check 'cmp -s "$tmp/plain.jsonl" "$tmp/sniffed.jsonl"' "a compressed file with no telling name is sniffed"
if command -v zstd >/dev/null; then
	zstd -q -c "$tmp/recs.xml" > "$tmp/recs.xml.zst"
	"$P" code -q -d "$tmp" "$tmp/recs.xml.zst" > "$tmp/zst.jsonl" 2>/dev/null
	check 'cmp -s "$tmp/plain.jsonl" "$tmp/zst.jsonl"' "zstd input gives the same events"
fi

# Without its tagger model, raw text stops at once with one clear line.
mkdir -p "$tmp/nodata"
printf '{"id":"a","text":"Troops shelled the town."}\n{"id":"b","text":"Rebels fled."}\n' > "$tmp/docs.jsonl"
printf '' > "$tmp/d.txt"
PALMYRA_DATA="$tmp/nodata" "$P" code -q --verbs "$tmp/v.txt" --no-bundled-actors --actors "$tmp/a.txt" --agents "$tmp/g.txt" --discards "$tmp/d.txt" --in jsonl "$tmp/docs.jsonl" > /dev/null 2> "$tmp/err5.txt"
check '[ $? -ne 0 ]' "a missing tagger model fails the run"
check '[ $(wc -l < "$tmp/err5.txt") -eq 1 ] && grep -q "tagger/en.model" "$tmp/err5.txt"' "one line names the missing model"

# A JSON line's own fields reach "doc" only when asked (--keep-fields).
printf '{"id":"k1","date":"2015-01-01","title":"Raid","feed":"wire-7","lang":"en","text":"Valdoria attacked Kestria."}\n' > "$tmp/keep.jsonl"
"$P" code -q --verbs "$tmp/v.txt" --actors "$tmp/a.txt" --agents "$tmp/g.txt" --in jsonl "$tmp/keep.jsonl" > "$tmp/nokeep.out" 2>/dev/null
"$P" code -q --keep-fields --verbs "$tmp/v.txt" --actors "$tmp/a.txt" --agents "$tmp/g.txt" --in jsonl "$tmp/keep.jsonl" > "$tmp/keep.out" 2>/dev/null
check 'grep -q "\"title\": *\"Raid\"" "$tmp/nokeep.out" && ! grep -q "wire-7" "$tmp/nokeep.out"' "other fields are left out by default"
check 'grep -q "\"feed\": *\"wire-7\"" "$tmp/keep.out" && grep -q "\"lang\": *\"en\"" "$tmp/keep.out"' "--keep-fields copies them into doc"

# --actors adds to the bundled actor files; --no-bundled-actors makes them replace them.
printf 'VALDORIA [VAL]\n' > "$tmp/my.actors.txt"
printf '{"id":"v1","date":"2016-01-01","text":"Valdoria troops attacked Syrian forces in Aleppo."}\n' > "$tmp/v.jsonl"
"$P" code -q --no-enrich --actors "$tmp/my.actors.txt" "$tmp/v.jsonl" > "$tmp/add.out" 2>/dev/null
check 'grep -q "\"source\": *{\"code\": *\"VALMIL\"" "$tmp/add.out" && grep -q "\"target\": *{\"code\": *\"SYRMIL\"" "$tmp/add.out"' "--actors: the given actor and a bundled one"
"$P" code -q --no-enrich --no-bundled-actors --actors "$tmp/my.actors.txt" "$tmp/v.jsonl" > "$tmp/only.out" 2>/dev/null
check 'grep -q "\"code\": *\"VALMIL\"" "$tmp/only.out" && ! grep -q "SYRMIL" "$tmp/only.out"' "--no-bundled-actors: the given actors only"
"$P" dict --actors "$tmp/my.actors.txt" > "$tmp/dict.out" 2>/dev/null
check '[ $(grep -c "^actors " "$tmp/dict.out") -gt 1 ] && grep -q "my.actors.txt" "$tmp/dict.out"' "dict report lists the given and the bundled actor files"
"$P" code --help | grep -q -- "--no-bundled-actors"
check '[ $? -eq 0 ]' "help names --no-bundled-actors"

# a target left without a country beside the same act on a known one is a
# detail of that act ("struck Iranian sites and killed several commanders")
printf '%s\n' '{"id":"u1","date":"2025-06-13","text":"Israel struck Iranian nuclear facilities and killed several senior military commanders early on Friday."}' |
	"$P" code -q --in jsonl - > "$tmp/unplaced.jsonl" 2>/dev/null
check 'grep -q "\"target\": *{\"code\": *\"IRN" "$tmp/unplaced.jsonl"' "the act on Iran is kept"
check '! grep -q "\"code\": *\"---MIL\"" "$tmp/unplaced.jsonl"' "no event on commanders of no country"

# headline grammar: the present without an auxiliary is the verb
# ("Britain expels", "Air strike hits", "Militants storm")
printf '%s\n' '{"id":"h1","date":"2018-03-14","title":"Britain expels 23 Russian diplomats over spy attack","text":"Nothing more."}' \
	'{"id":"h2","date":"2021-01-12","title":"Air strike hits village in Shwebo Township","text":"Nothing more."}' \
	'{"id":"h3","date":"2012-11-17","title":"Congo rebels shell areas near Goma airport","text":"Nothing more."}' |
	"$P" code -q --in jsonl - > "$tmp/headlines.jsonl" 2>/dev/null
check 'grep "\"id\": *\"h1\"" "$tmp/headlines.jsonl" | grep -q "\"code\": *\"161\""' "a headline's -s form after a name is its verb"
check 'grep "\"id\": *\"h2\"" "$tmp/headlines.jsonl" | grep -q "\"code\": *\"195\""' "an air strike hitting a village in a headline is 195"
check 'grep "\"id\": *\"h3\"" "$tmp/headlines.jsonl" | grep -q "\"code\": *\"194\""' "a base form after plural rebels is the verb, rebels the subject"
printf '%s\n' '{"id":"p1","date":"2024-06-10","title":"Four cousins killed in Israeli strike near Gaza port","text":"Nothing more."}' \
	'{"id":"p2","date":"2025-01-29","title":"M23 rebels control most of Goma, airport seized","text":"Nothing more."}' |
	"$P" code -q --in jsonl - > "$tmp/passives.jsonl" 2>/dev/null
check 'grep "\"id\": *\"p1\"" "$tmp/passives.jsonl" | grep -q "\"source\": *{\"code\": *\"ISR\".*\"code\": *\"195\""' "a headline toll without its auxiliary is a passive: the strike is Israel's"
check '! grep -q "\"code\": *\"192\"" "$tmp/passives.jsonl"' "a headline's later clause without a count is no passive"
# a toll that rises tells the attack it counts, a day's possessive included
printf '%s\n' '{"id":"t1","date":"2016-07-05","text":"The death toll from Sunday'"'"'s suicide bombing in the Karrada district of Baghdad has risen to more than 200, Iraq'"'"'s health ministry says."}' \
	'{"id":"t2","date":"2022-08-01","text":"The death toll from a Russian missile attack on a civilian convoy near Zaporizhzhia rose to 30."}' |
	"$P" code -q --in jsonl - > "$tmp/tolls.jsonl" 2>/dev/null
check 'grep "\"id\": *\"t1\"" "$tmp/tolls.jsonl" | grep -q "\"code\": *\"1831\""' "a suicide bombing's rising toll is the bombing"
check 'grep "\"id\": *\"t2\"" "$tmp/tolls.jsonl" | grep -q "\"source\": *{\"code\": *\"RUS\".*\"code\": *\"195\""' "a Russian missile attack's toll is Russia's 195"
# a headline's toll after a colon, and a count of the killed, tell the
# attack; the killed are its target, not its doer
printf '%s\n' '{"id":"t3","date":"2017-10-17","title":"Mogadishu bombing: Death toll passes 300","text":"Nothing more."}' \
	'{"id":"t4","date":"2022-04-09","text":"The number of people killed in a Russian rocket attack on Kramatorsk station has risen to 52."}' \
	'{"id":"t5","date":"2022-04-09","text":"The number of people killed in road accidents has risen to 52."}' |
	"$P" code -q --in jsonl - > "$tmp/tolls2.jsonl" 2>/dev/null
check 'grep "\"id\": *\"t3\"" "$tmp/tolls2.jsonl" | grep -q "\"code\": *\"183\""' "a headline toll after a colon is the bombing before it"
check 'grep "\"id\": *\"t4\"" "$tmp/tolls2.jsonl" | grep -q "\"source\": *{\"code\": *\"RUS\".*\"target\": *{\"code\": *\"UKR.*\"code\": *\"195\""' "the number killed in a Russian rocket attack is Russia's 195 on Ukraine"
check '! grep -q "\"id\": *\"t5\"" "$tmp/tolls2.jsonl"' "the number killed on the roads is no attack"
# truces that begin or come into force, aid crossing into a place, swaps
printf '%s\n' '{"id":"g1","date":"2023-11-24","text":"A four-day truce between Israel and Hamas began in Gaza on Friday morning."}' \
	'{"id":"g2","date":"2025-01-19","text":"A truce between Israel and Hamas came into force on Sunday."}' \
	'{"id":"g3","date":"2024-08-21","text":"A convoy of 15 trucks carrying food and medicine crossed from Chad into Sudan'"'"'s Darfur region on Wednesday."}' \
	'{"id":"g4","date":"2020-10-16","title":"Yemen completes exchange of nearly 900 detainees","text":"Nothing more."}' \
	'{"id":"g5","date":"2020-10-16","text":"The strike began on Monday and the treaty came into force in 2002."}' |
	"$P" code -q --in jsonl - > "$tmp/truces.jsonl" 2>/dev/null
check 'grep "\"id\": *\"g1\"" "$tmp/truces.jsonl" | grep -q "\"source\": *{\"code\": *\"ISR\".*\"code\": *\"0871\""' "a truce that begins binds Israel"
check 'grep "\"id\": *\"g2\"" "$tmp/truces.jsonl" | grep -q "\"code\": *\"0871\""' "a truce that comes into force is 0871"
check 'grep "\"id\": *\"g3\"" "$tmp/truces.jsonl" | grep -q "\"target\": *{\"code\": *\"SDN\".*\"code\": *\"073\""' "aid crossing into Darfur is 073 to Sudan"
check 'grep "\"id\": *\"g4\"" "$tmp/truces.jsonl" | grep -q "\"code\": *\"0841\""' "completing a prisoner exchange is 0841"
check '! grep -q "\"id\": *\"g5\"" "$tmp/truces.jsonl"' "a strike that begins and a treaty in force are no events"
# a headline's "as" opens a clause of its own; "Israel-Hamas truce" is
# a truce between two sides, a British-Iranian worker one person
printf '%s\n' '{"id":"a1","date":"2022-03-01","title":"Russia shells Kharkiv as thousands flee","text":"Nothing more."}' \
	'{"id":"a2","date":"2023-11-24","title":"Israel-Hamas truce begins as aid trucks roll into Gaza","text":"Nothing more."}' \
	'{"id":"a3","date":"2016-04-03","text":"Iranian authorities arrested a British-Iranian aid worker at Tehran airport."}' |
	"$P" code -q --in jsonl - > "$tmp/as.jsonl" 2>/dev/null
check 'grep "\"id\": *\"a1\"" "$tmp/as.jsonl" | grep -q "\"source\": *{\"code\": *\"RUS\".*\"code\": *\"194\""' "a headline verb before \"as\" is its clause's verb"
check 'grep "\"id\": *\"a2\"" "$tmp/as.jsonl" | grep -q "\"source\": *{\"code\": *\"ISR\".*\"code\": *\"0871\""' "an Israel-Hamas truce binds Israel"
check '[ $(grep -c "\"id\": *\"a3\"" "$tmp/as.jsonl") -eq 1 ]' "a British-Iranian aid worker is one target"
# "military" after a country is the noun; a headline clause after a comma
# shares the subject before it; "Azeri" is Azerbaijan's
printf '%s\n' '{"id":"m1","date":"2021-02-01","title":"Myanmar military seizes power, detains Suu Kyi","text":"Nothing more."}' \
	'{"id":"m2","date":"2021-02-01","text":"Myanmar'"'"'s military seized power on Monday and detained Aung San Suu Kyi."}' \
	'{"id":"m3","date":"2020-10-11","title":"Missile strike hits Azeri city of Ganja","text":"Nothing more."}' |
	"$P" code -q --in jsonl - > "$tmp/mil.jsonl" 2>/dev/null
check 'grep "\"id\": *\"m1\"" "$tmp/mil.jsonl" | grep -q "\"source\": *{\"code\": *\"MMRMIL\".*\"code\": *\"173\""' "a headline's second clause after a comma takes the first's subject"
check 'grep "\"id\": *\"m2\"" "$tmp/mil.jsonl" | grep -q "\"source\": *{\"code\": *\"MMRMIL\".*\"code\": *\"173\""' "Myanmar's military is an actor, not an adjective"
check 'grep "\"id\": *\"m3\"" "$tmp/mil.jsonl" | grep -q "\"target\": *{\"code\": *\"AZE\""' "an Azeri city is Azerbaijan's"
printf '%s\n' '{"id":"w1","date":"2025-10-27","title":"Sudan army chief admits withdrawal from Wad Madani","text":"Nothing more."}' |
	"$P" code -q --in jsonl - > "$tmp/admit.jsonl" 2>/dev/null
check 'grep -q "\"source\": *{\"code\": *\"SDNMIL\".*\"code\": *\"087\"" "$tmp/admit.jsonl"' "an army chief admitting a withdrawal is the withdrawal (\"chief\" the noun)"
# "up to 40 gunmen" is a subject; a clause after "and" with no subject
# shares the one before; people seized are hostages (181)
printf '%s\n' '{"id":"u1","date":"2002-10-23","text":"Up to 40 gunmen burst into a theatre in Moscow on Wednesday night and seized hundreds of people watching a musical, police said."}' |
	"$P" code -q --in jsonl - > "$tmp/upto.jsonl" 2>/dev/null
check 'grep -q "\"source\": *{\"code\": *\"RUSUAF\".*\"code\": *\"181\"" "$tmp/upto.jsonl"' "gunmen who burst in and seized people took hostages"
printf '%s\n' '{"id":"b1","date":"2008-08-09","title":"Russian planes bomb Georgian town of Gori","text":"Nothing more."}' |
	"$P" code -q --in jsonl - > "$tmp/cc.jsonl" 2>/dev/null
check 'grep -q "\"source\": *{\"code\": *\"RUS\".*\"target\": *{\"code\": *\"GEO\".*\"code\": *\"195\"" "$tmp/cc.jsonl"' "a word tagged as a conjunction that is none can be a headline's verb"
printf '%s\n' '{"id":"c1","date":"2016-09-26","title":"Colombia, FARC sign peace deal ending 52-year war","text":"Nothing more."}' |
	"$P" code -q --in jsonl - > "$tmp/list.jsonl" 2>/dev/null
check 'grep -q "\"source\": *{\"code\": *\"COL\".*\"target\": *{\"code\": *\"COLREB\".*\"code\": *\"057\"" "$tmp/list.jsonl"' "a headline's comma joins the subject: Colombia and the FARC sign"
printf '%s\n' '{"id":"f1","date":"2023-04-15","text":"Fierce fighting broke out early on Saturday between the Sudanese Armed Forces and the Rapid Support Forces around the army headquarters in Khartoum."}' |
	"$P" code -q --in jsonl - > "$tmp/fight.jsonl" 2>/dev/null
check '[ $(grep -c "\"code\": *\"190\"" "$tmp/fight.jsonl") -eq 2 ] && grep -q "\"source\": *{\"code\": *\"SDNREB" "$tmp/fight.jsonl"' "a fight's sides named after its verb fight each other"
# dying in an attack is the attack's passive; "more than" and "many of
# them" stay in the subject
printf '%s\n' '{"id":"d1","date":"2017-04-04","text":"At least 70 people, many of them children, have died after an apparent chemical attack on the town of Khan Sheikhoun early on Tuesday."}' \
	'{"id":"d2","date":"2019-10-27","text":"Islamic State leader Abu Bakr al-Baghdadi died during a raid by U.S. special forces in northwest Syria'"'"'s Idlib province overnight."}' \
	'{"id":"d3","date":"2019-10-27","text":"The former president died in hospital on Tuesday."}' |
	"$P" code -q --in jsonl - > "$tmp/died.jsonl" 2>/dev/null
check 'grep "\"id\": *\"d1\"" "$tmp/died.jsonl" | grep -q "\"code\": *\"204\""' "dying after a chemical attack is 204"
check 'grep "\"id\": *\"d2\"" "$tmp/died.jsonl" | grep -q "\"source\": *{\"code\": *\"USA.*\"target\": *{\"code\": *\"IMGMUSISI\""' "dying in a raid by U.S. forces: the raid is theirs, on the one who died"
check '! grep -q "\"id\": *\"d3\"" "$tmp/died.jsonl"' "dying in hospital is no event"
# whom a named attack falls on is its target, not its doer
printf '%s\n' '{"id":"a1","date":"2015-10-03","text":"An air strike on the MSF hospital in Kunduz killed 19 people."}' |
	"$P" code -q --in jsonl - > "$tmp/onwhom.jsonl" 2>/dev/null
check 'grep -q "\"code\": *\"195\"" "$tmp/onwhom.jsonl" && ! grep -q "\"source\": *{\"code\": *\"NGO" "$tmp/onwhom.jsonl"' "the hospital struck is not the air strike's source"
# aid that arrives and crowds that protest are news whoever sent or led them
printf '%s\n' '{"id":"g1","date":"2016-01-11","text":"A convoy of 44 lorries carrying food has reached the besieged town of Madaya, the Red Cross says."}' \
	'{"id":"g2","date":"2021-02-07","text":"Thousands marched in Yangon against the coup."}' \
	'{"id":"g3","date":"2022-04-08","text":"Thousands waited to be evacuated from Kramatorsk."}' |
	"$P" code -q --in jsonl - > "$tmp/aid.jsonl" 2>/dev/null
check 'grep "\"id\": *\"g1\"" "$tmp/aid.jsonl" | grep -q "\"target\": *{\"code\": *\"SYR.*\"code\": *\"073\""' "an aid convoy reaching a Syrian town is 073 on Syria"
check 'grep "\"id\": *\"g2\"" "$tmp/aid.jsonl" | grep -q "\"source\": *{\"code\": *\"MMROPP\""' "thousands marching in Yangon are Myanmar's opposition"
check '! grep -q "\"id\": *\"g3\"" "$tmp/aid.jsonl"' "people waiting to be evacuated are no aid event"
printf '%s\n' '{"id":"h5","date":"2018-03-14","title":"London orders 23 Russian diplomats to leave within a week","text":"Nothing more."}' \
	'{"id":"h6","date":"2019-10-27","title":"US raid targets IS leader in Syrian village of Barisha","text":"Nothing more."}' \
	'{"id":"h7","date":"2017-04-07","title":"U.S. fires cruise missiles at Syrian air base over gas attack","text":"Nothing more."}' |
	"$P" code -q --in jsonl - > "$tmp/headlines2.jsonl" 2>/dev/null
check 'grep "\"id\": *\"h5\"" "$tmp/headlines2.jsonl" | grep -q "\"code\": *\"166\""' "an infinitive does not hide a headline's verb"
check 'grep "\"id\": *\"h6\"" "$tmp/headlines2.jsonl" | grep -q "\"source\": *{\"code\": *\"USA\".*\"target\": *{\"code\": *\"IMGMUSISI\""' "US raid targets IS leader: the US acts on IS"
check 'grep "\"id\": *\"h7\"" "$tmp/headlines2.jsonl" | grep -q "\"source\": *{\"code\": *\"USA\".*\"code\": *\"195\""' "U.S. fires cruise missiles: fires is the verb, cruise the noun"
printf '%s\n' '{"id":"n1","date":"2015-05-21","text":"Fighters from the Islamic State of Iraq and the Levant (ISIL) have captured Palmyra, seizing one of Syria'"'"'s most important archaeological sites."}' |
	"$P" code -q --in jsonl - > "$tmp/name.jsonl" 2>/dev/null
check 'grep -q "\"source\": *{\"code\": *\"IMGMUSISI" "$tmp/name.jsonl"' "a name with small words inside stays one subject"
printf '%s\n' '{"id":"h4","date":"2018-03-14","text":"The results show gains in trade."}' |
	"$P" code -q --in jsonl - > "$tmp/body.jsonl" 2>/dev/null
check '[ ! -s "$tmp/body.jsonl" ]' "body text is tagged as before: no headline reading"

suite=$SHARED/peer/petrarch2/text/PETR.UnitTest.records.xml
if [ -f "$suite" ] && command -v python3 >/dev/null; then
	"$P" code -q -d "$SHARED/peer/petrarch2/dictionaries" "$suite" > "$tmp/ut.jsonl" 2>/dev/null
	n=$(python3 "$SHARED/tools/petrarch_suite.py" "$suite" "$tmp/ut.jsonl" | tail -1 | cut -d' ' -f1)
	echo "PETRARCH unit-test suite: $n records pass"
	check '[ "$n" -ge 240 ]' "at least 240 suite records pass (got $n)"
	"$P" code -q -j 2 -d "$SHARED/peer/petrarch2/dictionaries" "$suite" > "$tmp/ut2.jsonl" 2>/dev/null
	check 'cmp -s "$tmp/ut.jsonl" "$tmp/ut2.jsonl"' "two processes give the same output in the same order"
else
	echo "skip: $suite is absent"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
