import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads the sheets of an Office Open XML workbook (`.xlsx`, as Excel, LibreOffice or a survey tool write it):
/// the zip container by ZIPFoundation, the XML parts by Foundation's `XMLParser`. Cells are read as text (shared
/// or inline strings), numbers or booleans; formulas give their cached value. Parts larger than 256 MB are refused.
public enum XLSXReader {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    static let maximumPartSize: UInt64 = 256 << 20

    /// A parser fed from a stream: given the data whole, Foundation's parser on Linux (libxml2 without its "huge"
    /// option) stops at about 10 MB, which a sheet of 45,000 ratings exceeds; fed in chunks it reads any size.
    static func parser(_ data: Data) -> XMLParser { XMLParser(stream: InputStream(data: data)) }

    public static func sheets(_ data: Data) throws -> [Sheet] {
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch {
            throw Failure(description: "not an .xlsx workbook (it is not a zip container)")
        }
        func part(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            guard entry.uncompressedSize <= maximumPartSize else { throw Failure(description: "part \(path) is larger than 256 MB") }
            var out = Data()
            do { _ = try archive.extract(entry, skipCRC32: false) { out.append($0) } } catch {
                throw Failure(description: "part \(path) cannot be read: \(error)")
            }
            return out
        }
        guard let workbook = try part("xl/workbook.xml") else { throw Failure(description: "not an .xlsx workbook (xl/workbook.xml is missing)") }
        let sheetList = ElementCollector(["sheet"]).run(workbook).map { ($0["name"] ?? "", $0["r:id"] ?? $0["id"] ?? "") }
        let relations = try part("xl/_rels/workbook.xml.rels").map { ElementCollector(["Relationship"]).run($0) } ?? []
        let targets = Dictionary(relations.map { ($0["Id"] ?? "", $0["Target"] ?? "") }, uniquingKeysWith: { a, _ in a })
        let shared = try part("xl/sharedStrings.xml").map(SharedStrings.read) ?? []
        var out: [Sheet] = []
        for (name, rid) in sheetList {
            guard let target = targets[rid] else { continue }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let xml = try part(path) else { throw Failure(description: "sheet '\(name)' is missing its part \(path)") }
            out.append(Sheet(name: name, rows: try WorksheetReader.read(xml, shared: shared, sheet: name)))
        }
        return out
    }

    /// The attributes of every element with one of the given names.
    final class ElementCollector: NSObject, XMLParserDelegate {
        let names: Set<String>
        var found: [[String: String]] = []
        init(_ names: Set<String>) { self.names = names }
        func run(_ data: Data) -> [[String: String]] {
            let parser = XLSXReader.parser(data)
            parser.delegate = self
            _ = parser.parse()
            return found
        }
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if names.contains(name) || names.contains(name.split(separator: ":").last.map(String.init) ?? name) { found.append(attributes) }
        }
    }

    /// `xl/sharedStrings.xml`: the text of each `si` (its `t` runs joined, phonetic runs left out).
    final class SharedStrings: NSObject, XMLParserDelegate {
        var strings: [String] = [], current = "", inText = false, inPhonetic = false
        static func read(_ data: Data) throws -> [String] {
            let reader = SharedStrings()
            let parser = XLSXReader.parser(data)
            parser.delegate = reader
            guard parser.parse() else { throw Failure(description: "xl/sharedStrings.xml is not well-formed XML") }
            return reader.strings
        }
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "si": current = ""
            case "t": inText = !inPhonetic
            case "rPh": inPhonetic = true
            default: break
            }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "si": strings.append(current)
            case "t": inText = false
            case "rPh": inPhonetic = false
            default: break
            }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }
    }

    /// One worksheet: cells placed by their reference (`B7`), so skipped cells and rows stay where they were.
    final class WorksheetReader: NSObject, XMLParserDelegate {
        let shared: [String]
        var rows: [[Cell]] = []
        var ref = "", type = "", text = "", collecting = false, failure: String?
        var rowIndex = -1, columnIndex = -1
        init(shared: [String]) { self.shared = shared }

        static func read(_ data: Data, shared: [String], sheet: String) throws -> [[Cell]] {
            let reader = WorksheetReader(shared: shared)
            let parser = XLSXReader.parser(data)
            parser.delegate = reader
            guard parser.parse() else { throw Failure(description: "sheet '\(sheet)' is not well-formed XML (line \(parser.lineNumber))") }
            if let f = reader.failure { throw Failure(description: "sheet '\(sheet)': \(f)") }
            return reader.rows
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "row":
                rowIndex = attributes["r"].flatMap(Int.init).map { $0 - 1 } ?? rowIndex + 1
                columnIndex = -1
            case "c":
                ref = attributes["r"] ?? ""; type = attributes["t"] ?? "n"; text = ""
                columnIndex = Self.column(of: ref) ?? columnIndex + 1
            case "v", "t": collecting = true
            default: break
            }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { if collecting { text += string } }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "v", "t": collecting = false
            case "c":
                guard rowIndex >= 0, rowIndex < 1_048_576, columnIndex >= 0, columnIndex < 16_384 else { failure = "a cell outside the sheet's range"; return }
                let cell: Cell
                switch type {
                case "s":
                    guard let k = Int(text), shared.indices.contains(k) else { cell = .empty; break }
                    cell = shared[k].isEmpty ? .empty : .text(shared[k])
                case "inlineStr", "str": cell = text.isEmpty ? .empty : .text(text)
                case "b": cell = .bool(text == "1")
                case "e": cell = .text(text)
                default: cell = Double(text).map(Cell.number) ?? (text.isEmpty ? .empty : .text(text))
                }
                if case .empty = cell { return }
                while rows.count <= rowIndex { rows.append([]) }
                while rows[rowIndex].count <= columnIndex { rows[rowIndex].append(.empty) }
                rows[rowIndex][columnIndex] = cell
            default: break
            }
        }

        /// 0-based column of a reference such as `AB12`.
        static func column(of ref: String) -> Int? {
            var n = 0, letters = 0
            for u in ref.utf8 {
                guard (65...90).contains(u) || (97...122).contains(u) else { break }
                n = n * 26 + Int((u | 0x20) - 96); letters += 1
            }
            return letters > 0 && letters <= 3 ? n - 1 : nil
        }
    }
}
