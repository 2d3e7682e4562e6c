import Foundation

/// Publishes a set of files into an output folder all or nothing, and never outside it.
///
/// 1. Every name is checked by `OutputFolder.checkedName` (plain name components only) before anything is written.
/// 2. An exclusive lock (`.ilead-lock`, `flock(2)`) serialises runs into the same folder; a second run waits.
/// 3. Staging folders left by a killed run are removed; the files go to `.ilead-staging-<pid>` (removed on
///    SIGINT/SIGTERM, see `Interruption`).
/// 4. Publishing moves the files into place by `rename(2)`, with signals deferred; if a move fails, every file
///    already moved is put back and the previous files restored, so the folder holds either the old set or the new.
/// 5. The files of the previous run (listed in `.ilead-outputs.json`) that this run does not write are removed;
///    files the engine did not write are never touched.
enum OutputFolder {
    static let lockName = ".ilead-lock"
    static let manifestName = ".ilead-outputs.json"
    static let stagingPrefix = ".ilead-staging-"

    /// Why an output name was refused.
    struct UnsafeName: Error, CustomStringConvertible {
        let name: String
        var description: String {
            "output name \"\(name)\" is not a plain relative path of letters, digits, '.', '_' and '-' (no '..', no leading '.')"
        }
    }

    /// `relative` when each of its `/`-separated components is a plain file name: letters, digits, `.`, `_`, `-`,
    /// starting with a letter or digit (so never `.`, `..` or hidden) and at most 128 characters. The one function
    /// through which every output name of a run goes.
    static func checkedName(_ relative: String) throws -> String {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 4, parts.allSatisfy(isPlainComponent) else { throw UnsafeName(name: relative) }
        return relative
    }

    private static func isPlainComponent(_ part: Substring) -> Bool {
        guard let first = part.unicodeScalars.first, part.count <= 128, isAlphanumeric(first) else { return false }
        return part.unicodeScalars.allSatisfy { isAlphanumeric($0) || $0 == "." || $0 == "_" || $0 == "-" } && !part.contains("..")
    }

