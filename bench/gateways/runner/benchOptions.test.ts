import { describe, expect, it } from 'vitest';
import { parseBenchOptions } from './benchOptions.js';

const known = ['patientbild', 'nosam', 'patientsida', 'avvikelseanalys', 'skrivmix'];

describe('parseBenchOptions', () => {
  it('defaults to 3 rounds of 10 s after 3 s warm-up over everything', () => {
    expect(parseBenchOptions([], known)).toEqual({
      rounds: 3, durationSeconds: 10, warmupSeconds: 3, workloads: known, gateways: ['A', 'B', 'C', 'D'],
      reuse: false, keep: false, quick: false, paced: true, checkEvery: 1, ablation: [], quietTimeoutSeconds: 180, help: false,
    });
  });

  it('reads every option, also as --name=value, and keeps gateways in the order A, B, C, D', () => {
    const options = parseBenchOptions(
      ['--rounds', '5', '--duration=20', '--warmup', '0', '--workloads', 'nosam,patientbild', '--gateways', 'c,A', '--reuse', '--keep', '--no-paced', '--check-every', '10', '--quiet-timeout', '60'],
      known,
    );
    expect(options).toMatchObject({
      rounds: 5, durationSeconds: 20, warmupSeconds: 0, workloads: ['nosam', 'patientbild'], gateways: ['A', 'C'],
      reuse: true, keep: true, paced: false, checkEvery: 10, quietTimeoutSeconds: 60,
    });
  });

  it('adds an ablation of A and B without paced runs: every optimisation, or those named', () => {
    const all = parseBenchOptions(['--ablation'], known);
    expect(all).toMatchObject({ gateways: ['A', 'B'], paced: false });
    expect(all.ablation).toContain('read-combiner');
    expect(all.ablation).toContain('coalesced-fetches');
    expect(parseBenchOptions(['--ablation=fetch-batching,read-combiner', '--gateways', 'A,B,D'], known)).toMatchObject({
      ablation: ['fetch-batching', 'read-combiner'],
      gateways: ['A', 'B', 'D'],
    });
    expect(() => parseBenchOptions(['--ablation=turbo'], known)).toThrow(/Unknown optimisation turbo; known: undici-pool/);
    expect(() => parseBenchOptions(['--ablation', '--gateways', 'B'], known)).toThrow(/needs gateway A/);
  });

  it('makes --quick one round of 3 s with 1 s warm-up unless the warm-up is given', () => {
    expect(parseBenchOptions(['--quick'], known)).toMatchObject({ quick: true, rounds: 1, durationSeconds: 3, warmupSeconds: 1, paced: true });
    expect(parseBenchOptions(['--quick', '--no-paced'], known)).toMatchObject({ quick: true, paced: false });
    expect(parseBenchOptions(['--quick', '--warmup', '2'], known)).toMatchObject({ warmupSeconds: 2 });
  });

  it('refuses fewer than 3 rounds, unknown names and bad numbers', () => {
    expect(() => parseBenchOptions(['--rounds', '2'], known)).toThrow('at least 3');
    expect(() => parseBenchOptions(['--workloads', 'nosam,x'], known)).toThrow('Unknown workload x');
    expect(() => parseBenchOptions(['--gateways', 'E'], known)).toThrow('Unknown gateway E');
    expect(() => parseBenchOptions(['--duration', '1.5'], known)).toThrow('whole number');
    expect(() => parseBenchOptions(['--duration'], known)).toThrow('needs a value');
    expect(() => parseBenchOptions(['--fast'], known)).toThrow('Unknown option --fast');
  });
});
