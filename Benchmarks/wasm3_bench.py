#!/usr/bin/env python3
"""Times the benchmark workloads on wasm3 through pywasm3 (installed by Benchmarks/setup.sh).

For each workload of Fixtures/bench/workloads.txt: parse and load the module once, make one
untimed warm-up call of run(n) (wasm3 compiles functions lazily, on their first call), then time
--runs calls and report the median. Every call's result is checked against the expected checksum.

Output: one JSON object per line, {"name", "n", "ms", "runs_ms", "result", "ok"}. Exit status 3
means pywasm3 is not installed.

    python3 Benchmarks/wasm3_bench.py [--runs N] [--fixtures DIR] [NAME ...]

With --serve it is a child of the Swift runner (wasmhost-bench), which interleaves wasm3's runs with
the in-process engines' so that load from other processes falls on all alike: it prints "ready", then
answers one line per command read from stdin: "load PATH" (parse and load a module: "ok" or
"error ...") and "run N" (call run(N) of the last loaded module: its signed result or "error ...").
"""

import argparse
import json
import os
import statistics
import sys
import time

MASK64 = (1 << 64) - 1


def signed64(value):
    value &= MASK64
    return value - (1 << 64) if value >= 1 << 63 else value


def read_workloads(fixtures):
    workloads = []
    with open(os.path.join(fixtures, "workloads.txt")) as f:
        for line in f:
            fields = line.split()
            if not fields or fields[0].startswith("#"):
                continue
            workloads.append((fields[0], int(fields[1]), int(fields[2])))
    return workloads


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed calls per workload (default 5)")
    parser.add_argument("--fixtures", default=os.path.join(here, "..", "Fixtures", "bench"),
                        help="folder holding workloads.txt and the .wasm files")
    parser.add_argument("--n", type=int, help="override every workload's n (results are then not checked)")
    parser.add_argument("--serve", action="store_true", help="answer load/run commands on stdin")
    parser.add_argument("names", nargs="*", help="workloads to run (default: all)")
    args = parser.parse_args()

    try:
        import wasm3
    except ImportError:
        print("wasm3_bench.py: pywasm3 is not installed (run Benchmarks/setup.sh)", file=sys.stderr)
        return 3
    if args.serve:
        return serve(wasm3)

    env = wasm3.Environment()
    failures = 0
    for name, n, expected in read_workloads(args.fixtures):
        if args.names and name not in args.names:
            continue
        if args.n is not None:
            n, expected = args.n, None
        with open(os.path.join(args.fixtures, name + ".wasm"), "rb") as f:
            data = f.read()
        runtime = env.new_runtime(8 << 20)
        runtime.load(env.parse_module(data))
        run = runtime.find_function("run")

        result = signed64(run(n))  # warm-up: triggers wasm3's lazy compilation
        ok = expected is None or result == expected
        times = []
        for _ in range(args.runs):
            start = time.perf_counter_ns()
            value = run(n)
            times.append((time.perf_counter_ns() - start) / 1e6)
            ok = ok and (expected is None or signed64(value) == expected)
        failures += 0 if ok else 1
        print(json.dumps({"name": name, "n": n, "ms": statistics.median(times),
                          "runs_ms": times, "result": result, "ok": ok}), flush=True)
    return 1 if failures else 0


def serve(wasm3):
    env = wasm3.Environment()
    run = None
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        try:
            if command == "load":
                with open(argument, "rb") as f:
                    data = f.read()
                runtime = env.new_runtime(8 << 20)
                runtime.load(env.parse_module(data))
                run = runtime.find_function("run")
                print("ok", flush=True)
            elif command == "run" and run is not None:
                print(signed64(run(int(argument))), flush=True)
            elif command == "quit":
                return 0
            else:
                print("error: unknown command " + command, flush=True)
        except Exception as error:  # reported to the runner, which drops wasm3's cell
            print("error: " + str(error).replace("\n", " "), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
