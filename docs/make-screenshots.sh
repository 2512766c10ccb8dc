#!/usr/bin/env bash
# Takes the README's screenshots of the real app into docs/images/. Builds nothing: run
#   ./mvnw -q -DskipTests package
# first. Uses ../shared/tools/screenshot.sh (a virtual display) and a throwaway data folder holding
# docs/demo-journal.json, so the pictures never show (or change) your own journal.
# SCREENSHOT_TOOL=PATH replaces the tool (e.g. from a git worktree elsewhere).
# Each picture opens the app on one screen or card with -Dstudiopaths.screen=NAME.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/studio-paths.jar
shot=${SCREENSHOT_TOOL:-../shared/tools/screenshot.sh}
[[ -f $jar ]] || { echo "make-screenshots.sh: $jar is missing; build it first (./mvnw -q -DskipTests package)" >&2; exit 2; }
[[ -x $shot ]] || { echo "make-screenshots.sh: $shot is missing" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# NAME DATA [SCREEN]: one screenshot with an empty (new user) or demo journal, of SCREEN (default NAME).
take() {
  local name=$1 journal=$2 screen=${3:-$1} data="$work/$1"
  mkdir -p "$data"
  # A settings file saying the tour was seen keeps it out of every picture but the tour's own.
  printf '{"theme":"DARK","textSize":"NORMAL","tourSeen":true,"window":{"x":0,"y":0,"width":1440,"height":900,"maximized":false}}\n' \
    >"$data/settings.json"
  [[ $journal == demo ]] && cp docs/demo-journal.json "$data/journal.json"
  # A busy machine may not show the window in time, which gives a blank picture of a few hundred bytes:
  # try again with a longer wait.
  local wait
  for wait in 12 25 45; do
    STUDIO_PATHS_DATA=$data "$shot" "docs/images/$name.png" --wait "$wait" -- \
      java "-Dstudiopaths.screen=$screen" -jar "$jar" >/dev/null
    (( $(stat -c %s "docs/images/$name.png") > 20000 )) && break
    echo "make-screenshots.sh: $name.png came out blank after ${wait}s; trying again" >&2
  done
  # Screenshots are for a README: keep them small.
  convert "docs/images/$name.png" -resize 1200x -strip -colors 96 -define png:compression-level=9 "docs/images/$name.png"
  echo "docs/images/$name.png"
}

take home demo
take compare demo
take tour empty
take rating demo
take arrange demo example:song-form
take mix demo example:mix-match-reference
