// `Mutation.faststallNaromradesplan`: adopts a new version of a närområde's plan
// from `giltigFran`. In one transaction the latest version ends the day before,
// the new version (with who adopted it, from the request identity) and its
// boendeansvar rows are stored, and the open (not KLAR) åtgärder of the latest
// version are carried over as copies (`<id>-v<version>`, the old rows stay with
// the old version as history). Which version is in force on a day stays a matter
// of dates (planInForce.ts): a version from a future date is not yet in force.
import type { Kysely } from 'kysely';
import type { Identity } from '../../../platform/auth/Identity.js';
import { badUserInput, versionStale, notFound } from '../../../platform/errors/samsynError.js';
import { parseHsaId } from '../../../platform/identifiers/hsaId.js';
import { isReferenceId } from '../../../platform/identifiers/referenceId.js';
import { parseFreeText } from '../../../platform/input/freeText.js';
import type { Logger } from '../../../platform/logging/logger.js';
import { parseIsoDate } from '../../../platform/scalars/isoDate.js';
import type { SamverkanDatabase } from '../database.js';
import type { FaststallNaromradesplanInput } from '../generated/resolvers.js';
import type { BoendeansvarRow, NaromradesplanRow } from '../rows.js';
import { carriedAtgardId } from './atgardId.js';
import { requireNaromradeParty } from './naromradeWriteAccess.js';
import { dayBefore, naromradeText } from './naromradeText.js';
import { selectNaromrade } from './selectNaromrade.js';

export const maxTimmarPerVecka = 100;

export type ValidBoendeansvar = Omit<BoendeansvarRow, 'id' | 'planId'>;

export interface ValidFaststallNaromradesplan {
  naromradeId: string;
  giltigFran: string;
  faststalldDatum: string;
  boendeansvar: ValidBoendeansvar[];
}

/** Everything that can be checked without reading: formats, ranges, duplicates. */
export function validateFaststallNaromradesplan(input: FaststallNaromradesplanInput): ValidFaststallNaromradesplan {
  if (!isReferenceId(input.naromradeId)) throw badUserInput('ID_INVALID', 'input.naromradeId', '"input.naromradeId" is not a närområde id (e.g. "1480-angered").');
  const giltigFran = parseIsoDate(input.giltigFran, 'input.giltigFran');
  const faststalldDatum = parseIsoDate(input.faststalldDatum, 'input.faststalldDatum');
  const seen = new Set<string>();
  const boendeansvar = input.boendeansvar.map((row, index): ValidBoendeansvar => {
    const field = `input.boendeansvar[${index}]`;
    if (!isReferenceId(row.boendeId)) throw badUserInput('ID_INVALID', `${field}.boendeId`, `"${field}.boendeId" is not a boende id.`);
    if (seen.has(row.boendeId)) {
      throw badUserInput('DUPLICATE_BOENDE', `${field}.boendeId`, `Boende "${row.boendeId}" appears more than once: each boende has exactly one responsible vårdcentral in a plan.`);
    }
    seen.add(row.boendeId);
    const timmar = row.lakarmedverkanTimmarPerVecka;
    if (!Number.isFinite(timmar) || timmar < 0 || timmar > maxTimmarPerVecka) {
      throw badUserInput('NUMBER_OUT_OF_RANGE', `${field}.lakarmedverkanTimmarPerVecka`, `"${field}.lakarmedverkanTimmarPerVecka" must be between 0 and ${maxTimmarPerVecka}.`);
    }
    return {
      boendeId: row.boendeId,
      vardcentralHsaId: parseHsaId(row.vardcentralHsaId, `${field}.vardcentralHsaId`),
      lakareHsaId: parseHsaId(row.lakareHsaId, `${field}.lakareHsaId`),
      lakarmedverkanTimmarPerVecka: timmar,
      rondfrekvens: row.rondfrekvens,
      kontaktpersonNamn: parseFreeText(row.kontaktpersonNamn, `${field}.kontaktpersonNamn`, naromradeText(200)),
      // Ten digits of a phone number may form a valid personnummer by chance.
      kontaktpersonTelefon: parseFreeText(row.kontaktpersonTelefon, `${field}.kontaktpersonTelefon`, { maxLength: 50, refusePersonnummer: false }),
    };
  });
  return { naromradeId: input.naromradeId, giltigFran, faststalldDatum, boendeansvar };
}

