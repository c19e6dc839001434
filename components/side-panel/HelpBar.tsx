import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Helpline } from '@/help-content/types';
import { usePageI18n } from '@/ui/use-i18n';
import { callHref } from '@/shared/phone-links';
import { CrisisLinks } from '@/components/common/CrisisLinks';

/**
 * A slim bar that keeps the emergency and crisis lines one glance away on every page of the side panel. It keeps
 * its height in `--help-bar-height` on the page, so headings reached by a link, and anything focused by keyboard,
 * scroll to just below it rather than under it (the theme's `scroll-padding-top`). Its height changes with the
 * language, the text size, zoom and the panel's width.
 */
export function HelpBar({ emergency, crisis }: { emergency: Helpline; crisis: Helpline }) {
  const { t } = usePageI18n();
  const bar = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const measure = () => root.style.setProperty('--help-bar-height', `${Math.ceil(element.getBoundingClientRect().height)}px`);
    measure();
    if (typeof ResizeObserver === 'undefined') return () => root.style.removeProperty('--help-bar-height');
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--help-bar-height');
    };
  }, []);
  return (
    <aside class="help-bar" aria-label={t.emergency.helpBar} ref={bar}>
      <p>
        <strong>{t.emergency.helpBarEmergency}</strong>{' '}
        {emergency.call ? <a href={callHref(emergency.call)}>{t.common.call(emergency.call.display)}</a> : t.emergency.localNumber}
      </p>
      <p>
        <strong>{t.common.thinkingAboutSuicide}</strong> <CrisisLinks line={crisis} />
      </p>
    </aside>
  );
}
