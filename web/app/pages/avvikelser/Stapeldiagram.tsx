// A vertical bar chart in plain SVG (no chart library, nothing fetched): one bar
// per month. A withheld count is a hatched bar up to the threshold − 1 marked
// "<5", never a bar of 0; the same numbers are in the table beside it.
import { axelskala } from './axelskala.js';
import { useUndertrycktMonster } from './UndertrycktMonster.js';
import type { Manadsetikett } from './manadsserie.js';
import { stapelhojd, type Matvarde } from './matvarde.js';
import { formatHeltal } from '../../format/tal.js';

export interface Stapel {
  nyckel: string;
  /** Full name, e.g. "nov 2025", for the tooltip. */
  namn: string;
  antal: Matvarde;
}

const hojd = 330;
const marginal = { vanster: 64, hoger: 12, topp: 26, botten: 58 };
/** Value labels above the bars only while they have room. */
const maxStaplarMedVarde = 24;

export function Stapeldiagram({
  beskrivning,
  staplar,
  etiketter,
  grans,
  yAxel,
  bredd = 720,
}: {
  /** What the chart shows: its accessible name. */
  beskrivning: string;
  staplar: readonly Stapel[];
  /** One per bar (null: no label under it). */
  etiketter: readonly (Manadsetikett | null)[];
  grans: number;
  yAxel: string;
  /** Width in the chart's own units: wider for long periods, so text keeps its size. */
  bredd?: number;
}) {
  const monster = useUndertrycktMonster();
  const hogsta = Math.max(grans, ...staplar.map((stapel) => stapelhojd(stapel.antal, grans)));
  const skala = axelskala(hogsta);
  const ritbredd = bredd - marginal.vanster - marginal.hoger;
  const rithojd = hojd - marginal.topp - marginal.botten;
  const y = (varde: number) => marginal.topp + rithojd - (varde / skala.max) * rithojd;
  const band = ritbredd / Math.max(1, staplar.length);
  const stapelbredd = Math.max(2, band * 0.7);
  const visaVarden = staplar.length <= maxStaplarMedVarde;

  return (
    <svg className="avvikelser-diagram" viewBox={`0 0 ${bredd} ${hojd}`} role="img" aria-label={beskrivning}>
      <title>{beskrivning}</title>
      {monster.definition}
      {skala.markeringar.map((markering) => (
        <g key={markering}>
          <line x1={marginal.vanster} x2={bredd - marginal.hoger} y1={y(markering)} y2={y(markering)} stroke="#c9d0d6" />
          <text x={marginal.vanster - 8} y={y(markering)} dy="0.35em" textAnchor="end" fontSize="15" fill="#1a1a1a">
            {formatHeltal(markering)}{' '}
          </text>
        </g>
      ))}
      <text transform={`translate(16 ${marginal.topp + rithojd / 2}) rotate(-90)`} textAnchor="middle" fontSize="15" fill="#1a1a1a">
        {yAxel}{' '}
      </text>
      {staplar.map((stapel, index) => {
        const x = marginal.vanster + index * band + (band - stapelbredd) / 2;
        const mitt = x + stapelbredd / 2;
        const topp = y(stapelhojd(stapel.antal, grans));
        const undertryckt = stapel.antal.typ === 'undertryckt';
        const etikett = etiketter[index];
        const vardetext = stapel.antal.typ === 'varde' ? formatHeltal(stapel.antal.varde) : undertryckt ? `<${grans}` : stapel.antal.typ === 'saknas' ? '?' : '–';
        return (
          <g key={stapel.nyckel}>
            <title>{`${stapel.namn}: ${undertryckt ? `färre än ${grans} (undertryckt)` : stapel.antal.typ === 'saknas' ? 'ej tillgängligt' : vardetext} `}</title>
            <rect
              x={x}
              y={topp}
              width={stapelbredd}
              height={marginal.topp + rithojd - topp}
              fill={undertryckt ? monster.fyllning : '#00508c'}
              stroke={undertryckt ? '#00508c' : 'none'}
              strokeWidth="1.5"
            />
            {visaVarden ? (
              <text x={mitt} y={topp - 6} textAnchor="middle" fontSize="14" fontStyle={undertryckt ? 'italic' : 'normal'} fill="#1a1a1a">
                {vardetext}{' '}
              </text>
            ) : null}
            {etikett ? (
              <text x={mitt} y={marginal.topp + rithojd + 20} textAnchor="middle" fontSize="14" fill="#1a1a1a">
                {etikett.manad}{' '}
                {etikett.ar ? (
                  <tspan x={mitt} dy="1.25em" fontWeight="700">
                    {etikett.ar}{' '}
                  </tspan>
                ) : null}
              </text>
            ) : null}
          </g>
        );
      })}
      <line x1={marginal.vanster} x2={bredd - marginal.hoger} y1={y(0)} y2={y(0)} stroke="#1a1a1a" strokeWidth="1.5" />
    </svg>
  );
}
