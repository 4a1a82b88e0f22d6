"use client";

import { useEffect, useRef, useState } from "react";
import { percentText } from "./compare-words";
import type { Measure, StudentScore } from "./score-sorting";

interface ScoresChartProps {
  /** In the table's order, so the chart reads top to bottom as the table does. */
  students: StudentScore[];
  /** The scores table's caption: the table is the chart's text alternative. */
  tableCaptionId: string;
}

/** Bars told apart by pattern as well as colour (scores-series-* in components/compare/key-scores.css), in the legend as in the chart. */
const SERIES: { measure: Measure; label: string }[] = [
  { measure: "precision", label: "Precision" },
  { measure: "recall", label: "Recall" },
  { measure: "f1", label: "F1" },
];

/** Each student's band holds three bars, 9 px thick and 11 px apart. */
const BAND_PX = 42;

type DrawState = "drawing" | "drawn" | "failed";

/**
 * Each student's precision, recall and F1 over every tag as grouped horizontal bars, drawn by
 * Chartist (SVG, no dependencies; see README, "Compare readers"). Chartist is imported only when
 * this chart mounts, so it is its own chunk, fetched by the teacher's Compare tab alone.
 */
export function ScoresChart({ students, tableCaptionId }: ScoresChartProps) {
  const plot = useRef<HTMLDivElement | null>(null);
  const [state, setState] = useState<DrawState>("drawing");

  useEffect(() => {
    let mounted = true;
    let detach: (() => void) | null = null;
    import("chartist").then(
      ({ BarChart, FixedScaleAxis }) => {
        if (!mounted || !plot.current) return;
        const chart = new BarChart(
          plot.current,
          {
            labels: students.map((student) => student.name),
            series: SERIES.map(({ measure, label }) => ({
              name: label,
              className: `scores-series-${measure}`,
              data: students.map((student) => ({ value: student[measure], meta: `${student.name}: ${label} ${percentText(student[measure])}` })),
            })),
          },
          {
            horizontalBars: true,
            // Chartist draws the first label at the bottom; reversed, the first student is on top, as in the table.
            reverseData: true,
            seriesBarDistance: 11,
            height: students.length * BAND_PX + 40,
            chartPadding: { top: 8, right: 28, bottom: 4, left: 4 },
            axisX: { type: FixedScaleAxis, ticks: [0, 0.25, 0.5, 0.75, 1], low: 0, high: 1, labelInterpolationFnc: (value) => percentText(Number(value)) },
            axisY: { offset: 104, showGrid: false },
          },
        );
        chart.on("draw", (event) => {
          // A tooltip for pointer users; the role="img" box gives assistive technology the caption instead.
          if (event.type === "bar" && typeof event.meta === "string") event.element.elem("title").text(event.meta);
        });
        detach = () => chart.detach();
        setState("drawn");
      },
      () => mounted && setState("failed"),
    );
    return () => {
      mounted = false;
      detach?.();
    };
  }, [students]);

  return (
    <figure className="scores-chart" aria-labelledby="scores-chart-caption">
      <figcaption id="scores-chart-caption">
        Precision, recall and F1 of each student over all tags, one band of three bars per student. The scores table above gives the same
        numbers.
      </figcaption>
      <ul className="scores-chart__legend">
        {SERIES.map(({ measure, label }) => (
          <li key={measure} className={`scores-series-${measure}`}>
            <svg width="32" height="10" aria-hidden="true" focusable="false">
              <line className="ct-bar" x1="0" y1="5" x2="32" y2="5" />
            </svg>
            {label}
          </li>
        ))}
      </ul>
      <div ref={plot} className="scores-chart__plot" role="img" aria-labelledby="scores-chart-caption" aria-describedby={tableCaptionId} />
      {state === "drawing" && <p className="muted">Drawing the chart…</p>}
      {state === "failed" && <p>The chart could not be drawn; the scores table above has every number.</p>}
    </figure>
  );
}
