/**
 * Domains of official and primary sources (government, public bodies, journals, professional societies, the
 * services' own sites), from the project's research notes, 2026-11-30. Steady links pages on these domains only;
 * copies of official text on other sites may back a quote as "check the official site", but are never linked.
 */
export const OFFICIAL_DOMAINS = [
  // Government and public bodies.
  '111.nhs.uk',
  'acf.gov',
  'acma.gov.au',
  'ambulance.vic.gov.au',
  'api.fda.gov',
  'betterhealth.vic.gov.au',
  'canada.ca',
  'cdc.gov',
  'cks.nice.org.uk',
  'dea.gov',
  'digital-strategy.ec.europa.eu',
  'elh.nhs.wales',
  'fcc.gov',
  'fda.gov',
  'findtreatment.gov',
  'gob.mx',
  'govt.nz',
  'health.gov.au',
  'health.govt.nz',
  'healthdirect.gov.au',
  'hse.ie',
  'manaake.health.nz',
  'mentalhealthcommission.ca',
  'nhs.uk',
  'nhs24.scot',
  'nice.org.uk',
  'nida.nih.gov',
  'nimh.nih.gov',
  'oig.hhs.gov',
  'poisonhelp.hrsa.gov',
  'poisonsinfo.health.qld.gov.au',
  'police.govt.nz',
  'police.uk',
  'merrionstreet.ie',
  'rightdecisions.scot.nhs.uk',
  'samhsa.gov',
  'sanidad.gob.es',
  'who.int',
  'bjatraining.org',
  'va.gov',
  'health.wyo.gov',
  'eastdevon.gov.uk',
  'publichealth.hscni.net',
  'northlanddhb.org.nz',
  // The Government of Canada publishes its news releases through this wire (CNW).
  'newswire.ca',
  // Research databases, journals and professional societies.
  'asam.org',
  'bmj.com',
  'cochranelibrary.com',
  'immattersacp.org',
  'pmc.ncbi.nlm.nih.gov',
  'pubmed.ncbi.nlm.nih.gov',
  'racgp.org.au',
  // Guideline and manual hosts, other health organisations.
  'benzo.org.uk',
  'benzoinfo.com',
  'eguideline.guidelinecentral.com',
  'mayoclinichealthsystem.org',
  'penington.org.au',
  // Services' own sites.
  '988.ca',
  '988lifeline.org',
  'befrienders.org',
  'benzobuddies.org',
  'crisistextline.org',
  'findahelpline.com',
  'giveusashout.org',
  'hopeforwellness.ca',
  'kidshelpphone.ca',
  'lifeline.org.au',
  'lifelinehelpline.info',
  'na.org',
  'nami.org',
  'nar-anon.org',
  'narronline.org',
  'samaritans.org',
  'smartrecovery.org',
  'suicidepreventionlifeline.org',
  'talktofrank.com',
  'veteranscrisisline.net',
  'virtual-na.org',
  'poisons.co.nz',
  'developer.throughlinecare.com',
  // Aftercare services' own sites and the state, territory and national pages that list them (research notes, "Official domains").
  'postscript360.org.uk',
  'smartrecovery.org.uk',
  'drugsandalcohol.ie',
  'drugs.ie',
  'connexontario.ca',
  'reconnexion.org.au',
  'mhc.wa.gov.au',
  'health.act.gov.au',
  'sahealth.sa.gov.au',
  'fds.org.au',
  'smartrecoveryaustralia.com.au',
  'counsellingonline.org.au',
  'proyectohombre.es',
  'al-anon.org',
] as const;

/** True for an address on an official domain or one of its subdomains (never a look-alike such as samhsa.gov.example.com). */
export function isOfficialUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return false;
  }
  return OFFICIAL_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The first run of `length` words that `ours` shares with `theirs`, if any: a sign a sentence was copied. */
export function sharedRun(ours: string, theirs: string, length: number): string | undefined {
  const source = words(theirs);
  const runs = new Set<string>();
  for (let i = 0; i + length <= source.length; i++) runs.add(source.slice(i, i + length).join(' '));
  const own = words(ours);
  for (let i = 0; i + length <= own.length; i++) {
    const run = own.slice(i, i + length).join(' ');
    if (runs.has(run)) return run;
  }
  return undefined;
}
