// The chair prepares the next meeting before printing the agenda: day, time,
// place, who is invited, and items of their own. Kept in this browser per
// närområde (agenda/motesplanering.ts); nothing is sent to Samsyn.
import type { Motesplanering } from './agenda/motesplanering.js';

export function Motesforberedelse({ planering, onAndra }: { planering: Motesplanering; onAndra(planering: Motesplanering): void }) {
  const andra = (andring: Partial<Motesplanering>) => onAndra({ ...planering, ...andring });
  return (
    <details className="motesforberedelse inte-utskrift">
      <summary>Förbered mötet (datum, plats, inbjudna och egna punkter)</summary>
      <p className="hjalp">Sparas bara i den här webbläsaren och kommer med på den utskrivna dagordningen.</p>
      <div className="rad">
        <label>
          Mötesdatum
          <input type="date" value={planering.datum} onChange={(event) => andra({ datum: event.target.value })} />
        </label>
        <label>
          Mötestid
          <input type="time" value={planering.starttid} onChange={(event) => andra({ starttid: event.target.value })} />
        </label>
        <label>
          Mötesplats
          <input type="text" value={planering.plats} onChange={(event) => andra({ plats: event.target.value })} />
        </label>
      </div>
      <div className="rad">
        <label className="bred">
          Inbjudna (en per rad)
          <textarea rows={4} value={planering.inbjudna} onChange={(event) => andra({ inbjudna: event.target.value })} />
        </label>
        <label className="bred">
          Egna punkter (en per rad)
          <textarea rows={4} value={planering.egnaPunkter} onChange={(event) => andra({ egnaPunkter: event.target.value })} />
        </label>
      </div>
    </details>
  );
}
