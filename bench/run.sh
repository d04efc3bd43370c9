#!/usr/bin/env bash
# bench/run.sh: whole-process cost of checkoutexpiry against its floors.
#
# Not part of CI: it takes from ~15 minutes (-n 100, -k stripe) to over an
# hour (the defaults) on 2 cores. See bench/README.md.
#
# Usage (from anywhere in the repository):
#   bench/run.sh [-n "100 1000"] [-r 3] [-k "gen stripe"] [-m "cold warm"] [-d "standalone vet"] [-w DIR]
#
#   -n  sizes of the generated module (packages), default "100 1000"
#   -r  measured warm runs per cell (the median is reported; the tools
#       take turns, run by run), default 3
#   -R  the same for the standalone drivers on the 1000-package module,
#       default 1 (each such run takes a minute or more)
#   -k  corpora: gen (the generated modules) and/or stripe (the stripe-go
#       v85 module itself, tests included), default "gen stripe"
#   -m  cache states: cold (empty GOCACHE, warm GOMODCACHE), warm (a
#       repeated run) and/or edit (warm, but a comment is appended to a file
#       that other packages import before each run: config/config.go, or
#       checkout/session/client.go in stripe-go), default "cold warm"
#   -d  drivers: standalone and/or vet, default "standalone vet"
#   -w  work directory (kept; reuse it to add rows), default a new temp dir
#   -p  DIR: also measure checkoutexpiry and rootsdriver built from the
#       copy of this repository in DIR (e.g. with a candidate fix), as
#       checkoutexpiry.LABEL and rootsdriver.LABEL
#   -P  LABEL for -p, default p
#   -t  measure only these tools (labels as in the table), e.g. -t "noop checkoutexpiry.p"
#
# For every corpus, cache state and tool it prints one row (wall seconds,
# CPU seconds = user+sys, max RSS), then the ratios against the floors:
#   standalone  checkoutexpiry / noopfact   same loading needs (all deps from source)
#               checkoutexpiry / noop       what facts cost over a fact-free analyzer
#               rootsdriver    / noop       the prototype against the fact-free floor
#               rootsdriver    / rootsnoop  the prototype against its own driver
#   go vet      checkoutexpiry / noopfact   same loading needs (tool runs on every dep)
#               checkoutexpiry / noop       (go vet runs a fact-free tool on deps too)
#               checkoutexpiry / stock vet
# Results also go to $WORK/results.tsv (medians; cold runs are single) and
# every warm or edit run to $WORK/every-run.tsv (for the spread).
set -euo pipefail

sizes="100 1000"
runs=3
runs1000=1
kinds="gen stripe"
modes="cold warm"
drivers="standalone vet"
work=""
patched=""
label=p
only=""
while getopts "n:r:R:k:m:d:w:p:P:t:h" opt; do
	case $opt in
	n) sizes=$OPTARG ;;
	r) runs=$OPTARG ;;
	R) runs1000=$OPTARG ;;
	k) kinds=$OPTARG ;;
	m) modes=$OPTARG ;;
	d) drivers=$OPTARG ;;
	w) work=$OPTARG ;;
	p) patched=$(cd "$OPTARG" && pwd) ;;
	P) label=$OPTARG ;;
	t) only=" $OPTARG " ;;
	*)
		sed -n "2,/^set -euo/p" "$0" | sed "\$d"
		exit 2
		;;
	esac
done

repo=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "$work" ]; then
	work=$(mktemp -d /tmp/checkoutexpiry-bench.XXXXXX)
fi
mkdir -p "$work"
work=$(cd "$work" && pwd)
bin=$work/bin
results=$work/results.tsv
if [ ! -x /usr/bin/time ]; then
	echo "bench/run.sh: needs GNU time: apt-get install -y time" >&2
	exit 2
fi

log() { echo "# $*" >&2; }

# --- the machine --------------------------------------------------------
{
	echo "# date: $(date -u +%Y-%m-%dT%H:%MZ)"
	echo "# nproc: $(nproc)"
	echo "# memory: $(free -g | awk '/^Mem:/ {print $2 " GiB total, " $7 " GiB available"}')"
	echo "# cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
	echo "# go: $(go version)"
	echo "# x/tools: $(cd "$repo" && go list -m -f '{{.Version}}' golang.org/x/tools)"
	echo "# repository: $(cd "$repo" && git rev-parse --short HEAD 2>/dev/null || echo unknown) $(cd "$repo" && git status --short -- analyzer cmd 2>/dev/null | tr '\n' ' ')"
	echo "# load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "# command: bench/run.sh -n \"$sizes\" -r $runs -R $runs1000 -k \"$kinds\" -m \"$modes\" -d \"$drivers\""
} | tee "$work/machine.txt"

