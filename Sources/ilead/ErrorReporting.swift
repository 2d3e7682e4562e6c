import ArgumentParser
import Foundation
import MCDA

/// Errors of the command line itself, each with the file it concerns.
enum CLIError: Error {
    /// The input file does not exist (exit 66).
    case missingInput(path: String)
    /// The input could not be read (exit 74).
    case unreadable(path: String, reason: String)
    /// The input is malformed or breaks a rule (exit 65).
    case badData(path: String, error: MCDAError)
    /// An output could not be created (exit 73).
    case cannotWrite(path: String, reason: String)
    /// The options do not fit together (exit 64).
    case usage(String)
    /// Files broke rules; the diagnostics were already printed (exit 65).
    case invalidFiles(String)
}

/// The one place that turns an error into text on stderr and an exit code (sysexits: 64 usage, 65 bad data,
/// 66 missing input, 73 cannot create output, 74 I/O error).
enum ErrorReporting {
    static func exit(with error: Error) -> Never {
        let (message, code): (String, Int32)
        switch error {
        case let CLIError.missingInput(path):
            (message, code) = ("error: \(path): no such file", 66)
        case let CLIError.unreadable(path, reason):
            (message, code) = ("error: \(path): cannot be read: \(reason)", 74)
        case let CLIError.badData(path, error):
            (message, code) = (render(error, file: path), 65)
        case let CLIError.cannotWrite(path, reason):
            (message, code) = ("error: \(path): cannot be written: \(reason)", 73)
        case let CLIError.invalidFiles(summary):
            (message, code) = ("error: \(summary)", 65)
        case let CLIError.usage(text):
            (message, code) = ("error: \(text)\nSee 'ilead help' for usage.", 64)
        case let error as MCDAError:
            (message, code) = (render(error, file: nil), 65)
        default:
            ILead.exit(withError: error)  // ArgumentParser's own errors, help and version (64 / 0)
        }
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(code)
    }

    /// `error: FILE: LOCATION: message`, one line per issue.
    static func render(_ error: MCDAError, file: String?) -> String {
        let prefix = file.map { "error: \($0): " } ?? "error: "
        if case let .invalidInput(issues) = error {
            return issues.map { prefix + $0.description }.joined(separator: "\n")
        }
        return prefix + error.description
    }
}

/// Runs a core call and attributes its data errors to `path` (exit 65); parameter errors become usage errors.
func attributing<T>(to path: String, _ body: () throws(MCDAError) -> T) throws -> T {
    let outcome = Result<T, MCDAError> { () throws(MCDAError) -> T in try body() }
    switch outcome {
    case let .success(value):
        return value
    case let .failure(.invalidParameter(name, rule)):
        throw CLIError.usage("\(name): \(rule)")
    case let .failure(error):
        throw CLIError.badData(path: path, error: error)
    }
}
