import { z } from "zod";

/** At most `points` attempts in `seconds`; the next one is refused for `seconds` more. */
export interface LimitSetting {
  points: number;
  seconds: number;
}

const UNIT_SECONDS = { s: 1, m: 60, h: 3600 } as const;
const SHAPE = /^(\d+)\s*\/\s*(\d+)\s*([smh])$/;

/**
 * A limit as an operator writes it in the environment: "10/15m" is 10 in 15 minutes
 * (s seconds, m minutes, h hours). `fallback` is the production default.
 */
export const limitSetting = (fallback: string) =>
  z
    .string()
    .trim()
    .regex(SHAPE, 'must look like "10/15m": a count, a slash and a time in s, m or h')
    .default(fallback)
    .transform((value, context): LimitSetting => {
      const [, points = "0", amount = "0", unit = "s"] = SHAPE.exec(value) ?? [];
      const setting = { points: Number(points), seconds: Number(amount) * UNIT_SECONDS[unit as keyof typeof UNIT_SECONDS] };
      if (setting.points < 1 || setting.seconds < 1) context.addIssue({ code: "custom", message: "the count and the time must both be at least 1" });
      return setting;
    });
