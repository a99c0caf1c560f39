#!/bin/sh
# Incident linking: (1) the same documents in ten shuffled orders give the
# same incidents; (2) the seed article's title, lead and "recaptured the
# old citadel" form one incident and the May 2015 seizure another; (4) a
# third sentence is not told together with the headline; (5) a
# withdrawal and the capture it yields are one incident; (6) a detail
# sentence with no event is its report's evidence, a background or
# separate one is not; (3) the development set scores above regression
# floors; (7) a sentence with no day and no place of its own goes with
# the happening told just before it in its article; (8) a sentence
# recalling a town's capture by its month joins the reports of that
# capture, not its own article's happening; (9) a happening told by its
# Sunday and by "the weekend" is one incident; (11) a sentence that
# says it tells another happening ("Separately", "some 20 km to the
# south") stays apart from its article's, though the town is near; (12)
# a quiet sentence placing what it tells by its distance from the
# article's town is not that happening's evidence; (13) a headline whose
# place is misread (a city near the town its lead names) goes with its
# lead, not with an earlier happening in that city, and one whose lead's
# place is misread keeps its town's happening; (14) a deal told as
# signed and as the truce it declares is one signing; (15) a sentence
# placed by its document's town joins a happening in that town's country
# before one abroad told a day nearer; (16) a toll story's headline, a
# week on, goes with its lead's shelling; (17) a sentence measuring the
# happening against an earlier one ("came two days after"), or stepping
# back a week, tells that earlier one; (18) a rebel chief seized in a raid
# and arrested, told by two outlets, is one capture, and a riot in the
# city that day another happening; (19) a month recalling the shelling of
# a town joins that shelling's reports, which anchor nothing, not a drone
# strike anchored in the town's region that month; (20) a kidnapping no
# report anchors (one outlet names the day, the other the place) is one
# incident with both outlets' headlines; (21) a toll told as risen
# "on Sunday" joins the shelling of the day before; (22) a quiet
# headline over a lead recalling killings months before is their
# evidence; (23) "Hours later," and "Also on Friday," open another
# happening; (24) a body sentence dated "earlier this week" recalls
# another happening than its article's; (25) a sentence saying the
# strike "was a response to" another is not its evidence; (26) an order
# to march on a city and the assault launched on it are one incident;
# (27) a report dated by its document does not tell a strike of the day
# after; (28) a toll revised six days on, dated by its document and
# naming the town, joins the killing it counts, and one abroad does not;
# (29) an inquiry's headline, months on, goes with the killing its lead
# recalls. Needs $PALMYRA (the
# linker's driver, bench/incident_eval, is built beside it) and python3.
P=${PALMYRA:-build/palmyra}
EVAL=$(dirname "$P")/bench/incident_eval
HERE=$(dirname "$0")
SET=$HERE/../data/incidents
SEED=${PALMYRA_SHARED:-$HERE/../../../shared}/seed/palmyra-2016-03-25.txt
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
passed=0; failed=0; skipped=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }
if ! command -v python3 >/dev/null || [ ! -x "$EVAL" ]; then
	echo "skip: python3 or $EVAL is absent"
	echo "0 passed, 0 failed, 1 skipped"
	exit 0
fi

# 1. Order does not matter: event id -> incident, and the incidents, match.
"$EVAL" "$SET/dev.jsonl" "$tmp/e0" "$tmp/i0" 2>/dev/null
for seed in 1 2 3 4 5 6 7 8 9 10; do
	"$EVAL" "$SET/dev.jsonl" "$tmp/e$seed" "$tmp/i$seed" --shuffle $seed 2>/dev/null
done
if python3 - "$tmp" <<'PY'
import json, sys
tmp = sys.argv[1]
def links(k):
    return sorted((e["event_id"], e["incident"]) for e in map(json.loads, open("%s/e%d" % (tmp, k))))
def incs(k):
    return sorted(open("%s/i%d" % (tmp, k)).read().splitlines())
base, bi = links(0), incs(0)
bad = [k for k in range(1, 11) if links(k) != base or incs(k) != bi]
print("events %d, incidents %d, orders that differ: %s" % (len(base), len(bi), bad or "none"))
sys.exit(1 if bad or len(base) < 100 else 0)
PY
then ok; else bad "ten shuffled orders give the same incidents"; fi

# 2. The seed article.
if [ -f "$SEED" ]; then
	cp "$SEED" "$tmp/seed.txt"
	"$EVAL" "$tmp/seed.txt" "$tmp/se" "$tmp/si" 2>/dev/null
	if python3 - "$tmp/se" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
def inc(words):
    return {e["incident"] for e in evs if words in e["text"] and e["code"].startswith("19")}
head = inc("retake Palmyra citadel from DAESH")
lead = inc("recapture citadel of ancient city of Palmyra")
citadel = inc("recaptured the old citadel of Palmyra")
may = inc("which the DAESH terrorists seized in May 2015")
print("title %s, lead %s, citadel %s, May 2015 %s" % (head, lead, citadel, may))
one = len(head | lead | citadel) == 1 and head and lead and citadel
sys.exit(0 if one and may and not (may & citadel) else 1)
PY
	then ok; else bad "the seed's title, lead and citadel sentences are one incident, May 2015 another"; fi
else
	echo "skip: the seed article is absent ($SEED)"
	skipped=1
fi

