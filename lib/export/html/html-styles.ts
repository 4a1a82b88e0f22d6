import { TAG_PALETTE } from "@/lib/annotations/tag-palette";
import { HEAT_STYLE, TAG_STYLES } from "../report/tag-styles";

const tagRules = TAG_PALETTE.map((color) => {
  const { tint, line, pattern, depth } = TAG_STYLES[color];
  return `.tag-color-${color}{--tint:rgba(${tint.join(",")});--line:${line};--pattern:${pattern};--offset:${3 * (depth + 1)}px}`;
}).join("\n");

const heatRules = HEAT_STYLE.alpha.map((alpha, i) => `.heat-${i + 1}{--heat-alpha:${alpha};--heat-line:${HEAT_STYLE.lineWidth[i]}px}`).join("\n");

/**
 * The whole stylesheet of an HTML export, inline: system fonts only (nothing is fetched),
 * the app's tag colours with their underline patterns (so tags stay apart in greyscale), and a
 * print sheet for A4 and Letter alike (`size: auto` takes the printer's paper).
 */
export const HTML_EXPORT_CSS = `
:root{--ink:#1b1f24;--muted:#4a5360;--rule:#d5d9e0;--paper:#fff;--paper-tint:#f5f6f8;--accent:#1f4fbf;
--reading-font:"Iowan Old Style","Palatino Linotype",Palatino,Georgia,"Noto Serif","DejaVu Serif","Times New Roman",serif;
--ui-font:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans","Helvetica Neue",Arial,sans-serif}
*,*::before,*::after{box-sizing:border-box}
html{color:var(--ink);background:var(--paper);font:16px/1.5 var(--ui-font);-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0}
main{max-width:46rem;margin:0 auto;padding:2rem 1.25rem 4rem}
a{color:var(--accent)}
h1{font-size:1.75rem;line-height:1.2;margin:0 0 .2rem}
h2{font-size:1.2rem;line-height:1.25;margin:2.2rem 0 .7rem;padding-bottom:.25rem;border-bottom:2px solid var(--ink);break-after:avoid;page-break-after:avoid}
h3{font-size:1rem;margin:1.4rem 0 .5rem;break-after:avoid;page-break-after:avoid}
.subtitle{font-family:var(--reading-font);font-size:1.2rem;font-style:italic;margin:0 0 1rem;color:var(--muted)}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:0 0 1rem;font-size:.9rem}
.facts dt{color:var(--muted)}
.facts dd{margin:0;overflow-wrap:anywhere}
.instructions{border-left:3px solid var(--rule);padding:.2rem 0 .2rem .8rem;margin:1rem 0;white-space:pre-line}
.muted{color:var(--muted)}
.legend ul{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(19rem,1fr));gap:.4rem 1.25rem}
.legend li{display:flex;align-items:baseline;gap:.45rem}
.legend .sample{font-family:var(--reading-font);padding:0 .15em;line-height:2;white-space:nowrap}
.abbr{font:700 .72rem/1 var(--ui-font);border:1px solid currentColor;border-radius:3px;padding:.1em .3em;color:var(--line,var(--ink));background:#fff;white-space:nowrap}
.legend-note{font-size:.85rem;margin:.6rem 0 0}
.article{font-family:var(--reading-font);font-size:1.08rem;line-height:2.2;overflow-wrap:break-word}
.article p,.article li,.article blockquote,.article .heading{white-space:pre-wrap;margin:0 0 .9rem}
.article .heading{font-weight:700;line-height:1.9;margin-top:1.2rem}
.article h3.heading{font-size:1.35rem}.article h4.heading{font-size:1.2rem}.article h5.heading,.article h6.heading{font-size:1.08rem}
.article blockquote{margin-left:1.2rem;padding-left:.9rem;border-left:3px solid var(--rule)}
.article .caption{font-size:.92rem;font-style:italic;color:var(--muted)}
.article ul,.article ol{margin:0 0 .9rem;padding-left:1.6rem}
.article li{margin:0 0 .3rem}
mark.hl{background:none;color:inherit}
.u{background:var(--tint);text-decoration-line:underline;text-decoration-style:var(--pattern);text-decoration-color:var(--line);text-decoration-thickness:1.5px;text-underline-offset:var(--offset);text-decoration-skip-ink:none}
${tagRules}
a.marker{display:inline;font:700 .62rem/1.2 var(--ui-font);vertical-align:.55em;margin:0 .1em;padding:0 .25em;border:1px solid var(--line);border-radius:3px;background:#fff;color:var(--line);text-decoration:none;white-space:nowrap}
a.marker:target,.note:target{outline:2px solid var(--accent);outline-offset:2px}
.work{border:1px solid var(--rule);border-radius:6px;padding:.6rem .9rem;margin:1rem 0;background:var(--paper-tint)}
.work p{margin:.2rem 0;white-space:pre-line}
.notes ol{list-style:none;padding:0;margin:0}
.note{display:grid;grid-template-columns:2.2rem 1fr;column-gap:.4rem;padding:.5rem 0;border-top:1px solid var(--rule);break-inside:avoid;page-break-inside:avoid}
.note>*{grid-column:2}
.note .note-number{grid-column:1;grid-row:1 / span 4;font:700 .95rem/1.4 var(--ui-font);text-align:right;text-decoration:none}
.note p{margin:.1rem 0;white-space:pre-line;overflow-wrap:anywhere}
.note .head{font-size:.9rem}
.note .quote{font-family:var(--reading-font);font-style:italic}
.note .label{font-weight:700}
table.data{border-collapse:collapse;width:100%;font-size:.9rem;margin:.4rem 0 1rem}
table.data th,table.data td{border-bottom:1px solid var(--rule);padding:.3rem .5rem;text-align:left;vertical-align:top}
table.data thead th{border-bottom:2px solid var(--ink)}
table.data td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.data td.comment{white-space:pre-line}
tr{break-inside:avoid;page-break-inside:avoid}
.consensus,.hotspots{padding-left:1.4rem}
.consensus li,.hotspots li{margin:0 0 .6rem;break-inside:avoid;page-break-inside:avoid}
.hotspots q,.consensus q{font-family:var(--reading-font)}
.split{display:flex;height:.85rem;max-width:22rem;margin:.25rem 0;border:1px solid var(--ink)}
.split span{display:block;background:var(--tint);border-bottom:3px solid var(--line)}
.split span.none{background:repeating-linear-gradient(45deg,var(--muted) 0 2px,transparent 2px 5px)}
.split-words{font-size:.88rem}
.heat{background:rgba(${HEAT_STYLE.fill.join(",")},var(--heat-alpha));text-decoration-line:underline;text-decoration-color:${HEAT_STYLE.line};text-decoration-thickness:var(--heat-line);text-underline-offset:3px;text-decoration-skip-ink:none}
${heatRules}
.heat-legend{display:flex;flex-wrap:wrap;gap:.3rem 1.1rem;list-style:none;padding:0;margin:.4rem 0 1rem;font-size:.88rem}
.heat-legend .heat{font-family:var(--reading-font);padding:0 .2em}
footer{margin-top:3rem;font-size:.8rem;color:var(--muted);border-top:1px solid var(--rule);padding-top:.5rem}
@page{size:auto;margin:16mm 15mm 18mm}
@media print{
html{font-size:10.5pt}
main{max-width:none;padding:0}
a{color:inherit}
.note .note-number,a.marker{text-decoration:none}
h2{margin-top:1.4rem}
.heatmap{break-before:page;page-break-before:always}
.notes{break-before:auto}
}
`.trim();
