import Dispatch
import Foundation

/// What happens on Ctrl-C (SIGINT) or SIGTERM: temporary files and staging folders of this process are removed
/// before it exits with 128 + the signal number. While outputs are being published (`critical`), the signal waits
/// until the set is complete, so an output folder is never left with half of a run's files.
enum Interruption {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var paths: [String] = []
    nonisolated(unsafe) private static var inCritical = false
    nonisolated(unsafe) private static var pending: Int32?
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Installs the handlers once (at start-up).
    static func install() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { received(sig) }
            source.resume()
            sources.append(source)
        }
    }

    /// `path` (a file or a folder) is removed if the process is interrupted before `forget(path)`.
    static func removeOnSignal(_ path: String) {
        lock.lock(); paths.append(path); lock.unlock()
    }

    static func forget(_ path: String) {
        lock.lock(); paths.removeAll { $0 == path }; lock.unlock()
    }

    /// Runs `body` with interruption deferred until it returns.
    static func critical<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock(); inCritical = true; lock.unlock()
        defer {
            lock.lock()
            inCritical = false
            let sig = pending
            lock.unlock()
            if let sig { terminate(sig) }
        }
        return try body()
    }

    private static func received(_ sig: Int32) {
        lock.lock()
        if inCritical { pending = sig; lock.unlock(); return }
        lock.unlock()
        terminate(sig)
    }

    private static func terminate(_ sig: Int32) -> Never {
        lock.lock()
        let doomed = paths
        lock.unlock()
        for p in doomed { try? FileManager.default.removeItem(atPath: p) }
        FileHandle.standardError.write(Data("interrupted: unfinished outputs were removed\n".utf8))
        _exit(128 + sig)
    }
}
