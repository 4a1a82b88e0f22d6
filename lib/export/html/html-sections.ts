import type { ClassSummary, Footnote, LegendEntry, ReaderRow, Report, ReportTag, ScoreTable } from "../report/report";
import { shortPassage } from "../report/report-words";
import type { UnderlinePattern } from "../report/tag-styles";
import { html, type SafeHtml } from "./html-template";

export const PATTERN_WORD: Record<UnderlinePattern, string> = { solid: "solid line", dashed: "dashed line", wavy: "wavy line", double: "double line", dotted: "dotted line" };

/** Title, article, and the facts a teacher files a hand-out by; the source is the only link. */
export function renderHeader(report: Report): SafeHtml {
  const facts = report.facts.map((f) => html`<dt>${f.label}</dt><dd>${f.href ? html`<a href="${f.href}" rel="noreferrer noopener">${f.value}</a>` : f.value}</dd>`);
  return html`<header><h1>${report.title}</h1><p class="subtitle">${report.articleTitle}</p><dl class="facts">${facts}</dl>${
    report.instructions ? html`<p class="instructions"><strong>Instructions:</strong> ${report.instructions}</p>` : null
  }</header>`;
}

/** A tag as it is drawn: its tint and line on a word, its short code, and its name. */
export const tagBadge = (tag: ReportTag) => html`<span class="tag-color-${tag.color}"><span class="u">${tag.label}</span> <span class="abbr">${tag.abbreviation}</span></span>`;

export function renderLegend(legend: readonly LegendEntry[]): SafeHtml {
  const items = legend.map(
    ({ tag, count }) =>
      html`<li class="tag-color-${tag.color}"><span class="sample u">${tag.label}</span><span class="abbr">${tag.abbreviation}</span><span class="muted">${PATTERN_WORD[tag.style.pattern]} · ${count} ${count === 1 ? "highlight" : "highlights"}</span></li>`,
  );
  return html`<section class="legend" aria-labelledby="legend-heading"><h2 id="legend-heading">Tags</h2><ul>${items}</ul><p class="legend-note muted">Each highlight is tinted and underlined in its tag’s colour and pattern, and ends with a label: its note number and the tag’s code (e.g. <span class="abbr">1 ${legend[0]?.tag.abbreviation ?? "Q"}</span>). The notes follow the article.</p></section>`;
}

export function renderWork(work: ReaderRow): SafeHtml {
  return html`<section class="work" aria-label="Status and feedback"><p><strong>${work.name}</strong> · ${work.status} · ${work.highlights} highlights${work.score !== null ? html` · <strong>Score: ${work.score}</strong>` : null}</p>${
    work.overallComment ? html`<p><span class="label"><strong>Teacher’s comment:</strong></span> ${work.overallComment}</p>` : null
  }</section>`;
}

export function renderSummary(summary: ClassSummary): SafeHtml {
  const rows = summary.agreement.map((r) => html`<tr><th scope="row">${r.measure}</th><td class="num">${r.value}</td><td>${r.reading}</td></tr>`);
  const consensus = summary.consensus.length
    ? html`<ul class="consensus">${summary.consensus.map((c) => html`<li>${tagBadge(c.tag)} <q>${c.exact}</q> <span class="muted">(${c.share} of readers)</span></li>`)}</ul>`
    : html`<p>No passage was tagged the same way by two readers in three.</p>`;
  const hotspots = summary.hotspots.length
    ? html`<ol class="hotspots">${summary.hotspots.map(
        (h) =>
          html`<li><q>${h.exact}</q><div class="split" aria-hidden="true">${h.split.map((s) => html`<span class="${s.tag ? `tag-color-${s.tag.color}` : "none"}" style="flex-grow:${s.count}"></span>`)}</div><p class="split-words">${h.split.map(
            (s, i) => html`${i > 0 ? " · " : null}${s.tag ? html`<span class="tag-color-${s.tag.color}"><span class="abbr">${s.tag.abbreviation}</span></span> ` : null}${s.label} ${s.count}`,
          )} <span class="muted">— ${h.disagreeing}</span></p></li>`,
      )}</ol>${summary.hotspotsTotal > summary.hotspots.length ? html`<p class="muted">The first ${summary.hotspots.length} of ${summary.hotspotsTotal} disagreements.</p>` : null}`
    : html`<p>The readers did not split on any passage.</p>`;
  return html`<section class="summary" aria-labelledby="summary-heading"><h2 id="summary-heading">How the class read it</h2><p>${summary.explanation}</p><table class="data"><thead><tr><th scope="col">Measure</th><th scope="col">Value</th><th scope="col">Reading</th></tr></thead><tbody>${rows}</tbody></table><h3>Consensus</h3>${consensus}<h3>Top disagreements</h3>${hotspots}</section>`;
}

/** Footnotes, each linked to and from its highlight's marker. */
export function renderNotes(notes: readonly Footnote[]): SafeHtml {
  if (notes.length === 0) return html`<section class="notes" aria-labelledby="notes-heading"><h2 id="notes-heading">Notes</h2><p>No highlights yet.</p></section>`;
  const items = notes.map(
    (n) =>
      html`<li class="note" id="note-${n.number}"><a class="note-number" href="#ref-${n.number}" aria-label="Back to highlight ${n.number} in the text">${n.number}</a><p class="head">${n.reader ? html`<strong class="reader">${n.reader}</strong> · ` : null}${tagBadge(n.tag)}</p><p class="quote">“${shortPassage(n.exact, 220)}”</p>${
        n.note ? html`<p class="note-text"><span class="label">Note:</span> ${n.note}</p>` : null
      }${
        n.verdict || n.teacherComment
          ? html`<p class="feedback"><span class="label">Teacher:</span> ${n.verdict ? html`<strong>${n.verdict}</strong>` : null}${n.verdict && n.teacherComment ? " — " : null}${n.teacherComment}</p>`
          : null
      }</li>`,
  );
  return html`<section class="notes" aria-labelledby="notes-heading"><h2 id="notes-heading">Notes</h2><ol>${items}</ol></section>`;
}

export function renderReaders(readers: readonly ReaderRow[]): SafeHtml {
  const rows = readers.map((r) => html`<tr><th scope="row">${r.name}</th><td>${r.status}</td><td class="num">${r.highlights}</td><td class="num">${r.score ?? "—"}</td><td class="comment">${r.overallComment ?? ""}</td></tr>`);
  return html`<section aria-labelledby="readers-heading"><h2 id="readers-heading">Readers</h2><table class="data"><thead><tr><th scope="col">Reader</th><th scope="col">Status</th><th scope="col">Highlights</th><th scope="col">Score</th><th scope="col">Teacher’s comment</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

export function renderScores(scores: ScoreTable): SafeHtml {
  const head = scores.columns.map((c) => html`<th scope="col">${c}</th>`);
  const rows = scores.rows.map((r) => html`<tr><th scope="row">${r.reader}</th>${r.values.map((v) => html`<td class="num">${v}</td>`)}</tr>`);
  return html`<section aria-labelledby="scores-heading"><h2 id="scores-heading">Against the answer key</h2><p class="muted">Span precision, recall and F1 of each student’s highlights against the teacher’s key (1.00 is a perfect match).</p><table class="data"><thead><tr><th scope="col">Reader</th>${head}</tr></thead><tbody>${rows}</tbody></table></section>`;
}
