extension HTMLReport {
    /// The report's one style sheet: readable on a projector and at 1024 px without sideways scrolling (tables wrap
    /// their text, charts scale to their column), and on A4 paper with the reasons shown, a page per section and the
    /// table headers repeated on every page.
    static let styleSheet = """
    body{font-family:system-ui,"DejaVu Sans",sans-serif;margin:0;color:#1d1d1d;line-height:1.4;font-size:16px}
    main{max-width:1280px;margin:0 auto;padding:1.2em 1.5em}
    h1{font-size:1.7em;margin:.3em 0}h2{font-size:1.35em;margin:1.2em 0 .4em}h3{font-size:1.1em}
    table{border-collapse:collapse;width:100%;margin:.6em 0 1.2em}caption{text-align:left;font-weight:600;padding:.4em 0}
    th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f1f3f4}
    td.why{overflow-wrap:anywhere;min-width:13em}td p{margin:.2em 0}td.band{white-space:nowrap}td.gap{overflow-wrap:break-word;min-width:10em}
    td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}th.n{text-align:right}
    tr.priority-1 td:first-child{border-left:6px solid #1e8e3e}tr.priority-2 td:first-child{border-left:6px solid #f9ab00}
    tr.priority-3 td:first-child{border-left:6px solid #dadce0}
    details{margin:0}summary{cursor:pointer}small{color:#555}code{font-size:.92em}
    dl.glossary{display:grid;grid-template-columns:minmax(8em,max-content) 1fr;gap:.2em 1em}
    dl.glossary dt{font-family:monospace;font-weight:600;overflow-wrap:anywhere}dl.glossary dd{margin:0}
    .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(440px,1fr));gap:1em 2em;margin:1em 0}
    figure{margin:0}figcaption{font-weight:600;margin:.3em 0}svg.chart{width:100%;height:auto;font-size:11px}svg.square{max-width:420px}section.page svg.chart{max-width:680px}
    svg .label,svg .tick,svg .value{fill:#333}svg .inbar{fill:#fff;font-weight:600}svg .grid{stroke:#ddd}
    nav.sections{position:sticky;top:0;background:#fff;padding:.4em 0;border-bottom:1px solid #ddd;z-index:1;line-height:1.8}
    nav.sections a,nav.local a{margin-right:.2em}nav.local{font-size:.9em;margin:.2em 0 .6em}
    section[id]{scroll-margin-top:3em}section.page{margin-top:2.5em;border-top:3px solid #e8eaed;padding-top:.4em}
    .legend span{display:inline-block;margin-right:1em;font-size:.85em}.legend i{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em}
    .reading{background:#f8f9fa;border-left:4px solid #0072B2;padding:.4em .9em;margin:.8em 0}.reading p{margin:.3em 0}
    ul.workshops{columns:2 22em;padding-left:1.2em}
    @media (max-width:1100px){main{padding:1em .8em}th,td{padding:4px 5px}}
    @media print{@page{size:A4;margin:12mm}body{font-size:10.5pt}main{padding:0;max-width:none}nav.sections,nav.local{display:none}
    section.page{break-before:page;border:0;margin-top:0}details>summary{list-style:none}
    thead{display:table-header-group}tr,figure{break-inside:avoid}.charts{display:block}.charts figure{margin-bottom:1em}}
    """
}