# 4. A document's third sentence tells another happening than its
# headline and lead, even when none of them says more than a country.
cat > "$tmp/third.jsonl" <<'DOC'
{"id":"t3","outlet":"Wire","date":"2024-08-26","title":"Burkina junta condemns attack on villagers","text":"Burkina Faso's military government condemned an attack that killed dozens of villagers in the north earlier this week. On Monday, militants attacked an army convoy in Burkina Faso's east, the army said."}
DOC
"$EVAL" "$tmp/third.jsonl" "$tmp/te" "$tmp/ti" 2>/dev/null
if python3 - "$tmp/te" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
told = {e["incident"] for e in evs if e["sentence"] <= 1}
third = {e["incident"] for e in evs if e["sentence"] == 2}
print("headline and lead %s, third sentence %s" % (sorted(told), sorted(third)))
sys.exit(0 if told and third and not (told & third) else 1)
PY
then ok; else bad "a third sentence's convoy attack is not the headline's incident"; fi

# 5. A retreat and the capture it yields, told by two outlets: who pulls
# out is whom the town is taken from, one happening.
cat > "$tmp/retreat.jsonl" <<'DOC'
{"id":"r1","outlet":"Wire A","date":"2023-05-21","title":"Ukraine pulls its troops out of Bakhmut","text":"Ukraine's army said on Sunday it had withdrawn its troops from the eastern town of Bakhmut after months of fighting."}
{"id":"r2","outlet":"Wire B","date":"2023-05-21","title":"Russia claims all of Bakhmut","text":"Russian forces took full control of the town of Bakhmut in the Donetsk region on Sunday, the defence ministry in Moscow said."}
DOC
"$EVAL" "$tmp/retreat.jsonl" "$tmp/re" "$tmp/ri" 2>/dev/null
if python3 - "$tmp/re" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
out = {e["incident"] for e in evs if e["id"] == "r1" and e["code"].startswith("087")}
taken = {e["incident"] for e in evs if e["id"] == "r2" and e["code"].startswith("19")}
print("withdrawal %s, capture %s" % (sorted(out), sorted(taken)))
sys.exit(0 if out and taken and out == taken else 1)
PY
then ok; else bad "a withdrawal from Bakhmut and its capture are one incident"; fi

# 6. Evidence: a report's sentence with no event that details its
# happening is the incident's evidence; one dated to an earlier year, one
# measuring the happening against an earlier one ("came two days after"),
# one opening on "Separately", one where something happens in a town far
# away, and the sentences after them, are not; a capital named for its
# government and a date to come do not keep a detail out.
cat > "$tmp/evidence.jsonl" <<'DOC'
{"id":"v1","outlet":"Wire","date":"2024-03-12","title":"Nine dead in market town","text":"Artillery fire killed nine people at a market in the town of Kupiansk on Monday, local officials said. Rescuers searched the wreckage of stalls until dark. The market had been rebuilt after heavy fighting in September 2022. Stallholders said they would not come back."}
{"id":"v3","outlet":"Wire","date":"2024-05-06","title":"Missile strike kills four in Kharkiv","text":"A Russian missile struck a warehouse in the city of Kharkiv on Sunday, killing four workers, the governor said. Moscow said the warehouse stored ammunition sent by the allies of Kyiv. The city council said repairs would begin on May 20. Later that day, people fled homes in the town of Kupiansk after warning sirens. Residents there said they would stay with relatives."}
{"id":"v2","outlet":"Wire","date":"2024-03-12","title":"Nine dead as shells hit Kupiansk market","text":"Russian shells struck a crowded market in Kupiansk on Monday, killing nine people, the regional governor said. The shelling came two days after a drone attack on a fuel depot in the region. Separately, a fire broke out at a depot in the city of Kharkiv. Firefighters worked through the night."}
DOC
"$EVAL" "$tmp/evidence.jsonl" "$tmp/ve" "$tmp/vi" 2>/dev/null
if python3 - "$tmp/ve" "$tmp/vi" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
incs = [json.loads(l) for l in open(sys.argv[2])]
listed = {(v["id"], v["sentence"]): i["incident"] for i in incs for v in i["evidence"]}
shelling = {e["incident"] for e in evs if e["id"] == "v1" and e["sentence"] == 1}
print("evidence %s" % sorted(listed))
want = len(shelling) == 1 and listed.get(("v1", 0)) in shelling and listed.get(("v1", 2)) in shelling
strike = {e["incident"] for e in evs if e["id"] == "v3" and e["sentence"] == 1}
want = want and len(strike) == 1 and listed.get(("v3", 2)) in strike and listed.get(("v3", 3)) in strike
never = [k for k in (("v1", 3), ("v1", 4), ("v2", 2), ("v2", 3), ("v2", 4), ("v3", 4), ("v3", 5))
         if k in listed]
sys.exit(0 if want and not never else 1)
PY
then ok; else bad "a detail sentence is its report's evidence, a background or separate one is not"; fi

