#!/bin/sh
# The bundled verb and discard dictionaries on news: (1) the hand-coded news
# set is well formed; (2) object- and particle-dependent verb readings on
# given parse trees; (3) the news set coded from raw text (--in jsonl) and
# scored by tests/code/score_news.py against an F1 floor; (4) the same for
# a held-out set. Needs $PALMYRA and
# python3; part 3 skips while raw-text input is unavailable.
P=${PALMYRA:-build/palmyra}
HERE=$(dirname "$0")
SET=$HERE/../data/news/sentences.jsonl
TREES=$HERE/../data/news/verb_patterns.xml
# Overall F1 the raw-text run must reach: measured 0.806 (P 0.81, R 0.80 on
# 218 expected events) with the Brown-trained tagger, minus a margin for
# retrained models.
FLOOR=${NEWS_F1_FLOOR:-0.77}
HELDOUT=$HERE/../data/news/heldout.jsonl
HELDOUT_FLOOR=${NEWS_HELDOUT_F1_FLOOR:-0.80}
passed=0; failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

if ! command -v python3 >/dev/null; then
	echo "skip: python3 is absent"
	echo "0 passed, 0 failed"
	exit 0
fi

# 1. The set: at least 150 sentences, unique ids, dates 2011-2026, every
# CAMEO root 01-20 expected at least 5 times, some sentences with no event.
if python3 - "$SET" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
ids = [r["id"] for r in rows]
roots = {}
for r in rows:
    for root in {e["code"][:2] for e in r["events"]}:
        roots[root] = roots.get(root, 0) + 1
problems = []
if len(rows) < 150: problems.append("only %d sentences" % len(rows))
if len(set(ids)) != len(ids): problems.append("repeated ids")
problems += ["%s: date %s" % (r["id"], r["date"]) for r in rows if not "2011" <= r["date"][:4] <= "2026"]
problems += ["root %02d: %d sentences" % (k, roots.get("%02d" % k, 0)) for k in range(1, 21) if roots.get("%02d" % k, 0) < 5]
if sum(1 for r in rows if not r["events"]) < 10: problems.append("fewer than 10 no-event sentences")
for p in problems: print(p)
sys.exit(1 if problems else 0)
PY
then ok; else bad "the news set is not well formed"; fi

# 2. Verb readings on given trees (bundled dictionaries).
"$P" code -q "$TREES" > "$tmp/trees.jsonl" 2> "$tmp/trees.err"
python3 -c '
import json, sys
for l in open(sys.argv[1]):
    e = json.loads(l)
    print(e["id"], (e["source"] or {}).get("code"), (e["target"] or {}).get("code"), e["code"], e.get("modality"))
' "$tmp/trees.jsonl" > "$tmp/trees.txt"
expect() { if grep -q "^$1\$" "$tmp/trees.txt"; then ok; else bad "$2 (want '$1')"; fi; }
absent() { if grep -q "^$1 " "$tmp/trees.txt"; then bad "$2"; else ok; fi; }
expect "V-1 ISR.* PSE.* 195 asserted" "warplanes struck: aerial weapons"
expect "V-2 IRN GBR 171 asserted" "seized a tanker: property, not territory"
expect "V-3 IRQ.* IMGMUSISI 190 asserted" "retook X from Y: Y is the target"
expect "V-4 ISR ARE 057 asserted" "struck a deal: agreement, not an attack"
absent "V-5" "a World Cup sentence is discarded"
absent "V-6" "took part: no event"
expect "V-7 YEM.* SAU 195 asserted" "fired missiles at"
absent "V-8" "fired a minister: no event"
expect "V-9 IGOWSTNAT RUS 112 asserted" "accused"
expect "V-10 YEM.* SAU 181 asserted" "abducted"
expect "V-11 TUR.* RUS.* 186 asserted" "shot dead an ambassador: assassination"
expect "V-12 PRK USA 138 asserted" "threatened to fire: a threat of force"
expect "V-13 IMGMUSISI .* 171 asserted" "blown up temples: destruction of property"
absent "V-14" "a heart attack is not an attack"
expect "V-330 NGO SOM 1663 asserted" "aid agencies halting their work reduce aid; no truce"
expect "V-331 IGOEUREEC RUS 163 asserted" "banks banned are an economic sanction"
expect "V-332 SDN NGO 166 asserted" "aid groups expelled: aid cut off"
expect "V-333 KEN SOMREF 090 asserted" "an inquiry set up is an investigation"
absent "V-334" "a venture set up is no event"
expect "V-335 TUR IRN 019 asserted" "agreeing with a side that something is so is accord"
absent "V-335 TUR IRN 030" "a view shared promises nothing"
expect "V-336 TUR IRN 030 asserted" "agreeing with a side to act is still a promise"
expect "V-337 RUS GEO 150 asserted" "warships sent to a sea show force"
expect "V-338 RUS UKR 074 asserted" "troops sent to a land over a sea are still sent there"
expect "V-339 .*OPP .*GOV 141 asserted" "a symbol burned is a demonstration"
expect "V-340 .*OPP .*COP 145 asserted" "a crowd burning buildings riots"
expect "V-341 RUS USA 111 asserted" "an act called a farce is condemned"
expect "V-342 SDN SSD 111 asserted" "a side branded an aggressor is condemned"
expect "V-343 CHN PHL 120 asserted" "a claim called null and void is rejected"
expect "V-344 IRQ .* 111 asserted" "describing a vote as illegitimate condemns it"
absent "V-345" "an operation described as a success: no event"
expect "V-346 RUSLEG GEO 138 asserted" "force approved against a side is a threat of force"
expect "V-347 RUS USA 160 asserted" "a hotline suspended cuts relations"
expect "V-348 ERI ETH 0871 asserted" "an end declared to a state of war is a truce"
expect "V-349 FRA MLI 0874 asserted" "an end declared to a combat mission stands troops down"
absent "V-350" "an end to a war said to be far off is a view"
expect "V-351 ISR IRN 138 asserted" "strikes not ruled out are a threat of force"
absent "V-352" "a plan not rejected: no event, and no threat"
expect "V-353 ISR PSEREBHMS 125 asserted" "talks ruled out are refused"
expect "V-354 TURGOV RUS 042 asserted" "a leader who flew to a capital visits it"
absent "V-354 RUS.* TURGOV 043" "the flight tells no hosting"
absent "V-355" "bombers taking off from a base take no ground"
expect "V-356 IRN SAUGOV 036 asserted" "an invitation to talks is the will to meet"
absent "V-357" "an airport cancelling flights cuts no relations"
expect "V-359 USAGOV SAU 074 asserted" "troops ordered to a land are sent there"
expect "V-360 RUSGOV UKR 154 asserted" "troops ordered to a border are massed there"
absent "V-361 .* 074 " "troops ordered to withdraw are sent nowhere"
expect "V-362 JOR KWT 0334 asserted" "troops pledged to defend a land: protection to come, not the givers' own troops"
expect "V-362 OMN KWT 0334 asserted" "each pledging side gives"
expect "V-363 DEU AFG 0332 asserted" "troops promised for a land: military aid to come"
expect "V-364 FRA UKR 0334 asserted" "troops offered to protect a land: protection to come"

# 2b. A record whose whole text is one line ending no sentence is a
# headline: its clauses joined by a comma share the subject.
printf '%s\n' '{"id":"H-1","date":"2019-04-11","text":"Sudanese army seizes power, detains Bashir"}' \
	> "$tmp/headline.jsonl"
"$P" code -q --in jsonl "$tmp/headline.jsonl" 2> /dev/null | python3 -c '
import json, sys
for l in sys.stdin:
    e = json.loads(l)
    print(e["id"], (e["source"] or {}).get("code"), (e["target"] or {}).get("code"), e["code"], e["headline"])
' > "$tmp/headline.txt"
if grep -q "^H-1 SDNMIL SDN.* 173 True$" "$tmp/headline.txt"; then ok; else bad "a headline record's second clause (detains) is coded"; fi

# 2c. Raw-text readings whose events name no target (trees drop those).
cat > "$tmp/text.jsonl" <<'JS'
{"id":"T-1","date":"2015-06-01","text":"Palestinian shops in Hebron stayed shut in a general strike."}
{"id":"T-2","date":"2015-06-01","text":"Indian traders kept their shops closed in a strike against the new tax."}
{"id":"T-3","date":"2015-06-01","text":"Schools in Gaza stayed closed after the strike."}
JS
"$P" code -q --in jsonl "$tmp/text.jsonl" 2> /dev/null | python3 -c '
import json, sys
for l in sys.stdin:
    e = json.loads(l)
    print(e["id"], (e["source"] or {}).get("code"), (e["target"] or {}).get("code"), e["code"], e["modality"])
' > "$tmp/text.txt"
texpect() { if grep -q "^$1\$" "$tmp/text.txt"; then ok; else bad "$2 (want '$1')"; fi; }
tabsent() { if grep -q "^$1 " "$tmp/text.txt"; then bad "$2"; else ok; fi; }
texpect "T-1 PSE None 143 asserted" "shops that stayed shut in a strike strike"
texpect "T-2 INDBUS None 143 asserted" "shops kept closed in a strike: a strike"
tabsent "T-3" "schools closed after a strike: no event"

# 3. The news set from raw text.
"$P" code -q --in jsonl "$SET" > "$tmp/news.jsonl" 2> "$tmp/news.err"
if grep -q "not supported yet" "$tmp/news.err"; then
	echo "skip: raw-text input is not supported yet, the news set is not scored"
else
	if python3 "$HERE/score_news.py" "$SET" "$tmp/news.jsonl" --floor "$FLOOR"; then ok; else bad "news set F1 below $FLOOR"; fi
	# 4. Held out: 42 sentences written after the coder and chunker were tuned on the news set, and
	# never used to change it (measured 0.875, P 0.89, R 0.86 on 49 events).
	"$P" code -q --in jsonl "$HELDOUT" > "$tmp/heldout.jsonl" 2>> "$tmp/news.err"
	if python3 "$HERE/score_news.py" "$HELDOUT" "$tmp/heldout.jsonl" --floor "$HELDOUT_FLOOR"; then ok
	else bad "held-out news F1 below $HELDOUT_FLOOR"; fi
