// The current route, following the URL fragment (back and forward buttons work).
import { useEffect, useState } from 'react';
import { formatRoute, parseRoute, type Route } from './route.js';

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}

export function navigate(route: Route): void {
  window.location.hash = formatRoute(route);
}

/** Changes some parameters of the current page, keeping the rest. */
export function updateParams(route: Route, changes: Record<string, string | null>): void {
  const params = { ...route.params };
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === '') delete params[name];
    else params[name] = value;
  }
  navigate({ page: route.page, params });
}
