import Synchronization

/// Gives each distinct function signature a process-wide id, so call_indirect compares one integer
/// whatever module the callee comes from.
final class TypeRegistry: Sendable {
    static let shared = TypeRegistry()
    private let ids = Mutex<[FunctionType: Int]>([:])

    func id(for type: FunctionType) -> Int {
        ids.withLock { ids in
            if let id = ids[type] { return id }
            let id = ids.count + 1
            ids[type] = id
            return id
        }
    }
}
