// The queries Samsyn ships — every query of the web application, as its views send them, and the README's
// numbered examples — with who sends each and with what variables, as the seeded world makes them meaningful.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import type { TokenRequest } from '../../platform/auth/developmentIssuer.js';
import { fragmentsUnder, graphqlFiles, operationDocument } from './operationDocument.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const demoPatient = '191212121212';
export const naromradeId = '1480-angered';
// An avvikelse of the seeded world (the same on every start).
const seededAvvikelse = 'avv-000094';
// A närområde whose plan was revised in the seeded world (version 1 against 2, the one in force).
const revisedNaromradeId = '1480-ostra-goteborg';

export type ShippedUser = 'vardpersonal' | 'nosam' | 'analytiker' | 'granskareRegion' | 'granskareKommun' | 'loggutdragsklient';

export interface ShippedQuery {
  view: string;
  /** The operation's name, or `README example <n>`. */
  operation: string;
  user: ShippedUser;
  variables?: Record<string, unknown>;
  /** An access log: every read anywhere adds rows, so its answers are compared by shape (no error, every part there), not value. */
  growing?: true;
}

export const shippedUsers: Record<ShippedUser, Partial<TokenRequest>> = {
  // Göteborg's own staff, with samtycke attested, see the kommun's list and the region's data alike.
  vardpersonal: { huvudman: '1480', organisationHsaId: 'SE2120001480-E000000001000', employeeHsaId: 'SE2120001480-P000000000001' },
  nosam: { huvudman: '1480', organisationHsaId: 'SE2120001480-E000000001000', employeeHsaId: 'SE2120001480-P000000000002', roles: ['nosam'] },
  analytiker: { roles: ['analytiker'] },
  granskareRegion: { roles: ['granskare'], employeeHsaId: 'SE2321000131-P000000000003' },
  granskareKommun: { roles: ['granskare'], huvudman: '1480', organisationHsaId: 'SE2120001480-E000000001000', employeeHsaId: 'SE2120001480-P000000000003' },
  // The page is the granskare's, who sees only its own huvudman's part; a client with loggutdrag:read sees every part whole.
  loggutdragsklient: { roles: ['system'], scopes: ['loggutdrag:read'], employeeHsaId: undefined, subject: 'samsyn-test-loggutdrag' },
};

