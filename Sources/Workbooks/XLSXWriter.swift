import Foundation
import ZIPFoundation

/// Writes sheets as an Office Open XML workbook (`.xlsx`, ECMA-376): the zip container by ZIPFoundation, the XML
/// parts as text. Header rows are bold and frozen; columns with a fixed set of values get a drop-down list (from
/// the hidden sheet `Lists`), number columns a range check, every header cell its help as an input message.
/// Strings are inline (no shared-string table); the parts carry a fixed date, so the same sheets give the same bytes.
public enum XLSXWriter {
    /// Per sheet: per column, the validation to attach (rows 2…`validatedRows`).
    public struct Validation: Sendable {
        /// `range`: a list of allowed values kept in cells ("Lists!$B$2:$B$6"); `values`: a short list written
        /// in the rule itself; `whole` and `decimal`: a number between two bounds.
        public enum Rule: Sendable { case range(String), values([String]), whole(Double, Double), decimal(Double, Double) }
        public var column: Int
        public var rule: Rule
        public var help: String
    }

    public struct SheetPart: Sendable {
        public var sheet: Sheet
        public var validations: [Validation] = []
        public var widths: [Double] = []
        public var hidden = false
        public var frozenHeader = true
        public init(sheet: Sheet, validations: [Validation] = [], widths: [Double] = [], hidden: Bool = false, frozenHeader: Bool = true) {
            self.sheet = sheet; self.validations = validations; self.widths = widths; self.hidden = hidden; self.frozenHeader = frozenHeader
        }
    }

    static let validatedRows = 1000
    static let fixedDate = Date(timeIntervalSince1970: 1_577_836_800)   // 2020-01-01

    public static func data(_ parts: [SheetPart]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: fixedDate,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        try add("[Content_Types].xml", header + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            \(parts.indices.map { #"<Override PartName="/xl/worksheets/sheet\#($0 + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"# }.joined())\
            </Types>
            """)
        try add("_rels/.rels", header + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """)
        try add("xl/workbook.xml", header + """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <bookViews><workbookView activeTab="0"/></bookViews><sheets>\
            \(parts.enumerated().map { k, p in #"<sheet name="\#(escape(p.sheet.name))" sheetId="\#(k + 1)"\#(p.hidden ? #" state="hidden""# : "") r:id="rId\#(k + 1)"/>"# }.joined())\
            </sheets></workbook>
            """)
        try add("xl/_rels/workbook.xml.rels", header + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            \(parts.indices.map { #"<Relationship Id="rId\#($0 + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"# }.joined())\
            <Relationship Id="rId\(parts.count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """)
        // Styles: 0 plain, 1 bold header on a light fill, 2 wrapped text.
        try add("xl/styles.xml", header + """
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
            <fill><patternFill patternType="solid"><fgColor rgb="FFDCE6F1"/><bgColor indexed="64"/></patternFill></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>
            """)
        for (k, part) in parts.enumerated() { try add("xl/worksheets/sheet\(k + 1).xml", header + worksheet(part)) }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    static func worksheet(_ part: SheetPart) -> String {
        var out = #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        if part.frozenHeader {
            out += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
        }
        if !part.widths.isEmpty {
            out += "<cols>" + part.widths.enumerated().map { #"<col min="\#($0 + 1)" max="\#($0 + 1)" width="\#($1)" customWidth="1"/>"# }.joined() + "</cols>"
        }
        out += "<sheetData>"
        for (r, row) in part.sheet.rows.enumerated() {
            out += #"<row r="\#(r + 1)">"#
            for (c, cell) in row.enumerated() {
                let ref = Sheet.columnName(c) + String(r + 1)
                let style = r == 0 && part.frozenHeader ? #" s="1""# : ""
                switch cell {
                case .empty: continue
                case let .number(x): out += #"<c r="\#(ref)"\#(style)><v>\#(Cell.number(x).text)</v></c>"#
                case let .bool(b): out += #"<c r="\#(ref)"\#(style) t="inlineStr"><is><t>\#(b ? "yes" : "no")</t></is></c>"#
                case let .text(s): out += #"<c r="\#(ref)"\#(style) t="inlineStr"><is><t xml:space="preserve">\#(escape(s))</t></is></c>"#
                }
            }
            out += "</row>"
        }
        out += "</sheetData>"
        if !part.validations.isEmpty {
            out += #"<dataValidations count="\#(part.validations.count)">"#
            for v in part.validations {
                let column = Sheet.columnName(v.column)
                let range = "\(column)2:\(column)\(validatedRows)"
                let prompt = escape(String(v.help.prefix(250)))
                let common = #"allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="\#(range)" prompt="\#(prompt)""#
                switch v.rule {
                case let .range(reference):
                    out += #"<dataValidation type="list" \#(common)><formula1>\#(escape(reference))</formula1></dataValidation>"#
                case let .values(values):
                    out += #"<dataValidation type="list" \#(common)><formula1>"\#(escape(values.joined(separator: ",")))"</formula1></dataValidation>"#
                case let .whole(lo, hi):
                    out += #"<dataValidation type="whole" operator="between" \#(common) error="a whole number from \#(Cell.number(lo).text) to \#(Cell.number(hi).text)"><formula1>\#(Cell.number(lo).text)</formula1><formula2>\#(Cell.number(hi).text)</formula2></dataValidation>"#
                case let .decimal(lo, hi):
                    out += #"<dataValidation type="decimal" operator="between" \#(common) error="a number from \#(Cell.number(lo).text) to \#(Cell.number(hi).text)"><formula1>\#(lo)</formula1><formula2>\#(hi)</formula2></dataValidation>"#
                }
            }
            out += "</dataValidations>"
        }
        return out + "</worksheet>"
    }

    /// Text as XML character data: the five special characters escaped, characters XML 1.0 forbids dropped.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(u)
            default:
                if u.value < 0x20 || (0xFFFE...0xFFFF).contains(u.value) { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
