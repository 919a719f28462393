/** One period of a measured series. */
export interface TrendPoint {
  /** The period as the reader's language writes it. */
  readonly label: string;
  readonly value: number;
  /** The value as the reader's language writes it. */
  readonly text: string;
  readonly meetsTarget: boolean;
}

export interface TrendGeometry {
  /** `x,y` pairs for an SVG polyline, oldest first. */
  readonly line: string;
  readonly dots: readonly { readonly x: number; readonly y: number; readonly meetsTarget: boolean }[];
  /** Height of the target line, or null without a target. */
  readonly targetY: number | null;
}

export const TREND_WIDTH = 240;
export const TREND_HEIGHT = 72;
const PAD = 8;

/**
 * Where the points of a series fall in a TREND_WIDTH × TREND_HEIGHT box: evenly spaced periods, values
 * on a scale that always holds the target and zero, so a small change does not look like a large one.
 */
export function trendGeometry(points: readonly TrendPoint[], target: number | null): TrendGeometry {
  const values = points.map((point) => point.value);
  const low = Math.min(0, ...values, ...(target === null ? [] : [target]));
  const high = Math.max(low + 1, ...values, ...(target === null ? [] : [target]));
  const y = (value: number) => TREND_HEIGHT - PAD - ((value - low) / (high - low)) * (TREND_HEIGHT - 2 * PAD);
  const step = points.length > 1 ? (TREND_WIDTH - 2 * PAD) / (points.length - 1) : 0;
  const x = (index: number) => (points.length > 1 ? PAD + index * step : TREND_WIDTH / 2);
  const dots = points.map((point, index) => ({
    x: round(x(index)),
    y: round(y(point.value)),
    meetsTarget: point.meetsTarget,
  }));
  return {
    line: dots.map((dot) => `${dot.x},${dot.y}`).join(' '),
    dots,
    targetY: target === null ? null : round(y(target)),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
