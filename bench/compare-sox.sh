#!/usr/bin/env bash
# The whole render command (JVM start included) against sox doing the same work, timed alternately in one run.
#
#   bench/compare-sox.sh [TRACKS=16] [ROUNDS=5]
#
# It writes its own inputs (TRACKS mono 16-bit 3-minute stems, a project giving each a fader, a pan and three
# EQ bands, and the same settings for sox) under target/bench-sox, then runs, round after round and in
# alternating order (app, sox, sox, app, ...), so that the other loads on the machine hit both alike:
#   app: java -jar target/studio-paths.jar --samples DIR render project.json -o app.wav
#   sox: sox -m of one "|sox stem -p bass .. equalizer .. treble .. remix" pipeline per track, 16-bit, no dither
# and prints each one's wall and CPU times, the real-time factors and the ratio of medians, then how far the two
# mixes are apart (the largest sample difference), to show that the work was the same.
#
# Installs nothing. Needs: bash, java 17, sox (Debian: apt-get install sox), and the builds
#   ./mvnw -DskipTests package && ./mvnw -Pbench test-compile
set -euo pipefail
cd "$(dirname "$0")/.."
TRACKS=${1:-16}
ROUNDS=${2:-5}
JAR=target/studio-paths.jar
WORK=target/bench-sox

missing=()
command -v java >/dev/null || missing+=("java (a JDK 17)")
command -v sox >/dev/null || missing+=("sox (apt-get install sox)")
[ -f "$JAR" ] || missing+=("$JAR (./mvnw -DskipTests package)")
[ -f target/test-classes/org/studiopaths/bench/BenchInputs.class ] \
    || missing+=("the bench classes (./mvnw -Pbench test-compile)")
if [ ${#missing[@]} -gt 0 ]; then
    printf 'compare-sox.sh needs: %s\n' "${missing[@]}" >&2
    exit 2
fi

mkdir -p "$WORK"
java -cp "$JAR:target/test-classes" org.studiopaths.bench.BenchInputs "$WORK" "$TRACKS"

app=(java -jar "$JAR" --samples "$WORK/samples" render "$WORK/project.json" -o "$WORK/app.wav")
if ! "${app[@]}" >"$WORK/app.out" 2>&1; then
    echo "compare-sox.sh: the render command failed: $(head -c 300 "$WORK/app.out")" >&2
    exit 1
fi

sox_cmd=(sox -m)
while IFS=$'\t' read -r stem left right lowdb lowhz midhz midq middb highdb highhz; do
    sox_cmd+=(-v 1 "|sox $WORK/$stem -p bass $lowdb $lowhz 1s equalizer $midhz ${midq}q $middb treble $highdb $highhz 1s remix 1v$left 1v$right")
done <"$WORK/tracks.tsv"
sox_cmd+=(-D -b 16 "$WORK/sox.wav")

TIMEFORMAT='%R %U %S'
: >"$WORK/times.app"
: >"$WORK/times.sox"
run() { # run NAME: one timed run, wall/user/sys appended to times.NAME
    if [ "$1" = app ]; then
        { time "${app[@]}" >/dev/null 2>&1; } 2>>"$WORK/times.app"
    else
        { time "${sox_cmd[@]}" >/dev/null 2>&1; } 2>>"$WORK/times.sox"
    fi
}
run app >/dev/null; : >"$WORK/times.app" # one warm-up each: file cache
run sox >/dev/null; : >"$WORK/times.sox"
for ((r = 0; r < ROUNDS; r++)); do
    if ((r % 2 == 0)); then run app; run sox; else run sox; run app; fi
done

# median FILE COLUMN-EXPRESSION: the median of that awk expression over the runs (POSIX awk, no gawk needed)
median() { awk "{ print $2 }" "$1" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
summary() { # summary NAME: wall median/min/max, CPU (user + sys, children included) median, real-time factor
    local f="$WORK/times.$1"
    awk -v name="$1" -v m="$(median "$f" '$1')" -v c="$(median "$f" '$2 + $3')" \
        -v lo="$(sort -g "$f" | head -1 | cut -d' ' -f1)" \
        -v hi="$(sort -g "$f" | tail -1 | cut -d' ' -f1)" 'BEGIN {
            printf "%-4s wall median %.3f s (min %.3f, max %.3f), CPU median %.3f s, %.0fx real time\n",
                   name, m, lo, hi, c, 180 / m }'
}
echo "$TRACKS tracks, 3 minutes, $ROUNDS alternating rounds on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "app: ${app[*]:0:4} ..."
summary app
summary sox
awk -v a="$(median "$WORK/times.app" '$1')" -v s="$(median "$WORK/times.sox" '$1')" \
    'BEGIN { printf "sox / app (wall medians): %.2fx\n", s / a }'
stat() { sox "$@" -n stat 2>&1; }
rms=$(stat "$WORK/app.wav" | awk '/RMS     amplitude/ { printf "%.1f", 20 * log($3) / log(10) }')
diff=$(stat -m -v 1 "$WORK/app.wav" -v -1 "$WORK/sox.wav" | awk '/Maximum amplitude/ { printf "%.0f", $3 * 32768 }')
echo "mix RMS $rms dBFS; app and sox differ by at most $diff steps of 16 bits"
