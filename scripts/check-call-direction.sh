#!/bin/sh
# Checks that calls between the Win32 shell's files run one way: no two files of src/win call
# each other's functions (or include each other's headers) both ways. A file that needs to hear
# back from one it calls takes a callback or returns a result instead (docs/design.md).
# Usage: sh scripts/check-call-direction.sh [FOLDER]   (default src/win); exits 1 on a pair.
#        sh scripts/check-call-direction.sh --graph    prints every file-to-file call as well.
set -eu
cd "$(dirname "$0")/.."
graph=0
if [ "${1:-}" = --graph ]; then
    graph=1
    shift
fi
folder=${1:-src/win}

# Each .c file's external functions: a definition starts at the line's first column, is not
# static, and its line does not end in ';' (a declaration). The name is the word before '('.
defined=$(mktemp)
uses=$(mktemp)
trap 'rm -f "$defined" "$uses"' EXIT
for file in "$folder"/*.c; do
    awk -v file="$(basename "$file" .c)" '
        /^[A-Za-z_]/ && !/^(static|typedef|extern|struct|enum|union|#)/ && /\(/ && !/;[ \t]*$/ {
            line = $0
            sub(/\(.*/, "", line)
            n = split(line, words, /[^A-Za-z0-9_]+/)
            name = words[n]
            if (name != "" && name !~ /^(if|while|for|switch|return)$/)
                print name, file
        }' "$file"
done | sort -u >"$defined"

# Which file's functions each file uses (any mention: a call, or a function passed on), and
# which of the folder's headers it includes (a header named after its file).
for file in "$folder"/*.c; do
    from=$(basename "$file" .c)
    # Comments and strings out, then every identifier once.
    sed -e 's://.*$::' "$file" | awk '
        BEGIN { comment = 0 }
        {
            line = $0; out = ""
            while (length(line) > 0) {
                if (comment) {
                    at = index(line, "*/")
                    if (at == 0) { line = ""; break }
                    line = substr(line, at + 2); comment = 0
                } else {
                    at = index(line, "/*")
                    if (at == 0) { out = out line; line = ""; break }
                    out = out substr(line, 1, at - 1); line = substr(line, at + 2); comment = 1
                }
            }
            gsub(/"([^"\\]|\\.)*"/, "", out)
            print out
        }' | grep -oE '[A-Za-z_][A-Za-z0-9_]*' | sort -u |
        join -1 1 -2 1 - "$defined" | awk -v from="$from" '$2 != from { print from, $2 }'
    grep -oE '^#include "[a-z0-9_]+\.h"' "$file" | sed -E 's/.*"([a-z0-9_]+)\.h"/\1/' |
        while read -r header; do
            if [ "$header" != "$from" ] && [ -f "$folder/$header.c" ]; then
                echo "$from $header"
            fi
        done
done | sort -u >"$uses"

if [ "$graph" -eq 1 ]; then
    cat "$uses"
fi
# A pair both ways: "a b" and "b a".
pairs=$(awk '{ seen[$1 " " $2] = 1 } END { for (edge in seen) { split(edge, p, " ");
               if (p[1] < p[2] && ((p[2] " " p[1]) in seen)) print p[1] " <-> " p[2] } }' "$uses" |
        sort)
if [ -n "$pairs" ]; then
    echo "check-call-direction: these files of $folder call each other both ways:"
    echo "$pairs"
    exit 1
fi
echo "check-call-direction: calls between the files of $folder run one way ($(wc -l <"$uses") links)"
