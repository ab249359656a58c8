import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../platform/config/environment.js';
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
    expect(suppressionThresholdFromEnvironment({ SAMSYN_MIN_ANTAL: '' })).toBe(5);
  });

  it('refuses a threshold that is not a whole number from 1 to 1000, naming the variable', () => {
    for (const raw of ['x', '0', '2.5', '-3', '1001']) {
      expect(() => suppressionThresholdFromEnvironment({ SAMSYN_MIN_ANTAL: raw })).toThrow(ConfigurationError);
      expect(() => suppressionThresholdFromEnvironment({ SAMSYN_MIN_ANTAL: raw })).toThrow(`SAMSYN_MIN_ANTAL must be a whole number from 1 to 1000, got "${raw}"`);
    }
  });
});
