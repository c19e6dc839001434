import { describe, expect, it, vi } from 'vitest';
import { addUrl, detectTopic, MAX_URL_CHARS, shouldOfferHelp, TopicAccumulator } from '@/page/detector/detect-topic';
import { normalizeText } from '@/page/detector/normalize-text';
import { pathWords, searchQueryFromUrl } from '@/page/detector/search-query';

const page = (title: string, text: string, url = 'https://site.example/page', headings: string[] = []) => ({ url, title, headings, text });

describe('normalizeText', () => {
  it('folds case, width and invisible characters', () => {
    expect(normalizeText('KLONO\u00ADPIN Wi\u200Bthdrawal')).toBe('klonopin withdrawal');
    expect(normalizeText('ＸＡＮＡＸ')).toBe('xanax');
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
