// Claims made after the seed report, in the record's summaries, and how they bear on the seed's
// claims. Each is anchored in the summary that reports it.
import type { ClaimData, RelationData } from './types';

export const laterClaims: ClaimData[] = [
  {
    key: 'nk-denial',
    statement: 'North Korea has never exported weapons or ammunition to Russia and has no plans to do so.',
    kind: 'EVENT',
    claimed: '2022-09-22',
    credibility: 'DOUBTFUL',
    claimants: ['north-korea'],
    subjects: ['north-korea', 'russia'],
    resolutionCriteria: 'Refuted when North Korean weapons or ammunition are shown to have reached Russia.',
    appearances: [
      {
        report: 'kcna-denial-2022-09-22',
        exact: 'denied that North Korea had ever exported weapons or ammunition to Russia and said it had no plans to do so',
        chain: [
          { source: 'kcna', relation: 'carried the statement' },
          { actor: 'north-korea', relation: 'said, through a defence ministry official' },
        ],
      },
    ],
  },
  {
    key: 'wh-covert-shells',
    statement:
      'North Korea is covertly supplying Russia with a significant number of artillery shells, disguising their destination as the Middle East or North Africa.',
    kind: 'EVENT',
    claimed: '2022-11-02',
    credibility: 'PROBABLY_TRUE',
    claimants: ['united-states'],
    subjects: ['north-korea', 'russia'],
    appearances: [
      {
        report: 'wh-covert-shells-2022-11-02',
        exact: 'North Korea was covertly supplying Russia with a "significant number" of artillery shells',
        chain: [{ source: 'white-house-nsc', relation: 'said (spokesman John Kirby)' }],
      },
    ],
  },
  {
    key: 'nis-million-shells',
    statement: 'North Korea has sent more than one million artillery shells to Russia since August 2023.',
    kind: 'QUANTITY',
    claimed: '2023-11-01',
    credibility: 'PROBABLY_TRUE',
    claimants: ['south-korea'],
    subjects: ['north-korea', 'russia'],
    appearances: [
      {
        report: 'nis-million-shells-2023-11-01',
        exact: 'North Korea had sent more than one million artillery shells to Russia since August 2023',
        chain: [
          { source: 'yoo-sang-bum', relation: 'made public' },
          { source: 'nis', relation: 'told lawmakers' },
        ],
      },
    ],
  },
  {
    key: 'wh-ballistic-missiles',
    statement: 'Russia has fired North Korean-supplied ballistic missiles at Ukraine, in attacks on 30 December 2023 and 2 January 2024.',
    kind: 'EVENT',
    claimed: '2024-01-04',
    credibility: 'PROBABLY_TRUE',
    claimants: ['united-states'],
    subjects: ['russia', 'north-korea', 'ukraine'],
    appearances: [
      {
        report: 'wh-ballistic-missiles-2024-01-04',
        exact: 'Russia had fired ballistic missiles supplied by North Korea at Ukraine',
        chain: [{ source: 'white-house-nsc', relation: 'said (spokesman John Kirby)' }],
      },
    ],
  },
  {
    key: 'nis-troops',
    statement: 'North Korea has decided to send about 12,000 troops, including special forces, to Russia.',
    kind: 'EVENT',
    claimed: '2024-10-18',
    credibility: 'PROBABLY_TRUE',
    claimants: ['south-korea'],
    subjects: ['north-korea', 'russia'],
    appearances: [
      {
        report: 'nis-troops-2024-10-18',
        exact: 'North Korea had decided to send about 12,000 troops, special forces among them, to Russia',
        chain: [{ source: 'nis', relation: 'said' }],
      },
    ],
  },
];

export const relations: RelationData[] = [
  {
    from: 'nk-denial',
    to: 'shells',
    kind: 'CONTRADICTS',
    note: 'North Korea denied ever exporting weapons or ammunition to Russia.',
  },
  {
    from: 'wh-covert-shells',
    to: 'shells',
    kind: 'SUPPORTS',
    note: 'The White House said shells were being delivered, in a "significant number" rather than a stated quantity.',
  },
  {
    from: 'nis-million-shells',
    to: 'shells',
    kind: 'SUPPORTS',
    note: 'South Korean intelligence put the deliveries at over a million shells.',
  },
  {
    from: 'nis-million-shells',
    to: 'nk-denial',
    kind: 'CONTRADICTS',
    note: 'Over a million shells sent is incompatible with no exports at all.',
  },
  {
    from: 'wh-ballistic-missiles',
    to: 'more-equipment',
    kind: 'SUPPORTS',
    note: 'North Korean ballistic missiles in Russian use: further equipment, as the US official expected.',
  },
  {
    from: 'nis-troops',
    to: 'troops-offer',
    kind: 'REFINES',
    note: 'About 12,000 troops, sent to Russia itself, where the earlier reports spoke of up to 100,000 for Ukraine.',
  },
];
