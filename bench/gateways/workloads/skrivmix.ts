// Workload 5: a write mix, half new avvikelse reports (kommun vårdpersonal about
// the region, each with its own klientnyckel) and half TA_EMOT by the region on avvikelser prepare() reports first.
import { randomBytes } from 'node:crypto';
import type { TokenRequest } from '../../../platform/auth/developmentIssuer.js';
import type { AvvikelseSeed, World } from '../../../subgraphs/common/seed/World.js';
import type { BenchRequest, Workload } from '../types.js';
import { kommunVardpersonal, regionVardpersonal } from './benchIdentities.js';
import { sampleFixed, vgWorld } from './benchWorld.js';
import { postGraphql } from './gatewayClient.js';
import { graphqlRequest } from './graphqlRequest.js';
import { checkGraphqlAnswer, isObject } from './responseCheck.js';
import { createTokenSigner, type TokenSigner } from './tokenSigner.js';
import { webOperation } from './webOperation.js';

/**
 * Reports and receipts each per run: a transition can be taken only once and a klientnyckel used again is no new
 * write, so the list must outlast warm-up + measured seconds. The first size, 6,000 pairs, was set from 180–260
 * requests/s (2026-11-30); on 2026-12-01 A made 1,046 requests/s (13,600 requests in 3 + 10 s) and ran out: 755
 * answers were replays. 12,000 pairs (24,000 requests) last 13 s up to 1,850 requests/s. The requests must be sent
 * once each across all connections (one shared cursor), not replayed from the start by every connection; check()
 * reports a replay.
 */
export const skrivmixPairs = 12_000;
/** Reports per prepared mutation (aliases), so prepare() creates thousands in a few seconds within the alias limit. */
export const reportsPerBatch = 15;
const preparingConcurrency = 8;
const templateCount = 200;

/** What a kommun unit reports about the region: taken from the seed's own kommun → VGR avvikelser. */
export interface ReportTemplate {
  kategori: string;
  handelsedatum: string;
  rapporterandeHuvudman: string;
  rapporterandeEnhetHsaId: string;
  naromradeId: string;
  beskrivning: string;
  /** Who receives it at the region: a vårdcentral of the närområde and a läkare there. */
  mottagare: { vardcentralHsaId: string; lakareHsaId: string };
}

export function reportTemplates(world: World, count: number): ReportTemplate[] {
  const lakareByVardcentral = new Map<string, string>();
  for (const lakare of world.vgr.lakare) if (!lakareByVardcentral.has(lakare.vardcentralHsaId)) lakareByVardcentral.set(lakare.vardcentralHsaId, lakare.hsaId);
  const mottagareByNaromrade = new Map<string, ReportTemplate['mottagare']>();
  for (const vardcentral of world.vgr.vardcentraler) {
    const lakareHsaId = lakareByVardcentral.get(vardcentral.hsaId);
    if (lakareHsaId && !mottagareByNaromrade.has(vardcentral.naromradeId)) {
      mottagareByNaromrade.set(vardcentral.naromradeId, { vardcentralHsaId: vardcentral.hsaId, lakareHsaId });
    }
  }
  const candidates = world.samverkan.avvikelser.filter(
    (avvikelse: AvvikelseSeed) => avvikelse.rapporterandeHuvudman !== 'VGR' && avvikelse.mottagandeHuvudman === 'VGR' && mottagareByNaromrade.has(avvikelse.naromradeId),
  );
  return sampleFixed(candidates, count, 'bench-skrivmix').map((avvikelse) => ({
    kategori: avvikelse.kategori,
    handelsedatum: avvikelse.handelsedatum,
    rapporterandeHuvudman: avvikelse.rapporterandeHuvudman,
    rapporterandeEnhetHsaId: avvikelse.rapporterandeEnhetHsaId,
    naromradeId: avvikelse.naromradeId,
    beskrivning: avvikelse.beskrivning,
    mottagare: mottagareByNaromrade.get(avvikelse.naromradeId)!,
  }));
}

/** The reporter: vårdpersonal of the kommun, acting for the reporting unit. */
export function reporterOf(template: ReportTemplate): TokenRequest {
  return kommunVardpersonal(template.rapporterandeHuvudman, template.rapporterandeEnhetHsaId, 1);
}

/** The receiver: vårdpersonal of the region at a vårdcentral of the närområde. */
export function receiverOf(template: ReportTemplate): TokenRequest {
  return regionVardpersonal(template.mottagare.vardcentralHsaId, template.mottagare.lakareHsaId);
}

export function reportInput(template: ReportTemplate, klientnyckel: string): Record<string, unknown> {
  return {
    klientnyckel,
    kategori: template.kategori,
    handelsedatum: template.handelsedatum,
    rapporterandeHuvudman: template.rapporterandeHuvudman,
    rapporterandeEnhetHsaId: template.rapporterandeEnhetHsaId,
    mottagandeHuvudman: 'VGR',
    naromradeId: template.naromradeId,
    beskrivning: template.beskrivning,
  };
}

/** A klientnyckel unique to the run and the request: `bench-<run>-<kind><n>` (letters, digits and `-`). */
export function klientnyckel(runId: string, kind: 'p' | 'r', index: number): string {
  return `bench-${runId}-${kind}${index}`;
}

/** One mutation that reports many avvikelser at once (aliases `r0`, `r1`, …), for prepare() only. */
export function batchedReportMutation(inputs: readonly Record<string, unknown>[]): { query: string; variables: Record<string, unknown> } {
  const declarations = inputs.map((_, index) => `$i${index}: RapporteraAvvikelseInput!`).join(', ');
  const fields = inputs.map((_, index) => `r${index}: rapporteraAvvikelse(input: $i${index}) { avvikelse { id version } }`).join('\n  ');
  return {
    query: `mutation BenchForbered(${declarations}) {\n  ${fields}\n}`,
    variables: Object.fromEntries(inputs.map((input, index) => [`i${index}`, input])),
  };
}

