import { TREND_HEIGHT, TREND_WIDTH, trendGeometry, type TrendPoint } from './trend-geometry';

const point = (value: number, meetsTarget = false): TrendPoint => ({
  label: `p${value}`,
  value,
  text: String(value),
  meetsTarget,
});

describe('trendGeometry', () => {
  it('spreads the periods across the width, oldest first, and keeps zero and the target on the scale', () => {
    const geometry = trendGeometry([point(50), point(75), point(100, true)], 90);
    expect(geometry.dots.map((dot) => dot.x)).toEqual([8, 120, 232]);
    // Zero sits on the bottom padding, the largest value (100, above the target) on the top one.
    expect(geometry.dots[2].y).toBe(8);
    expect(geometry.dots[0].y).toBe(36);
    expect(geometry.targetY).toBe(13.6);
    expect(geometry.line).toBe('8,36 120,22 232,8');
    expect(geometry.dots.map((dot) => dot.meetsTarget)).toEqual([false, false, true]);
  });

  it('centres a single reading, and stays inside the box when every value is zero', () => {
    const single = trendGeometry([point(0)], null);
    expect(single.dots).toEqual([{ x: TREND_WIDTH / 2, y: TREND_HEIGHT - 8, meetsTarget: false }]);
    expect(single.targetY).toBeNull();
  });

  it('takes values below zero', () => {
    const geometry = trendGeometry([point(-10), point(10)], 0);
    expect(geometry.dots[0].y).toBe(TREND_HEIGHT - 8);
    expect(geometry.dots[1].y).toBe(8);
    expect(geometry.targetY).toBe(TREND_HEIGHT / 2);
  });
});
