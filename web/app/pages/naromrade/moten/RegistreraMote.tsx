// Recording a NOSAM meeting as it is held: date, time and place, who took
// part (name, role, organisation, huvudman), the decisions (each may create an
// åtgärd in the plan or close one) and the avvikelser lifted as systemfel.
// One mutation, one transaction; what was typed stays when it fails.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Fel, Laddar } from '../../../components/OperationStatus.js';
import { avvikelseKategoriNamn, avvikelseStatusNamn } from '../../../format/kodnamn.js';
import { NosamMoteUnderlagDocument, RegistreraNosamMoteDocument } from '../../../generated/graphql.js';
import { tolkaFel } from '../../../graphql/felmeddelanden.js';
import { useMutationRunner, useOperation } from '../../../graphql/useOperation.js';
import { granskaMote, tomDeltagare, tomtBeslut, tomtMote, type Beslutstyp, type Faltfel, type MoteFormular } from './moteFormular.js';
import { FormularSlut } from '../../../components/FormularSlut.js';

const faltId = (falt: string) => `mote-${falt.replace(/[^a-zA-Z0-9]+/g, '-')}`;

export function RegistreraMote({
  naromradeId,
  kommunkod,
  kommunnamn,
  egenHuvudman,
  idag,
  onRegistrerat,
  onAvbryt,
}: {
  naromradeId: string;
  kommunkod: string;
  kommunnamn: string;
  egenHuvudman: string;
  idag: string;
  onRegistrerat(datum: string): void;
  onAvbryt(): void;
}) {
  const underlag = useOperation(NosamMoteUnderlagDocument, { id: naromradeId });
  const run = useMutationRunner();
  const [formular, setFormular] = useState<MoteFormular>(() => tomtMote(idag, egenHuvudman === 'VGR' ? 'VGR' : kommunkod));
  const [fel, setFel] = useState<Faltfel>({});
  const [allmanna, setAllmanna] = useState<string[]>([]);
  const [skickar, setSkickar] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [fokusera, setFokusera] = useState(0);
  const huvudmanVal = [
    { id: 'VGR', namn: 'Västra Götalandsregionen' },
    { id: kommunkod, namn: kommunnamn },
  ];

  useEffect(() => {
    if (fokusera === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .meddelande.fel')?.focus();
  }, [fokusera]);

  const andra = (andring: (forra: MoteFormular) => MoteFormular) => setFormular(andring);

  async function skicka() {
    if (skickar) return;
    const granskat = granskaMote(formular, naromradeId, idag);
    if ('fel' in granskat) {
      setFel(granskat.fel);
      setAllmanna([]);
      setFokusera((value) => value + 1);
      return;
    }
    setSkickar(true);
    const result = await run(RegistreraNosamMoteDocument, { input: granskat.input });
    setSkickar(false);
    if (result.data) {
      onRegistrerat(result.data.registreraNosamMote.datum);
      return;
    }
    const tolkade = tolkaFel(result.errors);
    setFel(tolkade.falt);
    setAllmanna(tolkade.allmanna);
    setFokusera((value) => value + 1);
  }

  const falt = (namn: string, etikett: string, input: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode, hjalp?: string) => {
    const id = faltId(namn);
    const felText = fel[namn];
    return (
      <label htmlFor={id}>
        {etikett}
        {input({ id, ...(felText ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-fel` } : {}) })}
        {hjalp ? <span className="hjalp">{hjalp}</span> : null}
        {felText ? (
          <span className="falt-fel" id={`${id}-fel`}>
            {felText}
          </span>
        ) : null}
      </label>
    );
  };

  const atgarder = underlag.status === 'klar' ? (underlag.data.naromrade?.naromradesplan?.atgarder ?? []).filter((atgard) => atgard.status !== 'KLAR') : [];
  const avvikelser = underlag.status === 'klar' ? underlag.data.oppna.edges.map((edge) => edge.node).filter((avvikelse) => avvikelse.systemfel === null) : [];

  return (
    <form
      ref={formRef}
      className="registrera-mote"
      aria-labelledby="registrera-mote-rubrik"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void skicka();
      }}
    >
      <h3 id="registrera-mote-rubrik">Registrera möte</h3>
      <fieldset>
        <legend>Mötet</legend>
        <div className="rad">
          {falt('input.datum', 'Datum', (props) => (
            <input {...props} type="date" max={idag} value={formular.datum} onChange={(event) => andra((forra) => ({ ...forra, datum: event.target.value }))} />
          ))}
          {falt('input.starttid', 'Starttid', (props) => (
            <input {...props} type="time" value={formular.starttid} onChange={(event) => andra((forra) => ({ ...forra, starttid: event.target.value }))} />
          ))}
          {falt('input.plats', 'Plats', (props) => (
            <input {...props} type="text" value={formular.plats} onChange={(event) => andra((forra) => ({ ...forra, plats: event.target.value }))} />
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>Deltagare</legend>
        {fel['input.medverkande'] ? (
          <p className="falt-fel" role="alert">
            {fel['input.medverkande']}
          </p>
        ) : null}
        {formular.deltagare.map((rad, index) => (
          <fieldset key={index} className="rad">
            <legend>Deltagare {index + 1}</legend>
            {(['namn', 'roll', 'organisation'] as const).map((del) =>
              falt(`input.medverkande[${index}].${del}`, { namn: 'Namn', roll: 'Roll', organisation: 'Organisation' }[del], (props) => (
                <input
                  {...props}
                  type="text"
                  value={rad[del]}
                  onChange={(event) => andra((forra) => ({ ...forra, deltagare: forra.deltagare.map((annan, plats) => (plats === index ? { ...annan, [del]: event.target.value } : annan)) }))}
                />
              )),
            )}
            {falt(`input.medverkande[${index}].huvudman`, 'Huvudman', (props) => (
              <select
                {...props}
                value={rad.huvudman}
                onChange={(event) => andra((forra) => ({ ...forra, deltagare: forra.deltagare.map((annan, plats) => (plats === index ? { ...annan, huvudman: event.target.value } : annan)) }))}
              >
                {huvudmanVal.map((val) => (
                  <option key={val.id} value={val.id}>
                    {val.namn}
                  </option>
                ))}
              </select>
            ))}
            {formular.deltagare.length > 1 ? (
              <button type="button" className="sekundar" onClick={() => andra((forra) => ({ ...forra, deltagare: forra.deltagare.filter((_, plats) => plats !== index) }))}>
                Ta bort deltagare {index + 1}
              </button>
            ) : null}
          </fieldset>
        ))}
        <button type="button" className="sekundar" onClick={() => andra((forra) => ({ ...forra, deltagare: [...forra.deltagare, tomDeltagare(forra.deltagare.at(-1)?.huvudman ?? 'VGR')] }))}>
          Lägg till deltagare
        </button>
      </fieldset>

      <fieldset>
        <legend>Beslut</legend>
        {formular.beslut.length === 0 ? <p className="hjalp">Inga beslut än.</p> : null}
        {formular.beslut.map((rad, index) => {
          const sattBeslut = (andring: Partial<typeof rad>) =>
            andra((forra) => ({ ...forra, beslut: forra.beslut.map((annat, plats) => (plats === index ? { ...annat, ...andring } : annat)) }));
          const bas = `input.beslut[${index}]`;
          return (
            <fieldset key={index}>
              <legend>Beslut {index + 1}</legend>
              {falt(`${bas}.beskrivning`, 'Vad beslutades', (props) => (
                <textarea {...props} rows={2} value={rad.beskrivning} onChange={(event) => sattBeslut({ beskrivning: event.target.value })} />
              ))}
              <fieldset className="rad">
                <legend>Följd</legend>
                {(
                  [
                    ['beslut', 'Bara beslut'],
                    ['ny-atgard', 'Ny åtgärd i planen'],
                    ['stang-atgard', 'En åtgärd är klar'],
                  ] as const
                ).map(([typ, text]) => (
                  <label key={typ} className="kryss">
                    <input type="radio" name={`beslut-${index}-typ`} value={typ} checked={rad.typ === typ} onChange={() => sattBeslut({ typ: typ as Beslutstyp })} />
                    {text}
                  </label>
                ))}
              </fieldset>
              {rad.typ === 'ny-atgard' ? (
                <div className="rad">
                  {falt(`${bas}.nyAtgard.beskrivning`, 'Åtgärd', (props) => (
                    <input {...props} type="text" value={rad.atgardBeskrivning} onChange={(event) => sattBeslut({ atgardBeskrivning: event.target.value })} />
                  ))}
                  {falt(`${bas}.nyAtgard.agare`, 'Ägare', (props) => (
                    <select {...props} value={rad.agare} onChange={(event) => sattBeslut({ agare: event.target.value })}>
                      {huvudmanVal.map((val) => (
                        <option key={val.id} value={val.id}>
                          {val.namn}
                        </option>
                      ))}
                    </select>
                  ))}
                  {falt(`${bas}.nyAtgard.ansvarigEnhet`, 'Ansvarig enhet', (props) => (
                    <input {...props} type="text" value={rad.ansvarigEnhet} onChange={(event) => sattBeslut({ ansvarigEnhet: event.target.value })} />
                  ))}
                  {falt(`${bas}.nyAtgard.sistaDatum`, 'Sista datum', (props) => (
                    <input {...props} type="date" value={rad.sistaDatum} onChange={(event) => sattBeslut({ sistaDatum: event.target.value })} />
                  ))}
                </div>
              ) : null}
              {rad.typ === 'stang-atgard'
                ? falt(`${bas}.stangAtgardId`, 'Åtgärd som är klar', (props) => (
                    <select {...props} value={rad.stangAtgardId} onChange={(event) => sattBeslut({ stangAtgardId: event.target.value })}>
                      <option value="">Välj åtgärd</option>
                      {atgarder.map((atgard) => (
                        <option key={atgard.id} value={atgard.id}>
                          {atgard.beskrivning} (sista datum {atgard.sistaDatum})
                        </option>
                      ))}
                    </select>
                  ))
                : null}
              <button type="button" className="sekundar" onClick={() => andra((forra) => ({ ...forra, beslut: forra.beslut.filter((_, plats) => plats !== index) }))}>
                Ta bort beslut {index + 1}
              </button>
            </fieldset>
          );
        })}
        <button type="button" className="sekundar" onClick={() => andra((forra) => ({ ...forra, beslut: [...forra.beslut, tomtBeslut(egenHuvudman === 'VGR' ? 'VGR' : kommunkod)] }))}>
          Lägg till beslut
        </button>
      </fieldset>

      <fieldset>
        <legend>Avvikelser att lyfta som systemfel</legend>
        {underlag.status === 'laddar' || underlag.status === 'vilande' ? <Laddar vad="öppna avvikelser" /> : null}
        {underlag.status === 'fel' ? <Fel problems={underlag.problems} onRetry={underlag.refetch} /> : null}
        {underlag.status === 'klar' && avvikelser.length === 0 ? <p className="hjalp">Inga öppna avvikelser i närområdet väntar på att lyftas.</p> : null}
        {avvikelser.map((avvikelse) => (
          <label key={avvikelse.id} className="kryss">
            <input
              type="checkbox"
              checked={formular.systemfelAvvikelseIds.includes(avvikelse.id)}
              onChange={(event) =>
                andra((forra) => ({
                  ...forra,
                  systemfelAvvikelseIds: event.target.checked ? [...forra.systemfelAvvikelseIds, avvikelse.id] : forra.systemfelAvvikelseIds.filter((id) => id !== avvikelse.id),
                }))
              }
            />
            {avvikelse.id} · {avvikelseKategoriNamn[avvikelse.kategori]} · {avvikelseStatusNamn[avvikelse.status]} · {avvikelse.handelsedatum}
          </label>
        ))}
      </fieldset>

      <FormularSlut allmanna={allmanna} misslyckades="Mötet registrerades inte." skickar={skickar} skicka="Registrera mötet" skickarText="Registrerar …" onAvbryt={onAvbryt} />
    </form>
  );
}