# 7. A reaction told with no day and no town of its own goes on with the
# happening its article has just told, whatever its kind of action: a
# ministry condemning the drone strike is the strike's incident, and a
# president denouncing the next day's shelling of another town is the
# shelling's.
cat > "$tmp/runon.jsonl" <<'DOC'
{"id":"w1","outlet":"Wire","date":"2024-06-12","title":"Drone strike hits fuel depot in Dnipro","text":"A Russian drone struck a fuel depot in the city of Dnipro on Tuesday, killing three workers, the governor said. The Ukrainian foreign ministry condemned the attack as terror against civilians. On Wednesday, Russian shells hit a school in the town of Nikopol, the governor said. Ukraine's president denounced the shelling of children."}
DOC
"$EVAL" "$tmp/runon.jsonl" "$tmp/oe" "$tmp/oi" 2>/dev/null
if python3 - "$tmp/oe" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
def inc(s):
    return {e["incident"] for e in evs if e["sentence"] == s}
strike, condemned, shelling, denounced = inc(1), inc(2), inc(3), inc(4)
print("strike %s, condemned %s, shelling %s, denounced %s" % (strike, condemned, shelling, denounced))
sys.exit(0 if strike and shelling and condemned == strike and denounced == shelling and not (strike & shelling) else 1)
PY
then ok; else bad "a reaction with no day or town of its own goes with the happening told before it"; fi

# 8. Two outlets tell a town's capture in sentences dated by their
# documents alone (nothing anchors it); an article three weeks on tells
# the shelling of another town of the province and recalls the capture
# by its month: the recall is the capture's incident, not the shelling's.
cat > "$tmp/month.jsonl" <<'DOC'
{"id":"m1","outlet":"Wire A","date":"2024-07-05","title":"Russian forces capture Izium","text":"Russian troops seized the town of Izium after heavy fighting, the defence ministry in Moscow said."}
{"id":"m2","outlet":"Wire B","date":"2024-07-05","title":"Russia says its army took Izium","text":"Russia's army has taken control of the town of Izium in the Kharkiv region, officials said."}
{"id":"m3","outlet":"Wire C","date":"2024-07-29","title":"Russian shelling hits Kupiansk","text":"Russian artillery shelled the town of Kupiansk on Sunday, killing two civilians, the governor said. Russian troops had captured Izium in early July after weeks of fighting."}
DOC
"$EVAL" "$tmp/month.jsonl" "$tmp/me" "$tmp/mi" 2>/dev/null
if python3 - "$tmp/me" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
capture = {e["incident"] for e in evs if e["id"] in ("m1", "m2")}
shelling = {e["incident"] for e in evs if e["id"] == "m3" and e["sentence"] == 1}
recall = {e["incident"] for e in evs if e["id"] == "m3" and e["sentence"] == 2}
print("capture %s, shelling %s, recalled %s" % (sorted(capture), sorted(shelling), sorted(recall)))
sys.exit(0 if len(capture) == 1 and recall == capture and shelling and not (shelling & capture) else 1)
PY
then ok; else bad "a capture recalled by its month joins that capture's reports"; fi

# 9. One outlet dates a raid by its Sunday, another, writing on Tuesday,
# by "the weekend" (its Saturday, spanning Sunday); an ambush in the same
# town the Thursday before is another happening.
cat > "$tmp/weekend.jsonl" <<'DOC'
{"id":"w1","outlet":"Wire A","date":"2019-03-10","title":"Gunmen raid Kidal market","text":"Gunmen raided the main market of Kidal on Sunday, killing 14 traders, local officials said."}
{"id":"w2","outlet":"Wire B","date":"2019-03-12","title":"Kidal traders bury their dead","text":"Gunmen killed 14 traders when they raided the main market of Kidal at the weekend, officials said."}
{"id":"w3","outlet":"Wire C","date":"2019-03-07","title":"Soldiers ambushed near Kidal","text":"Gunmen ambushed an army patrol in Kidal on Thursday, killing 14 soldiers."}
DOC
"$EVAL" "$tmp/weekend.jsonl" "$tmp/we" "$tmp/wi" 2>/dev/null
if python3 - "$tmp/we" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
raid = {e["incident"] for e in evs if e["id"] in ("w1", "w2") and e["sentence"] == 1}
ambush = {e["incident"] for e in evs if e["id"] == "w3" and e["sentence"] == 1}
weekend = [e["date"] for e in evs if e["id"] == "w2" and e["sentence"] == 1]
print("raid %s, ambush %s, weekend dated %s" % (sorted(raid), sorted(ambush), weekend))
sys.exit(0 if len(raid) == 1 and ambush and not (ambush & raid) and "2019-03-09" in weekend else 1)
PY
then ok; else bad "a raid told by its Sunday and by the weekend is one incident"; fi

# 11. Three outlets tell a drone strike on a port; two of them then
# tell shelling in a town 20 km off, one with "Separately", one by its
# distance alone, their articles' own sentences all dated by the day
# they were written: the shelling is not the strike.
cat > "$tmp/apart.jsonl" <<'DOC'
{"id":"s1","outlet":"Wire A","date":"2023-07-20","title":"Russian drones hit Odesa grain terminal","text":"Russian drones struck a grain terminal in Odesa on Thursday, wounding four workers, the governor said. Separately, Russian artillery shelled homes in Chornomorsk, the regional administration said."}
{"id":"s2","outlet":"Wire B","date":"2023-07-20","title":"Odesa port attacked","text":"Russia attacked the grain terminal in the port of Odesa with drones on Thursday, wounding four people, officials said."}
{"id":"s3","outlet":"Wire C","date":"2023-07-20","title":"Drones hit Odesa port","text":"Russian drones hit the port of Odesa, officials said. The attack came as Russian forces shelled Chornomorsk, some 20 km to the south, destroying a warehouse."}
DOC
"$EVAL" "$tmp/apart.jsonl" "$tmp/ae" "$tmp/ai" 2>/dev/null
if python3 - "$tmp/ae" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
port = {e["incident"] for e in evs if e["sentence"] < 2}
other = {e["incident"] for e in evs if e["sentence"] == 2}
print("port %s, shelling %s" % (sorted(port), sorted(other)))
sys.exit(0 if len(port) == 1 and len([e for e in evs if e["sentence"] == 2]) == 2 and not (other & port) else 1)
PY
then ok; else bad "a sentence telling another happening stays apart from its article's"; fi