export interface FaststallDependencies {
  db: Kysely<SamverkanDatabase>;
  identity: Identity;
  log: Logger;
}

export async function faststallNaromradesplan(dependencies: FaststallDependencies, input: FaststallNaromradesplanInput): Promise<NaromradesplanRow> {
  const { db, identity, log } = dependencies;
  const plan = validateFaststallNaromradesplan(input);

  const naromrade = await selectNaromrade(db).where('naromrade.id', '=', plan.naromradeId).executeTakeFirst();
  if (!naromrade) throw notFound(`No närområde has the id "${plan.naromradeId}".`, { field: 'input.naromradeId' });
  requireNaromradeParty(identity, naromrade, 'adopt a närområdesplan');

  const adopter = adoptedBy(identity);
  let created: NaromradesplanRow;
  try {
    created = await db.transaction().execute(async (transaction) => {
      // Serialises concurrent adoptions for the same närområde (the unique (naromrade_id, version) is the backstop).
      await transaction.selectFrom('naromrade').select('id').where('id', '=', naromrade.id).forUpdate().executeTakeFirstOrThrow();
      const latest = await transaction
        .selectFrom('naromradesplan')
        .select(['id', 'version', 'giltig_fran'])
        .where('naromrade_id', '=', naromrade.id)
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (latest && plan.giltigFran <= latest.giltig_fran) {
        throw badUserInput(
          'DATE_RANGE_INVALID',
          'input.giltigFran',
          `"input.giltigFran" must be after ${latest.giltig_fran}, when the current version (${latest.version}) took effect.`,
        );
      }
      const version = (latest?.version ?? 0) + 1;
      const id = `plan-${naromrade.id}-v${version}`;
      if (latest) {
        await transaction.updateTable('naromradesplan').set({ giltig_till: dayBefore(plan.giltigFran) }).where('id', '=', latest.id).execute();
      }
      await transaction
        .insertInto('naromradesplan')
        .values({ id, naromrade_id: naromrade.id, version, giltig_fran: plan.giltigFran, giltig_till: null, faststalld_datum: plan.faststalldDatum, ...adopter })
        .execute();
      if (plan.boendeansvar.length > 0) {
        await transaction
          .insertInto('boendeansvar')
          .values(
            plan.boendeansvar.map((row, index) => ({
              id: `${id}-ba-${index + 1}`,
              plan_id: id,
              boende_id: row.boendeId,
              vardcentral_hsa_id: row.vardcentralHsaId,
              lakare_hsa_id: row.lakareHsaId,
              lakarmedverkan_timmar_per_vecka: row.lakarmedverkanTimmarPerVecka,
              rondfrekvens: row.rondfrekvens,
              kontaktperson_namn: row.kontaktpersonNamn,
              kontaktperson_telefon: row.kontaktpersonTelefon,
            })),
          )
          .execute();
      }
      if (latest) {
        const open = await transaction
          .selectFrom('atgard')
          .selectAll()
          .where('plan_id', '=', latest.id)
          .where('status', '<>', 'KLAR')
          .orderBy('id')
          .execute();
        if (open.length > 0) {
          await transaction
            .insertInto('atgard')
            .values(open.map((atgard) => ({ ...atgard, id: carriedAtgardId(atgard.id, version), plan_id: id })))
            .execute();
        }
      }
      return {
        id,
        naromradeId: naromrade.id,
        version,
        giltigFran: plan.giltigFran,
        giltigTill: null,
        faststalldDatum: plan.faststalldDatum,
        faststalldAv: adopter.faststalld_av,
        faststalldAvEnhet: adopter.faststalld_av_enhet_hsa_id,
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw versionStale('Another version of this närområdesplan was adopted at the same time; read the plans again and retry if it still applies.', {
        naromradeId: naromrade.id,
      });
    }
    throw error;
  }

  log.info('närområdesplan fastställd', { naromradeId: created.naromradeId, planId: created.id, version: created.version, boendeansvar: plan.boendeansvar.length });
  return created;
}

/** Who adopts, as the plan's history shows it: the person (a system client by its id, having no person) and the unit they act for. */
export function adoptedBy(identity: Identity): { faststalld_av: string; faststalld_av_enhet_hsa_id: string } {
  return { faststalld_av: identity.employeeHsaId ?? identity.subject, faststalld_av_enhet_hsa_id: identity.organisationHsaId };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
