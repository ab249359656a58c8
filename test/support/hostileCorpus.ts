// The hostile and careless requests of issue 21's review, each with the refusal it must get: sent by
// test/hostile.e2e.test.ts (which asserts each refusal and code) and by bench/hostile.ts (which measures how fast
// each is refused and what it costs everyone else). Tokens are ordinary ones of the roles named.
import { request as httpRequest } from 'node:http';
import type { SubgraphServiceName } from '../../scripts/samsynServices.js';
import type { TokenRequest } from '../../platform/auth/developmentIssuer.js';
import { avvikelseRapportInput } from '../../subgraphs/samverkan/testing/avvikelseRapportInput.js';

export type HostileTarget = 'gateway' | SubgraphServiceName | 'web';

export interface HostileRequest {
  name: string;
  /** The finding of issue 21 it belongs to (1–8). */
  finding: number;
  target: HostileTarget;
  /** Default `/graphql`. */
  path?: string;
  method?: 'GET' | 'POST';
  /** Who sends it; null sends no token. */
  caller: TokenRequest | null;
  headers?: Record<string, string>;
  /** The body as sent; built when sent, since some are large. */
  body: () => string;
  /** A gateway assertion of its own: one made with another key, or the gateway's own made for another body. */
  assertion?: 'forged' | 'for another body';
  /**
   * The refusal: HTTP status and the first error's code (and reason where the code has several). Sent without an
   * Accept header, the answer is application/json, where GraphQL over HTTP answers a refused GraphQL request 200
   * (the gateway does; a subgraph answers 400): only what is no GraphQL request at all, or not allowed, is 4xx.
   */
  expect: { status: number; code: string; reason?: string };
}

// ------------------------------------------------------------------------------------------------ callers

const goteborg = { huvudman: '1480', organisationHsaId: 'SE2120001480-E000000001000' } as const;
export const nosamGoteborg: TokenRequest = { ...goteborg, roles: ['nosam'], employeeHsaId: 'SE2120001480-P000000000701' };
export const sjukskoterskaGoteborg: TokenRequest = { ...goteborg, roles: ['vardpersonal'], employeeHsaId: 'SE2120001480-P000000000001' };
export const nosamRegionen: TokenRequest = { huvudman: 'VGR', organisationHsaId: 'SE2321000131-E000000000001', roles: ['nosam'], employeeHsaId: 'SE2321000131-P000000000701' };

const year = 365 * 24 * 3600;
const now = () => Math.floor(Date.now() / 1000);

// ------------------------------------------------------------------------------------------------ bodies

