#if canImport(Glibc)
import Dispatch

extension Water.Conn {
    /// `read(maxCount:)` without blocking the caller's task (the wait runs on a Dispatch thread).
    public func read(maxCount: Int = 65_536) async throws(WaterError) -> [UInt8] {
        try await Water.Conn.offload { () throws(WaterError) -> [UInt8] in try self.read(maxCount: maxCount) }
    }

    /// `write(_:)` without blocking the caller's task.
    public func write(_ bytes: [UInt8]) async throws(WaterError) {
        try await Water.Conn.offload { () throws(WaterError) in try self.write(bytes) }
    }

    /// `close()` without blocking the caller's task (it may wait up to the grace period).
    public func close() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                self.close()
                continuation.resume()
            }
        }
    }

    static func offload<T: Sendable>(_ body: @escaping @Sendable () throws(WaterError) -> T) async throws(WaterError) -> T {
        let result: Result<T, WaterError> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                do throws(WaterError) {
                    continuation.resume(returning: .success(try body()))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        return try result.get()
    }
}
#endif
