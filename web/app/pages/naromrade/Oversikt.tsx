// The närområde at a glance: boenden and places, gaps, läkarmedverkan, and the
// protected counts of patients with insatser from the region, the kommun and both.
import type { NaromradeVySipQuery } from '../../generated/graphql.js';
import type { OperationProblems } from '../../graphql/operationProblems.js';
import type { OperationState } from '../../graphql/useOperation.js';
import type { Naromrade } from './agenda/dagordningsunderlag.js';
import { lakarmedverkanTotalt } from './lakarmedverkan.js';
import { saknasOrsak } from './saknasOrsak.js';
import { AntalVarde, Saknat } from './Saknat.js';
import { formatHeltal, formatDecimal } from '../../format/tal.js';

export function Oversikt({ naromrade, problems, sip }: { naromrade: Naromrade; problems: OperationProblems; sip: OperationState<NaromradeVySipQuery> }) {
  const boenden = naromrade.boenden;
  const kommunSaknas = saknasOrsak(problems, 'naromrade.boenden', 'kommun');
  const platser = new Map((boenden ?? []).map((boende) => [boende.id, boende.antalPlatser]));
  const lakarmedverkan = lakarmedverkanTotalt(
    (naromrade.naromradesplan?.boendeansvar ?? []).map((ansvar) => ({
      vardcentralHsaId: null,
      timmarPerVecka: ansvar.lakarmedverkanTimmarPerVecka,
      antalPlatser: boenden && ansvar.boende ? (platser.get(ansvar.boende.id) ?? null) : null,
    })),
  );
  return (
    <div className="kort">
      <div data-testid="antal-boenden">
        <span className="siffra">{boenden ? formatHeltal(boenden.length) : <Saknat saknas={kommunSaknas} />}</span>
        <span className="etikett">
          boenden
          {boenden
            ? `, ${formatHeltal(boenden.reduce((summa, boende) => summa + boende.antalBelagdaPlatser, 0))} av ${formatHeltal(boenden.reduce((summa, boende) => summa + boende.antalPlatser, 0))} platser belagda`
            : null}
        </span>
      </div>
      <div data-testid="antal-luckor">
        <span className="siffra">
          {naromrade.boendenUtanAnsvar ? formatHeltal(naromrade.boendenUtanAnsvar.length) : <Saknat saknas={saknasOrsak(problems, 'naromrade.boendenUtanAnsvar', 'kommun')} />}
        </span>
        <span className="etikett">boenden utan ansvarig vårdcentral</span>
      </div>
      <div data-testid="lakarmedverkan">
        <span className="siffra">{formatDecimal(lakarmedverkan.timmarPerVecka)} h</span>
        <span className="etikett">
          läkarmedverkan per vecka
          {lakarmedverkan.timmarPerPlats !== null ? `, ${formatDecimal(lakarmedverkan.timmarPerPlats)} h per plats` : null}
        </span>
      </div>
      <div data-testid="antal-regioninsats">
        <span className="siffra">
          <AntalVarde antal={naromrade.antalPatienterMedRegioninsats} saknas={saknasOrsak(problems, 'naromrade.antalPatienterMedRegioninsats', 'vgr')} />
        </span>
        <span className="etikett">patienter med regioninsats</span>
      </div>
      <div data-testid="antal-kommuninsats">
        <span className="siffra">
          <AntalVarde antal={naromrade.antalPatienterMedKommuninsats} saknas={saknasOrsak(problems, 'naromrade.antalPatienterMedKommuninsats', 'kommun')} />
        </span>
        <span className="etikett">patienter med kommuninsats</span>
      </div>
      <div data-testid="antal-fran-bada">
        <span className="siffra">
          <AntalVarde antal={naromrade.antalPatienterMedInsatserFranBada} saknas={saknasOrsak(problems, 'naromrade.antalPatienterMedInsatserFranBada', 'kommun')} />
        </span>
        <span className="etikett">patienter med insatser från båda huvudmännen</span>
      </div>
      <div data-testid="antal-forsenade-sip">
        <span className="siffra">
          {sip.status === 'vilande' || sip.status === 'laddar' ? (
            <span className="laddar naromrade-laddar-liten">hämtar …</span>
          ) : sip.status === 'fel' ? (
            <Saknat saknas={saknasOrsak(sip.problems, null, 'samverkan')} />
          ) : (
            <AntalVarde antal={sip.data.naromrade?.antalForsenadeSipUppfoljningar ?? null} saknas={saknasOrsak(sip.problems, 'naromrade.antalForsenadeSipUppfoljningar', 'samverkan')} />
          )}
        </span>
        <span className="etikett">försenade SIP-uppföljningar</span>
      </div>
    </div>
  );
}
