import { describe, expect, it, vi } from 'vitest';
import { checkPage } from '@/page/detector/check-page';

const log: string[] = [];
vi.mock('@/page/detector/detect-topic', async (original) => ({
  ...(await original<typeof import('@/page/detector/detect-topic')>()),
  compileTopicMatcher: () => void log.push('compile'),
}));

describe('the close reader', () => {
  it('compiles the topic matcher twice (bytecode, then machine code) before reading the body, each in a task of its own', async () => {
    log.length = 0;
    document.title = 'Notas del foro';
    document.body.innerHTML = '<p>Un lector escribe: estoy dejando el clonazepam poco a poco con mi médico.</p>';
    const env = {
      now: () => {
        log.push('read');
        return 0;
      },
      yieldToPage: async () => void log.push('yield'),
      isActive: () => true,
    };
    const { decision, read } = await checkPage(document, 'https://example.org/foro', env);
    expect(log.slice(0, log.indexOf('read'))).toEqual(['yield', 'compile', 'yield', 'compile', 'yield']);
    expect(read?.charsRead).toBeGreaterThan(0);
    expect(decision.aboutStopping).toBe(true);
  });
});
