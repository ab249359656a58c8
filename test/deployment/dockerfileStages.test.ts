import { describe, expect, it } from 'vitest';
import { dockerfileStages, enginesMajor, nodeImageMajor } from './dockerfileStages.js';

describe('dockerfileStages', () => {
  it('splits a Dockerfile into its stages and instructions, joining continued lines', () => {
    const stages = dockerfileStages(['# syntax=docker/dockerfile:1', 'FROM node:26-slim AS build', 'RUN npm ci \\', '  --omit=dev', '', 'FROM node:26-slim', 'USER 1000'].join('\n'));
    expect(stages).toEqual([
      { image: 'node:26-slim', name: 'build', instructions: [{ keyword: 'RUN', arguments: 'npm ci --omit=dev' }] },
      { image: 'node:26-slim', instructions: [{ keyword: 'USER', arguments: '1000' }] },
    ]);
  });

  it('refuses an instruction before the first FROM', () => {
    expect(() => dockerfileStages('RUN true\nFROM node:26')).toThrow(/before the first FROM/);
  });
});

describe('nodeImageMajor', () => {
  it('reads the major of official node images only', () => {
    expect(nodeImageMajor('node:26-bookworm-slim')).toBe(26);
    expect(nodeImageMajor('node:26.10.0-bookworm-slim')).toBe(26);
    expect(nodeImageMajor('docker.io/library/node:26')).toBe(26);
    expect(nodeImageMajor('node:lts-slim')).toBeUndefined();
    expect(nodeImageMajor('postgres:15')).toBeUndefined();
  });
});

describe('enginesMajor', () => {
  it('gives the major a range pinned to one major admits', () => {
    expect(enginesMajor('>=26.10.0 <27')).toBe(26);
    expect(enginesMajor('>=26.10.0 <27.0.0')).toBe(26);
  });

  it('gives none for a range spanning majors or open above', () => {
    expect(enginesMajor('>=20 <27')).toBeUndefined();
    expect(enginesMajor('>=26.10.0')).toBeUndefined();
  });
});
