import { useEffect } from 'preact/hooks';

/** Names the browser tab after the page, so history and tabs say where one is. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · whorunsit`;
  }, [title]);
}