    private static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
    }

    static func write(_ documents: [(path: String, text: String)], to folder: String) throws {
        let fm = FileManager.default
        let names: [String]
        do { names = try documents.map { try checkedName($0.path) } }
        catch { throw CLIError.cannotWrite(path: folder, reason: "\(error)") }
        if Set(names).count != names.count { throw CLIError.cannotWrite(path: folder, reason: "two outputs have the same name") }

        do { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        catch { throw CLIError.cannotWrite(path: folder, reason: error.localizedDescription) }
        guard let root = realPath(folder) else { throw CLIError.cannotWrite(path: folder, reason: "it is not a folder") }

        let lockFD = open(root + "/" + lockName, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard lockFD >= 0 else { throw CLIError.cannotWrite(path: folder, reason: "cannot create its lock file: \(POSIXFailure(errno))") }
        defer { close(lockFD) }
        if flock(lockFD, LOCK_EX | LOCK_NB) != 0 {
            FileHandle.standardError.write(Data("note: another ilead process is writing to \(folder); waiting for it to finish\n".utf8))
            guard flock(lockFD, LOCK_EX) == 0 else { throw CLIError.cannotWrite(path: folder, reason: "cannot lock it: \(POSIXFailure(errno))") }
        }

        // Holding the lock, any staging folder is a leftover of a killed run.
        for entry in (try? fm.contentsOfDirectory(atPath: root)) ?? [] where entry.hasPrefix(stagingPrefix) {
            try? fm.removeItem(atPath: root + "/" + entry)
        }
        let staging = root + "/" + stagingPrefix + String(ProcessInfo.processInfo.processIdentifier)
        Interruption.removeOnSignal(staging)
        defer {
            try? fm.removeItem(atPath: staging)
            Interruption.forget(staging)
        }
        do {
            try fm.createDirectory(atPath: staging + "/new", withIntermediateDirectories: true)
            for (name, document) in zip(names, documents) {
                let path = staging + "/new/" + name
                try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Files.writeDurably(Data(document.text.utf8), to: path)
            }
            let manifest = try JSONSerialization.data(withJSONObject: ["files": names.sorted()], options: [.sortedKeys, .prettyPrinted])
            try Files.writeDurably(manifest, to: staging + "/" + manifestName)
            try checkTargets(names, root: root)
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError.cannotWrite(path: folder, reason: "\(error)")
        }
        let previous = previousFiles(root: root)
        try Interruption.critical {
            try publish(names, from: staging, into: root, folder: folder)
            rename(staging + "/" + manifestName, root + "/" + manifestName)
            for stale in previous.subtracting(names).sorted() where (try? checkedName(stale)) != nil {
                unlink(root + "/" + stale)
                removeEmptyParents(of: stale, root: root)
            }
        }
    }

    /// Refuses, before anything moves, targets that a rename could not replace: a folder or a symbolic link where
    /// a file goes, or a file where a folder goes, anywhere below the root.
    private static func checkTargets(_ names: [String], root: String) throws {
        for name in names {
            let parts = name.split(separator: "/").map(String.init)
            var path = root
            for (k, part) in parts.enumerated() {
                path += "/" + part
                var s = stat()
                guard lstat(path, &s) == 0 else { break }
                let isLast = k == parts.count - 1
                let kind = s.st_mode & S_IFMT
                if kind == S_IFLNK { throw CLIError.cannotWrite(path: path, reason: "it is a symbolic link; the engine writes only plain files inside the output folder") }
                if isLast && kind == S_IFDIR { throw CLIError.cannotWrite(path: path, reason: "it is a folder, where the output file \(name) goes") }
                if !isLast && kind != S_IFDIR { throw CLIError.cannotWrite(path: path, reason: "it is a file, where the folder of \(name) goes") }
            }
        }
    }

    /// Moves every staged file into place; on a failure, moves them back and restores the files they replaced.
    private static func publish(_ names: [String], from staging: String, into root: String, folder: String) throws {
        let fm = FileManager.default
        var replaced: [String] = [], placed: [String] = []
        func undo() {
            for name in placed.reversed() { rename(root + "/" + name, staging + "/new/" + name) }
            for name in replaced.reversed() { rename(staging + "/old/" + name, root + "/" + name) }
        }
        do {
            for name in names {
                let target = root + "/" + name
                try fm.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                if access(target, F_OK) == 0 {
                    let backup = staging + "/old/" + name
                    try fm.createDirectory(atPath: (backup as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    guard rename(target, backup) == 0 else { throw CLIError.cannotWrite(path: target, reason: "\(POSIXFailure(errno))") }
                    replaced.append(name)
                }
                guard rename(staging + "/new/" + name, target) == 0 else { throw CLIError.cannotWrite(path: target, reason: "\(POSIXFailure(errno))") }
                placed.append(name)
            }
        } catch let error as CLIError {
            undo()
            throw error
        } catch {
            undo()
            throw CLIError.cannotWrite(path: folder, reason: "\(error)")
        }
    }

    /// The files the previous run recorded, or none.
    private static func previousFiles(root: String) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: root + "/" + manifestName),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let files = object["files"] as? [String] else { return [] }
        return Set(files)
    }

    private static func removeEmptyParents(of name: String, root: String) {
        var parts = name.split(separator: "/").map(String.init)
        parts.removeLast()
        while !parts.isEmpty {
            if rmdir(root + "/" + parts.joined(separator: "/")) != 0 { return }
            parts.removeLast()
        }
    }

    /// The canonical absolute path of an existing folder (symbolic links resolved).
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        var s = stat()
        let p = String(cString: resolved)
        guard stat(p, &s) == 0, s.st_mode & S_IFMT == S_IFDIR else { return nil }
        return p
    }
}