/** The web application's queries and README examples 1 and 2 (3 has a mutation beside its query; 4 asks three services' roots at once). */
export const shippedQueries: ShippedQuery[] = [
  { view: 'patientbild', operation: 'PatientPatientbild', user: 'vardpersonal', variables: { id: demoPatient } },
  { view: 'närområde (NOSAM), picker', operation: 'NaromradeValjare', user: 'nosam' },
  // The kommuner's names are the kommun service's root field; the picker shows kommunkoder without them.
  { view: 'närområde (NOSAM), picker', operation: 'NaromradeValjareKommunnamn', user: 'nosam' },
  { view: 'närområde (NOSAM), plan', operation: 'NaromradeVyPlan', user: 'nosam', variables: { id: naromradeId } },
  { view: 'närområde (NOSAM), kommun', operation: 'NaromradeVyKommun', user: 'nosam', variables: { kommunkod: '1480' } },
  // The teams are the region's root field.
  { view: 'närområde (NOSAM), team', operation: 'NaromradeVyTeam', user: 'nosam' },
  { view: 'närområde (NOSAM), avvikelser', operation: 'NaromradeVyAvvikelser', user: 'nosam', variables: { id: naromradeId, analysFran: '2025-01-01', analysTill: '2026-12-31' } },
  { view: 'närområde (NOSAM), SIP count', operation: 'NaromradeVySip', user: 'nosam', variables: { id: naromradeId } },
  { view: 'närområde (NOSAM), plan history', operation: 'NaromradePlanhistorik', user: 'nosam', variables: { id: naromradeId } },
  { view: 'närområde (NOSAM), plan difference', operation: 'NaromradePlanskillnad', user: 'nosam', variables: { id: revisedNaromradeId, fran: 1 } },
  { view: 'SIP-luckor', operation: 'SipLuckorArbetslista', user: 'vardpersonal', variables: { id: naromradeId } },
  {
    view: 'SIP-luckor, heading',
    operation: 'SipLuckorNaromrade',
    user: 'vardpersonal',
    variables: { id: naromradeId, kommunkod: '1480' },
  },
  { view: 'avvikelser', operation: 'AvvikelserOmraden', user: 'analytiker' },
  { view: 'avvikelser', operation: 'AvvikelserAnalys', user: 'analytiker', variables: { niva: 'LANSGEMENSAM', fran: '2026-01-01', till: '2026-12-31' } },
  // The breakdowns are samverkan's; the vårdcentralernas names for the units, the region's.
  {
    view: 'avvikelser',
    operation: 'AvvikelserFordelning',
    user: 'analytiker',
    variables: { niva: 'LANSGEMENSAM', fran: '2026-01-01', till: '2026-12-31' },
  },
  { view: 'avvikelser', operation: 'AvvikelserJamforelse', user: 'analytiker', variables: { niva: 'DELREGIONAL', omradeId: 'goteborgsomradet', fran: '2026-01-01', till: '2026-06-30' } },
  // The population is the kommun's reference data; which vårdsamverkansområde a kommun is in, samverkan's.
  {
    view: 'avvikelser',
    operation: 'AvvikelserBefolkning',
    user: 'analytiker',
  },
  {
    view: 'API-utforskare',
    operation: 'ExempelAvvikelseanalys',
    user: 'analytiker',
    variables: { input: { niva: 'LANSGEMENSAM', fran: '2026-01-01', till: '2026-12-31', gruppera: ['KATEGORI', 'RIKTNING'] } },
  },
  { view: 'API-utforskare', operation: 'ExempelForsenadeAterkopplingar', user: 'analytiker', variables: { first: 5 } },
  { view: 'API-utforskare', operation: 'ExempelNaromradeNosam', user: 'nosam', variables: { id: naromradeId } },
  { view: 'API-utforskare', operation: 'ExempelPatientbild', user: 'vardpersonal', variables: { id: demoPatient } },
  { view: 'API-utforskare', operation: 'ExempelSipLuckor', user: 'vardpersonal', variables: { id: naromradeId } },
  { view: 'API-utforskare', operation: 'ExempelSipUppfoljningar', user: 'vardpersonal', variables: { naromradeId } },
  { view: 'avvikelser', operation: 'AvvikelserForsenade', user: 'analytiker', variables: { filter: {} } },
  { view: 'inkorg', operation: 'AvvikelseInkorg', user: 'vardpersonal', variables: { filter: { mottagandeHuvudman: 'VGR' }, first: 5 } },
  {
    view: 'inkorg',
    operation: 'AvvikelseInkorgLage',
    user: 'vardpersonal',
    variables: {
      attTaEmot: { mottagandeHuvudman: 'VGR', statusar: ['RAPPORTERAD'] },
      underArbete: { mottagandeHuvudman: 'VGR', statusar: ['MOTTAGEN', 'UNDER_UTREDNING', 'ATGARDAD'] },
      aterkopplade: { mottagandeHuvudman: 'VGR', statusar: ['ATERKOPPLAD'] },
      forsenade: { mottagandeHuvudman: 'VGR' },
    },
  },
  {
    view: 'våra rapporter',
    operation: 'VaraRapporter',
    user: 'vardpersonal',
    variables: { filter: { rapporterandeHuvudman: '1480' }, attAvsluta: { rapporterandeHuvudman: '1480', statusar: ['ATERKOPPLAD'] }, first: 5 },
  },
  {
    view: 'avvikelse',
    operation: 'AvvikelseArende',
    user: 'vardpersonal',
    variables: { id: seededAvvikelse },
  },
  { view: 'närområde (NOSAM), registrera möte', operation: 'NosamMoteUnderlag', user: 'nosam', variables: { id: naromradeId } },
  { view: 'avvikelse', operation: 'AvvikelsePatient', user: 'vardpersonal', variables: { id: seededAvvikelse } },
  {
    view: 'rapportera avvikelse',
    operation: 'RapporteraEnheter',
    user: 'vardpersonal',
    variables: { naromradeId },
  },
  { view: 'granskning', operation: 'GranskningRegionensLogg', user: 'granskareRegion', growing: true },
  { view: 'granskning', operation: 'GranskningRegionensKedja', user: 'granskareRegion', growing: true },
  { view: 'granskning', operation: 'GranskningKommunensLogg', user: 'granskareKommun', growing: true },
  { view: 'granskning', operation: 'GranskningKommunensKedja', user: 'granskareKommun', growing: true },
  { view: 'granskning', operation: 'GranskningSamverkansLogg', user: 'granskareKommun', growing: true },
  { view: 'granskning', operation: 'GranskningSamverkansKedja', user: 'granskareKommun', growing: true },
  {
    view: 'granskning',
    operation: 'GranskningLoggutdrag',
    user: 'loggutdragsklient',
    growing: true,
    variables: { patientId: demoPatient },
  },
  { view: 'README', operation: 'README example 1', user: 'vardpersonal' },
  { view: 'README', operation: 'README example 2', user: 'nosam' },
];

export /** Every query of the web application by name, with the fragments it uses; the README's numbered examples by number. */
function shippedOperations(): Map<string, string> {
  const operations = new Map<string, string>();
  const add = (name: string, document: DocumentNode, shared?: ReadonlyMap<string, FragmentDefinitionNode>) => {
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'query') continue;
      operations.set(name || definition.name!.value, print(operationDocument(definition, document, shared)));
    }
  };
  const web = join(root, 'web/app');
  const shared = fragmentsUnder(web);
  for (const path of graphqlFiles(web)) add('', parse(readFileSync(path, 'utf8')), shared);
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const match of readme.matchAll(/\*\*(\d+)\. [^\n]*\n+```graphql\n([\s\S]*?)```/g)) add(`README example ${match[1]}`, parse(match[2]!));
  return operations;
}
