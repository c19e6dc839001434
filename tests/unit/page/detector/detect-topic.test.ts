import { describe, expect, it, vi } from 'vitest';
import { addUrl, detectTopic, shouldOfferHelp, TopicAccumulator } from '@/page/detector/detect-topic';
import { MAY_CHANGE_UNDER_NFKC, normalizeText } from '@/page/detector/normalize-text';
import { MAX_URL_CHARS, pathWords, searchQueryFromUrl } from '@/page/detector/search-query';

const page = (title: string, text: string, url = 'https://site.example/page', headings: string[] = []) => ({ url, title, headings, text });

describe('normalizeText', () => {
  it('folds case, width and invisible characters', () => {
    expect(normalizeText('KLONO\u00ADPIN Wi\u200Bthdrawal')).toBe('klonopin withdrawal');
    expect(normalizeText('ＸＡＮＡＸ')).toBe('xanax');
  });

  it('turns every no-break space into a space on the fast path, as NFKC does', () => {
    expect(normalizeText('Cold\u00a0turkey off Xanax\u00a0— “never”\u00a0again')).toBe('cold turkey off xanax — “never” again');
  });

  it('skips NFKC only for text it cannot change: every character outside the fast path is checked', () => {
    // Every UTF-16 code unit: the fast path must give exactly what the full normalisation gives.
    const full = (text: string) =>
      text
        .normalize('NFKC')
        .replace(/[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g, '')
        .toLowerCase();
    const skipped: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (MAY_CHANGE_UNDER_NFKC.test(char)) continue;
      skipped.push(char);
      expect(normalizeText(`A${char}b`), `U+${code.toString(16)}`).toBe(full(`A${char}b`));
    }
    // ASCII, Latin-1 letters, Spanish punctuation, the no-break space and typesetting punctuation go the fast way;
    // ª, ½, the soft hyphen, the ellipsis, the non-breaking hyphen and zero-width characters do not.
    expect(skipped.length).toBeGreaterThan(200);
    for (const char of ['a', 'Z', 'ñ', 'É', '¿', '¡', 'ü', '\u00a0', '’', '“', '”', '–', '—', '•', '€']) expect(skipped).toContain(char);
    for (const char of ['ª', '½', '\u00ad', '²', 'ｘ', '…', '\u2011', '\u200b', '\u2060']) expect(skipped).not.toContain(char);
  });
});

describe('searchQueryFromUrl', () => {
  it.each([
    ['https://www.google.com/search?q=klonopin+taper', 'klonopin taper'],
    ['https://www.google.co.uk/search?q=xanax%20withdrawal', 'xanax withdrawal'],
    ['https://www.bing.com/search?q=ativan+cold+turkey', 'ativan cold turkey'],
    ['https://duckduckgo.com/?q=valium+detox&ia=web', 'valium detox'],
    ['https://search.yahoo.com/search?p=benzo+withdrawal', 'benzo withdrawal'],
    ['https://search.brave.com/search?q=clonazepam', 'clonazepam'],
    ['https://www.ecosia.org/search?q=taper+benzos', 'taper benzos'],
    ['https://www.startpage.com/do/search?query=librium+taper', 'librium taper'],
  ])('reads %s', (url, query) => {
    expect(searchQueryFromUrl(url)).toBe(query);
  });
  it('ignores non-search pages and look-alike hosts', () => {
    expect(searchQueryFromUrl('https://www.google.com/maps?q=pharmacy')).toBeUndefined();
    expect(searchQueryFromUrl('https://google.evil.example/search?q=klonopin')).toBeUndefined();
    expect(searchQueryFromUrl('not a url')).toBeUndefined();
  });
  it('matches hosts exactly as the host patterns it replaced did', () => {
    // The patterns as they were: compiled on every page, so the detector now matches hosts with string checks.
    const patterns = [
      /(^|\.)google\.[a-z.]{2,6}$/,
      /(^|\.)bing\.com$/,
      /(^|\.)duckduckgo\.com$/,
      /^search\.yahoo\.com$/,
      /^search\.brave\.com$/,
      /(^|\.)ecosia\.org$/,
      /(^|\.)startpage\.com$/,
    ];
    const hosts = [
      ...['google.com', 'www.google.com', 'google.co.uk', 'www.google.com.mx', 'google.c', 'google.abcdefg', 'google.co-uk'],
      ...['google.google.com', 'google.x.google.toolongtld', 'notgoogle.com', 'google.com.evil.example', 'mail.google.de'],
      ...['bing.com', 'www.bing.com', 'notbing.com', 'bing.com.evil', 'duckduckgo.com', 'html.duckduckgo.com', 'search.yahoo.com'],
      ...['uk.search.yahoo.com', 'search.brave.com', 'brave.com', 'ecosia.org', 'www.ecosia.org', 'startpage.com', 'eu.startpage.com'],
      ...['127.0.0.1', 'localhost', 'a.example', ''],
    ];
    for (const host of hosts) {
      const query = host === 'duckduckgo.com' || host === 'html.duckduckgo.com' ? '/?q=x&p=x&query=x' : '/search?q=x&p=x&query=x';
      const expected = patterns.some((pattern) => pattern.test(host));
      expect(searchQueryFromUrl(`https://${host}${query}`) === 'x', host).toBe(expected);
    }
  });
  it('turns a URL path into words', () => {
    expect(pathWords('https://a.example/blog/klonopin-taper_guide.html')).toBe('blog klonopin taper guide html');
  });
});

