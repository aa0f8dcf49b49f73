#!/usr/bin/env bash
# Runs WASI conformance tests in the WebAssembly/wasi-testsuite layout against wasm-run: every NAME.wasm
# in each given folder, described by an optional NAME.json ({"args": [...], "env": {...}, "dirs": [...]
# or "root": "...", "exit_code": N, "stdout": "..."}). Each test runs in a fresh temporary copy of its
# folder's listed directories, from that folder, exactly as
#
#     wasm-run --dir DIR::/ [--env K=V]... NAME.wasm [ARGS...]
#
# with stdin empty; the exit status and (when given) stdout must match. Prints one line per test and a
# closing "N passed, N failed"; exits 1 if any failed.
#
#   Scripts/wasi-conformance.sh [--wasm-run PATH] [--filter SUBSTRING] FOLDER...
#   Scripts/wasi-conformance.sh                      # Fixtures/wasi-conformance with a debug build
#   Scripts/wasi-conformance.sh path/to/wasi-testsuite/tests/c/testsuite/wasm32-wasip1
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
wasm_run=""
filter=""
folders=()
while [ $# -gt 0 ]; do
    case "$1" in
        --wasm-run) wasm_run="$2"; shift 2 ;;
        --filter) filter="$2"; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) folders+=("$1"); shift ;;
    esac
done
[ ${#folders[@]} -gt 0 ] || folders=("$root/Fixtures/wasi-conformance")
if [ -z "$wasm_run" ]; then
    (cd "$root" && swift build --product wasm-run >/dev/null)
    wasm_run="$(cd "$root" && swift build --show-bin-path)/wasm-run"
fi
exec python3 - "$wasm_run" "$filter" "${folders[@]}" <<'PY'
import glob, json, os, shutil, subprocess, sys, tempfile
wasm_run, name_filter, folders = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3:]
passed = failed = 0
for folder in folders:
    for wasm in sorted(glob.glob(os.path.join(os.path.abspath(folder), "*.wasm"))):
        name = os.path.basename(wasm)[:-5]
        if name_filter and name_filter not in name:
            continue
        spec_path = wasm[:-5] + ".json"
        spec = json.load(open(spec_path)) if os.path.exists(spec_path) else {}
        dirs = list(spec.get("dirs", [])) + ([spec["root"]] if "root" in spec else [])
        with tempfile.TemporaryDirectory() as work:
            shutil.copy(wasm, work)
            for d in dirs:
                source = os.path.join(os.path.dirname(wasm), d)
                if os.path.isdir(source):
                    shutil.copytree(source, os.path.join(work, d), symlinks=True)
                else:
                    os.makedirs(os.path.join(work, d), exist_ok=True)
            command = [wasm_run]
            for d in dirs:
                command += ["--dir", d + "::/"]
            for key, value in spec.get("env", {}).items():
                command += ["--env", f"{key}={value}"]
            command += [name + ".wasm"] + list(spec.get("args", []))
            try:
                run = subprocess.run(command, cwd=work, stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
            except subprocess.TimeoutExpired:
                failed += 1
                print(f"FAIL {name}: timed out")
                continue
        problems = []
        expected_code = spec.get("exit_code", 0)
        if run.returncode != expected_code:
            problems.append(f"exit code {run.returncode}, expected {expected_code}")
        if "stdout" in spec and run.stdout.decode(errors="replace") != spec["stdout"]:
            problems.append(f"stdout {run.stdout.decode(errors='replace')!r}, expected {spec['stdout']!r}")
        if problems:
            failed += 1
            print(f"FAIL {name}: " + "; ".join(problems))
            for line in run.stderr.decode(errors="replace").splitlines()[:20]:
                print("    " + line)
        else:
            passed += 1
            print(f"ok   {name}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
