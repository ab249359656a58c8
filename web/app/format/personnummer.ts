// What a user may type as a personnummer or samordningsnummer, and the
// twelve-digit form the API takes: checked here so a typo never reaches a huvudman.

export type PersonnummerResultat = { ok: true; personnummer: string } | { ok: false; fel: string };

/** Accepts `YYYYMMDDNNNN` and `YYYYMMDD-NNNN` (spaces around are ignored); gives the twelve digits. */
export function parsePersonnummer(text: string): PersonnummerResultat {
  const match = /^(\d{8})[-\s]?(\d{4})$/.exec(text.trim());
  if (!match) {
    return { ok: false, fel: 'Skriv personnumret med tolv siffror: ÅÅÅÅMMDDNNNN eller ÅÅÅÅMMDD-NNNN.' };
  }
  const personnummer = `${match[1]}${match[2]}`;
  if (!isValidDate(personnummer.slice(0, 8))) {
    return { ok: false, fel: 'Datumet i personnumret finns inte.' };
  }
  if (!luhnValid(personnummer.slice(2))) {
    return { ok: false, fel: 'Kontrollsiffran stämmer inte. Kontrollera personnumret.' };
  }
  return { ok: true, personnummer };
}

/** `191212121212` → `19121212-1212`, the way staff read it aloud. */
export function formatPersonnummer(personnummer: string): string {
  return /^\d{12}$/.test(personnummer) ? `${personnummer.slice(0, 8)}-${personnummer.slice(8)}` : personnummer;
}

/** The Luhn rule over the ten digits YYMMDDNNNC: weights 2,1,2,1… and the sum a multiple of ten. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    const weighted = Number(digits[index]) * (index % 2 === 0 ? 2 : 1);
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum % 10 === 0;
}

/** A real calendar date; a samordningsnummer's day is the birth day plus 60. */
function isValidDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  let day = Number(yyyymmdd.slice(6, 8));
  if (day > 60) day -= 60;
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
