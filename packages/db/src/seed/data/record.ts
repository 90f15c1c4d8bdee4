// The later public record, as short summaries by ClaimGraph's editors (isSummary). Each is
// dated when the thing it summarises was said or done, and published under the source that
// said or did it (none where the record names none). These texts are the evidence verdicts
// point into.
import type { ReportData } from './types';

type RecordEntry = Omit<ReportData, 'language' | 'isSummary'>;

const entries: RecordEntry[] = [
  {
    key: 'unsc-res-1718',
    published: '2006',
    publisher: 'unsc',
    title: 'UN Security Council resolution 1718 bans arms trade with North Korea',
    body: 'In 2006 the UN Security Council adopted resolution 1718. Among its sanctions on North Korea is a ban on arms exports from and to the country.',
  },
  {
    key: 'unsc-res-1874',
    published: '2009',
    publisher: 'unsc',
    title: 'UN Security Council resolution 1874 repeats the arms ban on North Korea',
    body: 'In 2009 the UN Security Council adopted resolution 1874. Like resolution 1718 before it, it bans arms exports from and to North Korea.',
  },
  {
    key: 'unsc-res-2397',
    published: '2017',
    publisher: 'unsc',
    title: 'UN Security Council resolution 2397 orders North Korean workers home',
    body: 'In 2017 the UN Security Council adopted resolution 2397. It requires member states to send North Korean workers on their territory home within 24 months, that is by late 2019.',
  },
  {
    key: 'unsc-veto-2022-05-26',
    published: '2022-05-26',
    publisher: 'unsc',
    title: 'China and Russia veto new UN sanctions on North Korea',
    body: 'On 26 May 2022 the UN Security Council voted on a US-drafted resolution that would have imposed new sanctions on North Korea. China and Russia vetoed it.',
  },
  {
    key: 'kcna-recognition-2022-07-13',
    published: '2022-07-13',
    publisher: 'kcna',
    title: 'North Korea recognises the Donetsk and Luhansk "people\'s republics"',
    body: 'On 13 July 2022 North Korean state media announced that the country recognised the Donetsk and Luhansk "people\'s republics" as independent. Ukraine broke off relations with Pyongyang the same day. Syria had recognised both entities on 29 June 2022, so North Korea was the second state after Syria, Russia aside, to do so.',
  },
  {
    key: 'wh-iran-drones-2022-07-11',
    published: '2022-07-11',
    publisher: 'white-house-nsc',
    title: 'White House: Iran preparing to provide Russia with drones',
    body: 'Jake Sullivan, the White House national security adviser, spoke on 11 July 2022. He said Iran was preparing to provide Russia with up to several hundred drones.',
  },
  {
    key: 'us-officials-drones-2022-08',
    published: '2022-08',
    publisher: 'several-outlets',
    title: 'US officials: Russia received first Iranian drones, which failed often',
    body: 'In August 2022 several news outlets quoted US officials as saying that Russia had received a first batch of Iranian drones. According to the officials, the drones had suffered numerous failures.',
  },
  {
    key: 'ukraine-first-shahed-2022-09-13',
    published: '2022-09-13',
    publisher: 'ukraine-military',
    title: 'Ukraine reports downing an Iranian-made Shahed-136 for the first time',
    body: 'On 13 September 2022 the Ukrainian military reported that it had shot down an Iranian-made Shahed-136 drone, which Russia flies as the "Geran-2". It was the first such report.',
  },
  {
    key: 'kcna-denial-2022-09-22',
    published: '2022-09-22',
    publisher: 'kcna',
    title: 'North Korea denies arms exports to Russia',
    body: "On 22 September 2022 North Korea's state news agency KCNA carried a statement by a defence ministry official. The official denied that North Korea had ever exported weapons or ammunition to Russia and said it had no plans to do so.",
  },
  {
    key: 'shahed-campaign-2022-10',
    published: '2022-10',
    publisher: 'ukraine-military',
    title: 'Iranian-made drones used at scale against Ukraine',
    body: 'From October 2022, as the Ukrainian military reported, Iranian-made Shahed drones were used at scale against Ukrainian cities and power infrastructure.',
  },
  {
    key: 'wh-covert-shells-2022-11-02',
    published: '2022-11-02',
    publisher: 'white-house-nsc',
    title: 'White House: North Korea covertly supplying Russia with artillery shells',
    body: 'On 2 November 2022 John Kirby, spokesman of the White House National Security Council, said US information indicated that North Korea was covertly supplying Russia with a "significant number" of artillery shells. According to Kirby, North Korea hid their destination by routing them as if they were bound for the Middle East or North Africa.',
  },
  {
    key: 'wh-wagner-2022-12-22',
    published: '2022-12-22',
    publisher: 'white-house-nsc',
    title: 'White House: North Korea delivered rockets and missiles to Wagner',
    body: "On 22 December 2022 John Kirby of the White House National Security Council said North Korea had delivered infantry rockets and missiles to Russia's Wagner Group.",
  },
  {
    key: 'kim-putin-2023-09-13',
    published: '2023-09-13',
    publisher: null,
    title: 'Kim Jong Un meets Vladimir Putin at Vostochny',
    body: "On 13 September 2023 Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome in Russia's Far East.",
  },
  {
    key: 'wh-containers-2023-10-13',
    published: '2023-10-13',
    publisher: 'white-house-nsc',
    title: 'White House: over 1,000 containers of munitions sent from North Korea to Russia',
    body: 'On 13 October 2023 John Kirby of the White House National Security Council said North Korea had delivered more than 1,000 containers of military equipment and munitions to Russia.',
  },
  {
    key: 'nis-million-shells-2023-11-01',
    published: '2023-11-01',
    publisher: 'nis',
    title: "South Korea's NIS: over a million shells sent to Russia",
    body: "On 1 November 2023 South Korea's National Intelligence Service told lawmakers that North Korea had sent more than one million artillery shells to Russia since August 2023. Lawmaker Yoo Sang-bum made the assessment public.",
  },
  {
    key: 'wh-ballistic-missiles-2024-01-04',
    published: '2024-01-04',
    publisher: 'white-house-nsc',
    title: 'White House: Russia fired North Korean ballistic missiles at Ukraine',
    body: 'On 4 January 2024 John Kirby of the White House National Security Council said Russia had fired ballistic missiles supplied by North Korea at Ukraine. He named attacks on 30 December 2023 and 2 January 2024.',
  },
  {
    key: 'mnd-containers-2024-02-27',
    published: '2024-02-27',
    publisher: 'rok-mnd',
    title: "South Korea's defence minister: 6,700 containers shipped to Russia",
    body: "On 27 February 2024 South Korea's defence minister, Shin Won-sik, said North Korea had shipped about 6,700 containers to Russia since July 2023. By his account that was enough for more than three million 152 mm artillery shells.",
  },
  {
    key: 'unsc-panel-veto-2024-03-28',
    published: '2024-03-28',
    publisher: 'unsc',
    title: 'Russia vetoes the UN panel of experts on North Korea sanctions',
    body: "On 28 March 2024 Russia vetoed the renewal of the UN panel of experts that monitored sanctions on North Korea. Without renewal, the panel's mandate was to end on 30 April 2024.",
  },
  {
    key: 'treaty-2024-06-19',
    published: '2024-06-19',
    publisher: null,
    title: 'Russia and North Korea sign a strategic partnership treaty',
    body: 'On 19 June 2024, during a visit by Vladimir Putin to Pyongyang, Russia and North Korea signed a comprehensive strategic partnership treaty. It contains a mutual-assistance clause.',
  },
  {
    key: 'nis-troops-2024-10-18',
    published: '2024-10-18',
    publisher: 'nis',
    title: "South Korea's NIS: North Korea to send about 12,000 troops to Russia",
    body: "On 18 October 2024 South Korea's National Intelligence Service said North Korea had decided to send about 12,000 troops, special forces among them, to Russia.",
  },
  {
    key: 'nato-troops-2024-10-28',
    published: '2024-10-28',
    publisher: 'nato',
    title: 'NATO confirms North Korean troops in the Kursk region',
    body: "On 28 October 2024 NATO's secretary general, Mark Rutte, confirmed that North Korean troops had been sent to Russia. He said they had been deployed to the Kursk region.",
  },
  {
    key: 'gerasimov-kursk-2025-04-26',
    published: '2025-04-26',
    publisher: 'russian-general-staff',
    title: 'Russia acknowledges North Korean troops fought in Kursk',
    body: "On 26 April 2025 Valery Gerasimov, chief of Russia's general staff, officially acknowledged that North Korean troops had fought in the Kursk region.",
  },
  {
    key: 'kcna-kursk-2025-04-28',
    published: '2025-04-28',
    publisher: 'kcna',
    title: 'North Korea acknowledges its troops fought in Kursk',
    body: 'On 28 April 2025 North Korea acknowledged, through its state news agency KCNA, that its troops had fought in the Kursk region.',
  },
];

export const recordReports: ReportData[] = entries.map((entry) => ({ ...entry, language: 'en', isSummary: true }));
