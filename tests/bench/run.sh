#!/usr/bin/env bash
# Benchmark the `journal` binary on generated journals of several sizes.
#
#   tests/bench/run.sh [--sizes "10000 100000 1000000"] [--binary build/journal] [--quick]
#
# See tests/bench/README.md for what is measured and the targets.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
GEN="$SCRIPT_DIR/gen_journal.py"
SUMMARIZE="$SCRIPT_DIR/summarize.py"

# Fixed parameters of the generated journals (part of the cache key).
GEN_YEARS=10
GEN_END=2026-11-20
GEN_SEED=1
BENCH_NOW=2026-11-20T18:00:00+01:00
ADD_RUNS=200
QUICK_MAX_SIZE=100000   # with --quick, slow commands only run up to this size

SIZES="10000 100000 1000000"
BINARY="build/journal"
QUICK=0

die() { printf 'run.sh: error: %s\n' "$*" >&2; exit 2; }
note() { printf '\n==> %s\n' "$*" >&2; }
warn() { printf 'run.sh: warning: %s\n' "$*" >&2; }

usage() {
    cat <<EOF
Usage: tests/bench/run.sh [--sizes "10000 100000 1000000"] [--binary build/journal] [--quick]

  --sizes LIST    journal sizes (entries) to benchmark, space separated
                  (default: "$SIZES")
  --binary PATH   the journal binary (default: build/journal; a relative path is
                  looked up in the current directory, then in the repository root)
  --quick         skip the slow commands (export, check, analyze, report) for
                  sizes above $QUICK_MAX_SIZE

Environment:
  BENCH_DIR       cache and results directory (default: /tmp/painjournal-bench);
                  must be outside the repository
EOF
}

while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) [ $# -ge 2 ] || die "--sizes needs a value"; SIZES=$2; shift 2 ;;
        --sizes=*) SIZES=${1#*=}; shift ;;
        --binary) [ $# -ge 2 ] || die "--binary needs a value"; BINARY=$2; shift 2 ;;
        --binary=*) BINARY=${1#*=}; shift ;;
        --quick) QUICK=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument: $1" ;;
    esac
done

