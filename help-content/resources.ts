import { backedBy } from '@/help-content/backed-by';
import { SOURCES } from '@/help-content/sources';
import type { Resource, ResourceGroup } from '@/help-content/types';

/**
 * Search words for resources about benzos themselves: the class, its drugs and their brand names, in English and
 * Spanish. Words a reader might type, not claims about the resource.
 */
const BENZO_WORDS = [
  'benzo',
  'benzos',
  'benzodiazepine',
  'benzodiazepines',
  'benzodiacepina',
  'benzodiacepinas',
  'clonazepam',
  'klonopin',
  'rivotril',
  'alprazolam',
  'xanax',
  'diazepam',
  'valium',
  'lorazepam',
  'ativan',
  'temazepam',
  'tranquilizer',
  'tranquiliser',
  'tranquilizante',
  'withdrawal',
  'abstinencia',
  'taper',
  'tapering',
] as const;

/** Search words for treatment finders: what people call the care they look for. */
const TREATMENT_WORDS = ['rehab', 'detox', 'treatment center', 'tratamiento', 'desintoxicación'] as const;

/** Search words for SMART Recovery groups. */
const SMART_WORDS = ['smart', 'self-management', 'mutual aid', 'ayuda mutua', 'meeting', 'reunión'] as const;

/** Search words for 12-step and family groups. */
const GROUP_WORDS = ['12-step', '12 steps', 'meeting', 'reunión', 'doce pasos'] as const;

/** The side panel's resource groups, in the order a person usually needs them. */
export const RESOURCE_GROUPS: readonly ResourceGroup[] = [
  {
    kind: 'find-treatment',
    label: 'Find treatment',
    intro: 'Free, confidential ways to find care near you. Check the details with the service before you go.',
  },
  {
    kind: 'outpatient',
    label: 'Outpatient care and counseling',
    intro:
      'Care you get while living at home. Ask your prescriber for a referral to talking therapy such as CBT, or CBT-I for sleep, or search for outpatient care near you.',
  },
  {
    kind: 'peer-support',
    label: 'Peer support and groups',
    intro: 'Meeting people who have been there can help. Groups do not replace your prescriber.',
  },
  {
    kind: 'benzo-support',
    label: 'Online and benzo support',
    intro:
      'Groups and guides about benzos. Forums can help you feel less alone, but advice there can be wrong or scary. Bring what you read to your prescriber.',
  },
  {
    kind: 'family',
    label: 'Family and friends',
    intro: 'Support for the people who care about someone coming off a benzo.',
  },
  {
    // Most people who take a benzo never develop a use disorder, so addiction services sit last, under their own heading.
    kind: 'other-substances',
    label: 'If you also use other drugs or alcohol',
    intro: 'For people who also use other drugs or alcohol, or who have a substance use disorder, and for their families.',
  },
];

