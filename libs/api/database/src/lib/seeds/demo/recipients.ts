import { Gender, RecipientClass, RecipientKind } from '@tdkt/shared/contracts';
import { foldVietnamese } from '@tdkt/shared/util-text';
import { Authority } from './authorities';
import { DemoProvince } from './context';
import { personName } from './names';
import { Random } from './random';
import { Unit, UnitKind } from './units';

/** Who receives an award, with the office that decides grassroots awards for them. */
export interface Recipient {
  authority: Authority;
  ethnicMinority: boolean;
  gender: Gender | null;
  kind: RecipientKind;
  name: string;
  organization: string | null;
  position: string | null;
  recipientClass: RecipientClass | null;
  unit: Unit;
}

export type UnitMix = ReadonlyArray<readonly [UnitKind, number]>;

/** Women are fewer among leaders than among teachers, doctors and clerks. */
const FEMALE_SHARE: Record<RecipientClass, number> = {
  [RecipientClass.LEADER]: 0.25,
  [RecipientClass.MANAGER]: 0.4,
  [RecipientClass.ENTREPRENEUR]: 0.3,
  [RecipientClass.DIRECT_WORKER]: 0.45,
  [RecipientClass.OTHER]: 0.55,
};

export function unitNamed(p: DemoProvince, name: string): Unit {
  const unit = p.units.find((u) => u.name === name);
  if (!unit) throw new Error(`demo data: no unit "${name}" in ${p.name}`);
  return unit;
}

/** A named individual at a unit, for the hand-made award histories. */
export function individual(
  unit: Unit,
  name: string,
  gender: Gender,
  ethnicMinority: boolean,
  position: string,
  recipientClass: RecipientClass,
): Recipient {
  return {
    kind: RecipientKind.INDIVIDUAL,
    name,
    gender,
    ethnicMinority,
    position,
    recipientClass,
    organization: unit.name,
    authority: unit.authority,
    unit,
  };
}

/**
 * Draws recipients from a province's units. Every person is new: the rule engine matches people by
 * name + organisation + province, so an accidental namesake would look like a second award to one person.
 */
export class RecipientPool {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Random) {}

  reserve(p: DemoProvince, name: string, organization: string | null): void {
    this.used.add(this.key(p, name, organization));
  }

  unit(p: DemoProvince, mix: UnitMix): Unit {
    const available = mix.filter(([kind]) => p.units.some((u) => u.kind === kind));
    const kind = this.rng.weighted(available);
    return this.rng.pick(p.units.filter((u) => u.kind === kind));
  }

  person(p: DemoProvince, mix: UnitMix, classes?: readonly RecipientClass[]): Recipient {
    for (let attempt = 0; attempt < 50; attempt++) {
      const unit = this.unit(p, mix);
      const roles = unit.roles.filter(([, c]) => !classes || classes.includes(c));
      if (roles.length === 0) continue;
      const [position, recipientClass] = this.rng.weighted(roles.map((r) => [r, r[2]] as const));
      const gender = this.rng.chance(FEMALE_SHARE[recipientClass]) ? Gender.FEMALE : Gender.MALE;
      const person = personName(this.rng, this.rng.weighted(p.profile.ethnicities), gender);
      if (!this.claim(p, person.name, unit.name)) continue;
      return individual(unit, person.name, gender, person.ethnicMinority, position, recipientClass);
    }
    throw new Error(`demo data: no fresh recipient left in ${p.name}`);
  }

  /** A household named after its head, as decisions write it. */
  household(p: DemoProvince): Recipient {
    for (let attempt = 0; attempt < 50; attempt++) {
      const unit = this.unit(p, [['VILLAGE', 1]]);
      const gender = this.rng.chance(0.75) ? Gender.MALE : Gender.FEMALE;
      const head = personName(this.rng, this.rng.weighted(p.profile.ethnicities), gender);
      const name = `Hộ gia đình ${gender === Gender.MALE ? 'ông' : 'bà'} ${head.name}`;
      if (!this.claim(p, name, unit.name)) continue;
      return {
        kind: RecipientKind.HOUSEHOLD,
        name,
        organization: unit.name,
        position: null,
        gender: null,
        ethnicMinority: false,
        recipientClass: null,
        authority: unit.authority,
        unit,
      };
    }
    throw new Error(`demo data: no fresh household left in ${p.name}`);
  }

  /** A collective: a division of a unit, or the whole unit when `whole` is set or it has no divisions. */
  collective(p: DemoProvince, mix: UnitMix, whole = false): Recipient {
    const unit = this.unit(p, mix);
    const division = !whole && unit.divisions.length > 0 ? this.rng.pick(unit.divisions) : null;
    return this.collectiveOf(unit, division ?? unit.name, division ? unit.name : unit.parent);
  }

  /** A commune as a place ("Xã Minh Quang, huyện Chiêm Hóa"), for the model-commune title. */
  commune(p: DemoProvince): Recipient {
    const unit = this.unit(p, [['COMMUNE', 1]]);
    return this.collectiveOf(unit, `Xã ${unit.commune}, ${unit.district}`, `UBND ${unit.district}`);
  }

  collectiveOf(unit: Unit, name: string, organization: string | null): Recipient {
    return {
      kind: RecipientKind.COLLECTIVE,
      name,
      organization,
      position: null,
      gender: null,
      ethnicMinority: false,
      recipientClass: null,
      authority: unit.authority,
      unit,
    };
  }

  private claim(p: DemoProvince, name: string, organization: string): boolean {
    const key = this.key(p, name, organization);
    if (this.used.has(key)) return false;
    this.used.add(key);
    return true;
  }

  private key(p: DemoProvince, name: string, organization: string | null): string {
    return `${p.code}|${foldVietnamese(name)}|${foldVietnamese(organization)}`;
  }
}
