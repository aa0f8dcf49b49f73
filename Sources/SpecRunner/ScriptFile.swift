import Foundation
import WasmHost

/// A wast2json script: the commands converted from one `.wast` file.
struct Script: Decodable {
    var sourceFilename: String?
    var commands: [Command]

    enum CodingKeys: String, CodingKey {
        case sourceFilename = "source_filename"
        case commands
    }

    /// Reads and decodes a `.json` script.
    static func load(from url: URL) throws -> Script {
        let data = try Data(contentsOf: url)
        return try JSONDecoder().decode(Script.self, from: data)
    }
}

/// One command of a script, with every field any command type may carry.
struct Command: Decodable {
    /// `module`, `register`, `action`, `assert_return`, `assert_trap`...
    var type: String
    /// Line of the command in the `.wast` source.
    var line: Int
    /// The module file (`module` and the module assertions).
    var filename: String?
    /// `module`: the module's `$name`; `register`: the instance to register (current one when absent).
    var name: String?
    /// `register`: the import name to register under.
    var registerAs: String?
    var action: Action?
    var expected: [ValueSpec]?
    /// `assert_return` alternatives (relaxed SIMD): the single result may match any of them.
    var either: [ValueSpec]?
    /// Expected failure message of an assertion.
    var text: String?
    /// `binary` or `text` for module assertions.
    var moduleType: String?

    enum CodingKeys: String, CodingKey {
        case type, line, filename, name, action, expected, either, text
        case registerAs = "as"
        case moduleType = "module_type"
    }
}

/// An `invoke` of an exported function or a `get` of an exported global.
struct Action: Decodable {
    /// `invoke` or `get`.
    var type: String
    /// The instance's `$name`; the current module when absent.
    var module: String?
    var field: String
    var args: [ValueSpec]?
}

/// A typed value as wast2json writes it: a bit pattern in decimal, a NaN class, or v128 lanes.
struct ValueSpec: Decodable {
    enum Payload {
        case scalar(String)
        case lanes([String])
    }

    var type: String
    /// For v128: `i8`, `i16`, `i32`, `i64`, `f32` or `f64`.
    var laneType: String?
    /// Absent in type-only patterns (`(ref.func)`, the results listed by `assert_trap`).
    var payload: Payload?

    enum CodingKeys: String, CodingKey {
        case type, value
        case laneType = "lane_type"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        laneType = try container.decodeIfPresent(String.self, forKey: .laneType)
        if let scalar = try? container.decode(String.self, forKey: .value) {
            payload = .scalar(scalar)
        } else if let lanes = try? container.decode([String].self, forKey: .value) {
            payload = .lanes(lanes)
        } else {
            payload = nil
        }
    }
}
