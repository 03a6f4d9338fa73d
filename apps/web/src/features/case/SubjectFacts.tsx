import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { AnySubject, HouseholdMemberView, HouseholdPersonalData, HouseholdView } from '../../api/views';
import { labelOf, recognitionText, useReference } from '../../lib/reference';
import type { SubjectKindConfig } from './subject-kinds';
import { UnmaskDialog } from './UnmaskDialog';

interface Props {
  config: SubjectKindConfig;
  subject: AnySubject;
  /** The user's roles may ever see full numbers (the api still decides per project). */
  canUnmask: boolean;
  /** An unmask was recorded: the audit table should show it. */
  onAudited(): void;
}

/** The subject's facts and, for a household, its members; ID numbers and phones masked unless shown on purpose. */
export function SubjectFacts({ config, subject, canUnmask, onAudited }: Props) {
  const ref = useReference();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [revealed, setRevealed] = useState<HouseholdPersonalData | null>(null);
  const household = config.kind === 'household' ? (subject as HouseholdView) : null;

  // Another subject on the same page instance: never carry its numbers over.
  useEffect(() => setRevealed(null), [subject.id]);

  const control = !household ? null : revealed ? (
    <Button size="small" type="link" icon={<EyeInvisibleOutlined />} onClick={() => setRevealed(null)}>
      隐藏
    </Button>
  ) : canUnmask ? (
    <Button size="small" type="link" icon={<EyeOutlined />} onClick={() => setDialogOpen(true)}>
      显示
    </Button>
  ) : null;

  const memberId = (m: HouseholdMemberView) => revealed?.members.find((r) => r.id === m.id)?.idNumber ?? m.idNumber;

  return (
    <>
      <Card title="基本信息" extra={revealed ? <Tag color="orange">完整号码已显示，本次查看已记入审计</Tag> : undefined}>
        <Descriptions
          bordered
          size="small"
          column={{ xxl: 3, xl: 3, lg: 2, md: 2, sm: 1, xs: 1 }}
          items={config.facts(subject, ref, { revealed, control })}
          data-testid="subject-facts"
        />
      </Card>
      {household && (
        <Card title={`家庭成员（${household.members?.length ?? 0} 人）`}>
          <Table<HouseholdMemberView>
            rowKey="id"
            size="small"
            pagination={false}
            data-testid="household-members"
            dataSource={household.members ?? []}
            locale={{ emptyText: '未登记家庭成员' }}
            columns={[
              { title: '姓名', dataIndex: 'name' },
              { title: '与户主关系', dataIndex: 'relation', render: (v: string) => labelOf(ref.memberRelations, v) },
              { title: '身份证号', key: 'idNumber', render: (_, m) => memberId(m) ?? '—' },
              {
                title: '认定依据',
                key: 'recognition',
                render: (_, m) => recognitionText(ref.recognitionBases, m),
              },
            ]}
          />
        </Card>
      )}
      {household && canUnmask && (
        <UnmaskDialog
          householdId={household.id}
          open={dialogOpen}
          onClose={() => setDialogOpen(false)}
          onRevealed={(data) => {
            setRevealed(data);
            setDialogOpen(false);
            onAudited();
          }}
        />
      )}
    </>
  );
}
