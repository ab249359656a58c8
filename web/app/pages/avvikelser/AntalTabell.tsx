// A two-column table of protected counts (a name and its count): the table
// beside each chart, with withheld counts shown as withheld.
import type { Matvarde } from './matvarde.js';
import { MatvardeText } from './MatvardeText.js';

export interface AntalRad {
  key: string;
  namn: string;
  antal: Matvarde;
}

export function AntalTabell({ caption, kolumn, rader }: { caption: string; kolumn: string; rader: readonly AntalRad[] }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{kolumn}</th>
          <th scope="col" className="tal">
            Antal
          </th>
        </tr>
      </thead>
      <tbody>
        {rader.map((rad) => (
          <tr key={rad.key}>
            <th scope="row">{rad.namn}</th>
            <td className="tal">
              <MatvardeText varde={rad.antal} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
