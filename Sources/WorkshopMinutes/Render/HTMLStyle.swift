/// The minutes' stylesheet: a sober public-administration document on A4, inline so the file stands alone.
enum HTMLStyle {
    static let css = """
    @page { size: A4; margin: 18mm 17mm 20mm 17mm; }
    :root { --ink: #1f2328; --muted: #5b6470; --rule: #d5dae0; --accent: #0b4f6c; --soft: #f2f5f7; --bar: #2e6f8e; }
    * { box-sizing: border-box; }
    html { font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
      font-size: 10.5pt; line-height: 1.45; color: var(--ink); background: #fff; }
    body { margin: 0 auto; max-width: 176mm; padding: 14mm 0 16mm; }
    header.cover { border-top: 5px solid var(--accent); padding-top: 5mm; margin-bottom: 7mm; }
    .kicker { margin: 0; font-size: 8.5pt; font-weight: 600; letter-spacing: .09em; text-transform: uppercase;
      color: var(--accent); }
    h1 { font-size: 19pt; line-height: 1.2; margin: 2mm 0 5mm; font-weight: 700; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 7mm; margin: 0; padding: 3mm 4mm;
      background: var(--soft); border-left: 3px solid var(--accent); font-size: 10pt; }
    dl.facts dt { font-weight: 600; color: var(--muted); }
    dl.facts dd { margin: 0; }
    .notice { margin: 3mm 0 0; padding: 2mm 3mm; border: .6pt solid #c9a227; background: #fbf6e3; font-size: 9.5pt; }
    h2 { font-size: 13pt; color: var(--accent); border-bottom: 1.2pt solid var(--accent); padding-bottom: 1mm;
      margin: 9mm 0 3mm; break-after: avoid; }
    h2 .no, h3 .no { display: inline-block; min-width: 9mm; }
    h3 { font-size: 11pt; margin: 6mm 0 1.5mm; break-after: avoid; }
    h4 { font-size: 10pt; margin: 4mm 0 1.5mm; break-after: avoid; }
    h4 .count { font-weight: 400; color: var(--muted); }
    p { margin: 0 0 2.5mm; }
    .meta { color: var(--muted); font-size: 9pt; margin: 0 0 2mm; }
    .note { color: var(--muted); font-size: 8.5pt; }
    .question { margin: 0 0 2.5mm; padding: 1.5mm 3mm; border-left: 2px solid var(--rule); font-style: italic; }
    table { border-collapse: collapse; width: 100%; margin: 1.5mm 0 3mm; font-size: 9.3pt; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; }
    th { text-align: left; font-weight: 600; border-bottom: 1pt solid #7d8590; padding: 1mm 2mm; vertical-align: bottom; }
    td { border-bottom: .5pt solid var(--rule); padding: 1mm 2mm; vertical-align: top; }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    th.num { white-space: normal; }
    .time { white-space: nowrap; font-variant-numeric: tabular-nums; }
    td.bar-cell { width: 32mm; vertical-align: middle; }
    table.talk td:first-child { width: 36%; }
    table.attendance td:first-child { width: 34%; }
    tr.total td { font-weight: 600; border-top: 1pt solid #7d8590; border-bottom: none; }
    tr.muted td { color: var(--muted); }
    svg.bar { display: block; }
    svg.bar .track { fill: #e4e9ee; }
    svg.bar .fill { fill: var(--bar); }
    svg.bar .mark { fill: #b3261e; }
    ul.people { list-style: none; padding: 0; margin: 0 0 2mm; }
    ul.people li { margin: 0 0 .8mm; }
    ul.answers { margin: 0 0 2.5mm; padding-left: 5mm; }
    ul.answers li { margin: 0 0 1.2mm; }
    .text { white-space: pre-line; }
    .by { color: var(--muted); font-size: 9pt; }
    .tag { color: var(--muted); font-size: 8.5pt; }
    .mark-hidden { font-size: 7.5pt; text-transform: uppercase; letter-spacing: .05em; border: .6pt solid #8a9199;
      border-radius: 2px; padding: 0 1mm; color: #4a525b; white-space: nowrap; }
    li.hidden-answer .text { color: var(--muted); }
    .words { font-size: 9pt; color: var(--muted); }
    section.poll, section.round { break-inside: auto; }
    footer { margin-top: 10mm; border-top: .5pt solid var(--rule); padding-top: 2mm; font-size: 8.5pt; color: var(--muted); }
    @media print { body { padding: 0; max-width: none; } }
    """
}
