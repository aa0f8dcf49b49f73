#!/usr/bin/env bash
# WASI I/O throughput: a guest `cat` (Fixtures/wasi/cat.wasm, fd_read/fd_write) streaming a 100 MB file,
# against the native `cat`, in the same run. Prints both times (best of 3) and the throughput ratio.
# Usage: bash Benchmarks/wasi-cat.sh [SIZE_MB]   (from anywhere; builds wasm-run in release)
# SCRATCH_PATH=.build-x bash Benchmarks/wasi-cat.sh   builds into another scratch folder (default .build).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-100}
scratch=${SCRATCH_PATH:-.build}
swift build -c release --scratch-path "$scratch" --product wasm-run >/dev/null
python3 - "$size" "$scratch/release/wasm-run" <<'PY'
import os, subprocess, sys, tempfile, time
size = int(sys.argv[1]) * 1024 * 1024
wasm_run = sys.argv[2]
with tempfile.TemporaryDirectory() as tmp:
    src, dst = os.path.join(tmp, "in"), os.path.join(tmp, "out")
    with open(src, "wb") as f:
        f.write(os.urandom(size))
    def best(cmd):
        times = []
        for _ in range(3):
            with open(src, "rb") as i, open(dst, "wb") as o:
                t = time.perf_counter()
                subprocess.run(cmd, stdin=i, stdout=o, check=True)
                times.append(time.perf_counter() - t)
        return min(times)
    native = best(["cat"])
    guest = best([wasm_run, "Fixtures/wasi/cat.wasm"])
    with open(src, "rb") as a, open(dst, "rb") as b:
        if a.read() != b.read():
            sys.exit("error: the guest's output differs from its input")
    print(f"cat {size >> 20} MB: native {native:.3f}s, wasm-run cat.wasm {guest:.3f}s; "
          f"throughput guest/native {native / guest:.2f} (target >= 0.50)")
PY