# --- the tools (built with the normal build cache, never measured) -------
mkdir -p "$bin"
(
	cd "$repo"
	go build -o "$bin/checkoutexpiry" ./cmd/checkoutexpiry
	go build -o "$bin/noop" ./bench/cmd/noop
	go build -o "$bin/noopfact" ./bench/cmd/noopfact
	go build -o "$bin/rootsdriver" ./bench/cmd/rootsdriver
	go build -o "$bin/gencorpus" ./bench/cmd/gencorpus
)
if [ -n "$patched" ]; then
	(
		cd "$patched"
		go build -o "$bin/checkoutexpiry.$label" ./cmd/checkoutexpiry
		go build -o "$bin/rootsdriver.$label" ./bench/cmd/rootsdriver
	)
fi
printf '#!/bin/sh\nexec %s -noop "$@"\n' "$bin/rootsdriver" >"$bin/rootsnoop"
chmod +x "$bin/rootsnoop"

# --- the corpora ---------------------------------------------------------
corpora=()
for k in $kinds; do
	case $k in
	gen)
		for n in $sizes; do
			dir=$work/gen$n
			if [ ! -f "$dir/go.sum" ]; then
				rm -rf "$dir"
				log "generating $dir"
				"$bin/gencorpus" -n "$n" -o "$dir" >"$work/gen$n.stats"
				# go.sum from the module proxy (stripe-go v85.0.0 is the only requirement).
				(cd "$dir" && GOFLAGS=-mod=mod go mod tidy)
			fi
			corpora+=("gen$n")
		done
		;;
	stripe)
		dir=$work/stripe-go
		if [ ! -f "$dir/go.mod" ]; then
			src=$(cd "$repo" && go mod download -json github.com/stripe/stripe-go/v85@v85.0.0 | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
			cp -r "$src" "$dir"
			chmod -R u+w "$dir"
			(cd "$dir" && go mod download)
		fi
		corpora+=("stripe-go")
		;;
	*)
		echo "unknown corpus kind $k" >&2
		exit 2
		;;
	esac
done

# --- measuring -----------------------------------------------------------
# measure NAME DIR GOCACHE CMD...: prints "wall cpu rss_mib exit"
measure() {
	local dir=$1 cache=$2
	shift 2
	local out=$work/time.out
	local rc=0
	(cd "$dir" && GOCACHE=$cache /usr/bin/time -f '%e %U %S %M' -o "$out" "$@" >"$work/last.stdout" 2>"$work/last.stderr") || rc=$?
	# /usr/bin/time prints "Command exited with non-zero status N" first.
	tail -1 "$out" | awk -v rc="$rc" '{printf "%.2f %.2f %d %d\n", $1, $2 + $3, $4 / 1024, rc}'
}

# editfile DIR: the file that -m edit changes before each run (a comment
# appended): a package that several others import.
editfile() {
	if [ -f "$1/config/config.go" ]; then
		echo config/config.go
	else
		echo checkout/session/client.go # stripe-go
	fi
}

median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

# tools per driver: label and command (run in the corpus directory)
standalone_tools=(checkoutexpiry noopfact noop rootsdriver rootsnoop)
vet_tools=(checkoutexpiry noopfact noop stock)
if [ -n "$patched" ]; then
	standalone_tools+=("checkoutexpiry.$label" "rootsdriver.$label")
	vet_tools+=("checkoutexpiry.$label")
