// Reading the access log back: the granskare's view of one huvudman's log
// (filter by patient, user, period and ground; nödåtkomst first, newest
// first), and the patient's extract of who read their data and when.
import { sql, type Kysely } from 'kysely';
import { badUserInput } from '../../../platform/errors/samsynError.js';
import { parsePatientId } from '../../../platform/identifiers/patientId.js';
import { decodeCursor, encodeCursor, parsePageSize } from '../pagination/cursor.js';
import { parseIsoDate } from '../../../platform/scalars/isoDate.js';
import type { AtkomstloggDatabase, AtkomstloggTable } from './atkomstloggTable.js';

export interface AtkomstloggFilterInput {
  patientId?: string | null;
  anvandare?: string | null;
  fran?: string | null;
  till?: string | null;
  grund?: AtkomstloggTable['grund'] | null;
}

export interface Atkomstloggpost {
  lopnummer: number;
  tid: string;
  requestId: string;
  operation: string | null;
  anvandare: string;
  organisationHsaId: string;
  anvandarensHuvudman: string;
  roller: string[];
  patientId: string;
  dataHuvudman: string;
  informationskategorier: string[];
  atgard: AtkomstloggTable['atgard'];
  grund: AtkomstloggTable['grund'];
  nodatkomstAnledning: string | null;
  resultat: AtkomstloggTable['resultat'];
  granskasSarskilt: boolean;
}

export interface AtkomstloggPage {
  edges: { cursor: string; node: Atkomstloggpost }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Which rows a reader may see: the reads of one huvudman's data, or all (the patient extract service). */
export type AtkomstloggScope = { dataHuvudman: string } | { all: true };

export async function listAtkomstlogg(
  db: Kysely<any>,
  scope: AtkomstloggScope,
  filter: AtkomstloggFilterInput | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<AtkomstloggPage> {
  const size = parsePageSize(first);
  const valid = validateFilter(filter ?? {});
  const cursor = after ? decodeCursor(after, ['number', 'number']) : null;
  let query = (db as Kysely<AtkomstloggDatabase>).selectFrom('atkomstlogg').selectAll();
  if ('dataHuvudman' in scope) query = query.where('data_huvudman', '=', scope.dataHuvudman);
  if (valid.patientId) query = query.where('patient', '=', valid.patientId);
  if (valid.anvandare) query = query.where('anvandare', '=', valid.anvandare);
  if (valid.grund) query = query.where('grund', '=', valid.grund);
  // Periods are calendar days in Sweden.
  if (valid.fran) query = query.where(sql<boolean>`(tid AT TIME ZONE 'Europe/Stockholm')::date >= ${valid.fran}::date`);
  if (valid.till) query = query.where(sql<boolean>`(tid AT TIME ZONE 'Europe/Stockholm')::date <= ${valid.till}::date`);
  if (cursor) {
    const [flag, lopnummer] = cursor as [number, number];
    query = query.where(sql<boolean>`(granskas_sarskilt::int, lopnummer) < (${flag}, ${lopnummer})`);
  }
  const rows = await query.orderBy('granskas_sarskilt', 'desc').orderBy('lopnummer', 'desc').limit(size + 1).execute();
  const page = rows.slice(0, size).map(toPost);
  const edges = page.map((node) => ({ cursor: encodeCursor([node.granskasSarskilt ? 1 : 0, node.lopnummer]), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}

export interface Lasning {
  tid: string;
  organisationHsaId: string;
  huvudman: string;
  informationskategorier: string[];
}

/** For each patient, the reads of their data that were let through, newest first: unit, huvudman and time. */
export async function patientReads(db: Kysely<any>, patientIds: readonly string[], scope: AtkomstloggScope): Promise<Map<string, Lasning[]>> {
  let query = (db as Kysely<AtkomstloggDatabase>)
    .selectFrom('atkomstlogg')
    .select(['patient', 'tid', 'organisation_hsa_id', 'anvandarens_huvudman', 'informationskategorier'])
    .where('patient', '=', sql<string>`ANY(${[...patientIds]})`)
    .where('resultat', '=', 'TILLATEN')
    .where('atgard', '=', 'LASNING');
  if ('dataHuvudman' in scope) query = query.where('data_huvudman', '=', scope.dataHuvudman);
  const rows = await query.orderBy('lopnummer', 'desc').execute();
  const byPatient = new Map<string, Lasning[]>(patientIds.map((id) => [id, []]));
  for (const row of rows) {
    byPatient.get(row.patient)?.push({
      tid: row.tid,
      organisationHsaId: row.organisation_hsa_id,
      huvudman: row.anvandarens_huvudman,
      informationskategorier: row.informationskategorier.split(','),
    });
  }
  return byPatient;
}

function validateFilter(filter: AtkomstloggFilterInput): AtkomstloggFilterInput {
  const valid: AtkomstloggFilterInput = { ...filter };
  if (filter.patientId) valid.patientId = parsePatientId(filter.patientId, 'filter.patientId');
  if (filter.fran) parseIsoDate(filter.fran, 'filter.fran');
  if (filter.till) parseIsoDate(filter.till, 'filter.till');
  if (filter.fran && filter.till && filter.fran > filter.till) {
    throw badUserInput('DATE_RANGE_INVALID', 'filter.till', '"filter.till" must be on or after "filter.fran".');
  }
  return valid;
}

function toPost(row: Record<string, any>): Atkomstloggpost {
  return {
    lopnummer: Number(row['lopnummer']),
    tid: row['tid'],
    requestId: row['request_id'],
    operation: row['operation'],
    anvandare: row['anvandare'],
    organisationHsaId: row['organisation_hsa_id'],
    anvandarensHuvudman: row['anvandarens_huvudman'],
    roller: String(row['roller']).split(','),
    patientId: row['patient'],
    dataHuvudman: row['data_huvudman'],
    informationskategorier: String(row['informationskategorier']).split(','),
    atgard: row['atgard'],
    grund: row['grund'],
    nodatkomstAnledning: row['nodatkomst_anledning'],
    resultat: row['resultat'],
    granskasSarskilt: row['granskas_sarskilt'],
  };
}
