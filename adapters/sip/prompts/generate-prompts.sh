#!/bin/sh
# Generates the recorded prompts the engine plays: G.711 µ-law, 8 kHz, mono WAV (about 8 KB per second).
#
# Usage (from anywhere):  adapters/sip/prompts/generate-prompts.sh [prompts.txt [output directory]]
#   defaults: the prompts.txt beside this script, and adapters/sip/src/main/resources/prompts/
# Needs espeak-ng (Mandarin voice "cmn") and sox. Each line of the list is "<name><TAB><text>"; lines
# starting with # are comments. The output is byte-for-byte reproducible for the same espeak-ng and sox
# versions: sox runs without dither (-D), the only random step in the chain. Commit the .wav files.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
list=${1:-$here/prompts.txt}
out=${2:-$here/../src/main/resources/prompts}

for tool in espeak-ng sox; do
    command -v "$tool" >/dev/null 2>&1 || { echo "generate-prompts: $tool is not installed" >&2; exit 1; }
done

mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tab=$(printf '\t')
grep -v '^#' "$list" | grep -v '^[[:space:]]*$' | while IFS="$tab" read -r name text; do
    espeak-ng -v cmn -w "$work/$name.wav" "$text"
    # Normalised to -3 dBFS so every prompt sounds equally loud on a phone.
    sox -D "$work/$name.wav" -r 8000 -c 1 -e u-law "$out/$name.wav" gain -n -3
    echo "$name.wav: $text"
done