# 12. A town seized; a detail of the looting is its evidence, families
# reaching a town "some 80 km to the west" are not.
cat > "$tmp/far.jsonl" <<'DOC'
{"id":"f1","outlet":"Wire A","date":"2024-05-12","title":"Militia seizes Mellit","text":"MELLIT, Sudan (Wire A) - Fighters of the Rapid Support Forces seized the town of Mellit on Sunday, residents said. Many homes were looted, residents said. Families who escaped the town walked to Kutum, some 80 km to the west, aid workers said."}
DOC
"$EVAL" "$tmp/far.jsonl" "$tmp/fe" "$tmp/fi" 2>/dev/null
if python3 - "$tmp/fi" <<'PY'
import json, sys
ev = [x["text"] for i in map(json.loads, open(sys.argv[1])) for x in i.get("evidence") or []]
print("evidence %s" % ev)
sys.exit(0 if any("looted" in t for t in ev) and not any("Kutum" in t for t in ev) else 1)
PY
then ok; else bad "a sentence placed by its distance from the article's town is not its evidence"; fi

# 13. One outlet's headline places the shelling by the nearest city
# (Kharkiv), its lead by the town (Kupiansk, 100 km off); drones hit
# Kharkiv two days before. The headline tells what its lead tells, the
# nearer happening in days. Another outlet's lead places the guns where
# they fired from (a Russian region), its headline the town: the
# headline keeps the town's happening, as near in days as its lead's.
cat > "$tmp/head.jsonl" <<'DOC'
{"id":"h1","outlet":"Wire A","date":"2024-02-10","title":"Russian shells kill seven near Kharkiv","text":"Russian artillery shelled the market of the town of Kupiansk on Saturday, killing seven people, the governor said."}
{"id":"h2","outlet":"Wire B","date":"2024-02-10","title":"Kupiansk market shelled","text":"Russian shells hit a crowded market in Kupiansk on Saturday, killing seven shoppers, officials said."}
{"id":"h3","outlet":"Wire C","date":"2024-02-08","title":"Drones strike Kharkiv power station","text":"Russian drones struck a power station in the city of Kharkiv on Thursday, wounding two workers, the mayor said."}
{"id":"h4","outlet":"Wire D","date":"2024-02-10","title":"Seven killed as shells hit Kupiansk market","text":"Guns firing from the Belgorod region of Russia shelled a market on Saturday, killing seven people, Ukrainian officials said."}
DOC
"$EVAL" "$tmp/head.jsonl" "$tmp/he" "$tmp/hi" 2>/dev/null
if python3 - "$tmp/he" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
def inc(doc, s):
    return {e["incident"] for e in evs if e["id"] == doc and e["sentence"] == s}
head, market, drones = inc("h1", 0), inc("h1", 1) | inc("h2", 1), inc("h3", 1)
town = inc("h4", 0)
print("headline %s, shelling %s, drones %s, headline naming the town %s" % (sorted(head), sorted(market), sorted(drones), sorted(town)))
sys.exit(0 if head and len(market) == 1 and head == market and town == market and drones and not (drones & market) else 1)
PY
then ok; else bad "a headline placed by a city near its lead's town goes with its lead, one naming the town with the town"; fi

# 14. A peace deal told by one outlet as signed and by another as the
# ceasefire it declares, in one city on one day.
cat > "$tmp/deal.jsonl" <<'DOC'
{"id":"d1","outlet":"Wire A","date":"2025-03-08","title":"Sudan's rivals sign peace deal in Jeddah","text":"Sudan's army and the Rapid Support Forces signed a peace agreement in Jeddah on Saturday, Saudi officials said."}
{"id":"d2","outlet":"Wire B","date":"2025-03-08","title":"Sudan's warring sides agree truce","text":"Sudan's army and the Rapid Support Forces declared a ceasefire in Jeddah on Saturday after talks hosted by Saudi Arabia."}
DOC
"$EVAL" "$tmp/deal.jsonl" "$tmp/de4" "$tmp/di4" 2>/dev/null
if python3 - "$tmp/de4" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
signed = {e["incident"] for e in evs if e["code"] == "057"}
truce = {e["incident"] for e in evs if e["code"] == "0871"}
print("signed %s, truce %s" % (sorted(signed), sorted(truce)))
sys.exit(0 if signed and signed == truce and len(signed) == 1 else 1)
PY
then ok; else bad "a deal signed and the ceasefire it declares are one incident"; fi

