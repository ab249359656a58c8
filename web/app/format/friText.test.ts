import { describe, expect, it } from 'vitest';
import { containsPersonnummer } from './friText.js';

describe('containsPersonnummer in the browser', () => {
  it('finds the numbers the server refuses, and leaves dates and phone numbers alone', () => {
    expect(containsPersonnummer('Patienten 19121212-1212 fick fel dos.')).toBe(true);
    expect(containsPersonnummer('Utskriven 2026-11-23 kl 14.30, ring 031-123 45 67.')).toBe(false);
  });
});
