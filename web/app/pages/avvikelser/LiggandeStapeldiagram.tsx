// A horizontal bar chart in plain SVG, for named groups (categories, median and
// percentile): the name at the left, the value at the end of the bar. A withheld
// count is hatched up to the threshold − 1; a withheld median has no bar, only
// its reason. An optional reference line marks a limit (60 days to återkoppling).
import { axelskala } from './axelskala.js';
import { kortEtikett } from './kortEtikett.js';
import { useUndertrycktMonster } from './UndertrycktMonster.js';
import { stapelhojd, type Matvarde } from './matvarde.js';
import { formatHeltal } from '../../format/tal.js';

export interface LiggandeStapel {
  nyckel: string;
  namn: string;
  varde: Matvarde;
  /** A comparison bar (the previous period) is drawn lighter. */
  jamforelse?: boolean;
}

const bredd = 720;
const radhojd = 36;
const marginal = { vanster: 210, hoger: 130, topp: 30, botten: 34 };
/** Room a character of the names takes at font size 15 (digits, the widest, included). */
const teckenbredd = 9;

export function LiggandeStapeldiagram({
  beskrivning,
  staplar,
  grans,
  formatera = formatHeltal,
  undertrycktSomStapel = true,
  referens,
  etikettbredd: vanster = marginal.vanster,
}: {
  beskrivning: string;
  staplar: readonly LiggandeStapel[];
  grans: number;
  formatera?: (varde: number) => string;
  /** Counts: a withheld one is a hatched bar. Medians and shares: no bar. */
  undertrycktSomStapel?: boolean;
  referens?: { varde: number; etikett: string };
  /** Room for the names at the left: wider for unit names and HSA-ids; a name that still does not fit is shortened. */
  etikettbredd?: number;
}) {
  const maxTecken = Math.floor((vanster - 10) / teckenbredd);
  const monster = useUndertrycktMonster();
  const hojd = marginal.topp + staplar.length * radhojd + marginal.botten;
  const langd = (varde: Matvarde) => (varde.typ === 'undertryckt' && !undertrycktSomStapel ? 0 : stapelhojd(varde, grans));
  const skala = axelskala(Math.max(undertrycktSomStapel ? grans : 1, referens?.varde ?? 0, ...staplar.map((stapel) => langd(stapel.varde))), 4);
  const ritbredd = bredd - vanster - marginal.hoger;
  const x = (varde: number) => vanster + (varde / skala.max) * ritbredd;
  const axelY = marginal.topp + staplar.length * radhojd;

  return (
    <svg className="avvikelser-diagram" viewBox={`0 0 ${bredd} ${hojd}`} role="img" aria-label={beskrivning}>
      <title>{beskrivning}</title>
      {monster.definition}
      {skala.markeringar.map((markering) => (
        <g key={markering}>
          <line x1={x(markering)} x2={x(markering)} y1={marginal.topp - 4} y2={axelY} stroke="#c9d0d6" />
          <text x={x(markering)} y={axelY + 22} textAnchor="middle" fontSize="15" fill="#1a1a1a">
            {formatHeltal(markering)}{' '}
          </text>
        </g>
      ))}
      {staplar.map((stapel, index) => {
        const mitt = marginal.topp + index * radhojd + radhojd / 2;
        const slut = x(langd(stapel.varde));
        const undertryckt = stapel.varde.typ === 'undertryckt';
        const text =
          stapel.varde.typ === 'varde'
            ? formatera(stapel.varde.varde)
            : undertryckt
              ? undertrycktSomStapel
                ? `<${grans}`
                : 'för få att visa'
              : stapel.varde.typ === 'saknas'
                ? 'ej tillgängligt'
                : 'inget underlag';
        return (
          <g key={stapel.nyckel}>
            <text x={vanster - 10} y={mitt} dy="0.35em" textAnchor="end" fontSize="15" fill="#1a1a1a">
              {kortEtikett(stapel.namn, maxTecken)}{' '}
            </text>
            {slut > vanster ? (
              <rect
                x={vanster}
                y={mitt - radhojd * 0.34}
                width={slut - vanster}
                height={radhojd * 0.68}
                fill={undertryckt ? monster.fyllning : stapel.jamforelse ? '#5b7fa6' : '#00508c'}
                stroke={undertryckt ? '#00508c' : 'none'}
                strokeWidth="1.5"
              />
            ) : null}
            {/* A white halo keeps the value readable where it crosses the reference line. */}
            <text
              x={slut + 8}
              y={mitt}
              dy="0.35em"
              fontSize="15"
              fontStyle={stapel.varde.typ === 'varde' ? 'normal' : 'italic'}
              fill="#1a1a1a"
              stroke="#ffffff"
              strokeWidth="5"
              paintOrder="stroke"
            >
              {text}{' '}
            </text>
          </g>
        );
      })}
      <line x1={vanster} x2={vanster} y1={marginal.topp - 4} y2={axelY} stroke="#1a1a1a" strokeWidth="1.5" />
      {referens ? (
        <g>
          <line x1={x(referens.varde)} x2={x(referens.varde)} y1={marginal.topp - 8} y2={axelY} stroke="#a4161a" strokeWidth="2.5" strokeDasharray="7 5" />
          <text x={x(referens.varde)} y={marginal.topp - 13} textAnchor="middle" fontSize="14" fontWeight="700" fill="#a4161a">
            {referens.etikett}{' '}
          </text>
        </g>
      ) : null}
    </svg>
  );
}
