import type { Source } from '@/help-content/types';
import { HELPLINE_SOURCES } from '@/help-content/helpline-sources';

export { CONTENT_REVIEWED } from '@/help-content/backing';

const GUIDELINE_TITLE = 'Joint Clinical Practice Guideline on Benzodiazepine Tapering (2025)';
const PATIENT_GUIDE_TITLE = 'Benzodiazepine Tapering: Patient Guide (2025)';
const ASAM = 'American Society of Addiction Medicine (ASAM) and partners';
const FDA = 'US Food and Drug Administration (FDA)';

/** Official and primary sources, one entry per page cited. */
export const SOURCES = {
  ...HELPLINE_SOURCES,
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
  peningtonOverdoseFactsheet: {
    publisher: 'Penington Institute',
    title: 'Overdose factsheet: benzodiazepines',
    url: 'https://www.penington.org.au/resources/ioad-overdose-factsheet-benzodiazepines',
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

  // Pages added with the 2026-11-30 evidence pass: each backs the quotes in evidence.ts and evidence-helplines.ts.
  patientGuideDependenceStart: { publisher: ASAM, title: PATIENT_GUIDE_TITLE, url: 'https://eguideline.guidelinecentral.com/i/1539871/2' },
  patientGuideTaperingProcess: { publisher: ASAM, title: PATIENT_GUIDE_TITLE, url: 'https://eguideline.guidelinecentral.com/i/1539871/9' },
  patientGuideSubstanceUse: { publisher: ASAM, title: PATIENT_GUIDE_TITLE, url: 'https://eguideline.guidelinecentral.com/i/1539871/15' },
  patientGuideSituations: {
    publisher: ASAM,
    title: PATIENT_GUIDE_TITLE,
    url: 'https://eguideline.guidelinecentral.com/i/1539871-benzodiazepine-tapering-patient-guide/17',
  },
  patientGuideFaq: {
    publisher: ASAM,
    title: PATIENT_GUIDE_TITLE,
    url: 'https://eguideline.guidelinecentral.com/i/1539871-benzodiazepine-tapering-patient-guide/19',
  },
  guidelineKeyPoints: {
    publisher: ASAM,
    title: GUIDELINE_TITLE,
    url: 'https://eguideline.guidelinecentral.com/i/1532950-benzodiazepine-tapering/1',
  },
  guidelineConsiderations: {
    publisher: ASAM,
    title: GUIDELINE_TITLE,
    url: 'https://eguideline.guidelinecentral.com/i/1532950-benzodiazepine-tapering/5',
  },
  guidelineRecommendationsTaper: {
    publisher: ASAM,
    title: GUIDELINE_TITLE,
    url: 'https://eguideline.guidelinecentral.com/i/1532950-benzodiazepine-tapering/7',
  },
  guidelineOpioids: {
    publisher: ASAM,
    title: GUIDELINE_TITLE,
    url: 'https://eguideline.guidelinecentral.com/i/1532950-benzodiazepine-tapering/10',
  },
  guidelineSpecialPopulations: {
    publisher: ASAM,
    title: GUIDELINE_TITLE,
    url: 'https://eguideline.guidelinecentral.com/i/1532950-benzodiazepine-tapering/11',
  },
  guidelineFlowChart: {
    publisher: ASAM,
    title: `${GUIDELINE_TITLE}, tapering flow chart`,
    url: 'https://eguideline.guidelinecentral.com/i/1532950/28',
  },
  fdaClonazepamLabel: {
    publisher: FDA,
    title: 'Clonazepam prescribing information (openFDA label index)',
    url: 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Clonazepam%22',
  },
  nhsClonazepamAbout: { publisher: 'NHS (nhs.uk)', title: 'About clonazepam', url: 'https://nhs.uk/medicines/clonazepam/about-clonazepam' },
  nhsClonazepamQuestions: {
    publisher: 'NHS (nhs.uk)',
    title: 'Common questions about clonazepam',
    url: 'https://nhs.uk/medicines/clonazepam/common-questions-about-clonazepam',
  },
  nhsScotlandWithdrawal: {
    publisher: 'NHS Scotland (Right Decisions)',
    title: 'Benzodiazepines and z-drugs: discontinuation and withdrawal symptoms',
    url: 'https://rightdecisions.scot.nhs.uk/benzodiazepines-and-z-drugs-quality-prescribing-a-guide-for-improvement/reducing-stopping-and-switching/discontinuationwithdrawal-symptoms',
  },
  niceNg215Context: {
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    title: 'Medicines associated with dependence or withdrawal symptoms (NG215): context',
    url: 'https://www.nice.org.uk/guidance/ng215/chapter/Context',
  },
  niceCksWithdrawal: {
    publisher: 'NICE Clinical Knowledge Summaries',
    title: 'Benzodiazepine and z-drug withdrawal',
    url: 'https://cks.nice.org.uk/benzodiazepine-and-z-drug-withdrawal',
  },
  bmjNiceSummary: {
    publisher: 'The BMJ (summary of NICE NG215)',
    title: 'Safe prescribing and withdrawal management of medicines associated with dependence',
    url: 'https://www.bmj.com/content/378/bmj.o1454',
  },
  deaCounterfeitPills: {
    publisher: 'US Drug Enforcement Administration (DEA)',
    title: 'Counterfeit pills fact sheet (2021)',
    url: 'https://www.dea.gov/documents/2021/2021-09/2021-09-27/counterfeit-pills-factsheet',
  },
  bjaNaloxoneToolkit: {
    publisher: 'US Department of Justice, Bureau of Justice Assistance',
    title: 'Does naloxone reverse any overdose?',
    url: 'https://www.bjatraining.org/naloxone/does-naloxone-reverse-any-overdose',
  },
  cochraneSummaryTable: {
    publisher: 'Cochrane Library (Darker et al., 2015), on PubMed Central',
    title: 'Psychosocial interventions for benzodiazepine dependence: summary of findings',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC11023022/table/CD009652-tbl-0001',
  },
  whoMeansRestriction: {
    publisher: 'World Health Organization (WHO)',
    title: 'Restricting access to the means for suicide',
    url: 'https://www.who.int/mental_health/prevention/suicide/pesticides/en/',
  },
  wales111Confusion: {
    publisher: 'NHS 111 Wales',
    title: 'Confusion (delirium)',
    url: 'https://111.wales.nhs.uk/encyclopaedia/c/article/confusion(delirium)/',
  },
  swast999: {
    publisher: 'South Western Ambulance Service NHS Foundation Trust',
    title: 'When to call 999',
    url: 'https://www.swast.nhs.uk/when-to-call-999',
  },
  fda2016Current: {
    publisher: 'US Food and Drug Administration (FDA)',
    title: 'Warning on using opioids and benzodiazepines together (2016)',
    url: 'https://fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-warns-about-serious-risks-and-death-when-combining-opioid-pain-or',
  },
  guidelineTakeaways: {
    publisher: 'American Society of Addiction Medicine (ASAM) and partners',
    title: 'Joint Clinical Practice Guideline on Benzodiazepine Tapering (2025)',
    url: 'https://eguideline.guidelinecentral.com/i/1532950/3',
  },
  benzoInfoHome: {
    publisher: 'Benzodiazepine Information Coalition',
    title: 'Benzodiazepine Information Coalition',
    url: 'https://www.benzoinfo.com/',
  },
  ashtonManualOriginal: {
    publisher: 'Professor C Heather Ashton (benzo.org.uk)',
    title: 'Benzodiazepines: How They Work and How to Withdraw (the Ashton Manual)',
    url: 'https://www.benzo.org.uk/manual/contents.htm',
  },
  benzoInfoForums: {
    publisher: 'Benzodiazepine Information Coalition',
    title: 'Internet support forums (2019)',
    url: 'https://www.benzoinfo.com/2019/01/24/internet-support-forums/',
  },
  smartRecoveryFirstMeeting: {
    publisher: 'SMART Recovery',
    title: 'Attending your first SMART Recovery meeting',
    url: 'https://support.smartrecovery.org/attending-your-first-smart-recovery-meeting',
  },
  virtualNa: { publisher: 'Narcotics Anonymous (Virtual NA)', title: 'About Virtual NA', url: 'https://virtual-na.org/about-virtual-na/' },
  narAnonUs: {
    publisher: 'Nar-Anon Family Groups',
    title: 'Nar-Anon in the United States',
    url: 'https://www.nar-anon.org/united-states/',
  },
  eastDevonBreathing: {
    publisher: 'East Devon District Council (NHS breathing exercise)',
    title: 'Remember to breathe',
    url: 'https://eastdevon.gov.uk/coronavirus-covid-19/your-wellbeing/stay-well-resource-pack/remember-to-breathe/',
  },
  nimhFiveSteps: {
    publisher: 'National Institute of Mental Health (NIMH)',
    title: '5 action steps to help someone having thoughts of suicide',
    url: 'https://www.nimh.nih.gov/health/publications/5-action-steps-to-help-someone-having-thoughts-of-suicide',
  },
  namiFamilyHope: {
    publisher: 'National Alliance on Mental Illness (NAMI)',
    title: 'Family caregivers and the gift of hope and healing (2012)',
    url: 'https://www.nami.org/media-and-pop-culture/family-caregivers-and-the-gift-of-hope-and-healing/',
  },
  // Aftercare resources by region (research notes, section D-R), 2026-11-30.
  alAnonHistory: {
    publisher: 'Al-Anon Family Groups',
    title: '65 years of hope for families (2016)',
    url: 'https://al-anon.org/blog/65-years-hope-for-families/',
  },
  alAnon: { publisher: 'Al-Anon Family Groups', title: 'Al-Anon Family Groups', url: 'https://al-anon.org' },
  ashtonManualSpanish: {
    publisher: 'Professor C Heather Ashton (benzo.org.uk)',
    title: 'The Ashton Manual in Spanish, chapter III',
    url: 'https://www.benzo.org.uk/espman/bzcha03.htm',
  },
  frankFindSupport: {
    publisher: 'FRANK (UK Health Security Agency)',
    title: 'Find support near you',
    url: 'https://www.talktofrank.com/get-help/find-support-near-you',
  },
  walesDrugMisuse: { publisher: 'NHS 111 Wales', title: 'Drug misuse', url: 'https://111.wales.nhs.uk/encyclopaedia/d/article/drugmisuse' },
  postscript360History: { publisher: 'PostScript 360', title: 'Our history', url: 'https://postscript360.org.uk/our-history/' },
  postscript360Report: {
    publisher: 'PostScript 360',
    title: 'Annual impact report 2020–21 (published on its issuu page)',
    url: 'https://postscript360.org.uk',
  },
  smartRecoveryUkMeetings: {
    publisher: 'SMART Recovery UK',
    title: 'About SMART Recovery meetings',
    url: 'https://smartrecovery.org.uk/about-smart-recovery-meetings/',
  },
  hrbServicesMap: {
    publisher: 'Health Research Board and Department of Health (Ireland)',
    title: 'Map of drug and alcohol services',
    url: 'https://www.drugsandalcohol.ie/services_map',
  },
  drugsIeServices: { publisher: 'drugs.ie', title: 'Drug and alcohol services by county', url: 'https://www.drugs.ie/services' },
  connexInclusion: {
    publisher: 'ConnexOntario',
    title: 'Database inclusion criteria',
    url: 'https://www.connexontario.ca/database-inclusion-criteria',
  },
  reconnexion: { publisher: 'Reconnexion (EACH)', title: 'Reconnexion', url: 'https://www.reconnexion.org.au/' },
  reconnexionAbout: { publisher: 'Reconnexion (EACH)', title: 'About', url: 'https://www.reconnexion.org.au/about' },
  reconnexionFaqs: { publisher: 'Reconnexion (EACH)', title: 'FAQs', url: 'https://www.reconnexion.org.au/faqs' },
  reconnexionProjects: {
    publisher: 'Reconnexion (EACH)',
    title: 'Projects and publications',
    url: 'https://reconnexion.org.au/projects-and-publications',
  },
  betterHealthAod: {
    publisher: 'Better Health Channel (Victorian Department of Health)',
    title: 'Alcohol and drugs: dependence and addiction',
    url: 'https://www.betterhealth.vic.gov.au/health/servicesandsupport/alcohol-and-drugs--dependence-and-addiction',
  },
  mhcWaAod: {
    publisher: 'Mental Health Commission, Western Australia',
    title: 'New alcohol and other drug support service for health care professionals',
    url: 'https://mhc.wa.gov.au/about-us/news-and-media/news-updates/new-alcohol-and-other-drug-support-service-for-health-care-professionals',
  },
  actHealthAod: {
    publisher: 'ACT Health',
    title: 'Alcohol and drug statistics (ASSAD)',
    url: 'https://www.health.act.gov.au/about-our-health-system/data-and-publications/healthstats/statistics-and-indicators/assad-self-1',
  },
  saHealthAod: {
    publisher: 'SA Health',
    title: 'Drug and alcohol emergency information',
    url: 'https://www.sahealth.sa.gov.au/wps/wcm/connect/public+content/sa+health+internet/conditions/drugs/drug+and+alcohol+emergency+information',
  },
  fdsHome: { publisher: 'Family Drug Support', title: 'Family Drug Support', url: 'https://www.fds.org.au/' },
  fdsAnnualReport2024: {
    publisher: 'Family Drug Support',
    title: 'Annual report 2024',
    url: 'https://www.fds.org.au/FlippingBooks/2024_Annual_Report/29',
  },
  smartRecoveryAustralia: {
    publisher: 'SMART Recovery Australia',
    title: 'About SMART Recovery',
    url: 'https://smartrecoveryaustralia.com.au/about/about-smart-recovery/',
  },
  counsellingOnline: { publisher: 'Counselling Online', title: 'Counselling Online', url: 'https://www.counsellingonline.org.au/' },
  counsellingOnlineGuidelines: {
    publisher: 'Counselling Online',
    title: 'Community guidelines',
    url: 'https://www.counsellingonline.org.au/community-guidelines',
  },
  cij: {
    publisher: 'Centros de Integración Juvenil (Gobierno de México)',
    title: 'Centros de Integración Juvenil',
    url: 'https://www.gob.mx/salud/cij',
  },
  proyectoHombreInternational: {
    publisher: 'Proyecto Hombre',
    title: 'Proyecto Hombre: international (English page)',
    url: 'https://archivo.proyectohombre.es/international/',
  },
} as const satisfies Record<string, Source>;