# --- prerequisites ----------------------------------------------------------
missing=()
command -v hyperfine >/dev/null 2>&1 || missing+=("hyperfine")
[ -x /usr/bin/time ] || missing+=("/usr/bin/time")
if [ ${#missing[@]} -gt 0 ]; then
    die "missing ${missing[*]}; install with: apt-get install hyperfine time"
fi
command -v python3 >/dev/null 2>&1 || die "python3 not found (needed for the generator and the summary)"

read -r -a SIZE_LIST <<<"$SIZES"
[ ${#SIZE_LIST[@]} -gt 0 ] || die "--sizes is empty"
for n in "${SIZE_LIST[@]}"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || die "bad size '$n' (want a positive integer)"
done

case "$BINARY" in
    /*) BIN=$BINARY ;;
    *) if [ -e "$PWD/$BINARY" ]; then BIN=$PWD/$BINARY; else BIN=$REPO_ROOT/$BINARY; fi ;;
esac
if [ ! -f "$BIN" ] || [ ! -x "$BIN" ]; then die "binary not found or not executable: $BINARY (build it first, or pass --binary PATH)"; fi
BIN=$(realpath "$BIN")

BENCH_DIR=${BENCH_DIR:-/tmp/painjournal-bench}
BENCH_DIR=$(realpath -m "$BENCH_DIR")
case "$BENCH_DIR/" in
    "$REPO_ROOT"/*) die "BENCH_DIR ($BENCH_DIR) must be outside the repository" ;;
esac
mkdir -p "$BENCH_DIR" "$BENCH_DIR/results" "$BENCH_DIR/work"

if command -v flock >/dev/null 2>&1; then
    exec 9>"$BENCH_DIR/.lock"
    flock -n 9 || die "another run.sh is using $BENCH_DIR (lock: $BENCH_DIR/.lock)"
fi

RUN_ID=$(date +%Y%m%d-%H%M%S)
OUT="$BENCH_DIR/results/$RUN_ID"
mkdir -p "$OUT"
ln -sfn "$RUN_ID" "$BENCH_DIR/results/latest"
MANIFEST="$OUT/manifest.tsv"   # label, size, hyperfine json, status
RSS_FILE="$OUT/rss.tsv"        # label, size, max RSS in KiB, status
: >"$MANIFEST"
: >"$RSS_FILE"

# --- environment for every journal invocation --------------------------------
CONFIG="$BENCH_DIR/empty-config.toml"
: >"$CONFIG"
EMPTY_JOURNAL="$BENCH_DIR/empty-journal"
mkdir -p "$EMPTY_JOURNAL" "$BENCH_DIR/xdg/config" "$BENCH_DIR/xdg/data" \
    "$BENCH_DIR/xdg/state" "$BENCH_DIR/xdg/cache"
export JOURNAL_NOW="$BENCH_NOW"
export TZ=Europe/Berlin
export JOURNAL_CONFIG="$CONFIG"
# Keep the binary away from the user's real config and data, whatever it reads.
export XDG_CONFIG_HOME="$BENCH_DIR/xdg/config"
export XDG_DATA_HOME="$BENCH_DIR/xdg/data"
export XDG_STATE_HOME="$BENCH_DIR/xdg/state"
export XDG_CACHE_HOME="$BENCH_DIR/xdg/cache"
export JOURNAL_DIR="$EMPTY_JOURNAL"

{
    echo "date: $(date -Iseconds)"
    echo "host: $(uname -n) $(uname -srm)"
    echo "cpus: $(nproc 2>/dev/null || echo '?')"
    echo "binary: $BIN"
    echo "binary sha256: $(sha256sum "$BIN" | cut -d' ' -f1)"
    echo "repo commit: $(git -C "$REPO_ROOT" rev-parse --short HEAD 2>/dev/null || echo none)"
    echo "sizes: $SIZES"
    echo "quick: $QUICK"
    echo "hyperfine: $(hyperfine --version)"
    echo "JOURNAL_NOW=$JOURNAL_NOW TZ=$TZ JOURNAL_CONFIG=$JOURNAL_CONFIG"
} >"$OUT/info.txt"

# --- helpers -----------------------------------------------------------------
# Names, sizes and mtimes of the month files: detects any change to a journal.
fingerprint() {
    find "$1" -maxdepth 1 -type f -name '*.toml' -printf '%f %s %T@\n' | LC_ALL=C sort
}

GEN_KEY="gen_journal.py $(sha256sum "$GEN" | cut -d' ' -f1) --years $GEN_YEARS --end $GEN_END --seed $GEN_SEED"

# ensure_journal N: generate $BENCH_DIR/N once; reuse it while it is intact.
ensure_journal() {
    local n=$1 dir="$BENCH_DIR/$1" meta="$BENCH_DIR/$1.meta"
    if [ -d "$dir" ] && [ -f "$meta" ] &&
        [ "$(cat "$meta")" = "$(printf '%s\n%s' "$GEN_KEY --entries $n" "$(fingerprint "$dir")")" ]; then
        echo "using cached journal $dir" >&2
        return 0
    fi
    note "generating journal with $n entries in $dir"
    rm -rf "$dir" "$meta" "$dir".tmp.*
    local tmp="$dir.tmp.$$"
    python3 "$GEN" --entries "$n" --years "$GEN_YEARS" --end "$GEN_END" --seed "$GEN_SEED" "$tmp"
    mv "$tmp" "$dir"
    printf '%s\n%s' "$GEN_KEY --entries $n" "$(fingerprint "$dir")" >"$meta"
}

# Human-readable size for labels and file names.
size_label() {
    local n=$1
    if (( n % 1000000 == 0 )); then echo "$((n / 1000000))M"
    elif (( n % 1000 == 0 )); then echo "$((n / 1000))k"
    else echo "$n"; fi
}

FAILURES=0

# preflight LABEL SIZE JOURNAL_DIR ARGS...: run once; on failure record it.
preflight() {
    local label=$1 size=$2 dir=$3; shift 3
    local err
    err="$OUT/preflight-$(size_label "$size")-${label//[^A-Za-z0-9]/_}.err"
    local rc=0
    JOURNAL_DIR="$dir" "$BIN" "$@" </dev/null >/dev/null 2>"$err" || rc=$?
    if [ "$rc" -ne 0 ]; then
        warn "'journal $*' exited with status $rc on the $(size_label "$size") journal; skipping it. stderr:"
        head -n 5 "$err" | sed 's/^/    /' >&2
        FAILURES=$((FAILURES + 1))
        return "$rc"
    fi
    [ -s "$err" ] || rm -f "$err"
    return 0
}

# bench LABEL SIZE JOURNAL_DIR [HYPERFINE_OPTS... --] ARGS...
bench() {
    local label=$1 size=$2 dir=$3; shift 3
    local hf_opts=()
    if [[ " $* " == *" -- "* ]]; then
        while [ "$1" != "--" ]; do hf_opts+=("$1"); shift; done
        shift
    fi
    local json
    json="$OUT/$(size_label "$size")-${label//[^A-Za-z0-9]/_}.json"
    local rc=0
    preflight "$label" "$size" "$dir" "$@" || rc=$?
    if [ "$rc" -ne 0 ]; then
        printf '%s\t%s\t\tfailed (exit %s)\n' "$label" "$size" "$rc" >>"$MANIFEST"
        return 0
    fi
    local cmd
    cmd=$(printf '%q ' "$BIN" "$@")
    note "$label @ $(size_label "$size"): journal $*"
    if JOURNAL_DIR="$dir" hyperfine -N --warmup 3 "${hf_opts[@]}" \
        --export-json "$json" -n "journal $* ($(size_label "$size"))" "${cmd% }" </dev/null; then
        printf '%s\t%s\t%s\tok\n' "$label" "$size" "$json" >>"$MANIFEST"
    else
        FAILURES=$((FAILURES + 1))
        printf '%s\t%s\t\thyperfine failed\n' "$label" "$size" >>"$MANIFEST"
    fi
}

# floor LABEL SIZE CMD...: a command that is not journal, timed like one. The
# floors are what the hardware costs in the same run: an append of one
# entry-sized block with fsync (what `add` cannot beat) and reading the
# month files (what a full read cannot beat). Targets are ratios to them.
floor() {
    local label=$1 size=$2; shift 2
    local json
    json="$OUT/$(size_label "$size")-${label//[^A-Za-z0-9]/_}.json"
    note "$label @ $(size_label "$size"): $*"
    if hyperfine -N --warmup 3 "${hf_opts[@]}" --export-json "$json" -n "$label ($(size_label "$size"))" "$*" \
        </dev/null >/dev/null; then
        printf '%s\t%s\t%s\tok\n' "$label" "$size" "$json" >>"$MANIFEST"
    else
        printf '%s\t%s\t\tfailed\n' "$label" "$size" >>"$MANIFEST"
    fi
}

# skipped LABEL SIZE REASON
skipped() {
    printf '%s\t%s\t\t%s\n' "$1" "$2" "$3" >>"$MANIFEST"
}

# rss LABEL SIZE JOURNAL_DIR ARGS...: peak memory of one run via /usr/bin/time -v
rss() {
    local label=$1 size=$2 dir=$3; shift 3
    local f
    f="$OUT/$(size_label "$size")-${label//[^A-Za-z0-9]/_}.time"
    local rc=0
    JOURNAL_DIR="$dir" /usr/bin/time -v -o "$f" "$BIN" "$@" </dev/null >/dev/null 2>&1 || rc=$?
    local kb
    kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): *//p' "$f" | head -n 1)
    if [ "$rc" -ne 0 ] || [ -z "$kb" ]; then
        warn "memory run of 'journal $*' failed (status $rc)"
        printf '%s\t%s\t\tfailed\n' "$label" "$size" >>"$RSS_FILE"
        return 0
    fi
    echo "peak RSS of journal $* @ $(size_label "$size"): $((kb / 1024)) MiB" >&2
    printf '%s\t%s\t%s\tok\n' "$label" "$size" "$kb" >>"$RSS_FILE"
}

# --- optional commands -----------------------------------------------------------
HAVE_ANALYZE=0
HAVE_REPORT=0
"$BIN" analyze --help </dev/null >/dev/null 2>&1 && HAVE_ANALYZE=1
"$BIN" report --help </dev/null >/dev/null 2>&1 && HAVE_REPORT=1
echo "analyze supported: $HAVE_ANALYZE, report supported: $HAVE_REPORT" >>"$OUT/info.txt"
[ "$HAVE_ANALYZE" = 1 ] || warn "'journal analyze --help' failed: not benchmarking analyze"
[ "$HAVE_REPORT" = 1 ] || warn "'journal report --help' failed: not benchmarking report"

LIST_WEEK=(list --since 2026-11-09 --until 2026-11-15)

# --- main loop -------------------------------------------------------------------
for n in "${SIZE_LIST[@]}"; do
    ensure_journal "$n"
    dir="$BENCH_DIR/$n"
    before=$(fingerprint "$dir")
    slow_ok=1
    if [ "$QUICK" = 1 ] && [ "$n" -gt "$QUICK_MAX_SIZE" ]; then slow_ok=0; fi

    # slow_bench LABEL ARGS...: a slow command, skipped above QUICK_MAX_SIZE with --quick
    slow_bench() {
        local label=$1; shift
        if [ "$slow_ok" = 1 ]; then bench "$label" "$n" "$dir" "$@"
        else skipped "$label" "$n" "skipped (--quick)"; fi
    }

    # Read-only commands run on the cached journal.
    floor "floor read" "$n" wc -l "$dir"/*.toml
    bench "list week" "$n" "$dir" "${LIST_WEEK[@]}"
    # `due --prompt` runs at every shell prompt: it is judged against
    # starting the program (`--version`), measured in the same run.
    bench "version" "$n" "$dir" --runs 100 -- --version
    bench "due --prompt" "$n" "$dir" --runs 100 -- due --prompt
    slow_bench "export csv" export --format csv -o /dev/null
    slow_bench "export json" export --format json -o /dev/null
    slow_bench "check" check
    if [ "$HAVE_ANALYZE" = 1 ]; then slow_bench "analyze" analyze; fi
    if [ "$HAVE_REPORT" = 1 ]; then
        bench "report --no-findings" "$n" "$dir" report --no-findings
        slow_bench "report" report
    fi

    note "peak memory @ $(size_label "$n")"
    rss "list week" "$n" "$dir" "${LIST_WEEK[@]}"
    if [ "$slow_ok" = 1 ]; then
        rss "export csv" "$n" "$dir" export --format csv -o /dev/null
        if [ "$HAVE_ANALYZE" = 1 ]; then rss "analyze" "$n" "$dir" analyze; fi
        if [ "$HAVE_REPORT" = 1 ]; then rss "report" "$n" "$dir" report; fi
    fi

    if [ "$(fingerprint "$dir")" != "$before" ]; then
        warn "a read-only command modified the cached journal $dir; it will be regenerated next time"
        rm -f "$BENCH_DIR/$n.meta"
        FAILURES=$((FAILURES + 1))
    fi

    # Write benchmark on a fresh copy, so the cached journal stays intact.
    work="$BENCH_DIR/work/$n"
    rm -rf "$work"
    cp -a "$dir" "$work"
    bench "add" "$n" "$work" --runs "$ADD_RUNS" -- add neck 5 --stress 6 --note bench
    last=$(ls "$work"/*.toml | tail -n 1)
    head -c 200 /dev/zero | tr '\0' '#' >"$BENCH_DIR/work/block"
    floor "floor append+fsync" "$n" dd if="$BENCH_DIR/work/block" of="$last" oflag=append conv=notrunc,fsync status=none
done

# --- summary -----------------------------------------------------------------------
note "results in $OUT"
python3 "$SUMMARIZE" "$OUT" | tee "$OUT/summary.md"

if [ "$FAILURES" -gt 0 ]; then
    warn "$FAILURES command(s) failed or misbehaved; see the warnings above and $OUT"
    exit 1
fi
