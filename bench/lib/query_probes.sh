# Sourced by bench/bench_store.sh and bench/bench_pg.sh: what their store
# queries ask about, chosen from a SQLite store's events so that both
# benches time the same kinds of query.
#   query_probes DB COUNTRIES_CSV: writes the events by country to
#   COUNTRIES_CSV (fewest first) and sets mid (a middling country), top
#   (the largest) and place ("LAT,LON" of a middling place of mid).
query_probes() {
	"$P" query --db "$1" --count-by country -f csv | tail -n +2 | sort -t, -k2 -n > "$2"
	mid=$(sed -n "$(( $(wc -l < "$2") / 2 ))p" "$2" | cut -d, -f1)
	top=$(tail -1 "$2" | cut -d, -f1)
	place=$(python3 - "$1" "$mid" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("""SELECT p.lat, p.lon, count(*) FROM events e JOIN places p USING (place_key)
    WHERE p.country = ? GROUP BY p.place_key ORDER BY 3""", (sys.argv[2],)).fetchall()
lat, lon, n = rows[len(rows) // 2]
print("%.4f,%.4f" % (lat, lon))
PY
)
}