export const taEmotMutation = `mutation BenchTaEmot($input: HanteraAvvikelseInput!) {
  hanteraAvvikelse(input: $input) { avvikelse { id status version mottagenTid } }
}`;

export function taEmotRequest(avvikelse: { id: string; version: number }, token: string): BenchRequest {
  return graphqlRequest(token, {
    query: taEmotMutation,
    variables: { input: { avvikelseId: avvikelse.id, version: avvikelse.version, handling: 'TA_EMOT' } },
    operationName: 'BenchTaEmot',
  });
}

export function reportRequest(query: string, input: Record<string, unknown>, token: string): BenchRequest {
  return graphqlRequest(token, { query, variables: { input }, operationName: 'ExempelRapporteraAvvikelse' });
}

/** a0, b0, a1, b1, …: reports and receipts alternate, so every stretch of the run is half and half. */
export function interleave<T>(first: readonly T[], second: readonly T[]): T[] {
  const mixed: T[] = [];
  for (let index = 0; index < Math.max(first.length, second.length); index++) {
    if (index < first.length) mixed.push(first[index]!);
    if (index < second.length) mixed.push(second[index]!);
  }
  return mixed;
}

/** A new report (not a replay of a used klientnyckel) or a receipt that moved the avvikelse to MOTTAGEN. */
export function checkSkrivmix(body: string): string | null {
  return checkGraphqlAnswer(body, (data) => {
    const report = data['rapporteraAvvikelse'];
    if (isObject(report)) {
      if (report['redanRapporterad'] !== false) return 'klientnyckel already used: the prepared requests ran out and started over';
      const avvikelse = report['avvikelse'];
      return isObject(avvikelse) && avvikelse['status'] === 'RAPPORTERAD' ? null : 'report without a RAPPORTERAD avvikelse';
    }
    const step = data['hanteraAvvikelse'];
    if (isObject(step)) {
      const avvikelse = step['avvikelse'];
      return isObject(avvikelse) && avvikelse['status'] === 'MOTTAGEN' ? null : 'TA_EMOT did not leave the avvikelse MOTTAGEN';
    }
    return 'neither rapporteraAvvikelse nor hanteraAvvikelse';
  });
}

/** Reports `count` avvikelser through the gateway in batched mutations; returns each one's template, id and version. */
async function reportForReceipt(gatewayUrl: string, templates: readonly ReportTemplate[], runId: string, count: number, sign: TokenSigner) {
  // One batch is one reporter (a unit reports for its own huvudman only): group the templates by reporter.
  const byReporter = new Map<string, ReportTemplate[]>();
  for (const template of templates) {
    const key = `${template.rapporterandeHuvudman} ${template.rapporterandeEnhetHsaId}`;
    byReporter.set(key, [...(byReporter.get(key) ?? []), template]);
  }
  const groups = [...byReporter.values()];
  const batches: ReportTemplate[][] = [];
  for (let made = 0; made < count; made += reportsPerBatch) {
    const group = groups[batches.length % groups.length]!;
    batches.push(Array.from({ length: Math.min(reportsPerBatch, count - made) }, (_, index) => group[index % group.length]!));
  }
  const created: { template: ReportTemplate; id: string; version: number }[] = [];
  let next = 0;
  const worker = async () => {
    for (let batchIndex = next++; batchIndex < batches.length; batchIndex = next++) {
      const batch = batches[batchIndex]!;
      const inputs = batch.map((template, index) => reportInput(template, klientnyckel(runId, 'p', batchIndex * reportsPerBatch + index)));
      const token = await sign(reporterOf(batch[0]!));
      const data = await postGraphql<Record<string, { avvikelse: { id: string; version: number } }>>(gatewayUrl, graphqlRequest(token, batchedReportMutation(inputs)));
      batch.forEach((template, index) => {
        const { id, version } = data[`r${index}`]!.avvikelse;
        created.push({ template, id, version });
      });
    }
  };
  await Promise.all(Array.from({ length: preparingConcurrency }, worker));
  return created;
}

export function createSkrivmixWorkload(pairs: number = skrivmixPairs): Workload {
  return {
    id: 'skrivmix',
    title: `Write mix: half rapporteraAvvikelse (kommun → VGR), half TA_EMOT by the region (${pairs.toLocaleString('en')} of each prepared per run)`,
    connections: 10,
    writes: true,
    async prepare(gatewayUrl, services) {
      const sign = createTokenSigner(services.issuerDirectory);
      const templates = reportTemplates(vgWorld(), templateCount);
      // New keys every run, so no run replays another's reports.
      const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
      const receivable = await reportForReceipt(gatewayUrl, templates, runId, pairs, sign);
      const receipts = await Promise.all(receivable.map(async ({ template, id, version }) => taEmotRequest({ id, version }, await sign(receiverOf(template)))));
      const reportQuery = webOperation('web/app/pages/utforskare/exempel/rapporteraAvvikelse.graphql', 'ExempelRapporteraAvvikelse');
      const reports = await Promise.all(
        Array.from({ length: pairs }, async (_, index) => {
          const template = templates[index % templates.length]!;
          return reportRequest(reportQuery, reportInput(template, klientnyckel(runId, 'r', index)), await sign(reporterOf(template)));
        }),
      );
      return interleave(reports, receipts);
    },
    check: checkSkrivmix,
  };
}

export const skrivmixWorkload: Workload = createSkrivmixWorkload();
