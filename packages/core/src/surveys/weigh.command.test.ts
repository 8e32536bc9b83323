import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { CsvError, parseCsv } from './csv.js';
import { runWeighCommand } from './weigh.command.js';

const dir = fileURLToPath(new URL('./fixtures/weighting/', import.meta.url));
const files: Record<string, string> = {
  'data.csv': readFileSync(`${dir}respondents.csv`, 'utf8'),
  'margins.json': readFileSync(`${dir}margins.json`, 'utf8'),
};
const run = (argv: string[], extra: Record<string, string> = {}) =>
  runWeighCommand(argv, {
    readText: (path) => {
      const text = { ...files, ...extra }[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
  });
const reference = JSON.parse(readFileSync(`${dir}reference.json`, 'utf8'));

test('--json prints exactly { n, weights, summary, estimates } with the documented fields', () => {
  const result = run(['--data', 'data.csv', '--margins', 'margins.json', '--method', 'rake', '--rake', 'age_group,sex,area', '--estimate', 'satisfied,recommend', '--json']);
  assert.equal(result.exitCode, 0, result.stderr);
  const output = JSON.parse(result.stdout);
  assert.deepEqual(Object.keys(output), ['n', 'weights', 'summary', 'estimates']);
  assert.equal(output.n, 400);
  assert.equal(Object.keys(output.weights).length, 400);
  assert.deepEqual(Object.keys(output.summary), ['sum', 'min', 'max', 'kish_n_eff', 'kish_deff']);
  assert.deepEqual(Object.keys(output.estimates), ['satisfied', 'recommend']);
  assert.deepEqual(Object.keys(output.estimates.satisfied), ['estimate', 'se', 'ci95']);
  const expected = reference.cases.rake_age_sex_area;
  assert.ok(Math.abs(output.estimates.satisfied.se - expected.estimates.satisfied.se) < 1e-14);
  assert.ok(Math.abs(output.weights.r001 - expected.weights.r001) < 1e-11);
});

test('without --json, a readable summary', () => {
  const result = run(['--data=data.csv', '--margins=margins.json', '--method=poststratify', '--cells=age_group,sex', '--estimate=satisfied']);
  assert.equal(result.exitCode, 0, result.stderr);
  assert.match(result.stdout, /400 responses post-stratified on age_group × sex/);
  assert.match(result.stdout, /satisfied\s+0\.6393\s+0\.0246\s+0\.5911 – 0\.6874/);
});

test('usage errors exit with 2 and say what is wrong', () => {
  const cases: [string[], RegExp][] = [
    [[], /--method is required/],
    [['--data', 'data.csv', '--margins', 'margins.json', '--method', 'ipf'], /--method must be poststratify or rake, not "ipf"/],
    [['--data', 'data.csv', '--margins', 'margins.json', '--method', 'rake'], /needs --rake a,b,c/],
    [['--data', 'data.csv', '--margins', 'margins.json', '--method', 'poststratify', '--cells', 'sex', '--trim', '5'], /--trim needs LOW,HIGH/],
    [['--data', 'data.csv', '--margins', 'margins.json', '--method', 'rake', '--rake', 'sex', '--trim', '9,3'], /--trim needs LOW,HIGH/],
    [['--data', 'data.csv', '--margins', 'margins.json', '--method', 'rake', '--rake', 'sex', '--wieght', 'w'], /unknown option --wieght/],
    [['--data', '--margins', 'margins.json'], /--data needs a value/],
    [['data.csv'], /unexpected argument "data.csv"/],
  ];
  for (const [argv, message] of cases) {
    const result = run(argv);
    assert.equal(result.exitCode, 2, argv.join(' '));
    assert.match(result.stderr, message);
    assert.match(result.stderr, /Try kohtaamo-weigh --help/);
    assert.equal(result.stdout, '');
  }
  assert.match(run(['--help']).stdout, /Usage:/);
});

test('bad data and margins exit with 1 and a clear message', () => {
  const base = ['--data', 'data.csv', '--margins', 'margins.json'];
  const cases: [string[], Record<string, string>, RegExp][] = [
    [['--data', 'nope.csv', '--margins', 'margins.json', '--method', 'rake', '--rake', 'sex'], {}, /cannot read the data file nope.csv: no such file/],
    [[...base, '--method', 'rake', '--rake', 'sex'], { 'margins.json': '{"sex": ' }, /margins file margins.json is not valid JSON/],
    [[...base, '--method', 'rake', '--rake', 'sex'], { 'data.csv': 'name,sex\na,female\nb,male\n' }, /the data has no "id" column \(columns: name, sex\)/],
    [[...base, '--method', 'rake', '--rake', 'sex'], { 'data.csv': 'id,sex\na,female\na,male\n' }, /line 3: the id "a" is already on line 2/],
    [[...base, '--method', 'rake', '--rake', 'gender'], {}, /the data has no column "gender"/],
    [[...base, '--method', 'rake', '--rake', 'sex'], { 'data.csv': 'id,sex\na,female\nb,\n' }, /the response "b" \(line 3\) has no value for "sex"/],
    [[...base, '--method', 'rake', '--rake', 'sex'], { 'data.csv': 'id,sex\na,female\nb,other\n' }, /respondents are in the cell "other", which has no population total/],
    [[...base, '--method', 'rake', '--rake', 'sex'], { 'data.csv': 'id,sex\na,female\nb,female\n' }, /the cell "male" has a population total \(7380\) but no respondents/],
    [[...base, '--method', 'poststratify', '--cells', 'area,sex'], {}, /no margin for a joint table over area, sex \(margins found: age_group, sex, area, age_group\*sex \(table "age_sex"\)\)/],
    [[...base, '--method', 'rake', '--rake', 'sex'], { 'margins.json': '{"sex": {"female": "7920", "male": 7380}}' }, /"sex"."female" is "7920", not a population total/],
    [[...base, '--method', 'rake', '--rake', 'sex,area'], { 'margins.json': '{"sex": {"female": 100, "male": 100}, "area": {"centre": 5200, "jyranko": 3100, "other_town": 3900, "vierumaki": 1100, "lusi": 600, "rural": 1400}}' }, /the raking margins have different totals \(sex: 200, area: 15300\)/],
    [[...base, '--method', 'rake', '--rake', 'sex', '--estimate', 'area'], {}, /column "area" is not numeric: the response "r001" \(line 2\) has "centre"/],
    [[...base, '--method', 'rake', '--rake', 'sex'], { 'data.csv': 'id,sex\n"a,female\n' }, /data.csv: line 2: a quoted field is not closed/],
    [[...base, '--method', 'rake', '--rake', 'sex'], { 'data.csv': 'id,sex\na,female,x\n' }, /line 2: 3 fields, but the header has 2/],
    [[...base, '--method', 'rake', '--rake', 'sex', '--base-weight', 'sex'], {}, /column "sex" is not numeric/],
  ];
  for (const [argv, extra, message] of cases) {
    const result = run(argv, extra);
    assert.equal(result.exitCode, 1, `${argv.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, message);
    assert.match(result.stderr, /^kohtaamo-weigh: /);
  }
});

test('CSV: quotes, doubled quotes, CRLF, BOM, semicolons and decimal commas', () => {
  const table = parseCsv('\ufeffid;name;score\r\n1;"Virtanen; Matti";"3,5"\r\n2;"sanoi ""hei""";4\r\n\r\n');
  assert.equal(table.separator, ';');
  assert.deepEqual(table.header, ['id', 'name', 'score']);
  assert.deepEqual(table.rows, [
    ['1', 'Virtanen; Matti', '3,5'],
    ['2', 'sanoi "hei"', '4'],
  ]);
  const multiline = parseCsv('id,text\n1,"two\nlines"\n2,x\n');
  assert.deepEqual(multiline.lines, [2, 4]);
  assert.throws(() => parseCsv('id,x\n1,a"b\n'), (e: unknown) => e instanceof CsvError && e.line === 2);
  assert.throws(() => parseCsv('id,id\n1,2\n'), /the column "id" appears twice/);
  assert.throws(() => parseCsv(''), /empty/);
  const semicolon = run(['--data', 's.csv', '--margins', 'm.json', '--method', 'rake', '--rake', 'sex', '--estimate', 'score', '--json'], {
    's.csv': 'id;sex;score\na;female;3,5\nb;male;4,5\n',
    'm.json': '{"sex": {"female": 10, "male": 30}}',
  });
  assert.equal(semicolon.exitCode, 0, semicolon.stderr);
  assert.equal(JSON.parse(semicolon.stdout).estimates.score.estimate, 4.25);
});

test('the installed command runs as a process from the repository (plain node, tsx from npm ci)', () => {
  const bin = fileURLToPath(new URL('../../bin/kohtaamo-weigh.js', import.meta.url));
  const ok = spawnSync(process.execPath, [bin, '--data', `${dir}small.csv`, '--margins', `${dir}small-margins.json`, '--method', 'rake', '--rake', 'age2,sex', '--estimate', 'uses_library', '--json'], {
    encoding: 'utf8',
  });
  assert.equal(ok.status, 0, ok.stderr);
  const output = JSON.parse(ok.stdout);
  const expected = reference.cases.small_rake;
  assert.ok(Math.abs(output.estimates.uses_library.se - expected.estimates.uses_library.se) < 1e-15);
  const bad = spawnSync(process.execPath, [bin, '--method', 'rake'], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--rake a,b,c|--data is required/);
});