export const RESOURCES: readonly Resource[] = [
  {
    id: 'findtreatment-gov',
    name: 'FindTreatment.gov',
    kinds: ['find-treatment', 'outpatient'],
    operator: 'government',
    cost: 'Free to use',
    region: 'US',
    description:
      'Search for mental health and substance use care near you. You can filter by payment, such as Medicaid, Medicare or a sliding fee, and by type of care. It is confidential and anonymous.',
    caution: 'Details can change. Call the provider to check before you go.',
    url: 'https://findtreatment.gov',
    tags: TREATMENT_WORDS,
    ...backedBy('oigFindTreatment', 'findTreatmentFilters'),
  },
  {
    id: 'samhsa-helpline',
    name: 'SAMHSA National Helpline',
    kinds: ['find-treatment'],
    operator: 'government',
    cost: 'Free',
    region: 'US',
    description:
      'Call 1-800-662-4357 any time. They can refer you to treatment, support groups and local services, in English or Spanish. They give information, not counseling.',
    url: SOURCES.samhsaNationalHelpline.url,
    tags: TREATMENT_WORDS,
    ...backedBy('samhsaNoCounseling', 'samhsaPhone', 'samhsaIntro'),
  },
  {
    id: 'nami-helpline',
    name: 'NAMI HelpLine',
    kinds: ['peer-support', 'family', 'outpatient'],
    operator: 'nonprofit',
    cost: 'Free',
    region: 'US',
    description:
      'Support and facts from people who have been there, for anyone with a mental health condition and for their families. NAMI also runs free classes for families.',
    url: SOURCES.namiHelp.url,
    ...backedBy('namiFree', 'namiFamilyPrograms'),
  },
  {
    id: 'asam-patient-guide',
    name: 'ASAM Benzodiazepine Tapering Patient Guide',
    kinds: ['outpatient', 'benzo-support'],
    operator: 'nonprofit',
    cost: 'Free to read',
    region: 'online',
    description:
      'A plain-language guide from ASAM, which led the 2025 tapering guideline. It helps you speak up for what you need, and you can bring it to your prescriber.',
    url: SOURCES.patientGuide.url,
    tags: BENZO_WORDS,
    ...backedBy('asamGuidelinePage', 'patientGuideGoal', 'patientGuideSpecialists'),
  },
  {
    id: 'na-meetings',
    name: 'Narcotics Anonymous',
    kinds: ['other-substances'],
    operator: 'nonprofit',
    cost: 'Free',
    region: 'online',
    description: 'A 12-step fellowship for people who want to stop using drugs, with meetings in person, online and by phone.',
    url: SOURCES.naMeetingSearch.url,
    tags: GROUP_WORDS,
    ...backedBy('naMeetings', 'virtualNa'),
  },
  {
    id: 'benzo-information-coalition',
    name: 'Benzodiazepine Information Coalition',
    kinds: ['benzo-support'],
    operator: 'nonprofit',
    cost: 'Free',
    region: 'online',
    description:
      'A US nonprofit run by patients and health workers. It shares information about harm from benzos taken as prescribed. It also lists places to find support.',
    caution: 'It is an advocacy group. Some of its views go further than medical guidelines, so talk them over with your prescriber.',
    url: 'https://www.benzoinfo.com',
    tags: BENZO_WORDS,
    ...backedBy('bicAbout', 'bicNonprofit'),
  },
  {
    id: 'ashton-manual',
    name: 'The Ashton Manual',
    kinds: ['benzo-support'],
    operator: 'nonprofit',
    cost: 'Free to read',
    region: 'online',
    description:
      'A well-known guide to benzo withdrawal by Professor Heather Ashton. It was last revised in 2002, with a supplement in 2011.',
    caution: 'Some of its advice is dated. Its sample schedules are not instructions for you. Plan any taper with your prescriber.',
    url: SOURCES.ashtonManualReprint.url,
    tags: BENZO_WORDS,
    ...backedBy('ashtonManual'),
  },
  {
    id: 'benzobuddies',
    name: 'BenzoBuddies',
    kinds: ['benzo-support', 'peer-support'],
    operator: 'nonprofit',
    cost: 'Free',
    region: 'online',
    description: 'A big online forum. People coming off benzos help each other there.',
    caution: 'Posts can include wrong advice and frightening stories. Bring anything you read to your prescriber.',
    url: 'https://www.benzobuddies.org',
    tags: [...BENZO_WORDS, 'forum', 'foro'],
    ...backedBy('benzoBuddies'),
  },
  {
    id: 'nar-anon',
    name: 'Nar-Anon Family Groups',
    kinds: ['family', 'other-substances'],
    operator: 'nonprofit',
    cost: 'Free',
    region: 'online',
    description: 'A 12-step group for the family and friends of someone with a drug addiction.',
    url: SOURCES.narAnon.url,
    tags: GROUP_WORDS,
    ...backedBy('narAnon'),
  },
  {
    id: 'narr',
    name: 'National Alliance for Recovery Residences (NARR)',
    kinds: ['other-substances'],
    operator: 'nonprofit',
    cost: 'Free to check; homes set their own fees',
    region: 'US',
    description:
      'Some people with a substance use disorder live in a recovery home for a while. NARR sets the national standard for these homes, and state groups that work with NARR certify them.',
    caution: 'Check that a home is certified by a state group that works with NARR before you pay or move in.',
    url: SOURCES.narrCertification.url,
    ...backedBy('narrCertification'),
  },
  {
    id: 'smart-recovery',
    name: 'SMART Recovery',
    kinds: ['other-substances'],
    operator: 'nonprofit',
    cost: 'Free',
    region: 'online',
    description:
      'Free group meetings, online and in person, for anyone who wants help with alcohol, drugs or other habits. Your goal can be to stop, to cut back, or to make other changes.',
    url: 'https://smartrecovery.org',
    tags: SMART_WORDS,
    ...backedBy('smartFreeBothWays', 'smartOpenToAnyone', 'smartGoals'),
  },
  {
    id: 'al-anon',
    name: 'Al-Anon Family Groups',
    kinds: ['family', 'other-substances'],
    operator: 'nonprofit',
    cost: 'No dues or fees',
    region: 'online',
    description: 'Meetings for family and friends who are affected by someone else’s drinking. Groups have met since 1951.',
    url: SOURCES.alAnon.url,
    tags: GROUP_WORDS,
    ...backedBy('alAnonSince1951', 'alAnonNoDues'),
  },
  {
    id: 'ashton-manual-spanish',
    name: 'The Ashton Manual in Spanish',
    kinds: ['benzo-support'],
    operator: 'nonprofit',
    cost: 'Free to read',
    region: 'online',
    description:
      'The Ashton Manual in Spanish. It is a well-known guide to benzo withdrawal by Professor Heather Ashton. This edition was revised in August 2002.',
    caution: 'Some of its advice is dated. Its sample schedules are not instructions for you. Plan any taper with your prescriber.',
    url: 'https://www.benzo.org.uk/espman/',
    tags: BENZO_WORDS,
    ...backedBy('ashtonManualSpanish', 'ashtonManual'),
  },

  // United Kingdom.
  {
    id: 'gb-frank-find-support',
    name: 'FRANK: find support near you',
    kinds: ['find-treatment'],
    operator: 'government',
    cost: 'Free to search; calls to FRANK cost a national-rate call',
    region: 'GB',
    description:
      'Search for drug support services near you on the FRANK website. FRANK also answers questions about drugs by phone, text or live chat.',
    caution: 'The search may list mostly services in England. Your GP can also help you find local services.',
    url: SOURCES.frankFindSupport.url,
    tags: TREATMENT_WORDS,
    ...backedBy('frankFindSupport', 'frankCall', 'frankHours', 'frankCost'),
  },
  {
    id: 'gb-nhs-wales-drug-services',
    name: 'NHS 111 Wales: alcohol and drug services',
    kinds: ['find-treatment'],
    operator: 'government',
    cost: 'Free on the NHS',
    region: 'GB',
    description:
      'Find alcohol and drug support near you in Wales. Many drug treatment services let you refer yourself, so you can contact them directly.',
    url: SOURCES.walesDrugMisuse.url,
    ...backedBy('walesLocalServices', 'walesSelfReferral'),
  },
  {
    id: 'gb-postscript-360',
    name: 'PostScript 360',
    kinds: ['benzo-support'],
    operator: 'nonprofit',
    cost: 'Not confirmed',
    region: 'GB',
    description:
      'A UK charity for people affected by tranquillisers, such as benzos. It began in 1986 as Battle Against Tranquillisers. It has a phone support service for people who live outside its own area.',
    url: 'https://postscript360.org.uk',
    tags: BENZO_WORDS,
    ...backedBy('ps360History', 'ps360PhoneCalls', 'ps360OutsideArea'),
  },
  {
    id: 'gb-smart-recovery',
    name: 'SMART Recovery UK',
    kinds: ['other-substances'],
    operator: 'nonprofit',
    cost: 'Free, though some groups may ask for a small donation',
    region: 'GB',
    description:
      'Group meetings across the UK, in person and online. They are for people who want to change how they use alcohol or drugs.',
    url: SOURCES.smartRecoveryUkMeetings.url,
    tags: SMART_WORDS,
    ...backedBy('smartUkNoFee', 'smartFreeBothWays'),
  },

  // Ireland.
  {
    id: 'ie-services-map',
    name: 'Map of drug and alcohol services (Ireland)',
    kinds: ['find-treatment'],
    operator: 'government',
    cost: 'Free',
    region: 'IE',
    description: 'An online map of drug and alcohol services in Ireland that get public funding. It gives contact details for each one.',
    url: SOURCES.hrbServicesMap.url,
    tags: TREATMENT_WORDS,
    ...backedBy('hrbServicesMap', 'hrbMapPublicFunding'),
  },
  {
    id: 'ie-drugs-ie-services',
    name: 'drugs.ie: services by county',
    kinds: ['find-treatment'],
    operator: 'unconfirmed',
    cost: 'Free',
    region: 'IE',
    description: 'A list of drug and alcohol services in Ireland, sorted by county. Ireland’s Department of Health points people to it.',
    url: SOURCES.drugsIeServices.url,
    tags: TREATMENT_WORDS,
    ...backedBy('drugsIeDirectory'),
  },

  // Canada.
  {
    id: 'ca-connexontario',
    name: 'ConnexOntario',
    kinds: ['find-treatment'],
    operator: 'unconfirmed',
    cost: 'Toll-free to call; it lists only services that are free or charge on a sliding scale',
    region: 'CA',
    description: 'Help to find addiction and mental health services in Ontario. Call 1-866-531-2600.',
    url: SOURCES.connexInclusion.url,
    tags: TREATMENT_WORDS,
    ...backedBy('connexNoCost', 'connexNumber'),
  },
  {
    id: 'ca-hope-for-wellness-counseling',
    name: 'Hope for Wellness Help Line',
    kinds: ['outpatient'],
    operator: 'unconfirmed',
    cost: 'Free',
    region: 'CA',
    description:
      'Counseling and crisis support for Indigenous peoples in Canada, at any hour. Call 1-855-242-3310 or chat online. You can talk in English or French, and in Cree, Ojibway or Inuktut if you ask.',
    url: SOURCES.hopeForWellness.url,
    ...backedBy('hfwService', 'hfwCall', 'hfwChat', 'hfwLanguages', 'hfwFree'),
  },

  // Australia.
  {
    id: 'au-reconnexion',
    name: 'Reconnexion',
    kinds: ['benzo-support', 'outpatient'],
    operator: 'unconfirmed',
    cost: 'Not confirmed',
    region: 'AU',
    description:
      'The only service in Australia that specializes in benzos. Call its support line on 1300 273 266 during business hours, Monday to Friday. It also has BDZ Digital Health, an online program to help people taper.',
    caution:
      'Use the online program only with your prescriber, who should plan any taper with you. Its services were cut back in 2024, so you may have to wait.',
    url: SOURCES.reconnexion.url,
    tags: BENZO_WORDS,
    ...backedBy('reconnexionSpecialist', 'reconnexionSupportLine', 'reconnexionHours', 'reconnexionBdz', 'reconnexionCuts'),
  },
  {
    id: 'au-national-aod-hotline',
    name: 'National Alcohol and Other Drug Hotline',
    kinds: ['find-treatment'],
    operator: 'government',
    cost: 'Free',
    region: 'AU',
    description:
      'Call 1800 250 015 for free, private advice about alcohol and other drugs. Your call goes to the service in your state or territory.',
    url: SOURCES.australiaDrugsTopic.url,
    ...backedBy('aodHotlineFree', 'aodHotlineNumber'),
  },
  {
    id: 'au-vic-directline',
    name: 'DirectLine (Victoria)',
    kinds: ['find-treatment'],
    operator: 'unconfirmed',
    cost: 'Free',
    region: 'AU',
    description: 'An alcohol and drug phone line for people in Victoria. Call 1800 888 236 at any hour. You do not have to give your name.',
    url: SOURCES.betterHealthAod.url,
    ...backedBy('vicDirectLine'),
  },
  {
    id: 'au-wa-alcohol-drug-support-line',
    name: 'Alcohol and Drug Support Line (Western Australia)',
    kinds: ['find-treatment'],
    operator: 'unconfirmed',
    cost: 'Not confirmed',
    region: 'AU',
    description:
      'An alcohol and drug phone line for people in Western Australia, open day and night. Call 9442 5000, or 1800 192 024 if you live in a country area.',
    url: SOURCES.mhcWaAod.url,
    ...backedBy('waAodLine'),
  },
  {
    id: 'au-act-alcohol-drug-line',
    name: 'Alcohol and drug line (ACT)',
    kinds: ['find-treatment'],
    operator: 'unconfirmed',
    cost: 'Not confirmed',
    region: 'AU',
    description:
      'An alcohol and drug phone line for people in the Australian Capital Territory, listed by ACT Health. Call 5124 9977 at any hour.',
    url: SOURCES.actHealthAod.url,
    ...backedBy('actAodLine'),
  },
  {
    id: 'au-sa-adis',
    name: 'Alcohol and Drug Information Service (South Australia)',
    kinds: ['find-treatment'],
    operator: 'unconfirmed',
    cost: 'Not confirmed',
    region: 'AU',
    description: 'An alcohol and drug information line for people in South Australia. Call 1300 13 1340.',
    url: SOURCES.saHealthAod.url,
    ...backedBy('saAdis'),
  },
  {
    id: 'au-family-drug-support',
    name: 'Family Drug Support',
    kinds: ['family', 'other-substances'],
    operator: 'unconfirmed',
    cost: 'Not confirmed',
    region: 'AU',
    description:
      'A support line for families dealing with a loved one’s drug use. Call 1300 368 186 at any hour. Trained volunteers answer calls first.',
    url: SOURCES.fdsHome.url,
    ...backedBy('fdsSupportLine', 'fdsVolunteers'),
  },
  {
    id: 'au-smart-recovery',
    name: 'SMART Recovery Australia',
    kinds: ['other-substances'],
    operator: 'unconfirmed',
    cost: 'Free',
    region: 'AU',
    description:
      'Free group meetings each week, online or in person, for people who want to change their use of alcohol or other drugs. Each meeting lasts an hour and a half.',
    url: SOURCES.smartRecoveryAustralia.url,
    tags: SMART_WORDS,
    ...backedBy('smartAuFreeWeekly', 'smartFreeBothWays', 'smartOpenToAnyone'),
  },
  {
    id: 'au-counselling-online',
    name: 'Counselling Online',
    kinds: ['outpatient', 'peer-support'],
    operator: 'unconfirmed',
    cost: 'Free',
    region: 'AU',
    description:
      'Free counseling about alcohol and other drugs by online text chat, at any hour. It also has a forum for adults who live in Australia.',
    caution: 'Forum posts come from other people, not counselors. Bring questions about your medicine to your prescriber.',
    url: SOURCES.counsellingOnline.url,
    ...backedBy('counsellingOnlineFree', 'counsellingOnlineForum'),
  },

  // New Zealand. Neither service's own site is on record, so each links the official page that names it.
  {
    id: 'nz-adh',
    name: 'Alcohol Drug Helpline',
    kinds: ['find-treatment', 'other-substances'],
    operator: 'unconfirmed',
    cost: 'Free',
    region: 'NZ',
    description:
      'Free, confidential help with alcohol and other drug use. Call 0800 787 797 or text 8681. Health New Zealand recommends it.',
    url: SOURCES.manaakeAdh.url,
    tags: TREATMENT_WORDS,
    ...backedBy('nzAdh', 'nzAdhFree'),
  },
  {
    id: 'nz-need-to-talk',
    name: '1737 Need to talk?',
    kinds: ['outpatient'],
    operator: 'unconfirmed',
    cost: 'Not confirmed',
    region: 'NZ',
    description: 'Call or text 1737 to talk with a trained counselor about how you feel. You can reach them any time of day or night.',
    url: SOURCES.nzHealth1737.url,
    ...backedBy('nz1737'),
  },

  // Mexico.
  {
    id: 'mx-cij',
    name: 'Centros de Integración Juvenil (CIJ)',
    kinds: ['other-substances', 'outpatient'],
    operator: 'nonprofit',
    cost: 'Some services are free; others charge a fee',
    region: 'MX',
    description:
      'A nonprofit network of centers across Mexico that helps people with drug use. It is part of the public health sector, and the federal Health Ministry funds it. Some care, guidance and counseling is free. Call 55 5212 1212, or send a WhatsApp message to 55 4555 1212.',
    url: SOURCES.cij.url,
    tags: TREATMENT_WORDS,
    ...backedBy('cijContact', 'cijStatus', 'cijFunding', 'cijFreeServices', 'cijFees'),
  },

  // Spain.
  {
    id: 'es-proyecto-hombre',
    name: 'Proyecto Hombre',
    kinds: ['other-substances'],
    operator: 'nonprofit',
    cost: 'Not confirmed',
    region: 'ES',
    description:
      'A nonprofit network of treatment centers across Spain for people who want help with drug use. Anyone who needs treatment can go.',
    url: 'https://www.proyectohombre.es/',
    tags: TREATMENT_WORDS,
    ...backedBy('phOpenToAll', 'phCentres'),
  },
  {
    id: 'maudsley',
    name: 'The Maudsley Deprescribing Guidelines',
    kinds: ['outpatient'],
    operator: 'commercial',
    cost: 'Paid book',
    region: 'online',
    description: 'A 2024 handbook for clinicians on coming off medicines, including benzos. Your prescriber may find it useful.',
    url: SOURCES.maudsleyGuidelines.url,
    tags: BENZO_WORDS,
    ...backedBy('maudsleyBook', 'maudsleyCommercial'),
  },
];
