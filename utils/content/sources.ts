import type { IsoDate, Source } from './types';

/** The date this release's content was last checked against the sources below. */
export const CONTENT_REVIEWED: IsoDate = '2026-11-26';

const GUIDELINE_TITLE = 'Joint Clinical Practice Guideline on Benzodiazepine Tapering (2025)';
const PATIENT_GUIDE_TITLE = 'Benzodiazepine Tapering: Patient Guide (2025)';
const ASAM = 'American Society of Addiction Medicine (ASAM) and partners';
const FDA = 'US Food and Drug Administration (FDA)';

/** Official and primary sources, one entry per page cited. */
export const SOURCES = {
  fdaBoxedWarning2020: {
    publisher: FDA,
    title: 'Boxed Warning for the benzodiazepine class (2020)',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class',
  },
  fdaOpioidBenzoWarning2016: {
    publisher: FDA,
    title: 'Warning on using opioids and benzodiazepines together (2016)',
    url: 'https://www.fda.gov/Drugs/DrugSafety/ucm518473.htm',
  },
  guidelineDoNotStopSuddenly: {
    publisher: ASAM,
    title: GUIDELINE_TITLE,
    url: 'https://eguideline.guidelinecentral.com/i/1532950/2',
  },
  guidelineDependence: {
    publisher: ASAM,
    title: GUIDELINE_TITLE,
    url: 'https://eguideline.guidelinecentral.com/i/1532950/4',
  },
  guidelineRecommendations: {
    publisher: ASAM,
    title: GUIDELINE_TITLE,
    url: 'https://eguideline.guidelinecentral.com/i/1532950/7',
  },
  guidelineSymptomTable: {
    publisher: ASAM,
    title: `${GUIDELINE_TITLE}, table of withdrawal symptoms`,
    url: 'https://eguideline.guidelinecentral.com/i/1532950/9',
  },
  guidelinePrinciples: {
    publisher: ASAM,
    title: GUIDELINE_TITLE,
    url: 'https://eguideline.guidelinecentral.com/i/1532950/3',
  },
  patientGuideDependence: {
    publisher: ASAM,
    title: PATIENT_GUIDE_TITLE,
    url: 'https://eguideline.guidelinecentral.com/i/1539871-benzodiazepine-tapering-patient-guide/19',
  },
  patientGuideTiming: {
    publisher: ASAM,
    title: PATIENT_GUIDE_TITLE,
    url: 'https://eguideline.guidelinecentral.com/i/1539871-benzodiazepine-tapering-patient-guide/10',
  },
  patientGuideDoses: {
    publisher: ASAM,
    title: PATIENT_GUIDE_TITLE,
    url: 'https://eguideline.guidelinecentral.com/i/1539871-benzodiazepine-tapering-patient-guide/13',
  },
  patientGuideSupport: {
    publisher: ASAM,
    title: PATIENT_GUIDE_TITLE,
    url: 'https://eguideline.guidelinecentral.com/i/1539871-benzodiazepine-tapering-patient-guide/16',
  },
  patientGuideWhere: {
    publisher: ASAM,
    title: PATIENT_GUIDE_TITLE,
    url: 'https://eguideline.guidelinecentral.com/i/1539871/18',
  },
  racgpDiscontinuing: {
    publisher: 'Royal Australian College of General Practitioners (RACGP)',
    title: 'Drugs of dependence, Part B: Discontinuing benzodiazepines',
    url: 'https://www.racgp.org.au/clinical-resources/clinical-guidelines/key-racgp-guidelines/view-all-racgp-guidelines/drugs-of-dependence/part-b/discontinuing-benzodiazepines',
  },
  nhs24WhenTo999: {
    publisher: 'NHS 24 (Scotland)',
    title: '111 and when to call 999',
    url: 'https://www.nhs24.scot/111/',
  },
  peningtonOverdoseFactsheet: {
    publisher: 'Penington Institute',
    title: 'Overdose factsheet: benzodiazepines',
    url: 'https://www.penington.org.au/resources/ioad-overdose-factsheet-benzodiazepines',
  },
  poisonHelpHome: {
    publisher: 'Health Resources and Services Administration (HRSA)',
    title: 'Poison Help',
    url: 'https://www.poisonhelp.hrsa.gov/',
  },
  poisonHelpLine: {
    publisher: 'Health Resources and Services Administration (HRSA)',
    title: 'The Poison Help line',
    url: 'https://www.poisonhelp.hrsa.gov/the-poison-help-line/index.html',
  },
  lifeline988WhatToExpect: {
    publisher: '988 Suicide & Crisis Lifeline',
    title: 'What to expect when you contact 988',
    url: 'https://988lifeline.org/get-help/what-to-expect',
  },
  veteransCrisisLine: {
    publisher: 'US Department of Veterans Affairs',
    title: 'Veterans Crisis Line',
    url: 'https://www.veteranscrisisline.net/',
  },
  samhsaNationalHelpline: {
    publisher: 'Substance Abuse and Mental Health Services Administration (SAMHSA)',
    title: 'SAMHSA’s National Helpline',
    url: 'https://www.samhsa.gov/find-help/national-helpline',
  },
  crisisTextLine: {
    publisher: 'Crisis Text Line',
    title: 'Crisis Text Line',
    url: 'https://www.crisistextline.org/',
  },
  namiHelp: {
    publisher: 'National Alliance on Mental Illness (NAMI)',
    title: 'NAMI HelpLine',
    url: 'https://www.nami.org/help',
  },
  narAnon: {
    publisher: 'Nar-Anon Family Groups',
    title: 'Nar-Anon Family Groups',
    url: 'https://www.nar-anon.org',
  },
  slowBreathingReview: {
    publisher: 'Frontiers in Human Neuroscience (Zaccaro et al., 2018)',
    title: 'How breath-control can change your life: a systematic review',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6137615',
  },
  groundingCountdown: {
    publisher: 'Mayo Clinic Health System',
    title: '5-4-3-2-1 countdown to make anxiety blast off',
    url: 'https://www.mayoclinichealthsystem.org/hometown-health/speaking-of-health/5-4-3-2-1-countdown-to-make-anxiety-blast-off',
  },
  aasmInsomniaGuideline: {
    publisher: 'American Academy of Sleep Medicine (AASM)',
    title: 'Behavioral and psychological treatments for chronic insomnia (2021)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7853203',
  },
  acpSleepHygieneAlone: {
    publisher: 'American College of Physicians (ACP Internist Weekly)',
    title: 'AASM guideline on behavioral treatment of insomnia',
    url: 'https://immattersacp.org/weekly/archives/2020/12/22/5.htm',
  },
  nhsInsomniaAdvice: {
    publisher: 'NHS GP practice (Kingswood Surgery)',
    title: 'Insomnia: self-help advice',
    url: 'https://www.thekingswoodsurgery.nhs.uk/insomnia',
  },
  cochraneCbtTaper: {
    publisher: 'Cochrane Library (Darker et al., 2015)',
    title: 'Psychosocial interventions for benzodiazepine harmful use, abuse or dependence',
    url: 'https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD009652.pub2/full',
  },
  findTreatment: {
    publisher: 'Substance Abuse and Mental Health Services Administration (SAMHSA)',
    title: 'FindTreatment.gov',
    url: 'https://findtreatment.gov',
  },
  oigFindTreatmentAudit: {
    publisher: 'US Department of Health and Human Services, Office of Inspector General',
    title: 'Audit of the data on FindTreatment.gov',
    url: 'https://oig.hhs.gov/reports-and-publications/workplan/summary/wp-summary-0000763.asp',
  },
  asamTaperingGuidelinePage: {
    publisher: 'American Society of Addiction Medicine (ASAM)',
    title: 'Benzodiazepine tapering guideline and patient guide',
    url: 'https://www.asam.org/quality-care/clinical-guidelines/benzodiazepine-tapering',
  },
  patientGuide: {
    publisher: ASAM,
    title: PATIENT_GUIDE_TITLE,
    url: 'https://eguideline.guidelinecentral.com/i/1539871',
  },
  patientGuideLasting: {
    publisher: ASAM,
    title: PATIENT_GUIDE_TITLE,
    url: 'https://eguideline.guidelinecentral.com/i/1539871/12',
  },
  guidelineRebound: {
    publisher: ASAM,
    title: GUIDELINE_TITLE,
    url: 'https://eguideline.guidelinecentral.com/i/1532950-benzodiazepine-tapering/5',
  },
  benzoInfoAbout: {
    publisher: 'Benzodiazepine Information Coalition',
    title: 'About the Benzodiazepine Information Coalition',
    url: 'https://www.benzoinfo.com/about/',
  },
  ashtonManualReprint: {
    publisher: 'Benzodiazepine Information Coalition',
    title: 'The Ashton Manual (reprint)',
    url: 'https://www.benzoinfo.com/ashtonmanual/',
  },
  benzoBuddiesMention: {
    publisher: 'Benzodiazepine Information Coalition',
    title: 'BIC is five (mentions BenzoBuddies)',
    url: 'https://www.benzoinfo.com/2021/08/03/bic-is-five/',
  },
  naMeetingSearch: {
    publisher: 'Narcotics Anonymous World Services',
    title: 'NA meeting search',
    url: 'https://www.na.org/meetingsearch/',
  },
  narrCertification: {
    publisher: 'National Alliance for Recovery Residences (NARR)',
    title: 'Standards and certification program',
    url: 'https://narronline.org/affiliate-services/standards-and-certification-program/',
  },
  maudsleyGuidelines: {
    publisher: 'NHS Wales (Education and Learning Hub)',
    title: 'The Maudsley Deprescribing Guidelines',
    url: 'https://elh.nhs.wales/guidelines/guidelines-pages/maudsley-deprescribing-guidelines',
  },
  mhcc988Launch: {
    publisher: 'Mental Health Commission of Canada',
    title: '9-8-8 launches in Canada',
    url: 'https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/',
  },
  kidsHelpPhone: {
    publisher: 'Kids Help Phone',
    title: 'Kids Help Phone',
    url: 'https://kidshelpphone.ca/',
  },
  hopeForWellness: {
    publisher: 'Hope for Wellness Help Line',
    title: 'Hope for Wellness Help Line',
    url: 'https://www.hopeforwellness.ca/',
  },
  nhs111: {
    publisher: 'NHS England',
    title: 'NHS 111 online',
    url: 'https://111.nhs.uk/',
  },
  samaritansContact: {
    publisher: 'Samaritans',
    title: 'Contact Samaritans',
    url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
  },
  frankContact: {
    publisher: 'FRANK (UK Health Security Agency)',
    title: 'Contact FRANK',
    url: 'https://www.talktofrank.com/contact-frank',
  },
  shoutFaq: {
    publisher: 'Shout',
    title: 'Shout: frequently asked questions',
    url: 'https://giveusashout.org/about-us/faq/',
  },
  niLifeline: {
    publisher: 'Lifeline (Public Health Agency, Northern Ireland)',
    title: 'About Lifeline',
    url: 'https://www.lifelinehelpline.info/page/about.html',
  },
  // Ireland, Australia and New Zealand. Entries without a url: the service was confirmed in a stored copy,
  // but its official page was not, so Steady names the source and links nothing rather than guess an address.
  irelandEmergency: {
    publisher: 'Health Service Executive (HSE), Ireland',
    title: 'Emergency numbers 112 and 999',
  },
  samaritansIreland: {
    publisher: 'Samaritans',
    title: 'Samaritans in Ireland',
    url: 'https://www.samaritans.org/ireland/',
  },
  text50808: {
    publisher: '50808 (funded by the HSE)',
    title: '50808 crisis text service',
  },
  australiaEmergency: {
    publisher: 'Australian emergency services',
    title: 'Triple Zero (000)',
  },
  lifelineAustralia: {
    publisher: 'Lifeline Australia',
    title: 'Lifeline',
    url: 'https://www.lifeline.org.au/',
  },
  australiaAodHotline: {
    publisher: 'Australian Government',
    title: 'National Alcohol and Other Drug Hotline',
  },
  poisonsInfoAustralia: {
    publisher: 'Queensland Health',
    title: 'Poisons Information Centre',
    url: 'https://www.poisonsinfo.health.qld.gov.au',
  },
  newZealandEmergency: {
    publisher: 'New Zealand emergency services',
    title: 'Emergency number 111',
  },
  nz1737: {
    publisher: '1737 Need to talk?',
    title: 'Free call or text 1737',
  },
  nzAlcoholDrugHelpline: {
    publisher: 'Alcohol Drug Helpline',
    title: 'Alcohol Drug Helpline',
  },
} as const satisfies Record<string, Source>;