fi
# 5. Classes of reading on raw text, one probe each (our own sentences):
# id, then the events wanted as "source target code" lines, "-" for none.
cat > "$tmp/probes.jsonl" <<'JSON'
{"id": "P-1", "date": "2014-05-20", "text": "Thai troops killed 40 insurgents on Tuesday."}
{"id": "P-2", "date": "2016-07-20", "text": "Turkey arrested thousands of judges on Wednesday."}
{"id": "P-3", "date": "2019-04-11", "text": "The Sudanese army detained him on Thursday."}
{"id": "P-4", "date": "2020-01-06", "text": "Iran said on Monday that it was ready for talks."}
{"id": "P-5", "date": "1999-04-02", "text": "Thousands of refugees arrived in Albania on Friday."}
{"id": "P-6", "date": "2011-03-14", "text": "Saudi troops crossed into Bahrain on Monday to help put down protests."}
{"id": "P-7", "date": "2010-01-12", "text": "Mexico sent thousands of troops to Michoacan to fight drug cartels."}
{"id": "P-8", "date": "2000-05-08", "text": "British paratroopers arrived in Freetown on Monday."}
{"id": "P-9", "date": "2023-05-08", "text": "India deployed thousands of troops in Manipur on Monday."}
{"id": "P-10", "date": "2004-07-30", "text": "The Security Council gave Sudan 30 days to disarm the militias or face sanctions."}
{"id": "P-11", "date": "2023-04-07", "text": "Chad expelled the German ambassador on Friday, giving him 48 hours to leave the country."}
{"id": "P-12", "date": "1992-06-10", "text": "Militiamen expelled thousands of villagers from the valley."}
{"id": "P-13", "date": "2019-10-19", "text": "Chilean protesters set fire to a bank in Santiago on Saturday."}
{"id": "P-14", "date": "2019-08-12", "text": "Thousands of protesters occupied the airport terminal in Hong Kong."}
{"id": "P-15", "date": "2022-04-02", "text": "A nationwide ceasefire took hold in Yemen on Saturday."}
{"id": "P-16", "date": "2020-10-23", "text": "Somalia's government observed a ceasefire brokered by Turkey."}
{"id": "P-17", "date": "2015-02-09", "text": "Nigeria sent thousands of troops to Borno state on Monday."}
{"id": "P-18", "date": "2023-02-08", "text": "Japan sent search and rescue teams to Turkey on Wednesday."}
{"id": "P-19", "date": "2024-03-02", "text": "Jordan airdropped food and medicine to Gaza on Saturday."}
{"id": "P-20", "date": "2010-01-14", "text": "France flew in tents and blankets for the survivors in Haiti."}
{"id": "P-21", "date": "2023-02-20", "text": "Biden flew in to Kyiv on Monday."}
{"id": "P-22", "date": "2010-05-19", "text": "Thai protest leaders surrendered on Wednesday."}
{"id": "P-23", "date": "2016-06-23", "text": "The FARC declared the end of its armed struggle on Thursday."}
{"id": "P-24", "date": "2009-05-18", "text": "The government announced an end to the insurgency."}
{"id": "P-25", "date": "2018-06-25", "text": "Armed men killed more than 100 villagers in Plateau state on Sunday."}
{"id": "P-26", "date": "2018-06-25", "text": "Gunmen killed 12 villagers in Plateau state on Sunday."}
{"id": "P-27", "date": "1996-01-31", "text": "Greek forces were put on high alert on Wednesday."}
{"id": "P-28", "date": "2021-02-25", "text": "Armenia and Azerbaijan agreed to a complete truce on Thursday."}
{"id": "P-29", "date": "2023-02-09", "text": "A Saudi plane carrying tents and medical supplies landed in Aleppo on Thursday."}
{"id": "P-30", "date": "2024-04-15", "text": "The European Union welcomed Iran's refusal to attack Israel."}
{"id": "P-31", "date": "2016-07-09", "text": "Russia criticised the decision by NATO to deploy troops in Poland."}
{"id": "P-32", "date": "2011-05-31", "text": "Serbia handed Ratko Mladic over to the war crimes tribunal in The Hague."}
{"id": "P-33", "date": "2001-06-29", "text": "Croatia handed over the general to the war crimes tribunal."}
{"id": "P-34", "date": "2023-04-07", "text": "Chad expelled the German ambassador, giving him 48 hours to leave, and recalled its own envoy from Berlin."}
{"id": "P-35", "date": "2015-03-17", "text": "Syrian helicopters dropped barrel bombs filled with chlorine on Sarmin."}
{"id": "P-36", "date": "2017-04-04", "text": "Syrian forces fired chemical rockets into Khan Sheikhoun."}
{"id": "P-37", "date": "2022-02-20", "text": "Poland's foreign minister said Russia had never stopped preparing to attack and warned Moscow against any invasion."}
{"id": "P-38", "date": "1996-01-29", "text": "Greece placed its forces on high alert after Turkish commandos landed on the islet."}
{"id": "P-39", "date": "2019-02-27", "text": "Pakistan put its army on alert and closed its airspace after the Indian air strikes."}
{"id": "P-40", "date": "2020-10-15", "text": "Yemen's government and the Houthis began a prisoner exchange on Thursday, with the Red Cross flying detainees between Sanaa and Aden."}
{"id": "P-41", "date": "1998-08-25", "text": "Angolan, Namibian and Zimbabwean troops arrived in Kinshasa on Tuesday."}
{"id": "P-42", "date": "2021-07-10", "text": "Rwandan police officers arrived in Mozambique on Saturday."}
{"id": "P-43", "date": "2016-05-18", "text": "Nigerian soldiers posing as traders rescued 30 hostages from Boko Haram fighters on Sunday."}
{"id": "P-44", "date": "2023-02-07", "text": "Turkish teams rescued survivors from the rubble in Antakya on Tuesday."}
{"id": "P-45", "date": "2014-05-08", "text": "U.N. investigators opened an inquiry into atrocities committed by all sides in South Sudan."}
{"id": "P-46", "date": "2019-03-23", "text": "Militiamen stormed the village of Ogossagou, killing more than 150 civilians."}
{"id": "P-47", "date": "2019-03-23", "text": "Gunmen stormed the village of Ogossagou, killing 12 civilians."}
{"id": "P-48", "date": "2016-03-02", "text": "Syria condemned the rebels who shelled the city, and accused Turkey of arming them."}
{"id": "P-50", "date": "2016-07-12", "text": "Beijing said it would not accept the ruling."}
{"id": "P-51", "date": "2019-05-05", "text": "Kim Jong Un tested three missiles, and the U.S. president urged him to return to talks."}
{"id": "P-52", "date": "2020-10-12", "text": "Armenia said it had not violated the truce and accused Azerbaijan of shelling villages."}
{"id": "P-53", "date": "2022-10-11", "text": "The French president said the strikes on Kyiv were unacceptable and urged Moscow to halt them."}
{"id": "P-54", "date": "2012-07-01", "text": "Rwanda denied arming the rebels and said accusations by the United Nations were baseless."}
{"id": "P-55", "date": "2023-10-07", "text": "Trucks carrying Hamas fighters crossed the fence on Saturday, and the group accused Israel of crimes."}
{"id": "P-56", "date": "2024-02-17", "text": "Russia's defence ministry said its troops captured the town of Avdiivka."}
{"id": "P-49", "date": "2024-01-10", "text": "The Houthis released a video showing captured sailors and threatened to attack American warships."}
{"id": "P-57", "date": "2021-04-29", "text": "Kyrgyz and Tajik troops clashed on the border on Thursday."}
{"id": "P-58", "date": "2021-04-06", "text": "Iranian and U.S. diplomats held talks in Vienna on Tuesday."}
{"id": "P-59", "date": "2013-01-14", "text": "Gunmen attacked the U.S. embassy in Kabul on Monday."}
{"id": "P-60", "date": "2023-05-20", "text": "Sudan's army and the RSF signed a U.S.-brokered truce on Saturday."}
{"id": "P-61", "date": "2016-07-20", "text": "Turkey blamed a U.S.-based cleric for the coup attempt."}
{"id": "P-62", "date": "2018-04-27", "text": "North and South Korean leaders met at Panmunjom on Friday."}
{"id": "P-63", "date": "2016-05-02", "text": "Human Rights Watch accused Nigeria of torturing prisoners on Monday."}
{"id": "P-64", "date": "2016-05-02", "text": "Reporters Without Borders accused Nigeria of jailing journalists."}
{"id": "P-65", "date": "2012-11-17", "text": "Congo expelled Rwanda's ambassador on Saturday, accusing Kigali of backing the rebels."}
{"id": "P-66", "date": "2019-07-05", "text": "Tehran summoned the British envoy on Friday, condemning London for the seizure of the tanker."}
{"id": "P-220", "date": "2021-11-20", "text": "Ethiopian troops earlier this week captured the town of Adigrat."}
{"id": "P-221", "date": "2019-02-27", "text": "Pakistani troops two days ago shelled Indian army posts."}
{"id": "P-222", "date": "2016-03-27", "text": "Syrian troops, backed by Russian jets, recaptured Palmyra on Sunday."}
{"id": "P-223", "date": "2017-07-21", "text": "Israeli police, according to witnesses, fired tear gas at Palestinian worshippers."}
{"id": "P-224", "date": "2021-11-16", "text": "Armenian and Azerbaijani troops traded fire along the border on Tuesday."}
{"id": "P-225", "date": "2017-11-22", "text": "A U.N. tribunal found former Bosnian Serb commander Ratko Mladic guilty of genocide."}
{"id": "P-226", "date": "2020-02-12", "text": "Israeli soldiers tore down a Palestinian school in the West Bank."}
{"id": "P-227", "date": "1997-01-19", "text": "The Serbian opposition called off its protests in Belgrade on Sunday."}
{"id": "P-228", "date": "2002-02-22", "text": "The Sri Lankan government and Tamil Tiger rebels signed a Norwegian-brokered ceasefire on Friday."}
{"id": "P-229", "date": "2021-09-05", "text": "Guinean special forces seized power on Sunday."}
{"id": "P-230", "date": "1991-09-30", "text": "Haitian soldiers overthrew President Jean-Bertrand Aristide."}
{"id": "P-231", "date": "2004-04-29", "text": "U.S. guards abused Iraqi prisoners at Abu Ghraib."}
{"id": "P-232", "date": "2015-10-02", "text": "Russian jets hammered rebel positions near Idlib on Friday."}
{"id": "P-233", "date": "2005-04-26", "text": "The last Syrian soldiers left Lebanon on Tuesday."}
{"id": "P-234", "date": "1994-08-31", "text": "The Irish Republican Army announced a complete cessation of military operations."}
{"id": "P-235", "date": "2008-03-03", "text": "Nouri al-Maliki criticized Turkey on Monday."}
{"id": "P-237", "date": "2024-12-08", "text": "Syrian rebels took Damascus on Sunday."}
{"id": "P-238", "date": "1998-03-25", "text": "U.S. President Bill Clinton, visiting Kigali, apologized to Rwanda on Wednesday."}
{"id": "P-239", "date": "2020-10-12", "text": "Armenia and Azerbaijan agreed to a truce, but both sides accused each other of violations."}
{"id": "P-240", "date": "2001-01-16", "text": "Congolese President Laurent Kabila was shot dead by one of his bodyguards."}
{"id": "P-200", "date": "2024-04-19", "text": "Iran struck Israeli air bases and killed several senior military officers."}
{"id": "P-201", "date": "2024-04-19", "text": "Russia bombed Ukrainian airfields on Friday and destroyed several military aircraft."}
{"id": "P-202", "date": "2012-09-27", "text": "The presidents of Sudan, South Sudan and Ethiopia signed a border accord in Addis Ababa on Thursday."}
{"id": "P-203", "date": "1992-08-10", "text": "The United States accused Bosnian Serb forces of ethnic cleansing in eastern Bosnia."}
{"id": "P-205", "date": "1993-10-07", "text": "Clinton said all U.S. troops would be withdrawn from Somalia by March."}
{"id": "P-206", "date": "2022-09-13", "text": "Armenian and Azerbaijani troops clashed on the border overnight, and 49 Armenian soldiers were killed."}
{"id": "P-207", "date": "2016-03-22", "text": "Two suicide bombers blew themselves up at Brussels airport, and a third bomb exploded on a metro train."}
{"id": "P-208", "date": "2017-08-09", "text": "North Korea said it would strike the U.S. territory of Guam if provoked."}
{"id": "P-210", "date": "2022-10-12", "text": "The French president warned Russia that using nuclear weapons would cross a red line for the West."}
{"id": "P-211", "date": "2008-08-08", "text": "Georgian troops shelled Tskhinvali overnight, and Russia sent tanks across the border in response."}
{"id": "P-212", "date": "2004-12-28", "text": "The Indian prime minister expressed sympathy to Sri Lanka over the tsunami and pledged naval ships and relief supplies."}
{"id": "P-213", "date": "2014-11-20", "text": "Britain said it would send military advisers to help the Iraqi army fight Islamic State."}
{"id": "P-214", "date": "2013-01-11", "text": "France sent troops to help the Malian army on Friday."}
{"id": "P-215", "date": "2020-10-10", "text": "Armenia and Azerbaijan accepted a Russian-brokered ceasefire on Saturday."}
{"id": "P-216", "date": "2009-01-06", "text": "Government troops braced for the expected assault on Kilinochchi on Tuesday."}
{"id": "P-217", "date": "2019-06-03", "text": "Sudanese soldiers stormed a protest camp outside the defence ministry in Khartoum on Monday."}
{"id": "P-218", "date": "2010-05-19", "text": "Thai troops attacked Red Shirt protesters in central Bangkok."}
{"id": "P-219", "date": "2013-03-24", "text": "Seleka rebels captured Bangui on Sunday as government soldiers fled south."}
{"id": "P-241", "date": "2016-12-20", "text": "Army commandos captured rebel leader Jamil Kazem near the border on Tuesday."}
{"id": "P-242", "date": "1992-05-26", "text": "Serb militiamen expelled thousands of Muslims from Kozarac, witnesses said."}
{"id": "P-243", "date": "2022-07-13", "text": "Sri Lankan police fired tear gas at students and other protesters in Colombo on Wednesday."}
{"id": "P-290", "date": "2011-02-18", "text": "Mexican police shot dead a cartel leader in Culiacan on Friday."}
{"id": "P-291", "date": "2014-04-13", "text": "Masked gunmen without insignia stormed the town hall in Donetsk on Sunday."}
{"id": "P-292", "date": "2013-03-22", "text": "Buddhist zealots burned a mosque in Mandalay on Friday."}
{"id": "P-293", "date": "2009-06-15", "text": "Two Turkish engineers were killed in Kabul on Monday."}
{"id": "P-294", "date": "2022-05-10", "text": "Shelling killed four civilians in Kharkiv on Tuesday."}
{"id": "P-295", "date": "2013-12-16", "text": "Fighting erupted between rival army units in Juba overnight."}
{"id": "P-296", "date": "2021-07-08", "text": "Rockets struck an air base hosting American troops in western Iraq on Wednesday."}
{"id": "P-297", "date": "1990-03-19", "text": "Ethnic Hungarian protesters clashed with police in Targu Mures on Monday."}
{"id": "P-298", "date": "2016-02-09", "text": "Turkish troops crossed into northern Iraq to hunt down PKK fighters it blames for the bombing."}
{"id": "P-299", "date": "2019-11-10", "text": "Rebel officers forced the Bolivian president from power on Sunday."}
{"id": "P-260", "date": "2020-08-12", "text": "Turkey lodges protest with Greece over airspace violations"}
{"id": "P-261", "date": "2012-03-22", "text": "Rebel soldiers tried to seize power in Bamako on Thursday."}
{"id": "P-262", "date": "2022-06-27", "text": "Russian missiles hit crowded market in Kharkiv"}
{"id": "P-263", "date": "1998-06-05", "text": "Eritrean and Ethiopian troops clash along disputed border"}
{"id": "P-264", "date": "2003-03-21", "text": "U.S. jets struck Baghdad on Friday as the campaign to oust Saddam Hussein gathered pace."}
{"id": "P-265", "date": "2016-10-17", "text": "Iraqi troops advanced on Mosul on Monday, seeking to recapture it from Islamic State."}
{"id": "P-266", "date": "2019-05-02", "text": "U.N. council orders war crimes probe into Myanmar"}
{"id": "P-267", "date": "2005-03-08", "text": "Russian special forces killed Chechen separatist leader Aslan Maskhadov in a raid on Tuesday."}
{"id": "P-270", "date": "2014-05-11", "text": "Syrian artillery shelled a Jordanian border post on Sunday, and Amman said it would respond."}
{"id": "P-271", "date": "1990-07-20", "text": "Iraq said it would respond to the Kuwaiti proposal within a week."}
{"id": "P-272", "date": "2017-05-26", "text": "Egyptian jets bombed a Libyan airfield, and Tripoli vowed to respond."}
{"id": "P-273", "date": "2022-08-04", "text": "Beijing warned that its forces would strike Taiwanese ships."}
{"id": "P-274", "date": "1999-04-02", "text": "Greece warned that the crisis could spread across the Balkans."}
{"id": "P-275", "date": "2006-02-03", "text": "Hundreds of Kenyans marched in Nairobi on Friday demanding new elections."}
{"id": "P-276", "date": "2015-09-14", "text": "Officials say the militia reportedly killed 12 farmers in Borno."}
{"id": "P-277", "date": "1995-06-10", "text": "Serbian troops marched on Vukovar on Sunday."}
{"id": "P-278", "date": "2005-09-23", "text": "Thousands of Iraqis rallied in Basra on Friday demanding that British troops leave the city."}
{"id": "P-279", "date": "2008-02-18", "text": "Serbia does not recognize Kosovo's independence."}
{"id": "P-280", "date": "2020-08-19", "text": "Lithuanian leaders said they did not accept the results of the Belarusian election."}
{"id": "P-281", "date": "1994-10-09", "text": "Iraq said it had not moved troops toward the Kuwaiti border."}
{"id": "P-282", "date": "2016-03-15", "text": "More than 250,000 people have been killed in Syria since the uprising began, a monitoring group said."}
{"id": "P-283", "date": "2004-05-11", "text": "At least 4,000 civilians have been killed in Darfur since February, aid agencies said."}
{"id": "P-284", "date": "2011-02-22", "text": "The Yemeni president vowed to hunt down the rebels who attacked his palace."}
{"id": "P-285", "date": "2015-03-02", "text": "The Chadian army vowed to continue its offensive against Boko Haram."}
{"id": "P-286", "date": "2016-11-20", "text": "Iraqi forces continued their offensive against Islamic State in eastern Mosul on Sunday."}
{"id": "P-287", "date": "2004-07-15", "text": "Human Rights Watch said Sudanese troops had burned villages in Darfur."}
{"id": "P-288", "date": "2012-10-04", "text": "Damascus denied that its army had shelled Turkish border villages."}
{"id": "P-350", "date": "2022-03-01", "text": "Strike on the city's central square kills civilians"}
{"id": "P-351", "date": "2006-02-22", "text": "Bombing destroys the dome of a mosque in Samarra"}
{"id": "P-352", "date": "1999-05-10", "text": "The accord was signed in Geneva by Armenia and Azerbaijan on Monday."}
{"id": "P-353", "date": "2014-09-06", "text": "The truce was agreed in Doha after two days of talks."}
{"id": "P-354", "date": "2011-03-02", "text": "A chemical weapon was used against a defector in a Belgian town, officials said."}
{"id": "P-355", "date": "2012-11-21", "text": "A truce was agreed between Israel and Hamas in Cairo on Wednesday."}
{"id": "P-356", "date": "2021-03-02", "text": "Nearly 300 Nigerian schoolgirls abducted last week were released on Tuesday, the governor said."}
{"id": "P-357", "date": "2021-03-02", "text": "Nearly 300 Nigerian schoolgirls were relocated on Tuesday."}
{"id": "P-358", "date": "2014-07-20", "text": "Three mortar shells landed near a school in Gaza City, residents said."}
{"id": "P-359", "date": "2014-07-20", "text": "Two rockets fired from Gaza landed in Ashkelon on Sunday."}
{"id": "P-360", "date": "2014-07-20", "text": "The Egyptian mediator's plane landed in Tel Aviv on Sunday."}
{"id": "P-289", "date": "2011-10-20", "text": "Al Shabaab fighters said Kenyan jets bombed their camps."}
{"id": "P-330", "date": "2021-03-01", "text": "Armed gangs raided a police post in Cap-Haitien on Monday."}
{"id": "P-331", "date": "2021-03-01", "text": "Gang members attacked a bus carrying aid workers near Port-au-Prince."}
{"id": "P-332", "date": "2014-03-18", "text": "The Russian president signed a decree on Monday annexing the Georgian region of Abkhazia."}
{"id": "P-333", "date": "2014-03-18", "text": "Moscow signed a treaty incorporating South Ossetia into Russia."}
{"id": "P-334", "date": "2014-03-18", "text": "Russia and Georgia signed a treaty on trade on Monday."}
{"id": "P-335", "date": "2005-10-12", "text": "Turkey flew 40 tonnes of tents and blankets to Pakistan on Monday."}
{"id": "P-336", "date": "2005-10-12", "text": "A Jordanian plane flew medical supplies into Gaza."}
{"id": "P-337", "date": "2005-10-12", "text": "The Indian foreign minister flew to Islamabad on Monday to discuss food aid."}
{"id": "P-338", "date": "2023-02-07", "text": "India offered condolences to Nepal after the earthquake."}
{"id": "P-339", "date": "2023-02-07", "text": "Egypt sent condolences to Jordan on Friday."}
{"id": "P-340", "date": "2012-03-11", "text": "A Canadian soldier walked out of his camp near Kandahar and shot dead four Afghan farmers."}
{"id": "P-341", "date": "2012-03-11", "text": "Teachers walked out on Monday in protest at the arrest of a union leader."}
{"id": "P-342", "date": "2009-04-08", "text": "Somali pirates seized a Greek tanker off the coast of Somalia."}
{"id": "P-343", "date": "2009-04-08", "text": "Iranian forces seized a British oil tanker in the Strait of Hormuz."}
{"id": "P-344", "date": "2025-03-01", "text": "Erdogan clashed with Macron over Libya."}
{"id": "P-345", "date": "2025-03-01", "text": "The French and German leaders clashed over farm subsidies at the summit."}
{"id": "P-346", "date": "2025-03-01", "text": "Indian and Chinese troops clashed on the border."}
{"id": "P-347", "date": "2004-05-08", "text": "Janjaweed militias razed dozens of villages in Darfur."}
{"id": "P-348", "date": "2004-05-08", "text": "Israeli bulldozers razed three Palestinian homes in Hebron."}
{"id": "P-349", "date": "2004-05-08", "text": "Protesters razed a police station."}
{"id": "P-400", "date": "2019-02-26", "text": "Delhi bombed what it called militant bases in Pakistan, and Islamabad vowed to retaliate."}
{"id": "P-401", "date": "2019-02-26", "text": "Turkish jets bombed rebel camps in Iraq, and Syria vowed to retaliate."}
{"id": "P-402", "date": "2024-01-28", "text": "Niger announced its withdrawal from the African Union on Sunday."}
{"id": "P-403", "date": "2024-01-28", "text": "Venezuela withdrew from the Organization of American States."}
{"id": "P-404", "date": "2024-01-28", "text": "Russian troops withdrew from the U.N. compound near the airport."}
{"id": "P-405", "date": "2023-08-10", "text": "Chad, Burkina Faso and Niger announced sanctions on Guinea."}
{"id": "P-406", "date": "2022-03-21", "text": "Washington concluded that the junta had committed genocide against the Rohingya."}
{"id": "P-407", "date": "2024-06-01", "text": "The Janjaweed committed genocide against the Masalit in Darfur, U.N. investigators said."}
{"id": "P-408", "date": "1999-04-01", "text": "The United Nations said Serb police had committed ethnic cleansing in Kosovo."}
{"id": "P-460", "date": "2022-01-10", "text": "Moscow demanded that NATO rule out membership for Georgia."}
{"id": "P-461", "date": "2021-08-01", "text": "Soldiers in Guinea detained the president and announced on state television that they had dissolved the government."}
{"id": "P-462", "date": "2014-03-20", "text": "Canada imposed travel bans and asset freezes on Russian officials."}
{"id": "P-463", "date": "2016-05-02", "text": "Four Chadian soldiers were killed during a gunfight with bandits near the border."}
{"id": "P-464", "date": "2012-09-14", "text": "Six policemen were killed in clashes with Naxalite rebels in the forest."}
{"id": "P-465", "date": "2017-02-20", "text": "UNAMID handed over its base in El Fasher to the Sudanese government."}
{"id": "P-466", "date": "1999-03-28", "text": "Serb forces burned Albanian villages near Pec, refugees said."}
{"id": "P-467", "date": "2018-03-11", "text": "Militants ambushed an army convoy in North Sinai, killing eight soldiers."}
{"id": "P-468", "date": "2021-04-02", "text": "FARDC troops attacked a CODECO camp in Djugu territory."}
{"id": "P-469", "date": "2013-04-19", "text": "Serbia and Kosovo signed the Brussels agreement on Friday."}
{"id": "P-470", "date": "2017-08-02", "text": "The Taliban said the group's fighters had overrun a police post in Helmand."}
{"id": "P-471", "date": "2016-01-10", "text": "Turkey said Syrian jets had violated its airspace near Hatay."}
{"id": "P-472", "date": "2021-05-12", "text": "Israel said militants in Gaza had fired rockets at its cities overnight."}
{"id": "P-473", "date": "2021-04-30", "text": "Kyrgyzstan and Tajikistan agreed to a ceasefire in Moscow on Friday."}
{"id": "P-474", "date": "2015-03-20", "text": "Yemen's Houthis attacked the presidential palace in Aden on Thursday."}
{"id": "P-480", "date": "2020-03-01", "text": "Turkey said Greece's drills in the Aegean were a provocation."}
{"id": "P-481", "date": "2020-03-01", "text": "Houthi rebels shelled a Saudi border town, and Riyadh said the attack was a war crime."}
{"id": "P-482", "date": "2020-03-01", "text": "Germany said the vote was not illegal."}
{"id": "P-483", "date": "2020-03-01", "text": "Kenya closed its border with Somalia, accusing it of sheltering gunmen."}
{"id": "P-484", "date": "2021-05-01", "text": "Serbia sent troops to the border, a step Kosovo denounced as a provocation."}
{"id": "P-485", "date": "2021-05-01", "text": "Israeli jets bombed a school in Gaza in what Hamas called a massacre."}
{"id": "P-486", "date": "2020-10-05", "text": "Azerbaijani forces shelled Stepanakert, and Yerevan said the shelling was a violation of the truce."}
{"id": "P-487", "date": "2023-10-08", "text": "Hamas fighters attacked Israeli towns, and Washington said the attack on Israel was an act of aggression."}
{"id": "P-488", "date": "2018-04-14", "text": "Moscow said the strikes against Syria were illegal."}
{"id": "P-489", "date": "2020-11-04", "text": "Nairobi ordered a push against the Somali militia, blaming it for raids on border towns."}
{"id": "P-490", "date": "1995-02-01", "text": "Peru and Ecuador moved more soldiers to their disputed border on Monday."}
{"id": "P-491", "date": "1996-01-30", "text": "Greek and Turkish warships were put on alert in the Aegean."}
{"id": "P-492", "date": "2021-01-01", "text": "Belarus went ahead with the drills on Friday, ignoring protests from Lithuania."}
{"id": "P-493", "date": "2014-05-01", "text": "Gunmen raided a village near Kano, and Nigeria's army blamed Ansaru, which denied it."}
{"id": "P-494", "date": "2023-05-01", "text": "Hungary put forward a plan for new talks, which Kyiv rejected as unacceptable."}
{"id": "P-495", "date": "2013-05-01", "text": "Serbia held a vote in the north, which Pristina called meaningless."}
{"id": "P-496", "date": "2014-07-01", "text": "Israeli tanks shelled a camp in Gaza, and Hamas vowed to respond."}
{"id": "P-497", "date": "2022-02-17", "text": "Macron declares end to French combat mission in Mali"}
{"id": "P-498", "date": "2022-02-17", "text": "Macron withdraws France from Mali mission"}
{"id": "P-499", "date": "2019-03-01", "text": "Chadian troops overran the rebel camp near Faya, and the rebels surrendered."}
{"id": "P-500", "date": "2021-07-01", "text": "Armenia protested to Baku, saying Azerbaijani troops had shelled two villages near Tavush."}
{"id": "P-501", "date": "2019-01-01", "text": "Sudan and South Sudan agreed to reopen the border after talks in Ankara hosted by the Turkish foreign minister."}
{"id": "P-502", "date": "2012-04-20", "text": "Former Malian President Amadou Toumani Toure flew to Senegal, which had offered him asylum."}
{"id": "P-503", "date": "2009-12-23", "text": "The Security Council imposed sanctions on Eritrea on Wednesday, and Asmara rejected the decision."}
{"id": "P-504", "date": "2022-09-13", "text": "Azerbaijani drones struck a post near Lachin, and the Armenian army went on high alert."}
{"id": "P-505", "date": "2020-08-05", "text": "Kenya demanded an apology from Uganda for a Somali raid on its border posts."}
{"id": "P-506", "date": "2020-08-05", "text": "Mali demanded more troops from ECOWAS states to fight the jihadists."}
{"id": "P-507", "date": "2012-01-01", "text": "Kabul refused to extradite the militant commander to Pakistan."}
{"id": "P-508", "date": "2020-11-20", "text": "Tigrayan fighters are digging trenches around Alamata, which they seized on Friday, residents said."}
{"id": "P-509", "date": "2016-05-20", "text": "Kurdish fighters are fortifying positions around Manbij, which they captured last month."}
{"id": "P-600", "date": "2007-07-31", "text": "The Security Council authorized a force of 8,000 peacekeepers for Somalia on Tuesday."}
{"id": "P-601", "date": "2017-01-18", "text": "ECOWAS activated its standby force for deployment to Gambia on Wednesday."}
{"id": "P-602", "date": "2017-01-18", "text": "The bank activated a new payment system on Wednesday."}
{"id": "P-603", "date": "2014-08-05", "text": "Egypt handed Hamas a list of demands on Tuesday."}
{"id": "P-604", "date": "1995-03-03", "text": "The United Nations withdrew its last peacekeepers from Somalia on Friday."}
{"id": "P-605", "date": "2016-06-30", "text": "The Security Council reduced the peacekeeping mission in Liberia on Thursday."}
{"id": "P-606", "date": "2023-06-16", "text": "Mali ordered the U.N. peacekeepers to leave the country without delay."}
{"id": "P-607", "date": "2012-02-22", "text": "Kenya demanded more troops from the African Union on Wednesday."}
{"id": "P-608", "date": "2015-11-26", "text": "Turkey demanded an apology from Moscow for the violation of its airspace."}
{"id": "P-609", "date": "2021-03-11", "text": "China imposed a new election law on Hong Kong on Thursday."}
{"id": "P-610", "date": "2022-06-20", "text": "Germany acknowledged its role in the killings in Namibia."}
{"id": "P-611", "date": "2019-04-24", "text": "Putin greeted Kim Jong Un at the airport in Vladivostok on Wednesday."}
{"id": "P-612", "date": "2022-04-20", "text": "Ukraine requested heavy weapons from Germany on Wednesday."}
{"id": "P-613", "date": "2022-04-11", "text": "Ukrainian defenders of Mariupol attacked Russian positions on Monday."}
{"id": "P-614", "date": "1986-05-12", "text": "Afghan mujahideen attacked a Soviet garrison near Herat on Monday."}
{"id": "P-615", "date": "2018-11-16", "text": "A U.N.-backed tribunal convicted two former Khmer Rouge leaders of genocide on Friday."}
{"id": "P-616", "date": "2019-05-13", "text": "Russian human rights defenders criticized the government on Monday."}
{"id": "P-617", "date": "2021-06-05", "text": "Gunmen attacked Arbinda overnight, killing more than 100 people."}
{"id": "P-618", "date": "2006-07-30", "text": "Israeli jets struck Qana on Sunday."}
{"id": "P-619", "date": "2024-11-12", "text": "Russian forces shelled Pokrovsk on Tuesday."}
{"id": "P-620", "date": "2012-04-10", "text": "South Sudanese troops seized Heglig on Tuesday."}
{"id": "P-621", "date": "2019-04-07", "text": "The U.N. chief urged Haftar to halt the offensive on Tripoli."}
{"id": "P-622", "date": "2021-04-24", "text": "Indonesia called for an immediate end to the violence in Myanmar on Saturday."}
{"id": "P-623", "date": "2006-10-03", "text": "Russia suspended rail links with Georgia on Tuesday."}
{"id": "P-624", "date": "2013-03-01", "text": "Georgia and Russia reopened a road link across the mountains on Friday."}
{"id": "P-625", "date": "2006-10-03", "text": "Russia cut diplomatic links with Georgia on Tuesday."}
{"id": "P-700", "date": "2016-06-10", "text": "Chinese and Russian warships began joint patrols on Friday despite protests from Japan."}
{"id": "P-701", "date": "2021-08-02", "text": "Kazakh and Uzbek troops began joint exercises near Uzbekistan's border with Afghanistan on Monday."}
{"id": "P-702", "date": "2019-07-02", "text": "Chinese and Russian troops began joint exercises with Mongolia on Tuesday."}
{"id": "P-703", "date": "2009-03-02", "text": "Moldova condemned Russia's annexation of two Georgian provinces on Monday."}
{"id": "P-704", "date": "2013-05-05", "text": "Jordan denounced Israel's bombing of a Syrian airbase on Sunday."}
{"id": "P-705", "date": "2013-09-22", "text": "Kenya condemned the al-Shabaab bombing of a Nairobi hotel."}
{"id": "P-706", "date": "2014-03-20", "text": "The council condemned its annexation of the islands."}
{"id": "P-707", "date": "2009-10-10", "text": "Swiss envoys mediated talks between Armenia and Turkey in Zurich."}
{"id": "P-708", "date": "2009-10-10", "text": "Swiss envoys quietly mediated talks between Armenia and Turkey."}
{"id": "P-709", "date": "2016-06-10", "text": "Colombia's government and the rebels resumed peace talks in Havana."}
{"id": "P-710", "date": "2016-06-10", "text": "Yemen's government and the opposition held talks in Kuwait City on Monday."}
{"id": "P-711", "date": "2012-09-27", "text": "Delegates of Sudan and South Sudan signed a deal in Addis Ababa that sets out the pullout of troops from Abyei."}
{"id": "P-712", "date": "2006-05-02", "text": "Iran rejected Western demands to halt uranium enrichment."}
{"id": "P-713", "date": "2018-04-10", "text": "Syria rejected Western calls to allow inspectors into Douma."}
{"id": "P-714", "date": "2009-01-08", "text": "Egyptian President Hosni Mubarak, whose country brokered the truce, urged Israel and Hamas to respect it."}
{"id": "P-715", "date": "2016-09-22", "text": "Japanese Prime Minister Shinzo Abe, on the first trip by a Japanese leader to Cuba, praised ties with Havana."}
{"id": "P-716", "date": "2012-05-02", "text": "Kenyan President Uhuru Kenyatta said Somalia's president must step aside."}
{"id": "P-717", "date": "2012-05-02", "text": "Ethiopia remained committed to withdrawing its troops from Somalia."}
{"id": "P-718", "date": "2020-10-05", "text": "Turkey began supplying drones to Azerbaijan on Monday."}
{"id": "P-719", "date": "2013-01-20", "text": "Mali's army said the group had attacked a convoy near Gao."}
{"id": "P-720", "date": "2023-10-10", "text": "Hezbollah fired rockets in support of Hamas."}
{"id": "P-800", "date": "2019-10-20", "text": "The Chilean president replaced eight ministers after ten days of protests over fares."}
{"id": "P-801", "date": "2016-05-02", "text": "Police lifted the curfew in Kathmandu after three weeks of violent protests."}
{"id": "P-802", "date": "2016-05-02", "text": "The minister wrote a book about years of protests."}
{"id": "P-803", "date": "2015-03-02", "text": "Al-Shabaab claimed responsibility for the attack on a hotel in Mogadishu."}
{"id": "P-804", "date": "2015-03-02", "text": "Al-Shabaab denied responsibility for the attack on a hotel in Mogadishu."}
{"id": "P-805", "date": "2016-02-02", "text": "The European Union condemned the shelling of a hospital in Idlib by Syrian troops."}
{"id": "P-806", "date": "2013-01-20", "text": "Residents described the bombing of a bus station in Kano by Islamist militants."}
{"id": "P-807", "date": "2013-01-20", "text": "Residents described the bombing of the station by the river."}
{"id": "P-808", "date": "2008-01-02", "text": "Kenyan police were deployed across Nairobi as riots erupted in several slums."}
{"id": "P-809", "date": "2008-01-02", "text": "Kenyan officials said the riots in the film had erupted suddenly."}
{"id": "P-900", "date": "1984-06-12", "text": "Babrak Karmal accused Pakistan of arming the rebels on Tuesday."}
{"id": "P-901", "date": "1990-06-12", "text": "Babrak Karmal accused Pakistan of arming the rebels on Tuesday."}
{"id": "P-902", "date": "1984-03-05", "text": "Yoweri Museveni criticized Kenya on Monday."}
{"id": "P-903", "date": "1990-03-05", "text": "Yoweri Museveni criticized Kenya on Monday."}
{"id": "P-904", "date": "1985-09-20", "text": "Ayatollah Khomeini denounced Iraq in a speech on Friday."}
{"id": "P-905", "date": "2021-06-14", "text": "Debretsion Gebremichael accused Eritrea of looting in Tigray on Monday."}
{"id": "P-906", "date": "2019-06-14", "text": "Debretsion Gebremichael accused Eritrea of looting in Tigray on Monday."}
{"id": "P-907", "date": "1986-05-19", "text": "The African National Congress condemned Britain on Monday."}
{"id": "P-908", "date": "1996-05-20", "text": "The African National Congress condemned Britain on Monday."}
{"id": "P-909", "date": "1986-02-03", "text": "General Zia accused India of massing troops on the border."}
{"id": "P-910", "date": "2012-11-15", "text": "Mohamed Mursi condemned Israel on Thursday."}
{"id": "P-911", "date": "2018-03-01", "text": "Ivan Marquez criticized Colombia on Thursday."}
{"id": "P-912", "date": "2020-03-05", "text": "Ivan Marquez criticized Colombia on Thursday."}
{"id": "P-913", "date": "1998-03-02", "text": "James Kabarebe met Ugandan officers in Kinshasa on Monday."}
{"id": "P-914", "date": "2012-03-02", "text": "James Kabarebe met Ugandan officers in Kigali on Monday."}
{"id": "P-915", "date": "1994-06-01", "text": "Sheikh Sabah criticized Iraq on Wednesday."}
{"id": "P-916", "date": "2016-11-02", "text": "Sultan Qaboos received the Iranian foreign minister in Muscat on Wednesday."}
{"id": "P-917", "date": "2008-05-20", "text": "Sarath Fonseka said his troops had captured a Tamil Tiger base."}
{"id": "P-918", "date": "2011-06-10", "text": "Sarath Fonseka criticized India on Friday."}
{"id": "P-919", "date": "2013-04-02", "text": "The Kurdistan Democratic Party criticized Turkey on Tuesday."}
{"id": "P-1000", "date": "2014-07-10", "text": "Sudan's army acknowledged that its soldiers had shelled a village in Darfur."}
{"id": "P-1001", "date": "2014-07-10", "text": "The Cypriot foreign minister said he was pessimistic about the talks with Turkey."}
{"id": "P-1002", "date": "2005-03-02", "text": "Nepal's prime minister said he was hopeful that talks with Nepalese Maoist rebels would resume."}
{"id": "P-1003", "date": "2015-05-09", "text": "The Polish president laid a wreath at a memorial to Soviet soldiers in Warsaw."}
{"id": "P-1004", "date": "2020-06-30", "text": "Belgium expressed remorse to Congo for its colonial rule."}
{"id": "P-1005", "date": "2007-01-03", "text": "Ethiopian troops laid siege to the Somali town of Baidoa."}
{"id": "P-1006", "date": "2022-04-01", "text": "India defended its ties with Russia on Friday."}
{"id": "P-1007", "date": "2021-12-15", "text": "Armenia and Azerbaijan clinched a deal on prisoners."}
{"id": "P-1008", "date": "2019-05-02", "text": "Algeria began pumping natural gas to Italy."}
{"id": "P-1009", "date": "2016-02-01", "text": "Jordan took in 600,000 Syrian refugees."}
{"id": "P-1010", "date": "2012-01-10", "text": "The Polisario Front pulled out of the talks with Morocco."}
{"id": "P-1011", "date": "2002-10-01", "text": "Uganda pulled its troops out of Congo."}
{"id": "P-1012", "date": "2012-01-09", "text": "Nigerian unions staged a general strike against the government."}
{"id": "P-1013", "date": "2008-03-03", "text": "Venezuela lashed out at Colombia over the raid."}
{"id": "P-1014", "date": "2014-07-16", "text": "Israel brushed aside an Egyptian proposal."}
{"id": "P-1015", "date": "2016-08-01", "text": "Kenya handed over a suspected smuggler to Tanzania."}
{"id": "P-1016", "date": "2019-01-10", "text": "Poland deported two Russian spies."}
{"id": "P-1017", "date": "2018-02-20", "text": "Gunmen seized three teachers in northern Nigeria."}
{"id": "P-1018", "date": "1992-06-01", "text": "Serb forces drove thousands of Bosnians from their homes."}
{"id": "P-1019", "date": "2013-01-12", "text": "Malian troops defended the town of Konna."}
{"id": "P-1040", "date": "2015-03-02", "text": "CHAD, NIGER LAUNCH JOINT OFFENSIVE AGAINST BOKO HARAM"}
{"id": "P-1041", "date": "2011-02-04", "text": "TUNISIAN PROTESTERS BATTLE POLICE IN SIDI BOUZID"}
{"id": "P-1042", "date": "2008-02-19", "text": "U.K. RECOGNISES KOSOVO AS INDEPENDENT STATE"}
{"id": "P-1043", "date": "2017-06-05", "text": "Saudi Arabia, Egypt Cut Diplomatic Ties With Qatar"}
{"id": "P-1044", "date": "2019-03-04", "text": "Thousands of mourners attended the funeral of 12 villagers killed in a Myanmar army air strike in Kachin state."}
{"id": "P-1045", "date": "2019-03-04", "text": "Aid agencies sent food to families displaced by fighting in Kachin state."}
{"id": "P-1020", "date": "2014-03-02", "text": "The World Bank promised loans for families displaced by fighting in Chad."}
{"id": "P-1021", "date": "2012-07-09", "text": "A Kenyan minister laid a wreath for police officers killed in the uprising in Somalia."}
{"id": "P-1022", "date": "2019-05-14", "text": "Norway appealed for the release of all hostages held by the Taliban."}
{"id": "P-1023", "date": "2020-11-10", "text": "Armenia and Azerbaijan signed a truce brokered by Russia on Tuesday."}
{"id": "P-1024", "date": "2020-08-12", "text": "Greece raised its military alert level in the Aegean after Turkey sent a survey ship."}
{"id": "P-1025", "date": "2021-04-02", "text": "Kenya raised its military alert."}
{"id": "P-1026", "date": "2017-09-04", "text": "Japan raised its military alert and began drills near its border with Russia."}
{"id": "P-1027", "date": "2016-04-12", "text": "The Nepalese army declined to comment on reports that dozens of villagers had been killed in Dolpa district."}
{"id": "P-1028", "date": "2016-04-12", "text": "Nepalese police investigated an attack on a temple in Pokhara."}
{"id": "P-1029", "date": "2016-04-12", "text": "Nepalese police investigated reports that Maoist rebels had attacked a temple in Pokhara."}
{"id": "P-1030", "date": "2016-04-12", "text": "Dozens of villagers were killed in Dolpa district, the army said."}
{"id": "P-1031", "date": "2016-04-12", "text": "The Kenyan president said he was optimistic that talks with Somalia would succeed."}
{"id": "P-1032", "date": "2016-04-12", "text": "Uganda's foreign minister told journalists she was pessimistic that Sudan would keep the truce."}
{"id": "P-1033", "date": "2016-04-12", "text": "The Kenyan president said he was not optimistic about the talks."}
{"id": "P-1034", "date": "2016-04-12", "text": "Uganda's foreign minister told journalists she was concerned about the fighting in Sudan."}
{"id": "P-1035", "date": "2016-04-12", "text": "Uganda's army acknowledged that a patrol had shot two fishermen near Kasese."}
{"id": "P-1038", "date": "2016-04-12", "text": "Uganda's army acknowledged that its soldiers had shot two fishermen near Kasese."}
{"id": "P-1039", "date": "2016-04-12", "text": "The Kenyan president, on a visit to Kampala on Monday, praised Uganda's army."}
{"id": "P-1036", "date": "2016-04-12", "text": "Kenya did not acknowledge that its troops had crossed into Somalia."}
{"id": "P-1037", "date": "2016-04-12", "text": "Somalia closed the border after Kenya admitted that its troops had crossed it."}
{"id": "P-1060", "date": "2016-08-15", "text": "Zambian opposition leaders demanded early elections."}
{"id": "P-1061", "date": "2016-08-15", "text": "Russia demanded the lifting of all sanctions."}
{"id": "P-1062", "date": "2016-08-15", "text": "Nurses in Harare went on strike on Monday, demanding higher pay."}
{"id": "P-1063", "date": "2016-08-15", "text": "Kenyan police investigated an attack on a church in Garissa."}
{"id": "P-1064", "date": "2016-08-15", "text": "Peru's president appointed a commission to investigate hundreds of disappearances in the nineties."}
{"id": "P-1065", "date": "2016-08-15", "text": "U.N. inspectors opened an inquiry into the shelling near the Kakhovka dam in Ukraine."}
{"id": "P-1066", "date": "2016-08-15", "text": "Norway called on the Sri Lankan army not to shell the hospital."}
{"id": "P-1067", "date": "2016-08-15", "text": "Kenya promised not to attack the border town."}
{"id": "P-1068", "date": "2016-08-15", "text": "Senegal's imams urged President Macky Sall not to run again."}
{"id": "P-1069", "date": "2016-08-15", "text": "Chad's parliament set up a panel to investigate the army's conduct in the east."}
{"id": "P-1070", "date": "2016-08-15", "text": "Chad is set to send troops to Niger."}
{"id": "P-1071", "date": "2016-08-15", "text": "Uganda expelled two Kenyan diplomats from Kampala, accusing them of spying."}
{"id": "P-1072", "date": "2016-08-15", "text": "Kenyan police sealed off the market and began searching for accomplices."}
{"id": "P-1080", "date": "2016-03-01", "text": "Chadian soldiers dislodged Boko Haram fighters from an island in Lake Chad."}
{"id": "P-1081", "date": "2016-03-01", "text": "The flood dislodged boulders from the bank of the river."}
{"id": "P-1082", "date": "2016-03-01", "text": "Iraqi police flushed Islamic State militants out of a farm near Samarra."}
{"id": "P-1083", "date": "2016-03-01", "text": "The prime minister flushed with anger as the vote was read out."}
{"id": "P-1084", "date": "2016-03-01", "text": "A suicide bomber rammed a truck laden with explosives into a Somali army base."}
{"id": "P-1085", "date": "2016-03-01", "text": "A Chinese trawler rammed a Japanese coast guard boat near the islands."}
{"id": "P-1086", "date": "2016-03-01", "text": "A suicide bomber rammed a Somali police convoy in Mogadishu."}
{"id": "P-1087", "date": "2016-03-01", "text": "Ethiopia gave Eritrea two weeks to pull its troops back from the border."}
{"id": "P-1088", "date": "2016-03-01", "text": "Nepal expressed appreciation for India's relief work after the earthquake."}
{"id": "P-1089", "date": "2016-03-01", "text": "Japan presented evidence against North Korea at the Security Council."}
{"id": "P-1090", "date": "2016-03-01", "text": "The finance minister presented the budget to parliament."}
{"id": "P-1091", "date": "2016-03-01", "text": "Saudi Arabia kept up its blockade of Yemen."}
{"id": "P-1092", "date": "2016-03-01", "text": "Syrian troops kept up their attacks on Turkish positions."}
{"id": "P-1093", "date": "2016-03-01", "text": "Iran maintained that its missile tests were lawful."}
{"id": "P-1094", "date": "2016-03-01", "text": "Burundian troops pressed their offensive against the rebels near the Rwandan border."}
{"id": "P-1095", "date": "2016-03-01", "text": "Germany pressed Greece for faster reforms."}
{"id": "P-1096", "date": "2016-03-01", "text": "Nigerian soldiers ended a two-week siege by Boko Haram fighters of a base near Monguno."}
{"id": "P-1097", "date": "2016-03-01", "text": "Russian troops ended their siege of the Georgian town."}
{"id": "P-1098", "date": "2016-03-01", "text": "Chad ordered the withdrawal of its soldiers from Mali."}
{"id": "P-1099", "date": "2016-03-01", "text": "Al Shabaab fighters seized the town after driving out Kenyan troops."}
{"id": "P-1100", "date": "2019-08-20", "text": "Papuan students burned tyres outside a police station on Monday."}
{"id": "P-1101", "date": "2012-04-10", "text": "Kachin villagers accused Myanmar's army of burning their homes."}
{"id": "P-1102", "date": "2023-06-15", "text": "Masalit leaders accused the Rapid Support Forces of killing civilians."}
{"id": "P-1103", "date": "2018-10-02", "text": "Ambazonian leaders rejected talks with Cameroon's government."}
{"id": "P-1104", "date": "2017-02-11", "text": "Kikuyu elders urged Kenya's president to resign."}
{"id": "P-1105", "date": "2014-08-05", "text": "Yazidi leaders appealed to the United Nations for help."}
{"id": "P-1106", "date": "2010-03-01", "text": "Thousands of Baloch protesters marched in Quetta on Monday."}
{"id": "P-1107", "date": "2012-03-01", "text": "Baloch nationalists accused the Pakistani army of killing activists."}
{"id": "P-1108", "date": "2013-02-17", "text": "Hazara leaders accused Pakistan's army of failing to protect them."}
{"id": "P-1109", "date": "2016-07-09", "text": "Kashmiri protesters threw stones at Indian police in Srinagar."}
{"id": "P-1110", "date": "2009-04-20", "text": "Tamil protesters blocked a road in Jaffna on Monday."}
{"id": "P-1111", "date": "2021-10-05", "text": "Mapuche protesters clashed with police in Temuco."}
{"id": "P-1112", "date": "2019-08-20", "text": "Kabyle protesters marched in Tizi Ouzou against the army chief."}
{"id": "P-1113", "date": "2014-03-18", "text": "Crimean Tatar leaders criticized Russia's annexation."}
{"id": "P-1114", "date": "2015-07-01", "text": "Igbo leaders urged Nigeria's president to release the detained separatist leader."}
{"id": "P-1115", "date": "2016-06-01", "text": "Druze leaders criticized the Syrian government."}
{"id": "P-1116", "date": "2011-04-20", "text": "Tamil Nadu's chief minister criticized Sri Lanka."}
{"id": "P-1117", "date": "2016-05-01", "text": "Iraqi Kurdish leaders asked Washington for more aid."}
{"id": "P-1118", "date": "2016-05-01", "text": "Iranian Kurdish rebels attacked a border post."}
{"id": "P-1119", "date": "2016-05-01", "text": "Gunmen blew up an oil pipeline in the Niger Delta on Sunday."}
JSON
"$P" code -q --in jsonl "$tmp/probes.jsonl" > "$tmp/probes.out" 2>> "$tmp/news.err"
python3 -c '
import json, sys
for l in open(sys.argv[1]):
    e = json.loads(l)
    if e.get("modality") in ("negated", "future", "conditional"):
        continue
    print(e["id"], (e["source"] or {}).get("code"), (e["target"] or {}).get("code"), e["code"])
