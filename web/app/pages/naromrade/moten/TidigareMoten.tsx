// The närområde's recorded NOSAM meetings, newest first: when and where, who
// took part, what was decided (and what became of each åtgärd), and the
// avvikelser lifted there as systemfel, each linked to its case page.
import { atgardStatusNamn } from '../../../format/kodnamn.js';
import type { NaromradeVyPlanQuery } from '../../../generated/graphql.js';
import { avvikelseHref } from '../../../routing/route.js';

type Mote = NonNullable<NaromradeVyPlanQuery['naromrade']>['moten'][number];

export function TidigareMoten({ moten }: { moten: readonly Mote[] }) {
  if (moten.length === 0) return <p className="tomt">Inga möten är registrerade för närområdet.</p>;
  return (
    <ol className="moten" aria-label="Registrerade möten, senaste först">
      {moten.map((mote) => (
        <li key={mote.id} data-mote={mote.id}>
          <h3>
            Möte {mote.datum}
            {mote.starttid ? ` kl. ${mote.starttid}` : ''}
            {mote.plats ? `, ${mote.plats}` : ''}
          </h3>
          <p>
            <strong>Deltagare:</strong>{' '}
            {mote.medverkande.length > 0
              ? mote.medverkande.map((person) => `${person.namn} (${person.roll}, ${person.organisation}, ${person.huvudman.namn})`).join('; ')
              : mote.deltagare.join('; ')}
          </p>
          {mote.beslut.length > 0 ? (
            <>
              <p>
                <strong>Beslut:</strong>
              </p>
              <ul>
                {mote.beslut.map((beslut, index) => (
                  <li key={index}>
                    {beslut.beskrivning}
                    {beslut.skapadAtgard
                      ? ` – ny åtgärd ”${beslut.skapadAtgard.beskrivning}” (${atgardStatusNamn[beslut.skapadAtgard.status].toLowerCase()}, sista datum ${beslut.skapadAtgard.sistaDatum}${beslut.skapadAtgard.forsenad ? ', försenad' : ''})`
                      : ''}
                    {beslut.stangdAtgard ? ` – åtgärden ”${beslut.stangdAtgard.beskrivning}” avslutades` : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {mote.systemfel.length > 0 ? (
            <p>
              <strong>Lyfta som systemfel:</strong>{' '}
              {mote.systemfel.map((avvikelse, index) => (
                <span key={avvikelse.id}>
                  {index > 0 ? ', ' : ''}
                  <a href={avvikelseHref(avvikelse.id)}>{avvikelse.id}</a>
                </span>
              ))}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
