// Collects the patient-level reads and writes of one request and writes them
// to the access log as one row per patient, data-holding huvudman, action and
// outcome — however many fields of that patient the request touched — under
// each client request it answered (one, unless the gateway sent identical
// requests as one: gateway/coalescedFetches.ts).
import type { Kysely } from 'kysely';
import type { Atkomstgrund } from '../../../platform/auth/atkomstgrund.js';
import type { Identity } from '../../../platform/auth/Identity.js';
import type { PatientAccessDecision } from '../../../platform/auth/patientAccess.js';
import { atkomstloggIdentity } from './atkomstloggIdentity.js';
import type { AtkomstloggTable } from './atkomstloggTable.js';
import { writeAtkomstloggRows } from './atkomstloggWriter.js';

export type Atgard = 'LASNING' | 'SKRIVNING';

export interface AtkomstloggEvent {
  patientId: string;
  dataHuvudman: string;
  /** The information category touched, e.g. `listning`, `hemsjukvard`, `sip`. */
  kategori: string;
  atgard: Atgard;
  decision: PatientAccessDecision;
}

export interface AtkomstloggRequest {
  /** The gateway's ids of the client requests this request answered; each gets the rows. */
  requestIds: readonly string[];
  identity: Identity;
  atkomstgrund: Atkomstgrund | null;
}

type PendingRow = Omit<AtkomstloggTable, 'lopnummer' | 'tid' | 'foregaende_hash' | 'hash' | 'informationskategorier' | 'operation' | 'request_id'> & {
  kategorier: Set<string>;
};

export class AtkomstloggRecorder {
  private readonly pending = new Map<string, PendingRow>();
  /** Set once the operation is known (by the access-log plugin). */
  operationName: string | null = null;

  constructor(private readonly request: AtkomstloggRequest) {}

  record(event: AtkomstloggEvent): void {
    const { decision } = event;
    const key = [event.patientId, event.dataHuvudman, event.atgard, decision.resultat, decision.grund ?? ''].join('|');
    const existing = this.pending.get(key);
    if (existing) {
      existing.kategorier.add(event.kategori);
      return;
    }
    const { identity, atkomstgrund } = this.request;
    this.pending.set(key, {
      ...atkomstloggIdentity(identity),
      patient: event.patientId,
      data_huvudman: event.dataHuvudman,
      kategorier: new Set([event.kategori]),
      atgard: event.atgard,
      grund: decision.grund,
      nodatkomst_anledning: decision.grund === 'NODATKOMST' && atkomstgrund?.typ === 'NODATKOMST' ? atkomstgrund.anledning : null,
      resultat: decision.resultat,
      granskas_sarskilt: decision.resultat === 'TILLATEN' && decision.granskasSarskilt,
    });
  }

  get size(): number {
    return this.pending.size;
  }

  /** Writes what was recorded (in one statement, with other requests' rows when they finish at the same time) and forgets it. */
  async flush(db: Kysely<any>): Promise<number> {
    if (this.pending.size === 0) return 0;
    const rows = this.request.requestIds.flatMap((requestId) =>
      [...this.pending.values()].map(({ kategorier, ...row }) => ({
        request_id: requestId,
        ...row,
        operation: this.operationName,
        informationskategorier: [...kategorier].sort().join(','),
      })),
    );
    this.pending.clear();
    await writeAtkomstloggRows(db, rows);
    return rows.length;
  }
}
