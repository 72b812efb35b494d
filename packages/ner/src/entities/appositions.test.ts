import { describe, expect, it } from 'vitest';
import { retypedNames as types } from './test-fixtures.js';

describe('organisationsByApposition', () => {
  it('makes an organisation of a name an appositive calls one', () => {
    expect(types('Novo Nordisk, based in Bagsvaerd, said so.', { 'Novo Nordisk': 'PERSON' })).toEqual(['ORG Novo Nordisk']);
    expect(types('Eli Lilly, the Indianapolis drugmaker, said so.', { 'Eli Lilly': 'PERSON' })).toEqual(['ORG Eli Lilly']);
    expect(types('Acme, a Boston firm, grew.', { Acme: 'GPE' })).toEqual(['ORG Acme']);
    expect(types('Ticketmaster, owned by Live Nation, apologised.', { Ticketmaster: 'PERSON' })).toEqual(['ORG Ticketmaster']);
    expect(types('Acme Robotics, Inc., a leader in automation, said so.', { 'Acme Robotics': 'PERSON' })).toEqual(['ORG Acme Robotics']);
  });

  it('makes an organisation of where a person works ("a senior editor at Billboard")', () => {
    expect(types('Joe Lynch, a senior editor at Billboard, said so.', { Billboard: 'GPE' })).toEqual(['ORG Billboard']);
    expect(types('A reporter in Boston said so.', { Boston: 'GPE' })).toEqual(['GPE Boston']);
  });

  it('leaves a person an appositive describes as one, and a place', () => {
    expect(types('Gary Black, a portfolio manager at the fund, said so.', { 'Gary Black': 'PERSON' })).toEqual(['PERSON Gary Black']);
    expect(types('Ann Smith, the party’s leader, spoke.', { 'Ann Smith': 'PERSON' })).toEqual(['PERSON Ann Smith']);
    expect(types('Paris, the French capital, voted.', { Paris: 'GPE' })).toEqual(['GPE Paris']);
    // Not an appositive: the phrase is the subject of the verb after it.
    expect(types('A commander was killed in Beirut, the militant group said.', { Beirut: 'GPE' })).toEqual(['GPE Beirut']);
  });
});
