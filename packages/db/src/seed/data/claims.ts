// The eleven claims of the seed report, each anchored to its German words and attributed the
// way the report itself attributes it (chain position 1 = whom it cites directly).
import { SEED_REPORT_KEY as seed } from './seed-report';
import type { ClaimData } from './types';

export const seedClaims: ClaimData[] = [
  {
    key: 'shells',
    statement: 'Russia is buying millions of artillery shells and rockets from North Korea.',
    kind: 'EVENT',
    claimed: '2022-09',
    credibility: 'POSSIBLY_TRUE',
    claimants: ['united-states'],
    subjects: ['russia', 'north-korea'],
    resolutionCriteria:
      'Confirmed when deliveries of North Korean artillery shells or rockets to Russia on the order of millions are shown by more than the original US finding.',
    appearances: [
      {
        report: seed,
        exact: 'Russland Millionen von Artilleriegranaten und Raketen aus Nordkorea kauft',
        translation: 'Russia is buying millions of artillery shells and rockets from North Korea',
        // The report states the claim as the finding's; the Times published that finding first;
        // the United States declassified it.
        chain: [
          { source: 'nyt', relation: 'first published the declassified finding' },
          { source: 'us-intel-finding-2022-09', relation: 'asserted in' },
          { actor: 'united-states', relation: 'declassified and released' },
        ],
      },
    ],
  },
  {
    key: 'more-equipment',
    statement: 'Russia will try to buy further North Korean military equipment besides short-range rockets and artillery shells.',
    kind: 'PREDICTION',
    claimed: '2022-09',
    credibility: 'POSSIBLY_TRUE',
    claimants: ['united-states'],
    subjects: ['russia', 'north-korea'],
    resolutionCriteria:
      'Confirmed when Russia is shown to seek or obtain North Korean military equipment other than short-range rockets and artillery shells.',
    appearances: [
      {
        report: seed,
        exact:
          'Ein US-Beamter sagte, es sei zu erwarten, dass Russland neben Kurzstreckenraketen und Artilleriegranaten versuchen werde, weitere nordkoreanische Ausrüstung zu kaufen.',
        translation:
          'A US official said Russia could be expected to try to buy further North Korean equipment besides short-range rockets and artillery shells.',
        // A quotation whose outlet the report does not name.
        chain: [{ source: 'us-officials-unnamed', relation: 'said (quoted, outlet not named)' }],
      },
    ],
  },
  {
    key: 'troops-offer',
    statement: 'North Korea offered Russia up to 100,000 of its own soldiers for the fight in Ukraine.',
    kind: 'EVENT',
    claimed: '2022-08',
    credibility: 'DOUBTFUL',
    claimants: [],
    subjects: ['north-korea', 'russia', 'ukraine'],
    resolutionCriteria:
      'Confirmed when North Korean troops on the order of 100,000 are offered or sent to fight in the war in Ukraine; partly confirmed when far fewer are sent or they fight elsewhere.',
    appearances: [
      {
        report: seed,
        exact: 'Nordkorea Russland bis zu 100 000 eigene Soldaten für den Kampf in der Ukraine angeboten habe',
        translation: 'North Korea had offered Russia up to 100,000 of its own soldiers for the fight in Ukraine',
        chain: [{ source: 'western-media', relation: 'reported a month earlier' }],
      },
    ],
  },
  {
    key: 'iran-drones',
    statement: 'Russia has made a large deal to buy hundreds of Iranian-made drones for use on the battlefield in Ukraine.',
    kind: 'EVENT',
    claimed: '2022-09',
    credibility: 'PROBABLY_TRUE',
    claimants: [],
    subjects: ['russia', 'iran'],
    resolutionCriteria: 'Confirmed when Iranian-made drones are shown in Russian use in Ukraine.',
    appearances: [
      {
        report: seed,
        exact:
          'ein großes Geschäft Moskaus über den Kauf von Hunderten von Drohnen aus iranischer Produktion für den Einsatz auf dem Schlachtfeld in der Ukraine',
        translation: 'a large deal by Moscow to buy hundreds of Iranian-made drones for use on the battlefield in Ukraine',
        chain: [],
      },
    ],
  },
  {
    key: 'drone-failures',
    statement:
      "The Iranian-made drones Russia bought have serious problems and may not work properly, making them less of a threat to Ukraine's defences.",
    kind: 'CONDITION',
    claimed: '2022-08',
    credibility: 'POSSIBLY_TRUE',
    claimants: ['united-states'],
    subjects: ['iran', 'russia'],
    resolutionCriteria: 'Refuted if the drones are used effectively and at scale; confirmed if they fail in use.',
    appearances: [
      {
        report: seed,
        exact: 'die Drohnen ernsthafte Probleme haben und möglicherweise nicht ordnungsgemäß funktionieren',
        translation: 'the drones have serious problems and may not work properly',
        chain: [{ source: 'unattributed-reports', relation: 'reported (the report names no one)' }],
      },
      {
        report: 'us-officials-drones-2022-08',
        exact: 'the drones had suffered numerous failures',
        chain: [
          { source: 'several-outlets', relation: 'reported' },
          { source: 'us-officials-unnamed', relation: 'said' },
        ],
      },
    ],
  },
  {
    key: 'supply-shortages',
    statement:
      'The Russian military continues to suffer severe supply shortages in Ukraine, partly because of export controls and sanctions.',
    kind: 'CONDITION',
    claimed: '2022-09',
    credibility: 'POSSIBLY_TRUE',
    claimants: ['united-states'],
    subjects: ['russia'],
    resolutionCriteria: 'Confirmed by evidence of Russian munitions shortages and of their link to export controls and sanctions.',
    appearances: [
      {
        report: seed,
        exact:
          'das russische Militär weiterhin unter schweren Versorgungsengpässen in der Ukraine leidet, die zum Teil auf Exportkontrollen und Sanktionen zurückzuführen sind',
        translation:
          'the Russian military continues to suffer severe supply shortages in Ukraine, due in part to export controls and sanctions',
        chain: [
          { source: 'ap', relation: 'was told' },
          { source: 'us-officials-unnamed', relation: 'said, anonymously' },
        ],
      },
    ],
  },
  {
    key: 'dpr-lpr-recognition',
    statement:
      "In July 2022 North Korea recognised the independence of the breakaway Donetsk and Luhansk 'people's republics', the second state after Syria to do so apart from Russia.",
    kind: 'EVENT',
    claimed: '2022-09',
    credibility: 'CONFIRMED',
    claimants: [],
    subjects: ['north-korea', 'donetsk-peoples-republic', 'luhansk-peoples-republic', 'syria'],
    appearances: [
      {
        report: seed,
        exact:
          'indem es im Juli als zweites Land außerhalb der Ukraine nach Syrien die Unabhängigkeit der abtrünnigen Republiken Donezk und Luhansk anerkannte',
        // Literal: the German says "outside Ukraine" where the fact is "apart from Russia".
        translation:
          'by recognising in July, as the second country outside Ukraine after Syria, the independence of the breakaway republics of Donetsk and Luhansk',
        chain: [],
      },
    ],
  },
  {
    key: 'arms-export-violation',
    statement:
      'A North Korean arms export to Russia would violate UN Security Council resolutions that ban North Korea from exporting or importing weapons.',
    kind: 'LEGAL_ASSESSMENT',
    claimed: '2022-09',
    credibility: 'CONFIRMED',
    claimants: [],
    subjects: ['north-korea', 'russia', 'un-security-council'],
    resolutionCriteria: 'Confirmed if binding UN resolutions ban arms exports from and to North Korea.',
    appearances: [
      {
        report: seed,
        exact:
          'Der Waffenexport des Nordens nach Russland wäre ein Verstoß gegen die UN-Resolutionen, die dem Land den Export von Waffen in andere Länder oder den Import von Waffen aus anderen Ländern verbieten',
        translation:
          "The North's export of weapons to Russia would breach the UN resolutions that forbid the country to export weapons to other countries or to import them from other countries",
        chain: [{ source: 'ap', relation: 'writes' }],
      },
    ],
  },
  {
    key: 'new-sanctions',
    statement: 'North Korea could face new sanctions if caught exporting military goods to Russia.',
    kind: 'PREDICTION',
    claimed: '2022-09',
    credibility: 'POSSIBLY_TRUE',
    claimants: [],
    subjects: ['north-korea', 'russia'],
    resolutionCriteria:
      'Confirmed if new sanctions are imposed on North Korea over military exports to Russia; partly confirmed if only some of those able to impose them do so.',
    appearances: [
      {
        report: seed,
        exact: 'Für Pjöngjang könnte es neue Sanktionen geben, wenn es bei der Ausfuhr von Militärgütern nach Russland erwischt wird.',
        translation: 'Pyongyang could face new sanctions if it is caught exporting military goods to Russia.',
        chain: [],
      },
    ],
  },
  {
    key: 'workers-violation',
    statement:
      'Sending North Korean workers to Russian-held areas of Ukraine would violate a UN Security Council resolution that required all member states to send North Korean workers home by 2019.',
    kind: 'LEGAL_ASSESSMENT',
    claimed: '2022-09',
    credibility: 'CONFIRMED',
    claimants: [],
    subjects: ['north-korea', 'russia', 'un-security-council'],
    resolutionCriteria: 'Confirmed if a binding UN resolution requires member states to repatriate North Korean workers by 2019.',
    appearances: [
      {
        report: seed,
        exact:
          'Die mögliche Entsendung von Arbeitern in die von Russland gehaltenen Gebiete in der Ukraine würde auch gegen eine UN-Resolution verstoßen, die alle Mitgliedsstaaten dazu verpflichtet, alle nordkoreanischen Arbeiter bis 2019 aus ihrem Land zu repatriieren',
        translation:
          'Possibly sending workers to the Russian-held areas of Ukraine would also breach a UN resolution obliging all member states to repatriate all North Korean workers from their territory by 2019',
        chain: [{ source: 'ap', relation: 'writes further' }],
      },
    ],
  },
  {
    key: 'lax-enforcement',
    statement: 'China and Russia have not fully enforced UN sanctions on North Korea.',
    kind: 'CONDITION',
    claimed: '2022-09',
    credibility: 'PROBABLY_TRUE',
    claimants: [],
    subjects: ['china', 'russia', 'north-korea'],
    resolutionCriteria: 'Supported by evidence that China or Russia blocked, weakened or failed to apply UN sanctions on North Korea.',
    appearances: [
      {
        report: seed,
        exact: 'Es gab den Verdacht, dass China und Russland die UN-Sanktionen gegen Nordkorea nicht vollständig durchgesetzt haben',
        translation: 'There has been suspicion that China and Russia have not fully enforced the UN sanctions on North Korea',
        chain: [{ source: 'ap', relation: 'notes' }],
      },
    ],
  },
];