fi
cmdline() {
	local driver=$1 tool=$2
	case $driver/$tool in
	standalone/*) echo "$bin/$tool ./..." ;;
	vet/stock) echo "go vet ./..." ;;
	vet/*) echo "go vet -vettool=$bin/$tool ./..." ;;
	esac
}

runs_tsv=$work/every-run.tsv
if [ ! -f "$runs_tsv" ]; then
	printf 'corpus\tdriver\ttool\tcache\trun\twall_s\tcpu_s\trss_mib\texit\tload\n' >"$runs_tsv"
fi
if [ ! -f "$results" ]; then
	printf 'corpus\tdriver\ttool\tcache\twall_s\tcpu_s\trss_mib\texit\tload\n' >"$results"
fi
printf '\n%-10s %-10s %-15s %-5s %8s %8s %9s %4s %5s\n' corpus driver tool cache wall_s cpu_s rss_MiB exit load
# row C DRIVER TOOL MODE WALL CPU RSS RC: record and print one result.
row() {
	local load
	load=$(cut -d' ' -f1 /proc/loadavg)
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" "$load" >>"$results"
	printf '%-10s %-10s %-15s %-5s %8s %8s %9s %4s %5s\n' "$@" "$load"
	if [ "$8" = 1 ] && [ "$2" = standalone ]; then
		log "$1 $3 failed:"
		head -5 "$work/last.stderr" >&2
	fi
}

for c in "${corpora[@]}"; do
	dir=$work/$c
	for driver in $drivers; do
		if [ "$driver" = vet ]; then all=("${vet_tools[@]}"); else all=("${standalone_tools[@]}"); fi
		tools=()
		for tool in "${all[@]}"; do
			if [ -z "$only" ] || [[ "$only" == *" $tool "* ]]; then
				tools+=("$tool")
			fi
		done
		for mode in $modes; do
			if [ "$mode" = cold ]; then
				for tool in "${tools[@]}"; do
					# shellcheck disable=SC2207
					cmd=($(cmdline "$driver" "$tool"))
					cache=$(mktemp -d "$work/gocache.XXXXXX")
					r=$(measure "$dir" "$cache" "${cmd[@]}")
					rm -rf "$cache"
					# shellcheck disable=SC2086
					row "$c" "$driver" "$tool" "$mode" $r
				done
				continue
			fi
			# warm and edit: one build cache per corpus, filled once
			# (export data and cgo output of every package, tests included).
			cache=$work/gocache-warm-$c
			if [ ! -d "$cache" ]; then
				mkdir -p "$cache"
				(cd "$dir" && GOCACHE=$cache go list -export -compiled -deps -test ./... >/dev/null)
			fi
			if [ "$driver" = vet ]; then
				# go vet caches each tool's results: prime them.
				for tool in "${tools[@]}"; do
					# shellcheck disable=SC2207
					cmd=($(cmdline "$driver" "$tool"))
					measure "$dir" "$cache" "${cmd[@]}" >/dev/null
				done
			fi
			n=$runs
			if [ "$c" = gen1000 ] && [ "$driver" = standalone ]; then
				n=$runs1000
			fi
			if [ "$mode" = edit ] && [ ! -f "$work/$c.editfile.orig" ]; then
				cp "$dir/$(editfile "$dir")" "$work/$c.editfile.orig"
			fi
			# Round-robin over the tools, so that a change in the machine's
			# load hits every tool alike.
			rm -f "$work"/runs.*  # the current cell's runs, one file per tool
			for i in $(seq "$n"); do
				for tool in "${tools[@]}"; do
					# shellcheck disable=SC2207
					cmd=($(cmdline "$driver" "$tool"))
					if [ "$mode" = edit ]; then
						echo "// edit $i $tool" >>"$dir/$(editfile "$dir")"
					fi
					r=$(measure "$dir" "$cache" "${cmd[@]}")
					echo "$r" >>"$work/runs.$tool"
					# every run, for the spread: corpus driver tool cache run wall cpu rss exit load
					printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$c" "$driver" "$tool" "$mode" "$i" "$(echo "$r" | tr ' ' '\t')" "$(cut -d' ' -f1 /proc/loadavg)" >>"$runs_tsv"
				done
			done
			if [ "$mode" = edit ]; then
				cp "$work/$c.editfile.orig" "$dir/$(editfile "$dir")"
			fi
			for tool in "${tools[@]}"; do
				f=$work/runs.$tool
				row "$c" "$driver" "$tool" "$mode" \
					"$(cut -d' ' -f1 "$f" | median)" "$(cut -d' ' -f2 "$f" | median)" "$(cut -d' ' -f3 "$f" | median)" \
					"$(cut -d' ' -f4 "$f" | sort -u | tr '\n' ',' | sed 's/,$//')"
			done
		done
	done
done

# --- ratios --------------------------------------------------------------
echo
echo "ratios (wall / cpu / rss), each against its floor:"
awk -F'\t' '
NR == 1 { next }
{
	k = $1 SUBSEP $2 SUBSEP $4; wall[k, $3] = $5; cpu[k, $3] = $6; rss[k, $3] = $7; keys[k] = 1
	if (!($3 in isTool)) { isTool[$3] = 1; tools[++nt] = $3 }
}
function r(a, b) { return (b > 0) ? sprintf("%.2f", a / b) : "-" }
function row(k, num, den,   c) {
	if (!((k, num) in wall) || !((k, den) in wall)) return
	split(k, c, SUBSEP)
	printf "%-10s %-10s %-5s %-30s %6s %6s %6s\n", c[1], c[2], c[3], num "/" den,
		r(wall[k, num], wall[k, den]), r(cpu[k, num], cpu[k, den]), r(rss[k, num], rss[k, den])
}
END {
	printf "%-10s %-10s %-5s %-30s %6s %6s %6s\n", "corpus", "driver", "cache", "ratio", "wall", "cpu", "rss"
	n = 0
	for (k in keys) sorted[++n] = k
	for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (sorted[j] < sorted[i]) { t = sorted[i]; sorted[i] = sorted[j]; sorted[j] = t }
	for (i = 1; i <= n; i++) {
		k = sorted[i]
		row(k, "noopfact", "noop")
		for (m = 1; m <= nt; m++) {
			t = tools[m]
			if (t ~ /^checkoutexpiry/) { row(k, t, "noopfact"); row(k, t, "noop"); row(k, t, "stock") }
			if (t ~ /^rootsdriver/) { row(k, t, "noop"); row(k, t, "rootsnoop") }
		}
	}
}' "$results"

# Growth with N: cost per package of each tool, warm.
if [ "$(echo "$sizes" | wc -w)" -gt 1 ] && [[ " $kinds " == *" gen "* ]]; then
	echo
	echo "growth: warm wall / cpu seconds per 100 generated packages"
	awk -F'\t' '
	NR == 1 || $4 != "warm" || $1 !~ /^gen/ { next }
	{ n = substr($1, 4); printf "%-10s %-15s N=%-5s %7.3f %7.3f\n", $2, $3, n, $5 * 100 / n, $6 * 100 / n }' "$results" | sort -k1,2 -k3V
fi
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "results: $results"
