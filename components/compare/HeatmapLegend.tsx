import { HEAT_LEVELS } from "@/components/reader/extensions/heatmap-decorations";

/** The heatmap's scale: each step's shade and underline, and the share of readers it stands for. */
export function HeatmapLegend({ readers, what }: { readers: number; what: string }) {
  const steps = Array.from({ length: HEAT_LEVELS }, (_, i) => i + 1);
  const bound = (step: number) => Math.round((step / HEAT_LEVELS) * 100);
  return (
    <figure className="heatmap-legend">
      <figcaption>
        Shade and underline: share of the {readers} readers who tagged a stretch {what}
      </figcaption>
      <ol>
        {steps.map((step) => (
          <li key={step}>
            <span className={`heat heat-${step} heatmap-legend__sample`} aria-hidden="true">
              text
            </span>{" "}
            {step === 1 ? `up to ${bound(1)}%` : `${bound(step - 1) + 1}–${bound(step)}%`}
          </li>
        ))}
      </ol>
    </figure>
  );
}
