import Foundation
import WasmHost

/// The `spectest` module every spec script may import: print functions, four immutable globals, a
/// funcref table (10..20) and a memory (1..2 pages). Its memory, table and globals are created once per
/// script and shared by every instance that imports them, as in the reference interpreter.
struct SpectestHostModule: HostModule {
    let name = "spectest"
    private let members: [String: External]

    /// - Parameter verbose: print the print functions' arguments to stderr.
    init(verbose: Bool) throws(WasmError) {
        var members: [String: External] = [:]
        let prints: [(String, [ValueType])] = [
            ("print", []),
            ("print_i32", [.i32]),
            ("print_i64", [.i64]),
            ("print_f32", [.f32]),
            ("print_f64", [.f64]),
            ("print_i32_f32", [.i32, .f32]),
            ("print_f64_f64", [.f64, .f64]),
        ]
        for (field, parameters) in prints {
            members[field] = .function(HostFunction(type: FunctionType(parameters: parameters)) { _, arguments in
                if verbose {
                    let line = "spectest.\(field)(" + arguments.map(show).joined(separator: ", ") + ")\n"
                    FileHandle.standardError.write(Data(line.utf8))
                }
                return []
            })
        }
        let immutable = { (type: ValueType) in GlobalType(valueType: type, isMutable: false) }
        members["global_i32"] = .global(GlobalVariable(type: immutable(.i32), value: .i32(666)))
        members["global_i64"] = .global(GlobalVariable(type: immutable(.i64), value: .i64(666)))
        members["global_f32"] = .global(GlobalVariable(type: immutable(.f32), value: .f32(Float(666.6).bitPattern)))
        members["global_f64"] = .global(GlobalVariable(type: immutable(.f64), value: .f64(Double(666.6).bitPattern)))
        members["table"] = .table(try Table(type: TableType(elementType: .funcref, limits: Limits(min: 10, max: 20))))
        members["memory"] = .memory(try Memory(type: MemoryType(limits: Limits(min: 1, max: 2))))
        self.members = members
    }

    func externals(for instantiation: InstantiationContext) throws -> [String: External] {
        members
    }
}
