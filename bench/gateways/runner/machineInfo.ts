// What the report says about the machine and the code measured.
import { execFileSync } from 'node:child_process';
import { cpus, release } from 'node:os';
import { projectRoot } from '../../../scripts/serviceProcess.js';
import type { MachineInfo } from './benchReport.js';

export function describeMachine(postgresVersion: string): MachineInfo {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    nodeVersion: process.version,
    kernel: release(),
    postgresVersion,
    commit: gitCommit(),
  };
}

function gitCommit(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim();
    const commit = git('rev-parse', '--short', 'HEAD');
    return git('status', '--porcelain') ? `${commit} + uncommitted changes` : commit;
  } catch {
    return 'unknown (no git)';
  }
}
