import { ProvinceProfile } from './provinces';
import { Random } from './random';

/** A figure for the first half-year and for the whole year (FY ≥ H1: these are cumulative). */
export interface Split {
  fy: number;
  h1: number;
}

/** One province's real-world results in a year, shared by the movement summaries and the pledge results so they agree. */
export interface YearFacts {
  /** 2023: Great Solidarity houses built or repaired for poor households; 2024: temporary houses replaced. */
  houses: Split;
  /** Advanced models and typical examples found and honoured. */
  models: Split;
  newCountrysideCommunes: Split;
  /** Fall of the multidimensional poverty rate, in percentage points (H1 is the estimate). */
  povertyCut: Split;
}

/** Provinces hit hardest by typhoon Yagi (September 2024), which slowed their year-end results. */
export const YAGI_HIT = ['10', '15'];

const round2 = (x: number) => Math.round(x * 100) / 100;

const cache = new Map<string, YearFacts>();

export function yearFacts(p: ProvinceProfile, year: number): YearFacts {
  const key = `${p.code}:${year}`;
  const known = cache.get(key);
  if (known) return known;
  const rng = new Random(`facts:${key}`);
  const yagi = year === 2024 && YAGI_HIT.includes(p.code) ? 0.75 : 1;
  const housesFy = Math.round(p.population * p.povertyRate * (year === 2024 ? 0.11 : 0.05) * rng.between(0.8, 1.2) * yagi);
  const communesFy = Math.max(1, p.newCountrysideCommunes + rng.int(-1, 1) - (yagi < 1 ? 1 : 0));
  const modelsFy = Math.round((p.population / 12) * rng.between(0.8, 1.3));
  const cutFy = round2(p.povertyRate * 0.14 * rng.between(0.85, 1.2));
  const facts: YearFacts = {
    houses: { fy: housesFy, h1: Math.round(housesFy * rng.between(year === 2024 ? 0.3 : 0.35, year === 2024 ? 0.42 : 0.5)) },
    newCountrysideCommunes: { fy: communesFy, h1: Math.floor(communesFy * rng.between(0.2, 0.4)) },
    models: { fy: modelsFy, h1: Math.round(modelsFy * rng.between(0.4, 0.55)) },
    povertyCut: { fy: cutFy, h1: round2(cutFy * rng.between(0.4, 0.55)) },
  };
  cache.set(key, facts);
  return facts;
}
