/** Pure agreement metrics, span scoring and the class comparison: no I/O, no React, no Prisma. */
export { cohenKappa } from "./cohen-kappa";
export { fleissKappa } from "./fleiss-kappa";
export { krippendorffAlpha, type MeasurementLevel } from "./krippendorff-alpha";
export { unitizingAlpha, type UnitizingAlpha, type UnitizingInput } from "./unitizing-alpha";
export { spanScores, type Span, type SpanScores } from "./span-scores";
export { segment, type ReaderSpan, type Segment } from "./segment";
export { findConsensus, type ConsensusSpan } from "./consensus";
export { findHotspots, type Hotspot } from "./hotspots";
export { disagreementScore } from "./disagreement";
export { splitSentences, type TextRange } from "./sentences";
export { sentenceFleissKappa } from "./sentence-fleiss-kappa";
export { readAgreement, explainAgreement, type AgreementReading } from "./agreement-reading";
export { keyDifferences, type KeyedSpan } from "./key-differences";
export { heatLevel, HEAT_LEVELS } from "./heat-level";
export { compareReadings, type Comparison, type CompareInput, type Reading } from "./compare-readings";
