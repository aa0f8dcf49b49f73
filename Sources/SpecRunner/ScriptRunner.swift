import Foundation
import WasmHost

/// Runs the commands of one script against a fresh runtime.
final class ScriptRunner {
    /// A module command's instance, or why there is none.
    private enum ModuleState {
        case ready(Instance)
        case failed(line: Int)
        case skipped(line: Int)
    }

    private let options: Options
    private let directory: URL
    private let runtime: Runtime
    private var current: ModuleState?
    private var named: [String: ModuleState] = [:]

    init(options: Options, directory: URL) throws(WasmError) {
        self.options = options
        self.directory = directory
        runtime = Runtime(features: options.features)
        runtime.register(try SpectestHostModule(verbose: options.verbose))
    }

    /// Loads and runs the script at `url`.
    static func run(_ url: URL, options: Options) -> ScriptResult {
        var result = ScriptResult(name: url.deletingPathExtension().lastPathComponent)
        let script: Script
        do {
            script = try Script.load(from: url)
        } catch {
            result.record(.failed("cannot read script: \(error)"), line: 0)
            return result
        }
        let runner: ScriptRunner
        do {
            runner = try ScriptRunner(options: options, directory: url.deletingLastPathComponent())
        } catch {
            result.record(.failed("cannot create the spectest module: \(error)"), line: 0)
            return result
        }
        for command in script.commands {
            result.record(runner.run(command), line: command.line)
        }
        return result
    }

    /// Runs one command.
    func run(_ command: Command) -> Outcome {
        do {
            switch command.type {
            case "module": return module(command)
            case "register": return try register(command)
            case "action": return try action(command)
            case "assert_return": return try assertReturn(command)
            case "assert_trap" where command.action == nil: return try assertUninstantiable(command)
            case "assert_trap", "assert_exhaustion": return try assertTrap(command)
            case "assert_invalid", "assert_malformed": return try assertRejected(command)
            case "assert_unlinkable": return try assertUnlinkable(command)
            case "assert_uninstantiable": return try assertUninstantiable(command)
            default: return .failed("unsupported command \(command.type)")
            }
        } catch {
            return error.isSkip ? .skipped(error.message) : .failed(error.message)
        }
    }

    // MARK: Modules

    private func module(_ command: Command) -> Outcome {
        let state: ModuleState
        let outcome: Outcome
        do {
            let compiled = try compile(command)
            state = .ready(try instantiate(compiled, command))
            outcome = .passed
        } catch where error.isSkip {
            state = .skipped(line: command.line)
            outcome = .skipped(error.message)
        } catch {
            state = .failed(line: command.line)
            outcome = .failed(error.message)
        }
        current = state
        if let name = command.name { named[name] = state }
        return outcome
    }

    private func register(_ command: Command) throws(CommandProblem) -> Outcome {
        guard let name = command.registerAs else { throw CommandProblem("register without a name") }
        runtime.register(try instance(named: command.name), as: name)
        return .uncounted
    }

