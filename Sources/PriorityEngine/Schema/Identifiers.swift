import JSONFormat

/// The ids of workshop files (docs/file-formats.md "Workshop"), read with their rule.
extension JSONReader {
    /// A workshop id: `WS-<four-digit year>-<practitioner group code>` (docs/file-formats.md "Workshop"), e.g. `WS-2019-CYB`. Ids name
    /// output files, so nothing else is accepted (a mismatch with the workshop's own year or group is only a warning).
    func workshopId(_ key: String = "id") -> String? {
        guard let id = string(key, required: true) else { return nil }
        if Self.isWorkshopId(id) { return id }
        error("workshop id \"\(Self.printable(id))\" is not of the form WS-<year>-<group>, e.g. WS-2019-CYB", at: childPath(key))
        return nil
    }

    /// A local id inside a workshop (`P01`, `G01`, `S01`, `C01`, ...): 1-64 letters, digits, `.`, `_` or `-`,
    /// starting with a letter or digit (ids are joined into global refs `<workshopId>/<localId>`).
    func localId(_ key: String = "id") -> String? {
        guard let id = string(key, required: true) else { return nil }
        if Self.isLocalId(id) { return id }
        error("id \"\(Self.printable(id))\" must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit", at: childPath(key))
        return nil
    }

    /// A gap of any workshop, `<workshopId>/<gapId>` (e.g. `WS-2018-FOR/G02`).
    func gapRef(_ key: String) -> String? {
        guard let ref = string(key) else { return nil }
        if Self.isGapRef(ref) { return ref }
        error(Self.notAGapRef(ref), at: childPath(key))
        return nil
    }

    static func isGapRef(_ ref: String) -> Bool {
        let parts = ref.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        return parts.count == 2 && isWorkshopId(parts[0]) && isLocalId(parts[1])
    }

    static func notAGapRef(_ ref: String) -> String {
        "\"\(printable(ref))\" is not a gap reference <workshop id>/<gap id>, e.g. WS-2018-FOR/G02"
    }

    static func isWorkshopId(_ id: String) -> Bool {
        let u = Array(id.utf8)
        guard u.count >= 10, u.count <= 18, id.hasPrefix("WS-"), u[7] == UInt8(ascii: "-") else { return false }
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9"), upper = UInt8(ascii: "A")...UInt8(ascii: "Z")
        return u[3..<7].allSatisfy(digits.contains) && upper.contains(u[8])
            && u[9...].allSatisfy { upper.contains($0) || digits.contains($0) }
    }

    static func isLocalId(_ id: String) -> Bool {
        let u = Array(id.utf8)
        func plain(_ c: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(c) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(c)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c)
        }
        guard let first = u.first, plain(first), u.count <= 64 else { return false }
        return u.allSatisfy { plain($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }
}
