// piperangewatch-bench [pipe|rangewatch]: runs both by default.
let which = CommandLine.arguments.dropFirst().first ?? "all"
if which == "all" || which == "pipe" { try PipeBenchmarks.run() }
if which == "all" { print() }
if which == "all" || which == "rangewatch" { try RangeWatchBenchmarks.run() }
