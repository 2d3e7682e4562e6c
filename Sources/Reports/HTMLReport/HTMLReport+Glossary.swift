import Plot
import PriorityEngine

extension HTMLReport {
    /// Every code of the report in plain words, from the same definitions the engine's other outputs use (``Glossary``).
    static func glossary() -> N.Body {
        func list(_ title: String, _ items: [(String, String)]) -> N.Body {
            .group([.h3(N.text(title)), .dl(.class("glossary"), .forEach(items) { .group([.dt(N.text($0.0)), .dd(N.text($0.1))]) })])
        }
        return .section(
            N.id("glossary"), .class("page"), .attribute(named: "aria-labelledby", value: "glossary-title"),
            .h2(N.id("glossary-title"), N.text("What the codes mean")),
            list("Scores and rules", Glossary.scores + [("≈", "statistically tied with a neighbour: the middle halves of their Monte-Carlo ranks overlap")]),
            list("Procurement routes", Glossary.routes.map { ($0.0.rawValue, "\(Glossary.routeName($0.0)): \($0.1)") }),
            list("Why research first", Glossary.reasons.map { ($0.0.rawValue, $0.1) }),
            list("Procurement flags", Glossary.procurementFlags.map { ($0.0.rawValue, $0.1) }),
            list("Gap flags", Glossary.gapFlags),
            list("Standardisation recommendations", Glossary.standardisation.map { ($0.0.rawValue, $0.1) }),
            .p(.small(N.text("The criteria, scales, rules and file formats are described at length in docs/how-the-engine-decides.md and docs/file-formats.md of the engine's repository.")))
        )
    }
}