    /// Reads the command's module file; text-format modules are a skip.
    private func moduleBytes(_ command: Command) throws(CommandProblem) -> [UInt8] {
        guard let filename = command.filename else { throw CommandProblem("no module file") }
        if command.moduleType == "text" || filename.hasSuffix(".wat") {
            throw CommandProblem("text-format module", isSkip: true)
        }
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(filename).path) else {
            throw CommandProblem("cannot read \(filename)")
        }
        return [UInt8](data)
    }

    private func compile(_ command: Command) throws(CommandProblem) -> CompiledModule {
        let bytes = try moduleBytes(command)
        do {
            return try runtime.compile(bytes)
        } catch {
            throw CommandProblem("module failed to compile: \(error)")
        }
    }

    private func instantiate(_ compiled: CompiledModule, _ command: Command) throws(CommandProblem) -> Instance {
        do {
            return try runtime.instantiate(compiled, name: command.name)
        } catch {
            throw CommandProblem("module failed to instantiate: \(error)")
        }
    }

    /// The instance an action or `register` refers to: the named one or the current one.
    private func instance(named name: String?) throws(CommandProblem) -> Instance {
        let state: ModuleState?
        if let name {
            state = named[name]
            if state == nil { throw CommandProblem("unknown module \(name)") }
        } else {
            state = current
        }
        switch state {
        case .ready(let instance)?: return instance
        case .failed(let line)?: throw CommandProblem("module of line \(line) failed to load")
        case .skipped(let line)?: throw CommandProblem("module of line \(line) was skipped", isSkip: true)
        case nil: throw CommandProblem("no module loaded")
        }
    }

    // MARK: Actions

    /// Performs an action: the results, or the error the engine threw.
    private func perform(_ action: Action?) throws(CommandProblem) -> Result<[Value], WasmError> {
        guard let action else { throw CommandProblem("no action") }
        let instance = try instance(named: action.module)
        switch action.type {
        case "invoke":
            var arguments: [Value] = []
            for spec in action.args ?? [] { arguments.append(try spec.argument()) }
            do {
                return .success(try instance.invoke(action.field, arguments))
            } catch {
                return .failure(error)
            }
        case "get":
            guard let value = instance.global(action.field) else {
                throw CommandProblem("no exported global \"\(action.field)\"")
            }
            return .success([value])
        default:
            throw CommandProblem("unsupported action \(action.type)")
        }
    }

    private func describe(_ action: Action?) -> String {
        guard let action else { return "?" }
        let module = action.module.map { " \($0)" } ?? ""
        let arguments = (action.args ?? []).map { "\($0.type):\($0.payloadText)" }.joined(separator: " ")
        return "\(action.type)\(module) \"\(action.field)\"(\(arguments))"
    }

    private func action(_ command: Command) throws(CommandProblem) -> Outcome {
        switch try perform(command.action) {
        case .success: .passed
        case .failure(let error): .failed("\(describe(command.action)): \(error)")
        }
    }

    // MARK: Assertions on actions

    private func assertReturn(_ command: Command) throws(CommandProblem) -> Outcome {
        var expectations: [Expectation] = []
        if let alternatives = command.either {
            var options: [Expectation] = []
            for spec in alternatives {
                guard let expectation = spec.expectation else { throw CommandProblem("bad expected value \(spec.type)") }
                options.append(expectation)
            }
            expectations = [.either(options)]
        } else {
            for spec in command.expected ?? [] {
                guard let expectation = spec.expectation else {
                    throw CommandProblem("bad expected value \(spec.type):\(spec.payloadText)")
                }
                expectations.append(expectation)
            }
        }
        let results: [Value]
        switch try perform(command.action) {
        case .success(let values): results = values
        case .failure(let error): return .failed("\(describe(command.action)): \(error)")
        }
        guard results.count == expectations.count else {
            return .failed("\(describe(command.action)): \(results.count) results, expected \(expectations.count)")
        }
        for (index, (result, expectation)) in zip(results, expectations).enumerated() where !expectation.matches(result) {
            if expectation.involvesV128 && V128(result) == nil { return .failed("v128 unsupported") }
            return .failed("\(describe(command.action)): result \(index) is \(show(result)), expected \(expectation)")
        }
        return .passed
    }

    private func assertTrap(_ command: Command) throws(CommandProblem) -> Outcome {
        let text = command.text ?? ""
        switch try perform(command.action) {
        case .success(let values):
            return .failed("\(describe(command.action)): returned \(values.map(show)) instead of trapping with \"\(text)\"")
        case .failure(.trap(let trap)):
            if command.type == "assert_exhaustion" && trap.kind != .callStackExhausted {
                return .failed("\(describe(command.action)): \(trap), expected call stack exhaustion")
            }
            return trapMessageCheck(trap, expected: text, context: describe(command.action))
        case .failure(let error):
            return .failed("\(describe(command.action)): \(error), expected trap \"\(text)\"")
        }
    }

    /// Passes a trap, noting it when its kind is not the expected message.
    private func trapMessageCheck(_ trap: Trap, expected text: String, context: String) -> Outcome {
        if text.hasPrefix(trap.kind.rawValue) { return .passed }
        return mismatch("\(context): trapped with \"\(trap.kind.rawValue)\", expected \"\(text)\"")
    }

    /// A right kind of failure with the wrong detail: a note, or a failure under `--strict`.
    private func mismatch(_ message: String) -> Outcome {
        options.strict ? .failed(message) : .passedWithNote(message)
    }

    // MARK: Assertions on modules

    private func assertRejected(_ command: Command) throws(CommandProblem) -> Outcome {
        let bytes = try moduleBytes(command)
        let wantsInvalid = command.type == "assert_invalid"
        let text = command.text ?? ""
        let expected = "expected \(wantsInvalid ? "invalid" : "malformed"): \"\(text)\""
        do {
            _ = try runtime.compile(bytes)
            return .failed("module compiled, \(expected)")
        } catch {
            switch error {
            case .invalid where wantsInvalid, .malformed where !wantsInvalid: return .passed
            case .invalid, .malformed: return mismatch("\(error), \(expected)")
            default: return .failed("\(error), \(expected)")
            }
        }
    }

    private func assertUnlinkable(_ command: Command) throws(CommandProblem) -> Outcome {
        let compiled = try compile(command)
        let text = command.text ?? ""
        do {
            _ = try runtime.instantiate(compiled, name: command.name)
            return .failed("module instantiated, expected unlinkable: \"\(text)\"")
        } catch {
            switch error {
            case .unlinkable: return .passed
            case .uninstantiable: return mismatch("\(error), expected unlinkable: \"\(text)\"")
            default: return .failed("\(error), expected unlinkable: \"\(text)\"")
            }
        }
    }

    private func assertUninstantiable(_ command: Command) throws(CommandProblem) -> Outcome {
        let compiled = try compile(command)
        let text = command.text ?? ""
        do {
            _ = try runtime.instantiate(compiled, name: command.name)
            return .failed("module instantiated, expected uninstantiable: \"\(text)\"")
        } catch {
            switch error {
            case .uninstantiable: return .passed
            case .trap(let trap): return trapMessageCheck(trap, expected: text, context: "instantiation")
            default: return .failed("\(error), expected uninstantiable: \"\(text)\"")
            }
        }
    }
}
