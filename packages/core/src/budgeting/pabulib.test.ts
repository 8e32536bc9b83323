import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { voteCounts } from './election.js';
import { electionFromPabulib, pabulibFile, parsePabulib, selectedInFile, writePabulib } from './pabulib.js';
import { Rational } from './rational.js';

const dir = join(import.meta.dirname, '../../../../test/fixtures/pabulib');

const small = [
  'META',
  'key;value',
  'description;"A ""quoted"" text; with a semicolon"',
  'budget;100',
  'vote_type;approval',
  'PROJECTS',
  'project_id;cost;name;selected',
  '1;60;Park;1',
  '2;50;"Library;books";0',
  '3;40;Bench;1',
  'VOTES',
  'voter_id;vote',
  '1;1,3',
  '2;2',
  '3;',
  '4;1, 3',
].join('\r\n');

test('reads the three sections, quoted fields with ; and "", CRLF and a BOM', () => {
  const file = parsePabulib(`\uFEFF${small}\r\n`);
  assert.equal(file.meta['description'], 'A "quoted" text; with a semicolon');
  assert.equal(file.meta['budget'], '100');
  assert.deepEqual(file.projects.columns, ['project_id', 'cost', 'name', 'selected']);
  assert.equal(file.projects.rows[1]!['name'], 'Library;books');
  assert.deepEqual(selectedInFile(file), ['1', '3']);
  const election = electionFromPabulib(file);
  assert.equal(election.voters, 4, 'the blank ballot of voter 3 counts as a voter');
  assert.equal(election.budget.toString(), '100');
  // Voters 1 and 4 cast the same ballot: one group of two.
  assert.deepEqual(
    election.ballots.map((b) => [b.projects, b.count]),
    [
      [[0, 2], 2],
      [[1], 1],
    ],
  );
  assert.deepEqual(voteCounts(election), [2, 1, 2]);
});

test('writes a file that reads back equal (Wieliczka, with its BOM and CRLF, round trip)', () => {
  const text = readFileSync(join(dir, 'poland_wieliczka_2023_green-budget.pb'), 'utf8');
  const file = parsePabulib(text);
  const again = parsePabulib(writePabulib(file));
  assert.deepEqual(again, file);
  assert.equal(file.votes.rows.length, 6586);
  assert.ok(writePabulib(parsePabulib(small)).includes('"Library;books"'));
});

test('points ballots: cumulative votes carry a points column', () => {
  const text = ['META', 'key;value', 'budget;10', 'vote_type;cumulative', 'PROJECTS', 'project_id;cost', 'a;5', 'b;5', 'VOTES', 'voter_id;vote;points', '1;a,b;3,7', '2;b;10'].join('\n');
  const election = electionFromPabulib(parsePabulib(text));
  assert.ok(election.withPoints);
  assert.deepEqual(voteCounts(election), [3, 17]);
});

test('refuses what is not a pabulib file, naming the problem', () => {
  assert.throws(() => parsePabulib('hello'), /before the META section/);
  assert.throws(() => parsePabulib('META\nkey;value\nbudget;1\nPROJECTS\nproject_id;cost\n1;1\n'), /VOTES section is missing/);
  assert.throws(() => parsePabulib('META\nkey;value\nPROJECTS\nproject_id;cost\n1;1;9\nVOTES\nvoter_id;vote\n'), /has 3 fields/);
  assert.throws(() => parsePabulib('META\nkey;value\ndescription;"open\n'), /never closed/);
  const unknown = 'META\nkey;value\nbudget;1\nPROJECTS\nproject_id;cost\n1;1\nVOTES\nvoter_id;vote\n1;2\n';
  assert.throws(() => electionFromPabulib(parsePabulib(unknown)), /unknown project "2"/);
});

test('pabulibFile builds a publishable file of anonymised ballots', () => {
  const file = pabulibFile({
    meta: { description: 'Heinola 2027', budget: '100', currency: 'EUR' },
    projects: [
      { id: 'p1', cost: Rational.of(60), name: 'Puisto; uusi', votes: 2, selected: true },
      { id: 'p2', cost: Rational.of(50), votes: 1, selected: false },
    ],
    ballots: [{ projects: ['p1'] }, { projects: ['p1', 'p2'] }, { projects: [] }],
  });
  const text = writePabulib(file);
  const back = parsePabulib(text);
  assert.equal(back.meta['num_votes'], '3');
  assert.equal(back.meta['vote_type'], 'approval');
  assert.deepEqual(back.votes.rows.map((r) => r['vote']), ['p1', 'p1,p2', '']);
  assert.equal(back.projects.rows[0]!['name'], 'Puisto; uusi');
  const election = electionFromPabulib(back);
  assert.equal(election.voters, 3);
  assert.deepEqual(voteCounts(election), [2, 1]);
});
