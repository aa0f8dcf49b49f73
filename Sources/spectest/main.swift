import Foundation
import SpecRunner

// spectest: runs wast2json scripts of the WebAssembly spec testsuite against WasmHost.

let options: Options
let urls: [URL]
do {
    options = try Options(arguments: Array(CommandLine.arguments.dropFirst()))
    urls = try options.scriptURLs()
} catch {
    FileHandle.standardError.write(Data((error.message + "\n").utf8))
    exit(2)
}

let results = ParallelRunner(urls: urls, options: options).run()
let passed = results.reduce(0) { $0 + $1.passed }
let failed = results.reduce(0) { $0 + $1.failed }
let skipped = results.reduce(0) { $0 + $1.skipped }
writeLine("\(passed) passed, \(failed) failed, \(skipped) skipped")
exit(failed > 0 ? 1 : 0)
