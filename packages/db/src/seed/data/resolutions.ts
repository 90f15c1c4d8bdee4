// Verdicts on the sample claims as an append-only, dated log: an OPEN entry when the claim was
// made (where it could not yet be settled), then each verdict the record supports, with the
// passages that decide it.
import { SEED_REPORT_KEY as seed } from './seed-report';
import type { ResolutionData } from './types';

const open = (claim: string, effective: string, rationale: string, evidence: ResolutionData['evidence'] = []): ResolutionData => ({
  claim,
  verdict: 'OPEN',
  effective,
  rationale,
  evidence,
});

export const resolutions: ResolutionData[] = [
  open(
    'shells',
    '2022-09',
    'A declassified US finding, released with few details; the report itself says the sale could not be verified independently, and North Korea denied it that month.',
    [
      { report: seed, exact: 'es gibt noch keine Möglichkeit, den Verkauf unabhängig zu überprüfen' },
      { report: 'kcna-denial-2022-09-22', exact: 'denied that North Korea had ever exported weapons or ammunition to Russia' },
    ],
  ),
  {
    claim: 'shells',
    verdict: 'PARTLY_CONFIRMED',
    effective: '2022-11-02',
    rationale:
      'The White House said on the record that North Korea was covertly supplying artillery shells, in a "significant number": deliveries confirmed by the US government, the scale of millions not.',
    evidence: [
      {
        report: 'wh-covert-shells-2022-11-02',
        exact: 'North Korea was covertly supplying Russia with a "significant number" of artillery shells',
      },
    ],
  },
  {
    claim: 'shells',
    verdict: 'CONFIRMED',
    effective: '2023-11-01',
    rationale:
      "South Korea's intelligence service, a second government with its own sources, put deliveries at more than a million shells since August 2023, after the White House had reported over 1,000 containers of munitions.",
    evidence: [
      {
        report: 'nis-million-shells-2023-11-01',
        exact: 'North Korea had sent more than one million artillery shells to Russia since August 2023',
      },
      { report: 'wh-containers-2023-10-13', exact: 'more than 1,000 containers of military equipment and munitions' },
    ],
  },
  open('more-equipment', '2022-09', "An unnamed official's expectation; nothing yet to check it against."),
  {
    claim: 'more-equipment',
    verdict: 'CONFIRMED',
    effective: '2024-01-04',
    rationale:
      'The White House said Russia had fired North Korean ballistic missiles at Ukraine: North Korean equipment beyond the shells and rockets of 2022.',
    evidence: [
      { report: 'wh-ballistic-missiles-2024-01-04', exact: 'Russia had fired ballistic missiles supplied by North Korea at Ukraine' },
    ],
  },
  open('troops-offer', '2022-08', 'Reports in the Western media, with no source named and no sign of troops.'),
  {
    claim: 'troops-offer',
    verdict: 'PARTLY_CONFIRMED',
    effective: '2024-10-28',
    rationale:
      "North Korean troops were sent, as South Korea's intelligence service and then NATO said, but about 12,000 rather than up to 100,000, and to Russia's own Kursk region rather than to Ukraine.",
    evidence: [
      { report: 'nis-troops-2024-10-18', exact: 'decided to send about 12,000 troops, special forces among them, to Russia' },
      { report: 'nato-troops-2024-10-28', exact: 'confirmed that North Korean troops had been sent to Russia' },
      { report: 'nato-troops-2024-10-28', exact: 'deployed to the Kursk region' },
    ],
  },
  open('iran-drones', '2022-09', 'The deal rested on US statements; no Iranian drone had yet been seen in Russian use.'),
  {
    claim: 'iran-drones',
    verdict: 'CONFIRMED',
    effective: '2022-09-13',
    rationale:
      'Ukraine shot down an Iranian-made Shahed-136 flown by Russia, two months after the White House said Iran was preparing to provide up to several hundred drones.',
    evidence: [
      { report: 'ukraine-first-shahed-2022-09-13', exact: 'shot down an Iranian-made Shahed-136 drone' },
      { report: 'wh-iran-drones-2022-07-11', exact: 'Iran was preparing to provide Russia with up to several hundred drones' },
    ],
  },
  open('drone-failures', '2022-08', 'US officials spoke of failures in a first batch; the drones had not yet been used in Ukraine.'),
  {
    claim: 'drone-failures',
    verdict: 'REFUTED',
    originalLabel: 'largely refuted',
    effective: '2022-10',
    rationale:
      'Whatever failed in the first batch, from October 2022 the drones were used at scale against Ukrainian cities and power infrastructure; sustained use is not what drones that do not work allow.',
    evidence: [
      {
        report: 'shahed-campaign-2022-10',
        exact: 'Iranian-made Shahed drones were used at scale against Ukrainian cities and power infrastructure',
      },
    ],
  },
  open('supply-shortages', '2022-09', "An anonymous official's reading of intelligence not made public."),
  {
    claim: 'supply-shortages',
    verdict: 'PARTLY_CONFIRMED',
    effective: '2022-11-02',
    rationale:
      "Russia's turn to North Korea for artillery shells and to Iran for drones fits a shortage of munitions; the record does not show how far export controls and sanctions caused it.",
    evidence: [
      { report: 'wh-covert-shells-2022-11-02', exact: 'North Korea was covertly supplying Russia' },
      { report: 'shahed-campaign-2022-10', exact: 'Iranian-made Shahed drones were used at scale' },
    ],
  },
  {
    claim: 'dpr-lpr-recognition',
    verdict: 'CONFIRMED',
    effective: '2022-09',
    rationale:
      'Already on record when the report appeared: North Korea recognised both entities on 13 July 2022, after Syria on 29 June. The German text says "outside Ukraine" where "apart from Russia" is meant.',
    evidence: [
      {
        report: 'kcna-recognition-2022-07-13',
        exact: 'the country recognised the Donetsk and Luhansk "people\'s republics" as independent',
      },
      { report: 'kcna-recognition-2022-07-13', exact: 'Syria had recognised both entities on 29 June 2022' },
    ],
  },
  {
    claim: 'arms-export-violation',
    verdict: 'CONFIRMED',
    effective: '2022-09',
    rationale: 'A statement of law, true when made: resolutions 1718 (2006) and 1874 (2009) ban arms exports from and to North Korea.',
    evidence: [
      { report: 'unsc-res-1718', exact: 'a ban on arms exports from and to the country' },
      { report: 'unsc-res-1874', exact: 'it bans arms exports from and to North Korea' },
    ],
  },
  open('new-sanctions', '2022-09', 'A conditional forecast; nothing had been caught yet.'),
  {
    claim: 'new-sanctions',
    verdict: 'PARTLY_CONFIRMED',
    effective: '2024-03-28',
    rationale:
      'Unilateral US, EU and South Korean sanctions followed, but no new UN sanctions: China and Russia had vetoed them in May 2022, and Russia ended the panel of experts in March 2024. (The sample record has no dated report of the unilateral sanctions yet.)',
    evidence: [
      { report: 'unsc-veto-2022-05-26', exact: 'China and Russia vetoed it' },
      {
        report: 'unsc-panel-veto-2024-03-28',
        exact: 'Russia vetoed the renewal of the UN panel of experts that monitored sanctions on North Korea',
      },
    ],
  },
  {
    claim: 'workers-violation',
    verdict: 'CONFIRMED',
    effective: '2022-09',
    rationale:
      'A statement of law, true when made: resolution 2397 (2017) required member states to send North Korean workers home by late 2019.',
    evidence: [{ report: 'unsc-res-2397', exact: 'send North Korean workers on their territory home within 24 months' }],
  },
  open('lax-enforcement', '2022-09', 'A suspicion, reported as such.'),
  {
    claim: 'lax-enforcement',
    verdict: 'CONFIRMED',
    originalLabel: 'supported',
    effective: '2024-03-28',
    rationale:
      'China and Russia vetoed new sanctions in May 2022, and Russia ended the panel of experts that monitored the sanctions in March 2024: the record supports the suspicion.',
    evidence: [
      { report: 'unsc-veto-2022-05-26', exact: 'China and Russia vetoed it' },
      { report: 'unsc-panel-veto-2024-03-28', exact: 'Russia vetoed the renewal of the UN panel of experts' },
    ],
  },
  open('nk-denial', '2022-09-22', 'A denial by the accused party, against a US finding not yet corroborated.'),
  {
    claim: 'nk-denial',
    verdict: 'REFUTED',
    effective: '2023-11-01',
    rationale:
      "South Korea's intelligence service put North Korean shell deliveries to Russia at over a million, after the White House had reported covert shipments: the denial does not hold.",
    evidence: [{ report: 'nis-million-shells-2023-11-01', exact: 'North Korea had sent more than one million artillery shells to Russia' }],
  },
];