' "$tmp/probes.out" > "$tmp/probes.txt"
probe() { if grep -q "^$1\$" "$tmp/probes.txt"; then ok; else bad "$2 (want '$1')"; fi; }
none() { if grep -q "^$1 .* $2\$" "$tmp/probes.txt"; then bad "$3"; else ok; fi; }
probe "P-1 THAMIL THAINS 19.*" "a state's forces fight armed men of no named country at home"
probe "P-2 TUR TURJUD 173" "a state arrests its own judges"
probe "P-3 SDNMIL SDN 173" "an army detains someone at home"
none P-4 010 "a plain statement is no event of its own"
none P-5 042 "refugees arriving pay no visit"
probe "P-6 SAUMIL BHR 062" "forces moved in to help cooperate militarily"
none P-7 19. "what troops are sent to do is not done"
probe "P-8 GBRMIL SLE 074" "forces landing in another country are there to protect"
probe "P-9 IND INDMIL 154" "forces deployed at home are a show of force"
probe "P-10 IGOUNO SDN 139" "a deadline given on pain of something is an ultimatum"
none P-10 087 "what an ultimatum asks for is not done"
probe "P-11 TCD DEUGOV 161" "an expulsion"
none P-11 139 "the deadline of an expulsion is no threat of its own"
probe "P-12 .* .* 201" "expelling thousands of people is a mass expulsion"
probe "P-13 CHLOPP CHL 145" "a crowd setting fire riots"
probe "P-14 HKGOPP HKG 144" "a crowd occupying a building obstructs; it conquers nothing"
probe "P-15 YEM YEM 0871" "a truce naming no sides binds those of the place it holds in"
probe "P-16 SOMGOV .* 0871" "a truce observed is a truce declared"
none P-16 "TUR 0871" "the broker of a truce is no party to it"
probe "P-17 NGA NGA.* 154" "troops a state sends within its borders are a show of force"
none P-17 074 "troops sent at home keep no one's peace"
probe "P-18 JPN TUR 073" "rescue teams sent abroad are humanitarian aid"
probe "P-19 JOR PSE 073" "food dropped from the air is humanitarian aid"
probe "P-20 FRA HTI 073" "relief goods flown in are delivered"
probe "P-21 USA.* UKR 042" "a leader flying in visits"
probe "P-22 THAOPP THA 080" "an opposition yielding to no one named yields to its own state"
probe "P-23 COLREB COL 0873" "an armed group ending its own struggle stands down"
none P-24 0873 "a government ending an insurgency stands nothing down"
probe "P-25 NGA.* NGACVL 202" "a band of gunmen killing civilians by the score is a mass killing"
probe "P-26 NGA.* NGACVL 180" "a few killed by gunmen is their attack"
probe "P-27 GRCMIL .* 152" "forces placed on alert show their own side's force"
probe "P-28 ARM AZE 0871" "a truce agreed is the truce, whatever qualifies it"
none P-28 057 "a truce agreed is no written deal"
probe "P-29 SAU SYR 073" "a plane carrying relief that lands delivers it"
none P-30 19. "an act a noun refuses is not done"
probe "P-31 RUS IGOWSTNAT 111" "criticism of a decision"
none P-31 074 "an act a noun decides is not done by the critic"
probe "P-32 SRB IGO.*JUD 063" "a suspect handed over to a court is judicial cooperation with the court"
probe "P-33 HRV IGO.*JUD 063" "handing over to a tribunal is no surrender"
none P-34 139 "an expulsion's deadline is no threat, whatever follows it"
probe "P-35 SYR.* .* 204" "bombs filled with a chemical dropped are a chemical attack"
probe "P-36 SYR.* .* 204" "chemical rockets fired are a chemical attack"
probe "P-37 POLGOV RUS 13.*" "a warning after a report of what the other side had kept doing is the speaker's"
probe "P-38 GRC TUR.* 152" "an alert raised after the other side's act is raised against it"
probe "P-39 PAK IND 152" "... named in the act joined to it too"
probe "P-40 YEMREB YEM 0841" "a prisoner exchange between a state and its rebels"
none P-40 "NGO.* 0841" "those in a comma's 'with X doing Y' are no party to the act"
probe "P-41 AGOMIL COD 074" "the first of a comma list of nationalities is an actor too"
probe "P-41 ZWEMIL COD 074" "... and the last"
probe "P-42 RWACOP MOZ 074" "police sent to another country are there to keep the peace"
probe "P-43 NGAMIL NGAREB 190" "hostages rescued from their captors: an operation against them, by those posing as others"
none P-44 19. "survivors rescued from the rubble: relief"
probe "P-45 IGOUNO SSD 090" "an inquiry opened"
none P-45 20. "atrocities committed, named before the verb, name no mass killing"
probe "P-46 .* .* 202" "an assault that kills civilians by the score is a mass killing"
none P-47 202 "a dozen killed is the assault's own"
probe "P-48 SYR TUR 112" "a speaker's second stand after a relative clause is the speaker's"
probe "P-49 YEMREB USA.* 138" "a past form after a participle in the object is the subject's"
probe "P-50 CHN None 12.*" "a refusal is news with no one named to receive it"
probe "P-51 USA.* PRK.* 02.*" "the pronoun a verb urges to act is its object, never its subject"
probe "P-52 ARM AZE 016" "a side saying it did not do an act denies it, answering whom the act beside names"
probe "P-53 FRA.* RUS 02.*" "a speaker's stand after 'X were unacceptable and' is the speaker's"
probe "P-54 RWA IGOUNO 016" "a denial answers whom the statement beside it names"
probe "P-55 PSEREBHMS ISR 112" "'the group' is the body the clause before names"
probe "P-56 RUSMIL UKR 190" "'its troops' of a defence ministry are its country's forces"
probe "P-57 KGZMIL TJKMIL 190" "country words joined by and before a noun each qualify it, whatever their tag"
probe "P-57 TJKMIL KGZMIL 190" "... the last one too"
probe "P-58 IRNGOV USAGOV 04.*" "... an abbreviation among them too"
probe "P-59 AFGUAF USAGOV 180" "a country named before a noun says whose the thing is, not whose the agents there are"
probe "P-60 SDNMIL SDNREB 0871" "an abbreviation's -brokered compound qualifies the truce"
none P-60 "USA 0.*" "... and is no party to it"
none P-61 "USA 112" "a U.S.-based cleric is not the U.S."
probe "P-62 PRK KOR 04.*" "the first half of a divided country said by its direction is the country too"
probe "P-62 KOR PRK 04.*" "... and the second"
probe "P-63 NGOHRIHRW NGA 112" "a name ending in a verb-like word leaves the real verb a verb"
probe "P-64 NGO.* NGA 112" "a name's 'Without' denies nothing"
probe "P-65 COD RWA.* 161" "the act before a ', accusing X' clause"
probe "P-65 COD RWA.* 112" "', accusing Kigali of' after a day name is the subject's accusation, not a noun phrase"
probe "P-66 IRN GBR.* 11.*" "', condemning London for' after a day name is the subject's disapproval"
probe "P-220 ETHMIL ETH 19.*" "'earlier this week' between subject and verb is a time phrase, not the subject"
probe "P-221 PAKMIL INDMIL 194" "'two days ago' between subject and verb is a time phrase"
probe "P-222 SYRMIL SYR 19.*" "a participle aside between commas leaves the subject its verb"
probe "P-223 ISRCOP PSE.* 175" "', according to witnesses,' between subject and verb is an aside"
probe "P-224 ARMMIL AZEMIL 190" "traded fire is exchanged fire: each side fires on the other"
probe "P-224 AZEMIL ARMMIL 190" "... both ways"
probe "P-225 IGOUNOJUD BIH.* 116" "a court finding someone guilty, the one found between the verb and 'guilty'"
probe "P-226 ISRMIL PSE 171" "tearing down a building destroys property"
probe "P-227 SRBOPP SRB 082" "calling off protests eases dissent"
probe "P-228 NOR LKAGOV 045" "the broker a '-brokered' word names mediates, on the first party"
probe "P-229 GINMIL GINGOV 170" "a coup ('seized power') is on the source's own government"
probe "P-230 HTIMIL HTI.* 17.*" "overthrowing a president coerces"
probe "P-231 USA.* IRQ.* 182" "guards abusing prisoners assault them (a verb of the top 1,500)"
probe "P-232 RUSMIL SYRREB 19.*" "jets hammering positions attack them (a verb of the top 1,500)"
probe "P-233 SYRMIL LBN 0874" "forces leaving a country withdraw from it"
probe "P-234 GBRREB GBR 0871" "a cessation of operations announced is a truce"
probe "P-235 IRQGOV TUR 111" "a known name ending in 'al-' and a capital stays a name, and the verb after it a verb"
probe "P-237 SYRREB SYR 192" "ground taken from no side named is taken from the place's own country"
probe "P-238 USAGOV RWA 055" "a participle aside with its object (', visiting Kigali,') leaves the subject its verb"
probe "P-239 ARM AZE 112" "'both sides' after two names joined by 'and' are the two"
probe "P-239 AZE ARM 112" "... each on the other"
probe "P-240 COD.* CODGOV 186" "the 'by' of a passive after an adjective ('shot dead by') names the doer"
probe "P-200 IRN ISR 19.*" "a strike on a country's bases is on that country"
none P-200 "IRNMIL 1[89].*" "the officers killed beside it are not the striker's own because its name is a place"
probe "P-201 RUS UKR 19.*" "a bombing of a country's airfields is on that country"
none P-201 "RUSMIL 1[89].*" "the aircraft destroyed beside it are not the bomber's own"
probe "P-202 SDNGOV SSDGOV 057" "of three parties to a joint act the first two act with each other"
probe "P-202 SSDGOV SDNGOV 057" "... both ways"
probe "P-202 ETHGOV SDNGOV 057" "... and a later one with the first"
none P-202 "ETHGOV 057" "... not every party with every other"
probe "P-203 USA BIH.* 112" "an accusation is the accuser's"
none P-203 "BIH.* 20.*" "what it alleges the accused did is no act of the accuser's"
probe "P-205 USA.* SOM 0356" "troops to be withdrawn from a place: their own side's intent to withdraw from it"
probe "P-206 AZEMIL ARMMIL 19.*" "a clash between two sides"
if grep -q "^P-206 None " "$tmp/probes.txt"; then bad "the soldiers killed in a clash are its toll, not a killing by an unknown hand"; else ok; fi
probe "P-207 None BEL 18.*" "a weapon that acts with no doer named stays beside the bombers' act"
probe "P-208 PRK USA 138.*" "'would strike X if provoked', said by its side: a threat, though the chunker hangs 'if provoked' on the verb"
probe "P-210 FRAGOV RUS 13.*" "a warning is the warner's threat"
none P-210 "20.*" "the gerund subject of the warning's that-clause is not done by the warner"
none P-211 "07.*" "tanks a state sends are its own: no military aid to anyone"
probe "P-212 INDGOV LKA 03.*" "a pledge naming no one is to whom the act beside it is"
probe "P-213 GBR IRQ.* 03.*" "military advisers a side says it will send: its intent to send forces"
none P-213 "07.*" "... the help they are to give is not given by them yet"
probe "P-214 FRA MLIMIL 074" "troops sent to help an army"
none P-214 "070" "... the help is what they are sent for, one act with the sending"
probe "P-215 ARM AZE 0871" "a truce accepted is the truce"
none P-216 "19.*" "an attack awaited ('the expected assault on') has not happened"
probe "P-217 SDNMIL .* 175" "soldiers storming a protest camp: violent repression"
probe "P-218 THAMIL THAOPP 175" "troops attacking protesters: violent repression"
probe "P-219 CAFMIL CAFREB 0874" "a retreat told beside a capture is from the side that took the ground"
probe "P-241 .* .* 173" "a leader captured is arrested"
none P-241 "19.*" "... not ground fought over"
probe "P-242 .* 201" "a people driven out"
none P-242 "0874" "... lose no ground in a fight: no military retreat"
probe "P-243 LKACOP LKAEDU 175" "tear gas fired at students among protesters"
none P-243 "LKAOPP 175" "... 'and other protesters' are the same crowd, told once"
probe "P-290 MEXCOP MEX.* 1.*" "'shot dead' after a noun read as a compound ('police shot') is the verb"
probe "P-291 [-A-Z]*UAF .* 1[89].*" "'without' in the subject of a finite verb denies nothing"
probe "P-292 MMRRAD MMR 17.*" "armed men named by their zeal are an actor, as extremists are"
probe "P-293 None TUR.* 19.*" "the place of a killing told in the passive is no doer"
probe "P-294 None UKR.* 19.*" "a war gerund opening the sentence before its past form is the subject: an agentless killing"
probe "P-295 SSD.* SSD.* 19.*" "fighting that erupts between sides named after the verb is theirs"
probe "P-296 .* USA.* 19.*" "a base hit is the troops' it houses, not the country it stands in"
probe "P-297 ROUOPP ROUCOP 14.*" "an ethnic people named as such is of the country it acts in, not the state of its name"
probe "P-298 TURMIL IRQ 19.*" "a relative clause opened by a pronoun leaves the main verb finite"
probe "P-299 BOLREB BOLGOV 17.*" "forcing a leader from power is an ouster"
probe "P-260 TUR GRC 114" "a headline's 'lodges protest': the -s word is the verb"
none P-261 "17." "an attempt to seize power tells no seizure"
probe "P-262 RUS UKR 19." "a headline's present verb read as 'which'"
probe "P-263 ERIMIL ETHMIL 19." "a headline's bare stem after a plural subject"
none P-264 "17." "the aim of a campaign named as a preposition's object is not done"
probe "P-265 IRQMIL IMGMUSISI 190" "trying to retake ground is fighting"
probe "P-266 IGOUNO MMR 09." "a headline's 'orders probe': the object read as a verb is a noun"
probe "P-267 RUSMIL RUS.* 186" "killing a group's leader is an assassination"
probe "P-270 JOR SYRMIL 138" "a reply vowed by a side just attacked is a threat against the attacker"
none P-271 "13." "a reply to a proposal threatens nothing"
probe "P-272 LBY EGYMIL 138" "'vowed to respond' after an air raid is a threat"
none P-273 "012" "a warning that codes its threat is that threat, not a comment"
probe "P-273 CHNMIL TWN 1384" "the warned strike is the threat"
probe "P-274 GRC None 012" "a warning with no threat in it stays a comment"
probe "P-275 KEN.* KEN.* 141" "'on Friday' dates a march: it is no march on a place"
none P-275 "19." "a crowd marching on a day name is not advancing"
probe "P-276 .* NGA.* 1[89]." "an adverb between a reported subject and its verb keeps the verb"
probe "P-277 SRBMIL .* 190" "marching on a named town is still an advance"
probe "P-278 IRQ GBRMIL 141" "a protest is against the one its demand names, not the place it is held in"
none P-278 "087." "the withdrawal a crowd demands is not done"
probe "P-279 SRB XKX 120" "recognition withheld is a refusal"
probe "P-280 LTU BLR 120" "'said they did not accept' is a refusal, not a denial"
none P-280 "016" "a stance withheld denies nothing"
probe "P-281 IRQ KWT 016" "saying one did not do an act is still a denial"
none P-282 "1[89]." "a toll counted since a past happening is a running total, no one act"
none P-283 "1[89]." "killings counted since a month are a running total"
probe "P-284 YEM.* YEMREB 138.*" "vowing to hunt down a side is a threat of force against it"
probe "P-285 TCDMIL NGAREB.* 138.*" "vowing to continue an offensive is a threat of force"
probe "P-286 IRQMIL IMG.* 190" "an offensive continued is fighting"
probe "P-287 SDNMIL SDN 171" "the report's speaker is no source of the act it reports"
probe "P-288 SYR TUR.* 016" "a denial answers whom the act it denies names"
probe "P-289 KENMIL SOMREB 195" "the camps an attack strikes are not the attackers': 'their' is the speaker's"
probe "P-330 HTICRM HTICOP 180" "a raid by an armed gang is unconventional violence, not military force"
probe "P-331 HTICRM NGO 180" "gang members attack as gunmen do"
probe "P-332 RUSGOV GEO 192" "a decree whose participle annexes land is the annexation"
probe "P-333 RUS GEO 192" "a treaty incorporating a region into a state is an annexation, not a deal"
probe "P-334 RUS GEO 057" "a treaty with no land taken stays a deal"
probe "P-335 TUR PAK 073" "relief flown to a country is delivered, not a visit"
none P-335 042 "a cargo flown pays no visit"
probe "P-336 JOR PSE 073" "supplies flown into a place are aid to its side"
probe "P-337 INDGOV PAK 042" "a minister flying to a capital still visits"
probe "P-338 IND NPL 018" "condolences offered are sympathy expressed"
none P-338 030 "offering condolences promises no cooperation"
probe "P-339 EGY JOR 018" "condolences sent are sympathy expressed"
none P-340 143 "walking out of a place is no strike"
probe "P-340 CANMIL AFG.* 180" "the act after leaving the place is still coded: one soldier shooting is unconventional violence"
probe "P-341 ---EDU --- 143" "workers walking out still strike"
probe "P-342 SOMCRM GRC 181" "a ship seized by pirates is hijacked"
probe "P-343 IRNMIL GBR 171" "a ship seized by a state's forces is confiscated"
probe "P-344 TURGOV FRAGOV 111" "leaders who clash quarrel"
none P-344 190 "a clash of leaders is no fighting"
probe "P-345 FRA DEU 111" "a clash of leaders named by their title is a quarrel"
probe "P-346 INDMIL CHNMIL 190" "troops who clash fight"
probe "P-347 SDNUAF SDN 203" "villages razed drive out their people"
probe "P-348 ISR PSE 171" "homes razed are property destroyed"
probe "P-349 ---OPP ---COP 145" "a crowd that razes a building riots"
probe "P-350 None .*CVL 19." "an attack noun opening a headline is its subject, not an order: done by an unknown hand"
probe "P-351 None .* 1[789]." "a gerund opening a headline before its present verb is the subject"
probe "P-352 ARM AZE 057" "a deal in the passive binds the parties its 'by' phrase names, as the active's compound subject does"
probe "P-352 AZE ARM 057" "... both ways"
none P-353 "0871" "the place a truce is agreed in is no party to it"
none P-354 "204" "only a deal is read from a passive's subject; a weapon named there is left to the sentence's other words"
probe "P-355 ISR PSE.* 0871" "a deal in the passive binds the parties named after 'between'"
probe "P-356 None NGA.* 084.*" "captives freed by a hand the sentence does not name: a release by an unknown source"
none P-357 ".*" "people moved by no one named are no event"
probe "P-358 None .* 194" "shells that land on a place are fire on it, by an unknown hand"
probe "P-359 .* ISR.* 195" "rockets that land in a town are an attack on it"
none P-360 "19." "a plane that lands carries no attack"
probe "P-400 PAK IND 138" "a reply vowed by the country a strike hit threatens the striker"
none "P-401" "138" "a reply vowed by a country the strike did not hit threatens no one"
probe "P-402 NER IGOAFRAFU 160" "a state announcing it leaves an international body cuts relations with it"
probe "P-403 VEN IGOAMROAS 160" "a state withdrawing from an international body cuts relations with it"
probe "P-404 RUSMIL IGOUNO 087" "troops withdrawing from a U.N. site pull back"
probe "P-405 TCD GIN 163" "the first of a listed subject acts when the list ends in a speech verb with an object"
probe "P-406 USA .* 1124" "a finding that others committed genocide accuses them of it"
none "P-406" "202" "a genocide found in a that-clause is not reported as done"
probe "P-407 SDNUAF SDN 202" "a genocide told with a trailing report stays the act"
probe "P-408 IGOUNO SRBCOP 1122" "ethnic cleansing said to be committed is an accusation of abuses (Serb police are Serbia's)"
probe "P-460 RUS IGOWSTNAT 100" "what a that-clause after a demand asks of its subject is demanded of it"
probe "P-461 GINMIL GINGOV 172" "a clause after \"announced on state television that\" is the announcers' own"
probe "P-462 CAN RUSGOV 163" "sanctions listed as two plurals keep their target"
probe "P-463 TCDCRM TCDMIL 19.*" "a passive's victims fell in a fight with whom it names: the doer"
probe "P-464 INDREB INDCOP 19.*" "... also when the parser hangs the \"with\" phrase on the verb"
probe "P-465 IGOUNO SDNGOV 0.*" "an acronym in capitals opening a clause is its subject, not a verb"
probe "P-466 SRBMIL .* 17.*" "\"Serb forces\" outside the Bosnian war are Serbia's, and \"forces\" before a past form is the subject"
probe "P-467 EGYREB EGYMIL 19.*" "a region whose namesakes leave the gazetteer unsure gives the doer its country"
probe "P-468 CODMIL CODREB 19.*" "a state's army named by its own abbreviation"
probe "P-469 SRB XKX 057" "a capital naming an agreement (\"the Brussels agreement\") is no party to it"
probe "P-470 AFGREB AFGCOP 19.*" "\"the group's fighters\" are the group the clause before names"
probe "P-471 SYRMIL TUR 19.*" "the land or airspace an attack falls on is not the attacker's: \"its\" passes over it"
probe "P-472 PSEREB ISR 19.*" "... also under the verb's preposition (\"fired rockets at its cities\")"
probe "P-473 KGZ TJK 0871" "where a compound subject makes a deal is no party to it"
probe "P-474 YEMREB YEM.* 19.*" "a country's own group named after its possessive is the group"
probe "P-480 TUR GRC 111" "a side's act judged in a reported clause: the speaker disapproves of the side"
probe "P-481 SAU YEMREB 112" "an act named without its side: the judgement is of the doer told before"
none "P-482" "11." "a judgement denied disapproves of no one"
probe "P-483 KEN SOM 112" "a trailing participle's pronoun object is the side the clause acted on"
probe "P-484 XKX SRB.* 111" "an act a side denounces in a clause on its noun: disapproval of the doer"
probe "P-485 PSEREBHMS ISR.* 112" "\"in what X called\" a crime: X accuses the act's doer"
probe "P-486 ARM AZE.* 111" "an act said to be a violation of a truce: disapproval of its doer"
probe "P-487 USA PSE.* 111" "the side an act was on is not the side judged: its doer is"
none "P-488" "111" "an act judged whose doer the sentence does not name judges no one, not the side it struck"
probe "P-489 KEN SOMREB 112" "a judgement told by a comma participle after a verb of ordering is the subject's own, not a thing ordered"
probe "P-490 PER ECU 154" "a show of force by two states together on forces of no named country is each against the other"
probe "P-490 ECU PER 154" "... both ways"
probe "P-491 GRCMIL TURMIL 152" "forces of two states put on alert are so against each other, not against the place"
probe "P-492 BLR LTU 128" "a participle with a plain noun after a comma (', ignoring protests from X') is a clause on the verb before, not a noun phrase"
probe "P-493 NGAMIL NGAREB 112" "a side blamed, followed by a relative clause set off by a comma"
probe "P-493 NGAREB NGAMIL 016" "... which tells what the side did: its denial answers its accuser"
probe "P-494 UKR HUN 120" "a rejection in a comma relative clause on a thing is on the side whose clause names the thing"
probe "P-495 XKX SRB 120" "a thing called void in a relative clause (no object after the verb) is refused, and so is its doer"
probe "P-496 PSEREBHMS ISRMIL 138" "a vow to respond is a threat of force, on whom the act beside it fell"
probe "P-497 FRAGOV MLI 0874" "a side ending its own country's mission yields to the place the mission is in"
probe "P-498 FRAGOV MLI 087" "a side withdrawing its own country yields to the other side named after it"
probe "P-499 TCDREB TCDMIL 080" "a surrender naming no one is to whoever acted on the side in the clause before"
probe "P-500 AZEMIL ARM 194" "what a saying participle reports without 'that' is a clause with its own subject"
none P-501 "TUR.* 04[23]" "no side visits or hosts its own country (talks in its capital it hosts)"
probe "P-502 SEN MLIGOV 075" "an object pronoun in a relative clause means the subject of the clause its noun stands in; asylum offered is asylum extended"
probe "P-503 ERI IGOUNO 120" "a refusal naming no one refuses the act told before it, and so its doer"
probe "P-504 ARMMIL AZE.* 152" "forces going on alert with no one named are so against the doer of the act before"
probe "P-505 KEN UGA 10.*" "a demand is on whom it is asked of ('from X'), not on what it is asked over"
probe "P-506 MLI IGOWAF.* 10.*" "a demand is on whom it is asked of, not on the forces asked for"
probe "P-507 AFG PAK 124" "a refusal to hand someone over is to whom they would go, not to the one kept"
probe "P-508 ETHREB ETH 192" "a town a side took, told in a comma clause whose subject is a pronoun, is taken by the side of the clause it hangs on"
probe "P-509 SYRKUR SYR 192" "... not by the country of the town, nor by the clause's object"
probe "P-600 IGOUNO SOM 0334" "a force of peacekeepers authorized for a country is protection given to it"
probe "P-601 IGOWAFBUSWAS GMB 154" "a standby force activated for deployment to a country is force mobilised against it"
none "P-602" "154" "anything else activated is no event"
probe "P-603 EGY PSEREBHMS 100" "a list of demands handed to a side is a demand of it"
probe "P-604 IGOUNO SOM 1661" "peacekeepers withdrawn from a country are peacekeepers taken out, not a retreat"
probe "P-605 IGOUNO LBR 1661" "a peacekeeping mission reduced in a country ..."
probe "P-606 MLI IGOUNO 1661" "peacekeepers ordered to leave are expelled"
probe "P-607 KEN IGOAFRAFU 1032" "troops demanded from a side are military aid demanded of it"
probe "P-608 TUR RUS 100" "an apology demanded from a side is demanded of that side, not of what it is for"
probe "P-609 CHN HKG 172" "a law imposed on a place is an administrative sanction on it"
probe "P-610 DEU NAM 015" "a side acknowledging its role in an act owns up to it"
probe "P-611 RUSGOV PRKGOV 043" "a leader greeted by another is hosted"
probe "P-611 PRKGOV RUSGOV 042" "... and visits"
probe "P-612 UKR DEU 0232" "weapons requested from a side are an appeal for military aid"
probe "P-613 UKRMIL RUS 190" "the defenders of a town are their side's forces"
probe "P-614 AFGREB RUSMIL 190" "mujahideen are armed rebels"
probe "P-615 IGOUNOJUD KHM.* 116" "a court named only as U.N.-backed is the U.N.'s"
probe "P-616 RUSHRI RUSGOV 111" "rights defenders are a rights body, not forces"
probe "P-617 BFA.* BFA 18.*" "a war town the gazetteer is unsure of names its own country"
probe "P-618 ISRMIL LBN 19.*" "... (Qana is Lebanon's, not Egypt's)"
probe "P-619 RUSMIL UKR 19.*" "a war town the gazetteer is unsure of names its country"
probe "P-620 SSDMIL SDN 19.*" "... also a disputed field held by one side"
probe "P-621 IGOUNO LBY.* 0256" "an appeal to halt an offensive is one to stand fighting down, not to settle a dispute"
probe "P-622 IDN MMR 0256" "... and so is one for an end to the violence"
probe "P-623 RUS GEO 163" "transport links cut off are a boycott, not diplomatic ties cut"
probe "P-624 GEO RUS 061" "a transport link reopened by two sides is economic cooperation"
probe "P-624 RUS GEO 061" "... both ways"
probe "P-625 RUS GEO 161" "diplomatic links cut stay relations cut"
probe "P-700 CHNMIL RUSMIL 062" "a joint act of two sides despite another's protests is done with each other"
probe "P-700 RUSMIL CHNMIL 062" "... both ways"
probe "P-701 KAZMIL UZBMIL 062" "a joint act near a border with a third side is done with each other"
none P-701 "AFG 062" "... the side across the border is no partner"
probe "P-702 CHNMIL MNG 062" "a partner named with 'with' stays the partner"
probe "P-703 RUS GEO 192" "a side's annexation of land named by its adjective, rebuked, is an occupation of that side's land"
probe "P-704 ISR SYR 195" "a state's bombing, named by its noun, is done from the air"
probe "P-705 SOMREB KEN 183" "an armed group's bombing stays a planted bomb"
none P-706 192 "an annexation whose doer is only a pronoun is not coded"
probe "P-707 CHEGOV ARM 045" "an -ed verb after a plural subject, with an object, is the clause's verb, not an adjective"
probe "P-708 CHEGOV TUR 045" "... also with an adverb between"
probe "P-709 COLREB COLGOV 046" "rebels named with a government are its country's, not the venue's"
probe "P-710 YEMOPP YEMGOV 040" "... and so is an opposition"
probe "P-711 SDN SSD 057" "a phrase in a relative clause on the object names no partner of a joint act"
probe "P-712 IRN WST 124" "demands called Western are the West's"
probe "P-713 SYR WST 121" "... and so are calls"
probe "P-714 EGYGOV ISR 020" "an aside opened by 'whose' between a subject and its verb leaves the subject its verb"
probe "P-715 JPNGOV CUB 051" "an aside of three phrases between commas leaves the subject its verb"
probe "P-716 KENGOV SOMGOV 104" "a leader who must step aside is asked to resign"
probe "P-717 ETH SOM 0356" "committed to withdrawing troops is a pledge to pull back, not troops committed"
probe "P-718 TUR AZE 072" "a gerund after 'began' is the act its subject does, not a noun's modifier"
none P-719 190 "'the group' is no state's army named before it"
none P-720 "PSEREBHMS 195" "the side an act is 'in support of' is not its target"
probe "P-800 CHLOPP CHLGOV 141" "protests that lasted days happened: the country's opposition against its government"
probe "P-801 NPLOPP NPLGOV 145" "... violent ones are 145, their country the place's when the doer waits for it"
none P-802 14. "protests with no country and no act of the sentence are no event"
probe "P-803 SOMREB SOM 190" "who claims responsibility for an attack named by its noun is its doer"
none P-804 190 "... one who denies it is not"
probe "P-805 SYRMIL SYRHLH 194" "an attack's noun with its doer after 'by' is that doer's act"
probe "P-806 NGAREB NGA 183" "... also when the verb codes nothing"
none P-807 183 "... a 'by' phrase naming no actor gives no doer, and no named place no event"
probe "P-808 KENOPP KENGOV 145" "riots that erupted happened: the country's opposition, violent"
none P-809 14. "... protests not followed by the verb that starts them are no event"
probe "P-900 AFGGOV PAK 112" "a ruler of the 1980s holds his office's code while in power"
probe "P-901 AFGELI PAK 112" "... and is out of office after it"
probe "P-902 UGAREB KEN 111" "a rebel leader who later ruled is a rebel before he took power"
probe "P-903 UGAGOV KEN 111" "... and the government after"
probe "P-904 IRNGOV IRQ 111" "a ruler named by title and surname"
probe "P-905 ETHREB ERI 112" "a party leader who led a war is a rebel in the war's years"
probe "P-906 ETHOPP ERI 112" "... and the opposition before it"
probe "P-907 ZAFREB GBR 111" "a banned movement that fought is a rebel group before its legalisation"
probe "P-908 ZAFGOV GBR 111" "... and the government once it ruled"
probe "P-909 PAKGOV IND 112" "a military ruler named by rank and name"
probe "P-910 EGYGOV ISR 111" "a president under another spelling of his name"
probe "P-911 COLOPP COL 111" "a rebel who laid down arms is the opposition while in politics"
probe "P-912 COLREB COL 111" "... and a rebel again once he rearmed"
probe "P-913 CODMIL UGA 044" "a commander who served two states holds the first state's army code in its years"
probe "P-914 RWAGOV UGA 044" "... and the second state's ministry in later years"
probe "P-915 KWTGOV IRQ 111" "a ruler named by title and first name"
probe "P-916 OMNGOV IRNGOV 043" "a sultan named by title is his state's government, not the guest's"
probe "P-917 LKAMIL LKAREB 190" "an army chief in command is the army"
probe "P-918 LKAOPP IND 111" "... and the opposition after he left the army"
probe "P-919 IRQPTY TUR 111" "a party of a region is its country's party"
# The wire's ways of telling an act, by root: a mood told by its copula,
# owning up to an act, wreaths and sieges laid, remorse, ties defended,
# deals clinched, energy piped, refugees taken in, pulling out, general
# strikes, lashing out, brushing aside, suspects handed over, spies
# deported, people seized, homes emptied (docs/dictionaries.md "Breadth")
none P-1000 015 "acknowledging that its own soldiers did an act is that act, told by the side that did it"
probe "P-1000 SDNMIL SDN 194" "... and the act acknowledged is coded"
probe "P-1001 CYPGOV TUR 012" "saying one is pessimistic about talks"
probe "P-1002 NPLGOV NPLREB 013" "saying one is hopeful that talks resume is about the side the clause names"
probe "P-1003 POLGOV .* 017" "a wreath laid is a symbolic act"
probe "P-1004 BEL COD 055" "remorse expressed is an apology"
probe "P-1005 ETHMIL SOM 191" "laying siege to a town"
probe "P-1006 IND RUS 052" "ties defended are support defended in words"
probe "P-1007 ARM AZE 057" "a deal clinched is a deal signed"
probe "P-1008 DZA ITA 061" "gas piped to another state is economic cooperation"
probe "P-1009 JOR SYRREF 075" "refugees taken in are given shelter"
probe "P-1010 ESHREB MAR 164" "pulling out of talks breaks them off"
probe "P-1011 UGA COD 087" "troops pulled out of a country are withdrawn"
probe "P-1012 NGA NGAGOV 143" "a general strike is labour's strike, not an air strike"
probe "P-1013 VEN COL 111" "lashing out at a state criticises it"
probe "P-1014 ISR EGY 12.*" "a proposal brushed aside is rejected"
probe "P-1015 KEN TZA 063" "a suspect handed to another state is judicial cooperation"
probe "P-1016 POL RUSSPY 174" "spies deported are individuals expelled, not a mass expulsion"
probe "P-1017 NGAUAF NGAEDU 181" "teachers seized are abducted"
probe "P-1018 .* BIH 201" "people driven from their homes are expelled en masse"
none P-1019 052 "troops defending a town support no one in words"
# A headline in capitals or Title Case is tagged as it would be written
# in ordinary case (src/pipeline/pipeline_text.c, S_ordinary_case_all):
# its verb is a verb, not one more proper noun.
probe "P-1040 TCD NGAREB 19.*" "a headline in capitals: a joint offensive, its first side"
probe "P-1040 NER NGAREB 19.*" "... and its second"
probe "P-1041 TUNOPP TUNCOP 145" "a headline in capitals: protesters battling police riot"
probe "P-1042 GBR XKX 054" "a headline in capitals: an acronym with stops stays a name"
probe "P-1043 EGY QAT 16.*" "a headline in Title Case: ties cut"
# A participle on a noun the text counts tells a toll: the happening is
# reported, whatever the sentence goes on to say (S_in_reduced_relative).
probe "P-1044 MMRMIL MMRCVL 19.*" "people counted as killed in a strike: the strike is reported"
none P-1045 19. "people displaced by fighting, with no count: who is meant, no event"
none P-1020 19. "force in a participle on a noun says which people are meant: no event"
none P-1021 19. "... also when the participle's phrase names a fight and a place"
none P-1022 181 "... and hostages held by a group are not taken in the sentence"
probe "P-1023 RUS ARM 045" "a deal brokered by a side is still its mediation"
probe "P-1024 GRC TUR 152" "an alert raised on one's own forces is aimed at the side whose act provoked it"
probe "P-1025 KEN None 152" "... and at no one named when none is, never at one's own forces"
probe "P-1026 JPN RUS 152" "... or at the side of the show of force joined to it"
none P-1027 19. "violence with no doer inside the reports a side will not comment on is no event"
none P-1028 19. "... nor an attack with no doer that police investigate"
probe "P-1029 NPLREB NPL 190" "... but an act whose doer the report names is still coded"
probe "P-1030 None ---CVL 190" "... and so is violence with no doer told plainly"
probe "P-1031 KENGOV SOM 013" "a stance told by 'was' and an adjective is the comment its noun would be"
probe "P-1032 UGAGOV SDN 012" "... said by 'she' after 'told journalists': the one who told, not the many told"
none P-1033 01[23] "... unless it is denied"
probe "P-1034 UGAGOV SDN 012" "... and concern about fighting is a comment on the side fighting, not fighting told"
probe "P-1035 UGAMIL None 015" "owning up to what a clause tells ('acknowledged that ...') is an admission by the subject"
none P-1036 015 "... not when denied"
none P-1037 015 "... nor when told only to say when another act was done"
none P-1038 015 "... nor when the clause tells the admitter's own act by a pronoun: that act says who did it"
probe "P-1039 KENGOV UGA 042" "an aside after the subject telling its visit ('on a visit to X', 'visiting X') is a visit, besides the clause's act"
# A demand or an inquiry that names no one is still news (S_open_demand,
# S_open_inquiry): a side at home demands of its own country, a state's
# inquiry looks at home; a protest's demand is the protest's aim.
probe "P-1060 ZMBOPP ZMB 10.*" "a demand naming no one, by a side at home, is made of its own country"
probe "P-1061 RUS None 10.*" "... a government's stays open"
none P-1062 10. "... and what a strike demands is the strike's aim, no act of its own"
probe "P-1063 KENCOP KEN 09.*" "an inquiry into an attack with no doer, by a state, looks at home"
probe "P-1064 PERGOV PER 09.*" "... so does a commission appointed to investigate what names no one"
probe "P-1065 IGOUNO UKR 09.*" "... an international body's looks into the country of the place it names"
# "not" right before "to", after the one asked, denies the infinitive's
# act, not the asking (S_denies_infinitive).
probe "P-1066 NOR LKAMIL 02.*" "asking a side not to act is an appeal to it"
none P-1066 19. "... and the act asked against is not done"
none P-1067 1[39]. "a promise not to attack names no one asked: denied as before, no threat"
probe "P-1068 SENREL SENGOV 02.*" "... an appeal to a leader not to stand again"
# "set", "ready", "going" poise an act only right before "to".
none P-1069 03. "a body set up to investigate is its task, not an intent of its founder"
probe "P-1069 TCDLEG TCDMIL 09.*" "... the inquiry set up is coded"
probe "P-1070 TCD NER 03.*" "'is set to' still tells an intent"
probe "P-1071 UGA KENGOV 112" "the pronoun of a trailing 'accusing them of' passes over the place the act was done from"
none P-1072 09. "a hunt for people naming no one is no open inquiry"
# Verbs found heading uncoded clauses of wire text (docs/dictionaries.md,
# "Breadth from the wire"): each sense that tells an act, and one that does not.
probe "P-1080 TCDMIL NGAREB 190" "a side dislodged from a place is fought"
none P-1081 19. "... boulders dislodged by a flood are not"
probe "P-1082 IRQCOP IMGMUSISI 190" "a side flushed out of a place is fought"
none P-1083 .* "... a face flushed with anger tells no act"
probe "P-1084 SOMUAF SOMMIL 1832" "a car or truck bomb rammed into a base is a vehicle bombing of it"
none P-1085 18.* "... a boat rammed without a bomb is no bombing"
probe "P-1086 SOMUAF SOMCOP 183" "a bomber ramming a convoy bombs it"
probe "P-1087 ETH ERI 139" "a deadline in weeks or months is an ultimatum, as one in hours or days"
probe "P-1088 NPL IND 051" "appreciation expressed for a side's help is praise"
probe "P-1089 JPN PRK 112" "evidence presented against a side is an accusation"
none P-1090 .* "... a budget presented is none"
probe "P-1091 SAU YEM 191" "a blockade kept up is a blockade"
probe "P-1092 SYRMIL TUR 190" "attacks kept up are attacks"
none P-1093 .* "... 'maintained that' only says"
probe "P-1094 BDIMIL BDIREB 190" "an offensive pressed is an offensive"
none P-1095 19. "... a side pressed for reforms is no attack"
probe "P-1096 NGAMIL NGAREB 190" "a siege laid by another side and ended is broken by force"
probe "P-1097 RUSMIL GEO 080" "... one's own siege ended is lifted"
probe "P-1098 TCD .* 087" "troops named in a withdrawal ordered are pulled out"
none P-1098 154 "... not mobilised"
probe "P-1099 SOMREB KENMIL 190" "soldiers driven out of a town are fought"
none P-1099 201 "... not expelled as a people is"
probe "P-1100 IDN.* IDNCOP 14." "a people of one state named alone ('Papuan') is that state's"
probe "P-1101 MMRCVL MMRMIL 112" "... its villagers are the state's civilians"
probe "P-1102 SDN SDNREB 112" "... its leaders speak for that state's people"
probe "P-1103 CMR CMRGOV 12." "... a separatist homeland's people are the state's"
probe "P-1104 KEN KENGOV 02." "... elders of a people appeal to their own state"
probe "P-1105 IRQ IGOUNO 02." "... a people that appeals abroad is its state's"
probe "P-1106 PAKOPP PAK 141" "a people of two states takes the country of the place"
probe "P-1107 PAKOPP PAKMIL 112" "a people's nationalists are a political opposition of the state they accuse"
probe "P-1108 PAK PAKMIL 112" "... or of the state named beside them"
probe "P-1109 INDOPP INDCOP 145" "a people split by a border takes the side of the place"
probe "P-1110 LKAOPP LKA 144" "... and the role from the noun after it"
probe "P-1111 CHLOPP CHLCOP 145" "... a people of two states in one of them"
probe "P-1112 DZAOPP DZA 141" "a regional people's protesters are their state's opposition"
probe "P-1113 UKR RUS 111" "the Crimean Tatars are Crimea's, Ukraine's"
probe "P-1114 NGA NGAGOV 02." "a people of one state appealing to its leader"
probe "P-1115 SYR SYRGOV 111" "a people of several states takes the state it speaks to"
probe "P-1116 IND.* LKA 111" "a state of India named after a people of two states is India's"
probe "P-1117 IRQ USA 02." "Kurds named with their state are that state's, wherever they speak"
probe "P-1118 IRNREB IRN 190" "... and its rebels when armed"
probe "P-1119 NGAUAF NGA 1.*" "a region named after another state is its own state's"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
