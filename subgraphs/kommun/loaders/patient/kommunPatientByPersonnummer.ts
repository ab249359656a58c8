// The kommun's registration of each patient (batched): which kommun holds
// their data (the data-holding huvudman), which närområde they live in, and
// whether they have a spärr at that kommun — everything the access decision
// needs, in one statement for all patients of a request.
import type { Kysely } from 'kysely';
import { createRowLoader } from '../../../common/database/loaders.js';
import { reusableQuery } from '../../../common/database/reusableQuery.js';
import type { KommunDatabase } from '../../database.js';
import type { KommunPatientRow } from '../../rows.js';

const selectKommunPatienter = reusableQuery((db: Kysely<KommunDatabase>, personnummer: readonly string[]) =>
  db
    .selectFrom('patient')
    .select((eb) => [
      'patient.personnummer',
      'patient.kommunkod',
      'patient.naromrade_id as naromradeId',
      eb
        .exists(
          eb
            .selectFrom('sparr')
            .select('sparr.personnummer')
            .whereRef('sparr.personnummer', '=', 'patient.personnummer')
            .whereRef('sparr.kommunkod', '=', 'patient.kommunkod'),
        )
        // PostgreSQL answers EXISTS with a boolean (Kysely types it as SqlBool for other dialects).
        .$castTo<boolean>()
        .as('sparrad'),
    ])
    .where((eb) => eb('patient.personnummer', '=', eb.fn.any(eb.val(personnummer)))),
);

export function createKommunPatientByPersonnummerLoader(db: Kysely<KommunDatabase>) {
  return createRowLoader<string, KommunPatientRow>(
    (personnummer) => selectKommunPatienter(db, personnummer),
    (row) => row.personnummer,
  );
}
