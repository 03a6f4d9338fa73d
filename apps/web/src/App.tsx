import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { allMenu, allRoutes } from './app/features';
import type { FeatureRoute } from './app/feature';
import { AuthProvider, useAuth } from './auth/AuthProvider';
import { AppLayout } from './layout/AppLayout';
import { ReferenceProvider } from './lib/reference';
import { LoginPage } from './pages/LoginPage';
import { PasswordPage } from './pages/PasswordPage';

/** Logged in (and past the first-login password change), or off to the login page. */
function RequireUser({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const location = useLocation();
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (user.mustChangePassword) return <Navigate to="/password" replace />;
  return <>{children}</>;
}

function Guarded({ route }: { route: FeatureRoute }) {
  const { hasRole } = useAuth();
  if (route.roles && !hasRole(...route.roles)) return <Forbidden />;
  return <>{route.element}</>;
}

function Forbidden() {
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title="没有权限"
      subTitle="您的角色不能访问此页面"
      extra={<Button onClick={() => navigate('/')}>返回首页</Button>}
    />
  );
}

function NotFound() {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="请检查地址，或从左侧菜单进入"
      extra={<Button onClick={() => navigate('/')}>返回首页</Button>}
    />
  );
}

/** `/` opens the screen an entry names as the home of one of the user's roles (the company's 待办), else the first one the user's menu offers. */
function Home() {
  const { user } = useAuth();
  const mine = (roles?: readonly string[]) => !roles || roles.some((r) => user?.roles.includes(r as never));
  const first = allMenu.find((m) => m.home && mine(m.roles) && m.home.some((r) => user?.roles.includes(r))) ?? allMenu.find((m) => mine(m.roles));
  return first ? <Navigate to={first.path} replace /> : <NotFound />;
}

function PasswordRoute() {
  const { user } = useAuth();
  if (!user) return <Navigate to="/login" replace />;
  if (user.mustChangePassword) return <PasswordPage />;
  return (
    <AppLayout>
      <PasswordPage />
    </AppLayout>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/password" element={<PasswordRoute />} />
          {allRoutes
            .filter((r) => r.bare)
            .map((r) => (
              <Route
                key={r.path}
                path={r.path}
                element={
                  <RequireUser>
                    <ReferenceProvider>
                      <Guarded route={r} />
                    </ReferenceProvider>
                  </RequireUser>
                }
              />
            ))}
          <Route
            path="*"
            element={
              <RequireUser>
                <ReferenceProvider>
                  <AppLayout>
                    <Routes>
                      <Route path="/" element={<Home />} />
                      {allRoutes
                        .filter((r) => !r.bare)
                        .map((r) => (
                          <Route key={r.path} path={r.path} element={<Guarded route={r} />} />
                        ))}
                      <Route path="*" element={<NotFound />} />
                    </Routes>
                  </AppLayout>
                </ReferenceProvider>
              </RequireUser>
            }
          />
        </Routes>
      </AuthProvider>
    </BrowserRouter>
  );
}