# 15. Rescuers end their search in Dnipro; the sentence names no place
# (its document's headline does) and dates the strike by "the weekend":
# it is Saturday's Dnipro strike, not Sunday's church bombing in Congo,
# whatever day is nearer.
cat > "$tmp/land.jsonl" <<'DOC'
{"id":"l1","outlet":"Wire A","date":"2025-01-11","title":"Missile hits Dnipro apartment block","text":"A Russian missile struck an apartment block in Dnipro on Saturday, killing 12 people, the governor said."}
{"id":"l2","outlet":"Wire B","date":"2025-01-12","title":"Church bombing in eastern Congo","text":"A bomb exploded at a church in North Kivu province on Sunday, killing 17 worshippers, the army said."}
{"id":"l3","outlet":"Wire C","date":"2025-01-14","title":"Rescue work ends at Dnipro block","text":"Emergency services ended the search of the ruined building, confirming that 40 people died in the weekend strike."}
DOC
"$EVAL" "$tmp/land.jsonl" "$tmp/le" "$tmp/li" 2>/dev/null
if python3 - "$tmp/le" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
def inc(doc):
    return {e["incident"] for e in evs if e["id"] == doc and e["sentence"] == 1}
dnipro, congo, search = inc("l1"), inc("l2"), inc("l3")
print("Dnipro %s, Congo %s, search %s" % (sorted(dnipro), sorted(congo), sorted(search)))
sys.exit(0 if dnipro and congo and search == dnipro and not (congo & dnipro) else 1)
PY
then ok; else bad "a sentence placed by its document's town joins the happening in that country"; fi

# 16. A toll story six days on: its headline is dated by its document,
# its lead names the day of the shelling; the headline tells it too.
cat > "$tmp/lag.jsonl" <<'DOC'
{"id":"g1","outlet":"Wire A","date":"2024-03-02","title":"Shells hit Kupiansk market","text":"Russian shells struck the central market of Kupiansk on Saturday, killing 11 people, the governor said."}
{"id":"g2","outlet":"Wire B","date":"2024-03-08","title":"Kupiansk market toll rises to 20","text":"Twenty people have now died after Russian shells struck the Kupiansk market on March 2, the regional governor said on Friday."}
DOC
"$EVAL" "$tmp/lag.jsonl" "$tmp/ge" "$tmp/gi" 2>/dev/null
if python3 - "$tmp/ge" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
shelling = {e["incident"] for e in evs if e["sentence"] == 1}
head = {e["incident"] for e in evs if e["id"] == "g2" and e["sentence"] == 0}
print("shelling %s, toll headline %s" % (sorted(shelling), sorted(head)))
sys.exit(0 if len(shelling) == 1 and head == shelling else 1)
PY
then ok; else bad "a toll story's headline a week on goes with its lead's happening"; fi

# 17. Each article tells its happening, then an earlier one: "The attack
# came two days after ...", "A week earlier, ...". Neither is the
# article's happening, though coded in its town and dated by its day.
cat > "$tmp/back.jsonl" <<'DOC'
{"id":"c1","outlet":"Wire A","date":"2022-03-29","title":"Gunmen attack train near Kaduna","text":"Gunmen blew up the rail line and attacked a passenger train near Kaduna on Monday night, killing eight people, officials said. The attack came two days after gunmen stormed the airport in Kaduna, killing a guard."}
{"id":"c2","outlet":"Wire B","date":"2023-11-10","title":"Shells hit Kherson hospital","text":"Russian shells struck a hospital in Kherson on Friday, killing four people, the governor said. A week earlier, a Russian strike on a school in the city killed two teachers."}
DOC
"$EVAL" "$tmp/back.jsonl" "$tmp/be" "$tmp/bi" 2>/dev/null
if python3 - "$tmp/be" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
ok = True
for doc in ("c1", "c2"):
    told = {e["incident"] for e in evs if e["id"] == doc and e["sentence"] == 1}
    back = {e["incident"] for e in evs if e["id"] == doc and e["sentence"] == 2}
    print("%s: happening %s, earlier one %s" % (doc, sorted(told), sorted(back)))
    ok = ok and told and back and not (told & back)
sys.exit(0 if ok else 1)
PY
then ok; else bad "a sentence measuring against an earlier happening, or stepping back a week, is not the article's"; fi

# 18. One outlet tells a capture as a seizure in a raid (an assault's
# code), another as an arrest (173): police against the same rebels in
# one city on one day. Students riot there that day: another happening.
cat > "$tmp/arrest.jsonl" <<'DOC'
{"id":"a1","outlet":"Wire A","date":"2024-06-09","title":"Rebel chief seized in Medellin raid","text":"Colombian police seized the rebel commander Ivan Rojas in a raid on a house in a Medellin suburb on Saturday night, officials said."}
{"id":"a2","outlet":"Wire B","date":"2024-06-09","title":"Rebel chief arrested","text":"Colombian police arrested the rebel commander Ivan Rojas in Medellin on Saturday, the defence minister said."}
{"id":"a3","outlet":"Wire C","date":"2024-06-09","title":"Students riot in Medellin","text":"Students set fire to a police post in Medellin on Saturday after a protest turned violent, the mayor said."}
DOC
"$EVAL" "$tmp/arrest.jsonl" "$tmp/ae2" "$tmp/ai2" 2>/dev/null
if python3 - "$tmp/ae2" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
def inc(doc):
    return {e["incident"] for e in evs if e["id"] == doc and e["sentence"] == 1}