describe('addUrl', () => {
  it('reads only the start of a huge URL: a site sets its own, and it is read before the first yield', () => {
    const accumulator = new TopicAccumulator();
    const add = vi.spyOn(accumulator, 'add');
    addUrl(accumulator, `https://a.example/${'x'.repeat(2_000_000)}/klonopin-taper`);
    addUrl(accumulator, `https://www.google.com/search?q=${'a+'.repeat(1_000_000)}klonopin+taper`);
    for (const [, text] of add.mock.calls) expect(text.length).toBeLessThanOrEqual(MAX_URL_CHARS);
    expect(accumulator.decision().matchedTerms).toEqual([]);
    addUrl(accumulator, 'https://www.google.com/search?q=klonopin+taper');
    expect(accumulator.decision().matchedTerms).toEqual(['klonopin', 'taper']);
  });
});

describe('detectTopic', () => {
  it('finds a page about tapering off clonazepam', () => {
    const d = detectTopic(
      page('My slow Klonopin taper', 'Week six of tapering off clonazepam with my doctor. The withdrawal is hard at night.'),
    );
    expect(d).toMatchObject({ aboutBenzos: true, aboutStopping: true });
    expect(d.matchedTerms).toEqual(expect.arrayContaining(['klonopin', 'clonazepam', 'taper']));
  });

  it('finds a search for stopping a benzo from the query alone', () => {
    expect(detectTopic(page('', '', 'https://www.google.com/search?q=how+to+get+off+xanax+safely')).aboutStopping).toBe(true);
  });

  it('understands misspellings, slang and hidden characters', () => {
    expect(detectTopic(page('Went c/t off klonipin', 'Is this withdrawl normal?')).aboutStopping).toBe(true);
    expect(detectTopic(page('Clonaz\u200Bepam w\u00ADithdrawal day 5', '')).aboutStopping).toBe(true);
  });

  it('does not fire on alcohol withdrawal treated with benzodiazepines', () => {
    const text =
      'Alcohol withdrawal can be dangerous. In hospital, alcohol withdrawal is often treated with benzodiazepines such as lorazepam or chlordiazepoxide. Alcohol detox should be supervised.';
    const d = detectTopic(page('Alcohol withdrawal: what to expect', text));
    expect(d.aboutStopping).toBe(false);
    expect(d.score.otherStopping).toBeGreaterThan(d.score.stopping);
  });

  it('does not fire on benzoyl peroxide, cold turkey sandwiches or candle tapers', () => {
    expect(detectTopic(page('Benzoyl peroxide gel', 'Stop breakouts. Benzoyl peroxide withdrawal? No such thing.')).aboutBenzos).toBe(
      false,
    );
    expect(detectTopic(page('Cold turkey sandwich', 'Quit wasting leftovers: a cold turkey recipe.')).aboutStopping).toBe(false);
    expect(detectTopic(page('Beeswax taper candles', 'Our tapers burn for hours.')).aboutStopping).toBe(false);
  });

  it('tells a page about benzos apart from a page about stopping them', () => {
    const d = detectTopic(page('What is Xanax used for?', 'Xanax (alprazolam) is a benzodiazepine used for anxiety and panic disorder.'));
    expect(d).toMatchObject({ aboutBenzos: true, aboutStopping: false });
    expect(shouldOfferHelp(d, 'stopping')).toBe(false);
    expect(shouldOfferHelp(d, 'any')).toBe(true);
  });

  it('reads text only while it could still change the answer', () => {
    const acc = new TopicAccumulator();
    acc.add('title', 'Klonopin taper diary');
    acc.add('body', 'Tapering clonazepam. Klonopin withdrawal again today, the taper is slow.');
    expect(acc.isSettled()).toBe(true);
    const quiet = new TopicAccumulator();
    quiet.add('title', 'Gardening in spring');
    expect(quiet.isSettled()).toBe(false);
  });
});

