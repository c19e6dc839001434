import { SteadyMark } from './SteadyMark';

/** The header every Steady page shares: the mark, the page's title, and one line under it. */
export function AppHeader({ title, tagline }: { title: string; tagline: string }) {
  return (
    <header class="app-header">
      <SteadyMark />
      <div>
        <h1>{title}</h1>
        <p class="tagline">{tagline}</p>
      </div>
    </header>
  );
}
