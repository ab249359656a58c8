// The benchmark's workloads, in report order.
import type { Workload } from '../types.js';
import { avvikelseanalysWorkload } from './avvikelseanalys.js';
import { nosamWorkload } from './nosam.js';
import { patientbildWorkload } from './patientbild.js';
import { patientsidaWorkload } from './patientsida.js';
import { skrivmixWorkload } from './skrivmix.js';

export const workloads: Workload[] = [patientbildWorkload, nosamWorkload, patientsidaWorkload, avvikelseanalysWorkload, skrivmixWorkload];
