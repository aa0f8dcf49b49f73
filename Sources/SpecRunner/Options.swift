import Foundation
import WasmHost

/// Command-line options of `spectest`.
public struct Options: Sendable {
    var features: Features = .wasm2
    var verbose = false
    /// Count trap-message and invalid/malformed mismatches as failures instead of notes.
    var strict = false
    /// How many scripts run at once.
    var jobs = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))
    /// Scripts whose file name starts with one of these are not run.
    public var excludedPrefixes: [String] = []
    public var paths: [String] = []

    /// Options for running `paths` with the defaults.
    public init(paths: [String], excludedPrefixes: [String] = []) {
        self.paths = paths
        self.excludedPrefixes = excludedPrefixes
    }

    static let usage = """
        usage: spectest [options] PATH...
          PATH                  a wast2json .json script, or a folder searched for *.json (recursively, sorted)
          --features A,B        enable features besides WebAssembly 2.0: simd, multi-memory, extended-const, tail-call
          --exclude P1,P2       do not run scripts whose file name starts with a prefix (e.g. simd_)
          --jobs N              run N scripts at once (default: the processor count, at most 4)
          --strict              count trap-message and invalid-vs-malformed mismatches as failures
          -v, --verbose         list every failure and note; print spectest.print* calls to stderr
        """

    /// Parses the arguments (without the program name); the error is a message for the user.
    public init(arguments: [String]) throws(CommandProblem) {
        var iterator = arguments.makeIterator()
        func operand(_ option: String) throws(CommandProblem) -> String {
            guard let value = iterator.next() else { throw CommandProblem("\(option) needs a value") }
            return value
        }
        while let argument = iterator.next() {
            switch argument {
            case "--features":
                for name in try operand(argument).split(separator: ",") {
                    guard let feature = Options.feature(named: String(name)) else {
                        throw CommandProblem("unknown feature \(name)")
                    }
                    features.insert(feature)
                }
            case "--exclude":
                excludedPrefixes += try operand(argument).split(separator: ",").map(String.init)
            case "--jobs":
                guard let count = Int(try operand(argument)), count > 0 else { throw CommandProblem("bad --jobs") }
                jobs = count
            case "--strict":
                strict = true
            case "-v", "--verbose":
                verbose = true
            case "-h", "--help":
                throw CommandProblem(Options.usage)
            default:
                if argument.hasPrefix("-") { throw CommandProblem("unknown option \(argument)") }
                paths.append(argument)
            }
        }
        if paths.isEmpty { throw CommandProblem(Options.usage) }
    }

    static func feature(named name: String) -> Features? {
        switch name.replacingOccurrences(of: "_", with: "-") {
        case "simd": .simd
        case "multi-memory": .multiMemory
        case "extended-const": .extendedConst
        case "tail-call": .tailCall
        default: nil
        }
    }

    /// The scripts named by `paths`, folders expanded, in order; the error names an unreadable path.
    public func scriptURLs() throws(CommandProblem) -> [URL] {
        var urls: [URL] = []
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CommandProblem("no such file or folder: \(path)")
            }
            let url = URL(fileURLWithPath: path)
            if !isDirectory.boolValue {
                urls.append(url)
                continue
            }
            var found: [URL] = []
            if let enumerator = fileManager.enumerator(at: url, includingPropertiesForKeys: nil) {
                for case let file as URL in enumerator where file.pathExtension == "json" {
                    found.append(file)
                }
            }
            urls += found.sorted { $0.path < $1.path }
        }
        return urls.filter { url in
            !excludedPrefixes.contains { url.lastPathComponent.hasPrefix($0) }
        }
    }
}
