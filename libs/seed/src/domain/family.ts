import type { MemberRelation } from '@app/subjects';
import { daysInYear, fromDay, toDay } from './calendar.js';
import { drawName, drawSurname } from './chinese-names.js';
import type { SeededRandom } from './random.js';
import { makeResidentId, type Sex } from './resident-id.js';

/** Household registrations in 青浦: 310229 (old 青浦县) before the district (1999), 310118 after. */
const OLD_QINGPU = '310229';
const QINGPU_DISTRICT = '310118';
/** Where spouses who married in were registered: 昆山, 吴江, 海宁, 奉贤县. */
const MARRIED_IN_REGIONS = ['320583', '320584', '330481', '310226'];

/** Issues 身份证号 that are unique across the whole demo. */
export class ResidentIdRegistry {
  private readonly issued = new Set<string>();

  issue(rng: SeededRandom, person: { birthYear: number; sex: Sex; region?: string }): string {
    const region = person.region ?? (person.birthYear >= 2000 ? QINGPU_DISTRICT : OLD_QINGPU);
    for (;;) {
      const birthDate = fromDay(toDay(`${person.birthYear}-01-01`) + rng.int(0, daysInYear(person.birthYear) - 1));
      const id = makeResidentId({ region, birthDate, sequence: rng.int(1, 499), sex: person.sex });
      if (!this.issued.has(id)) {
        this.issued.add(id);
        return id;
      }
    }
  }

  get size(): number {
    return this.issued.size;
  }
}

export interface Person {
  name: string;
  idNumber: string;
  relation: MemberRelation;
  sex: Sex;
  birthYear: number;
}

const MAX_MEMBERS = 6;
/** The youngest anyone in the demo may be born (surveys run in 2012–2013). */
const LATEST_BIRTH_YEAR = 2012;

/**
 * One family as registered on a 户口簿: the head first, then spouse, children, parents and
 * grandchildren, with ages that fit together and surnames that follow the father's line.
 */
export function drawFamily(rng: SeededRandom, ids: ResidentIdRegistry): Person[] {
  const headBirthYear = rng.chance(0.15) ? rng.int(1930, 1944) : rng.chance(0.8) ? rng.int(1945, 1975) : rng.int(1976, 1990);
  const headSex: Sex = rng.chance(0.85) ? 'male' : 'female';
  const familySurname = drawSurname(rng);
  const people: Person[] = [];
  const add = (relation: MemberRelation, sex: Sex, birthYear: number, surname: string, region?: string) => {
    people.push({
      name: drawName(rng, sex, birthYear, surname),
      idNumber: ids.issue(rng, { birthYear, sex, region }),
      relation,
      sex,
      birthYear,
    });
  };

  add('head', headSex, headBirthYear, familySurname);

  const spousePresent = headBirthYear <= 1988 && rng.chance(headBirthYear < 1945 ? 0.55 : 0.88);
  let motherYear = headBirthYear;
  if (spousePresent) {
    const spouseSex: Sex = headSex === 'male' ? 'female' : 'male';
    const spouseYear = Math.min(1990, headSex === 'male' ? headBirthYear + rng.int(-1, 5) : headBirthYear - rng.int(-1, 5));
    if (spouseSex === 'female') motherYear = spouseYear;
    add('spouse', spouseSex, spouseYear, drawSurname(rng), rng.chance(0.12) ? rng.pick(MARRIED_IN_REGIONS) : undefined);
  }

  // Children carry the father's surname: the head's, unless a female head has a husband.
  const childSurname = headSex === 'female' && spousePresent ? people[1].name[0] : familySurname;
  const childCount = rng.weighted({ 0: 2, 1: 5, 2: 3, 3: 1 });
  const children: Person[] = [];
  let year = motherYear + rng.int(22, 30);
  for (let i = 0; i < Number(childCount) && people.length < MAX_MEMBERS; i++, year += rng.int(1, 4)) {
    if (year > LATEST_BIRTH_YEAR) break;
    add('child', rng.chance(0.52) ? 'male' : 'female', year, childSurname);
    children.push(people[people.length - 1]);
  }

  if (headBirthYear >= 1958) {
    const parents = rng.weighted({ 0: 3, 1: 2, 2: 2 });
    for (let i = 0; i < Number(parents) && people.length < MAX_MEMBERS; i++) {
      const father = i === 0 && rng.chance(0.5);
      add('parent', father ? 'male' : 'female', headBirthYear - rng.int(22, 30), father ? familySurname : drawSurname(rng));
    }
  }

  const son = children.find((c) => c.sex === 'male' && c.birthYear <= 1988);
  if (son) {
    const grandchildren = rng.weighted({ 0: 2, 1: 3, 2: 1 });
    for (let i = 0; i < Number(grandchildren) && people.length < MAX_MEMBERS; i++) {
      const year = Math.min(LATEST_BIRTH_YEAR, son.birthYear + rng.int(23, 30) + i * 2);
      add('grandchild', rng.chance(0.52) ? 'male' : 'female', year, son.name[0]);
    }
  }
  return people;
}
