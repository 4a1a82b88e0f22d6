import { converter, type Color, type Rgb } from "culori";

export type VisionKind = "normal" | "protanopia" | "deuteranopia" | "tritanopia";

/**
 * Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of
 * Color Vision Deficiency", the severity-1.0 matrices, row-major. They act on linear RGB;
 * culori's own filterDeficiency* applies them to gamma-encoded sRGB, which is why they are
 * written out here.
 */
const MACHADO_2009: Record<Exclude<VisionKind, "normal">, readonly number[]> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

const toLinear = converter("lrgb");
const toRgb = converter("rgb");
const unit = (x: number) => Math.min(1, Math.max(0, x));

/** The colour as a reader with this kind of vision sees it (as sRGB). */
export function simulateVision(kind: VisionKind, colour: Color | string): Rgb {
  if (kind === "normal") return toRgb(colour)!;
  const m = MACHADO_2009[kind];
  const { r, g, b } = toLinear(colour)!;
  return toRgb({
    mode: "lrgb",
    r: unit(m[0]! * r + m[1]! * g + m[2]! * b),
    g: unit(m[3]! * r + m[4]! * g + m[5]! * b),
    b: unit(m[6]! * r + m[7]! * g + m[8]! * b),
  });
}

export const VISION_KINDS: readonly VisionKind[] = ["normal", "protanopia", "deuteranopia", "tritanopia"];
