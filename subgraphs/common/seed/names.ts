// Synthetic Swedish names for staff, contact persons, boenden and utförare:
// common names combined at random, so no record describes a real person.
import type { Random } from './random.js';

export const firstNames: readonly string[] = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Lena', 'Kerstin', 'Emma', 'Ingrid', 'Malin',
  'Sofia', 'Johanna', 'Linnea', 'Elin', 'Ida', 'Hanna', 'Amira', 'Leila', 'Fatima', 'Nadia',
  'Erik', 'Lars', 'Karl', 'Anders', 'Johan', 'Per', 'Mikael', 'Nils', 'Jonas', 'Oskar',
  'Henrik', 'Fredrik', 'Mattias', 'Ali', 'Omar', 'Daniel', 'Gustav', 'Viktor', 'Tomas', 'Peter',
];

export const lastNames: readonly string[] = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson',
  'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson',
  'Lindberg', 'Jakobsson', 'Magnusson', 'Lindström', 'Olofsson', 'Lindqvist', 'Lindgren', 'Berg',
  'Axelsson', 'Bergström', 'Lundberg', 'Lundgren', 'Lind', 'Mattsson', 'Berglund', 'Fredriksson',
  'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Ali', 'Mohammed', 'Hassan', 'Wallin',
];

export function personName(random: Random): string {
  return `${random.pick(firstNames)} ${random.pick(lastNames)}`;
}

// Boende names are compounds like "Björkhagen" or "Solgården"; 40 × 16 gives
// enough distinct names for Göteborg's many boenden at `vg` scale.
const boendeNamePrefixes: readonly string[] = [
  'Björk', 'Lind', 'Ek', 'Rönn', 'Hassel', 'Al', 'Asp', 'Gran', 'Tall', 'Sol',
  'Ljung', 'Lilje', 'Ros', 'Syren', 'Klöver', 'Lärk', 'Svan', 'Trast', 'Fågel', 'Sjö',
  'Berg', 'Ängs', 'Dal', 'Ås', 'Strand', 'Vik', 'Bäck', 'Kvarn', 'Mölle', 'Kastanj',
  'Lönn', 'Hägg', 'Vide', 'Fläder', 'Blåbärs', 'Lingon', 'Körsbärs', 'Äppel', 'Pil', 'Sälg',
];

const boendeNameSuffixes: readonly string[] = [
  'hagen', 'gården', 'backen', 'lunden', 'dalen', 'gläntan', 'ängen', 'höjden',
  'udden', 'torpet', 'parken', 'stigen', 'liden', 'vik', 'berga', 'holmen',
];

export function boendeNameCandidates(): string[] {
  return boendeNamePrefixes.flatMap((prefix) => boendeNameSuffixes.map((suffix) => prefix + suffix));
}

/** Invented private hemtjänst utförare (LOV). */
export const privatUtforareNames: readonly string[] = [
  'Omsorgshjälpen Väst AB',
  'Trygga Händer Hemtjänst AB',
  'Vårdnära Omsorg AB',
  'Hemtjänst Ljuset AB',
  'Västkustens Omsorg AB',
  'Hjärtligt Hemtjänst AB',
  'Nära Vardag Omsorg AB',
  'Kustbygdens Hemtjänst AB',
];
