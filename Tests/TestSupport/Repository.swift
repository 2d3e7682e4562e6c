import Foundation

/// The package's root folder, found from this file's path, so tests read the bundled datasets and documents
/// wherever the package is checked out.
public enum Repository {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A path inside the repository.
    public static func url(_ path: String) -> URL { root.appendingPathComponent(path) }
}
