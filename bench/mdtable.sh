#!/usr/bin/env bash
# bench/mdtable.sh RESULTS.tsv: the rows of bench/run.sh as Markdown tables,
# one per corpus and driver, with each tool's cost next to its floor's, for
# docs/performance.md.
set -euo pipefail
awk -F'\t' '
NR == 1 { next }
{
	k = $1 "|" $2
	if (!(k in seen)) { seen[k] = 1; order[++n] = k }
	c = $4
	if (!((k, c) in seenc)) { seenc[k, c] = 1; caches[k] = caches[k] " " c }
	t = $3
	if (!((k, t) in seent)) { seent[k, t] = 1; tools[k] = tools[k] " " t }
	cell[k, t, c] = sprintf("%s / %s / %s", $5, $6, $7)
	cpu[k, t, c] = $6
}
END {
	for (i = 1; i <= n; i++) {
		k = order[i]
		split(k, kc, "|")
		nc = split(substr(caches[k], 2), cs, " ")
		nt = split(substr(tools[k], 2), ts, " ")
		floor = (kc[2] == "vet") ? "noopfact" : "noop"
		printf "\n**%s, %s** (wall s / CPU s / max RSS MiB; ×: CPU against %s)\n\n", kc[1], kc[2], floor
		printf "| tool |"
		for (j = 1; j <= nc; j++) printf " %s | × |", cs[j]
		printf "\n|---|"
		for (j = 1; j <= nc; j++) printf "---|---|"
		printf "\n"
		for (m = 1; m <= nt; m++) {
			t = ts[m]
			printf "| %s |", t
			for (j = 1; j <= nc; j++) {
				c = cs[j]
				v = ((k, t, c) in cell) ? cell[k, t, c] : "-"
				r = ((k, t, c) in cpu && (k, floor, c) in cpu && cpu[k, floor, c] > 0) ? sprintf("%.2f", cpu[k, t, c] / cpu[k, floor, c]) : "-"
				printf " %s | %s |", v, r
			}
			printf "\n"
		}
	}
}' "$1"
