import { Select } from 'antd';
import type { ProjectOption } from '../features/admin/use-project-options';

/** The page's project chooser (`GJ17 轨交17号线`), in the page header's extra actions. */
export function ProjectSelect({
  projects,
  value,
  onChange,
}: {
  projects: { options: ProjectOption[]; loading: boolean };
  value: string;
  onChange: (code: string) => void;
}) {
  return (
    <Select
      style={{ width: 240 }}
      loading={projects.loading}
      value={value || undefined}
      placeholder="选择项目"
      options={projects.options}
      aria-label="项目"
      onChange={onChange}
    />
  );
}
