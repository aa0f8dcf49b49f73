#!/bin/sh
# Checks that the threaded interpreter's handlers really tail-call (release build): no function of
# `Threaded` (handlers are closures inside `Threaded.install…`, helpers are `Threaded.…`) may contain an
# indirect `call` (a dispatch through the handler table that is not a `jmp`), and nothing may make a
# direct `call` of a handler or of a `Threaded` function that goes on dispatching (one with an
# indirect `jmp`, such as `callSlow`). Such a call would grow the native stack by one frame each time.
# Usage: Scripts/check-tail-calls.sh [binary]   (default .build/release/wasm-run)
set -eu
binary=${1:-.build/release/wasm-run}
[ -x "$binary" ] || { echo "no binary at $binary (swift build -c release first)" >&2; exit 2; }
listing=$(mktemp)
trap 'rm -f "$listing"' EXIT
objdump -d --no-show-raw-insn "$binary" > "$listing"
# First pass: the Threaded functions that dispatch (contain an indirect jmp).
dispatching=$(awk '
    /^[0-9a-f]+ <.*>:$/ { name = $2; inside = (name ~ /8ThreadedO/); next }
    inside && /\tjmp[a-z]*[ \t]+\*/ { sub(/^</, "", name); sub(/>:$/, "", name); print name }' "$listing" | sort -u)
awk -v dispatching="$dispatching" '
    BEGIN { n = split(dispatching, list, "\n"); for (i = 1; i <= n; i++) continues["<" list[i] ">"] = 1 }
    /^[0-9a-f]+ <.*>:$/ {
        name = $2; inside = (name ~ /8ThreadedO/)
        if (inside) functions++
        handler = (name ~ /8ThreadedO.*install.*cfU/)
        if (handler) handlers++
        next
    }
    # Indirect calls inside Threaded; direct calls of a handler anywhere (LLVM thunks of merged
    # handlers have no symbol of their own and show up inside the function before them).
    /\tcall/ && ((inside && $0 ~ /call[a-z]*[ \t]+\*/) || $0 ~ /call.*8ThreadedO.*install.*cfU/ || ($NF in continues)) {
        print "non-tail call in " name ": " $0; bad++
    }
    inside && /\tjmp[a-z]*[ \t]+\*/ { jumps++ }
    END {
        printf "%d Threaded functions (%d handler closures), %d indirect jumps, %d bad calls\n", functions, handlers, jumps, bad
        if (handlers < 200) { print "expected the handler closures of Threaded in the binary (release build?)"; exit 1 }
        exit bad > 0
    }' "$listing"