describe('detectTopic in Spanish', () => {
  it('finds stopping a benzo, with or without accents, in a query or on a page', () => {
    expect(detectTopic(page('', '', 'https://www.google.es/search?q=suspend%C3%AD+el+rivotril+de+golpe')).aboutStopping).toBe(true);
    expect(detectTopic(page('Síndrome de abstinencia por clonazepam', 'Llevo un mes bajando la dosis con mi médico.')).aboutStopping).toBe(
      true,
    );
    expect(detectTopic(page('abstinencia clonazepam sintomas', '')).aboutStopping).toBe(true);
    expect(detectTopic(page('Retirada de benzodiacepinas', 'Cómo dejar las benzos poco a poco y sin peligro.')).aboutStopping).toBe(true);
  });

  it('does not fire on alcohol withdrawal treated with a benzo, or on quitting smoking', () => {
    const alcohol = detectTopic(
      page(
        'Síndrome de abstinencia alcohólica',
        'La abstinencia alcohólica se trata en el hospital con benzodiacepinas como el diazepam. La abstinencia alcohólica puede ser grave.',
      ),
    );
    expect(alcohol.aboutStopping).toBe(false);
    expect(
      detectTopic(page('Cómo dejar de fumar', 'La abstinencia de nicotina dura unas semanas. Dejar el tabaco vale la pena.')).aboutBenzos,
    ).toBe(false);
  });

  it('understands everyday Spanish ways of coming off, and class words beside a named benzo', () => {
    expect(
      detectTopic(page('Me quité el Orfidal hace un mes', 'Lo corté sin más y ahora no duermo. Dejar el lorazepam así fue un error.'))
        .aboutStopping,
    ).toBe(true);
    expect(detectTopic(page('Cómo desengancharme del Rivotril', 'Quiero dejar el clonazepam pero me da miedo.')).aboutStopping).toBe(true);
    expect(
      detectTopic(
        page(
          'Retirada gradual de ansiolíticos como el Orfidal',
          'La retirada de tranquilizantes como el alprazolam o el diazepam se hace con una pauta descendente.',
        ),
      ).aboutStopping,
    ).toBe(true);
  });

  it('does not take a class word alone for a benzo, or a band’s farewell for stopping one', () => {
    expect(
      detectTopic(page('Dejar los tranquilizantes naturales', 'La retirada de este tranquilizante de herbolario no causa abstinencia.'))
        .aboutBenzos,
    ).toBe(false);
    expect(
      detectTopic(page('Rivotril anuncia su retirada: la banda dejará los escenarios', 'La banda Rivotril se despide con una gira.'))
        .aboutStopping,
    ).toBe(false);
  });

  it('counts every tense of a Spanish stopping verb and time off a drug, but not English "quite" or "sin receta"', () => {
    expect(
      detectTopic(page('Mi hermana se quitaba el Tranxilium', 'Se lo quitaba poco a poco y el Tranxilium le costó.')).aboutStopping,
    ).toBe(true);
    expect(
      detectTopic(page('Diez años sin Valium', 'Hace diez años sin Valium y sin diazepam. Meses sin diazepam al principio fueron duros.'))
        .aboutStopping,
    ).toBe(true);
    expect(detectTopic(page('Xanax is quite strong', 'Xanax works quite fast. Xanax is quite common for panic.')).aboutStopping).toBe(
      false,
    );
    expect(
      detectTopic(page('Comprar Rivotril sin receta', 'Rivotril sin receta: precios del clonazepam en farmacias.')).aboutStopping,
    ).toBe(false);
  });
});

