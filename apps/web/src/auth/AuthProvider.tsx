import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, call } from '../api/client';
import type { CurrentUser, LoginResult, Role } from '../api/views';
import { session } from './session';

interface AuthState {
  user: CurrentUser | null;
  /** Why the last session ended without a logout ('expired': the api refused the token). */
  endedBecause: 'expired' | null;
  login(username: string, password: string): Promise<CurrentUser>;
  logout(): Promise<void>;
  /** Re-reads the current user (after a password change). */
  refresh(): Promise<void>;
  hasRole(...roles: Role[]): boolean;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<CurrentUser | null>(() => session.user());
  const [endedBecause, setEndedBecause] = useState<'expired' | null>(null);

  useEffect(
    () =>
      session.subscribe((reason) => {
        setUser(session.user());
        if (reason === 'expired') setEndedBecause('expired');
      }),
    [],
  );

  // A reloaded tab re-checks its token: a session revoked meanwhile ends here.
  useEffect(() => {
    if (!session.token()) return;
    call<CurrentUser>(api.GET('/api/auth/me'))
      .then((me) => session.update(me))
      .catch(() => undefined);
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const result = await call<LoginResult>(api.POST('/api/auth/login', { body: { username, password } }));
    setEndedBecause(null);
    session.start(result.accessToken, result.user);
    return result.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await call(api.POST('/api/auth/logout'));
    } catch {
      /* the session is gone either way */
    }
    setEndedBecause(null);
    session.end();
  }, []);

  const refresh = useCallback(async () => {
    session.update(await call<CurrentUser>(api.GET('/api/auth/me')));
  }, []);

  const value = useMemo<AuthState>(
    () => ({
      user,
      endedBecause,
      login,
      logout,
      refresh,
      hasRole: (...roles) => !!user && user.roles.some((r) => roles.includes(r)),
    }),
    [user, endedBecause, login, logout, refresh],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}