seized, arrested, riot = inc("a1"), inc("a2"), inc("a3")
print("seized %s, arrested %s, riot %s" % (sorted(seized), sorted(arrested), sorted(riot)))
sys.exit(0 if len(seized) == 1 and seized == arrested and riot and not (riot & seized) else 1)
PY
then ok; else bad "a capture told as a seizure and as an arrest is one incident, a riot that day another"; fi

# 19. Two outlets tell a market's shelling dated by their documents (no
# report anchors it); a drone strike hits a village of the region a week
# later, told by its day; an article at the month's end recalls the
# shelling by its month and town. The recall is the shelling's.
cat > "$tmp/month2.jsonl" <<'DOC'
{"id":"k1","outlet":"Wire A","date":"2024-03-05","title":"Shelling kills eleven at Kupiansk market","text":"Russian shells struck the central market of Kupiansk, killing eleven people, the governor said."}
{"id":"k2","outlet":"Wire B","date":"2024-03-05","title":"Kupiansk market shelled","text":"Russian artillery hit the market in Kupiansk, killing eleven shoppers, officials said."}
{"id":"k3","outlet":"Wire C","date":"2024-03-12","title":"Drones hit Kharkiv region village","text":"Russian drones struck a village in the Kharkiv region on Tuesday, killing two farmers, officials said."}
{"id":"k4","outlet":"Wire D","date":"2024-03-25","title":"Kupiansk market reopens","text":"Traders reopened their stalls in Kupiansk on Monday, the mayor said. Russian shells killed eleven people at the market in Kupiansk in March."}
DOC
"$EVAL" "$tmp/month2.jsonl" "$tmp/ke" "$tmp/ki" 2>/dev/null
if python3 - "$tmp/ke" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
market = {e["incident"] for e in evs if e["id"] in ("k1", "k2")}
drones = {e["incident"] for e in evs if e["id"] == "k3" and e["sentence"] == 1}
recall = {e["incident"] for e in evs if e["id"] == "k4" and e["sentence"] == 2}
print("shelling %s, drones %s, recalled %s" % (sorted(market), sorted(drones), sorted(recall)))
sys.exit(0 if len(market) == 1 and recall == market and drones and not (drones & market) else 1)
PY
then ok; else bad "a month recalling a town's shelling joins it, not another happening of the region"; fi

# 20. One outlet tells the kidnapping by its day and the country alone,
# its headline two days on; the other by its state, dated by its
# document. Together they say when and where: one incident.
cat > "$tmp/pair.jsonl" <<'DOC'
{"id":"e1","outlet":"Wire A","date":"2021-02-28","title":"Gunmen seize schoolgirls in Nigeria","text":"Gunmen stormed a girls' boarding school in northwestern Nigeria late on Friday and abducted scores of students, witnesses said."}
{"id":"e2","outlet":"Wire B","date":"2021-02-27","title":"Schoolgirls abducted in Zamfara","text":"More than 300 girls were abducted by gunmen from a secondary school in Jangebe, police said."}
DOC
"$EVAL" "$tmp/pair.jsonl" "$tmp/pe" "$tmp/pi" 2>/dev/null
if python3 - "$tmp/pe" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
incs = {e["incident"] for e in evs}
print("events %d in incidents %s" % (len(evs), sorted(incs)))
sys.exit(0 if len(evs) >= 4 and len(incs) == 1 else 1)
PY
then ok; else bad "a kidnapping told by its day in one outlet and by its place in another is one incident"; fi

# 21. A shelling told by its day, and the next day by its toll "risen to
# 14 on Sunday": the day a toll is counted is not the shelling's day, so
# the two are one incident.
cat > "$tmp/toll.jsonl" <<'DOC'
{"id":"t1","outlet":"Wire A","date":"2023-05-13","title":"Shells hit Kherson bus station","text":"Russian artillery shelled a bus station in Kherson on Saturday, killing eleven people, the regional governor said."}
{"id":"t2","outlet":"Wire B","date":"2023-05-14","title":"Kherson grieves","text":"The death toll from the shelling of a bus station in Kherson has risen to 14 on Sunday, officials said."}
DOC
"$EVAL" "$tmp/toll.jsonl" "$tmp/te" "$tmp/ti" 2>/dev/null
if python3 - "$tmp/te" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
lead = {e["incident"] for e in evs if e["sentence"] == 1}
print("leads %s" % sorted((e["id"], e["date"], e["incident"]) for e in evs if e["sentence"] == 1))
sys.exit(0 if len(lead) == 1 and len([e for e in evs if e["sentence"] == 1]) == 2 else 1)
PY
then ok; else bad "a toll counted on a later day joins the shelling it counts"; fi

# 22. An article months on whose headline codes nothing and whose lead
# recalls the killings by their days: the headline is the lead's
# evidence, the details after the old lead are not.
cat > "$tmp/recall.jsonl" <<'DOC'
{"id":"w1","outlet":"Wire A","date":"2022-05-20","title":"Survivors recount the horror of Bucha","text":"Russian soldiers killed dozens of civilians in the town of Bucha on March 4 and 5, survivors told reporters. Many of the bodies lay in the street for weeks."}
DOC
"$EVAL" "$tmp/recall.jsonl" "$tmp/we" "$tmp/wi" 2>/dev/null
if python3 - "$tmp/wi" <<'PY'
import json, sys
ev = sorted(x["sentence"] for i in map(json.loads, open(sys.argv[1])) for x in i.get("evidence") or [])
print("evidence %s" % ev)
sys.exit(0 if ev == [0] else 1)
PY
then ok; else bad "a headline over a lead recalling an old happening is that happening's evidence"; fi

