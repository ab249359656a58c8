import { describe, expect, it } from 'vitest';
import { suppressionThresholdFromEnvironment, suppressSmallCount } from './suppressSmallCount.js';

describe('suppressSmallCount', () => {
  it('withholds counts from 1 to threshold−1 and shows the rest exactly', () => {
    expect(suppressSmallCount(0, 5)).toEqual({ varde: 0, undertryckt: false });
    expect(suppressSmallCount(1, 5)).toEqual({ varde: null, undertryckt: true });
    expect(suppressSmallCount(4, 5)).toEqual({ varde: null, undertryckt: true });
    expect(suppressSmallCount(5, 5)).toEqual({ varde: 5, undertryckt: false });
    expect(suppressSmallCount(9, 10)).toEqual({ varde: null, undertryckt: true });
  });

  it('reads the threshold from SAMSYN_MIN_ANTAL, default 5', () => {
    expect(suppressionThresholdFromEnvironment({})).toBe(5);
    expect(suppressionThresholdFromEnvironment({ SAMSYN_MIN_ANTAL: '10' })).toBe(10);
    expect(() => suppressionThresholdFromEnvironment({ SAMSYN_MIN_ANTAL: 'x' })).toThrow();
  });
});
