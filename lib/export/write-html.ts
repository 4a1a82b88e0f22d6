import type { ExportModel } from "./export-model";
import { renderAnnotatedArticle, renderHeatmapArticle } from "./html/html-article";
import { renderHeader, renderLegend, renderNotes, renderReaders, renderScores, renderSummary, renderWork } from "./html/html-sections";
import { HTML_EXPORT_CSS } from "./html/html-styles";
import { html, SafeHtml } from "./html/html-template";
import { buildReport } from "./report/build-report";
import type { Report } from "./report/report";

/**
 * Nothing may load: no script, no fetch, no frame, no font or image from anywhere, even if a
 * reader's browser were to find markup we did not mean to write. Styles are inline.
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * One self-contained HTML file: header, tag legend, (for a class) the summary, the annotated
 * article with a numbered label at the end of each highlight, the notes linked both ways, (for
 * a class) the heatmap, readers and scores. Inline CSS with a print sheet; no script; pure.
 */
export function writeHtml(model: ExportModel): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(renderReport(buildReport(model)));
}

// Our own constant, built from our own colour table: the one piece of markup not made by `html`.
const STYLESHEET = new SafeHtml(HTML_EXPORT_CSS);

function renderReport(report: Report): string {
  const heatmap = report.heatmap;
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Slant">
<title>${report.title}</title>
<style>
${STYLESHEET}
</style>
</head>
<body>
<main>
${renderHeader(report)}
${renderLegend(report.legend)}
${report.work ? renderWork(report.work) : null}
${report.summary ? renderSummary(report.summary) : null}
<section class="article-section" aria-labelledby="article-heading"><h2 id="article-heading">The article, with highlights</h2><div class="article">${renderAnnotatedArticle(report.article, report.tags, report.notes)}</div></section>
${renderNotes(report.notes)}
${
  heatmap
    ? html`<section class="heatmap" aria-labelledby="heatmap-heading"><h2 id="heatmap-heading">Class heatmap</h2><p>Shade and underline: share of the ${heatmap.readers} readers who tagged a stretch with any tag.</p><ol class="heat-legend">${heatmap.steps.map(
        (s) => html`<li><span class="heat heat-${s.level}">text</span> ${s.label}</li>`,
      )}</ol><div class="article">${renderHeatmapArticle(heatmap)}</div></section>`
    : null
}
${report.readers ? renderReaders(report.readers) : null}
${report.scores ? renderScores(report.scores) : null}
<footer>Exported from Slant · ${report.facts.find((f) => f.label === "Exported")?.value}</footer>
</main>
</body>
</html>
`;
  return page.markup;
}
