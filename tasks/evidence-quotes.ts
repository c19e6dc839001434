/**
 * The exact words behind every evidence key, copied from stored copies of the sources ("…" marks a cut), and
 * where in the source they are. For reviewers and tests only: nothing Steady ships imports this file, and
 * readers only ever see Steady's own words. The type makes a missing or extra quote a compile error.
 */
import type { EvidenceKey } from '../help-content/evidence';

export interface EvidenceQuote {
  quote: string;
  /** A page ("viewer p. 10 (printed p. 11)") or a section heading. */
  where: string;
  /** For a quote read only in a copy of the official page: the copy's address. Evidence only, never linked. */
  seenAt?: string;
}

export const QUOTES = {
  fdaSeizures: {
    where: 'opening section ("What safety concern is FDA announcing?"), 09-23-2020',
    quote:
      'Stopping them abruptly or reducing the dosage too quickly can result in withdrawal reactions, including seizures, which can be life-threatening.',
  },
  patientGuideStoppingSuddenly: {
    where: 'viewer p. 18 (printed p. 19), FAQ',
    quote: 'Stopping suddenly can be dangerous when you have physical dependence on the medication.',
  },
  patientGuideTaperNotStop: {
    where: 'viewer p. 18 (printed p. 19), FAQ',
    quote:
      'This means you should work with your healthcare provider to slowly reduce your dose (or taper), rather than stopping cold turkey.',
  },
  pocketGuideTaperGradually: {
    where: 'viewer p. 2 (printed p. 3), Key Takeaways',
    quote:
      'BZDs should not be discontinued abruptly in patients who are likely to be physically dependent on the medication and at risk for withdrawal (See Table 2); rather, their medication dosage should be tapered gradually over a period of time under clinical supervision.',
  },
  pocketGuideAvoidAbrupt: {
    where: 'viewer p. 5 (printed p. 6), Recommendation 2',
    quote:
      'Clinicians should avoid abruptly discontinuing BZD medication in patients who are likely to be physically dependent on BZDs and at risk for BZD withdrawal (See Table 2) (L-S).',
  },
  bmjNiceNotAbruptly: {
    where: '"What you need to know" box, published 08 July 2022',
    quote: 'Such medicines should not be stopped abruptly unless there are exceptional medical circumstances',
  },
  patientGuideOutpatient: {
    where: 'viewer p. 18 (printed p. 19), FAQ',
    quote: 'Probably not. Tapering benzodiazepines can almost always be managed in outpatient settings.',
  },
  pocketGuideInpatientWhen: {
    where: 'viewer p. 7 (printed p. 8), Recommendation 5',
    quote:
      'BZD tapering can typically be managed in outpatient settings. However, clinicians should consider inpatient care for BZD tapering when: … The patient is experiencing or imminently anticipated to experience severe or complicated BZD withdrawal',
  },
  fdaDependenceWeeks: {
    where: 'opening section, 2nd paragraph, 09-23-2020',
    quote: 'Physical dependence can occur when benzodiazepines are taken steadily for several days to weeks, even as prescribed.',
  },
  patientGuideWithdrawalWeeks: {
    where: 'viewer p. 2 (printed p. 3)',
    quote:
      'While unlikely, some patients may experience withdrawal symptoms after as little as two or three weeks of regular benzodiazepine use.',
  },
  patientGuideNotAddiction: {
    where: 'viewer p. 19 (printed p. 20), FAQ',
    quote: 'Physical dependence and addiction to medication are not the same.',
  },
  patientGuideUseDisorder: {
    where: 'viewer p. 19 (printed p. 20), FAQ',
    quote: 'Less than 2% of individuals taking benzodiazepines develop a benzodiazepine use disorder.',
  },
  pocketGuideNotSud: {
    where: 'viewer p. 4 (printed p. 5), Guiding Principles',
    quote:
      'Physical dependence is an expected result of ongoing use of prescribed BZDs and distinct from SUD. Clinicians should not presume that patients with physical dependence have an SUD.',
  },
  patientGuideOnsetWeek: {
    where: 'viewer p. 10 (printed p. 11), "Managing Withdrawal"',
    quote: 'After reducing your dose, it may take up to a week for withdrawal symptoms to occur.',
  },
  nhsScotlandOnset: {
    where: '"Discontinuation/withdrawal symptoms" (no date shown)',
    quote: 'withdrawal symptoms may occur at any time up to three weeks after stopping a long-acting B-Z.',
  },
  patientGuideNoTimeline: {
    where: 'viewer p. 19 (printed p. 20), FAQ "How long will it take to completely taper off the medication?"',
    quote:
      'There is no set timeline. The length of time to taper safely will vary from person to person. It may take a couple of months or even a year or more.',
  },
  patientGuideEndOfTaper: {
    where: 'viewer p. 10 (printed p. 11)',
    quote: 'Withdrawal symptoms may increase as you get close to the end of the taper.',
  },
  patientGuideSlowFirst: {
    where: 'viewer p. 13 (printed p. 14), "Tapering Challenges"',
    quote:
      'If you experience challenges with tapering, your healthcare provider will first recommend slowing or temporarily pausing the taper.',
  },
  patientGuidePause: {
    where: 'viewer p. 19 (printed p. 20), FAQ "What should I do if I experience withdrawal symptoms during the taper?"',
    quote:
      'They may recommend that you: » Pause the taper, or stay at the same dose for a couple more weeks » Slow the taper, or make smaller dose reductions, less frequently',
  },
  patientGuideReturnRare: {
    where: 'viewer p. 19 (printed p. 20), FAQ',
    quote: 'In rare cases they may recommend that you temporarily return to your prior dose.',
  },
  pocketGuideGoal: {
    where: 'viewer p. 3 (printed p. 4), Key Takeaways 5b',
    quote:
      'b. The goal of tapering may be discontinuing the BZD medication or reducing the BZD dose to the point where the risks no longer outweigh the benefits.',
  },
  pocketGuideLowerDose: {
    where: 'viewer p. 28 (printed p. 29), flow chart',
    quote: 'Consider maintaining on lower dose if further dose reductions are not tolerated',
  },
  pocketGuideFirstSteps: {
    where: 'viewer p. 28 (printed p. 29), flow chart',
    quote: 'Typical initial dose reduction: 5–10% every 2–4 weeks; Generally not more than 25% every 2 weeks',
  },
  pocketGuideTailor: {
    where: 'viewer p. 7 (printed p. 8), Recommendations 8 and 9',
    quote:
      "Clinicians should tailor tapering strategies to each individual patient and adjust the taper based on a patient's response (CC-S). … Clinicians should evaluate patients undergoing tapering for signs and symptoms related to the BZD taper with each dose reduction (CC-S).",
  },
  pocketGuideSlowOrPause: {
    where: 'viewer p. 3 (printed p. 4), Key Takeaways 6b',
    quote:
      'Clinicians should monitor patients for the emergence of BZD withdrawal signs and symptoms with each dose reduction. If significant signs or symptoms emerge, the taper should be slowed or paused (See Table 3).',
  },
  pocketGuideSharedDecision: {
    where: 'viewer p. 7 (printed p. 8), Recommendation 4',
    quote:
      'Clinicians should develop the BZD tapering strategy in coordination with patients and their care partners in a shared decision-making process whenever possible (CC-S).',
  },
  pocketGuideTherapy: {
    where: 'viewer p. 7 (printed p. 8), Recommendation 10',
    quote:
      'Clinicians should offer patients undergoing BZD tapering behavioral interventions tailored to their underlying conditions (e.g., CBT, CBT-I) or provide them with referrals to access these interventions (L-S).',
  },
  pocketGuideReview: {
    where: 'viewer p. 5 (printed p. 6), Recommendation 1',
    quote:
      'Clinicians should ideally assess the risks and benefits of ongoing BZD prescribing at least every 3 months for each patient taking BZD medications (See Table 1 and Table 2) (CC-S).',
  },
  pocketGuideRecurrence: {
    where: 'viewer p. 3 (printed p. 4), Key Takeaways 5',
    quote:
      '5. Clinicians should design the tapering strategy to minimize harms from both continued BZD use and the tapering process, such as withdrawal symptoms and recurrence of symptoms for which the BZD was originally prescribed.',
  },
  patientGuideProtracted: {
    where: 'viewer p. 12 (printed p. 13), "Protracted Withdrawal"',
    quote:
      'Some patients may experience withdrawal symptoms that continue after fully stopping benzodiazepines. This is known as protracted withdrawal. … If you experience withdrawal symptoms more than a month after discontinuing benzodiazepines, talk with your healthcare provider about whether you might have protracted withdrawal.',
  },
  racgpProtracted: {
    where: 'chapter 5, text just before Table 4; last revised 06 Nov 2019',
    quote: 'Up to 15% of patients who experience withdrawal will go on to have protracted symptoms lasting months to years.',
  },
  nhsScotlandProtracted: {
    where: '"Discontinuation/withdrawal symptoms" (no date shown)',
    quote: 'Protracted symptoms … May affect up to 15% of people … Anxiety - gradually recedes over a year',
  },
  patientGuideSevere: {
    where: 'viewer p. 16 (printed p. 17)',
    quote: 'Severe withdrawal symptoms may include seizures, suicidal thoughts, psychosis, delirium, and more.',
  },
  patientGuideTellRightAway: {
    where: 'viewer p. 10 (printed p. 11), "Managing Withdrawal"',
    quote:
      'You should check in with your healthcare provider throughout the tapering process and discuss withdrawal symptoms you are experiencing. … Tell your healthcare provider about any intolerable withdrawal symptoms right away.',
  },
  patientGuideCheckIn: {
    where: 'viewer p. 19 (printed p. 20), FAQ "What should I do if I experience withdrawal symptoms during the taper?"',
    quote: 'Check in with your healthcare provider after each dose reduction. Tell them about any symptoms you are experiencing.',
  },
  patientGuideManyDoWell: {
    where: 'viewer p. 2 (printed p. 3), introduction',
    quote: 'Many people can taper benzodiazepines without significant problems. However, you may feel worried about the tapering process.',
  },
  patientGuideNoSkip: {
    where: 'viewer p. 13 (printed p. 14), "Tapering Challenges"',
    quote:
      'Try to avoid skipping any doses during the tapering process, as this can worsen withdrawal. … Some patients may experience withdrawal symptoms between doses depending on how quickly their body processes the medication. Talk to your health care provider if this is happening to you.',
  },
  patientGuideCoping: {
    where: 'viewer p. 16 (printed p. 17), "If You Have Mental Health Concerns"',
    quote:
      'Treatments may include therapy, such as cognitive behavioral therapy, or different medications, such as antidepressants. • You may also find meditation, yoga, or support groups helpful during the tapering process.',
  },
  patientGuideInteractions: {
    where: 'viewer p. 18 (printed p. 19), FAQ "How do I know if tapering my benzodiazepine medication is the right choice for me?"',
    quote:
      'Talk with your healthcare providers. They can work with you to consider: » Your risk for harm from taking benzodiazepines (e.g., memory problems, falls, car accidents, medication interactions, physical dependence)',
  },
  patientGuidePregnancy: {
    where: 'viewer p. 17 (printed p. 18), "If You Are Pregnant or Breastfeeding"',
    quote:
      'If you are pregnant or breastfeeding and taking benzodiazepines, talk to your healthcare provider about the risks. … You can continue breastfeeding while taking benzodiazepines. … If you used benzodiazepines during pregnancy, tell your infant’s pediatrician and other health care providers.',
  },
  pocketGuidePregnancy: {
    where: 'viewer p. 11 (printed p. 12), Recommendation 28',
    quote:
      'Clinicians should weigh the risks and benefits for the maternal–fetal dyad when considering continued BZD prescribing or tapering for pregnant patients',
  },
  patientGuideOlderAdults: {
    where: 'viewer p. 17 (printed p. 18), "If You’re an Older Adult (65 or older)"',
    quote:
      'These factors can increase the risk of negative outcomes such as memory problems, falls, and car accidents. … If you are an older adult, talk to your healthcare provider about your risks and the potential benefits of tapering.',
  },
  pocketGuideOlderAdults: {
    where: 'viewer p. 2 (printed p. 3), Key Takeaways 1d',
    quote: 'Clinicians should taper BZDs in most older adults (i.e., ≥65 years) unless there are compelling reasons for continuation.',
  },
  nhsClonazepamUses: {
    where: 'opening paragraph (no date shown)',
    quote:
      "It's used to control seizures or fits due to epilepsy, involuntary muscle spasms, panic disorder and sometimes restless legs syndrome.",
  },
  pocketGuideSeizureUse: {
    where: 'viewer p. 1 (printed p. 2), Key Points, Background',
    quote: 'While there are some limited indications for longer term BZD use (e.g., … complex seizure disorders …)',
  },
  patientGuideNaloxone: {
    where: 'viewer p. 15 (printed p. 16), "If You are Taking Benzodiazepines and Opioids"',
    quote:
      'If you are taking both benzodiazepines and opioids, you may be at increased risk for complications, including overdose. … You and your family members should keep opioid overdose reversal medication (e.g., Narcan/naloxone) on hand.',
  },
  bjaNaloxone: {
    where: 'page "Does naloxone reverse any overdose?" (no date shown)',
    quote:
      'Naloxone will not reverse overdose resulting from non-opioid drugs, like cocaine, benzodiazepines (“benzos”), or alcohol. … In multiple drug overdoses (e.g., an opioid and a benzodiazepine) it is still worth administering naloxone',
  },
  fdaLabelOpioids: {
    where: 'Boxed Warning (index last updated 2026-06-02)',
    quote: 'Concomitant use of benzodiazepines and opioids may result in profound sedation, respiratory depression, coma, and death.',
  },
  fda2016Breathing: {
    where: 'opening paragraph, 8-31-2016',
    quote:
      'A U.S. Food and Drug Administration (FDA) review has found that the growing combined use of opioid medicines with benzodiazepines or other drugs that depress the central nervous system (CNS) has resulted in serious side effects, including slowed or difficult breathing and deaths.',
  },
  fdaAlcohol: {
    where: 'opening section, 2nd paragraph, 09-23-2020',
    quote:
      'Abuse and misuse can result in overdose or death, especially when benzodiazepines are combined with other medicines, such as opioid pain relievers, alcohol, or illicit drugs.',
  },
  fda2016Alcohol: {
    where: 'opening summary, advice to health care professionals, 8-31-2016',
    quote:
      'Avoid prescribing prescription opioid cough medicines for patients taking benzodiazepines or other CNS depressants, including alcohol.',
  },
  patientGuideCounterfeit: {
    where: 'viewer p. 15 (printed p. 16), "If You Have or May Have a Substance Use Disorder"',
    quote: 'Pills purchased outside a pharmacy can contain fentanyl and put you at risk for overdose and death.',
  },
  deaCounterfeit: {
    where: '"What is it?", 2021-09-27',
    quote:
      'Many counterfeit pills are made to look like prescription opioids … and alprazolam (Xanax®) … but contain fentanyl or methamphetamine. … The only safe medications are ones prescribed by a trusted medical professional and dispensed by a licensed pharmacist.',
  },
  patientGuideAvoidReceptors: {
    where: 'viewer p. 13 (printed p. 14), "Tapering Challenges"',
    quote: 'In general, your healthcare provider may try to avoid other medications that impact benzodiazepine receptors.',
  },
  niceZDrugs: {
    where: '"Context" (guideline published April 2022)',
    quote:
      'Medicines associated with dependence include benzodiazepines, Z‑drugs (such as zopiclone and zolpidem), opioids, gabapentin and pregabalin.',
  },
  cksZDrugsSameReceptors: {
    where: 'Summary; last revised July 2013',
    quote: 'Like benzodiazepines, they are also GABA receptor agonists.',
  },
  nhsClonazepamDriving: {
    where: '"How will it make me feel?" (no date shown)',
    quote: "It's important not to drive, ride a bike or use tools or machinery if you feel sleepy or confused.",
  },
  cksDriving: {
    where: 'Summary, benefits of stopping; last revised July 2013',
    quote: 'Reducing the risk of a road traffic accident, as benzodiazepines can impair driving performance.',
  },
  patientGuideSpecialists: {
    where: 'viewer p. 13 (printed p. 14), "Tapering Challenges"',
    quote:
      'Not all health care providers have specialized training or experience managing challenging benzodiazepine withdrawal. The guidelines and this patient pocket guide can help you advocate for your needs. If you are experiencing tapering challenges you can consider working with a specialist such as a medical toxicologist, addiction psychiatrist, addiction medicine doctor, or psychiatric pharmacist.',
  },
  cochraneShortTerm: {
    where: '"Summary of findings for the main comparison", 2015 May 11',
    quote: 'Successful discontinuation of BZDs‐ post treatment … RR 1.4 (1.05 to 1.86) … 423 (9 studies)',
  },
  cochraneYearLater: {
    where: '"Summary of findings for the main comparison", 2015 May 11',
    quote: 'Successful discontinuation of BZDs‐ 12 month follow‐up … RR 1.42 (0.89 to 2.28) … 284 (5 studies)',
  },
  whoMeansRestriction: {
    where: '"Restricting access to the means for suicide" (no date shown)',
    quote:
      'Restricting access to the means for suicide (including pesticides, firearms, heights, railway tracks, poisons, medications, sources of carbon monoxide such as car exhausts or charcoal) is a key component of suicide prevention efforts',
  },
  table3Mood: {
    where: 'viewer p. 9 (printed p. 10), Table 3, "Common Benzodiazepine Withdrawal Signs and Symptoms"',
    quote: '• Anxiety, panic attacks • Depression, dysphoria • Irritability, agitation, aggression',
  },
  table3Sleep: {
    where: 'viewer p. 9 (printed p. 10), Table 3, "Common Benzodiazepine Withdrawal Signs and Symptoms"',
    quote: '• Hypersomnia • Insomnia • Nightmares',
  },
  table3General: {
    where: 'viewer p. 9 (printed p. 10), Table 3, "Common Benzodiazepine Withdrawal Signs and Symptoms"',
    quote: '• Elevated blood pressure • Headaches • Sweating, night sweats',
  },
  table3Heart: {
    where: 'viewer p. 9 (printed p. 10), Table 3, "Common Benzodiazepine Withdrawal Signs and Symptoms"',
    quote: '• Chest pain • Palpitations • Tachycardia',
  },
  table3Gut: {
    where: 'viewer p. 9 (printed p. 10), Table 3, "Common Benzodiazepine Withdrawal Signs and Symptoms"',
    quote: '• Abdominal cramps • Diarrhea • Nausea and vomiting',
  },
  table3Muscles: {
    where: 'viewer p. 9 (printed p. 10), Table 3, "Common Benzodiazepine Withdrawal Signs and Symptoms"',
    quote: '• Muscle pain (e.g., tension, weakness, spasms) • Muscle twitches, jerks, and fasciculations • Tremors',
  },
  table3Cognition: {
    where: 'viewer p. 9 (printed p. 10), Table 3, "Common Benzodiazepine Withdrawal Signs and Symptoms"',
    quote: '• Cognitive impairment (e.g., poor memory, reduced concentration)',
  },
  table3Senses: {
    where: 'viewer p. 9 (printed p. 10), Table 3, "Common Benzodiazepine Withdrawal Signs and Symptoms"',
    quote: '• Sensory hypersensitivity (i.e., to light, sound, taste, and smell) • Tingling, numbness, altered sensation • Tinnitus',
  },
  table3Unreal: {
    where: 'viewer p. 9 (printed p. 10), Table 3, "Common Benzodiazepine Withdrawal Signs and Symptoms"',
    quote: '• Depersonalization, derealization',
  },
  table3Suicidality: {
    where: 'viewer p. 9 (printed p. 10), Table 3, "Common Benzodiazepine Withdrawal Signs and Symptoms"',
    quote: '• Suicidality and self-harm',
  },
  table3Severe: {
    where: 'viewer p. 9 (printed p. 10), Table 3, "Common Benzodiazepine Withdrawal Signs and Symptoms"',
    quote: 'b Typically associated with abrupt cessation of high doses of BZDs.',
  },
  table3Psychosis: {
    where: 'viewer p. 9 (printed p. 10), Table 3, "Common Benzodiazepine Withdrawal Signs and Symptoms"',
    quote: '• Psychosis (e.g., paranoia) b',
  },
  wales111Confusion: {
    where: '"Go to A & E or call 999 if" box',
    quote:
      'Go to A & E or call 999 if: • someone suddenly becomes confused. Many causes of sudden confusion need to be assessed and treated as soon as possible. Sometimes it may be life threatening.',
  },
  wales111Hallucinations: {
    where: '"How to tell if someone is confused"',
    quote: "If a person is confused, they may: … • see or hear things that aren't there (hallucinations)",
  },
  swast999: {
    where: '"When to call 999" list',
    quote:
      'Genuine, life-threatening emergencies include, but are not limited to: - Loss of consciousness - An acute confused state - Chest pain / breathing difficulties / heart attack / cardiac arrest',
  },
  nhs24When999: {
    where: '"When to phone 111": "Phone 999 or go to A&E if" list',
    quote:
      'Phone 999 or go to A&E if: You have: • a life or limb threatening emergency • signs of a heart attack or stroke • difficulty breathing • severe bleeding • severe injury • seizures • a severe allergic reaction • tried to end your life',
  },
  peningtonOverdoseSigns: {
    where: '"Signs of overdose" list and the paragraph after it',
    quote:
      "Signs of benzodiazepine overdose can include: - No response to stimuli - Shallow or stopped breathing - A person can seem like they are sleeping but can’t be woken up … - Grey/ashen or olive green lips if a person has a dark skin tone; blue lips if a person has a pale skin tone … Do not let people at risk 'sleep it off'.",
  },
  fda2016WarnBreathing: {
    where: 'opening summary, advice to health care professionals, 8-31-2016',
    quote:
      'Warn patients and caregivers about the risks of slowed or difficult breathing and/or sedation, and the associated signs and symptoms.',
  },
  mx911: {
    where: 'article body, citing the DOF agreement of 2 Dec 2015 (page undated)',
    quote:
      'El Acuerdo concreta el 911 como el único número nacional de atención a emergencias y respuesta inmediata, teniendo como administrador al Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública',
  },
  eu112: { where: 'page opening', quote: '112 es el número de teléfono de emergencia europeo, disponible gratuitamente en toda la UE' },
  fahOperator: { where: 'privacy policy, opening (last updated 7 Jan 2026)', quote: 'It is operated by ThroughLine Limited.' },
  fahFreeVetted: {
    where: '"General" page of ThroughLine\'s helpline data',
    quote: 'Free — No cost to user … 9-point scoring system … must pass at least stage 7',
  },
  befriendersCentres: {
    where: '"What we do"',
    quote: 'established in 1974 by Chad Varah … independent charity in 2012 … 349 emotional support centres in 32 countries',
  },
  healthdirectCall: {
    where: '"What care do I need?"',
    quote: 'call healthdirect on 1800 022 222 … healthdirect is a government-owned health advice and information service … a free service',
  },
  nzHealthline: { where: 'news item, 17 Mar 2019', quote: 'Healthline 0800 611 116 remains available for other health related calls.' },
  nzPoisonsNumber: {
    where: '"Calling the centre"',
    quote: 'New Zealand: 0800 POISON (0800 764 766) … If the person is unconscious or have difficulty breathing, ring 111',
  },
  nzPoisonsAlways: { where: '"About"', quote: '24-hour 7-day toll free emergency telephone service' },
  wyoPoisonWhen911: {
    where: '"When should you call a poison center?"',
    quote: 'Call 911 if the person is unconscious or can’t be awakened, has collapsed, had a seizure, or has trouble breathing.',
  },
  us911: { where: 'page banner', quote: 'If someone is unconscious or has trouble breathing, call 911.' },
  us988WhatToExpect: {
    where: '"Calling the 988 Lifeline", step 1 of 4',
    quote:
      'First, you’ll hear a message that gives you service selection options including Veterans (Press 1), Spanish-language (Press 2), or your local 988 Lifeline contact center.',
  },
  us988Call: {
    where: 'opening paragraph',
    quote: 'Today, “988” is the three-digit, nationwide phone number to connect directly to the 988 Suicide and Crisis Lifeline.',
  },
  us988Text: {
    where: 'opening paragraph',
    quote: 'By calling or texting 988, you’ll connect with mental health professionals with the 988 Suicide and Crisis Lifeline',
  },
  us988Chat: {
    where: 'second paragraph',
    quote: 'Also, people can chat at 988lifeline.org for themselves or a loved one who may need crisis support.',
  },
  us988SpanishChat: {
    where: 'second paragraph (Spanish options)',
    quote: 'To chat with a Spanish-speaking crisis counselor, visit https://988lifeline.org/es/chat/.',
  },
  us988Spanish: {
    where: 'second paragraph (Spanish options)',
    quote:
      'To call a Spanish-speaking crisis counselor, dial 988 and then press “2.” … To text with a Spanish-speaking crisis counselor, text AYUDA to 988.',
  },
  us988FreeAlways: { where: 'page opening', quote: '988 is free, confidential, and available 24/7.' },
  us988Purpose: {
    where: 'page opening',
    quote:
      'Simply call or text 988—or chat online at 988Lifeline.org—to connect with care and support during a mental health or substance use crisis. … The 988 Suicide & Crisis Lifeline (formerly known as the National Suicide Prevention Lifeline) offers 24/7 call, text and chat access to trained crisis counselors.',
  },
  samhsaPhone: {
    where: '"Frequently Asked Questions", first answer (copy of about 2021)',
    quote:
      'SAMHSA’s National Helpline, 1-800-662-HELP (4357) (also known as the Treatment Referral Routing Service), or TTY: 1-800-487-4889 is a confidential, free, 24-hour-a-day, 365-day-a-year, information service, in English and Spanish',
    seenAt: 'https://app.altruwe.org/proxy?url=https%3A%2F%2Fwww.samhsa.gov%2F%2Ffind-help%2Fnational-helpline',
  },
  samhsaIntro: {
    where: 'page introduction (copy of about 2021)',
    quote:
      'SAMHSA’s National Helpline is a free, confidential, 24/7, 365-day-a-year treatment referral and information service (in English and Spanish) for individuals and families facing mental and/or substance use disorders.',
    seenAt: 'https://app.altruwe.org/proxy?url=https%3A%2F%2Fwww.samhsa.gov%2F%2Ffind-help%2Fnational-helpline',
  },
  samhsaNoCounseling: {
    where: '"Frequently Asked Questions": "Do you provide counseling?" (copy of about 2021)',
    quote:
      'This service provides referrals to local treatment facilities, support groups, and community-based organizations. … No, we do not provide counseling. Trained information specialists answer calls, transfer callers to state services or other appropriate intake centers in their states',
    seenAt: 'https://app.altruwe.org/proxy?url=https%3A%2F%2Fwww.samhsa.gov%2F%2Ffind-help%2Fnational-helpline',
  },
  ctlSpanish: {
    where: 'second paragraph, 15 Oct 2021',
    quote: 'To be connected to a Spanish speaking volunteer Crisis Counselor anyone can text AYUDA to 741741 or 442-AYUDAME in WhatsApp.',
  },
  ctlHome: {
    where: '"Here’s how it works", step 1 (copy on a school district site)',
    quote: 'Text HOME to 741741 from anywhere in the USA, anytime, about any type of crisis.',
    seenAt: 'http://www.sfisd.net/apps/pages/index.jsp?uREC_ID=1473130&type=d&pREC_ID=1625729',
  },
  ctlVolunteer: {
    where: '"The Conversation" (copy on a school district site)',
    quote: 'The Crisis Counselor is a trained volunteer, not a professional. They can provide support, but not medical advice.',
    seenAt: 'http://www.sfisd.net/apps/pages/index.jsp?uREC_ID=1473130&type=d&pREC_ID=1625729',
  },
  ctlFreeAlways: {
    where: 'Crisis Text Line’s own release on GlobeNewswire, first paragraph, 16 Oct 2023',
    quote: 'Crisis Text Line, a national nonprofit organization that provides free, 24/7, confidential mental health support',
    seenAt:
      'https://www.globenewswire.com/news-release/2023/10/16/2760695/0/en/Crisis-Text-Line-Celebrates-Important-2-Year-Milestone-Supported-Over-22-000-Conversations-with-Spanish-Speakers.html',
  },
  vclReach: {
    where: 'first paragraph',
    quote: 'To reach responders, Dial 988 then Press 1, chat online at VeteransCrisisLine.net/Chat, or text 838255.',
  },
  vclWho: {
    where: 'first paragraph and the paragraph on service members',
    quote:
      'You don’t have to be enrolled in VA benefits or health care to connect. … Responders are also available 24/7 to help active-duty service members and their families and friends through a crisis.',
  },
  vclAlways: {
    where: 'first paragraph',
    quote: 'If you’re a Veteran in crisis or concerned about one, contact the Veterans Crisis Line to receive 24/7, confidential support.',
  },
  vclFree: {
    where: 'paragraph on service members',
    quote:
      'Service members, including members of the National Guard and Reserves, along with their loved ones, can Dial 988 then Press 1, chat online at VeteransCrisisLine.net, or text to 838255 to receive free, confidential support.',
  },
  poisonCall: {
    where: '"The Poison Help Line", first paragraph',
    quote:
      'The toll-free Poison Help line, 1-800-222-1222, which connects you to your local poison center, is your resource for help in a poisoning emergency.',
  },
  poisonMayHaveBeen: {
    where: '"Don\'t Guess. Make the Call." list, item 1 (older stored copy)',
    quote:
      'Call Poison Help (1-800-222-1222), which connects you to your local poison center, if someone may have been poisoned – even if you’re not sure.',
  },
  poisonHours: {
    where: '"Calling Poison Help", second answer',
    quote: 'This number provides free and confidential help 24 hours a day, 7 days a week, 365 days a year.',
  },
  poisonInterpretation: { where: '"The Poison Help Line", bullet list', quote: 'Interpretation is available in 161 languages.' },
  poisonHelpSpanish: {
    where: '"Quiénes somos" (Spanish page, poisonhelp.hrsa.gov/es/about-us)',
    quote:
      'La línea gratuita de ayuda por envenenamiento, 1-800-222-1222, que lo conecta con su centro local de información toxicológica, es su recurso de ayuda en caso de una emergencia por envenenamiento.',
  },
  namiCall: { where: 'HelpLine box', quote: 'NAMI HelpLine is available M-F, 10 a.m. – 10 p.m. ET. Call 800-950-6264,' },
  namiText: {
    where: 'second paragraph, 1 Aug 2022',
    quote: 'Help-seekers can now text “HELPLINE” to 62640 between 10 a.m.–10 p.m. ET, Monday–Friday, to connect with the NAMI HelpLine.',
  },
  namiFree: {
    where: 'second paragraph, 1 Aug 2022',
    quote:
      'The free, peer-support service provides information, resource referrals and support to people living with a mental health condition, their family members and caregivers, mental health providers and the public.',
  },
  namiNotCrisis: {
    where: 'opening note',
    quote:
      'Please note that NAMI does not operate a crisis hotline. If you or your loved one are in immediate danger, please call or text the 988 Suicide & Crisis Lifeline at 988.',
  },
  ca911: { where: 'page banner', quote: 'If it is an emergency, call 9-1-1 or go to your local emergency department.' },
  ca988Launch: {
    where: 'first paragraph, 30 Nov 2023',
    quote:
      "9-8-8, Canada's new three-digit suicide crisis helpline, is now available to call or text, in English and French, 24 hours a day and seven days a week, across Canada.",
  },
  ca988NoOneTurnedAway: {
    where: 'article, paragraph beginning "Canada’s 988 suicide crisis helpline…"',
    quote: 'While the service is designed to respond to those at risk of suicide, no one will be turned away.',
  },
  ca988TollFree: {
    where: 'page opening of 988.ca/get-help/what-to-expect (copy on another host)',
    quote: 'Call or text 9-8-8 toll free, any time — lines are open 24/7/365',
    seenAt: 'https://calendarfreemonthly2023.netlify.app/host-https-988.ca/get-help/what-to-expect',
  },
  khpText: { where: '"What happens when I text?"', quote: 'To start using the texting service, text CONNECT to 686868.' },
  khpFree: { where: 'page opening', quote: 'Our confidential texting service is free and available across Canada 24/7.' },
  khpService: {
    where: 'page opening',
    quote:
      'Kids Help Phone is Canada’s only 24/7 national service offering bilingual (English and French) professional counselling, information and referrals and volunteer-led, text-based support to young people.',
  },
  khpCall: {
    where: 'article body (parenting magazine)',
    quote:
      'Kids Help Phone (, 1-800-668-6868), a national hotline for children and youth that’s available 24-7, and is free, confidential and anonymous.',
    seenAt: 'https://www.todaysparent.com/kids/school-age/a-kids-help-phone-counsellor/',
  },
  hfwCall: {
    where: 'copy of the Government of Canada release (Oct 2016), "Quick Facts"',
    quote: 'The new toll-free number for the First Nations and Inuit Hope for Wellness Help Line is 1-855-242-3310.',
    seenAt: 'http://www.hpechildrenandyouth.ca/2016/10/government-of-canada-announces-mental-wellness-help-line-for-indigenous-peoples/',
  },
  hfwService: {
    where: 'copy of the Government of Canada release (Oct 2016), second paragraph',
    quote:
      'provides immediate, culturally competent, telephone crisis intervention counselling support for First Nations and Inuit, 24 hours a day, seven days a week.',
    seenAt: 'http://www.hpechildrenandyouth.ca/2016/10/government-of-canada-announces-mental-wellness-help-line-for-indigenous-peoples/',
  },
  hfwLanguages: {
    where: 'copy of the Government of Canada release (Oct 2016), second paragraph',
    quote: 'Counselling is available in English and French and, upon request, in Cree, Ojibway, and Inuktut.',
    seenAt: 'http://www.hpechildrenandyouth.ca/2016/10/government-of-canada-announces-mental-wellness-help-line-for-indigenous-peoples/',
  },
  hfwChat: {
    where: 'Canadian Institute of Child Health profile (accessed Nov 2018)',
    quote: '(1-855-242-3310 or connect to the online chat at hopeforwellness.ca)',
    seenAt: 'https://cichprofile.ca/module/7/section/4/page/health-promotion-and-prevention-link-to-government-services',
  },
  hfwFree: {
    where: 'Radio Canada International (8 May 2018)',
    quote: 'The free service is available 24 hours a day, seven days a week.',
    seenAt: 'http://www.rcinet.ca/en/2018/05/08/canada-aboriginal-mental-health-line/',
  },
  gb999: {
    where: '"When to phone 111": "Phone 999 or go to A&E if" list',
    quote:
      'Phone 999 or go to A&E if: You have: • a life or limb threatening emergency • signs of a heart attack or stroke • difficulty breathing • severe bleeding • severe injury • seizures • a severe allergic reaction • tried to end your life',
  },
  gb999Also112: {
    where: 'end of "Phoning 999"',
    quote: 'You can also contact the emergency services using 112, the single emergency number for the European Union.',
  },
  nhs111Service: {
    where: 'page opening',
    quote:
      'You are advised to call NHS 111 when you’re in need of medical help but it is not a life-threatening emergency or urgent enough to call 999.',
  },
  nhs111Call: { where: '"When to phone 111" box', quote: 'Phone 111 if:' },
  nhs111FreeAlways: {
    where: 'second paragraph',
    quote: 'NHS 111 operates 24 hours a day, seven days a week, and 365 days per year and is free to use from a landline and a mobile.',
  },
  nhs111MentalHealth: {
    where: '"Calling 111"',
    quote: 'If you are experiencing a mental health crisis you can also dial 111 and press 2 for mental health support.',
  },
  nhs111Interpreters: {
    where: 'final paragraph',
    quote: 'NHS 111 also provides a confidential interpreter service in many other languages if required.',
  },
  nhs111NotNorthernIreland: {
    where: 'Wikipedia, "NHS 111", lead section (no official page found)',
    quote:
      'As of June 2018, the 111 number was not in use across Northern Ireland. The NHS 111 service was extended to Northern Ireland from February 2020, although this is for advice relating to the COVID-19 virus only.',
    seenAt: 'https://en.wikipedia.org/wiki/NHS_111',
  },
  samaritansFree: {
    where: 'FAQ "Is contacting you free?", on the phone',
    quote:
      'This number is free to call from both landlines and mobiles, including pay-as-you-go mobiles. You do not need to have any credit or call allowance on your plan to call 116 123.',
  },
  samaritansAlways: {
    where: 'final paragraph',
    quote: 'our volunteers are available 24 hours a day, every day of the year to talk to you. You can ring us free on 116 123.',
  },
  samaritansIrelandFree: {
    where: 'second paragraph',
    quote: 'The charity credits the increase to the introduction of a free-to-call helpline in March 2014.',
  },
  samaritansIrelandAlways: {
    where: 'The Irish Times on the 116 123 launch (no official page found)',
    quote: 'The 116123 helpline will become operational by mid-2013 and will be staffed 24 hours daily all year round.',
    seenAt: 'https://www.irishtimes.com/news/samaritans-freephone-helpline-will-save-lives-says-lynch-1.526624',
  },
  shoutText: {
    where: 'FAQs',
    quote:
      'By texting ‘SHOUT’ to ‘85258’ a Texter will be put in touch with a trained Crisis Volunteer (CV) who will chat to them using trained techniques via text.',
  },
  shoutFreeAlways: {
    where: 'FAQ',
    quote: 'Shout is a free, 24/7 text messaging mental health support service for anyone who is struggling to cope.',
  },
  frankCall: {
    where: 'talktofrank.com source code (UKHSA-Internal/talktofrank-beta), contact page',
    quote: 'Phone FRANK on 0300 123 6600 … Text FRANK on 82111',
  },
  frankTextphone: {
    where: 'talktofrank.com source code (UKHSA-Internal/talktofrank-beta), contact page',
    quote: 'For people with hearing impairments, you can Textphone FRANK on 0300 123 1099.',
  },
  frankHours: {
    where: 'talktofrank.com source code (UKHSA-Internal/talktofrank-beta), contact page',
    quote: 'Call FRANK 24 hours a day, 7 days a week. … Our live chat service operates from 2pm - 6pm, 7 days a week.',
  },
  frankCost: {
    where: 'talktofrank.com source code (UKHSA-Internal/talktofrank-beta), contact page',
    quote: 'Calls from a landline cost no more than a normal national call (to an 01 or 02 number). The calls may show up on the bill.',
  },
  frankInterpreters: {
    where: 'talktofrank.com source code (UKHSA-Internal/talktofrank-beta), contact page',
    quote: 'You can talk to FRANK in 120 languages – just call the same number and an interpreter will be there if you want.',
  },
  niLifelineCall: {
    where: 'quote from the Public Health Agency',
    quote:
      'You can talk to a friend or a family member, but you can also talk to one of Lifeline’s trained counsellors for free by ringing 0808 808 8000.',
  },
  niLifelineAbout: {
    where: '"What is Lifeline?" and "Who is Lifeline for?"',
    quote:
      'Lifeline is available 24 hours a day, 7 days a week, every day of the year. … Calls to Lifeline are free. … Lifeline is for anyone living in Northern Ireland who is struggling to cope or feeling overwhelmed by what is or what is not happening in their life.',
  },
  ieEmergencyNumbers: {
    where: 'page opening',
    quote: 'There are two emergency numbers in Ireland — 112 and 999. Both are free of charge to call.',
  },
  text50808: { where: 'news release, Sep 2020', quote: '50808, a free, anonymous 24/7 text service' },
  au000: {
    where: 'page opening',
    quote: "Triple Zero (000) is Australia's main emergency service number … You will not be charged for calling Triple Zero (000).",
  },
  lifelineAuCall: { where: 'final paragraph (2012)', quote: "If you need help call Lifeline's 24-hour crisis line on 13 11 14." },
  lifelineAuMobile: {
    where: 'opening paragraph (June 2011)',
    quote:
      'Mobile phone calls to Lifeline made from anywhere in Australia will be free of charge from 1 July under an agreement made between the three major phone carriers.',
  },
  lifelineAuText: {
    where: '9News on the 24/7 text service (Feb 2022)',
    quote:
      'People can send a confidential text message to 0477 13 11 14 at any time and will be connected to a trained Lifeline crisis supporter after answering a few questions.',
    seenAt:
      'https://www.9news.com.au/national/lifeline-launches-247-text-service-as-record-numbers-of-australians-seek-support/51f2cf15-e2ba-40be-830f-a7d80a49f740',
  },
  aodHotlineFree: {
    where: '"Drugs" (no date shown)',
    quote: 'Call the National Alcohol and Other Drug Hotline for free and confidential advice about alcohol and other drugs.',
  },
  aodHotlineNumber: {
    where: 'Mindframe (an Australian Government-funded program) on the hotline',
    quote:
      'The Hotline is an initiative of the Australian Department of Health linking the community to free services in each state and territory. … 1800 250 015',
    seenAt:
      'https://mindframe.org.au/news/mindframe-encourages-inclusion-of-the-national-alcohol-and-other-drugs-hotline-1800-250-015-in-media-reporting',
  },
  aodHotlineHours: {
    where: 'Mindframe on the hotline',
    quote:
      'Each of these services are available 24/7 however in South Australia, speaking with a trained professional is available within the hours of 8:30am and 10:00pm.',
    seenAt:
      'https://mindframe.org.au/news/mindframe-encourages-inclusion-of-the-national-alcohol-and-other-drugs-hotline-1800-250-015-in-media-reporting',
  },
  poisonsAu: {
    where: 'home page',
    quote: 'Fast poisoning advice 24 hours, 7 days a week, from anywhere in Australia. … Poisons helpline: 13 11 26',
  },
  nz111: {
    where: 'page opening',
    quote:
      'If you need help from the police, the fire service, or you need an ambulance, dial 111 and the emergency operator will connect you to the right place.',
  },
  nz111Free: {
    where: 'page opening',
    quote: '111 calls are free. You can call this number on a mobile phone even if the phone is out of credit.',
  },
  nz1737: {
    where: 'news item, 17 Mar 2019',
    quote:
      'If you or someone you know needs mental wellbeing support or advice then call or text 1737 anytime day or night to talk to a trained counsellor.',
  },
  nzAdh: {
    where: 'paragraph beginning "If you need help regarding your alcohol and drug usage"',
    quote: 'we recommend you call the Alcohol/Drug Helpline – call 0800 787 797 or text 8681',
  },
  nzAdhFree: { where: '"Need Help Now?" box', quote: 'phone the free (from mobile or landline) and confidential Alcohol Drug Helpline' },
  oigFindTreatment: {
    where: 'OIG work plan summary (oig.hhs.gov)',
    quote:
      'the Substance Abuse and Mental Health Services Administration (SAMHSA) maintains FindTreatment.gov, which is a searchable, online database of facility locations where individuals can seek substance use disorder and mental health treatment',
    seenAt: 'https://oig.hhs.gov/reports-and-publications/workplan/summary/wp-summary-0000763.asp',
  },
  findTreatmentFilters: {
    where: 'a legal-information site describing the locator',
    quote:
      'Users can filter by providers who accept private insurance, Medicare, Medicaid, military insurance like TRICARE, or those offering financial assistance through a sliding fee scale or free care. … This confidential, anonymous tool helps individuals across the United States find facilities for substance use disorder, addiction, and mental health treatment.',
    seenAt: 'https://legalclarity.org/how-to-use-the-samhsa-treatment-locator-map-to-find-help',
  },
  asamGuidelinePage: {
    where: 'page header (2024 public-comment version)',
    quote:
      'Developed by a multidisciplinary group led by ASAM, this guideline aims to assist clinicians in helping patients safely taper from their benzodiazepine medication, while minimizing withdrawal symptoms.',
  },
  patientGuideGoal: {
    where: 'viewer p. 2 (printed p. 3)',
    quote:
      'The goal of this patient guide is to help people who may have developed physical dependence on benzodiazepines to safely taper while reducing withdrawal symptoms and other risks.',
  },
  naMeetings: {
    where: 'local NA websites (na.org not retrieved)',
    quote: 'There is only one requirement for membership – the desire to stop using.',
    seenAt: 'http://na-belgium.org/en/info/',
  },
  virtualNa: {
    where: 'page opening',
    quote:
      'Virtual NA is a globally based collaborative service resource whose primary purpose is to provide a meeting search for both Online and Phone line meetings of Narcotics Anonymous hosted from different countries around the world.',
  },
  bicAbout: {
    where: '"About Us" and "Our Mission"',
    quote:
      'We are a group of patients and medical professionals who believe the over-prescription of benzodiazepines without proper warning has resulted in a growing national epidemic of benzodiazepine injury. … Educating about the potential adverse effects of benzodiazepines taken as prescribed.',
  },
  bicNonprofit: {
    where: 'Mission Statement',
    quote:
      'Benzodiazepine Information Coalition is a non-profit organization that advocates for greater understanding of the potentially devastating effects of commonly prescribed benzodiazepines',
  },
  ashtonManual: {
    where: 'title block and contents of the original at benzo.org.uk/manual',
    quote: 'Professor C Heather Ashton DM, FRCP … Revised August 2002 … THE ASHTON MANUAL SUPPLEMENT, APRIL 2011',
    seenAt: 'http://www.benzo.org.uk/manual/contents.htm',
  },
  benzoBuddies: {
    where: 'Benzodiazepine Information Coalition blog, 24 Jan 2019',
    quote: 'After finding Benzobuddies, an online forum for benzodiazepine withdrawal, everything I was experiencing became clear.',
    seenAt: 'https://www.benzoinfo.com/2019/01/24/internet-support-forums-for-benzodiazepine-withdrawal-the-good-the-bad-and-the-ugly/',
  },
  narAnon: {
    where: 'page opening',
    quote:
      'The Nar-Anon Family Groups are a worldwide fellowship for those affected by someone else’s addiction. As a twelve step program, we offer our help by sharing our experience, strength, and hope.',
  },
  narrCertification: {
    where: 'standards and certification program',
    quote:
      'In 2011, NARR made history by establishing a national standard for recovery residences. … NARR does not certify recovery residences – affiliates do.',
  },
  maudsleyBook: {
    where: 'page opening',
    quote:
      'The Maudsley Deprescribing Guidelines provides guidance for clinicians through evidence-based, comprehensive and authoritative information on this important aspect of treatment',
  },
  maudsleyCommercial: {
    where: 'a journal review of the book (Cambridge Core)',
    quote:
      'The Maudsley Deprescribing Guidelines: Antidepressants, Benzodiazepines, Gabapentinoids and Z-drugs By Mark Horowitz and David Taylor Wiley-Blackwell. 2024. 46.88 GBP (pb). 592 pp.',
    seenAt:
      'http://core-varnish-new.prod.aop.cambridge.org/core/journals/bjpsych-bulletin/article/maudsley-deprescribing-guidelines-antidepressants-benzodiazepines-gabapentinoids-and-zdrugs-by-mark-horowitz-and-david-taylor-wileyblackwell-2024-4688-gbp-pb-592-pp-isbn-9781119822981/B239EC364350AE9EEEA110892367B45F',
  },
  namiFamilyPrograms: {
    where: 'body, 5th paragraph (2012)',
    quote:
      'As one of NAMI’s signature programs, Family-to-Family is offered free in communities across the country to any caregiver of an adult living with a mental illness.',
  },
  zaccaroSlowBreathing: {
    where: 'abstract, results',
    quote:
      'The main effects of slow breathing techniques cover autonomic and central nervous systems activities as well as the psychological status. Slow breathing techniques promote autonomic changes increasing Heart Rate Variability and Respiratory Sinus Arrhythmia …',
  },
  nhsBreathingExercise: {
    where: '"Five minutes breathing exercise for stress" (the NHS exercise, on a council page; nhs.uk not retrieved)',
    quote:
      'Try breathing in through your nose and out through your mouth. • Breathe in gently and regularly. Some people find it helpful to count steadily from one to five. … • Then, without pausing or holding your breath, let it flow out gently, counting from one to five again, if you find this helpful.',
  },
  mayoGrounding: {
    where: 'exercise list',
    quote:
      'Sit quietly. Look around you and notice: • 5 things you can see … • 4 things you can physically feel … • 3 things you can hear … • 2 things you can smell … • 1 thing you can taste',
  },
  aasmCbtI: {
    where: 'abstract, recommendation 1',
    quote:
      'We recommend that clinicians use multicomponent cognitive behavioral therapy for insomnia for the treatment of chronic insomnia disorder in adults. (STRONG)',
  },
  nhsSleepHabits: {
    where: '"Do…" and "Don’t.." lists (a GP practice’s copy of the NHS advice)',
    quote:
      'Do… • go to bed and wake up at the same time every day – only go to bed when you feel tired • relax at least 1 hour before bed – for example, take a bath or read a book … Don’t.. … • watch television or use devices right before going to bed – the bright light makes you more awake',
  },
  nhsCaffeine: {
    where: '"Don’t.." list (a GP practice’s copy of the NHS advice)',
    quote: 'Don’t.. • smoke, or drink alcohol, tea or coffee at least 6 hours before going to bed',
  },
  nimhFiveSteps: {
    where: 'page description (seen in a university mirror of nimh.nih.gov)',
    quote:
      'This fact sheet presents five steps for helping someone having thoughts of suicide: Ask, Be There, Help Keep Them Safe, Help Them Connect, and Follow Up.',
  },
  nimhKeepSafe: {
    where: 'step "Keep them safe" (seen in a reprint crediting NIMH)',
    quote: 'Reducing a suicidal person’s access to highly lethal items or places is an important part of suicide prevention.',
  },
  niceDependence: {
    where: '"Context", 4th paragraph',
    quote:
      'Dependence is different from addiction. Addiction also features tolerance and withdrawal but is accompanied by additional characteristics of cravings, lack of control, overuse and continued use despite harm.',
  },
  nhsClonazepamSleepy: {
    where: '"Key facts", 2nd bullet',
    quote:
      'The most common side effect of clonazepam is feeling sleepy (drowsy) during the daytime. Do not drive or ride a bike if this happens to you.',
  },
  otherEmergency: {
    where: '"When to phone 111": "Phone 999 or go to A&E if" list (the advice to call the emergency number, as given in the UK)',
    quote:
      'Phone 999 or go to A&E if: You have: • a life or limb threatening emergency • signs of a heart attack or stroke • difficulty breathing • severe bleeding • severe injury • seizures • a severe allergic reaction • tried to end your life',
  },
  // Aftercare resources by region (research notes, section D-R).
  smartFreeBothWays: {
    where: '"Attending your first SMART Recovery meeting"',
    quote: 'SMART Recovery meetings are free … available both online and in person',
  },
  smartOpenToAnyone: {
    where: '"Attending your first SMART Recovery meeting"',
    quote: 'Open to anyone seeking help with alcohol, drug use, or other addictive behaviors',
  },
  smartGoals: {
    where: '"Attending your first SMART Recovery meeting", on the goals people choose',
    quote: 'abstinence, moderation, or other behavior changes',
  },
  alAnonSince1951: {
    where: 'blog post "65 years of hope for families", 19 May 2016',
    quote: "Since May 1951, anyone affected by someone else's drinking has been welcome to attend an Al-Anon meeting.",
  },
  alAnonNoDues: {
    where: 'Virginia House of Delegates joint resolution HJ38 (2006), describing Al-Anon (no al-anon.org page on dues on record)',
    quote: 'has no membership dues or fees',
  },
  ashtonManualSpanish: { where: 'Spanish edition, chapter III page (bzcha03.htm), revision note', quote: 'Ed. revisada en Agosto de 2002' },
  frankFindSupport: {
    where: 'talktofrank.com source code (UKHSA-Internal/talktofrank-beta), app/shared/fixtures/navigation.js',
    quote: "'Find support near you', url: '/get-help/find-support-near-you'",
  },
  walesLocalServices: {
    where: '"Drug misuse" (no date shown)',
    quote: 'You can use the local services search facility to find your nearest Alcohol and Drug support services.',
  },
  walesSelfReferral: { where: '"Drug misuse" (no date shown)', quote: 'Many drug treatment services accept self-referrals' },
  ps360History: {
    where: '"Our history" (same text at bataid.org/our-history/)',
    quote:
      'PostScript 360 formally [sic] Battle Against Tranquillisers (BAT) began in January 1986 … in March 1996 became a registered charity.',
  },
  ps360PhoneCalls: {
    where:
      "the charity's own annual impact report 2020–21, which it published on issuu (https://issuu.com/postscript360/docs/annual_impact_report_02.07.21)",
    quote: '11,004 telephone calls through our Telephone Support Service',
  },
  ps360OutsideArea: {
    where: 'the same report, on the Telephone Support Service',
    quote: 'This service is for those who live outside our area',
  },
  smartUkNoFee: { where: '"About SMART Recovery meetings"', quote: "There is no fee to attend … though some may 'pass the hat'" },
  hrbServicesMap: {
    where: 'Department of Health written answer in Dáil Éireann, 25 Nov 2025 (copy on KildareStreet.com)',
    quote: 'an interactive map which provides contact details for 456 services',
    seenAt: 'https://www.kildarestreet.com/wrans/?id=2025-11-25a.2169',
  },
  hrbMapPublicFunding: {
    where: "Pavee Point on the map's launch",
    quote: 'features 442 services in receipt of public funding',
    seenAt: 'https://paveepoint.ie/interactive-map-showing-publicly-funded-drug-treatment-and-family-support-services-launched',
  },
  drugsIeDirectory: {
    where: 'Department of Health written answer in Dáil Éireann, 25 Nov 2025 (copy on KildareStreet.com)',
    quote: 'a directory of drug and alcohol services per county on www.drugs.ie/services',
    seenAt: 'https://www.kildarestreet.com/wrans/?id=2025-11-25a.2169',
  },
  connexNoCost: { where: '"Database inclusion criteria", on which services it lists', quote: 'at no cost or sliding scale' },
  connexNumber: {
    where: "The London Free Press on ConnexOntario's helplines",
    quote: 'a single toll-free number: 1-866-531-2600',
    seenAt: 'https://lfpress.com/news/local-news/aid-agency-combines-simplifies-helplines/wcm/87055fda-01e8-47a7-a26c-94d8fda56b1e/',
  },
  reconnexionSpecialist: { where: '"About"', quote: 'the only benzodiazepine specialist service in Australia' },
  reconnexionSupportLine: { where: '"FAQs"', quote: 'give our support line a call on 1300 273 266' },
  reconnexionBdz: {
    where: '"Projects and publications"',
    quote: 'online self-guided benzodiazepine tapering program called BDZ Digital Health',
  },
  reconnexionHours: {
    where: 'ScriptWise support directory, on Reconnexion',
    quote: 'confidential support during business hours (Mon to Fri)',
    seenAt: 'https://www.scriptwise.org.au/get-support/',
  },
  reconnexionCuts: {
    where: 'WAtoday, 18 May 2024, on the Victorian funding cut (the minister says base funding continues)',
    quote: 'to cut its services by 60 per cent',
    seenAt:
      'https://www.watoday.com.au/national/steph-had-no-idea-stopping-her-antianxiety-medication-could-be-deadly-20240509-p5jb8r.html',
  },
  vicDirectLine: {
    where: '"Alcohol and drugs: dependence and addiction", where to get help',
    quote: "DirectLine on 1800 888 236. It's free, anonymous, and available 24 hours",
  },
  waAodLine: { where: 'news update, the Alcohol and Drug Support Line', quote: '24/7 … 9442 5000, or 1800 192 024 for country callers' },
  actAodLine: { where: 'statistics page, where to get help', quote: 'available 24-hours, 7 days a week on 5124 9977' },
  saAdis: { where: '"Drug and alcohol emergency information"', quote: 'Alcohol and Drug Information Service - 1300 13 1340' },
  fdsSupportLine: { where: 'home page', quote: 'Support Line: 1300 368 186 (available 24 hours 7 days a week)' },
  fdsVolunteers: {
    where: '2024 annual report, p. 29',
    quote: 'operated 24/7 since its launch … The first line is manned by trained volunteers',
  },
  smartAuFreeWeekly: { where: '"About SMART Recovery"', quote: 'SMART Recovery meetings are free and run weekly for 90mins' },
  counsellingOnlineFree: {
    where: "Australian National University's Beacon directory, entry for Counselling Online",
    quote: 'free … online text-based counselling … 24 hours a day, seven days a week',
    seenAt: 'https://www.beacon.anu.edu.au/service/website/view/194/23',
  },
  counsellingOnlineForum: { where: '"Community guidelines", who the forum is for', quote: 'people over 18 and living in Australia' },
  cijFreeServices: {
    where: 'La Jornada, 13 Mar 2022',
    quote: 'brindan diferentes servicios gratuitos de atención, orientación, consejería',
    seenAt: 'https://jornada.com.mx/notas/2022/03/13/sociedad/dejan-98-de-pacientes-hospitalizados-en-los-cij-de-consumir-drogas',
  },
  cijFees: {
    where: 'El Universal, 14 May 2014 (copy on issuu)',
    quote: 'cuotas de recuperación —que van de los 33 pesos a los dos mil pesos—',
    seenAt: 'https://issuu.com/magalitellez/docs/centros_integraci__n_juvenil',
  },
  cijStatus: {
    where: 'encyclopedia entry on CIJ',
    quote: 'asociación civil … incorporada al Sector Salud',
    seenAt: 'https://kampuspedia.com/es/Centros_de_Integraci%C3%B3n_Juvenil',
  },
  cijFunding: {
    where: 'lasdrogas.info news item on CIJ',
    quote: 'reciben para su operación recurso de la Secretaría de Salud federal',
    seenAt: 'https://www.lasdrogas.info/noticias/mexico-por-una-cultura-de-prevencion-contra-las-drogas/',
  },
  cijContact: {
    where: 'La Jornada, 13 Mar 2022',
    quote: 'WhatsApp 55 4555 1212; consultar la página gob.mx/salud/cij/ … o llamar a la línea telefónica 55 5212 1212',
    seenAt: 'https://jornada.com.mx/notas/2022/03/13/sociedad/dejan-98-de-pacientes-hospitalizados-en-los-cij-de-consumir-drogas',
  },
  phOpenToAll: { where: 'English page "International"', quote: 'open to all people who need treatment for drugs dependence' },
  phCentres: { where: 'English page "International"', quote: 'it integrates 27 Centers in Spain' },
} satisfies Record<EvidenceKey, EvidenceQuote>;
