import { describe, expect, it } from 'vitest';
import { axelskala } from './axelskala.js';

describe('axelskala', () => {
  it('rounds the top up to a round step', () => {
    expect(axelskala(100)).toEqual({ max: 100, steg: 20, markeringar: [0, 20, 40, 60, 80, 100] });
    expect(axelskala(73)).toEqual({ max: 80, steg: 20, markeringar: [0, 20, 40, 60, 80] });
    expect(axelskala(1505).markeringar).toEqual([0, 500, 1000, 1500, 2000]);
  });

  it('never uses steps below one avvikelse', () => {
    expect(axelskala(4)).toEqual({ max: 4, steg: 1, markeringar: [0, 1, 2, 3, 4] });
  });

  it('draws an axis for an all-zero chart', () => {
    expect(axelskala(0)).toEqual({ max: 1, steg: 1, markeringar: [0, 1] });
  });

  it('makes the steps round for days too', () => {
    expect(axelskala(75.2, 4)).toEqual({ max: 80, steg: 20, markeringar: [0, 20, 40, 60, 80] });
  });
});
