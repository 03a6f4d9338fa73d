import type { HouseStructure } from '@app/subjects';
import { drawFamily, type Person, type ResidentIdRegistry } from './family.js';
import type { SeededRandom } from './random.js';
import { formatHundredths } from './random.js';

/** The survey facts of one house (民房), before ids and places are attached. */
export interface HouseholdDraw {
  people: Person[];
  phone: string | null;
  registeredPersons: number;
  homesteadArea: string;
  licensedArea: string;
  unlicensedArea: string;
  structure: HouseStructure;
  yearBuilt: number;
  remarks: string | null;
}

const MOBILE_PREFIXES = [
  '130',
  '131',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '158',
  '159',
  '180',
  '181',
  '186',
  '187',
  '189',
];

const REMARKS = [
  '户主常年在外务工，联系其子女',
  '独居老人，需上门服务',
  '宅基地上另有附属用房一处',
  '家庭成员对安置方式意见不一，需多次沟通',
  '户内有残疾人员，享受相应政策',
  '二层楼房，屋面已翻修',
];

function drawStructure(rng: SeededRandom, yearBuilt: number): HouseStructure {
  if (yearBuilt < 1985) return rng.weighted({ brick_wood: 50, brick_concrete: 45, simple: 5 });
  if (yearBuilt < 1999) return rng.weighted({ brick_concrete: 75, reinforced_concrete: 15, brick_wood: 8, simple: 2 });
  return rng.weighted({ brick_concrete: 55, reinforced_concrete: 45 });
}

/** A plausible 民房 survey: family, phone, land and building areas, structure and year built. */
export function drawHousehold(rng: SeededRandom, ids: ResidentIdRegistry): HouseholdDraw {
  const people = drawFamily(rng, ids);
  const head = people[0];
  const phone = rng.chance(head.birthYear < 1940 ? 0.3 : 0.03)
    ? null
    : rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');

  // Areas in hundredths of a m²: licensed floor area follows the homestead (one to two storeys), kept within 120–450.
  const homestead = rng.int(8_000, 25_000);
  const licensed = Math.min(45_000, Math.max(12_000, Math.round((homestead * rng.int(120, 220)) / 100)));
  const unlicensed = rng.chance(0.3) ? 0 : rng.int(500, 15_000);
  const yearBuilt = rng.chance(0.25) ? rng.int(1975, 1984) : rng.chance(0.7) ? rng.int(1985, 1998) : rng.int(1999, 2008);

  return {
    people,
    phone,
    registeredPersons: Math.min(7, people.length + (rng.chance(0.25) ? 1 : 0)),
    homesteadArea: formatHundredths(homestead),
    licensedArea: formatHundredths(licensed),
    unlicensedArea: formatHundredths(unlicensed),
    structure: drawStructure(rng, yearBuilt),
    yearBuilt,
    remarks: rng.chance(0.05) ? rng.pick(REMARKS) : null,
  };
}
