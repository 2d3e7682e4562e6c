import Foundation
import PriorityEngine

/// Reading inputs and writing single-file outputs without losing or half-writing anything.
enum Files {
    /// The bytes of `path`, with CLI errors for a missing or unreadable file.
    static func read(_ path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError.missingInput(path: path)
        }
        if isDirectory.boolValue { throw CLIError.unreadable(path: path, reason: "it is a folder, a file is expected") }
        do { return try Data(contentsOf: URL(fileURLWithPath: path)) }
        catch { throw CLIError.unreadable(path: path, reason: error.localizedDescription) }
    }

    /// The file at `path` as an input of the engine.
    static func input(_ path: String) throws -> InputFile { InputFile(path: path, data: try read(path)) }

    /// Writes `text` to `path` through a temporary file in the same folder, flushed to disk, then `rename(2)`: the
    /// old content of `path` stays whole until the new content is complete, and is replaced in one step. An
    /// existing `path` that is one of `inputs` (the same file, by device and inode, links included) is refused
    /// before anything is written (exit 64).
    static func writeAtomically(_ text: String, to path: String, inputs: [String] = []) throws {
        try writeAtomically(data: Data(text.utf8), to: path, inputs: inputs)
    }

    /// `writeAtomically` for bytes (a workbook).
    static func writeAtomically(data: Data, to path: String, inputs: [String] = []) throws {
        if let input = inputs.first(where: { sameFile($0, path) }) {
            throw CLIError.usage("--output \(path) is the input \(input); choose another output file")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CLIError.cannotWrite(path: path, reason: "it is a folder")
        }
        let url = URL(fileURLWithPath: path)
        do { try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true) }
        catch { throw CLIError.cannotWrite(path: path, reason: "its folder cannot be created: \(error.localizedDescription)") }
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        Interruption.removeOnSignal(temporary)
        defer { Interruption.forget(temporary) }
        do {
            try writeDurably(data, to: temporary)
            // rename(2) replaces the target atomically (a symlink at `path` is replaced, not followed).
            guard rename(temporary, path) == 0 else { throw POSIXFailure(errno) }
        } catch {
            unlink(temporary)
            throw CLIError.cannotWrite(path: path, reason: "\(error)")
        }
    }

    /// Creates (or truncates) `path`, writes `data` and flushes it to disk before closing.
    static func writeDurably(_ data: Data, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw POSIXFailure(errno) }
        defer { close(fd) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw POSIXFailure(errno)
                }
                offset += n
            }
        }
        guard fsync(fd) == 0 else { throw POSIXFailure(errno) }
    }

    /// Whether two paths name the same existing file (same device and inode).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }

    /// Prints to stdout, or writes atomically when `output` is given (never onto one of `inputs`).
    static func emit(_ text: String, to output: String?, inputs: [String] = []) throws {
        if let output { try writeAtomically(text, to: output, inputs: inputs) } else { print(text, terminator: "") }
    }
}

/// An `errno` as an error whose description is the system's message.
struct POSIXFailure: Error, CustomStringConvertible {
    let code: Int32
    init(_ code: Int32) { self.code = code }
    var description: String { String(cString: strerror(code)) }
}
