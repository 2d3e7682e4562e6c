import Foundation

/// A progress line on stderr, only when stderr is a terminal (pipes and files get nothing): a percentage for work
/// that reports its progress, shown once it has run for a second, and a phase label for a step that cannot say
/// how far it is. `finish` clears the line.
enum ProgressLine {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var shown = false

    static func reporter(label: String) -> (@Sendable (Int, Int) -> Void)? {
        guard isatty(2) != 0 else { return nil }
        let started = Date()
        return { done, total in
            guard Date().timeIntervalSince(started) > 1 else { return }
            show("\(label) \(100 * done / max(total, 1)) %")
        }
    }

    /// A label for the step now running ("writing 13 files").
    static func phase(_ label: String) {
        guard isatty(2) != 0 else { return }
        show(label + " …")
    }

    static func finish() {
        lock.lock(); defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)); shown = false }
    }

    private static func show(_ text: String) {
        lock.lock(); defer { lock.unlock() }
        shown = true
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
    }
}
