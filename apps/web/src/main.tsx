import { App as AntApp, ConfigProvider } from 'antd';
// The ES build: the CommonJS one (antd/locale/zh_CN) reaches the bundle as { default: … } and antd falls back to English.
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { usePrefersReducedMotion } from './lib/reduced-motion';
import './styles.css';

dayjs.locale('zh-cn');

/** The theme; with the system's “reduce motion” set, Ant Design's animations are off. */
function Themed() {
  const reducedMotion = usePrefersReducedMotion();
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#1f5fa8', borderRadius: 4, motion: !reducedMotion } }}>
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Themed />
  </StrictMode>,
);