const json = (query: string, variables: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => JSON.stringify({ query, variables, ...extra });

/** `{ boende(id:…) { id boendeansvar { id boende { id … } } } }` with `levels` nested fields below boende. */
export function nestedBoendeansvar(levels: number): string {
  let open = '';
  for (let level = 0; level < levels; level += 1) open += level % 2 === 0 ? 'boendeansvar { id ' : 'boende { id ';
  return `{ boende(id: "boende-1480-0083") { id ${open}${'} '.repeat(levels)}} }`;
}

function aliases(count: number, selection = 'kommuner { kod }'): string {
  return `{ ${Array.from({ length: count }, (_, index) => `k${index}: ${selection}`).join(' ')} }`;
}

/** `kommun(kod: "1480") { naromraden { kommun { … } } }`: `pairs` hops from a kommun to its närområden and back. */
function naromradenFanOut(root: string, pairs: number): string {
  return `{ ${root} { ${'naromraden { kommun { '.repeat(pairs)}kod${' } }'.repeat(pairs)} } }`;
}

/** The region's patient pseudonyms of a närområde: an @inaccessible field, reached through _entities. */
const pseudonymsOfAngered = '{ _entities(representations: [{ __typename: "Naromrade", id: "1480-angered" }]) { ... on Naromrade { regionensPatientpseudonymer } } }';

const fragmentBomb = [
  'query Bomb { ...F0 }',
  ...Array.from({ length: 30 }, (_, index) => `fragment F${index} on Query { ...F${index + 1} ...F${index + 1} }`),
  'fragment F30 on Query { kommuner { kod } }',
].join('\n');

const rapportera = 'mutation ($input: RapporteraAvvikelseInput!) { rapporteraAvvikelse(input: $input) { redanRapporterad avvikelse { id } } }';
const rapport = (klientnyckel: string, beskrivning: string) => ({ input: avvikelseRapportInput(klientnyckel, beskrivning) });

const nul = '\u0000';

/** Each free-text field of the review with a NUL in it, in a request that is otherwise well-formed. */
const freeTextWithNul: { field: string; query: string; variables: Record<string, unknown> }[] = [
  { field: 'rapporteraAvvikelse.beskrivning', query: rapportera, variables: rapport('hostile-nul-0001', `Fel dos${nul}`) },
  {
    field: 'hanteraAvvikelse.kommentar',
    query: 'mutation ($input: HanteraAvvikelseInput!) { hanteraAvvikelse(input: $input) { avvikelse { id } } }',
    variables: { input: { avvikelseId: 'avvikelse-1', version: 1, handling: 'TA_EMOT', kommentar: `Mottagen${nul}` } },
  },
  ...(['behov', 'roll', 'tredjeParter'] as const).map((field) => ({
    field: `skapaSip.${field}`,
    query: 'mutation ($input: SkapaSipInput!) { skapaSip(input: $input) { sip { id } } }',
    variables: {
      input: {
        klientnyckel: 'hostile-sip-0001',
        patientId: '191212121212',
        naromradeId: '1480-angered',
        huvudansvar: '1480',
        behov: [field === 'behov' ? `Trygg hemgång${nul}` : 'Trygg hemgång'],
        insatser: [{ beskrivning: 'Hemsjukvård', huvudman: '1480', verksamhet: 'Hemsjukvården' }],
        tredjeParter: field === 'tredjeParter' ? [`Anhörig${nul}`] : [],
        deltagare: [{ roll: field === 'roll' ? `Sjuksköterska${nul}` : 'Sjuksköterska', huvudman: '1480' }],
        samtycke: true,
        samtyckeDatum: '2026-10-20',
        nastaUppfoljning: '2026-12-20',
      },
    },
  })),
  ...(['deltagare', 'beslut'] as const).map((field) => ({
    field: `registreraNosamMote.${field}`,
    query: 'mutation ($input: RegistreraNosamMoteInput!) { registreraNosamMote(input: $input) { id } }',
    variables: {
      input: {
        naromradeId: '1480-angered',
        datum: '2026-10-20',
        deltagare: [field === 'deltagare' ? `Vårdcentralen${nul}` : 'Vårdcentralen'],
        beslut: field === 'beslut' ? [{ beskrivning: `Rond varje vecka${nul}` }] : [],
      },
    },
  })),
  {
    field: 'faststallNaromradesplan.kontaktpersonNamn',
    query: 'mutation ($input: FaststallNaromradesplanInput!) { faststallNaromradesplan(input: $input) { id } }',
    variables: {
      input: {
        naromradeId: '1480-angered',
        giltigFran: '2026-12-01',
        faststalldDatum: '2026-11-20',
        boendeansvar: [
          {
            boendeId: 'boende-1480-0083',
            vardcentralHsaId: 'SE2321000131-E000000000001',
            lakareHsaId: 'SE2321000131-P000000000001',
            lakarmedverkanTimmarPerVecka: 2,
            rondfrekvens: 'VARJE_VECKA',
            kontaktpersonNamn: `Anna${nul}`,
            kontaktpersonTelefon: '031-123 45 67',
          },
        ],
      },
    },
  },
];

/** A nurse's role asked of the development login with these headers, as a page on another site would. */
function developmentLogin(name: string, headers: Record<string, string>, expect: HostileRequest['expect']): HostileRequest {
  const body = JSON.stringify({ roll: 'vardpersonal', huvudman: '1480' });
  return { name, finding: 8, target: 'web', path: '/api/utvecklingsinloggning', caller: null, headers, body: () => body, expect };
}

const personnummerBypasses = ['x191212121212', '19121212–1212', '1912.12.12-1212', '１９１２１２１２－１２１２'];

// ------------------------------------------------------------------------------------------------ the corpus

export const hostileCorpus: HostileRequest[] = [
  // 1. Planning cost: deep nesting.
  { name: '1,500 nested levels of boende.boendeansvar (24 KB)', finding: 1, target: 'gateway', caller: nosamGoteborg, body: () => json(nestedBoendeansvar(1500)), expect: { status: 200, code: 'QUERY_TOO_LARGE' } },
  { name: '1,000 nested levels of boende.boendeansvar', finding: 1, target: 'gateway', caller: nosamGoteborg, body: () => json(nestedBoendeansvar(1000)), expect: { status: 200, code: 'QUERY_TOO_LARGE' } },
  { name: '100 nested levels, within the token limit', finding: 1, target: 'gateway', caller: nosamGoteborg, body: () => json(nestedBoendeansvar(100)), expect: { status: 200, code: 'QUERY_TOO_DEEP' } },
  { name: '100 nested levels straight to kommun', finding: 1, target: 'kommun', caller: nosamGoteborg, body: () => json(`{ kommun(kod: "1480") { ${'boenden { kommun { '.repeat(50)}kod${' } }'.repeat(50)} } }`), expect: { status: 400, code: 'QUERY_TOO_DEEP' } },
  // 2. Amplification: aliases and list fan-out.
  { name: '10,000 aliases of kommuner { kod } (200 KB)', finding: 2, target: 'gateway', caller: nosamGoteborg, body: () => json(aliases(10_000)), expect: { status: 200, code: 'QUERY_TOO_LARGE' } },
  { name: '31 aliases of kommuner { kod }', finding: 2, target: 'gateway', caller: nosamGoteborg, body: () => json(aliases(31)), expect: { status: 200, code: 'QUERY_TOO_MANY_ALIASES' } },
  { name: '10,000 aliases straight to kommun', finding: 2, target: 'kommun', caller: nosamGoteborg, body: () => json(aliases(10_000)), expect: { status: 400, code: 'QUERY_TOO_LARGE' } },
  { name: 'kommun { naromraden { kommun … } } 12 levels (150 bytes)', finding: 2, target: 'gateway', caller: nosamGoteborg, body: () => json(naromradenFanOut('kommun(kod: "1480")', 5)), expect: { status: 200, code: 'QUERY_TOO_COMPLEX' } },
  { name: 'kommuner { naromraden { kommun … } } 12 levels', finding: 2, target: 'gateway', caller: nosamGoteborg, body: () => json(naromradenFanOut('kommuner', 5)), expect: { status: 200, code: 'QUERY_TOO_COMPLEX' } },
  { name: 'kommuner { naromraden { kommun … } } 20 levels', finding: 2, target: 'gateway', caller: nosamGoteborg, body: () => json(naromradenFanOut('kommuner', 9)), expect: { status: 200, code: 'QUERY_TOO_DEEP' } },
  { name: 'närområden fan-out straight to samverkan (12 levels)', finding: 2, target: 'samverkan', caller: nosamGoteborg, body: () => json(naromradenFanOut('vardsamverkansomraden', 5)), expect: { status: 400, code: 'QUERY_TOO_COMPLEX' } },
  { name: 'fragment bomb (2^30 selections, 30 fragments)', finding: 2, target: 'gateway', caller: nosamGoteborg, body: () => json(fragmentBomb), expect: { status: 200, code: 'QUERY_TOO_COMPLEX' } },
  {
    name: '21 directives',
    finding: 2,
    target: 'gateway',
    caller: nosamGoteborg,
    body: () => json(aliases(21, 'kommuner @include(if: true) { kod }')),
    expect: { status: 200, code: 'QUERY_TOO_MANY_DIRECTIVES' },
  },
  // 3. Side doors: a subgraph called directly.
  {
    name: 'vgr: the region’s patient pseudonyms of a närområde (_entities)',
    finding: 3,
    target: 'vgr',
    caller: nosamGoteborg,
    body: () => json(pseudonymsOfAngered),
    expect: { status: 403, code: 'FORBIDDEN', reason: 'GATEWAY_ONLY' },
  },
  {
    name: 'kommun: counting pseudonyms the caller supplies (@requires input)',
    finding: 3,
    target: 'kommun',
    caller: nosamGoteborg,
    body: () =>
      json('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Naromrade { antalPatienterMedInsatserFranBada { varde undertryckt } } } }', {
        r: [{ __typename: 'Naromrade', id: '1480-angered', regionensPatientpseudonymer: 'AAAAAAAAAAAAAAAAAAAAAA' }],
      }),
    expect: { status: 403, code: 'FORBIDDEN', reason: 'GATEWAY_ONLY' },
  },
  { name: 'samverkan: the SDL with its internal fields (_service)', finding: 3, target: 'samverkan', caller: nosamGoteborg, body: () => json('{ _service { sdl } }'), expect: { status: 403, code: 'FORBIDDEN', reason: 'GATEWAY_ONLY' } },
  {
    name: 'vgr: _entities with an assertion signed by another key',
    finding: 3,
    target: 'vgr',
    caller: nosamGoteborg,
    assertion: 'forged',
    body: () => json(pseudonymsOfAngered),
    expect: { status: 401, code: 'UNAUTHENTICATED', reason: 'GATEWAY_ASSERTION_INVALID' },
  },
  {
    name: 'vgr: the gateway’s assertion replayed with another body',
    finding: 3,
    target: 'vgr',
    caller: nosamGoteborg,
    assertion: 'for another body',
    body: () => json(pseudonymsOfAngered),
    expect: { status: 401, code: 'UNAUTHENTICATED', reason: 'GATEWAY_ASSERTION_MISMATCH' },
  },
  // 4. The access log: no route writes it.
  ...(['vgr', 'kommun', 'samverkan'] as const).map(
    (subgraph): HostileRequest => ({
      name: `${subgraph}: POST /atkomstlogg/upprepa`,
      finding: 4,
      target: subgraph,
      path: '/atkomstlogg/upprepa',
      caller: sjukskoterskaGoteborg,
      body: () => JSON.stringify({ fran: 'a-request', for: Array.from({ length: 1000 }, (_, index) => `invented-${index}`) }),
      expect: { status: 404, code: 'NOT_FOUND' },
    }),
  ),
  // 5. Personnummer in free text, disguised.
  ...personnummerBypasses.map(
    (bypass, index): HostileRequest => ({
      name: `personnummer disguised as "${bypass}" in an avvikelse`,
      finding: 5,
      target: 'gateway',
      caller: sjukskoterskaGoteborg,
      body: () => json(rapportera, rapport(`hostile-bypass-${index}`, `Gäller ${bypass}.`)),
      expect: { status: 200, code: 'BAD_USER_INPUT', reason: 'TEXT_CONTAINS_PERSONNUMMER' },
    }),
  ),
  // 6. Client mistakes.
  ...freeTextWithNul.map(
    ({ field, query, variables }): HostileRequest => ({
      name: `NUL in ${field}`,
      finding: 6,
      target: 'gateway',
      caller: sjukskoterskaGoteborg,
      body: () => json(query, variables),
      expect: { status: 200, code: 'BAD_USER_INPUT', reason: 'TEXT_CONTROL_CHARACTER' },
    }),
  ),
  { name: 'operationName not in the document', finding: 6, target: 'gateway', caller: nosamGoteborg, body: () => json('query A { kommuner { kod } }', {}, { operationName: 'B' }), expect: { status: 200, code: 'OPERATION_NOT_FOUND' } },
  { name: 'two operations without operationName', finding: 6, target: 'gateway', caller: nosamGoteborg, body: () => json('query A { kommuner { kod } } query B { kommuner { namn } }'), expect: { status: 200, code: 'OPERATION_NAME_REQUIRED' } },
  { name: 'a subscription', finding: 6, target: 'gateway', caller: nosamGoteborg, body: () => json('subscription { kommuner { kod } }'), expect: { status: 200, code: 'OPERATION_TYPE_NOT_SUPPORTED' } },
  {
    name: 'a persisted-query hash that does not match its query',
    finding: 6,
    target: 'gateway',
    caller: nosamGoteborg,
    body: () => json('{ kommuner { kod } }', {}, { extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
    expect: { status: 200, code: 'PERSISTED_QUERY_HASH_MISMATCH' },
  },
  { name: 'a body that is not JSON', finding: 6, target: 'gateway', caller: nosamGoteborg, body: () => '{ "query": ', expect: { status: 400, code: 'BAD_REQUEST' } },
  { name: 'a batch of operations', finding: 6, target: 'gateway', caller: nosamGoteborg, body: () => `[${json('{ kommuner { kod } }')}]`, expect: { status: 400, code: 'BAD_REQUEST' } },
  { name: 'a body over 1 MB', finding: 6, target: 'gateway', caller: nosamGoteborg, body: () => json('{ kommuner { kod } }', { padding: 'x'.repeat(1_100_000) }), expect: { status: 413, code: 'BAD_REQUEST' } },
  // 7. Tokens that live forever.
  { name: 'a token issued a year ahead', finding: 7, target: 'gateway', caller: { ...nosamGoteborg, issuedAt: now() + year, lifetimeSeconds: 3600 }, body: () => json('{ kommuner { kod } }'), expect: { status: 401, code: 'UNAUTHENTICATED', reason: 'TOKEN_ISSUED_IN_FUTURE' } },
  { name: 'a token valid until the year 9999', finding: 7, target: 'gateway', caller: { ...nosamGoteborg, lifetimeSeconds: 253_402_300_799 - now() }, body: () => json('{ kommuner { kod } }'), expect: { status: 401, code: 'UNAUTHENTICATED', reason: 'TOKEN_LIFETIME_TOO_LONG' } },
  // 8. The development login driven cross-site.
  developmentLogin('development login: a cross-site text/plain POST', { 'content-type': 'text/plain', origin: 'http://evil.example' }, { status: 403, code: 'FORBIDDEN' }),
  developmentLogin('development login: JSON from another origin', { 'content-type': 'application/json', origin: 'http://evil.example' }, { status: 403, code: 'FORBIDDEN' }),
  developmentLogin(
    'web server under a rebound name (Host: evil.example)',
    { 'content-type': 'application/json', host: 'evil.example', origin: 'http://evil.example' },
    { status: 421, code: 'HOST_NOT_ALLOWED' },
  ),
];

// ------------------------------------------------------------------------------------------------ sending

export interface HostileEnvironment {
  url(target: HostileTarget, path: string): string;
  token(caller: TokenRequest): Promise<string>;
  /** Headers the gateway would add for `subgraph` over `body` (its request id and assertion). */
  gatewayHeaders(subgraph: SubgraphServiceName, body: string, headers: Record<string, string>): Promise<Record<string, string>>;
  /** An assertion for `subgraph` signed with a key no service trusts. */
  forgedAssertion(subgraph: SubgraphServiceName): Promise<string>;
}

export interface HostileAnswer {
  status: number;
  code: string | undefined;
  reason: string | undefined;
  /** From the first byte sent to the last received. */
  milliseconds: number;
  body: string;
}

/** Sends one request exactly as given (over node:http, so that Host and every header go as written). */
export async function sendHostile(request: HostileRequest, environment: HostileEnvironment): Promise<HostileAnswer> {
  const path = request.path ?? '/graphql';
  const body = request.body();
  const headers: Record<string, string> = { 'content-type': 'application/json', ...request.headers };
  if (request.caller) headers['authorization'] = `Bearer ${await environment.token(request.caller)}`;
  if (request.assertion && request.target !== 'gateway' && request.target !== 'web') {
    if (request.assertion === 'forged') {
      headers['samsyn-gateway-assertion'] = await environment.forgedAssertion(request.target);
    } else {
      Object.assign(headers, await environment.gatewayHeaders(request.target, json('{ kommuner { kod } }'), headers));
    }
  }
  const url = new URL(environment.url(request.target, path));
  const started = performance.now();
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const outgoing = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname, method: request.method ?? 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        incoming.on('error', reject);
      },
    );
    outgoing.setTimeout(60_000, () => outgoing.destroy(new Error('no answer within 60 s')));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
  const milliseconds = performance.now() - started;
  let first: { extensions?: Record<string, unknown> } | undefined;
  try {
    first = (JSON.parse(answer.body) as { errors?: { extensions?: Record<string, unknown> }[] }).errors?.[0];
  } catch {
    first = undefined;
  }
  const code = first?.extensions?.['code'];
  const reason = first?.extensions?.['reason'];
  return { status: answer.status, code: typeof code === 'string' ? code : undefined, reason: typeof reason === 'string' ? reason : undefined, milliseconds, body: answer.body };
}
