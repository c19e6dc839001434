import type { Source } from '@/help-content/types';

/** The official pages behind the helplines, apart from the rest so the popup's first paint carries only these. */
export const HELPLINE_SOURCES = {
  nhs24WhenTo999: {
    publisher: 'NHS 24 (Scotland)',
    title: '111 and when to call 999',
    url: 'https://www.nhs24.scot/111/',
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
  samaritansIreland: {
    publisher: 'Samaritans',
    title: 'Samaritans in Ireland',
    url: 'https://www.samaritans.org/ireland/',
  },
  lifelineAustralia: {
    publisher: 'Lifeline Australia',
    title: 'Lifeline',
    url: 'https://www.lifeline.org.au/',
  },
  poisonsInfoAustralia: {
    publisher: 'Queensland Health',
    title: 'Poisons Information Centre',
    url: 'https://www.poisonsinfo.health.qld.gov.au',
  },
  fcc988: {
    publisher: 'Federal Communications Commission (FCC)',
    title: '988 Suicide & Crisis Lifeline',
    url: 'https://www.fcc.gov/988-suicide-and-crisis-lifeline',
  },
  gobMx911: {
    publisher: 'Gobierno de México',
    title: '088 y 911: responder ante cualquier llamado',
    url: 'https://www.gob.mx/policiafederal/articulos/088-911-responder-ante-cualquier-llamado',
  },
  ec112: {
    publisher: 'European Commission',
    title: '112, el número de emergencia europeo',
    url: 'https://digital-strategy.ec.europa.eu/es/policies/112',
  },
  findAHelplinePrivacy: {
    publisher: 'Find A Helpline (ThroughLine)',
    title: 'Privacy policy',
    url: 'https://stage.findahelpline.com/privacy',
  },
  throughlineGeneral: {
    publisher: 'ThroughLine',
    title: 'Helpline data: general information',
    url: 'https://developer.throughlinecare.com/general',
  },
  befriendersWhatWeDo: { publisher: 'Befrienders Worldwide', title: 'What we do', url: 'https://www.befrienders.org/what-we-do' },
  healthdirectWhatCare: {
    publisher: 'healthdirect Australia',
    title: 'What care do I need?',
    url: 'https://www.healthdirect.gov.au/what-care-do-i-need',
  },
  nzPoisonsCalling: {
    publisher: 'National Poisons Centre, New Zealand',
    title: 'Calling the National Poisons Centre',
    url: 'https://www.poisons.co.nz/calling.php',
  },
  nzPoisonsAbout: {
    publisher: 'National Poisons Centre, New Zealand',
    title: 'About the National Poisons Centre',
    url: 'https://www.poisons.co.nz/about.php',
  },
  wyomingPoisonCenter: {
    publisher: 'Wyoming Department of Health',
    title: 'Poison Help',
    url: 'https://health.wyo.gov/publichealth/prevention/wivpp/poison-center',
  },
  wyoming988: {
    publisher: 'Wyoming Department of Health',
    title: '988 Suicide & Crisis Lifeline',
    url: 'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
  },
  crisisTextLineSpanish: {
    publisher: 'Crisis Text Line',
    title: 'Crisis Text Line is now available in Spanish (2021)',
    url: 'https://www.crisistextline.org/blog/2021/10/15/hola-crisis-text-line-is-now-available-in-spanish',
  },
  veteransCrisisLineAbout: {
    publisher: 'US Department of Veterans Affairs',
    title: 'Veterans Crisis Line: about',
    url: 'https://www.veteranscrisisline.net/About/VeteranSuicide.aspx',
  },
  poisonHelpFaq: {
    publisher: 'Health Resources and Services Administration (HRSA)',
    title: 'Poison Help FAQ: calling Poison Help',
    url: 'https://poisonhelp.hrsa.gov/faq/calling-poison-help',
  },
  namiHelpLineText: {
    publisher: 'National Alliance on Mental Illness (NAMI)',
    title: 'NAMI HelpLine by text (2022)',
    url: 'https://nami.org/?p=30084',
  },
  namiHelpLineHours: { publisher: 'National Alliance on Mental Illness (NAMI)', title: 'NAMI HelpLine', url: 'https://nami.org/?p=4491' },
  namiHelpLineFaq: {
    publisher: 'National Alliance on Mental Illness (NAMI)',
    title: 'NAMI HelpLine FAQ: a mental health crisis',
    url: 'https://helplinefaqs.nami.org/article/30-what-can-i-do-if-my-loved-one-has-a-mental-health-crisis',
  },
  canada988Release: {
    publisher: 'Government of Canada (release on Newswire)',
    title: 'Government of Canada launches three-digit suicide crisis helpline (2023)',
    url: 'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
  },
  canada988: { publisher: '9-8-8 Suicide Crisis Helpline', title: '9-8-8: what to expect', url: 'https://988.ca' },
  kidsHelpPhoneText: { publisher: 'Kids Help Phone', title: 'Text about it', url: 'https://kidshelpphone.ca/text-about-it/' },
  kidsHelpPhoneAbout: {
    publisher: 'Kids Help Phone',
    title: 'Who is Kids Help Phone',
    url: 'https://kidshelpphone.ca/get-involved/about-us/who-is-kids-help-phone/',
  },
  devonCornwallPolice999: {
    publisher: 'Devon and Cornwall Police',
    title: 'Phoning 999',
    url: 'https://www.devon-cornwall.police.uk/youth/8-10/phoning-999/',
  },
  readingNhs111: {
    publisher: 'NHS (Reading Walk-in Health Centre)',
    title: 'Out of hours: NHS 111',
    url: 'https://readingwalkinhealthcentre.nhs.uk/registered-patients/out-of-hours/',
  },
  neasNhs111: { publisher: 'North East Ambulance Service NHS Foundation Trust', title: '111', url: 'https://neas.nhs.uk/your-service/111' },
  samaritansCoventry: {
    publisher: 'Samaritans',
    title: 'Coventry Samaritans open as usual over Christmas',
    url: 'https://samaritans.org/branches/coventry/coventry-branch-news/coventry-samaritans-will-be-open-usual-over-christmas',
  },
  samaritansIrelandNews: {
    publisher: 'Samaritans',
    title: 'Samaritans Ireland: one call for help every minute',
    url: 'https://www.samaritans.org/news/samaritans-ireland-responds-one-call-help-every-minute-last-year',
  },
  shoutFaqs: { publisher: 'Shout', title: 'Shout: FAQs', url: 'https://www.giveusashout.org/faqs/' },
  phaNiLifeline: {
    publisher: 'Public Health Agency, Northern Ireland',
    title: 'World Suicide Prevention Day: contact Lifeline',
    url: 'https://publichealth.hscni.net/news/world-suicide-prevention-day-contact-lifeline-if-youre-distress-or-despair',
  },
  hseEmergencyNumbers: {
    publisher: 'Health Service Executive (HSE), Ireland',
    title: 'When to call 112 or 999',
    url: 'https://www2.hse.ie/emergencies/when-to-call-112-or-999/',
  },
  merrionStreet50808: {
    publisher: 'Government of Ireland (MerrionStreet.ie)',
    title: 'Minister launches 24/7 text service for third-level students (2020)',
    url: 'https://merrionstreet.ie/en/news-room/news/minister_simon_harris_launches_24_7_text_service_to_provide_mental_health_supports_for_third_level_students.html',
  },
  acmaEmergencyCalls: {
    publisher: 'Australian Communications and Media Authority (ACMA)',
    title: 'Emergency calls',
    url: 'https://www.acma.gov.au/emergency-calls',
  },
  healthMinisterLifeline2012: {
    publisher: 'Australian Government, Minister for Mental Health',
    title: 'Media release on Lifeline (2012)',
    url: 'https://www.health.gov.au/internet/ministers/publishing.nsf/Content/mr-yr12-mb-mb099.htm',
  },
  healthMinisterLifelineMobiles: {
    publisher: 'Australian Government, Minister for Mental Health',
    title: 'Free mobile calls to Lifeline (2011)',
    url: 'https://www.health.gov.au/internet/ministers/publishing.nsf/Content/mr-yr11-mb-mb064.htm',
  },
  australiaDrugsTopic: {
    publisher: 'Australian Government Department of Health',
    title: 'Drugs',
    url: 'https://www.health.gov.au/health-topics/drugs',
  },
  govtNz111: {
    publisher: 'New Zealand Government (govt.nz)',
    title: '111 emergency service',
    url: 'https://www.govt.nz/browse/crime-and-justice/crimes-and-emergencies/111-emergency-service/',
  },
  nzPolice111: {
    publisher: 'New Zealand Police',
    title: 'Calling emergency 111',
    url: 'https://www.police.govt.nz/contact-us/calling-emergency-111',
  },
  nzHealth1737: {
    publisher: 'Ministry of Health, New Zealand',
    title: 'Phone counselling service busy following Christchurch tragedy (2019)',
    url: 'https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy',
  },
  manaakeAdh: {
    publisher: 'Health New Zealand (Manaaki)',
    title: 'Drugs, alcohol and gambling',
    url: 'https://manaake.health.nz/supporting-your-child/maintaining-positive-family-relationships/drugs-alcohol-and-gambling/',
  },
  northlandAdh: {
    publisher: 'Te Whatu Ora Te Tai Tokerau (Northland DHB)',
    title: 'Alcohol: need help now?',
    url: 'https://www.northlanddhb.org.nz/your-health/healthy-lifestyles/health-promotion/alcohol-and-other-drugs/alcohol/',
  },
} as const satisfies Record<string, Source>;
