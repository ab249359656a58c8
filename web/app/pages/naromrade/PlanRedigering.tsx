// A new version of the närområdesplan, made where the plan is read: the plan
// in force's rows prefilled to change (vårdcentral, läkare, hours, round
// frequency, contact person), the boenden without ansvar offered as rows to
// take in, a start date, and "Fastställ". One mutation; the draft stays when it fails.
import { useRef, useState } from 'react';
import { rondfrekvensNamn } from '../../format/kodnamn.js';
import { FaststallNaromradesplanDocument, type Rondfrekvens } from '../../generated/graphql.js';
import { tolkaFel } from '../../graphql/felmeddelanden.js';
import { useMutationRunner } from '../../graphql/useOperation.js';
import type { Naromrade } from './agenda/dagordningsunderlag.js';
import { granskaUtkast, planutkast, radFalt, type Planutkast, type Utkastfel, type Utkastrad } from './planUtkast.js';
import { FormularSlut } from '../../components/FormularSlut.js';

function dagEfter(dag: string): string {
  const [year, month, day] = dag.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

export function PlanRedigering({ naromrade, idag, onFaststalld, onAvbryt }: { naromrade: Naromrade; idag: string; onFaststalld(version: number, giltigFran: string): void; onAvbryt(): void }) {
  const [utkast, setUtkast] = useState<Planutkast>(() => {
    const nuvarande = naromrade.naromradesplan?.giltigFran ?? null;
    const forsta = nuvarande !== null && nuvarande >= idag ? dagEfter(nuvarande) : dagEfter(idag);
    return planutkast(naromrade, idag, forsta);
  });
  const [fel, setFel] = useState<Utkastfel>({});
  const [allmanna, setAllmanna] = useState<string[]>([]);
  const [skickar, setSkickar] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const run = useMutationRunner();
  const vardcentraler = naromrade.vardcentraler ?? [];

  const andraRad = (index: number, andring: Partial<Utkastrad>) => setUtkast((forra) => ({ ...forra, rader: forra.rader.map((rad, plats) => (plats === index ? { ...rad, ...andring } : rad)) }));
  const fokusera = () => setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .meddelande.fel')?.focus(), 0);

  async function faststall() {
    if (skickar) return;
    const granskat = granskaUtkast(utkast, naromrade.id, idag, naromrade.naromradesplan?.giltigFran ?? null);
    if ('fel' in granskat) {
      setFel(granskat.fel);
      setAllmanna([]);
      fokusera();
      return;
    }
    setSkickar(true);
    const result = await run(FaststallNaromradesplanDocument, { input: granskat.input });
    setSkickar(false);
    if (result.data) {
      onFaststalld(result.data.faststallNaromradesplan.version, result.data.faststallNaromradesplan.giltigFran);
      return;
    }
    const tolkade = tolkaFel(result.errors);
    setFel(tolkade.falt);
    setAllmanna(tolkade.allmanna);
    fokusera();
  }

  const felProps = (falt: string) => (fel[falt] ? { 'aria-invalid': true as const, 'aria-describedby': `${falt}-fel` } : {});
  const felText = (falt: string) =>
    fel[falt] ? (
      <span className="falt-fel" id={`${falt}-fel`}>
        {fel[falt]}
      </span>
    ) : null;

  return (
    <form
      ref={formRef}
      className="registrera-mote"
      aria-labelledby="plan-redigering-rubrik"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void faststall();
      }}
    >
      <h3 id="plan-redigering-rubrik">Ny version av närområdesplanen</h3>
      <p className="hjalp">Ändra raderna, ta med boenden som saknar ansvar och fastställ. Den nuvarande versionen gäller till dagen före den nya.</p>
      <div className="rad">
        <label>
          Gäller från
          <input type="date" value={utkast.giltigFran} {...felProps('input.giltigFran')} onChange={(event) => setUtkast({ ...utkast, giltigFran: event.target.value })} />
          {felText('input.giltigFran')}
        </label>
        <label>
          Fastställd
          <input type="date" max={idag} value={utkast.faststalldDatum} {...felProps('input.faststalldDatum')} onChange={(event) => setUtkast({ ...utkast, faststalldDatum: event.target.value })} />
          {felText('input.faststalldDatum')}
        </label>
      </div>
      {vardcentraler.length === 0 ? <p className="meddelande delvis">Regionens vårdcentraler kan inte hämtas just nu, så ansvar kan inte väljas.</p> : null}
      {utkast.rader.map((rad, index) => {
        const falt = (namn: string) => radFalt(utkast, index, namn);
        const valdVardcentral = vardcentraler.find((vardcentral) => vardcentral.hsaId === rad.vardcentralHsaId);
        const lakare = valdVardcentral?.lakare ?? [];
        return (
          <fieldset key={rad.boendeId} className="planrad">
            <legend>{rad.boendeNamn}</legend>
            <label className="kryss">
              <input type="checkbox" checked={rad.med} onChange={(event) => andraRad(index, { med: event.target.checked })} />
              Med i planen
            </label>
            {rad.med ? (
              <div className="rad">
                <label>
                  Vårdcentral
                  <select value={rad.vardcentralHsaId} {...felProps(falt('vardcentralHsaId'))} onChange={(event) => andraRad(index, { vardcentralHsaId: event.target.value, lakareHsaId: '' })}>
                    <option value="">Välj vårdcentral</option>
                    {vardcentraler.map((vardcentral) => (
                      <option key={vardcentral.hsaId} value={vardcentral.hsaId}>
                        {vardcentral.namn}
                      </option>
                    ))}
                  </select>
                  {felText(falt('vardcentralHsaId'))}
                </label>
                <label>
                  Läkare
                  <select value={rad.lakareHsaId} {...felProps(falt('lakareHsaId'))} onChange={(event) => andraRad(index, { lakareHsaId: event.target.value })}>
                    <option value="">Välj läkare</option>
                    {lakare.map((person) => (
                      <option key={person.hsaId} value={person.hsaId}>
                        {person.namn}
                      </option>
                    ))}
                    {rad.lakareHsaId && !lakare.some((person) => person.hsaId === rad.lakareHsaId) ? <option value={rad.lakareHsaId}>{rad.lakareHsaId}</option> : null}
                  </select>
                  {felText(falt('lakareHsaId'))}
                </label>
                <label>
                  Timmar per vecka
                  <input type="text" inputMode="decimal" size={5} value={rad.timmar} {...felProps(falt('lakarmedverkanTimmarPerVecka'))} onChange={(event) => andraRad(index, { timmar: event.target.value })} />
                  {felText(falt('lakarmedverkanTimmarPerVecka'))}
                </label>
                <label>
                  Rond
                  <select value={rad.rondfrekvens} onChange={(event) => andraRad(index, { rondfrekvens: event.target.value as Rondfrekvens })}>
                    {Object.entries(rondfrekvensNamn).map(([kod, text]) => (
                      <option key={kod} value={kod}>
                        {text}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  Kontaktperson
                  <input type="text" value={rad.kontaktpersonNamn} {...felProps(falt('kontaktpersonNamn'))} onChange={(event) => andraRad(index, { kontaktpersonNamn: event.target.value })} />
                  {felText(falt('kontaktpersonNamn'))}
                </label>
                <label>
                  Telefon
                  <input type="tel" value={rad.kontaktpersonTelefon} {...felProps(falt('kontaktpersonTelefon'))} onChange={(event) => andraRad(index, { kontaktpersonTelefon: event.target.value })} />
                  {felText(falt('kontaktpersonTelefon'))}
                </label>
              </div>
            ) : null}
          </fieldset>
        );
      })}
      <FormularSlut allmanna={allmanna} misslyckades="Planen fastställdes inte." skickar={skickar} skicka="Fastställ den nya versionen" skickarText="Fastställer …" onAvbryt={onAvbryt} />
    </form>
  );
}
