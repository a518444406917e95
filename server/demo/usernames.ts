import { randomInt, type Random } from './prng.ts';

// Lowercase already: usernames are typed by people, so the lists hold them as typed.
const FIRST_NAMES = [
  'maria', 'kwame', 'liam', 'aisha', 'noah', 'sofia', 'mateo', 'wei', 'priya', 'olivia',
  'ethan', 'fatima', 'lucas', 'amara', 'yuki', 'diego', 'hannah', 'omar', 'emma', 'raj',
  'grace', 'ahmed', 'chloe', 'ivan', 'nia', 'daniel', 'leila', 'samuel', 'mei', 'jonas',
  'ana', 'tariq', 'isabella', 'kofi', 'elena', 'arjun', 'zara', 'felix', 'amina', 'hugo',
  'nora', 'malik', 'ines', 'theo', 'sara', 'dmitri', 'ada', 'jamal', 'lucia', 'kenji',
  'ruth', 'pablo', 'esther', 'tomas', 'farah', 'oscar', 'alice', 'bilal', 'clara', 'jin',
] as const;

const LAST_NAMES = [
  'garcia', 'okafor', 'chen', 'patel', 'smith', 'nguyen', 'kim', 'johnson', 'mensah', 'silva',
  'rossi', 'novak', 'haddad', 'tanaka', 'kowalski', 'osei', 'ahmed', 'brown', 'lopez', 'singh',
  'cohen', 'ivanova', 'dubois', 'andersen', 'yamamoto', 'adeyemi', 'martins', 'park', 'oconnor', 'walker',
  'rahman', 'schmidt', 'costa', 'popescu', 'mwangi', 'santos', 'hughes', 'ali', 'reyes', 'moreau',
  'nakamura', 'olsen', 'petrov', 'khan', 'bianchi', 'jensen', 'ortiz', 'wright', 'baptiste', 'lee',
  'torres', 'eriksson', 'abebe', 'zhang', 'wang', 'liu', 'mendoza', 'owusu', 'fischer', 'sato',
] as const;

// A few people keep the accents in their usernames; the dashboard must show them intact.
const ACCENTED_NAMES = [
  ['zoë', 'müller'], ['josé', 'núñez'], ['chloé', 'lefèvre'], ['björn', 'lindqvist'],
  ['anaïs', 'côté'], ['łukasz', 'wójcik'], ['ayşe', 'yılmaz'], ['søren', 'jørgensen'],
] as const;

const ACCENTED_SHARE = 0.025;

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[randomInt(random, items.length)];
  if (item === undefined) throw new RangeError('pick needs a non-empty list');
  return item;
}

function twoDigits(random: Random): string {
  return String(10 + randomInt(random, 90));
}

/** One username in one of the shapes people choose: maria.garcia, kwame_o, liam.chen42, ... */
function username(random: Random): string {
  const [first, last] = random() < ACCENTED_SHARE ? pick(random, ACCENTED_NAMES) : [pick(random, FIRST_NAMES), pick(random, LAST_NAMES)];
  const shape = random();
  if (shape < 0.38) return `${first}.${last}`;
  if (shape < 0.5) return `${first}_${last.charAt(0)}`;
  if (shape < 0.66) return `${first}.${last}${twoDigits(random)}`;
  if (shape < 0.76) return `${first.charAt(0)}${last}`;
  if (shape < 0.84) return `${first}${last}`;
  if (shape < 0.92) return `${first}_${last}`;
  return `${first}${twoDigits(random)}`;
}

/** `count` distinct usernames; a taken name gets digits appended, as sign-up forms suggest. */
export function generateUsernames(random: Random, count: number): string[] {
  const taken = new Set<string>();
  const names: string[] = [];
  while (names.length < count) {
    let name = username(random);
    while (taken.has(name)) name = `${name}${randomInt(random, 10)}`;
    taken.add(name);
    names.push(name);
  }
  return names;
}