# 23. Rockets hit an airport; "Hours later," gunmen attack a police post
# in the same city; "Also on Friday," pilgrims gather. The attack is
# another happening, and the gathering no evidence of the rockets.
cat > "$tmp/later.jsonl" <<'DOC'
{"id":"h1","outlet":"Wire A","date":"2021-03-05","title":"Rockets hit Erbil airport","text":"Rockets struck the airport of Erbil on Friday, killing two contractors, officials said. Hours later, gunmen attacked a police post in the city. Also on Friday, pilgrims gathered in the old town for the feast."}
DOC
"$EVAL" "$tmp/later.jsonl" "$tmp/he" "$tmp/hi" 2>/dev/null
if python3 - "$tmp/he" "$tmp/hi" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
ev = [x["sentence"] for i in map(json.loads, open(sys.argv[2])) for x in i.get("evidence") or []]
rockets = {e["incident"] for e in evs if e["sentence"] == 1}
later = {e["incident"] for e in evs if e["sentence"] == 2}
print("rockets %s, hours later %s, evidence %s" % (sorted(rockets), sorted(later), ev))
sys.exit(0 if rockets and later and not (rockets & later) and 3 not in ev else 1)
PY
then ok; else bad "\"Hours later,\" and \"Also on Friday,\" open another happening"; fi

# 24. An article on Friday's shelling of a hospital recalls the town's
# market "shelled earlier this week"; another outlet told the market's
# shelling on Tuesday. The recall goes with the market, not the hospital.
cat > "$tmp/week.jsonl" <<'DOC'
{"id":"m1","outlet":"Wire A","date":"2023-06-16","title":"Shelling damages hospital in Kupiansk","text":"Russian artillery shelled the hospital in Kupiansk on Friday, wounding three nurses, officials said. The town's market was shelled earlier this week, killing five people."}
{"id":"m2","outlet":"Wire B","date":"2023-06-13","title":"Market shelled in Kupiansk","text":"Russian shells hit the central market of Kupiansk on Tuesday, killing five people, the governor said."}
DOC
"$EVAL" "$tmp/week.jsonl" "$tmp/me" "$tmp/mi" 2>/dev/null
if python3 - "$tmp/me" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
def inc(doc, s):
    return {e["incident"] for e in evs if e["id"] == doc and e["sentence"] == s}
hospital, recall, market = inc("m1", 1), inc("m1", 2), inc("m2", 1)
print("hospital %s, recall %s, market %s" % (sorted(hospital), sorted(recall), sorted(market)))
sys.exit(0 if hospital and recall and recall == market and not (hospital & recall) else 1)
PY
then ok; else bad "a sentence dated \"earlier this week\" recalls another happening than its article's"; fi

# 25. Drones strike a depot; a quiet sentence says they "were a response
# to" an earlier bombing: it tells that bombing, not the strike, and is
# not the strike's evidence.
cat > "$tmp/answer.jsonl" <<'DOC'
{"id":"r1","outlet":"Wire A","date":"2024-01-03","title":"Drones strike Belgorod","text":"Ukrainian drones struck an oil depot in Belgorod on Wednesday, officials said. Firefighters fought the blaze for hours. Kyiv said the drones were a response to the bombing of its power stations."}
DOC
"$EVAL" "$tmp/answer.jsonl" "$tmp/ae" "$tmp/ai" 2>/dev/null
if python3 - "$tmp/ai" <<'PY'
import json, sys
ev = sorted(x["sentence"] for i in map(json.loads, open(sys.argv[1])) for x in i.get("evidence") or [])
print("evidence %s" % ev)
sys.exit(0 if ev == [2] else 1)
PY
then ok; else bad "a sentence saying the happening was a response to another is not its evidence"; fi

# 26. One outlet tells a commander ordering his troops to march on a
# city on Thursday, another the assault launched on it that day; troops
# massing 400 km away that day are another happening.
cat > "$tmp/order.jsonl" <<'DOC'
{"id":"o1","outlet":"Wire A","date":"2020-05-07","title":"Troops told to move on Sirte","text":"Eastern commander Khalifa Haftar ordered his troops on Thursday to march on Sirte, his spokesman said."}
{"id":"o2","outlet":"Wire B","date":"2020-05-08","title":"Offensive on Sirte begins","text":"Eastern forces launched an assault on Sirte on Thursday, shelling its outskirts, residents said."}
{"id":"o3","outlet":"Wire C","date":"2020-05-07","title":"Troops mass near Ajdabiya","text":"Government troops massed outside Ajdabiya on Thursday, witnesses said."}
DOC
"$EVAL" "$tmp/order.jsonl" "$tmp/oe" "$tmp/oi" 2>/dev/null
if python3 - "$tmp/oe" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
def inc(doc):
    return {e["incident"] for e in evs if e["id"] == doc and e["sentence"] == 1}
order, assault, massing = inc("o1"), inc("o2"), inc("o3")
print("order %s, assault %s, massing %s" % (sorted(order), sorted(assault), sorted(massing)))
sys.exit(0 if order and order == assault and massing and not (massing & order) else 1)
PY
then ok; else bad "an order to march on a city and the assault on it that day are one incident"; fi

