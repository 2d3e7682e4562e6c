import Plot

/// The few Plot nodes the report adds to Plot's own elements, and the escaping rule of every text in it.
///
/// Plot builds the element tree; text and attribute values go through ``HTMLText/escaped(_:)`` instead of Plot's own
/// escaping, because Plot leaves attribute values as given and keeps entity-like text (`&lt;`) as an entity, so a
/// title written `&lt;b&gt;` would show as `<b>`. With ours every character shows as typed and none can open a tag.
enum HTMLNodes {
    typealias Body = Node<HTML.BodyContext>

    /// Text, escaped.
    static func text(_ s: String) -> Body { .raw(HTMLText.escaped(s)) }

    /// An attribute with an escaped value.
    static func attribute<C>(_ name: String, _ value: String) -> Node<C> { .attribute(named: name, value: HTMLText.escaped(value)) }

    static func id<C>(_ value: String) -> Node<C> { attribute("id", value) }
    static func `class`<C>(_ value: String) -> Node<C> { attribute("class", value) }

    /// A link to an anchor of the page.
    static func link(_ anchor: String, _ label: String) -> Body {
        .a(.attribute(named: "href", value: "#" + HTMLText.escaped(anchor)), .raw(HTMLText.escaped(label)))
    }

    /// `<figure>` with its caption and an inline SVG chart made by ``SVGCharts`` (which escapes its own text).
    static func figure(_ caption: String, svg: String) -> Body {
        .element(named: "figure", nodes: [.element(named: "figcaption", nodes: [text(caption)]), .raw(svg)])
    }

    /// A column header for a table (`scope="col"`).
    static func columnHeader(_ label: String, numeric: Bool = false, title: String? = nil) -> Node<HTML.TableRowContext> {
        .th(.attribute(named: "scope", value: "col"), .if(numeric, .class("n")),
            .unwrap(title) { attribute("title", $0) }, text(label))
    }

    /// A table: caption, a header row repeated on every printed page, and rows.
    static func table(caption: String, headers: [Node<HTML.TableRowContext>], rows: [Node<HTML.TableContext>]) -> Body {
        .table(.caption(text(caption)), .thead(.tr(.group(headers))), .tbody(.group(rows)))
    }

    /// A number for people: three decimals (the JSON keeps six).
    static func number(_ x: Double) -> String { String(format: "%.3f", x) }

    /// A share as a whole percentage.
    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded())) %" }

    /// An HTML id made of letters, digits, `-` and `_` only.
    static func anchor(_ prefix: String, _ key: String) -> String {
        prefix + "-" + String(key.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "_" })
    }
}