describe('page-level model (issue 16)', () => {
  const taperThread =
    'I was on klonopin for six years. My doctor and I did a taper over ten weeks. Day 12 since my last dose and I cannot sleep. ' +
    'Should I go back up a little? Reinstating is worth asking about. We are going back up, then a slower reduction with holds.';

  it('finds a thread that names the drug once and then talks only about the taper', () => {
    expect(detectTopic(page('Need advice, day 12 and cannot sleep', taperThread)).aboutStopping).toBe(true);
  });

  it('stays silent when another drug being tapered is named far more often than a passing benzo', () => {
    const effexor =
      'Effexor taper day 9. The Effexor brain zaps are awful, venlafaxine withdrawal is no joke. I cut my Effexor dose by 10%. ' +
      'Years ago I was on klonopin but this is about Effexor. Hold the venlafaxine dose, then taper slower. Effexor withdrawal lasts.';
    expect(detectTopic(page('Effexor brain zaps, day 9', effexor)).aboutStopping).toBe(false);
  });

  it('does not take a drug-information page that mentions withdrawal and tapering in passing for a page about stopping', () => {
    const info =
      'Alprazolam (Xanax) side effects. Xanax can cause drowsiness. Alprazolam may cause dizziness. Take Xanax as prescribed. ' +
      'Alprazolam interacts with opioids. Xanax dosage for panic disorder is set by your doctor. ' +
      'Keep every medicine out of the reach of children and store it at room temperature, away from light and moisture. ' +
      'Long-term use can lead to dependence. Withdrawal symptoms may follow if a medicine is discontinued abruptly, so doctors plan a taper.';
    const d = detectTopic(page('Alprazolam side effects', info));
    expect(d.aboutStopping).toBe(false);
    expect(d.aboutBenzos).toBe(true);
  });

  it('counts "benzo" alone only on a page that also names a real benzodiazepine', () => {
    const skin = 'I quit benzo cold turkey and the withdrawal was brutal: my acne came back. Benzoyl peroxide withdrawal, then a taper.';
    expect(detectTopic(page('I quit benzo cold turkey', skin)).aboutStopping).toBe(false);
    const dog = 'Benzo will not stop shaking at fireworks. We are weaning Benzo off the anxiety meds the vet gave him.';
    expect(detectTopic(page('Benzo won’t stop shaking', dog)).aboutStopping).toBe(false);
    expect(
      detectTopic(page('I quit benzo cold turkey', 'Benzo withdrawal after two years of clonazepam. The benzo withdrawal is hard.'))
        .aboutStopping,
    ).toBe(true);
  });

  it('counts street names only beside a stopping word', () => {
    expect(
      detectTopic(page('tryna get off bars', 'Tried stopping xans last week, the w/d was bad. Going to taper instead.')).aboutStopping,
    ).toBe(true);
    expect(
      detectTopic(page('The best bars in town', 'Ten bars with live music and cheap drinks. Pins and badges for sale.')).aboutBenzos,
    ).toBe(false);
  });

  it('takes street names that mean nothing else (k-pins, xannies) as the drug anywhere, but not bowling pins', () => {
    const kpins =
      'was on k-pins 2.5 yrs, got down over ten months doing little cuts. jumped nine days ago, the w/d kicked in on day 5. ' +
      'today is a window. anyone regret not going lower first? the taper was the real work, then windows and waves.';
    expect(detectTopic(page('day 9 check in', kpins)).aboutStopping).toBe(true);
    const bowling = 'Ten pins down, the league is on. We cut the lane fees and held the final on day 5. The tournament ends in a jump-off.';
    expect(detectTopic(page('day 9 check in', bowling)).aboutBenzos).toBe(false);
  });

  it('hears a slow reduction as taper talk: reductions, coming down, a smaller dose', () => {
    const essay =
      'I was prescribed lorazepam the autumn my marriage ended. This is about the winter I came off. The first reduction was small. ' +
      'The doctor said we could hold, so we held at the same dose. The last few reductions were slower, each a smaller dose, ' +
      'coming down step by step.';
    expect(detectTopic(page('The winter I learned to sleep again', essay)).aboutStopping).toBe(true);
  });

  it('knows brand names used outside the US, and the plural people type as "benzoes"', () => {
    const gp =
      'I am 76 and have taken a Mogadon every night for twenty years. The key word is gradually: reduce in small steps, ' +
      'because stopping suddenly can cause rebound insomnia and withdrawal effects. A slow taper works.';
    expect(detectTopic(page('Ask the doctor: the same sleeping pill for 20 years', gp)).aboutStopping).toBe(true);
    const lyrics =
      'This song came out the week I started my taper. I am 2 years off benzoes now. One small cut at a time, through the withdrawal.';
    expect(detectTopic(page('Hold On Through the Winter lyrics', lyrics)).aboutStopping).toBe(true);
    expect(detectTopic(page('Mogadishu travel notes', 'We held the meeting in Mogadishu and cut the trip short.')).aboutBenzos).toBe(false);
  });

  it('hears "wd" and going back up as taper talk only on a page that names a benzo', () => {
    const benzo =
      'Four months since I jumped off the last crumb of my xanaz. A lot of people in benzo wd say it eases. Should I go back up, ' +
      'then hold, then make smaller cuts? The taper was too fast.';
    expect(detectTopic(page('burning skin month 4', benzo)).aboutStopping).toBe(true);
    const disk = 'My WD drive died. I had to go back up to the old backup and hold off buying a new one. Smaller cuts to the budget.';
    expect(detectTopic(page('WD drive died', disk)).aboutBenzos).toBe(false);
  });

  it('needs less taper talk on a short post whose stopping word sits right beside the drug, and none without it', () => {
    const ears = 'anyone else?? ears ringing since the last dose. jumped off the k-pins three weeks ago. does it fade?';
    expect(detectTopic(page('anyone else ringing ears', ears)).aboutStopping).toBe(true);
    // Everyday words that happen to be stopping words, nowhere near the drug's name and with no strong one among
    // them: not enough on their own.
    const apart =
      'My mother has taken diazepam for her back for years. Unrelated, but the council says the bus cuts will hold until spring, ' +
      'and the library will cut its hours. Stop by the market on Saturday.';
    expect(detectTopic(page('News from home', apart)).aboutStopping).toBe(false);
    // A long page that names the drug once: taper words scattered through it add up by chance, so they are not enough.
    const longPage = `My mother has taken diazepam for her back for years. ${'The council met to talk about the harbour. '.repeat(100)} Detox teas are a fad. The bus cuts will hold until spring.`;
    expect(detectTopic(page('News from home', longPage)).aboutStopping).toBe(false);
    // The same short page with a strong taper word in it, and nothing else named: a short post that names its drug once.
    const shortPost = 'My mother has taken diazepam for her back for years. The taper is slow; she holds each cut for a month.';
    expect(detectTopic(page('Mum update', shortPost)).aboutStopping).toBe(true);
  });

  it('does not let everyday things (café, a job) outweigh the benzo, nor count a drug acting on someone as stopping', () => {
    const cafe =
      'Acompañé a mi padre a dejar el Valium. Cada mañana tomábamos café y hablábamos de la bajada. Café, más café, ' +
      'el café de la esquina, el café de la tarde, café con leche y café solo: el café era nuestro rato.';
    expect(detectTopic(page('Con mi padre', cafe)).aboutStopping).toBe(true);
    const effect = 'El Lexatin me deja atontado en el trabajo. ¿Se os quita con el tiempo? A mí se me fue quitando el sueño.';
    expect(detectTopic(page('El Lexatin me deja atontado', effect)).aboutStopping).toBe(false);
  });

  it('knows street and misspelt names: vensos, klons, adavan, lorazapam', () => {
    expect(detectTopic(page('el mono de los vensos', 'Hace 9 días lo corté de golpe y el mono es lo peor.')).aboutStopping).toBe(true);
    expect(detectTopic(page('Hold or updose?', 'About 60% of the way down on my klons. Updose or hold?')).aboutStopping).toBe(true);
    expect(detectTopic(page('Is this tolerance?', 'On adavan for 2 years; interdose withdrawal, want to taper off.')).aboutStopping).toBe(
      true,
    );
    expect(detectTopic(page('thread', 'They took me off lorazapam cold turkey on the ward.')).aboutStopping).toBe(true);
  });

  it('hears everyday Spanish for going slowly, holding a dose and the last dose', () => {
    const zumbido =
      'hace 3 semanas deje la ultima miguita de la clona (rivotril) y me zumban los oidos. la baje despacio, casi un año. ' +
      'me quedo en esta dosis? no, ya no tomo nada.';
    expect(detectTopic(page('alguien mas??', zumbido)).aboutStopping).toBe(true);
    const lentejas = 'Estoy dejando el clonazepan poco a poco, llevo 7 meses bajando. Gracias por la receta.';
    expect(detectTopic(page('Lentejas con chorizo', lentejas)).aboutStopping).toBe(true);
    const cocina = 'Añade el caldo poco a poco y deja la última cucharada para el final. Esta dosis de sal basta.';
    expect(detectTopic(page('Lentejas con chorizo', cocina)).aboutBenzos).toBe(false);
  });

  it('understands common misspelling patterns', () => {
    expect(detectTopic(page('Coming off valum', 'My husband is tapering his valum. The withdrawal is hard.')).aboutStopping).toBe(true);
    expect(
      detectTopic(
        page(
          'Ayuda urgente, 3 semanas bajando',
          'Tomo clonacepam hace 3 años y voy bajando una gota cada semana. ¿Es la avstinencia? No quiero volver a subir.',
        ),
      ).aboutStopping,
    ).toBe(true);
    expect(detectTopic(page('Valuable tips', 'Keep valuables safe. A vacuum for the withdrawal room of the bank.')).aboutBenzos).toBe(
      false,
    );
  });

  it('understands Spanish taper talk: going down step by step, holding a dose, a year without', () => {
    const thread =
      'Mi novio tomó alprazolam cuatro años. El psiquiatra le dijo de irlo quitando con un esquema para ir reduciendo. ' +
      'Se puede quedar en la misma dosis un mes antes de bajar otra vez.';
    expect(detectTopic(page('¿Cómo ayudo a mi pareja?', thread)).aboutStopping).toBe(true);
    expect(
      detectTopic(
        page(
          'Un año sin pastillas',
          'Hoy hace un año que tomé el último trocito de diazepam. Fue una bajada lenta: si estaba mal, no bajaba.',
        ),
      ).aboutStopping,
    ).toBe(true);
    const paroxetina =
      'Voy bajando la paroxetina, ventanas y olas. La paroxetina me da mareos; sigo reduciendo la paroxetina un 10 %. ' +
      'Hace años dejé el lorazepam sin problema, pero la paroxetina es otra cosa.';
    expect(detectTopic(page('Bajando la paroxetina', paroxetina)).aboutStopping).toBe(false);
  });

  it('does not settle on "benzo" alone: the rest of the page may show it is skincare', () => {
    const acc = new TopicAccumulator();
    acc.add('title', 'I quit benzo cold turkey, benzo withdrawal');
    acc.add('heading', 'Benzo withdrawal: what I should have done, taper the benzo');
    acc.add('body', 'Benzo withdrawal week one. I quit benzo cold turkey. Benzo withdrawal, benzo taper, benzo withdrawal.');
    expect(acc.isSettled()).toBe(false);
    acc.add('body', 'The benzoyl peroxide rebound: acne everywhere.');
    expect(acc.decision().aboutStopping).toBe(false);
  });
});
