import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard summaries (case_summary, agreement_money_summary, company_money_summary) are kept by statement-level
 * triggers with transition tables on the tables they summarise, so every writer — a case transition, an import's
 * set-based upsert, a payment, a settlement line's answer, a receipt, the demo seed — changes the summary in its own
 * transaction, once per statement rather than once per row. Each trigger adds the difference between the statement's
 * new and old rows, in key order (two writers lock summary rows in the same order: no deadlock between them).
 * The backfill runs in the same transaction as the triggers' creation, with the source tables locked against writes,
 * so no change is missed or counted twice. Hand-written: triggers are not part of the entities.
 */
export class DashboardSummaryTriggers1796380574188 implements MigrationInterface {
  name = 'DashboardSummaryTriggers1796380574188';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      summaryFunction(
        'case_summary_apply',
        (rows) => `
          INSERT INTO case_summary AS s ("projectId", "parcelId", "subjectType", status, "resettlementStatus", cases)
          SELECT "projectId", "parcelId", "subjectType", status, "resettlementStatus", sum(d) FROM (
            ${rows.map(({ table, sign }) => `SELECT "projectId", "parcelId", "subjectType", status, "resettlementStatus", ${sign} AS d FROM ${table}`).join(' UNION ALL ')}
          ) x GROUP BY 1, 2, 3, 4, 5 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5
          ON CONFLICT ("projectId", "parcelId", "subjectType", status, "resettlementStatus") DO UPDATE SET cases = s.cases + EXCLUDED.cases;`,
        // A case moved to another parcel takes its signed agreement's money with it.
        `
          INSERT INTO agreement_money_summary AS s ("projectId", "parcelId", agreements, "agreedFen", "paidFen")
          SELECT a."projectId", m."parcelId", sum(m.d), sum(m.d * a."agreedFen"), sum(m.d * a."paidFen") FROM (
            SELECT n.id, n."parcelId", 1 AS d FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE o."parcelId" <> n."parcelId"
            UNION ALL
            SELECT o.id, o."parcelId", -1 FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE o."parcelId" <> n."parcelId"
          ) m JOIN agreement a ON a."caseId" = m.id AND a.status = 'signed'
           GROUP BY 1, 2 ORDER BY 1, 2
          ON CONFLICT ("projectId", "parcelId") DO UPDATE
            SET agreements = s.agreements + EXCLUDED.agreements, "agreedFen" = s."agreedFen" + EXCLUDED."agreedFen", "paidFen" = s."paidFen" + EXCLUDED."paidFen";`,
      ),
    );

    // A signed agreement counts (1, agreed, paid) on its case's parcel; a draft or voided one counts nothing.
    await queryRunner.query(
      summaryFunction(
        'agreement_money_summary_apply',
        (rows) => `
          INSERT INTO agreement_money_summary AS s ("projectId", "parcelId", agreements, "agreedFen", "paidFen")
          SELECT d."projectId", c."parcelId", sum(d.n), sum(d.agreed), sum(d.paid) FROM (
            ${rows
              .map(({ table, sign }) => `SELECT "caseId", "projectId", ${sign} AS n, ${sign} * "agreedFen" AS agreed, ${sign} * "paidFen" AS paid FROM ${table} WHERE status = 'signed'`)
              .join(' UNION ALL ')}
          ) d JOIN case_file c ON c.id = d."caseId"
           GROUP BY 1, 2 HAVING sum(d.n) <> 0 OR sum(d.agreed) <> 0 OR sum(d.paid) <> 0 ORDER BY 1, 2
          ON CONFLICT ("projectId", "parcelId") DO UPDATE
            SET agreements = s.agreements + EXCLUDED.agreements, "agreedFen" = s."agreedFen" + EXCLUDED."agreedFen", "paidFen" = s."paidFen" + EXCLUDED."paidFen";`,
      ),
    );

    // A confirmed settlement line counts its total as settled (结算) for its project.
    await queryRunner.query(
      summaryFunction(
        'company_money_summary_lines_apply',
        (rows) => `
          INSERT INTO company_money_summary AS s ("projectId", "settledFen", "receivedFen")
          SELECT "projectId", sum(t), 0 FROM (
            ${rows.map(({ table, sign }) => `SELECT "projectId", ${sign} * "totalFen" AS t FROM ${table} WHERE status = 'confirmed'`).join(' UNION ALL ')}
          ) x GROUP BY 1 HAVING sum(t) <> 0 ORDER BY 1
          ON CONFLICT ("projectId") DO UPDATE SET "settledFen" = s."settledFen" + EXCLUDED."settledFen";`,
      ),
    );

    // Money received from the company (到账) for its project.
    await queryRunner.query(
      summaryFunction(
        'company_money_summary_receipts_apply',
        (rows) => `
          INSERT INTO company_money_summary AS s ("projectId", "settledFen", "receivedFen")
          SELECT "projectId", 0, sum(t) FROM (
            ${rows.map(({ table, sign }) => `SELECT "projectId", ${sign} * "amountFen" AS t FROM ${table}`).join(' UNION ALL ')}
          ) x GROUP BY 1 HAVING sum(t) <> 0 ORDER BY 1
          ON CONFLICT ("projectId") DO UPDATE SET "receivedFen" = s."receivedFen" + EXCLUDED."receivedFen";`,
      ),
    );

    for (const [table, fn] of [
      ['case_file', 'case_summary_apply'],
      ['agreement', 'agreement_money_summary_apply'],
      ['settlement_line', 'company_money_summary_lines_apply'],
      ['settlement_receipt', 'company_money_summary_receipts_apply'],
    ]) {
      // A trigger with transition tables fires on one event only: three per table.
      await queryRunner.query(`CREATE TRIGGER ${table}_summary_insert AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await queryRunner.query(
        `CREATE TRIGGER ${table}_summary_update AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
      await queryRunner.query(`CREATE TRIGGER ${table}_summary_delete AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }

    await queryRunner.query(`LOCK TABLE case_file, agreement, settlement_line, settlement_receipt IN SHARE MODE`);
    await queryRunner.query(`
      INSERT INTO case_summary ("projectId", "parcelId", "subjectType", status, "resettlementStatus", cases)
      SELECT "projectId", "parcelId", "subjectType", status, "resettlementStatus", count(*) FROM case_file GROUP BY 1, 2, 3, 4, 5`);
    await queryRunner.query(`
      INSERT INTO agreement_money_summary ("projectId", "parcelId", agreements, "agreedFen", "paidFen")
      SELECT a."projectId", c."parcelId", count(*), sum(a."agreedFen"), sum(a."paidFen")
        FROM agreement a JOIN case_file c ON c.id = a."caseId" WHERE a.status = 'signed' GROUP BY 1, 2`);
    await queryRunner.query(`
      INSERT INTO company_money_summary ("projectId", "settledFen", "receivedFen")
      SELECT p.id,
             COALESCE((SELECT sum("totalFen") FROM settlement_line l WHERE l."projectId" = p.id AND l.status = 'confirmed'), 0),
             COALESCE((SELECT sum("amountFen") FROM settlement_receipt r WHERE r."projectId" = p.id), 0)
        FROM project p`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['settlement_receipt', 'settlement_line', 'agreement', 'case_file']) {
      for (const op of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER ${table}_summary_${op} ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION company_money_summary_receipts_apply()`);
    await queryRunner.query(`DROP FUNCTION company_money_summary_lines_apply()`);
    await queryRunner.query(`DROP FUNCTION agreement_money_summary_apply()`);
    await queryRunner.query(`DROP FUNCTION case_summary_apply()`);
    await queryRunner.query(`TRUNCATE case_summary, agreement_money_summary, company_money_summary`);
  }
}

type TransitionRows = Array<{ table: 'new_rows' | 'old_rows'; sign: 1 | -1 }>;

/**
 * A trigger function that applies `delta` for the statement's rows: the new rows added on INSERT, the old ones
 * taken away on DELETE, both on UPDATE (then `onUpdate` too). Branches, because a transition table exists only
 * for the events that have it.
 */
function summaryFunction(name: string, delta: (rows: TransitionRows) => string, onUpdate = ''): string {
  return `
    CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        ${delta([{ table: 'new_rows', sign: 1 }])}
      ELSIF TG_OP = 'DELETE' THEN
        ${delta([{ table: 'old_rows', sign: -1 }])}
      ELSE
        ${delta([
          { table: 'new_rows', sign: 1 },
          { table: 'old_rows', sign: -1 },
        ])}
        ${onUpdate}
      END IF;
      RETURN NULL;
    END
    $fn$`;
}