# 27. A report of Thursday dated by its document tells a missile strike
# on a village of a region; a missile strikes the region's capital on
# Friday. The Thursday report cannot tell Friday's strike.
cat > "$tmp/later_day.jsonl" <<'DOC'
{"id":"f1","outlet":"Wire A","date":"2023-10-05","title":"Missile kills dozens in Kharkiv region village","text":"At least 40 people were killed when a Russian missile hit a shop in a village of Ukraine's Kharkiv region, officials said."}
{"id":"f2","outlet":"Wire B","date":"2023-10-06","title":"Missile hits Kharkiv","text":"A Russian missile struck the city of Kharkiv early on Friday, damaging a school, the governor said."}
DOC
"$EVAL" "$tmp/later_day.jsonl" "$tmp/fe" "$tmp/fi" 2>/dev/null
if python3 - "$tmp/fe" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
village = {e["incident"] for e in evs if e["id"] == "f1"}
city = {e["incident"] for e in evs if e["id"] == "f2"}
print("village %s, city %s" % (sorted(village), sorted(city)))
sys.exit(0 if village and city and not (village & city) else 1)
PY
then ok; else bad "a report dated by its document does not tell a strike of the day after"; fi

# 28. A raid on a town kills 40 on Monday; six days on, another outlet
# tells the toll raised to 95, naming the town but no day (its report
# dates it): the same killing. A car bomb abroad reported that Sunday,
# with a toll as large and a country for its place, is not.
cat > "$tmp/later_toll.jsonl" <<'DOC'
{"id":"t1","outlet":"Wire A","date":"2021-05-10","title":"Gunmen kill 40 in Djibo","text":"Gunmen on motorbikes killed at least 40 people in the town of Djibo in northern Burkina Faso on Monday, the governor said."}
{"id":"t2","outlet":"Wire B","date":"2021-05-16","title":"Djibo massacre toll raised to 95","text":"The authorities raised to 95 the number of people killed in the massacre in the town of Djibo, local officials said."}
{"id":"t3","outlet":"Wire C","date":"2021-05-16","title":"Car bomb kills 35 in Somalia","text":"A car bomb killed 35 people at a market in Somalia, police said."}
DOC
"$EVAL" "$tmp/later_toll.jsonl" "$tmp/te" "$tmp/ti" 2>/dev/null
if python3 - "$tmp/te" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
def of(doc):
    return {e["incident"] for e in evs if e["id"] == doc}
raid, toll, abroad = of("t1"), of("t2"), of("t3")
print("raid %s, toll %s, abroad %s" % (sorted(raid), sorted(toll), sorted(abroad)))
sys.exit(0 if len(raid) == 1 and toll == raid and abroad and not (abroad & raid) else 1)
PY
then ok; else bad "a toll revised days on joins the killing in its town, not one abroad"; fi

# 29. Soldiers kill farmers in a town on a Friday; three months on, an
# inquiry's headline tells the killing (dated by its report) and its lead
# recalls it by its month: all one incident.
cat > "$tmp/recall.jsonl" <<'DOC'
{"id":"w1","outlet":"Wire A","date":"2024-02-09","title":"Soldiers kill 30 farmers in Homs","text":"Army soldiers killed 30 farmers in the town of Homs on Friday, survivors told reporters."}
{"id":"w2","outlet":"Wire B","date":"2024-05-12","title":"Inquiry: soldiers killed 30 farmers in Homs","text":"Army soldiers killed 30 farmers in the town of Homs in February, an inquiry found."}
DOC
"$EVAL" "$tmp/recall.jsonl" "$tmp/we" "$tmp/wi" 2>/dev/null
if python3 - "$tmp/we" <<'PY'
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1])]
incs = {e["incident"] for e in evs}
print("incidents %s over %d events" % (sorted(incs), len(evs)))
sys.exit(0 if len(incs) == 1 and len(evs) >= 4 else 1)
PY
then ok; else bad "an inquiry's headline months on goes with the killing its lead recalls"; fi

# 3. The development set (figures in docs/incidents.md): linking alone,
# over the sentences the coder finds an event in, above a floor.
"$EVAL" "$SET/dev.jsonl" "$tmp/de" "$tmp/di" 2>/dev/null
python3 "$HERE/score_incidents.py" "$SET/dev.gold.jsonl" "$tmp/de" --docs "$SET/dev.jsonl" --incidents "$tmp/di" > "$tmp/score"
cat "$tmp/score" | grep -v passed
if python3 - "$tmp/score" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
m = re.search(r"linking alone.*B-cubed F1 ([0-9.]+)", t)
sys.exit(0 if m and float(m.group(1)) >= 0.70 else 1)
PY
then ok; else bad "linking alone on the development set: B-cubed F1 >= 0.70"; fi
# and with the evidence: every report sentence, above a floor
if python3 - "$tmp/score" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
m = re.search(r"^B-cubed .* F1 ([0-9.]+)", t, re.M)
sys.exit(0 if m and float(m.group(1)) >= 0.90 else 1)
PY
then ok; else bad "every report sentence of the development set, with evidence: B-cubed F1 >= 0.90"; fi
if [ $skipped -eq 1 ]; then echo "$passed passed, $failed failed, 1 skipped"; else echo "$passed passed, $failed failed"; fi
[ $failed -eq 0 ]
