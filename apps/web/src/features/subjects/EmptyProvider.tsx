import { ConfigProvider, Empty } from 'antd';
import DefaultRenderEmpty from 'antd/es/config-provider/defaultRenderEmpty';
import type { ReactNode } from 'react';

/**
 * What an empty table says. Set through ConfigProvider rather than the table's `locale` prop:
 * a `locale` on ProTable replaces the zh_CN texts of its pagination (it then reads "20 / page").
 * Other empty components (a select without options) keep antd's own text.
 */
export function EmptyProvider({ description, children }: { description: string; children: ReactNode }) {
  return (
    <ConfigProvider
      renderEmpty={(componentName) =>
        componentName === 'Table' ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description} /> : <DefaultRenderEmpty componentName={componentName} />
      }
    >
      {children}
    </ConfigProvider>
  );
}
