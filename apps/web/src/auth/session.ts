import type { CurrentUser } from '../api/views';

/**
 * The login session in this browser tab: the bearer token (sessionStorage, so closing the browser
 * logs out) and who is logged in. Listeners hear when the api revokes the session.
 */
const TOKEN_KEY = 'xj.token';
const USER_KEY = 'xj.user';
type Listener = (reason: 'expired' | 'changed') => void;
const listeners = new Set<Listener>();

export const session = {
  token(): string | null {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  user(): CurrentUser | null {
    const raw = sessionStorage.getItem(USER_KEY);
    try {
      return raw ? (JSON.parse(raw) as CurrentUser) : null;
    } catch {
      return null;
    }
  },
  start(token: string, user: CurrentUser): void {
    sessionStorage.setItem(TOKEN_KEY, token);
    sessionStorage.setItem(USER_KEY, JSON.stringify(user));
    listeners.forEach((l) => l('changed'));
  },
  update(user: CurrentUser): void {
    sessionStorage.setItem(USER_KEY, JSON.stringify(user));
    listeners.forEach((l) => l('changed'));
  },
  end(): void {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(USER_KEY);
    listeners.forEach((l) => l('changed'));
  },
  /** The api refused the token: forget it and tell the app (it shows the login page with a notice). */
  expire(): void {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(USER_KEY);
    listeners.forEach((l) => l('expired'));
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
