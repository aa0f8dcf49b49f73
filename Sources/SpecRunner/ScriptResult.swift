import WasmHost

/// How one command ended.
enum Outcome {
    case passed
    /// Passed, with a remark (a trap message other than the expected one...).
    case passedWithNote(String)
    case failed(String)
    case skipped(String)
    /// Not counted (`register`).
    case uncounted
}

/// The tally of one script and its failure messages.
public struct ScriptResult: Sendable {
    /// Script file name without `.json`.
    public var name: String
    public var passed = 0
    public var failed = 0
    public var skipped = 0
    /// `line N: message` for each failure, in order.
    public var failures: [String] = []
    /// `line N: message` for notes and skips.
    var notes: [String] = []

    init(name: String) { self.name = name }

    mutating func record(_ outcome: Outcome, line: Int) {
        switch outcome {
        case .passed:
            passed += 1
        case .passedWithNote(let note):
            passed += 1
            notes.append("line \(line): note: \(note)")
        case .failed(let message):
            failed += 1
            failures.append("line \(line): \(message)")
        case .skipped(let reason):
            skipped += 1
            notes.append("line \(line): skipped: \(reason)")
        case .uncounted:
            break
        }
    }

    /// The summary line and failure lines (the first 10, or all and the notes when verbose).
    public func report(verbose: Bool) -> String {
        var lines = ["\(name): \(passed) passed, \(failed) failed, \(skipped) skipped"]
        let shown = verbose ? failures : Array(failures.prefix(10))
        lines += shown.map { "  " + $0 }
        if shown.count < failures.count {
            lines.append("  ... \(failures.count - shown.count) more failures (use --verbose)")
        }
        if verbose { lines += notes.map { "  " + $0 } }
        return lines.joined(separator: "\n")
    }
}
