// The närsjukvårdsteam and palliativa team of mobil närvård that serve the
// närområde's kommun (the region assigns teams per kommun, not per närområde).
import { Laddar } from '../../components/OperationStatus.js';
import type { NaromradeVyTeamQuery } from '../../generated/graphql.js';
import type { OperationState } from '../../graphql/useOperation.js';
import { saknasOrsak } from './saknasOrsak.js';
import { Saknat } from './Saknat.js';
import { teamTypNamn } from '../../format/kodnamn.js';

export function NarsjukvardsteamLista({ state, kommunkod, kommunnamn }: { state: OperationState<NaromradeVyTeamQuery>; kommunkod: string; kommunnamn: string }) {
  if (state.status === 'vilande' || state.status === 'laddar') return <Laddar vad="närsjukvårdsteamen" />;
  if (state.status === 'fel') {
    return (
      <p>
        Teamen kan inte visas: <Saknat saknas={saknasOrsak(state.problems, null, 'vgr')} />.
      </p>
    );
  }
  const team = state.data.narsjukvardsteam.filter((kandidat) => (kandidat.kommuner ?? []).some((kommun) => kommun.kod === kommunkod));
  if (team.length === 0) return <p className="tomt">Inga närsjukvårdsteam eller palliativa team verkar i {kommunnamn}.</p>;
  return (
    <table>
      <caption>Team som verkar i {kommunnamn}</caption>
      <thead>
        <tr>
          <th scope="col">Team</th>
          <th scope="col">Typ</th>
          <th scope="col">Sjukhus</th>
        </tr>
      </thead>
      <tbody>
        {team.map((ettTeam) => (
          <tr key={ettTeam.id}>
            <th scope="row">{ettTeam.namn}</th>
            <td>{teamTypNamn[ettTeam.typ]}</td>
            <td>{ettTeam.sjukhus}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
