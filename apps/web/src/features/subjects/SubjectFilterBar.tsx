import { ReloadOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Form, Input, Select, Space } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useReference } from '../../lib/reference';
import { useParcels, useProjects } from './options';

/** The filters every subject list has; `village` only where the api takes it (households). */
export type CommonFilter = 'project' | 'parcel' | 'village' | 'status' | 'q';

interface Props {
  /** An id prefix, so labels point at their fields (`households-project`). */
  idPrefix: string;
  values: Partial<Record<string, string>>;
  onChange(changes: Partial<Record<string, string | undefined>>): void;
  onReset(): void;
  withVillage?: boolean;
  searchLabel: string;
  searchPlaceholder: string;
  /** Kind-specific filters (e.g. 设施类别), placed before the keyword. */
  extra?: ReactNode;
}

/** A text filter applied on Enter, on leaving the field or on the search button, and reset when the address changes. */
function useDraft(value: string | undefined) {
  const [draft, setDraft] = useState(value ?? '');
  useEffect(() => setDraft(value ?? ''), [value]);
  return [draft, setDraft] as const;
}

/** Project → parcel (of that project) → village → case status → keyword, kept in the list's address. */
export function SubjectFilterBar({ idPrefix, values, onChange, onReset, withVillage, searchLabel, searchPlaceholder, extra }: Props) {
  const reference = useReference();
  const { options: projectOptions, loading: projectsLoading } = useProjects();
  const { parcels, options: parcelOptions, loading: parcelsLoading } = useParcels(values.project);
  const [q, setQ] = useDraft(values.q);
  const [village, setVillage] = useDraft(values.village);
  const villages = useMemo(() => [...new Set(parcels.map((p) => p.village).filter((v): v is string => !!v))].map((v) => ({ value: v })), [parcels]);
  const id = (name: string) => `${idPrefix}-${name}`;

  return (
    <Form layout="inline" className="xj-filter-bar" role="search" aria-label="筛选条件">
      <Form.Item label="项目" htmlFor={id('project')}>
        <Select
          id={id('project')}
          style={{ width: 200 }}
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="全部项目"
          loading={projectsLoading}
          options={projectOptions}
          value={values.project}
          onChange={(project?: string) => onChange({ project, parcel: undefined })}
        />
      </Form.Item>
      <Form.Item label="地块" htmlFor={id('parcel')}>
        <Select
          id={id('parcel')}
          style={{ width: 180 }}
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={values.project ? '全部地块' : '请先选择项目'}
          disabled={!values.project}
          loading={parcelsLoading}
          options={parcelOptions}
          value={values.parcel}
          onChange={(parcel?: string) => onChange({ parcel })}
        />
      </Form.Item>
      {withVillage && (
        <Form.Item label="村" htmlFor={id('village')}>
          <AutoComplete
            id={id('village')}
            style={{ width: 140 }}
            allowClear
            placeholder="如 二联村"
            options={villages}
            value={village}
            onChange={(v) => {
              setVillage(v ?? '');
              if (!v) onChange({ village: undefined });
            }}
            onSelect={(v: string) => onChange({ village: v })}
            onBlur={() => village.trim() !== (values.village ?? '') && onChange({ village: village.trim() || undefined })}
            onKeyDown={(e) => e.key === 'Enter' && onChange({ village: village.trim() || undefined })}
          />
        </Form.Item>
      )}
      <Form.Item label="案件状态" htmlFor={id('status')}>
        <Select
          id={id('status')}
          style={{ width: 120 }}
          allowClear
          placeholder="全部"
          options={reference.caseStatuses}
          value={values.status}
          onChange={(status?: string) => onChange({ status })}
        />
      </Form.Item>
      {extra}
      <Form.Item label={searchLabel} htmlFor={id('q')}>
        <Input.Search
          id={id('q')}
          style={{ width: 260 }}
          allowClear
          placeholder={searchPlaceholder}
          value={q}
          maxLength={50}
          enterButton="查询"
          onChange={(e) => {
            setQ(e.target.value);
            if (!e.target.value) onChange({ q: undefined });
          }}
          onSearch={(text) => onChange({ q: text.trim() || undefined })}
        />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button icon={<ReloadOutlined />} onClick={onReset}>
            重置
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
