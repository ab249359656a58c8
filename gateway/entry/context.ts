// The entry subgraph runs inside the gateway process and sees the gateway's
// request context: the verified identity decides who may open a patient.
import type { Identity } from '../../platform/auth/Identity.js';

export interface EntryContext {
  identity: Identity;
}
