// Each patient's current stay at a boende (batched).
import type { Kysely } from 'kysely';
import { createRowLoader } from '../../../common/database/loaders.js';
import { reusableQuery } from '../../../common/database/reusableQuery.js';
import type { KommunDatabase } from '../../database.js';
import type { BoendeVistelseRow } from '../../rows.js';
import { isOngoingPeriod } from '../ongoingInsats.js';

const selectCurrentBoendeVistelse = reusableQuery((db: Kysely<KommunDatabase>, personnummer: readonly string[], today: string) =>
  db
    .selectFrom('boende_vistelse')
    // On a moving day two stays overlap; the one that began last is where the patient is.
    .distinctOn('personnummer')
    .select(['id', 'personnummer', 'boende_id as boendeId', 'kommunkod', 'fran', 'till'])
    .where((eb) => eb('personnummer', '=', eb.fn.any(eb.val(personnummer))))
    .where(isOngoingPeriod('boende_vistelse.fran', 'boende_vistelse.till', today))
    .orderBy('personnummer')
    .orderBy('fran', 'desc')
    .orderBy('id', 'desc'),
);

export function createCurrentBoendeVistelseByPersonnummerLoader(db: Kysely<KommunDatabase>, today: string) {
  return createRowLoader<string, BoendeVistelseRow>(
    (personnummer) => selectCurrentBoendeVistelse(db, personnummer, today),
    (row) => row.personnummer,
  );
}
