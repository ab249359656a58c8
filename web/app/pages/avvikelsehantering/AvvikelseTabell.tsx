// A list of avvikelser as a table: the id opens the case page, the deadline
// column says how much time is left, and overdue rows stand out.
import { avvikelseKategoriNamn, avvikelseStatusNamn } from '../../format/kodnamn.js';
import type { AvvikelseRadFragment } from '../../generated/graphql.js';
import { avvikelseHref } from '../../routing/route.js';
import { fristText } from './frist.js';
import { Rullyta } from '../../components/Rullyta.js';

export function AvvikelseTabell({ rubrik, rader, motpart }: { rubrik: string; rader: readonly AvvikelseRadFragment[]; motpart: 'rapporterande' | 'mottagande' }) {
  return (
    <Rullyta etikett={rubrik}>
      <table>
        <caption>{rubrik}</caption>
        <thead>
          <tr>
            <th scope="col">Avvikelse</th>
            <th scope="col">Status</th>
            <th scope="col">Återkoppling</th>
            <th scope="col">Kategori</th>
            <th scope="col">Närområde</th>
            <th scope="col">{motpart === 'rapporterande' ? 'Rapporterad av' : 'Skickad till'}</th>
            <th scope="col">Händelsedatum</th>
          </tr>
        </thead>
        <tbody>
          {rader.map((avvikelse) => {
            const frist = fristText(avvikelse);
            const part = motpart === 'rapporterande' ? avvikelse.rapporterandeHuvudman : avvikelse.mottagandeHuvudman;
            return (
              <tr key={avvikelse.id} className={frist.forsenad ? 'lucka' : undefined} data-avvikelse={avvikelse.id}>
                <th scope="row">
                  <a href={avvikelseHref(avvikelse.id)}>{avvikelse.id}</a>
                </th>
                <td>
                  {avvikelseStatusNamn[avvikelse.status]}
                  {avvikelse.systemfel ? <span className="etikett-varning"> systemfel</span> : null}
                </td>
                <td>{frist.forsenad ? <strong>{frist.text}</strong> : frist.text}</td>
                <td>{avvikelseKategoriNamn[avvikelse.kategori]}</td>
                <td>{avvikelse.naromrade.namn}</td>
                <td>{part.namn}</td>
                <td>{avvikelse.handelsedatum}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Rullyta>
  );
}
