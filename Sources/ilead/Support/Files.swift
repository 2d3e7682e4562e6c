import Foundation

/// Reading inputs and writing outputs without leaving anything half-written.
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

    /// Writes `text` to `path` through a temporary file in the same folder and a rename, so readers never see
    /// a partial file.
    static func writeAtomically(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            if FileManager.default.fileExists(atPath: path) {
                _ = try FileManager.default.replaceItemAt(url, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: url)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError.cannotWrite(path: path, reason: error.localizedDescription)
        }
    }

    /// Prints to stdout, or writes atomically when `output` is given.
    static func emit(_ text: String, to output: String?) throws {
        if let output { try writeAtomically(text, to: output) } else { print(text, terminator: "") }
    }
}
