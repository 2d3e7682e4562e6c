/// The quoting rules of RFC 4180, checked before a CSV text is handed to the table reader, so that a broken quote
/// is one error naming its line and field instead of a cell that swallows the rest of the file.
///
/// A field that starts with `"` is quoted: it ends at a `"` followed by the delimiter, a line break or the end of
/// the text, and `""` inside it stands for one quote; line breaks inside it belong to the field. A `"` anywhere
/// else in a field is an error, and so is anything between a closing quote and the next delimiter.
public struct CSVSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based line of the text and 1-based field of the record where the problem is.
    public var line: Int
    public var field: Int
    public var message: String
    public var description: String { "line \(line), field \(field): \(message)" }
}

public enum CSVSyntax {
    public static func check(_ text: String, delimiter: Character = ",") -> CSVSyntaxError? {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        guard let d = delimiter.asciiValue else { return nil }
        let bytes = Array(text.utf8)
        var i = 0, line = 1, field = 1
        var fieldStart = true
        while i < bytes.count {
            let b = bytes[i]
            if fieldStart && b == quote {
                let (openLine, openField) = (line, field)
                i += 1
                while true {
                    guard i < bytes.count else {
                        return CSVSyntaxError(line: openLine, field: openField,
                                              message: "a quoted field is opened here and never closed (a \" is missing)")
                    }
                    if bytes[i] == quote {
                        if i + 1 < bytes.count, bytes[i + 1] == quote { i += 2; continue }
                        i += 1
                        break
                    }
                    if bytes[i] == lf { line += 1 }
                    i += 1
                }
                if i < bytes.count, bytes[i] != d, bytes[i] != cr, bytes[i] != lf {
                    return CSVSyntaxError(line: line, field: field,
                                          message: "text after the closing quote of a quoted field (write a quote inside a field as \"\")")
                }
                fieldStart = false
                continue
            }
            switch b {
            case d: field += 1; fieldStart = true
            case lf: line += 1; field = 1; fieldStart = true
            case cr: fieldStart = true
            case quote:
                return CSVSyntaxError(line: line, field: field,
                                      message: "a quote inside a field that does not start with one (quote the whole field and write the quote as \"\")")
            default: fieldStart = false
            }
            i += 1
        }
        return nil
    }
}
