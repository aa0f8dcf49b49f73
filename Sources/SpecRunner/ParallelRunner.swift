import Foundation
import WasmHost

/// Runs scripts on a few worker threads (with large stacks, for deep recursion tests) and prints each
/// script's report in order as soon as it and all scripts before it are done.
public final class ParallelRunner: @unchecked Sendable {
    private let urls: [URL]
    private let options: Options
    private let lock = NSLock()
    private var nextIndex = 0
    private var nextToPrint = 0
    private var results: [ScriptResult?]

    /// Stack size of the worker threads.
    static let stackSize = 512 << 20

    public init(urls: [URL], options: Options) {
        self.urls = urls
        self.options = options
        results = Array(repeating: nil, count: urls.count)
    }

    /// Runs every script; returns the results in order.
    public func run() -> [ScriptResult] {
        let workers = max(1, min(options.jobs, urls.count))
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<workers {
            let thread = Thread { [self] in
                work()
                done.signal()
            }
            thread.stackSize = ParallelRunner.stackSize
            thread.start()
        }
        for _ in 0..<workers { done.wait() }
        return results.compactMap { $0 }
    }

    private func work() {
        while let index = claim() {
            let result = ScriptRunner.run(urls[index], options: options)
            finish(index, result)
        }
    }

    private func claim() -> Int? {
        lock.withLock {
            guard nextIndex < urls.count else { return nil }
            defer { nextIndex += 1 }
            return nextIndex
        }
    }

    private func finish(_ index: Int, _ result: ScriptResult) {
        lock.withLock {
            results[index] = result
            while nextToPrint < results.count, let ready = results[nextToPrint] {
                writeLine(ready.report(verbose: options.verbose))
                nextToPrint += 1
            }
        }
    }
}

/// Writes a line to stdout unbuffered, so reports appear as scripts finish.
public func writeLine(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}
