import Foundation

/// One line of Fixtures/bench/workloads.txt.
struct Workload {
    var name: String
    var n: Int32
    /// The checksum of run(n); nil when n was overridden on the command line.
    var expected: Int64?
    var bytes: [UInt8]

    /// Reads workloads.txt and the modules it names in `folder`, keeping only `names` when given.
    static func load(from folder: URL, only names: [String]) throws -> [Workload] {
        let listURL = folder.appendingPathComponent("workloads.txt")
        guard let text = try? String(contentsOf: listURL, encoding: .utf8) else {
            throw BenchError("cannot read \(listURL.path)")
        }
        var workloads: [Workload] = []
        for line in text.split(separator: "\n") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 3, !fields[0].hasPrefix("#") else { continue }
            let name = String(fields[0])
            guard names.isEmpty || names.contains(name) else { continue }
            guard let n = Int32(fields[1]), let expected = Int64(fields[2]) else {
                throw BenchError("bad line in workloads.txt: \(line)")
            }
            // An optional fourth field names the module when it is not NAME.wasm in this folder.
            let module = fields.count >= 4 ? String(fields[3]) : name + ".wasm"
            workloads.append(Workload(name: name, n: n, expected: expected,
                                      bytes: try readBytes(folder.appendingPathComponent(module))))
        }
        if let missing = names.first(where: { name in !workloads.contains { $0.name == name } }) {
            throw BenchError("no workload named \(missing) in \(listURL.path)")
        }
        return workloads
    }
}

func readBytes(_ url: URL) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: url.path) else { throw BenchError("cannot read \(url.path)") }
    return [UInt8](data)
}
