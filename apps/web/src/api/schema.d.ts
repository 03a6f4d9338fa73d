/* Generated from the api's OpenAPI document by `npm run web:api-types`. Do not edit. */
export interface paths {
    "/api/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 落实事项（默认逾期未完成的，期限早的在前）；total 即菜单上的逾期数 */
        get: operations["CommunicationController_items"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/action-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 标记落实事项已完成或重新打开（只能由责任方更新；需提供 version） */
        patch: operations["CommunicationController_updateItem"];
        trace?: never;
    };
    "/api/admin/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 任务队列状态（队列方式、各状态任务数、运行中的处理进程数、最近任务；不含任务内容） */
        get: operations["QueueStateController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 补偿协议详情 */
        get: operations["AgreementController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录支付（已签约协议；不超过未付余额；支付记录不可修改） */
        post: operations["PaymentController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 协议打印数据（双方、条款、各项金额的小写和大写） */
        get: operations["AgreementController_print"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签约：案件变为已签约，发放签约顺序号 */
        post: operations["AgreementController_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 作废协议（须填原因；已签约的协议使案件退回已确认，须无未冲正的支付） */
        post: operations["AgreementController_void"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某条记录的附件（按上传先后） */
        get: operations["AttachmentController_list"];
        put?: never;
        /** 上传附件（file、ownerType、ownerId）：仅限 PDF、JPEG、PNG、.xlsx、.docx，按文件内容识别；大小有上限 */
        post: operations["AttachmentController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载附件（原文件名；每次下载记入审计日志） */
        get: operations["AttachmentController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志（按对象、用户、操作、项目、结果、日期筛选，最新在前） */
        get: operations["AuditLogController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录，返回访问令牌 */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录（令牌立即失效） */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户 */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改本人密码 */
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件详情（含状态变更记录） */
        get: operations["CaseController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按案件最新的（未过期）测算起草补偿协议（案件须已确认；每案一份有效协议） */
        post: operations["AgreementController_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件的房源分配（安置房、周转房，含已释放的历史） */
        get: operations["AllocationController_ofCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件及其征收对象的审计记录（最新在前） */
        get: operations["CaseAuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/calculations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件的补偿测算（新的在前） */
        get: operations["CalculationController_list"];
        put?: never;
        /** 按项目现行补偿方案测算（保存为不可变快照） */
        post: operations["CalculationController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/calculations/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件最新的补偿测算 */
        get: operations["CalculationController_latest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/confirmation-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件的确认记录（新的在前）：提交、答复、退回原因、失效 */
        get: operations["ConfirmationController_ofCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/handover-exclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 管理员将未结算的案件排除在地块移交之外（须填写原因） */
        post: operations["HandoverController_exclude"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/money": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件的补偿：最新测算、有效协议、支付记录和余额 */
        get: operations["PaymentController_caseMoney"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/transitional-fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件的过渡费计提明细（按月，含计算依据） */
        get: operations["FeeController_caseMonths"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 变更案件状态（前进一步，或附原因退回） */
        post: operations["CaseController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 沟通记录详情及其落实事项 */
        get: operations["CommunicationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communications/{id}/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 为沟通记录增加落实事项 */
        post: operations["CommunicationController_addItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 等待西虹桥公司处理的事项（待确认批次、待确认结算单、待接收移交、逾期落实事项），已过期限的在前 */
        get: operations["InboxController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/confirmation-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 确认批次（默认待公司确认的），用于公司的审核列表 */
        get: operations["ConfirmationController_review"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/confirmation-batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 确认批次详情：各案件的提交内容、公司答复、差额及合计 */
        get: operations["ConfirmationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/confirmation-lines/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 西虹桥公司确认一个案件（案件变为“已确认”；需提供 version） */
        post: operations["ConfirmationController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/confirmation-lines/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 西虹桥公司退回一个案件：原因必填，可附公司认定金额（需提供 version） */
        post: operations["ConfirmationController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目进度总览：各项目征收对象按类别与状态、进度漏斗、签约率、腾地率、资金、移交面积、过渡户存量（每个数字附其案件列表的筛选条件） */
        get: operations["DashboardController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard/projects/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个项目的进度，按地块分列 */
        get: operations["DashboardController_project"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard/quota": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度解决动迁户住房：目标、已解决、尚差、逐月燃尽（累计）、按项目、按基地、按在途业务的年末预测（低/预期/高及依据）；仅本人可见的项目 */
        get: operations["QuotaController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 企业列表（按项目、地块、关键字、案件状态筛选） */
        get: operations["EnterpriseController_list"];
        put?: never;
        /** 登记企业（同时建立案件） */
        post: operations["EnterpriseController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 企业详情 */
        get: operations["EnterpriseController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改企业信息（需提供 version） */
        patch: operations["EnterpriseController_update"];
        trace?: never;
    };
    "/api/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的导出 */
        get: operations["ExportController_list"];
        put?: never;
        /** 申请导出（household-ledger 动迁户台账 / case-progress 案件进度统计 / agreement-ledger 签约台账 / payment-ledger 支付台账 / recalculation-diff 重新测算差异表 / handover-certificate 移交单），后台生成 */
        post: operations["ExportController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出进度 */
        get: operations["ExportController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载导出文件（完成后；每次下载记入审计日志） */
        get: operations["ExportController_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 市政设施列表（按项目、地块、类别、关键字、案件状态筛选） */
        get: operations["FacilityController_list"];
        put?: never;
        /** 登记市政设施（同时建立案件） */
        post: operations["FacilityController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/facilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 市政设施详情 */
        get: operations["FacilityController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改市政设施信息（需提供 version） */
        patch: operations["FacilityController_update"];
        trace?: never;
    };
    "/api/handovers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 移交单详情：地块上的案件、附件 */
        get: operations["HandoverController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/handovers/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 西虹桥公司接收移交单：地块及其已结算的案件一并转为已移交 */
        post: operations["HandoverController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/handovers/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 西虹桥公司退回移交单（填写原因）；镇动迁办可重新发起 */
        post: operations["HandoverController_returnToTown"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 户列表（按项目、地块、村、关键字、案件状态筛选；按完整身份证号或电话查找请用 POST /api/households/search） */
        get: operations["HouseholdController_list"];
        put?: never;
        /** 登记户（同时建立案件） */
        post: operations["HouseholdController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 户详情（含家庭成员；身份证号和电话已脱敏） */
        get: operations["HouseholdController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改户信息（需提供 version） */
        patch: operations["HouseholdController_update"];
        trace?: never;
    };
    "/api/households/{id}/unmask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看完整身份证号和电话（本项目经办人或管理员；须填写事由，记入审计） */
        post: operations["HouseholdController_unmask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/duplicate-heads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一人多户核查：同一项目内户主身份证号相同的多户（仅限可见项目；身份证号已脱敏） */
        get: operations["DuplicateHeadController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查找户：条件同户列表，放在请求正文中，关键字可为完整身份证号（户主或家庭成员）或电话号码——号码不进网址；每次查找记入审计 */
        post: operations["HouseholdController_search"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的导入记录（管理员：全部），最新的在前 */
        get: operations["ImportController_list"];
        put?: never;
        /** 上传 .xlsx 并排队导入（file、kind，可选 dryRun=true 试导入） */
        post: operations["ImportController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入进度和结果 */
        get: operations["ImportController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载错误报告（被拒绝的行原样列出，含完整身份证号，附“错误说明”，问题单元格标红并加批注；每次下载记入审计日志） */
        get: operations["ImportController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/templates/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载导入模板（households / enterprises / parcels） */
        get: operations["TemplateController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/land/consolidation-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 镇、村集体土地归并方案（新的在前），各附归并前后面积合计 */
        get: operations["ConsolidationPlanController_list"];
        put?: never;
        /** 拟定归并方案：把所选土地归并到目标所有权人和用途（草拟） */
        post: operations["ConsolidationPlanController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/land/consolidation-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个归并方案：所列土地、归并前（按现所有权人、用途）和归并后的面积合计、批准人 */
        get: operations["ConsolidationPlanController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改草拟中的归并方案（需提供 version） */
        patch: operations["ConsolidationPlanController_update"];
        trace?: never;
    };
    "/api/land/consolidation-plans/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批准归并方案（仅管理员；记录批准人和时间） */
        post: operations["ConsolidationPlanController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/land/consolidation-plans/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 归并完成（仅已批准的方案）：所列土地改为目标所有权人和用途 */
        post: operations["ConsolidationPlanController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/land/ownership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 集体土地所有权登记（分页，可按村、所有权人类型、调查状态、用途、关键字筛选），附按所有权人类型和用途的宗数、面积合计 */
        get: operations["OwnershipController_list"];
        put?: never;
        /** 登记一宗集体土地（项目地块上的，或尚未进入项目的土地：填村和坐落） */
        post: operations["OwnershipController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/land/ownership/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一宗土地的所有权记录 */
        get: operations["OwnershipController_get"];
        put?: never;
        post?: never;
        /** 删除所有权记录（已列入归并方案的不能删除） */
        delete: operations["OwnershipController_remove"];
        options?: never;
        head?: never;
        /** 修改所有权记录（需提供 version；已确权的不能改所有权人、证书编号、面积和用途） */
        patch: operations["OwnershipController_update"];
        trace?: never;
    };
    "/api/land/ownership/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 推进调查状态：未调查 → 调查中 → 已确权（确权须有证书编号） */
        post: operations["OwnershipController_changeStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/land/ownership/villages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户可见的村（经办人为其项目地块所在的村） */
        get: operations["OwnershipController_villages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legacy-bases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 遗留基地列表（按项目、地块、关键字、案件状态筛选） */
        get: operations["LegacyBaseController_list"];
        put?: never;
        /** 登记遗留基地（同时建立案件） */
        post: operations["LegacyBaseController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legacy-bases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 遗留基地详情 */
        get: operations["LegacyBaseController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改遗留基地信息（需提供 version） */
        patch: operations["LegacyBaseController_update"];
        trace?: never;
    };
    "/api/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 推进方案的时间节点（按项目/基地、状态、逾期/14 天内到期筛选），按计划日期排序 */
        get: operations["MilestoneController_list"];
        put?: never;
        /** 新增时间节点（项目或安置基地二选一） */
        post: operations["MilestoneController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/milestones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个时间节点 */
        get: operations["MilestoneController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改时间节点的名称、计划日期、责任单位和责任人、前置节点、备注（需版本号，过期 409） */
        patch: operations["MilestoneController_update"];
        trace?: never;
    };
    "/api/milestones/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 改变时间节点状态（已完成须填实际完成日期，且前置节点已完成；需版本号） */
        post: operations["MilestoneController_changeStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/milestones/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 领导首页：已逾期和 14 天内到期的时间节点（数量及清单） */
        get: operations["MilestoneController_overdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人的站内通知（新的在前，分页），附未读数 */
        get: operations["NotificationController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 把本人的一条通知标为已读（他人的通知 404） */
        post: operations["NotificationController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 本人的通知全部标为已读 */
        post: operations["NotificationController_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 支付记录（按项目、支付日期筛选） */
        get: operations["PaymentController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/{id}/reversals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 冲正一笔支付（须填原因，不超过该笔尚未冲正的金额） */
        post: operations["PaymentController_reverse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目列表 */
        get: operations["ProjectController_list"];
        put?: never;
        /** 新建项目 */
        post: operations["ProjectController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目详情 */
        get: operations["ProjectController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改项目（项目编号不可修改；需提供 version） */
        patch: operations["ProjectController_update"];
        trace?: never;
    };
    "/api/projects/{code}/communications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目的沟通记录（会议、通知，日期新的在前），含落实事项 */
        get: operations["CommunicationController_list"];
        put?: never;
        /** 记录一次沟通（会议或通知）及其落实事项；镇动迁办和西虹桥公司都可记录 */
        post: operations["CommunicationController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}/confirmation-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目的确认批次（新的在前），含各批进度与镇方金额合计 */
        get: operations["ConfirmationController_list"];
        put?: never;
        /** 镇动迁办提交确认批次：所选“已摸底”案件连同其摸底信息与测算的快照和内容哈希 */
        post: operations["ConfirmationController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}/confirmation-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可提交确认的案件：本项目“已摸底”且不在待确认批次中的，按编号分页（可按类型、地块筛选；after 接着读） */
        get: operations["ConfirmationController_candidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}/handover-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目移交进度：已移交面积与总面积，各地块状态及阻碍案件数 */
        get: operations["HandoverController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}/handovers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目的移交单（移交日期新的在前） */
        get: operations["HandoverController_list"];
        put?: never;
        /** 镇动迁办发起移交单：地块上的案件须全部已结算（或经管理员排除），否则 422 并列出阻碍的案件 */
        post: operations["HandoverController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}/parcels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目的地块列表 */
        get: operations["ProjectController_listParcels"];
        put?: never;
        /** 新建地块 */
        post: operations["ProjectController_createParcel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}/parcels/{parcelCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改地块（地块编号不可修改；需提供 version；全部案件结算后才能改为已移交） */
        patch: operations["ProjectController_updateParcel"];
        trace?: never;
    };
    "/api/projects/{code}/parcels/{parcelCode}/handover-readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 地块能否移交：列出阻碍移交的案件（未结算且未被排除），并注明征收对象 */
        get: operations["HandoverController_readiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}/parcels/{parcelCode}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 地块时间线：地块、其上案件与征收对象的每一步（最新在前） */
        get: operations["TimelineController_parcel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目三账对账：协议、支付、到账，精确到分，并列出差异 */
        get: operations["SettlementController_reconcileProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}/schemes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目的补偿方案版本（新版本在前） */
        get: operations["SchemeController_list"];
        put?: never;
        /** 新建补偿方案版本（草稿；保存时校验各项目，422 指明出错的项目） */
        post: operations["SchemeController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}/settlement-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可列入新结算单的案件：已腾地、协议已签约、尚未列入结算单，按编号分页（after 接着读） */
        get: operations["SettlementController_candidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}/settlement-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目资金：预算、送审（结算单合计）、审定及其差额 */
        get: operations["SettlementController_getFigures"];
        /** 填写预算、审定金额（须附审计报告文号）和管理费率（财务）；未提供的字段不变，null 清空 */
        put: operations["SettlementController_putFigures"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}/settlement-statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目的结算单（新的在前），含合计和已到账 */
        get: operations["SettlementController_list"];
        put?: never;
        /** 出具结算单（财务）：所选已腾地、已签约案件各一行，含协议金额、已支付、管理费、合计 */
        post: operations["SettlementController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{code}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目时间线：镇方与公司在本项目中的每一步（最新在前） */
        get: operations["TimelineController_project"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queue/consumers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 运行中的任务处理进程数（为 0 时导入导出将排队等待，附中文提示） */
        get: operations["QueueConsumersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recalculations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 重新测算预览的进度与合计 */
        get: operations["RecalculationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recalculations/{id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 应用重新测算：在一个事务中为预览的案件保存新测算（已签约或信息已变更的跳过） */
        post: operations["RecalculationController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recalculations/{id}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 重新测算预览的各案件：原合计、新合计、差额与变化的项目（差额大的在前） */
        get: operations["RecalculationController_cases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectification/households/{id}/unlicensed-area": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 整治台账对该户无证面积的建议：该户违法建筑（未拆除）面积之和，与现登记的对照 */
        get: operations["ViolationController_proposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectification/households/{id}/unlicensed-area/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 经办人确认建议：该户的无证面积改为整治台账的建议面积（记入审计） */
        post: operations["ViolationController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectification/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 综合整治年度统计：年初存量、消除、新增、未消除，按村、类型、月份 */
        get: operations["ViolationController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectification/villages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户可登记违法行为的村 */
        get: operations["ViolationController_villages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectification/violations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 综合整治台账：违法用地、违法建筑、渣土乱倒（按年度、村、类型、状态、责任户、逾期筛选；存量/新增对照该年度） */
        get: operations["ViolationController_list"];
        put?: never;
        /** 登记违法行为（状态为已发现）：地块或地址、村，面积或方量，发现日期，责任人 */
        post: operations["ViolationController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectification/violations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 违法行为详情：状态步骤（谁、何时）、整改期限、是否逾期 */
        get: operations["ViolationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectification/violations/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 变更状态：已发现 → 已下达整改通知（须填整改期限）→ 整改中 → 已整改 或 已拆除 */
        post: operations["ViolationController_step"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 代码表（案件状态、房屋结构、角色等的取值和中文名称，按顺序） */
        get: operations["ReferenceController_lists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/accruals/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 立即计提过渡费至某月（与每月 1 日的定时任务相同，重复运行不会重复计提） */
        post: operations["FeeController_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 分配房源（一次点击）：轮到的一户、在应安置面积及方案上限内；房源行锁与唯一索引保证一套房源只归一户（并发时其余得到 409“该房源已被其他家庭选定”）；协议的安置房地点、面积与差价同一事务内更新 */
        post: operations["AllocationController_allocate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/allocations/{id}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 交房：交房日期与签收单（先上传为该分配的附件）；该户全部安置房交房后即为“已安置” */
        post: operations["AllocationController_deliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/allocations/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 释放分配（填写原因）：房源恢复可选，协议差价重新计算，该户在轮次中重新轮到 */
        post: operations["AllocationController_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/bases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 安置基地一览：阶段及各阶段日期、计划交付日期、各状态房源套数 */
        get: operations["BaseController_list"];
        put?: never;
        /** 管理员新增安置基地 */
        post: operations["BaseController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/bases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 安置基地详情：阶段进度及各楼栋的房源套数 */
        get: operations["BaseController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改安置基地的阶段、各阶段计划/实际完成日期、计划交付日期和备注（需读取时的版本号，过期 409） */
        patch: operations["BaseController_update"];
        trace?: never;
    };
    "/api/resettlement/bases/{id}/buildings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 为安置基地新增楼栋 */
        post: operations["BaseController_addBuilding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/buildings/{id}/grid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 楼栋房源图：各层（高层在前）× 各室的户型、面积、状态、冻结原因和持有户 */
        get: operations["UnitController_grid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/choosing-bases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可选房的安置基地：阶段、房源总数与可选房源数 */
        get: operations["AllocationController_bases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/choosing-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 选房轮次（可按项目筛选），新的在前 */
        get: operations["ChoosingController_list"];
        put?: never;
        /** 创建并公布选房轮次：按签约顺序号排序，同号按公布的种子（xj-order-v1）打乱，种子与顺序哈希一并公布 */
        post: operations["ChoosingController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/choosing-rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 选房轮次：公布的顺序、各户所选房源、轮到哪一户 */
        get: operations["ChoosingController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/choosing-rounds/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束选房轮次 */
        post: operations["ChoosingController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/choosing-rounds/{id}/entries/{entryId}/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 该户完成选房（或放弃本轮），轮到下一户 */
        post: operations["ChoosingController_finish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/choosing-rounds/{id}/entries/{entryId}/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 该户可选的房源（本轮基地的可选房源），每套附选定后的差价；超出方案上限的标明不可选及原因 */
        get: operations["ChoosingController_options"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/fee-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 过渡费支付批次（新建的在前） */
        get: operations["FeeController_batches"];
        put?: never;
        /** 生成过渡费支付批次：项目截至某月未支付、未列入批次的过渡费，每户一行 */
        post: operations["FeeController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/fee-batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 过渡费支付批次详情：每户一行 */
        get: operations["FeeController_batch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/fee-batches/{id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 支付过渡费批次：每户记一笔过渡费支付（不计入补偿款已付），批次变为已支付 */
        post: operations["FeeController_pay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 预留房源（填写原因，如残疾户需低楼层）：房源为该户保留，其他家庭不能选定（409“该房源已为其他家庭预留”）；该户选房时一次点击即分配，或释放预留 */
        post: operations["AllocationController_reserve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/transitional": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 过渡户存量：腾地日期、已过渡月数、过渡方式、已分配房源及计划交房、过渡费已计提/已付/未付及合计 */
        get: operations["FeeController_stock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/transitional/clearance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 过渡户三年清零视图：每年年初存量、新增、已交房、按计划交付日期预计交房、预计年末存量 */
        get: operations["FeeController_clearance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 房源列表（可按基地编号、楼栋、状态、户型筛选，分页） */
        get: operations["UnitController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/units/{id}/freeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 冻结可选的房源（须填写原因），冻结后不能选房 */
        post: operations["UnitController_freeze"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resettlement/units/{id}/unfreeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解冻房源，恢复为可选 */
        post: operations["UnitController_unfreeze"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schemes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 补偿方案版本详情 */
        get: operations["SchemeController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改草稿版本（已发布的版本不可修改；需提供 version） */
        patch: operations["SchemeController_update"];
        trace?: never;
    };
    "/api/schemes/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布草稿版本（此后不可修改；原已发布版本改为已替代） */
        post: operations["SchemeController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schemes/{id}/recalculations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 补偿方案版本的各次重新测算预览（新的在前），含进度与合计 */
        get: operations["RecalculationController_list"];
        put?: never;
        /** 对项目现行发布的补偿方案版本发起重新测算预览（排队执行，可查看进度） */
        post: operations["RecalculationController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settlement-lines/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 西虹桥公司确认一行；全部确认后结算单即为已确认，不可再改 */
        post: operations["SettlementController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settlement-lines/{id}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 西虹桥公司对一行提出异议（须填原因），退回财务 */
        post: operations["SettlementController_dispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settlement-lines/{id}/drop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 财务将有异议的行移出结算单（该案件可列入新的结算单） */
        post: operations["SettlementController_drop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settlement-statements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 结算单详情：各行、到账及其分配 */
        get: operations["SettlementController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settlement-statements/{id}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记西虹桥公司的到账（不超过结算单未到账余额；到账记录不可修改） */
        post: operations["SettlementController_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settlement-statements/{id}/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 结算单三账对账：该单所列案件的协议、支付、到账及差异 */
        get: operations["SettlementController_reconcileStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度目标（实事工程）及完成情况（默认为数据所在年度）：系统口径按业务记录实时统计（仅本人可见的项目），手工口径为录入的进展之和 */
        get: operations["TargetController_list"];
        put?: never;
        /** 新建年度目标（管理员、领导） */
        post: operations["TargetController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改年度目标：名称、目标值、单位、范围、顺序（需提供 version） */
        patch: operations["TargetController_update"];
        trace?: never;
    };
    "/api/targets/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 录入手工口径目标的进展（日期、完成量、说明、佐证材料），记入审计 */
        post: operations["TargetController_addEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用户列表 */
        get: operations["UserController_list"];
        put?: never;
        /** 新建用户（未填密码时生成临时密码，只显示一次；首次登录须修改密码） */
        post: operations["UserController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用户详情 */
        get: operations["UserController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改姓名、角色或负责项目（需提供 version；改角色或项目后该用户须重新登录） */
        patch: operations["UserController_update"];
        trace?: never;
    };
    "/api/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用用户（立即退出登录） */
        post: operations["UserController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启用用户 */
        post: operations["UserController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码（生成临时密码，只显示一次；该用户立即退出登录，下次登录须修改密码） */
        post: operations["UserController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解除登录锁定 */
        post: operations["UserController_unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 健康检查（数据库与任务队列） */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptHandoverDto: {
            /** @description 读取时的版本号 */
            version: number;
        };
        AccountView: {
            displayName: string;
            /** @description 首次登录或重置后须修改密码 */
            mustChangePassword: boolean;
            /** @description 负责的项目编号（经办人、西虹桥公司） */
            projects: string[];
            roles: components["schemas"]["Role"][];
            username: string;
        };
        AccrualRunView: {
            /**
             * @description 本次计提金额（元）
             * @example 24000.00
             */
            amount: string;
            /** @description 本次涉及户数 */
            households: number;
            /** @description 本次新计提的户月数 */
            months: number;
            /**
             * Format: date
             * @description 计提至该月（该月 1 日）
             * @example 2013-03-01
             */
            throughMonth: string;
        };
        ActionItemDto: {
            /**
             * @description 事项内容
             * @example 提供17号线二联村段地块的红线图
             */
            content: string;
            /**
             * Format: date
             * @description 完成期限（YYYY-MM-DD）
             * @example 2013-06-30
             */
            dueOn: string;
            /**
             * @description 责任人
             * @example 李明
             */
            owner: string;
            /** @description 责任方：town 镇动迁办，company 西虹桥公司 */
            ownerSide: components["schemas"]["Side"];
        };
        ActionItemPage: {
            items: components["schemas"]["ActionItemView"][];
            /** @description 符合条件的总条数 */
            total: number;
        };
        /** @enum {string} */
        ActionItemStatus: "open" | "done";
        ActionItemView: {
            /** Format: uuid */
            communicationId: string;
            /** @description 所属沟通的主题 */
            communicationSubject: string;
            content: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            createdAt: string;
            createdBy: string;
            /** @description 逾期天数（未逾期为 0） */
            daysOverdue: number;
            doneBy: string | null;
            /**
             * Format: date
             * @example 2013-03-01
             */
            doneOn: string | null;
            /**
             * Format: date
             * @example 2013-03-01
             */
            dueOn: string;
            /** Format: uuid */
            id: string;
            /** @description 是否逾期（未完成且已过完成期限） */
            overdue: boolean;
            owner: string;
            ownerSide: components["schemas"]["Side"];
            /** @example 西虹桥公司 */
            ownerSideLabel: string;
            /** @example GJ17 */
            projectCode: string;
            status: components["schemas"]["ActionItemStatus"];
            /** @example 未完成 */
            statusLabel: string;
            version: number;
        };
        AgreedAmountDto: {
            /**
             * @description 商定金额（元，最多两位小数）
             * @example 85000.00
             */
            amount: string;
            /**
             * @description 补偿项目编码
             * @example SS-BC
             */
            code: string;
            /**
             * @description 说明
             * @example 经产权单位协商确定
             */
            remark?: string;
        };
        AgreedAmountView: {
            /**
             * @description 商定金额（元，两位小数）
             * @example 85000.00
             */
            amount: string;
            /**
             * @description 补偿项目编码
             * @example SS-BC
             */
            code: string;
            /**
             * @description 说明
             * @example 经产权单位协商确定
             */
            remark?: string;
        };
        /**
         * @description 补偿方式：货币补偿 / 产权调换
         * @enum {string}
         */
        AgreementMethod: "monetary" | "swap";
        AgreementPrintView: {
            /**
             * @description 征收部门（甲方）
             * @example 徐泾镇人民政府
             */
            acquirer: string;
            agreement: components["schemas"]["AgreementView"];
            /** @description 补偿明细（适用的各项） */
            lines: components["schemas"]["PrintAmountView"][];
            /**
             * @description 被征收人（乙方）
             * @example 张建国
             */
            party: string;
            /** @description 应付金额（产权调换为差价） */
            payable: components["schemas"]["PrintAmountView"];
            /** @example GJ17 */
            projectCode: string;
            /**
             * @description 征收项目
             * @example 轨交17号线
             */
            projectName: string;
            /**
             * @description 被征收对象编号
             * @example GJ17-0001
             */
            subjectCode: string;
            /** @description 补偿总额 */
            total: components["schemas"]["PrintAmountView"];
        };
        /** @enum {string} */
        AgreementStatus: "draft" | "signed" | "voided";
        AgreementView: {
            /**
             * @description 应付被征收户金额（元）
             * @example 452310.25
             */
            agreed: string;
            /**
             * @description 未付余额（元）
             * @example 452310.25
             */
            balance: string;
            /** Format: uuid */
            calculationId: string;
            /** Format: uuid */
            caseId: string;
            /**
             * @description 补偿总额（元）
             * @example 452310.25
             */
            compensation: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            createdAt: string;
            createdBy: string;
            /** @description 应安置面积（平方米） */
            entitlementArea: string | null;
            /** Format: uuid */
            id: string;
            method: components["schemas"]["AgreementMethod"];
            /** @example 货币补偿 */
            methodLabel: string;
            /** @description 搬家费（元） */
            movingFee: string;
            /**
             * @description 已付（元，支付减冲正）
             * @example 0.00
             */
            paid: string;
            /**
             * Format: date
             * @description 付款期限
             * @example 2013-03-01
             */
            paymentDeadline: string | null;
            /** @description 签约顺序号（项目内按补偿方式编号） */
            sequenceNo: number | null;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            signedAt: string | null;
            signedBy: string | null;
            /**
             * Format: date
             * @description 签约日期
             * @example 2013-03-01
             */
            signedOn: string | null;
            status: components["schemas"]["AgreementStatus"];
            /** @example 已签约 */
            statusLabel: string;
            swap: components["schemas"]["SwapDifferenceView"] | null;
            /** @description 安置房面积（平方米） */
            swapArea: string | null;
            /** @description 安置房地点 */
            swapLocation: string | null;
            /** @description 临时安置费（元） */
            temporaryResettlementFee: string;
            transitionMethod: components["schemas"]["TransitionMethod"] | null;
            /** @example 货币过渡 */
            transitionMethodLabel: string | null;
            /** @description 过渡期限（月） */
            transitionMonths: number | null;
            version: number;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            voidedAt: string | null;
            voidedBy: string | null;
            voidReason: string | null;
        };
        /** @enum {string} */
        AllocationPurpose: "resettlement" | "turnover";
        /** @enum {string} */
        AllocationStatus: "reserved" | "allocated" | "delivered" | "released";
        AllocationView: {
            /** Format: uuid */
            agreementId: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            allocatedAt: string;
            allocatedBy: string;
            /** Format: uuid */
            caseId: string;
            deliveredBy: string | null;
            /** Format: date */
            deliveredOn: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            purpose: components["schemas"]["AllocationPurpose"];
            /** @example 安置房 */
            purposeLabel: string;
            /**
             * Format: uuid
             * @description 交房签收单（附件）
             */
            receiptAttachmentId: string | null;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            releasedAt: string | null;
            releasedBy: string | null;
            releaseReason: string | null;
            /**
             * Format: date-time
             * @description 预留时间（先预留、后分配的房源）
             * @example 2013-03-01T09:30:00.000+08:00
             */
            reservedAt: string | null;
            reservedBy: string | null;
            /** @description 预留原因 */
            reserveReason: string | null;
            /** Format: uuid */
            roundId: string | null;
            status: components["schemas"]["AllocationStatus"];
            /** @example 已分配 */
            statusLabel: string;
            unit: components["schemas"]["ChoosingUnitView"];
            version: number;
        };
        AnswerDto: {
            /** @description 读取时的版本号（防止覆盖他人的答复） */
            version: number;
        };
        AnswerLineDto: {
            /** @description 读取时结算行的 version */
            version: number;
        };
        AreaProgressView: {
            /** @description 已移交的案件 */
            drill: components["schemas"]["CaseDrillView"];
            /** @description 已移交地块面积（m²） */
            handedOverArea: string;
            handedOverParcels: number;
            parcels: number;
            /** @description 已移交面积 / 总面积 */
            rate: number | null;
            /**
             * @description 地块面积合计（m²）
             * @example 12000.00
             */
            totalArea: string;
        };
        AreaTotalView: {
            /**
             * @description 面积合计（平方米）
             * @example 25001.00
             */
            area: string;
            /** @description 宗数 */
            count: number;
            /**
             * @description 类型代码（所有权人类型或土地用途）
             * @example village
             */
            key: string;
            /** @example 村集体 */
            label: string;
        };
        AttachmentView: {
            /** @example 移交单（签字）.pdf */
            fileName: string;
            /** Format: uuid */
            id: string;
            /**
             * @description 按文件内容识别的类型
             * @example application/pdf
             */
            mediaType: string;
            /** Format: uuid */
            ownerId: string;
            /**
             * @description 所属记录的类型
             * @example communication
             */
            ownerType: string;
            /** @description SHA-256（十六进制） */
            sha256: string;
            /** @description 字节数 */
            size: number;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            uploadedAt: string;
            uploadedBy: string;
        };
        AuditChangeView: {
            /** @description 修改后的字段（时间为 +08:00） */
            after: {
                [key: string]: unknown;
            } | null;
            /** @description 修改前的字段（时间为 +08:00） */
            before: {
                [key: string]: unknown;
            } | null;
            entityId: string;
            /** @example household */
            entityType: string;
            /** Format: uuid */
            projectId: string | null;
        };
        AuditEntryPage: {
            items: components["schemas"]["AuditEntryView"][];
            /** @description 符合条件的总条数 */
            total: number;
            /** @description total 是否精确；为 false 时符合条件的至少有 total 条（计到一万条为止） */
            totalExact?: boolean;
        };
        AuditEntryView: {
            /** @example case.transition */
            action: string;
            changes: components["schemas"]["AuditChangeView"][];
            /** @description 失败原因 */
            detail: string | null;
            entityId: string | null;
            entityType: string | null;
            /** @description 流水号 */
            id: string;
            ip: string | null;
            method: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            occurredAt: string;
            outcome: components["schemas"]["AuditOutcome"];
            path: string;
            projectCode: string | null;
            /** Format: uuid */
            projectId: string | null;
            requestId: string | null;
            roles: string[];
            /** @description 哪一方：镇动迁办（town）、西虹桥公司（company）或系统（system） */
            side: components["schemas"]["AuditSide"];
            statusCode: number;
            /** Format: uuid */
            userId: string | null;
            /** @description 操作人（登录时为所填用户名） */
            username: string;
        };
        /** @enum {string} */
        AuditOutcome: "success" | "failure";
        /**
         * @description 哪一方：镇动迁办（town）、西虹桥公司（company）或系统（system）
         * @enum {string}
         */
        AuditSide: "town" | "company" | "system";
        BalanceView: {
            /** @description 应付（元） */
            agreed: string;
            /** @description 未付（元） */
            balance: string;
            /** @description 已付（元） */
            paid: string;
        };
        BaseDetailView: {
            address: string | null;
            buildingList: components["schemas"]["BuildingView"][];
            /** @description 楼栋数 */
            buildings: number;
            /** @example EL */
            code: string;
            /** Format: uuid */
            id: string;
            /** @example 二联小高层基地 */
            name: string;
            /**
             * Format: date
             * @description 计划交付日期
             * @example 2013-03-01
             */
            plannedDeliveryOn: string | null;
            remarks: string | null;
            stage: components["schemas"]["BaseStage"];
            /** @example 在建 */
            stageLabel: string;
            /** @description 各阶段（规划→前期手续→在建→竣工→交付中）的计划和实际完成日期 */
            steps: components["schemas"]["StageStepView"][];
            /** @description 各状态的房源套数 */
            units: components["schemas"]["UnitCountsView"];
            version: number;
        };
        /** @enum {string} */
        BaseStage: "planning" | "preliminary" | "construction" | "completed" | "delivering";
        BaseView: {
            address: string | null;
            /** @description 楼栋数 */
            buildings: number;
            /** @example EL */
            code: string;
            /** Format: uuid */
            id: string;
            /** @example 二联小高层基地 */
            name: string;
            /**
             * Format: date
             * @description 计划交付日期
             * @example 2013-03-01
             */
            plannedDeliveryOn: string | null;
            remarks: string | null;
            stage: components["schemas"]["BaseStage"];
            /** @example 在建 */
            stageLabel: string;
            /** @description 各阶段（规划→前期手续→在建→竣工→交付中）的计划和实际完成日期 */
            steps: components["schemas"]["StageStepView"][];
            /** @description 各状态的房源套数 */
            units: components["schemas"]["UnitCountsView"];
            version: number;
        };
        /** @enum {string} */
        BatchStatus: "queued" | "running" | "succeeded" | "failed";
        BuildingGridView: {
            /** @example BC */
            baseCode: string;
            /** Format: uuid */
            baseId: string;
            /** @example 徐泾北城安置基地 */
            baseName: string;
            /** @example 交付中 */
            baseStageLabel: string;
            /** @example 3号楼 */
            buildingCode: string;
            /** Format: uuid */
            buildingId: string;
            /**
             * @description 列（室号去掉楼层后的部分）
             * @example [
             *       "01",
             *       "02",
             *       "03",
             *       "04"
             *     ]
             */
            columns: string[];
            counts: components["schemas"]["UnitCountsView"];
            floors: number;
            /**
             * Format: date
             * @example 2013-03-01
             */
            plannedDeliveryOn: string | null;
            /** @description 各层，高层在前 */
            rows: components["schemas"]["GridFloorView"][];
        };
        BuildingView: {
            /** Format: uuid */
            baseId: string;
            /** @example 12号楼 */
            code: string;
            /** @description 层数 */
            floors: number;
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @description 期房的计划交付日期
             * @example 2013-03-01
             */
            plannedDeliveryOn: string | null;
            units: components["schemas"]["UnitCountsView"];
            version: number;
        };
        CalculationLineView: {
            /**
             * @description 金额（元，两位小数）
             * @example 189486.88
             */
            amount: string;
            /**
             * @description 金额（千分位）
             * @example 189,486.88
             */
            amountText: string;
            applicable: boolean;
            /** @example JA-CZ */
            code: string;
            inputs: components["schemas"]["LineInputView"][];
            /** @example 建安重置价 */
            name: string;
            /** @description 上下限说明 */
            note: string | null;
            /** @description 不适用的原因 */
            reason: string | null;
            /** @example per_area */
            rule: string;
            /**
             * @description 计算规则（文字）
             * @example 120.50 m² × 1,850.00 元/m² × 0.85
             */
            words: string;
        };
        CalculationView: {
            /** @description 市政设施、遗留基地测算时提供的商定金额（其他对象为空） */
            agreed: components["schemas"]["AgreedAmountView"][];
            /**
             * Format: date
             * @description 测算日期（签约奖励按此日期判断）
             * @example 2013-03-01
             */
            asOf: string;
            /** Format: uuid */
            caseId: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            createdAt: string;
            createdBy: string;
            /** @description 测算时读取的事实（面积、结构、认定人口、标志、测算日期、商定金额） */
            facts: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            lines: components["schemas"]["CalculationLineView"][];
            /** Format: uuid */
            schemeVersionId: string;
            /** @description 测算后摸底信息已变更（过期的测算不能签约） */
            stale: boolean;
            /**
             * @description 合计（元，两位小数）
             * @example 452310.25
             */
            total: string;
            /** @example 452,310.25 */
            totalText: string;
        };
        CaseDrillView: {
            /**
             * @description 列表（/api/<list> 与网页 /<list>）
             * @enum {string}
             */
            list: "households" | "enterprises" | "facilities" | "legacy-bases";
            /** @description 地块编号 */
            parcel?: string;
            /**
             * @description 项目编号
             * @example GJ17
             */
            project: string;
            /** @description 案件进度（该状态及以后） */
            reached?: components["schemas"]["CaseStatus"];
            /** @description 过渡安置状态 */
            resettlement?: components["schemas"]["ResettlementStatus"];
            /** @description 案件状态（恰为该状态） */
            status?: components["schemas"]["CaseStatus"];
        };
        CaseMoneyView: {
            agreement: components["schemas"]["AgreementView"] | null;
            /** @description 无有效协议时为 null */
            balance: components["schemas"]["BalanceView"] | null;
            calculation: components["schemas"]["CalculationView"] | null;
            /** Format: uuid */
            caseId: string;
            payments: components["schemas"]["PaymentView"][];
        };
        CaseNextStepView: {
            kind: components["schemas"]["CaseStepKind"];
            /**
             * @description 按钮名称
             * @example 确认摸底
             */
            label: string;
            /** @description 退回须填写原因 */
            reasonRequired: boolean;
            to: components["schemas"]["CaseStatus"];
        };
        /**
         * @description 摸底事实已锁定（只能改联系方式和备注）的案件状态，来自案件生命周期表
         * @enum {string}
         */
        CaseStatus: "surveying" | "surveyed" | "confirmed" | "signed" | "vacated" | "settled" | "handed_over";
        /** @enum {string} */
        CaseStepKind: "forward" | "reversal";
        /** @enum {string} */
        CaseTransitionKind: "open" | "forward" | "reversal" | "system";
        CaseTransitionView: {
            /** @description 操作人 */
            actor: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            at: string;
            from: components["schemas"]["CaseStatus"] | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["CaseTransitionKind"];
            reason: string | null;
            to: components["schemas"]["CaseStatus"];
        };
        CaseView: {
            history: components["schemas"]["CaseTransitionView"][];
            /** Format: uuid */
            id: string;
            nextSteps: components["schemas"]["CaseNextStepView"][];
            resettlementStatus: components["schemas"]["ResettlementStatus"];
            /** @example 无 */
            resettlementStatusLabel: string;
            status: components["schemas"]["CaseStatus"];
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            statusChangedAt: string;
            /** @example 摸底中 */
            statusLabel: string;
            /** Format: uuid */
            subjectId: string;
            subjectType: components["schemas"]["SubjectType"];
            version: number;
        };
        ChangeMilestoneStatusDto: {
            /**
             * Format: date
             * @description 实际完成日期（标为已完成时必填，不能晚于今天）
             */
            actualOn?: string | null;
            status: components["schemas"]["MilestoneStatus"];
            /** @description 读取时的版本号（过期 409） */
            version: number;
        };
        ChangePasswordDto: {
            /** @description 当前密码 */
            currentPassword: string;
            /** @description 新密码（至少 8 位，含大写字母、小写字母、数字、特殊字符中的至少三类） */
            newPassword: string;
        };
        ChangeSurveyStatusDto: {
            /** @description 所有权证书编号（确权时填写，或已在记录上） */
            certificateNo?: string;
            /** @description 新的调查状态（只能向前：未调查 → 调查中 → 已确权） */
            status: components["schemas"]["SurveyStatus"];
            /**
             * @description 版本号（乐观锁）
             * @example 1
             */
            version: number;
        };
        ChoosingBaseView: {
            /** @description 可选房源数（不含周转房） */
            available: number;
            /** @example BC */
            code: string;
            /** Format: uuid */
            id: string;
            /** @example 徐泾北城安置基地 */
            name: string;
            stage: components["schemas"]["BaseStage"];
            /** @example 竣工 */
            stageLabel: string;
            /** @description 房源总数 */
            units: number;
        };
        ChoosingEntryView: {
            /** Format: uuid */
            caseId: string;
            /**
             * @description 案件编号（户编号）
             * @example GJ17-0012
             */
            caseRef: string;
            /**
             * @description 已选面积（m²）
             * @example 80.00
             */
            chosenArea: string;
            /** @description 已完成选房 */
            done: boolean;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            doneAt: string | null;
            /**
             * @description 应安置面积（m²）
             * @example 120.00
             */
            entitlementArea: string;
            /**
             * @description 户主
             * @example 张建国
             */
            householdName: string;
            /** Format: uuid */
            id: string;
            /** @description 轮到该户选房 */
            isNext: boolean;
            /** @description 选房顺序 */
            position: number;
            /** @example GJ17 */
            projectCode: string;
            /** @description 签约顺序号 */
            sequenceNo: number;
            /** @description 过渡方式 */
            transitionMethod: string | null;
            /** @description 本轮所选房源 */
            units: components["schemas"]["AllocationView"][];
        };
        ChoosingRoundDetailView: {
            /** @example xj-order-v1 */
            algorithm: string;
            /** @description 排序方法说明 */
            algorithmDescription: string;
            /** Format: uuid */
            baseId: string;
            /** @example 徐泾北城安置基地 */
            baseName: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            closedAt: string | null;
            /** @description 已完成选房的户数 */
            doneCount: number;
            entries: components["schemas"]["ChoosingEntryView"][];
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description 轮到选房的一户
             */
            nextEntryId: string | null;
            /** @example XF-2026-001 */
            number: string;
            /** @description 顺序哈希（SHA-256） */
            orderHash: string;
            /**
             * @example [
             *       "GJ17"
             *     ]
             */
            projectCodes: string[];
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            publishedAt: string;
            publishedBy: string;
            /** @description 公布的种子 */
            seed: string;
            status: components["schemas"]["ChoosingRoundStatus"];
            /** @example 已公布 */
            statusLabel: string;
            version: number;
        };
        /** @enum {string} */
        ChoosingRoundStatus: "published" | "closed";
        ChoosingRoundView: {
            /** @example xj-order-v1 */
            algorithm: string;
            /** @description 排序方法说明 */
            algorithmDescription: string;
            /** Format: uuid */
            baseId: string;
            /** @example 徐泾北城安置基地 */
            baseName: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            closedAt: string | null;
            /** Format: uuid */
            id: string;
            /** @example XF-2026-001 */
            number: string;
            /** @description 顺序哈希（SHA-256） */
            orderHash: string;
            /**
             * @example [
             *       "GJ17"
             *     ]
             */
            projectCodes: string[];
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            publishedAt: string;
            publishedBy: string;
            /** @description 公布的种子 */
            seed: string;
            status: components["schemas"]["ChoosingRoundStatus"];
            /** @example 已公布 */
            statusLabel: string;
            version: number;
        };
        ChoosingUnitView: {
            /**
             * @description 建筑面积（m²）
             * @example 80.00
             */
            area: string;
            /** Format: uuid */
            baseId: string;
            /** @example 徐泾北城安置基地 */
            baseName: string;
            /** @example 3号楼 */
            buildingCode: string;
            floor: number;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["UnitKind"];
            /** @example 现房 */
            kindLabel: string;
            /** @description `徐泾北城安置基地 3号楼 1502室` */
            label: string;
            /** @example 两室一厅 */
            layout: string;
            /**
             * @description 市场价（元/m²）
             * @example 30000.00
             */
            marketPrice: string;
            /** Format: date */
            plannedDeliveryOn: string | null;
            /**
             * @description 安置价（元/m²）
             * @example 6000.00
             */
            resettlementPrice: string;
            status: components["schemas"]["UnitStatus"];
            /** @example 可选 */
            statusLabel: string;
            turnover: boolean;
            /** @example 1502 */
            unitNo: string;
        };
        ClearanceView: {
            /** @description 目前过渡户数 */
            currentStock: number;
            /** @example GJ17 */
            projectCode: string | null;
            /** @description 目前过渡户中尚无计划交付日期（未分配房源或房源无计划日期）的户数 */
            unscheduled: number;
            years: components["schemas"]["ClearanceYearView"][];
        };
        ClearanceYearView: {
            /** @description 年内已交房安置（住房问题解决） */
            delivered: number;
            /** @description 预计年末存量 = 年初 + 新增 − 已交房 − 预计交房 */
            endStock: number;
            /** @description 年内新增过渡户（腾地） */
            entered: number;
            /** @description 按计划交付日期预计交房（已分配未交付；今年含计划日期已过者） */
            projected: number;
            /** @description 年初数为推算（上一年预计年末） */
            projectedStart: boolean;
            /** @description 年初过渡户存量（以后年份为上一年的预计年末数） */
            startStock: number;
            /** @example 2026 */
            year: number;
        };
        CloseChoosingRoundDto: {
            /** @description 读取时的版本号 */
            version: number;
        };
        /** @enum {string} */
        CommunicationKind: "meeting" | "notice";
        CommunicationPage: {
            items: components["schemas"]["CommunicationView"][];
            /** @description 符合条件的总条数 */
            total: number;
        };
        CommunicationView: {
            actionItems: components["schemas"]["ActionItemView"][];
            companyParticipants: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date
             * @example 2013-03-01
             */
            heldOn: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["CommunicationKind"];
            /** @example 会议 */
            kindLabel: string;
            minutes: string;
            /** @description 未完成的事项数 */
            openItems: number;
            /** @description 逾期的事项数 */
            overdueItems: number;
            /** @example GJ17 */
            projectCode: string;
            /** @description 记录方 */
            recordedBySide: components["schemas"]["Side"];
            /** @example 镇动迁办 */
            recordedBySideLabel: string;
            subject: string;
            townParticipants: string;
        };
        ConfirmationBatchPage: {
            items: components["schemas"]["ConfirmationBatchSummary"][];
            /** @description 符合条件的总条数 */
            total: number;
        };
        /** @enum {string} */
        ConfirmationBatchState: "open" | "closed";
        ConfirmationBatchSummary: {
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            closedAt: string | null;
            /** @description 已确认（未失效） */
            confirmed: number;
            /** @description 批次哈希（各行案件与内容哈希的 SHA-256） */
            contentHash: string;
            /** Format: uuid */
            id: string;
            lines: number;
            note: string | null;
            /** @description 第 N 批 */
            number: number;
            /** @description 待确认 */
            pending: number;
            /** @example GJ17 */
            projectCode: string;
            /** @description 已退回 */
            rejected: number;
            state: components["schemas"]["ConfirmationBatchState"];
            /** @example 待公司确认 */
            stateLabel: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            submittedAt: string;
            submittedBy: string;
            /**
             * @description 镇方金额合计（没有一件附测算时为空）（元，两位小数）
             * @example 190391.38
             */
            townTotal: string | null;
            /** @description 已失效 */
            voided: number;
        };
        ConfirmationBatchView: {
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            closedAt: string | null;
            /** @description 已确认（未失效） */
            confirmed: number;
            /** @description 批次哈希（各行案件与内容哈希的 SHA-256） */
            contentHash: string;
            /** Format: uuid */
            id: string;
            items: components["schemas"]["ConfirmationLineView"][];
            lines: number;
            note: string | null;
            /** @description 第 N 批 */
            number: number;
            /** @description 待确认 */
            pending: number;
            /** @example GJ17 */
            projectCode: string;
            /** @description 已退回 */
            rejected: number;
            state: components["schemas"]["ConfirmationBatchState"];
            /** @example 待公司确认 */
            stateLabel: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            submittedAt: string;
            submittedBy: string;
            /** @description 差异汇总 */
            totals: components["schemas"]["ConfirmationTotalsView"];
            /**
             * @description 镇方金额合计（没有一件附测算时为空）（元，两位小数）
             * @example 190391.38
             */
            townTotal: string | null;
            /** @description 已失效 */
            voided: number;
        };
        ConfirmationCalculationLineView: {
            /**
             * @description 金额（元，两位小数）
             * @example 190391.38
             */
            amount: string;
            code: string;
            name: string;
        };
        ConfirmationCandidateList: {
            /** @description 按编号排序的一页 */
            items: components["schemas"]["ConfirmationCandidateView"][];
            /** @description 下一页的翻页位置（作为 after 传回）；没有更多时为 null */
            next: string | null;
        };
        ConfirmationCandidateView: {
            /** Format: uuid */
            caseId: string;
            /** @description 地块编号 */
            parcelCode: string;
            party: string;
            /** @example 已摸底 */
            statusLabel: string;
            subjectCode: string;
            subjectType: components["schemas"]["SubjectType"];
            /** @example 民房 */
            subjectTypeLabel: string;
        };
        ConfirmationFactsView: {
            /** @description 各类面积（m²）：certified 产证、surveyed 测绘、recognised 认定、licensed 有证、unlicensed 无证、homestead 宅基地 */
            areas: {
                [key: string]: string;
            };
            /** @description 认定人口 */
            recognisedPersons: number | null;
            /** @description 房屋结构 */
            structure: string | null;
        };
        ConfirmationLineList: {
            /** @description 新的在前 */
            items: components["schemas"]["ConfirmationLineView"][];
        };
        /** @enum {string} */
        ConfirmationLineState: "pending" | "confirmed" | "rejected" | "voided";
        ConfirmationLineView: {
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            answeredAt: string | null;
            answeredBy: string | null;
            /** Format: uuid */
            batchId: string;
            /** @description 批次号（第 N 批） */
            batchNumber: number;
            /** @description 提交时的测算明细（无测算为空） */
            calculationLines: components["schemas"]["ConfirmationCalculationLineView"][];
            /** Format: uuid */
            caseId: string;
            /**
             * @description 公司认定金额（元，两位小数）
             * @example 190391.38
             */
            companyFigure: string | null;
            /** @description 内容哈希（提交内容的 SHA-256） */
            contentHash: string;
            /**
             * @description 差额（公司认定金额 − 镇方金额）（元，两位小数）
             * @example 190391.38
             */
            difference: string | null;
            /** @description 提交时的摸底信息（摘要） */
            facts: components["schemas"]["ConfirmationFactsView"];
            /** Format: uuid */
            id: string;
            /** @description 被征收人（户主、企业名称、产权单位或基地名称） */
            party: string;
            /** @description 序号 */
            position: number;
            /** @example GJ17 */
            projectCode: string;
            /** @description 退回原因 */
            reason: string | null;
            state: components["schemas"]["ConfirmationLineState"];
            /** @example 待确认 */
            stateLabel: string;
            /** @description 征收对象编号 */
            subjectCode: string;
            subjectType: components["schemas"]["SubjectType"];
            /** @example 民房 */
            subjectTypeLabel: string;
            /**
             * @description 镇方金额（提交时的测算合计；无测算为空）（元，两位小数）
             * @example 190391.38
             */
            townFigure: string | null;
            version: number;
            /**
             * Format: date-time
             * @description 确认失效的时间
             * @example 2013-03-01T09:30:00.000+08:00
             */
            voidedAt: string | null;
            /** @description 失效原因 */
            voidReason: string | null;
        };
        ConfirmationTotalsView: {
            /**
             * @description 公司认定金额合计（未给出金额的按镇方金额计）（元，两位小数）
             * @example 190391.38
             */
            company: string;
            /**
             * @description 差额合计（公司 − 镇方）（元，两位小数）
             * @example 190391.38
             */
            difference: string;
            /**
             * @description 镇方金额合计（元，两位小数）
             * @example 190391.38
             */
            town: string;
        };
        ConfirmUnlicensedAreaDto: {
            /**
             * @description 确认的无证面积（平方米，须与建议一致）
             * @example 85.50
             */
            area: string;
            /**
             * @description 该户的版本号（乐观锁，填写读取建议时的 householdVersion）
             * @example 3
             */
            householdVersion: number;
        };
        CountView: {
            count: number;
            drill: components["schemas"]["CaseDrillView"];
        };
        CreateAllocationDto: {
            /**
             * Format: uuid
             * @description 案件（选房户）
             */
            caseId: string;
            /** @description resettlement 安置房，turnover 周转房 */
            purpose: components["schemas"]["AllocationPurpose"];
            /**
             * Format: uuid
             * @description 选房轮次（在轮次中选房时必填；周转房不填）
             */
            roundId?: string;
            /**
             * Format: uuid
             * @description 房源（所选）
             */
            unitId: string;
        };
        CreateBaseDto: {
            /**
             * @description 地址
             * @example 徐泾镇二联村
             */
            address?: string | null;
            /**
             * @description 基地编号（大写字母和数字，2 至 20 位），导入房源时使用
             * @example EL
             */
            code: string;
            /**
             * @description 基地名称
             * @example 二联小高层基地
             */
            name: string;
            /**
             * Format: date
             * @description 计划交付日期
             */
            plannedDeliveryOn?: string | null;
            /** @description 备注 */
            remarks?: string | null;
            /** @description 阶段，默认规划 */
            stage?: components["schemas"]["BaseStage"];
            stageDates?: components["schemas"]["StageDatesDto"];
        };
        CreateBuildingDto: {
            /**
             * @description 楼号
             * @example 12号楼
             */
            code: string;
            /**
             * @description 地上层数
             * @example 18
             */
            floors: number;
            /**
             * Format: date
             * @description 期房楼栋的计划交付日期；现房不填
             */
            plannedDeliveryOn?: string | null;
        };
        CreateCalculationDto: {
            /** @description 市政设施、遗留基地的商定金额 */
            agreed?: components["schemas"]["AgreedAmountDto"][];
            /**
             * Format: date
             * @description 测算日期（YYYY-MM-DD，签约奖励按此日期判断；默认今天）
             * @example 2013-06-01
             */
            asOf?: string;
        };
        CreateChoosingRoundDto: {
            /**
             * Format: uuid
             * @description 安置基地
             */
            baseId: string;
            /**
             * @description 参加选房的项目编号
             * @example [
             *       "GJ17"
             *     ]
             */
            projectCodes: string[];
            /**
             * @description 公开的种子（如当期福利彩票开奖号码）；不填则由系统生成 32 字节随机数
             * @example 2026120401
             */
            seed?: string;
        };
        CreateCommunicationDto: {
            /** @description 落实事项 */
            actionItems?: components["schemas"]["ActionItemDto"][];
            /**
             * @description 公司方参加人员
             * @example 赵华（西虹桥公司）
             */
            companyParticipants: string;
            /**
             * Format: date
             * @description 日期（YYYY-MM-DD）
             * @example 2013-06-01
             */
            heldOn: string;
            /** @description meeting 会议，notice 通知 */
            kind: components["schemas"]["CommunicationKind"];
            /** @description 纪要或通知内容 */
            minutes: string;
            /**
             * @description 主题
             * @example 17号线二联村段动迁进度协调会
             */
            subject: string;
            /**
             * @description 镇方参加人员
             * @example 王强（动迁办）、李明（经办人）
             */
            townParticipants: string;
        };
        CreateConfirmationBatchDto: {
            /** @description 提交确认的案件（须为本项目“已摸底”且不在其他待确认批次中），1–200 个 */
            caseIds: string[];
            /**
             * @description 批次说明
             * @example 二联村第一批已摸底民房
             */
            note?: string;
        };
        CreateEnterpriseDto: {
            /**
             * @description 建筑面积（平方米，最多两位小数）
             * @example 1800.00
             */
            buildingArea?: string | null;
            /**
             * @description 经营类型
             * @example 制造业
             */
            businessType?: string | null;
            /**
             * @description 企业编号（项目内唯一）
             * @example GJ17-QY-001
             */
            code: string;
            /**
             * @description 统一社会信用代码（18 位）
             * @example 91350100M000100Y43
             */
            creditCode: string;
            /**
             * @description 从业人数
             * @example 35
             */
            employees?: number | null;
            /**
             * @description 占地面积（平方米，最多两位小数）
             * @example 2500.00
             */
            landArea?: string | null;
            /**
             * @description 法定代表人
             * @example 王明
             */
            legalRepresentative: string;
            /**
             * @description 停产停业损失月度金额（元/月，最多两位小数）
             * @example 20000.00
             */
            monthlyLoss?: string | null;
            /**
             * @description 企业名称
             * @example 上海徐泾五金制品厂
             */
            name: string;
            /**
             * @description 地块编号
             * @example GJ17-01
             */
            parcelCode: string;
            /**
             * @description 项目编号
             * @example GJ17
             */
            projectCode: string;
            /** @description 备注 */
            remarks?: string | null;
            /**
             * @description 停产停业月数
             * @example 6
             */
            suspensionMonths?: number | null;
        };
        CreateExportDto: {
            /** @description 筛选条件 */
            filters?: components["schemas"]["ExportFiltersDto"];
            /**
             * @description 导出内容：household-ledger 动迁户台账，case-progress 案件进度统计，agreement-ledger 签约台账，payment-ledger 支付台账，recalculation-diff 重新测算差异表（需指定 filters.recalculation），settlement-statement 结算单（需指定 filters.statement），reconciliation 三账对账表（需指定 filters.project），handover-certificate 移交单（需指定 filters.handover），unit-inventory 安置房源清单（可按 filters.base 基地编号筛选），transitional-fee-batch 过渡费支付清单（需指定 filters.feeBatch，财务、管理员、领导），choosing-order 选房顺序表（需指定 filters.round），public-disclosure 阳光征收公示表（需指定 filters.project；户编号、村、户主姓名部分隐去、认定面积、补偿总额、签约日期；经办人、领导、管理员），monthly-progress-report 月度推进情况报告（filters.month 报告月份，不填为数据最新日期所在月；各年度目标本月/累计/完成率/年末预测、各项目推进漏斗、逾期时间节点，附图表；领导、管理员、经办人），rectification-ledger 综合整治台账（可按 filters.year 年度、filters.village 村筛选；经办人、领导、管理员），land-consolidation-plan 集体土地归并方案（需指定 filters.plan；经办人、领导、管理员）
             * @enum {string}
             */
            kind: "household-ledger" | "case-progress" | "agreement-ledger" | "payment-ledger" | "recalculation-diff" | "settlement-statement" | "reconciliation" | "handover-certificate" | "unit-inventory" | "transitional-fee-batch" | "choosing-order" | "public-disclosure" | "monthly-progress-report" | "rectification-ledger" | "land-consolidation-plan";
        };
        CreateFacilityDto: {
            /**
             * @description 设施编号（项目内唯一）
             * @example GJ17-SZ-001
             */
            code: string;
            /**
             * @description 设施说明
             * @example 10kV 架空线路
             */
            description?: string | null;
            /**
             * @description 设施类别
             * @example power
             * @enum {string}
             */
            kind: "power" | "telecom" | "water" | "drainage" | "gas" | "road" | "bridge" | "other";
            /**
             * @description 产权单位
             * @example 国网上海市北供电公司
             */
            ownerUnit: string;
            /**
             * @description 地块编号
             * @example GJ17-01
             */
            parcelCode: string;
            /**
             * @description 项目编号
             * @example GJ17
             */
            projectCode: string;
            /**
             * @description 数量（最多两位小数）
             * @example 12
             */
            quantity: string;
            /** @description 备注 */
            remarks?: string | null;
            /**
             * @description 计量单位（如 米、根、座）
             * @example 根
             */
            unit: string;
        };
        CreateFeeBatchDto: {
            /**
             * @description 项目编号
             * @example GJ17
             */
            projectCode: string;
            /**
             * @description 截至月份（YYYY-MM：包含截至该月的未支付过渡费）
             * @example 2026-11
             */
            throughMonth: string;
        };
        CreateHandoverDto: {
            /**
             * @description 移交面积（平方米，最多两位小数）
             * @example 12500.50
             */
            area: string;
            /**
             * @description 公司方接收人员
             * @example 赵华（西虹桥公司）
             */
            companyPeople: string;
            /**
             * Format: date
             * @description 移交日期（YYYY-MM-DD）
             * @example 2014-03-01
             */
            handedOverOn: string;
            /**
             * @description 移交的地块编号
             * @example GJ17-01
             */
            parcelCode: string;
            /** @description 备注 */
            remarks?: string | null;
            /**
             * @description 镇方移交人员
             * @example 王强（动迁办）、李明
             */
            townPeople: string;
        };
        CreateHouseholdDto: {
            /**
             * @description 证载面积（平方米，最多两位小数）
             * @example 120.50
             */
            certifiedArea?: string | null;
            /**
             * @description 户编号（项目内唯一）
             * @example GJ17-0001
             */
            code: string;
            /** @description 家中有残疾人 */
            disabled?: boolean;
            /**
             * @description 重复户主原因（一人多户：户主身份证号已是本项目其他户的户主时必填，2–200 字；不填则拒绝，422，details 中 rule 为 duplicate-head）
             * @example 户主在本项目另有一处宅基地，经村委会核实
             */
            duplicateHeadReason?: string | null;
            /**
             * @description 村民小组
             * @example 3组
             */
            group?: string | null;
            /**
             * @description 户主身份证号（18 位）
             * @example 11010519491231002X
             */
            headIdNumber: string;
            /**
             * @description 户主姓名
             * @example 张建国
             */
            headName: string;
            /**
             * @description 宅基地面积（平方米，最多两位小数）
             * @example 150.00
             */
            homesteadArea?: string | null;
            /**
             * @description 合法建筑面积（有证，平方米，最多两位小数）
             * @example 120.50
             */
            licensedArea: string;
            /** @description 低保户 */
            lowIncome?: boolean;
            /** @description 家庭成员（最多 30 人；提供时整体替换） */
            members?: components["schemas"]["HouseholdMemberDto"][];
            /** @description 独生子女户 */
            onlyChild?: boolean;
            /**
             * @description 地块编号
             * @example GJ17-01
             */
            parcelCode: string;
            /**
             * @description 联系电话
             * @example 13812345678
             */
            phone?: string | null;
            /**
             * @description 项目编号
             * @example GJ17
             */
            projectCode: string;
            /**
             * @description 认定面积（平方米，最多两位小数）
             * @example 120.50
             */
            recognisedArea?: string | null;
            /**
             * @description 户籍人数
             * @example 3
             */
            registeredPersons: number;
            /** @description 备注 */
            remarks?: string | null;
            /**
             * @description 房屋结构
             * @enum {string}
             */
            structure?: "reinforced_concrete" | "brick_concrete" | "brick_wood" | "simple";
            /**
             * @description 测绘面积（平方米，最多两位小数）
             * @example 121.30
             */
            surveyedArea?: string | null;
            /**
             * @description 摸底日期（YYYY-MM-DD，不晚于今天）
             * @example 2013-03-01
             */
            surveyedOn?: string | null;
            /**
             * @description 无证建筑面积（平方米，最多两位小数）
             * @example 20.00
             */
            unlicensedArea?: string | null;
            /**
             * @description 所在村
             * @example 二联村
             */
            village: string;
            /**
             * @description 建造年份
             * @example 1995
             */
            yearBuilt?: number | null;
        };
        CreateImportDto: {
            /**
             * @description 试导入：只校验并生成错误报告，不写入数据
             * @default false
             */
            dryRun?: boolean;
            /**
             * @description 导入类型
             * @example households
             * @enum {string}
             */
            kind: "households" | "enterprises" | "parcels" | "units" | "land-ownership";
        };
        CreateLegacyBaseDto: {
            /**
             * @description 面积（平方米，最多两位小数）
             * @example 3500.00
             */
            area?: string | null;
            /**
             * @description 遗留基地编号（项目内唯一）
             * @example GJ17-YL-001
             */
            code: string;
            /**
             * @description 剩余户数
             * @default 0
             * @example 4
             */
            householdsRemaining?: number | null;
            /**
             * @description 基地名称
             * @example 原318国道拓宽遗留地块
             */
            name: string;
            /**
             * @description 原项目
             * @example 318国道拓宽工程
             */
            originalProject?: string | null;
            /**
             * @description 地块编号
             * @example GJ17-01
             */
            parcelCode: string;
            /**
             * @description 项目编号
             * @example GJ17
             */
            projectCode: string;
            /** @description 备注 */
            remarks?: string | null;
        };
        CreateMilestoneDto: {
            /**
             * @description 所属安置基地编号（与项目二选一）
             * @example EL
             */
            baseCode?: string;
            /**
             * Format: uuid
             * @description 前置节点（须先完成）
             */
            dependsOnId?: string | null;
            /**
             * @description 节点名称
             * @example 两线一圈地块腾地完成
             */
            name: string;
            /**
             * Format: date
             * @description 计划完成日期
             */
            plannedOn: string;
            /**
             * @description 所属项目编号（与安置基地二选一）
             * @example LXYQ
             */
            projectCode?: string;
            /** @description 备注 */
            remarks?: string | null;
            /**
             * @description 责任人姓名
             * @example 王建国
             */
            responsibleName?: string | null;
            /**
             * @description 责任单位
             * @example 动迁办
             */
            responsibleUnit: string;
            /**
             * Format: uuid
             * @description 责任人账号（逾期时通知此人）
             */
            responsibleUserId?: string | null;
        };
        CreateOwnershipDto: {
            /**
             * @description 面积（平方米，最多两位小数）
             * @example 12500.50
             */
            area: string;
            /**
             * @description 所有权证书编号（已确权的必填）
             * @example 沪集有(2013)青字第001号
             */
            certificateNo?: string | null;
            /**
             * @description 登记编号（唯一，再次导入时按它更新）
             * @example EL-JT-001
             */
            code: string;
            /** @description 土地用途 */
            landUse: components["schemas"]["LandUse"];
            /**
             * @description 坐落（不在项目地块上的土地须填写）
             * @example 二联村北横港以南
             */
            location?: string | null;
            /** @description 所有权人类型：town 镇集体、village 村集体、group 村民小组 */
            ownerKind: components["schemas"]["OwnerKind"];
            /**
             * @description 所有权人名称
             * @example 二联村农民集体
             */
            ownerName: string;
            /**
             * @description 地块编号
             * @example GJ17-01
             */
            parcelCode?: string;
            /**
             * @description 项目编号（土地在项目地块上时填写，与地块编号一起）
             * @example GJ17
             */
            projectCode?: string;
            /** @description 备注 */
            remarks?: string | null;
            /**
             * @description 所在村（填了地块时取地块的村）
             * @example 二联村
             */
            village?: string;
        };
        CreateParcelDto: {
            /**
             * @description 地块面积（平方米，最多两位小数）
             * @example 12500.50
             */
            area: string;
            /**
             * @description 地块编号（项目内唯一，如 GJ17-01）
             * @example GJ17-04
             */
            code: string;
            /**
             * @description 土地权属（collective 集体 / state 国有）
             * @enum {string}
             */
            landOwnership: "collective" | "state";
            /** @description 备注 */
            remarks?: string;
            /**
             * @description 地块状态
             * @enum {string}
             */
            status?: "surveying" | "clearing" | "cleared" | "handed_over";
            /**
             * @description 所在村
             * @example 二联村
             */
            village: string;
        };
        CreatePlanDto: {
            /**
             * @description 方案名称
             * @example 二联村集体建设用地归并方案
             */
            name: string;
            /** @description 归并的所有权记录（id） */
            ownershipIds: string[];
            /** @description 说明 */
            remarks?: string | null;
            /** @description 归并后的所有权人类型 */
            targetOwnerKind: components["schemas"]["OwnerKind"];
            /**
             * @description 归并后的所有权人
             * @example 徐泾镇农民集体
             */
            targetOwnerName: string;
            /** @description 归并后的土地用途 */
            targetUse: components["schemas"]["LandUse"];
        };
        CreateProgressEntryDto: {
            /**
             * Format: date
             * @description 进展日期（目标年度内，不晚于今天）
             * @example 2013-06-30
             */
            enteredOn: string;
            /**
             * Format: uuid
             * @description 佐证材料（已上传附件的 id）
             */
            evidenceAttachmentId?: string | null;
            /**
             * @description 说明
             * @example 第二期职业技能培训结业
             */
            note?: string | null;
            /**
             * @description 本次完成量（目标的计量单位，最多两位小数，大于 0）
             * @example 120
             */
            value: string;
        };
        CreateProjectDto: {
            /**
             * @description 收储单位（默认西虹桥公司）
             * @example 西虹桥公司
             */
            acquirer?: string;
            /**
             * @description 项目编号（大写字母、数字和连字符，如 GJ17）
             * @example GJ17
             */
            code: string;
            /**
             * @description 项目名称
             * @example 轨交17号线
             */
            name: string;
            /**
             * @description 计划完成日期
             * @example 2013-12-31
             */
            plannedEndOn?: string;
            /**
             * @description 计划开始日期
             * @example 2013-03-01
             */
            plannedStartOn?: string;
            /** @description 备注 */
            remarks?: string;
            /**
             * @description 项目状态
             * @enum {string}
             */
            status?: "preparing" | "in_progress" | "completed";
            /**
             * @description 所属区域
             * @example 两线一圈
             */
            zone?: string;
        };
        CreateReservationDto: {
            /**
             * Format: uuid
             * @description 案件（为其预留的产权调换户）
             */
            caseId: string;
            /**
             * @description 预留原因
             * @example 家中有残疾人，需低楼层房源
             */
            reason: string;
            /**
             * Format: uuid
             * @description 房源（预留的一套）
             */
            unitId: string;
        };
        CreateSchemeVersionDto: {
            /**
             * Format: date
             * @description 生效日期（YYYY-MM-DD）
             * @example 2013-03-01
             */
            effectiveOn: string;
            /** @description 补偿项目（按顺序） */
            items: {
                appliesTo: ("household" | "enterprise" | "facility" | "legacy_base")[];
                /** @example JA-CZ */
                code: string;
                /**
                 * @description 元，最多两位小数
                 * @example 1850.00
                 */
                max?: string;
                /**
                 * @description 元，最多两位小数
                 * @example 1850.00
                 */
                min?: string;
                /** @example 建安重置价 */
                name: string;
                /**
                 * @description 在协议中单列的费用：moving_fee 搬家费，temporary_resettlement_fee 临时安置费
                 * @enum {string}
                 */
                role?: "moving_fee" | "temporary_resettlement_fee";
                rule: {
                    /** @enum {string} */
                    area: "certified" | "surveyed" | "recognised" | "licensed" | "unlicensed" | "homestead";
                    factors?: ({
                        /** @enum {string} */
                        by: "structure";
                        factors: {
                            brick_concrete?: string;
                            brick_wood?: string;
                            reinforced_concrete?: string;
                            simple?: string;
                        };
                        name: string;
                    } | {
                        ageCountedToYear: number;
                        bands: {
                            /** @example 0.85 */
                            factor: string;
                            fromAge: number;
                            toAge?: number;
                        }[];
                        /** @enum {string} */
                        by: "age";
                        name: string;
                    } | {
                        ageCountedToYear: number;
                        bands: {
                            brick_concrete?: {
                                /** @example 0.85 */
                                factor: string;
                                fromAge: number;
                                toAge?: number;
                            }[];
                            brick_wood?: {
                                /** @example 0.85 */
                                factor: string;
                                fromAge: number;
                                toAge?: number;
                            }[];
                            reinforced_concrete?: {
                                /** @example 0.85 */
                                factor: string;
                                fromAge: number;
                                toAge?: number;
                            }[];
                            simple?: {
                                /** @example 0.85 */
                                factor: string;
                                fromAge: number;
                                toAge?: number;
                            }[];
                        };
                        /** @enum {string} */
                        by: "structure_age";
                        name: string;
                    })[];
                    /** @enum {string} */
                    kind: "per_area";
                    /**
                     * @description 元，最多两位小数
                     * @example 1850.00
                     */
                    unitPrice: string;
                } | {
                    /**
                     * @description 元，最多两位小数
                     * @example 1850.00
                     */
                    amount: string;
                    /** @enum {string} */
                    kind: "per_household";
                } | {
                    /**
                     * @description 元，最多两位小数
                     * @example 1850.00
                     */
                    amount: string;
                    /** @enum {string} */
                    kind: "per_person";
                } | {
                    /**
                     * @description 元，最多两位小数
                     * @example 1850.00
                     */
                    amount: string;
                    /** @enum {string} */
                    kind: "per_person_month";
                    months: number;
                } | {
                    /** @enum {string} */
                    kind: "percentage";
                    of: string[];
                    /** @example 30 */
                    percent: string;
                } | {
                    condition: {
                        /** @enum {string} */
                        kind: "signed_by";
                        windows: {
                            /**
                             * @description 元，最多两位小数
                             * @example 1850.00
                             */
                            amount: string;
                            /** Format: date */
                            until: string;
                        }[];
                    } | {
                        /**
                         * @description 元，最多两位小数
                         * @example 1850.00
                         */
                        amount: string;
                        /** @enum {string} */
                        kind: "no_unlicensed_area";
                    } | {
                        /**
                         * @description 元，最多两位小数
                         * @example 1850.00
                         */
                        amount: string;
                        /** @enum {string} */
                        flag: "low_income" | "disabled" | "only_child";
                        /** @enum {string} */
                        kind: "household_flag";
                    };
                    /** @enum {string} */
                    kind: "fixed_if";
                } | {
                    /** @enum {string} */
                    kind: "months_x_monthly";
                } | {
                    /** @enum {string} */
                    kind: "fixed_agreed";
                };
            }[];
            /**
             * @description 版本名称
             * @example 轨交17号线补偿方案（2013 年版）
             */
            name: string;
            /** @description 产权调换价格：人均安置面积、安置价、超面积分档价格 */
            swapPricing?: {
                /** @example 40.00 */
                areaPerPerson?: string;
                bandsBeyond?: {
                    /**
                     * @description 元，最多两位小数
                     * @example 1850.00
                     */
                    price: string;
                    width: string | null;
                }[];
                maxBeyond?: string | null;
                /**
                 * @description 元，最多两位小数
                 * @example 1850.00
                 */
                resettlementPrice?: string;
            } | null;
            /** @description 过渡费（临时安置费）规则：按人或按户每月标准、逾期增发、交房后续发月数 */
            transitionalFee?: {
                /**
                 * @description 交房后续发月数
                 * @example 3
                 */
                afterDeliveryMonths?: number;
                /** @enum {string} */
                basis?: "per_person" | "per_household";
                /**
                 * @description 每人（或每户）每月标准（元）
                 * @example 1850.00
                 */
                monthlyAmount?: string;
                /** @description 过渡期满后每满（或开始）一个周期增发的比例及上限 */
                overdue?: {
                    /** @example 100 */
                    capPercent: string;
                    /** @example 6 */
                    everyMonths: number;
                    /** @example 50 */
                    percent: string;
                } | null;
            } | null;
        };
        CreateTargetDto: {
            /**
             * @description 限定安置基地（基地编号；仅住房解决、过渡户清退）
             * @example [
             *       "BC"
             *     ]
             */
            baseCodes?: string[];
            /** @description 计量口径 */
            measure: components["schemas"]["TargetMeasure"];
            /**
             * Format: uuid
             * @description 时间节点（计量口径为 milestone 时必填：该节点完成即目标完成）
             */
            milestoneId?: string;
            /**
             * @description 目标名称
             * @example 解决536户动迁户居民住房问题
             */
            name: string;
            /**
             * @description 排列顺序（小的在前）
             * @example 1
             */
            position?: number;
            /**
             * @description 限定项目（项目编号；不填为全部项目）
             * @example [
             *       "GJ17"
             *     ]
             */
            projectCodes?: string[];
            /**
             * @description 目标值（最多两位小数）
             * @example 536
             */
            targetValue: string;
            /** @description 计量单位 */
            unit: components["schemas"]["TargetUnit"];
            /** @example 2013 */
            year: number;
        };
        CreateUserDto: {
            /**
             * @description 姓名
             * @example 王建国
             */
            displayName: string;
            /** @description 初始密码（不填则生成临时密码，只显示一次；用户首次登录须修改） */
            password?: string;
            /**
             * @description 负责的项目编号
             * @example [
             *       "GJ17"
             *     ]
             */
            projects?: string[];
            /**
             * @description 角色（至少一个）
             * @example [
             *       "officer"
             *     ]
             */
            roles: ("admin" | "officer" | "finance" | "leader" | "company")[];
            /**
             * @description 用户名（3 至 30 位小写字母、数字、点、下划线或连字符，保存为小写）
             * @example wangjg
             */
            username: string;
        };
        CreateViolationDto: {
            /**
             * @description 地址
             * @example 徐泾镇二联村 3 组 12 号
             */
            address?: string;
            /**
             * @description 面积（平方米；违法用地、违法建筑）
             * @example 85.50
             */
            area?: string;
            /**
             * @description 发现时间：日期（YYYY-MM-DD，按上海时间当日零点）或带时区的时刻
             * @example 2013-03-05T09:30:00+08:00
             */
            discoveredAt: string;
            /**
             * Format: uuid
             * @description 责任企业
             */
            enterpriseId?: string;
            /**
             * Format: uuid
             * @description 责任户（民房）
             */
            householdId?: string;
            /** @description 类型：违法用地、违法建筑、渣土乱倒 */
            kind: components["schemas"]["ViolationKind"];
            /**
             * @description 地块编号
             * @example GJ17-01
             */
            parcelCode?: string;
            /**
             * @description 项目编号（与地块编号一起填写）
             * @example GJ17
             */
            projectCode?: string;
            /** @description 备注 */
            remarks?: string;
            /**
             * @description 责任人或责任单位（无对应征收对象时填写）
             * @example 某某建材经营部
             */
            responsibleText?: string;
            /**
             * @description 所在村（有地块时取地块所在村）
             * @example 二联村
             */
            village?: string;
            /**
             * @description 方量（立方米；渣土乱倒）
             * @example 120.00
             */
            volume?: string;
        };
        DashboardOverviewView: {
            /**
             * Format: date-time
             * @description 数据时点
             * @example 2013-03-01T09:30:00.000+08:00
             */
            asOf: string;
            /** @description 可见的项目（公司联络员只见本公司项目） */
            projects: components["schemas"]["ProjectProgressView"][];
        };
        DeliverAllocationDto: {
            /**
             * Format: date
             * @description 交房日期（YYYY-MM-DD）
             * @example 2026-11-20
             */
            deliveredOn: string;
            /**
             * Format: uuid
             * @description 已上传的交房签收单（该分配的附件）
             */
            receiptAttachmentId: string;
            /** @description 读取时的版本号 */
            version: number;
        };
        DisableUserDto: {
            /**
             * @description 停用原因
             * @example 调离动迁办
             */
            reason?: string;
        };
        DiscrepancyCountView: {
            count: number;
            kind: components["schemas"]["DiscrepancyKind"];
            kindLabel: string;
        };
        /** @enum {string} */
        DiscrepancyKind: "paid_over_agreed" | "agreed_not_in_statement" | "in_statement_voided" | "received_not_allocated" | "paid_not_received";
        DiscrepancyView: {
            /** @description 涉及金额（元） */
            amount: string;
            /** Format: uuid */
            caseId: string | null;
            kind: components["schemas"]["DiscrepancyKind"];
            /** @example 已支付未到账 */
            kindLabel: string;
            /** @example 张建国 */
            party: string | null;
            /** Format: uuid */
            statementId: string | null;
            /** @example JS-GJ17-001 */
            statementNumber: string | null;
            /** @example GJ17-H0001 */
            subjectCode: string | null;
        };
        DisputeLineDto: {
            /**
             * @description 异议原因
             * @example 补偿面积与评估报告不符
             */
            reason: string;
            /** @description 读取时结算行的 version */
            version: number;
        };
        DraftAgreementDto: {
            /** @description 补偿方式：货币补偿 / 产权调换 */
            method: components["schemas"]["AgreementMethod"];
            /**
             * Format: date
             * @description 付款期限（YYYY-MM-DD）
             * @example 2013-07-31
             */
            paymentDeadline?: string | null;
            /**
             * @description 产权调换：安置房面积（平方米）
             * @example 125.00
             */
            swapArea?: string | null;
            /**
             * @description 产权调换：安置房地点
             * @example 二联小高层基地
             */
            swapLocation?: string | null;
            /** @description 过渡方式：货币过渡 / 周转房过渡 */
            transitionMethod?: components["schemas"]["TransitionMethod"] | null;
            /**
             * @description 过渡期限（月）
             * @example 24
             */
            transitionMonths?: number | null;
        };
        DuplicateHeadClustersView: {
            /** @description 一人多户（同一项目内同一户主身份证号的多户），按项目、户数从多到少 */
            items: components["schemas"]["DuplicateHeadClusterView"][];
            /**
             * @description 组数
             * @example 1
             */
            total: number;
        };
        DuplicateHeadClusterView: {
            /**
             * @description 户主身份证号（已脱敏）
             * @example 310229********1234
             */
            headIdNumber: string;
            /**
             * @description 该身份证号在各户登记的户主姓名（去重）
             * @example [
             *       "张建国"
             *     ]
             */
            headNames: string[];
            /**
             * @description 户数
             * @example 2
             */
            householdCount: number;
            /** @description 各户（按户编号） */
            households: components["schemas"]["DuplicateHeadHouseholdView"][];
            /**
             * @description 项目编号
             * @example GJ17
             */
            projectCode: string;
            /**
             * @description 其中尚未填写重复户主原因的户数
             * @example 1
             */
            withoutReason: number;
        };
        DuplicateHeadHouseholdView: {
            /**
             * Format: uuid
             * @description 案件 id
             */
            caseId: string | null;
            /**
             * @description 案件状态
             * @enum {string|null}
             */
            caseStatus: "surveying" | "surveyed" | "confirmed" | "signed" | "vacated" | "settled" | "handed_over" | null;
            /**
             * @description 户编号
             * @example GJ17-0012
             */
            code: string;
            /** @description 重复户主原因（登记时填写的一人多户原因；没有则为空） */
            duplicateHeadReason: string | null;
            /**
             * @description 户主姓名（同一身份证号在各户登记的姓名）
             * @example 张建国
             */
            headName: string;
            /**
             * Format: uuid
             * @description 户 id（案件页 /households/{id}）
             */
            id: string;
            /**
             * @description 项目编号
             * @example GJ17
             */
            projectCode: string;
            /**
             * @description 所在村
             * @example 二联村
             */
            village: string;
        };
        EnterprisePage: {
            items: components["schemas"]["EnterpriseView"][];
            /** @description 下一页的翻页位置（作为 after 传回，按键翻页）；没有下一页时为 null */
            next: string | null;
            /** @description 符合条件的总条数 */
            total: number;
            /** @description total 是否精确；为 false 时符合条件的至少有 total 条（带关键字等筛选时计到一万条为止） */
            totalExact: boolean;
        };
        EnterpriseView: {
            /** @description 建筑面积（平方米，两位小数） */
            buildingArea: string | null;
            businessType: string | null;
            /** Format: uuid */
            caseId: string | null;
            caseStatus: components["schemas"]["CaseStatus"] | null;
            /**
             * @description 编号（项目内唯一）
             * @example GJ17-0001
             */
            code: string;
            /** @description 统一社会信用代码 */
            creditCode: string;
            employees: number | null;
            /** Format: uuid */
            id: string;
            /** @description 占地面积（平方米，两位小数） */
            landArea: string | null;
            legalRepresentative: string;
            /** @description 停产停业损失月度金额（元/月，两位小数） */
            monthlyLoss: string | null;
            name: string;
            /** @description 地块编号 */
            parcelCode: string | null;
            /** @description 项目编号 */
            projectCode: string | null;
            remarks: string | null;
            /** @description 停产停业月数 */
            suspensionMonths: number | null;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            updatedAt: string;
            /** @description 乐观锁版本（修改时提交） */
            version: number;
        };
        ExportAcceptedView: {
            /** Format: uuid */
            id: string;
        };
        ExportBatchList: {
            items: components["schemas"]["ExportBatchView"][];
        };
        ExportBatchView: {
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            createdAt: string;
            /** @description 文件仍保存（保存期过后下载答 410） */
            fileAvailable: boolean;
            /** @description 下载文件名 */
            fileName: string;
            filters: components["schemas"]["ExportFiltersView"];
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ExportKind"];
            /** @example 动迁户台账 */
            kindLabel: string;
            /** @description 失败原因等说明 */
            message: string | null;
            processed: number;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            startedAt: string | null;
            status: components["schemas"]["BatchStatus"];
            /** @description 总行数（开始生成后才知道） */
            total: number | null;
            /** @description 含完整身份证号和电话 */
            unmasked: boolean;
            /** @description 申请人 */
            username: string;
        };
        ExportFiltersDto: {
            /**
             * @description 安置基地编号（仅安置房源清单，可选）
             * @example BC
             */
            base?: string;
            /**
             * Format: uuid
             * @description 过渡费批次编号（仅过渡费支付清单，必填）
             */
            feeBatch?: string;
            /**
             * Format: uuid
             * @description 移交单编号（仅移交单，必填）
             */
            handover?: string;
            /**
             * @description 报告月份 YYYY-MM（仅月度推进情况报告；不填为数据最新日期所在月）
             * @example 2013-12
             */
            month?: string;
            /**
             * @description 地块编号
             * @example GJ17-01
             */
            parcel?: string;
            /**
             * Format: uuid
             * @description 归并方案编号（仅集体土地归并方案，必填）
             */
            plan?: string;
            /**
             * @description 项目编号
             * @example GJ17
             */
            project?: string;
            /** @description 关键字：户编号前缀、户主姓名的一部分或完整身份证号（仅动迁户台账） */
            q?: string;
            /**
             * Format: uuid
             * @description 重新测算任务编号（仅重新测算差异表，必填）
             */
            recalculation?: string;
            /**
             * Format: uuid
             * @description 选房轮次编号（仅选房顺序表，必填）
             */
            round?: string;
            /**
             * Format: uuid
             * @description 结算单编号（仅结算单导出，必填）
             */
            statement?: string;
            /**
             * @description 案件状态（仅动迁户台账）
             * @enum {string}
             */
            status?: "surveying" | "surveyed" | "confirmed" | "signed" | "vacated" | "settled" | "handed_over";
            /**
             * @description 所在村（仅动迁户台账）
             * @example 二联村
             */
            village?: string;
            /**
             * @description 年度（仅综合整治台账；默认台账中最近的年度）
             * @example 2013
             */
            year?: number;
        };
        ExportFiltersView: {
            /**
             * @description 报告月份 YYYY-MM（月度推进情况报告）
             * @example 2013-12
             */
            month?: string;
            /** @description 地块编号 */
            parcel?: string;
            /** @description 项目编号 */
            project?: string;
            /** @description 关键字（完整身份证号或电话已脱敏） */
            q?: string;
            /** @description 案件状态 */
            status?: string;
            /** @description 所在村 */
            village?: string;
        };
        /** @enum {string} */
        ExportKind: "household-ledger" | "case-progress" | "agreement-ledger" | "payment-ledger" | "recalculation-diff" | "settlement-statement" | "reconciliation" | "handover-certificate" | "unit-inventory" | "transitional-fee-batch" | "choosing-order" | "public-disclosure" | "monthly-progress-report" | "rectification-ledger" | "land-consolidation-plan";
        /** @enum {string} */
        FacilityKind: "power" | "telecom" | "water" | "drainage" | "gas" | "road" | "bridge" | "other";
        FacilityPage: {
            items: components["schemas"]["FacilityView"][];
            /** @description 下一页的翻页位置（作为 after 传回，按键翻页）；没有下一页时为 null */
            next: string | null;
            /** @description 符合条件的总条数 */
            total: number;
            /** @description total 是否精确；为 false 时符合条件的至少有 total 条（带关键字等筛选时计到一万条为止） */
            totalExact: boolean;
        };
        FacilityView: {
            /** Format: uuid */
            caseId: string | null;
            caseStatus: components["schemas"]["CaseStatus"] | null;
            /**
             * @description 编号（项目内唯一）
             * @example GJ17-0001
             */
            code: string;
            description: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["FacilityKind"];
            ownerUnit: string;
            /** @description 地块编号 */
            parcelCode: string | null;
            /** @description 项目编号 */
            projectCode: string | null;
            /**
             * @description 数量（两位小数）
             * @example 120.00
             */
            quantity: string;
            remarks: string | null;
            /** @example 米 */
            unit: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            updatedAt: string;
            /** @description 乐观锁版本（修改时提交） */
            version: number;
        };
        FeeBatchDetailView: {
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            createdAt: string;
            createdBy: string;
            households: number;
            /** Format: uuid */
            id: string;
            lines: components["schemas"]["FeeBatchLineView"][];
            /** @example GDF-GJ17-2026-11-01 */
            number: string;
            paidBy: string | null;
            /**
             * Format: date
             * @example 2013-03-01
             */
            paidOn: string | null;
            /** @example GJ17 */
            projectCode: string;
            status: components["schemas"]["FeeBatchStatus"];
            /** @example 待支付 */
            statusLabel: string;
            /**
             * Format: date
             * @description 包含截至该月（1 日）
             * @example 2013-03-01
             */
            throughMonth: string;
            /** @example 48000.00 */
            total: string;
        };
        FeeBatchLineView: {
            /** @example 7200.00 */
            amount: string;
            /** Format: uuid */
            caseId: string;
            /**
             * Format: date
             * @example 2013-03-01
             */
            firstMonth: string;
            /**
             * Format: date
             * @example 2013-03-01
             */
            lastMonth: string;
            months: number;
            /** @example 张建国 */
            name: string;
            /** Format: uuid */
            paymentId: string | null;
            /** @example GJ17-H0012 */
            subjectCode: string;
        };
        FeeBatchPage: {
            items: components["schemas"]["FeeBatchView"][];
            /** @description 符合条件的总条数 */
            total: number;
        };
        /** @enum {string} */
        FeeBatchStatus: "draft" | "paid";
        FeeBatchView: {
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            createdAt: string;
            createdBy: string;
            households: number;
            /** Format: uuid */
            id: string;
            /** @example GDF-GJ17-2026-11-01 */
            number: string;
            paidBy: string | null;
            /**
             * Format: date
             * @example 2013-03-01
             */
            paidOn: string | null;
            /** @example GJ17 */
            projectCode: string;
            status: components["schemas"]["FeeBatchStatus"];
            /** @example 待支付 */
            statusLabel: string;
            /**
             * Format: date
             * @description 包含截至该月（1 日）
             * @example 2013-03-01
             */
            throughMonth: string;
            /** @example 48000.00 */
            total: string;
        };
        FeeMonthView: {
            /**
             * @description 金额（元）
             * @example 2400.00
             */
            amount: string;
            /**
             * @description 计算依据
             * @example 800.00 元/人/月 × 3 人 × (1 + 50%) × 17/31 天
             */
            basisText: string;
            /** Format: uuid */
            batchId: string | null;
            /** @description 当月过渡天数 */
            days: number;
            /** @description 当月天数 */
            daysInMonth: number;
            /**
             * Format: date
             * @description 月份（该月 1 日）
             * @example 2013-03-01
             */
            month: string;
            /** @description 已支付 */
            paid: boolean;
            /**
             * @description 逾期增发比例（%）
             * @example 50.00
             */
            stepPercent: string;
        };
        ForecastBasisView: {
            /** @description 计入预期预测的户数 */
            expected: number;
            /**
             * @description 依据分组
             * @enum {string}
             */
            group: "allocatedDue" | "allocatedLater" | "swapReadyBase" | "swapLaterBase" | "swapNoRound" | "monetaryPartlyPaid" | "monetaryUnpaid";
            /** @description 计入高预测的户数 */
            high: number;
            /** @description 该组尚未解决的户数 */
            households: number;
            /** @example 已分配房源、年内到交付日期（或已到期未交房） */
            label: string;
            /** @description 计入低预测的户数 */
            low: number;
        };
        FreezeUnitDto: {
            /**
             * @description 冻结原因
             * @example 卫生间渗水，维修中
             */
            reason: string;
            /** @description 读取时的版本号 */
            version: number;
        };
        FunnelStepView: {
            count: number;
            drill: components["schemas"]["CaseDrillView"];
            /** @example 已签约 */
            label: string;
            status: components["schemas"]["CaseStatus"];
        };
        GridFloorView: {
            floor: number;
            /** @description 按列排列的房源（该层没有该列的房源时为 null） */
            units: (components["schemas"]["UnitView"] | null)[];
        };
        HandoverBlockerView: {
            /** Format: uuid */
            caseId: string;
            /** @example 民房 GJ17-0012 张建国：案件已腾地，尚未结算 */
            message: string;
            status: components["schemas"]["CaseStatus"];
            /** @example 已腾地 */
            statusLabel: string;
            /** @example 民房 GJ17-0012 张建国 */
            subject: string;
        };
        HandoverCaseView: {
            /** Format: uuid */
            caseId: string;
            /** @description 管理员排除在移交之外的原因 */
            excludedReason: string | null;
            status: components["schemas"]["CaseStatus"];
            /** @example 已结算 */
            statusLabel: string;
            /**
             * @description 征收对象
             * @example 民房 GJ17-0012 张建国
             */
            subject: string;
        };
        HandoverExclusionDto: {
            /**
             * @description 排除原因（管理员填写）
             * @example 产权人长期下落不明，经镇政府批准先行移交
             */
            reason: string;
        };
        HandoverExclusionView: {
            /** Format: uuid */
            caseId: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            createdAt: string;
            createdBy: string;
            reason: string;
        };
        HandoverHoldView: {
            /** Format: uuid */
            id: string;
            /**
             * @description 记录类型（rectification：综合整治违法行为）
             * @example rectification
             */
            kind: string;
            /** @example 违法建筑 ZZ-0003（整改中） */
            label: string;
            /** @example 违法建筑 ZZ-0003 整改中，尚未整改完毕 */
            message: string;
        };
        HandoverPage: {
            items: components["schemas"]["HandoverView"][];
            /** @description 符合条件的总条数 */
            total: number;
        };
        HandoverReadinessView: {
            /** @description 阻碍移交的案件（未结算且未被排除） */
            blockers: components["schemas"]["HandoverBlockerView"][];
            cases: components["schemas"]["HandoverCaseView"][];
            /** @description 地块上未结案的违法行为（综合整治），有则不能移交 */
            holds: components["schemas"]["HandoverHoldView"][];
            /**
             * @description 地块面积（平方米）
             * @example 12500.50
             */
            parcelArea: string;
            /** @example GJ17-01 */
            parcelCode: string;
            parcelStatus: components["schemas"]["ParcelStatus"];
            /** @example 已腾地 */
            parcelStatusLabel: string;
            /** @example GJ17 */
            projectCode: string;
            /** @description 可以移交：没有阻碍的案件，且地块尚未移交 */
            ready: boolean;
            /**
             * Format: uuid
             * @description 等待公司接收的移交单
             */
            submittedHandoverId: string | null;
        };
        /** @enum {string} */
        HandoverStatus: "submitted" | "accepted" | "returned";
        HandoverSummaryView: {
            /**
             * @description 已移交面积（平方米）
             * @example 12500.50
             */
            handedOverArea: string;
            parcels: components["schemas"]["ParcelHandoverView"][];
            parcelsByStatus: components["schemas"]["ParcelStateCountView"][];
            /**
             * @description 已移交面积占比（%，一位小数）
             * @example 24
             */
            percent: number;
            /** @example GJ17 */
            projectCode: string;
            /**
             * @description 项目地块总面积（平方米）
             * @example 52000.00
             */
            totalArea: string;
        };
        HandoverView: {
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            answeredAt: string | null;
            answeredBy: string | null;
            /**
             * @description 移交面积（平方米）
             * @example 12500.50
             */
            area: string;
            attachments: components["schemas"]["AttachmentView"][];
            /** @description 地块上的案件（仅详情中给出，列表中为空） */
            cases: components["schemas"]["HandoverCaseView"][];
            companyPeople: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date
             * @example 2013-03-01
             */
            handedOverOn: string;
            /** Format: uuid */
            id: string;
            /**
             * @description 地块面积（平方米）
             * @example 12500.50
             */
            parcelArea: string;
            /** @example GJ17-01 */
            parcelCode: string;
            /** @example GJ17 */
            projectCode: string;
            remarks: string | null;
            returnReason: string | null;
            status: components["schemas"]["HandoverStatus"];
            /** @example 待公司接收 */
            statusLabel: string;
            townPeople: string;
            version: number;
            /** @example 二联村 */
            village: string;
        };
        /** @enum {string} */
        HealthStatus: "ok" | "error" | "shutting_down";
        HealthView: {
            /** @description 全部检查项 */
            details: {
                [key: string]: unknown;
            };
            /** @description 失败的检查项 */
            error?: {
                [key: string]: unknown;
            } | null;
            /**
             * @description 正常的检查项
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
                [key: string]: unknown;
            } | null;
            status: components["schemas"]["HealthStatus"];
        };
        HouseholdMemberDto: {
            /**
             * @description 成员身份证号（18 位）
             * @example 310118198001010015
             */
            idNumber?: string | null;
            /**
             * @description 成员姓名
             * @example 张伟
             */
            name: string;
            /**
             * @description 认定依据（户籍、婚入、新生、其他）；有认定依据的成员计入认定人口
             * @enum {string|null}
             */
            recognitionBasis?: "household_register" | "marriage" | "birth" | "other" | null;
            /**
             * @description 认定证明材料
             * @example 户口簿
             */
            recognitionEvidence?: string | null;
            /**
             * @description 与户主关系
             * @example child
             * @enum {string}
             */
            relation: "head" | "spouse" | "child" | "parent" | "grandchild" | "sibling" | "other";
        };
        HouseholdMemberView: {
            /** Format: uuid */
            id: string;
            /**
             * @description 身份证号（已脱敏）
             * @example 310229********123X
             */
            idNumber: string | null;
            name: string;
            /** @description 认定依据；有依据的成员计入认定人口 */
            recognitionBasis: components["schemas"]["RecognitionBasis"] | null;
            /** @description 认定证明材料 */
            recognitionEvidence: string | null;
            relation: components["schemas"]["MemberRelation"];
        };
        HouseholdPage: {
            items: components["schemas"]["HouseholdView"][];
            /** @description 下一页的翻页位置（作为 after 传回，按键翻页）；没有下一页时为 null */
            next: string | null;
            /** @description 符合条件的总条数 */
            total: number;
            /** @description total 是否精确；为 false 时符合条件的至少有 total 条（带关键字等筛选时计到一万条为止） */
            totalExact: boolean;
        };
        HouseholdPersonalDataView: {
            code: string;
            /** @description 户主身份证号（完整） */
            headIdNumber: string;
            headName: string;
            /** Format: uuid */
            id: string;
            /** @description 家庭成员，身份证号完整 */
            members: components["schemas"]["HouseholdMemberView"][];
            /** @description 联系电话（完整） */
            phone: string | null;
        };
        HouseholdView: {
            /** Format: uuid */
            caseId: string | null;
            caseStatus: components["schemas"]["CaseStatus"] | null;
            /** @description 证载面积（平方米，两位小数） */
            certifiedArea: string | null;
            /**
             * @description 编号（项目内唯一）
             * @example GJ17-0001
             */
            code: string;
            /** @description 家中有残疾人 */
            disabled: boolean;
            /** @description 一人多户：该户主同时是本项目其他户户主的原因（未填写为 null） */
            duplicateHeadReason: string | null;
            group: string | null;
            /**
             * @description 户主身份证号（已脱敏）
             * @example 310229********123X
             */
            headIdNumber: string;
            headName: string;
            /**
             * @description 平方米，两位小数
             * @example 150.00
             */
            homesteadArea: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description 平方米，两位小数
             * @example 120.50
             */
            licensedArea: string;
            /** @description 低保户 */
            lowIncome: boolean;
            /** @description 家庭成员（详情中） */
            members?: components["schemas"]["HouseholdMemberView"][];
            /** @description 独生子女户 */
            onlyChild: boolean;
            /** @description 地块编号 */
            parcelCode: string | null;
            /**
             * @description 联系电话（已脱敏）
             * @example 139****5678
             */
            phone: string | null;
            /** @description 项目编号 */
            projectCode: string | null;
            /** @description 认定面积（平方米，两位小数） */
            recognisedArea: string | null;
            registeredPersons: number;
            remarks: string | null;
            structure: components["schemas"]["HouseStructure"] | null;
            /** @description 测绘面积（平方米，两位小数） */
            surveyedArea: string | null;
            /**
             * Format: date
             * @description 摸底日期
             * @example 2013-03-01
             */
            surveyedOn: string | null;
            /** @description 平方米，两位小数 */
            unlicensedArea: string | null;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            updatedAt: string;
            /** @description 乐观锁版本（修改时提交） */
            version: number;
            village: string;
            yearBuilt: number | null;
        };
        /** @enum {string} */
        HouseStructure: "reinforced_concrete" | "brick_concrete" | "brick_wood" | "simple";
        ImportAcceptedView: {
            /** Format: uuid */
            id: string;
        };
        ImportBatchPage: {
            items: components["schemas"]["ImportBatchView"][];
            /** @description 符合条件的总条数 */
            total: number;
        };
        ImportBatchView: {
            created: number;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            createdAt: string;
            /** @description 试导入：只检查，不写入 */
            dryRun: boolean;
            /** @description 上传文件仍保存（保存期过后错误报告答 410） */
            fileAvailable: boolean;
            /** @description 上传的文件名 */
            fileName: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ImportKind"];
            /** @description 失败原因等说明 */
            message: string | null;
            processed: number;
            rejected: number;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            startedAt: string | null;
            status: components["schemas"]["BatchStatus"];
            /** @description 数据行数 */
            total: number;
            unchanged: number;
            updated: number;
            /** @description 上传人 */
            username: string;
        };
        /** @enum {string} */
        ImportKind: "households" | "enterprises" | "parcels" | "units" | "land-ownership";
        InboxEntryView: {
            /** @description 需要公司做什么 */
            detail: string;
            /**
             * Format: date
             * @description 期限
             * @example 2013-03-01
             */
            dueOn: string | null;
            /**
             * @description 待办类别
             * @example confirmation_batch
             */
            kind: string;
            /** @example 待确认批次 */
            kindLabel: string;
            /**
             * @description 办理页面（网页路径）
             * @example /confirmations/…
             */
            link: string;
            /** @description 是否已过期限 */
            overdue: boolean;
            /** @example GJ17 */
            projectCode: string;
            /**
             * Format: uuid
             * @description 等待处理的记录
             */
            refId: string;
            /**
             * Format: date
             * @description 自哪天起等待
             * @example 2013-03-01
             */
            since: string;
            /** @description 事项 */
            title: string;
        };
        InboxKindCount: {
            count: number;
            kind: string;
            kindLabel: string;
        };
        InboxPage: {
            byKind: components["schemas"]["InboxKindCount"][];
            items: components["schemas"]["InboxEntryView"][];
            /** @description 其中已过期限的 */
            overdue: number;
            /** @description 待办总数（菜单上的数字） */
            total: number;
        };
        IssueStatementDto: {
            /**
             * @description 列入结算单的案件（已腾地、协议已签约、尚未列入其他结算单）
             * @example [
             *       "7f7d7b0e-1b8c-4a55-9f1c-0a9b8c7d6e5f"
             *     ]
             */
            caseIds: string[];
            /**
             * Format: date
             * @description 出具日期（默认今天，不晚于今天）
             * @example 2013-09-01
             */
            issuedOn?: string;
        };
        JobRecordView: {
            attempts: number;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description 任务类名
             * @example ImportJob
             */
            kind: string;
            /** @description 最近一次错误的第一行 */
            lastError: string | null;
            /**
             * Format: date-time
             * @description 最近心跳
             * @example 2013-03-01T09:30:00.000+08:00
             */
            lastHeartbeatAt: string | null;
            maxAttempts: number;
            status: components["schemas"]["JobStatus"];
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            updatedAt: string;
        };
        /** @enum {string} */
        JobStatus: "pending" | "running" | "succeeded" | "failed";
        KindFiguresView: {
            /** @description 年内消除（整改完毕或拆除） */
            eliminated: number;
            kind: components["schemas"]["ViolationKind"];
            /** @example 违法建筑 */
            kindLabel: string;
            /** @description 年内新增 */
            newFound: number;
            /** @description 未消除（年末或今天） */
            open: number;
            /** @description 年初存量 */
            stockAtStart: number;
            /** @description 其中消除的存量 */
            stockEliminated: number;
        };
        /** @enum {string} */
        LandOwnership: "collective" | "state";
        /** @enum {string} */
        LandUse: "farmland" | "homestead" | "construction" | "other";
        LedgerTotalsView: {
            /** @description 协议金额合计（元，已签约协议） */
            agreed: string;
            /** @description 协议 − 支付（元） */
            agreedLessDisbursed: string;
            /** @description 已分配到结算行的到账（元） */
            allocated: string;
            /** @description 涉及案件数 */
            cases: number;
            /** @description 已支付合计（元，支付减冲正） */
            disbursed: string;
            /** @description 支付 − 到账（元） */
            disbursedLessReceived: string;
            /** @description 已到账合计（元） */
            received: string;
            /** @description 结算单合计（元） */
            statementTotal: string;
        };
        LegacyBasePage: {
            items: components["schemas"]["LegacyBaseView"][];
            /** @description 下一页的翻页位置（作为 after 传回，按键翻页）；没有下一页时为 null */
            next: string | null;
            /** @description 符合条件的总条数 */
            total: number;
            /** @description total 是否精确；为 false 时符合条件的至少有 total 条（带关键字等筛选时计到一万条为止） */
            totalExact: boolean;
        };
        LegacyBaseView: {
            /** @description 面积（平方米，两位小数） */
            area: string | null;
            /** Format: uuid */
            caseId: string | null;
            caseStatus: components["schemas"]["CaseStatus"] | null;
            /**
             * @description 编号（项目内唯一）
             * @example GJ17-0001
             */
            code: string;
            /** @description 剩余户数 */
            householdsRemaining: number;
            /** Format: uuid */
            id: string;
            name: string;
            originalProject: string | null;
            /** @description 地块编号 */
            parcelCode: string | null;
            /** @description 项目编号 */
            projectCode: string | null;
            remarks: string | null;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            updatedAt: string;
            /** @description 乐观锁版本（修改时提交） */
            version: number;
        };
        LineInputView: {
            /** @example 合法面积 */
            label: string;
            /** @example 120.50 m² */
            value: string;
        };
        LoginDto: {
            /**
             * @description 密码
             * @example Demo@2013
             */
            password: string;
            /**
             * @description 用户名
             * @example officer
             */
            username: string;
        };
        LoginResultView: {
            /** @description 访问令牌（Authorization: Bearer …） */
            accessToken: string;
            /**
             * Format: date-time
             * @description 令牌到期时间
             * @example 2013-03-01T09:30:00.000+08:00
             */
            expiresAt: string;
            user: components["schemas"]["AccountView"];
        };
        /** @enum {string} */
        MemberRelation: "head" | "spouse" | "child" | "parent" | "grandchild" | "sibling" | "other";
        MilestoneDependencyView: {
            /** Format: uuid */
            id: string;
            name: string;
            status: components["schemas"]["MilestoneStatus"];
        };
        MilestoneOverdueSummaryView: {
            /** @description 已逾期节点（逾期最久的在前） */
            overdue: components["schemas"]["MilestoneView"][];
            /** @description 已逾期节点数 */
            overdueCount: number;
            /** @description 14 天内到期节点（最近的在前） */
            soon: components["schemas"]["MilestoneView"][];
            /** @description 14 天内到期节点数 */
            soonCount: number;
            /**
             * Format: date
             * @description 今天（上海）
             * @example 2013-03-01
             */
            today: string;
        };
        MilestoneOwnerView: {
            /** @example LXYQ */
            code: string;
            /** Format: uuid */
            id: string;
            /** @example 西虹桥两线一圈 */
            name: string;
        };
        /** @enum {string} */
        MilestoneStatus: "not_started" | "in_progress" | "done" | "blocked";
        MilestoneView: {
            /**
             * Format: date
             * @description 实际完成日期
             * @example 2013-03-01
             */
            actualOn: string | null;
            /** @description 所属安置基地（与项目二选一） */
            base: components["schemas"]["MilestoneOwnerView"] | null;
            /** @description 逾期天数（未逾期为 0） */
            daysOverdue: number;
            /** @description 前置节点 */
            dependsOn: components["schemas"]["MilestoneDependencyView"] | null;
            /**
             * @description 今天（上海）看：已逾期 / 14 天内到期 / 无
             * @enum {string|null}
             */
            due: "overdue" | "soon" | null;
            /** Format: uuid */
            id: string;
            /** @example 两线一圈地块腾地完成 */
            name: string;
            /**
             * Format: date
             * @description 计划完成日期
             * @example 2013-03-01
             */
            plannedOn: string;
            /** @description 所属项目（与基地二选一） */
            project: components["schemas"]["MilestoneOwnerView"] | null;
            remarks: string | null;
            /** @description 责任人（姓名，或账号的显示名） */
            responsibleName: string | null;
            /** @example 动迁办 */
            responsibleUnit: string;
            /**
             * Format: uuid
             * @description 责任人账号
             */
            responsibleUserId: string | null;
            status: components["schemas"]["MilestoneStatus"];
            /** @example 进行中 */
            statusLabel: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            updatedAt: string;
            version: number;
        };
        MoneyProgressView: {
            /**
             * @description 协议应付给被征收人（元）
             * @example 1234567.89
             */
            agreed: string;
            /** @description 已签约协议数 */
            agreements: number;
            /** @description 已签约的民房 */
            drill: components["schemas"]["CaseDrillView"];
            /** @description 已付给被征收人（元，支付减冲正） */
            paid: string;
            /** @description 已付 / 应付 */
            paidRate: number | null;
            /** @description 公司到账（元）；按地块时为空 */
            received: string | null;
            /** @description 到账 / 结算 */
            receivedRate: number | null;
            /** @description 与公司结算（元，已确认的结算行合计）；按地块时为空（结算按项目） */
            settled: string | null;
        };
        MonthFiguresView: {
            /** @description 当月消除 */
            eliminated: number;
            /** @example 2013-03 */
            month: string;
            /** @description 当月新增 */
            newFound: number;
            /** @description 月末未消除总数 */
            openAtEnd: number;
            /** @description 月末剩余的年初存量（存量燃尽） */
            stockRemaining: number;
        };
        NotificationPageView: {
            items: components["schemas"]["NotificationView"][];
            /** @description 符合条件的总条数 */
            total: number;
            /** @description 本人未读通知数 */
            unreadCount: number;
        };
        NotificationsReadView: {
            /** @description 本人未读通知数 */
            unreadCount: number;
            /** @description 本次标为已读的条数 */
            updated: number;
        };
        NotificationView: {
            body: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @description 类别
             * @example milestone_overdue
             */
            kind: string;
            /**
             * @description 在系统中打开的页面路径
             * @example /milestones?due=overdue
             */
            link: string | null;
            /**
             * Format: date-time
             * @description 已读时间，未读为空
             * @example 2013-03-01T09:30:00.000+08:00
             */
            readAt: string | null;
            /** @example 时间节点逾期：两线一圈地块腾地 */
            title: string;
        };
        /** @enum {string} */
        OwnerKind: "town" | "village" | "group";
        OwnershipPage: {
            items: components["schemas"]["OwnershipView"][];
            /** @description 符合条件的总条数 */
            total: number;
            /** @description 符合筛选条件的全部记录的合计（不只本页） */
            totals: components["schemas"]["OwnershipTotalsView"];
        };
        OwnershipTotalsView: {
            /**
             * @description 面积合计（平方米）
             * @example 25001.00
             */
            area: string;
            /** @description 按所有权人类型 */
            byOwner: components["schemas"]["AreaTotalView"][];
            /** @description 按土地用途 */
            byUse: components["schemas"]["AreaTotalView"][];
            /** @description 宗数合计 */
            count: number;
        };
        OwnershipView: {
            /**
             * @description 面积（平方米，两位小数）
             * @example 12500.50
             */
            area: string;
            /** @description 所有权证书编号 */
            certificateNo: string | null;
            /**
             * @description 登记编号
             * @example EL-JT-001
             */
            code: string;
            /** Format: uuid */
            id: string;
            landUse: components["schemas"]["LandUse"];
            /** @example 耕地 */
            landUseLabel: string;
            /** @description 坐落 */
            location: string | null;
            ownerKind: components["schemas"]["OwnerKind"];
            /** @example 村集体 */
            ownerKindLabel: string;
            /** @example 二联村农民集体 */
            ownerName: string;
            /**
             * @description 地块编号
             * @example GJ17-01
             */
            parcelCode: string | null;
            /**
             * @description 项目编号（不在项目地块上为空）
             * @example GJ17
             */
            projectCode: string | null;
            remarks: string | null;
            surveyStatus: components["schemas"]["SurveyStatus"];
            /** @example 调查中 */
            surveyStatusLabel: string;
            /**
             * @description 最后修改时间（+08:00）
             * @example 2013-03-01T09:30:00.000+08:00
             */
            updatedAt: string;
            /** @example 1 */
            version: number;
            /** @example 二联村 */
            village: string;
        };
        ParcelHandoverView: {
            /** @example 12500.50 */
            area: string;
            /** @description 阻碍移交的案件数 */
            blockers: number;
            /** @example GJ17-01 */
            code: string;
            /** @description 地块上未结案的违法行为数（综合整治），有则不能移交 */
            holds: number;
            /** @description 可以移交 */
            ready: boolean;
            status: components["schemas"]["ParcelStatus"];
            /** @example 已腾地 */
            statusLabel: string;
            /**
             * Format: uuid
             * @description 等待公司接收的移交单
             */
            submittedHandoverId: string | null;
            /** @example 二联村 */
            village: string;
        };
        ParcelPage: {
            items: components["schemas"]["ParcelView"][];
            /** @description 符合条件的总条数 */
            total: number;
        };
        ParcelProgressView: {
            area: components["schemas"]["AreaProgressView"];
            /** @example GJ17-01 */
            code: string;
            /** @description 民房进度漏斗：已摸底 → 已确认 → 已签约 → 已腾地 → 已结算 → 已移交（到达该步及以后的户数） */
            funnel: components["schemas"]["FunnelStepView"][];
            money: components["schemas"]["MoneyProgressView"];
            /** @description 签约率（民房） */
            signing: components["schemas"]["RateView"];
            /** @example clearing */
            status: string;
            /** @example 腾地中 */
            statusLabel: string;
            /** @description 征收对象按类别和案件状态 */
            subjects: components["schemas"]["SubjectKindCountsView"][];
            /** @description 过渡户存量（已腾地、尚未交房） */
            transitional: components["schemas"]["CountView"];
            /** @description 腾地率（民房） */
            vacating: components["schemas"]["RateView"];
            /** @example 二联村 */
            village: string;
        };
        ParcelStateCountView: {
            count: number;
            /** @example 已移交 */
            label: string;
            status: components["schemas"]["ParcelStatus"];
        };
        /** @enum {string} */
        ParcelStatus: "surveying" | "clearing" | "cleared" | "handed_over";
        ParcelView: {
            /**
             * @description 面积（平方米，两位小数）
             * @example 12000.00
             */
            area: string;
            code: string;
            /** Format: uuid */
            id: string;
            landOwnership: components["schemas"]["LandOwnership"];
            projectCode: string;
            remarks: string | null;
            status: components["schemas"]["ParcelStatus"];
            version: number;
            village: string;
        };
        PayFeeBatchDto: {
            /** @description 银行流水号 */
            bankReference?: string | null;
            /**
             * @description 支付方式
             * @enum {string}
             */
            method: "bank_transfer" | "cheque" | "cash";
            /**
             * Format: date
             * @description 支付日期（YYYY-MM-DD）
             * @example 2026-12-05
             */
            paidOn: string;
        };
        /** @enum {string} */
        PaymentKind: "payment" | "reversal";
        /**
         * @description 支付方式
         * @enum {string}
         */
        PaymentMethod: "bank_transfer" | "cheque" | "cash";
        PaymentPage: {
            items: components["schemas"]["PaymentView"][];
            /** @description 符合条件的总条数 */
            total: number;
        };
        PaymentView: {
            /** Format: uuid */
            agreementId: string;
            /**
             * @description 金额（元）
             * @example 100000.00
             */
            amount: string;
            bankReference: string | null;
            /** Format: uuid */
            caseId: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            createdAt: string;
            createdBy: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["PaymentKind"];
            /** @example 支付 */
            kindLabel: string;
            method: components["schemas"]["PaymentMethod"];
            /** @example 银行转账 */
            methodLabel: string;
            /**
             * Format: date
             * @description 支付（冲正）日期
             * @example 2013-03-01
             */
            paidOn: string;
            /**
             * @description 被征收人（户主、企业名称、产权单位或基地名称）
             * @example 张建国
             */
            party: string;
            /** @example GJ17 */
            projectCode: string;
            /** @description 冲正原因 */
            reason: string | null;
            /**
             * Format: uuid
             * @description 冲正的支付
             */
            reversesId: string | null;
            /**
             * @description 征收对象编号
             * @example GJ17-H0001
             */
            subjectCode: string;
            /**
             * @description 征收对象类别
             * @enum {string}
             */
            subjectType: "household" | "enterprise" | "facility" | "legacy_base";
        };
        PlanItemView: {
            /** @description 归并前的所有权人类型 */
            formerOwnerKind: components["schemas"]["OwnerKind"];
            /** @description 归并前的所有权人 */
            formerOwnerName: string;
            /** @description 归并前的土地用途 */
            formerUse: components["schemas"]["LandUse"];
            /** @example 耕地 */
            formerUseLabel: string;
            /** @description 所有权记录（完成后为归并后的所有权人和用途） */
            ownership: components["schemas"]["OwnershipView"];
        };
        /** @enum {string} */
        PlanStatus: "draft" | "approved" | "done";
        PlanView: {
            /** @description 归并后面积合计 */
            after: components["schemas"]["OwnershipTotalsView"];
            /** @description 批准时间（+08:00） */
            approvedAt: string | null;
            /** @description 批准人 */
            approvedBy: string | null;
            /** @description 归并前面积合计（按现所有权人类型、用途） */
            before: components["schemas"]["OwnershipTotalsView"];
            /** @description 拟定时间（+08:00） */
            createdAt: string;
            /** @example officer */
            createdBy: string;
            /** @description 完成时间（+08:00） */
            doneAt: string | null;
            /** @description 完成人 */
            doneBy: string | null;
            /** Format: uuid */
            id: string;
            items: components["schemas"]["PlanItemView"][];
            /** @example 二联村集体建设用地归并方案 */
            name: string;
            remarks: string | null;
            status: components["schemas"]["PlanStatus"];
            /** @example 草拟 */
            statusLabel: string;
            targetOwnerKind: components["schemas"]["OwnerKind"];
            /** @example 镇集体 */
            targetOwnerKindLabel: string;
            /** @example 徐泾镇农民集体 */
            targetOwnerName: string;
            targetUse: components["schemas"]["LandUse"];
            /** @example 集体建设用地 */
            targetUseLabel: string;
            /** @example 1 */
            version: number;
        };
        PrintAmountView: {
            /** @example 壹拾柒万捌仟叁佰肆拾元整 */
            capitals: string;
            /** @example 178,340.00 */
            figures: string;
            /** @example 建安重置价 */
            label: string;
            /** @example 120.50 m² × 1,850.00 元/m² × 0.80 */
            words: string | null;
        };
        ProjectDashboardView: {
            /**
             * Format: date-time
             * @description 数据时点
             * @example 2013-03-01T09:30:00.000+08:00
             */
            asOf: string;
            parcels: components["schemas"]["ParcelProgressView"][];
            project: components["schemas"]["ProjectProgressView"];
        };
        ProjectPage: {
            items: components["schemas"]["ProjectView"][];
            /** @description 符合条件的总条数 */
            total: number;
        };
        ProjectProgressView: {
            area: components["schemas"]["AreaProgressView"];
            /** @example GJ17 */
            code: string;
            /** @description 民房进度漏斗：已摸底 → 已确认 → 已签约 → 已腾地 → 已结算 → 已移交（到达该步及以后的户数） */
            funnel: components["schemas"]["FunnelStepView"][];
            money: components["schemas"]["MoneyProgressView"];
            /** @example 轨交17号线 */
            name: string;
            /** @description 签约率（民房） */
            signing: components["schemas"]["RateView"];
            /** @description 征收对象按类别和案件状态 */
            subjects: components["schemas"]["SubjectKindCountsView"][];
            /** @description 过渡户存量（已腾地、尚未交房） */
            transitional: components["schemas"]["CountView"];
            /** @description 腾地率（民房） */
            vacating: components["schemas"]["RateView"];
        };
        /** @enum {string} */
        ProjectStatus: "preparing" | "in_progress" | "completed";
        ProjectView: {
            /** @description 征收单位 */
            acquirer: string;
            /** @example GJ17 */
            code: string;
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * Format: date
             * @description 计划完成日期
             * @example 2013-03-01
             */
            plannedEndOn: string | null;
            /**
             * Format: date
             * @description 计划开始日期
             * @example 2013-03-01
             */
            plannedStartOn: string | null;
            remarks: string | null;
            status: components["schemas"]["ProjectStatus"];
            version: number;
            zone: string | null;
        };
        QueueConsumersView: {
            /**
             * @description 运行中的任务处理进程数；队列无法连接时为 null
             * @example 1
             */
            consumers: number | null;
            /** @description 没有处理进程时的中文提示（导入导出将排队等待），否则为 null */
            consumerWarning: string | null;
        };
        QueueCountsView: {
            active: number;
            completed: number;
            delayed: number;
            failed: number;
            waiting: number;
        };
        /** @enum {string} */
        QueueDriver: "redis" | "postgres";
        QueueStateView: {
            /** @description 队列是否应答（否则 counts 为 null） */
            available: boolean;
            /**
             * @description 运行中的任务处理进程数；队列无法连接时为 null
             * @example 1
             */
            consumers: number | null;
            /** @description 没有处理进程时的中文提示（导入导出将排队等待），否则为 null */
            consumerWarning: string | null;
            counts: components["schemas"]["QueueCountsView"] | null;
            driver: components["schemas"]["QueueDriver"];
            recentJobs: components["schemas"]["JobRecordView"][];
        };
        QuotaBaseView: {
            /**
             * @description 基地编号；null 为货币安置（无交付房源）
             * @example BC
             */
            code: string | null;
            /** @example 徐泾北城安置基地 */
            name: string;
            solved: number;
        };
        QuotaForecastView: {
            /** @description 预测依据（按在途业务分组） */
            basis: components["schemas"]["ForecastBasisView"][];
            /** @description 数据日期之后本年剩余天数 */
            daysLeft: number;
            /** @description 年末预计解决（预期） */
            expected: number;
            /** @description 年末预计解决（高） */
            high: number;
            /** @description 年末预计解决（低） */
            low: number;
        };
        QuotaMonthView: {
            /** @description 年内累计解决户数 */
            cumulative: number;
            /** @example 2013-03 */
            month: string;
            /** @description 当月解决户数 */
            solved: number;
        };
        QuotaProjectView: {
            /** @example GJ17 */
            code: string;
            /** @example 轨交17号线 */
            name: string;
            solved: number;
        };
        QuotaView: {
            /**
             * Format: date
             * @description 数据日期：今天，或记录止于更早时最后一次腾地/解决的日期
             * @example 2013-12-27
             */
            asOf: string;
            /** @description 按交付房源所在基地（一户多基地各计一次） */
            byBase: components["schemas"]["QuotaBaseView"][];
            /** @description 逐月（至数据日期所在月） */
            byMonth: components["schemas"]["QuotaMonthView"][];
            byProject: components["schemas"]["QuotaProjectView"][];
            /**
             * @description 统计时间（+08:00）
             * @example 2013-12-27T09:00:00.000+08:00
             */
            computedAt: string;
            forecast: components["schemas"]["QuotaForecastView"];
            /** @description 尚差户数（不小于 0） */
            remaining: number | null;
            /** @description 年内已解决住房的户数（resettledOn 在该年，Asia/Shanghai） */
            solved: number;
            /**
             * @description 年度目标户数（住房解决口径的目标；未设目标为 null）
             * @example 536
             */
            target: number | null;
            /** @example 2013 */
            year: number;
        };
        RateView: {
            /** @description 分子（户） */
            count: number;
            /** @description 分子的案件 */
            drill: components["schemas"]["CaseDrillView"];
            /** @description 分母（户） */
            of: number;
            /** @description 比率 0–1，保留 4 位小数；分母为 0 时为空 */
            rate: number | null;
        };
        RecalculationApplyView: {
            /** @description 保存的新测算数 */
            applied: number;
            /** @example 已为 12 个案件保存新测算；跳过 1 个（预览后已签约 1 个，信息已变更 0 个，无法测算 0 个） */
            message: string;
            run: components["schemas"]["RecalculationRunView"];
            /** @description 跳过：预览后摸底信息或测算已变更 */
            skippedChanged: number;
            /** @description 跳过：按新版本无法测算 */
            skippedProblems: number;
            /** @description 跳过：预览后已签约 */
            skippedSigned: number;
        };
        RecalculationCasePage: {
            items: components["schemas"]["RecalculationCaseView"][];
            /** @description 符合条件的总条数 */
            total: number;
        };
        RecalculationCaseView: {
            /**
             * Format: uuid
             * @description 预览所依据的原测算
             */
            basedOnCalculationId: string;
            /** Format: uuid */
            caseId: string;
            changes: components["schemas"]["RecalculationLineChangeView"][];
            /** @description 差额（新 − 原，元） */
            difference: string | null;
            /** @description 新合计（元）；无法测算时为空 */
            newTotal: string | null;
            /** @description 原合计（元） */
            oldTotal: string;
            /**
             * @description 户主、企业名称、产权单位或基地名称
             * @example 张三
             */
            party: string | null;
            /** @description 按新版本无法测算的原因 */
            problem: string | null;
            /**
             * @description 征收对象编号
             * @example GJ17-0012
             */
            subjectCode: string | null;
            /** @description 征收对象类别 */
            subjectType: components["schemas"]["SubjectType"] | null;
        };
        RecalculationLineChangeView: {
            /** @enum {string} */
            change: "added" | "removed" | "changed";
            /** @example JA-CZ */
            code: string;
            /** @description 差额（元） */
            difference: string;
            /** @example 建安重置价 */
            name: string;
            /** @description 新金额（元） */
            newAmount: string | null;
            /** @description 新计算规则（文字） */
            newWords: string | null;
            /** @description 原金额（元） */
            oldAmount: string | null;
            /** @description 原计算规则（文字） */
            oldWords: string | null;
        };
        RecalculationRunView: {
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            appliedAt: string | null;
            appliedBy: string | null;
            /** @description 应用时保存的新测算数 */
            appliedCount: number | null;
            /** @description 已生成预览的案件数 */
            cases: number;
            /** @description 金额或适用项目有变化的案件数 */
            changed: number;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            createdAt: string;
            createdBy: string;
            /**
             * @description 差额（新 − 原，元）
             * @example 8000.00
             */
            difference: string;
            /** @example 8,000.00 */
            differenceText: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            /** @description 失败原因 */
            message: string | null;
            /**
             * @description 新合计（元）
             * @example 460310.25
             */
            newTotal: string;
            /**
             * @description 原合计（元）
             * @example 452310.25
             */
            oldTotal: string;
            /** @description 按新版本无法测算的案件数 */
            problems: number;
            /** @description 已处理的案件数 */
            processed: number;
            /** Format: uuid */
            schemeVersionId: string;
            /** @description 应用时跳过的案件数 */
            skippedCount: number | null;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            startedAt: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
            /** @example 计算中 */
            statusLabel: string;
            /** @description 需重新测算的案件数（统计前为空） */
            total: number | null;
        };
        /**
         * @description 认定依据；有依据的成员计入认定人口
         * @enum {string}
         */
        RecognitionBasis: "household_register" | "marriage" | "birth" | "other";
        ReconciliationView: {
            /** @description 三账相符且无差异 */
            balanced: boolean;
            counts: components["schemas"]["DiscrepancyCountView"][];
            /** @description 差异清单（最多 1000 条；完整清单请导出） */
            discrepancies: components["schemas"]["DiscrepancyView"][];
            /** @example GJ17 */
            projectCode: string;
            /**
             * Format: uuid
             * @description 按结算单对账时的结算单
             */
            statementId: string | null;
            statementNumber: string | null;
            totals: components["schemas"]["LedgerTotalsView"];
        };
        RecordPaymentDto: {
            /**
             * @description 支付金额（元，最多两位小数，大于 0）
             * @example 100000.00
             */
            amount: string;
            /**
             * @description 银行流水号 / 票据号
             * @example ICBC20130615-0001
             */
            bankReference?: string | null;
            /** @description 支付方式 */
            method: components["schemas"]["PaymentMethod"];
            /**
             * Format: date
             * @description 支付日期（YYYY-MM-DD）
             * @example 2013-06-15
             */
            paidOn: string;
        };
        RecordReceiptDto: {
            /**
             * @description 到账金额（元，最多两位小数，大于 0）
             * @example 100000.00
             */
            amount: string;
            /**
             * @description 银行流水号
             * @example ICBC20130915-0001
             */
            bankReference: string;
            /**
             * Format: date
             * @description 到账日期（YYYY-MM-DD，不晚于今天）
             * @example 2013-09-15
             */
            receivedOn: string;
        };
        RectificationSummaryView: {
            byKind: components["schemas"]["KindFiguresView"][];
            byMonth: components["schemas"]["MonthFiguresView"][];
            byVillage: components["schemas"]["VillageFiguresView"][];
            /** @description 年内消除（整改完毕或拆除） */
            eliminated: number;
            /** @description 年内新增 */
            newFound: number;
            /** @description 未消除（年末或今天） */
            open: number;
            /** @description 年初存量 */
            stockAtStart: number;
            /** @description 其中消除的存量 */
            stockEliminated: number;
            /** @example 2013 */
            year: number;
        };
        ReferenceLists: {
            agreementMethods: components["schemas"]["ReferenceOption"][];
            agreementStatuses: components["schemas"]["ReferenceOption"][];
            /** @description 补偿方案中的面积种类 */
            areaKinds: components["schemas"]["ReferenceOption"][];
            caseStatuses: components["schemas"]["ReferenceOption"][];
            exportKinds: components["schemas"]["ReferenceOption"][];
            facilityKinds: components["schemas"]["ReferenceOption"][];
            /** @description 户的标志（低保、残疾、独生子女） */
            householdFlags: components["schemas"]["ReferenceOption"][];
            houseStructures: components["schemas"]["ReferenceOption"][];
            importKinds: components["schemas"]["ReferenceOption"][];
            landOwnerships: components["schemas"]["ReferenceOption"][];
            memberRelations: components["schemas"]["ReferenceOption"][];
            parcelStatuses: components["schemas"]["ReferenceOption"][];
            paymentKinds: components["schemas"]["ReferenceOption"][];
            paymentMethods: components["schemas"]["ReferenceOption"][];
            projectStatuses: components["schemas"]["ReferenceOption"][];
            /** @description 认定依据 */
            recognitionBases: components["schemas"]["ReferenceOption"][];
            resettlementStatuses: components["schemas"]["ReferenceOption"][];
            roles: components["schemas"]["ReferenceOption"][];
            schemeStatuses: components["schemas"]["ReferenceOption"][];
            subjectTypes: components["schemas"]["ReferenceOption"][];
            /** @description 摸底事实已锁定（只能改联系方式和备注）的案件状态，来自案件生命周期表 */
            surveyLockedStatuses: components["schemas"]["CaseStatus"][];
            transitionMethods: components["schemas"]["ReferenceOption"][];
        };
        ReferenceOption: {
            /** @example 摸底中 */
            label: string;
            /** @example surveying */
            value: string;
        };
        RejectDto: {
            /**
             * @description 公司认为正确的金额（元，最多两位小数）
             * @example 182000.50
             */
            companyFigure?: string;
            /**
             * @description 退回原因（必填）
             * @example 认定面积与现场复核不符
             */
            reason: string;
            /** @description 读取时的版本号（防止覆盖他人的答复） */
            version: number;
        };
        ReleaseAllocationDto: {
            /**
             * @description 释放原因
             * @example 被征收户放弃该套房源，重新选房
             */
            reason: string;
            /** @description 读取时的版本号 */
            version: number;
        };
        /** @enum {string} */
        ResettlementStatus: "none" | "transitional" | "resettled";
        ReturnHandoverDto: {
            /**
             * @description 退回原因
             * @example 地块内仍有建筑垃圾未清运
             */
            reason: string;
            /** @description 读取时的版本号 */
            version: number;
        };
        ReversePaymentDto: {
            /**
             * @description 冲正金额（元，不超过该笔支付尚未冲正的部分）
             * @example 100000.00
             */
            amount: string;
            /**
             * Format: date
             * @description 冲正日期（默认今天）
             * @example 2013-06-20
             */
            paidOn?: string;
            /**
             * @description 冲正原因
             * @example 收款账号有误，银行退回
             */
            reason: string;
        };
        /** @enum {string} */
        Role: "admin" | "officer" | "finance" | "leader" | "company";
        RunAccrualDto: {
            /**
             * @description 计提月份（计提至该月，YYYY-MM 或该月 1 日；默认上个月）
             * @example 2026-11
             */
            throughMonth?: string;
        };
        /** @enum {string} */
        SchemeStatus: "draft" | "published" | "superseded";
        SchemeVersionView: {
            /** @description 创建人 */
            createdBy: string;
            /**
             * Format: date
             * @description 生效日期
             * @example 2013-03-01
             */
            effectiveOn: string;
            /** Format: uuid */
            id: string;
            items: {
                appliesTo: ("household" | "enterprise" | "facility" | "legacy_base")[];
                /** @example JA-CZ */
                code: string;
                /**
                 * @description 元，最多两位小数
                 * @example 1850.00
                 */
                max?: string;
                /**
                 * @description 元，最多两位小数
                 * @example 1850.00
                 */
                min?: string;
                /** @example 建安重置价 */
                name: string;
                /**
                 * @description 在协议中单列的费用：moving_fee 搬家费，temporary_resettlement_fee 临时安置费
                 * @enum {string}
                 */
                role?: "moving_fee" | "temporary_resettlement_fee";
                rule: {
                    /** @enum {string} */
                    area: "certified" | "surveyed" | "recognised" | "licensed" | "unlicensed" | "homestead";
                    factors?: ({
                        /** @enum {string} */
                        by: "structure";
                        factors: {
                            brick_concrete?: string;
                            brick_wood?: string;
                            reinforced_concrete?: string;
                            simple?: string;
                        };
                        name: string;
                    } | {
                        ageCountedToYear: number;
                        bands: {
                            /** @example 0.85 */
                            factor: string;
                            fromAge: number;
                            toAge?: number;
                        }[];
                        /** @enum {string} */
                        by: "age";
                        name: string;
                    } | {
                        ageCountedToYear: number;
                        bands: {
                            brick_concrete?: {
                                /** @example 0.85 */
                                factor: string;
                                fromAge: number;
                                toAge?: number;
                            }[];
                            brick_wood?: {
                                /** @example 0.85 */
                                factor: string;
                                fromAge: number;
                                toAge?: number;
                            }[];
                            reinforced_concrete?: {
                                /** @example 0.85 */
                                factor: string;
                                fromAge: number;
                                toAge?: number;
                            }[];
                            simple?: {
                                /** @example 0.85 */
                                factor: string;
                                fromAge: number;
                                toAge?: number;
                            }[];
                        };
                        /** @enum {string} */
                        by: "structure_age";
                        name: string;
                    })[];
                    /** @enum {string} */
                    kind: "per_area";
                    /**
                     * @description 元，最多两位小数
                     * @example 1850.00
                     */
                    unitPrice: string;
                } | {
                    /**
                     * @description 元，最多两位小数
                     * @example 1850.00
                     */
                    amount: string;
                    /** @enum {string} */
                    kind: "per_household";
                } | {
                    /**
                     * @description 元，最多两位小数
                     * @example 1850.00
                     */
                    amount: string;
                    /** @enum {string} */
                    kind: "per_person";
                } | {
                    /**
                     * @description 元，最多两位小数
                     * @example 1850.00
                     */
                    amount: string;
                    /** @enum {string} */
                    kind: "per_person_month";
                    months: number;
                } | {
                    /** @enum {string} */
                    kind: "percentage";
                    of: string[];
                    /** @example 30 */
                    percent: string;
                } | {
                    condition: {
                        /** @enum {string} */
                        kind: "signed_by";
                        windows: {
                            /**
                             * @description 元，最多两位小数
                             * @example 1850.00
                             */
                            amount: string;
                            /** Format: date */
                            until: string;
                        }[];
                    } | {
                        /**
                         * @description 元，最多两位小数
                         * @example 1850.00
                         */
                        amount: string;
                        /** @enum {string} */
                        kind: "no_unlicensed_area";
                    } | {
                        /**
                         * @description 元，最多两位小数
                         * @example 1850.00
                         */
                        amount: string;
                        /** @enum {string} */
                        flag: "low_income" | "disabled" | "only_child";
                        /** @enum {string} */
                        kind: "household_flag";
                    };
                    /** @enum {string} */
                    kind: "fixed_if";
                } | {
                    /** @enum {string} */
                    kind: "months_x_monthly";
                } | {
                    /** @enum {string} */
                    kind: "fixed_agreed";
                };
            }[];
            name: string;
            /** @description 版本序号（项目内 1、2、3…） */
            number: number;
            /**
             * @description 项目编号
             * @example GJ17
             */
            projectCode: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            publishedAt: string | null;
            publishedBy: string | null;
            status: components["schemas"]["SchemeStatus"];
            /** @example 已发布 */
            statusLabel: string;
            /** @description 产权调换价格：人均安置面积、安置价、超面积分档价格 */
            swapPricing?: {
                /** @example 40.00 */
                areaPerPerson: string;
                bandsBeyond: {
                    /**
                     * @description 元，最多两位小数
                     * @example 1850.00
                     */
                    price: string;
                    width: string | null;
                }[];
                maxBeyond?: string | null;
                /**
                 * @description 元，最多两位小数
                 * @example 1850.00
                 */
                resettlementPrice: string;
            } | null;
            /** @description 过渡费（临时安置费）规则：按人或按户每月标准、逾期增发、交房后续发月数 */
            transitionalFee?: {
                /**
                 * @description 交房后续发月数
                 * @example 3
                 */
                afterDeliveryMonths: number;
                /** @enum {string} */
                basis: "per_person" | "per_household";
                /**
                 * @description 每人（或每户）每月标准（元）
                 * @example 1850.00
                 */
                monthlyAmount: string;
                /** @description 过渡期满后每满（或开始）一个周期增发的比例及上限 */
                overdue: {
                    /** @example 100 */
                    capPercent: string;
                    /** @example 6 */
                    everyMonths: number;
                    /** @example 50 */
                    percent: string;
                } | null;
            } | null;
            /**
             * @description 过渡费规则说明
             * @example 800.00 元/人/月，逾期每 6 个月增发 50%（上限 100%），交房后续发 3 个月
             */
            transitionalFeeText: string | null;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            updatedAt: string;
            /** @description 乐观锁版本号 */
            version: number;
        };
        SearchHouseholdsDto: {
            /** @description 从上一页答复的 next 之后接着读（按键翻页，深页也快；给出时忽略 page） */
            after?: string;
            /**
             * @description 页码（从 1 开始）
             * @default 1
             */
            page?: number;
            /**
             * @description 每页条数（最多 200）
             * @default 20
             */
            pageSize?: number;
            /**
             * @description 地块编号
             * @example GJ17-01
             */
            parcel?: string;
            /**
             * @description 项目编号
             * @example GJ17
             */
            project?: string;
            /** @description 关键字（户编号前缀、户主姓名的一部分、户主或家庭成员的完整身份证号、完整电话号码） */
            q?: string;
            /**
             * @description 案件进度：该状态及以后（如 signed = 已签约、已腾地、已结算、已移交）
             * @enum {string}
             */
            reached?: "surveying" | "surveyed" | "confirmed" | "signed" | "vacated" | "settled" | "handed_over";
            /**
             * Format: date
             * @description 住房问题解决日期不早于（YYYY-MM-DD，含当日；年度目标“解决动迁户住房”所计的日期）
             * @example 2013-01-01
             */
            resettledFrom?: string;
            /**
             * Format: date
             * @description 住房问题解决日期不晚于（YYYY-MM-DD，含当日）
             * @example 2013-12-31
             */
            resettledTo?: string;
            /**
             * @description 过渡安置状态（如 transitional = 过渡户）
             * @enum {string}
             */
            resettlement?: "none" | "transitional" | "resettled";
            /**
             * @description 排序（字段名，前加 - 为倒序）
             * @default code
             * @enum {string}
             */
            sort?: "code" | "-code" | "headName" | "-headName" | "surveyedOn" | "-surveyedOn" | "updatedAt" | "-updatedAt";
            /**
             * @description 案件状态
             * @enum {string}
             */
            status?: "surveying" | "surveyed" | "confirmed" | "signed" | "vacated" | "settled" | "handed_over";
            /**
             * @description 所在村
             * @example 二联村
             */
            village?: string;
        };
        SettlementCandidatePage: {
            /** @description 按编号排序的一页 */
            items: components["schemas"]["SettlementCandidateView"][];
            /** @description 下一页的翻页位置（作为 after 传回）；没有更多时为 null */
            next: string | null;
        };
        SettlementCandidateView: {
            /** @description 协议金额（元） */
            agreed: string;
            /** Format: uuid */
            agreementId: string;
            /** Format: uuid */
            caseId: string;
            /** @description 已支付（元） */
            paid: string;
            /** @example 张建国 */
            party: string;
            /** @example GJ17-H0001 */
            subjectCode: string;
            /** @example household */
            subjectType: string;
        };
        SettlementFiguresView: {
            /** @description 审定（元） */
            audited: string | null;
            /** @description 审定 − 预算（元） */
            auditedLessBudget: string | null;
            /** @description 审定 − 送审（元） */
            auditedLessSubmitted: string | null;
            /**
             * Format: uuid
             * @description 审计报告附件（最近上传的一份；附件所属类别 audit_report，所属记录为项目 id）
             */
            auditReportAttachmentId: string | null;
            /** @description 审计报告文号 */
            auditReportRef: string | null;
            /** @description 预算（元） */
            budget: string | null;
            /** @description 管理费率（%） */
            managementFeeRate: string | null;
            /** @example GJ17 */
            projectCode: string;
            /**
             * Format: uuid
             * @description 项目 id（审计报告附件的所属记录）
             */
            projectId: string;
            /** @description 送审（元）：各结算单合计之和 */
            submitted: string;
            /** @description 送审 − 预算（元） */
            submittedLessBudget: string | null;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            updatedAt: string | null;
            updatedBy: string | null;
        };
        /** @enum {string} */
        SettlementLineStatus: "pending" | "confirmed" | "disputed" | "dropped";
        SettlementLineView: {
            /**
             * @description 协议金额（元）
             * @example 1000000.00
             */
            agreed: string;
            /** Format: uuid */
            agreementId: string;
            /**
             * @description 已分配的到账（元，按行序分配给已确认的行）
             * @example 1020000.00
             */
            allocated: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            answeredAt: string | null;
            answeredBy: string | null;
            /** Format: uuid */
            caseId: string;
            /** @description 异议原因 */
            disputeReason: string | null;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            droppedAt: string | null;
            droppedBy: string | null;
            /**
             * @description 管理费（元）
             * @example 20000.00
             */
            fee: string;
            /** Format: uuid */
            id: string;
            /**
             * @description 出具时已支付给被征收人（元）
             * @example 1000000.00
             */
            paid: string;
            /**
             * @description 被征收人
             * @example 张建国
             */
            party: string;
            /** @description 行号 */
            position: number;
            /** Format: uuid */
            statementId: string;
            status: components["schemas"]["SettlementLineStatus"];
            /** @example 待确认 */
            statusLabel: string;
            /**
             * @description 征收对象编号
             * @example GJ17-H0001
             */
            subjectCode: string;
            /**
             * @description 征收对象类别
             * @example household
             */
            subjectType: string;
            /**
             * @description 行合计（元）= 协议金额 + 管理费
             * @example 1020000.00
             */
            total: string;
            version: number;
        };
        SettlementReceiptView: {
            /**
             * @description 到账金额（元）
             * @example 500000.00
             */
            amount: string;
            /** @description 银行流水号 */
            bankReference: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            createdAt: string;
            createdBy: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @description 到账日期
             * @example 2013-03-01
             */
            receivedOn: string;
            /** Format: uuid */
            statementId: string;
        };
        /**
         * @description 记录方
         * @enum {string}
         */
        Side: "town" | "company";
        SignAgreementDto: {
            /**
             * Format: date
             * @description 签约日期（YYYY-MM-DD）
             * @example 2013-06-01
             */
            signedOn: string;
        };
        StageDateDto: {
            /**
             * Format: date
             * @description 实际完成日期（不能晚于今天）
             */
            actual?: string | null;
            /**
             * Format: date
             * @description 计划完成日期
             */
            planned?: string | null;
        };
        StageDatesDto: {
            /** @description 竣工 */
            completed?: components["schemas"]["StageDateDto"];
            /** @description 在建 */
            construction?: components["schemas"]["StageDateDto"];
            /** @description 交付中 */
            delivering?: components["schemas"]["StageDateDto"];
            /** @description 规划 */
            planning?: components["schemas"]["StageDateDto"];
            /** @description 前期手续 */
            preliminary?: components["schemas"]["StageDateDto"];
        };
        StageStepView: {
            /**
             * Format: date
             * @description 实际完成日期
             * @example 2013-03-01
             */
            actual: string | null;
            /** @example 在建 */
            label: string;
            /** @description 计划完成日期已过而尚未完成 */
            late: boolean;
            /**
             * Format: date
             * @description 计划完成日期
             * @example 2013-03-01
             */
            planned: string | null;
            stage: components["schemas"]["BaseStage"];
            /**
             * @description 已完成 / 当前阶段 / 未开始
             * @enum {string}
             */
            state: "done" | "current" | "waiting";
        };
        StatementPage: {
            items: components["schemas"]["StatementSummaryView"][];
            /** @description 符合条件的总条数 */
            total: number;
        };
        /** @enum {string} */
        StatementStatus: "issued" | "confirmed";
        StatementSummaryView: {
            /**
             * Format: date-time
             * @description 全部确认的时间
             * @example 2013-03-01T09:30:00.000+08:00
             */
            confirmedAt: string | null;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            createdAt: string;
            createdBy: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @description 出具日期
             * @example 2013-03-01
             */
            issuedOn: string;
            /**
             * @description 管理费率（%）
             * @example 2.5000
             */
            managementFeeRate: string | null;
            /**
             * @description 结算单号
             * @example JS-GJ17-001
             */
            number: string;
            /** @example GJ17 */
            projectCode: string;
            /**
             * @description 已到账（元）
             * @example 500000.00
             */
            received: string;
            status: components["schemas"]["StatementStatus"];
            /** @example 待确认 */
            statusLabel: string;
            /**
             * @description 结算单合计（元，不含已移出的行）
             * @example 1020000.00
             */
            total: string;
            version: number;
        };
        StatementView: {
            /**
             * Format: date-time
             * @description 全部确认的时间
             * @example 2013-03-01T09:30:00.000+08:00
             */
            confirmedAt: string | null;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            createdAt: string;
            createdBy: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @description 出具日期
             * @example 2013-03-01
             */
            issuedOn: string;
            lines: components["schemas"]["SettlementLineView"][];
            /**
             * @description 管理费率（%）
             * @example 2.5000
             */
            managementFeeRate: string | null;
            /**
             * @description 结算单号
             * @example JS-GJ17-001
             */
            number: string;
            /** @description 未到账（元） */
            outstanding: string;
            /** @example GJ17 */
            projectCode: string;
            receipts: components["schemas"]["SettlementReceiptView"][];
            /**
             * @description 已到账（元）
             * @example 500000.00
             */
            received: string;
            status: components["schemas"]["StatementStatus"];
            /** @example 待确认 */
            statusLabel: string;
            /**
             * @description 结算单合计（元，不含已移出的行）
             * @example 1020000.00
             */
            total: string;
            /** @description 已到账未分配（元） */
            unallocated: string;
            version: number;
        };
        StatusCountView: {
            count: number;
            drill: components["schemas"]["CaseDrillView"];
            /** @example 已签约 */
            label: string;
            status: components["schemas"]["CaseStatus"];
        };
        SubjectKindCountsView: {
            /** @description 各案件状态（按生命周期顺序） */
            byStatus: components["schemas"]["StatusCountView"][];
            kind: components["schemas"]["SubjectType"];
            /** @example 民房 */
            label: string;
            total: components["schemas"]["CountView"];
        };
        /** @enum {string} */
        SubjectType: "household" | "enterprise" | "facility" | "legacy_base";
        /** @enum {string} */
        SurveyStatus: "unsurveyed" | "surveying" | "confirmed";
        SwapDifferenceView: {
            /** @description 超出应安置面积 */
            beyondArea: string;
            /** @description 补偿金额（元） */
            compensation: string;
            /** @description 差价（元）：正数应付被征收户，负数由被征收户补交 */
            difference: string;
            direction: components["schemas"]["SwapDirection"];
            /** @description 应安置面积（认定人口 × 人均安置面积） */
            entitlementArea: string;
            /** @description 安置房面积 */
            housingArea: string;
            /** @description 安置房价值（元） */
            housingValue: string;
            lines: components["schemas"]["SwapLineView"][];
            /** @example 应付被征收户差价 12,345.67 元 */
            summary: string;
        };
        /** @enum {string} */
        SwapDirection: "to_household" | "by_household" | "none";
        SwapLineView: {
            /** @example 360000.00 */
            amount: string;
            /** @example 120 */
            area: string;
            /** @example 应安置面积内 */
            label: string;
            /** @example 3000.00 */
            price: string;
            /** @example 120.00 m² × 3,000.00 元/m² */
            words: string;
        };
        TargetEntryView: {
            /**
             * Format: date
             * @example 2013-06-30
             */
            enteredOn: string;
            /**
             * Format: uuid
             * @description 佐证材料（附件 id）
             */
            evidenceAttachmentId: string | null;
            /** Format: uuid */
            id: string;
            note: string | null;
            /**
             * @description 录入时间（+08:00）
             * @example 2013-06-30T17:00:00.000+08:00
             */
            recordedAt: string;
            /** @example leader */
            recordedBy: string;
            /**
             * @description 本次完成量
             * @example 120
             */
            value: string;
        };
        /** @enum {string} */
        TargetMeasure: "housing_solved" | "households_signed" | "parcels_handed_over" | "area_handed_over" | "transitional_cleared" | "milestone" | "manual";
        TargetScopeRefView: {
            /** @example GJ17 */
            code: string;
        };
        /** @enum {string} */
        TargetUnit: "户" | "块" | "㎡" | "人" | "项";
        TargetView: {
            /**
             * @description 完成值：系统口径按业务记录实时统计（仅当前用户可见的项目），手工口径为进展之和
             * @example 412
             */
            actual: string;
            /** @description 限定安置基地（空为全部） */
            bases: components["schemas"]["TargetScopeRefView"][];
            /** @description 手工口径的进展记录（新的在前） */
            entries: components["schemas"]["TargetEntryView"][];
            /** Format: uuid */
            id: string;
            /**
             * @description 完成值背后的户列表（网页路径及筛选条件），无则为 null
             * @example /households?resettledFrom=2013-01-01&resettledTo=2013-12-31
             */
            link: string | null;
            measure: components["schemas"]["TargetMeasure"];
            /** @example 解决动迁户住房（户） */
            measureLabel: string;
            /** @example 解决536户动迁户居民住房问题 */
            name: string;
            /**
             * @description 完成百分比（一位小数）
             * @example 76.9
             */
            percent: number;
            position: number;
            /** @description 限定项目（空为全部） */
            projects: components["schemas"]["TargetScopeRefView"][];
            /**
             * @description 尚差（不小于 0）
             * @example 124
             */
            remaining: string;
            /**
             * @description 目标值
             * @example 536
             */
            targetValue: string;
            unit: components["schemas"]["TargetUnit"];
            /** @description 版本号（修改时提供） */
            version: number;
            /** @example 2013 */
            year: number;
        };
        TransitionalHouseholdView: {
            /**
             * @description 已计提过渡费（元）
             * @example 28800.00
             */
            accrued: string;
            /** @description 已计提月数 */
            accruedMonths: number;
            /** @description 已分配房源所在基地 */
            bases: string | null;
            /** Format: uuid */
            caseId: string;
            /** @description 已过渡整月数（至今天） */
            monthsWaiting: number;
            /**
             * @description 户主（公司联络员只见姓氏）
             * @example 张建国
             */
            name: string;
            /**
             * @description 已支付过渡费（元）
             * @example 24000.00
             */
            paid: string;
            /** @description 认定人口 */
            persons: number;
            /**
             * Format: date
             * @description 计划交房日期（房源、楼栋或基地的计划交付日期）
             * @example 2013-03-01
             */
            plannedDeliveryOn: string | null;
            /** @example GJ17 */
            projectCode: string;
            projectName: string;
            /**
             * @description 征收对象编号
             * @example GJ17-H0012
             */
            subjectCode: string;
            /** @enum {string|null} */
            transitionMethod: "monetary" | "turnover_flat" | null;
            /** @example 货币过渡（领取过渡费） */
            transitionMethodLabel: string;
            /** @description 协议过渡期限（月） */
            transitionMonths: number | null;
            /** @description 已分配房源（楼号-室号） */
            units: string | null;
            /**
             * @description 未支付过渡费（元）
             * @example 4800.00
             */
            unpaid: string;
            /**
             * Format: date
             * @description 腾地日期（过渡起始）
             * @example 2013-03-01
             */
            vacatedOn: string;
        };
        TransitionalPage: {
            items: components["schemas"]["TransitionalHouseholdView"][];
            /** @description 符合条件的总条数 */
            total: number;
            /** @description 符合条件的全部过渡户合计 */
            totals: components["schemas"]["TransitionalTotalsView"];
        };
        TransitionalTotalsView: {
            /** @example 1288000.00 */
            accrued: string;
            households: number;
            /** @example 960000.00 */
            paid: string;
            /** @example 328000.00 */
            unpaid: string;
        };
        TransitionCaseDto: {
            /** @description 原因（退回类操作必填） */
            reason?: string;
            /**
             * @description 目标状态
             * @enum {string}
             */
            to: "surveying" | "surveyed" | "confirmed" | "signed" | "vacated" | "settled" | "handed_over";
            /** @description 案件版本号（乐观锁；提供时必须与当前版本一致） */
            version?: number;
        };
        /**
         * @description 过渡方式：货币过渡 / 周转房过渡
         * @enum {string}
         */
        TransitionMethod: "monetary" | "turnover_flat";
        UnfreezeUnitDto: {
            /** @description 读取时的版本号 */
            version: number;
        };
        UnitCountsView: {
            /** @description 已分配 */
            allocated: number;
            /** @description 可选 */
            available: number;
            /** @description 已交房 */
            delivered: number;
            /** @description 冻结 */
            frozen: number;
            /** @description 已预留 */
            reserved: number;
            /** @description 房源总数 */
            total: number;
        };
        UnitHolderView: {
            /**
             * Format: uuid
             * @description 案件（调用者看得到该项目时）
             */
            caseId: string | null;
            /**
             * @description 户编号
             * @example GJ17-0012
             */
            code: string;
            /**
             * @description 户主姓名：仅管理员和本项目经办人员可见
             * @example 张建国
             */
            name: string | null;
            purpose: components["schemas"]["AllocationPurpose"];
            /** @example 安置房 */
            purposeLabel: string;
        };
        /** @enum {string} */
        UnitKind: "built" | "off_plan";
        UnitOptionsView: {
            entry: components["schemas"]["ChoosingEntryView"];
            /** @description 已选面积（m²） */
            heldArea: string;
            options: components["schemas"]["UnitOptionView"][];
        };
        UnitOptionView: {
            /** @description 能否选定 */
            available: boolean;
            /** @description 选定后的差价（元）：正数应付被征收户，负数由被征收户补交 */
            difference: string | null;
            /** @description 选定后该户安置房总面积（m²） */
            housingArea: string;
            /** @description 不能选定的原因 */
            reason: string | null;
            /** @description 该房源已为本户预留（排在最前） */
            reserved: boolean;
            /** @example 被征收户应补交差价 12,345.67 元 */
            summary: string | null;
            unit: components["schemas"]["ChoosingUnitView"];
        };
        UnitPage: {
            items: components["schemas"]["UnitView"][];
            /** @description 符合条件的总条数 */
            total: number;
        };
        /** @enum {string} */
        UnitStatus: "available" | "reserved" | "allocated" | "delivered" | "frozen";
        UnitView: {
            /**
             * @description 建筑面积（平方米）
             * @example 80.00
             */
            area: string;
            /** @example BC */
            baseCode: string;
            /** Format: uuid */
            baseId: string;
            /** @example 徐泾北城安置基地 */
            baseName: string;
            /** @example 3号楼 */
            buildingCode: string;
            /** Format: uuid */
            buildingId: string;
            floor: number;
            /** @description 冻结原因 */
            frozenReason: string | null;
            /** @description 预留、分配或已交房给的户 */
            holder: components["schemas"]["UnitHolderView"] | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["UnitKind"];
            /** @example 现房 */
            kindLabel: string;
            /** @example 两室一厅 */
            layout: string;
            /**
             * @description 市场价（元/平方米）
             * @example 32000.00
             */
            marketPrice: string;
            /**
             * Format: date
             * @description 期房的计划交付日期
             * @example 2013-03-01
             */
            plannedDeliveryOn: string | null;
            /**
             * @description 安置价（元/平方米）
             * @example 3200.00
             */
            resettlementPrice: string;
            status: components["schemas"]["UnitStatus"];
            /** @example 可选 */
            statusLabel: string;
            /** @description 可作周转房 */
            turnover: boolean;
            /**
             * @description 室号
             * @example 1502
             */
            unitNo: string;
            version: number;
        };
        UnlicensedProposalView: {
            /**
             * @description 该户现登记的无证面积（平方米）
             * @example 0.00
             */
            currentArea: string;
            /** Format: uuid */
            householdId: string;
            /** @description 该户的版本号（确认时填写） */
            householdVersion: number;
            /** @description 建议与现登记不一致，等待经办人确认 */
            pending: boolean;
            /**
             * @description 整治台账建议的无证面积：该户违法建筑（未拆除）面积之和
             * @example 85.50
             */
            proposedArea: string;
            /**
             * @description 计入建议的违法建筑
             * @example [
             *       "ZZ-0007"
             *     ]
             */
            violationCodes: string[];
        };
        UnmaskDto: {
            /**
             * @description 查看事由（必填，最多 200 字）
             * @example 核对补偿协议签约人身份
             */
            reason: string;
        };
        UpdateActionItemDto: {
            /**
             * Format: date
             * @description 完成日期（默认今天；重新打开时忽略）
             */
            doneOn?: string | null;
            /** @description open 未完成，done 已完成 */
            status: components["schemas"]["ActionItemStatus"];
            /** @description 读取时的版本号（防止覆盖他人的修改） */
            version: number;
        };
        UpdateBaseDto: {
            /**
             * Format: date
             * @description 计划交付日期
             */
            plannedDeliveryOn?: string | null;
            /** @description 备注 */
            remarks?: string | null;
            stage?: components["schemas"]["BaseStage"];
            /** @description 给出的阶段的日期（未给出的阶段不变） */
            stageDates?: components["schemas"]["StageDatesDto"];
            /** @description 读取时的版本号 */
            version: number;
        };
        UpdateEnterpriseDto: {
            /**
             * @description 建筑面积（平方米，最多两位小数）
             * @example 1800.00
             */
            buildingArea?: string | null;
            /**
             * @description 经营类型
             * @example 制造业
             */
            businessType?: string | null;
            /**
             * @description 企业编号（项目内唯一）
             * @example GJ17-QY-001
             */
            code?: string;
            /**
             * @description 统一社会信用代码（18 位）
             * @example 91350100M000100Y43
             */
            creditCode?: string;
            /**
             * @description 从业人数
             * @example 35
             */
            employees?: number | null;
            /**
             * @description 占地面积（平方米，最多两位小数）
             * @example 2500.00
             */
            landArea?: string | null;
            /**
             * @description 法定代表人
             * @example 王明
             */
            legalRepresentative?: string;
            /**
             * @description 停产停业损失月度金额（元/月，最多两位小数）
             * @example 20000.00
             */
            monthlyLoss?: string | null;
            /**
             * @description 企业名称
             * @example 上海徐泾五金制品厂
             */
            name?: string;
            /**
             * @description 地块编号
             * @example GJ17-01
             */
            parcelCode?: string;
            /** @description 备注 */
            remarks?: string | null;
            /**
             * @description 停产停业月数
             * @example 6
             */
            suspensionMonths?: number | null;
            /**
             * @description 版本号（乐观锁，填写读取时的 version）
             * @example 1
             */
            version: number;
        };
        UpdateFacilityDto: {
            /**
             * @description 设施编号（项目内唯一）
             * @example GJ17-SZ-001
             */
            code?: string;
            /**
             * @description 设施说明
             * @example 10kV 架空线路
             */
            description?: string | null;
            /**
             * @description 设施类别
             * @example power
             * @enum {string}
             */
            kind?: "power" | "telecom" | "water" | "drainage" | "gas" | "road" | "bridge" | "other";
            /**
             * @description 产权单位
             * @example 国网上海市北供电公司
             */
            ownerUnit?: string;
            /**
             * @description 地块编号
             * @example GJ17-01
             */
            parcelCode?: string;
            /**
             * @description 数量（最多两位小数）
             * @example 12
             */
            quantity?: string;
            /** @description 备注 */
            remarks?: string | null;
            /**
             * @description 计量单位（如 米、根、座）
             * @example 根
             */
            unit?: string;
            /**
             * @description 版本号（乐观锁，填写读取时的 version）
             * @example 1
             */
            version: number;
        };
        UpdateFiguresDto: {
            /**
             * @description 审定金额（元），须同时填写审计报告文号
             * @example 48800000.00
             */
            audited?: string | null;
            /**
             * Format: uuid
             * @description 审计报告附件
             */
            auditReportAttachmentId?: string | null;
            /**
             * @description 审计报告文号
             * @example 沪青审〔2014〕12号
             */
            auditReportRef?: string | null;
            /**
             * @description 预算（元）
             * @example 50000000.00
             */
            budget?: string | null;
            /**
             * @description 管理费率（%，最多四位小数；不收管理费则为空）
             * @example 2.5
             */
            managementFeeRate?: string | null;
        };
        UpdateHouseholdDto: {
            /**
             * @description 证载面积（平方米，最多两位小数）
             * @example 120.50
             */
            certifiedArea?: string | null;
            /**
             * @description 户编号（项目内唯一）
             * @example GJ17-0001
             */
            code?: string;
            /** @description 家中有残疾人 */
            disabled?: boolean;
            /**
             * @description 重复户主原因（一人多户：户主身份证号已是本项目其他户的户主时必填，2–200 字；不填则拒绝，422，details 中 rule 为 duplicate-head）
             * @example 户主在本项目另有一处宅基地，经村委会核实
             */
            duplicateHeadReason?: string | null;
            /**
             * @description 村民小组
             * @example 3组
             */
            group?: string | null;
            /**
             * @description 户主身份证号（18 位）
             * @example 11010519491231002X
             */
            headIdNumber?: string;
            /**
             * @description 户主姓名
             * @example 张建国
             */
            headName?: string;
            /**
             * @description 宅基地面积（平方米，最多两位小数）
             * @example 150.00
             */
            homesteadArea?: string | null;
            /**
             * @description 合法建筑面积（有证，平方米，最多两位小数）
             * @example 120.50
             */
            licensedArea?: string;
            /** @description 低保户 */
            lowIncome?: boolean;
            /** @description 家庭成员（最多 30 人；提供时整体替换） */
            members?: components["schemas"]["HouseholdMemberDto"][];
            /** @description 独生子女户 */
            onlyChild?: boolean;
            /**
             * @description 地块编号
             * @example GJ17-01
             */
            parcelCode?: string;
            /**
             * @description 联系电话
             * @example 13812345678
             */
            phone?: string | null;
            /**
             * @description 认定面积（平方米，最多两位小数）
             * @example 120.50
             */
            recognisedArea?: string | null;
            /**
             * @description 户籍人数
             * @example 3
             */
            registeredPersons?: number;
            /** @description 备注 */
            remarks?: string | null;
            /**
             * @description 房屋结构
             * @enum {string}
             */
            structure?: "reinforced_concrete" | "brick_concrete" | "brick_wood" | "simple";
            /**
             * @description 测绘面积（平方米，最多两位小数）
             * @example 121.30
             */
            surveyedArea?: string | null;
            /**
             * @description 摸底日期（YYYY-MM-DD，不晚于今天）
             * @example 2013-03-01
             */
            surveyedOn?: string | null;
            /**
             * @description 无证建筑面积（平方米，最多两位小数）
             * @example 20.00
             */
            unlicensedArea?: string | null;
            /**
             * @description 版本号（乐观锁，填写读取时的 version）
             * @example 1
             */
            version: number;
            /**
             * @description 所在村
             * @example 二联村
             */
            village?: string;
            /**
             * @description 建造年份
             * @example 1995
             */
            yearBuilt?: number | null;
        };
        UpdateLegacyBaseDto: {
            /**
             * @description 面积（平方米，最多两位小数）
             * @example 3500.00
             */
            area?: string | null;
            /**
             * @description 遗留基地编号（项目内唯一）
             * @example GJ17-YL-001
             */
            code?: string;
            /**
             * @description 剩余户数
             * @default 0
             * @example 4
             */
            householdsRemaining?: number | null;
            /**
             * @description 基地名称
             * @example 原318国道拓宽遗留地块
             */
            name?: string;
            /**
             * @description 原项目
             * @example 318国道拓宽工程
             */
            originalProject?: string | null;
            /**
             * @description 地块编号
             * @example GJ17-01
             */
            parcelCode?: string;
            /** @description 备注 */
            remarks?: string | null;
            /**
             * @description 版本号（乐观锁，填写读取时的 version）
             * @example 1
             */
            version: number;
        };
        UpdateMilestoneDto: {
            /**
             * Format: uuid
             * @description 前置节点（须先完成）
             */
            dependsOnId?: string | null;
            /**
             * @description 节点名称
             * @example 两线一圈地块腾地完成
             */
            name: string;
            /**
             * Format: date
             * @description 计划完成日期
             */
            plannedOn: string;
            /** @description 备注 */
            remarks?: string | null;
            /**
             * @description 责任人姓名
             * @example 王建国
             */
            responsibleName?: string | null;
            /**
             * @description 责任单位
             * @example 动迁办
             */
            responsibleUnit: string;
            /**
             * Format: uuid
             * @description 责任人账号（逾期时通知此人）
             */
            responsibleUserId?: string | null;
            /** @description 读取时的版本号（过期 409） */
            version: number;
        };
        UpdateOwnershipDto: {
            /** @description 面积（平方米，最多两位小数） */
            area?: string;
            /**
             * @description 所有权证书编号（已确权的必填）
             * @example 沪集有(2013)青字第001号
             */
            certificateNo?: string | null;
            landUse?: components["schemas"]["LandUse"];
            /**
             * @description 坐落（不在项目地块上的土地须填写）
             * @example 二联村北横港以南
             */
            location?: string | null;
            ownerKind?: components["schemas"]["OwnerKind"];
            /** @description 所有权人名称 */
            ownerName?: string;
            /** @description 备注 */
            remarks?: string | null;
            /**
             * @description 版本号（乐观锁，填写读取时的 version）
             * @example 1
             */
            version: number;
        };
        UpdateParcelDto: {
            /**
             * @description 地块面积（平方米，最多两位小数）
             * @example 12500.50
             */
            area?: string;
            /**
             * @description 土地权属（collective 集体 / state 国有）
             * @enum {string}
             */
            landOwnership?: "collective" | "state";
            /** @description 备注 */
            remarks?: string;
            /**
             * @description 地块状态
             * @enum {string}
             */
            status?: "surveying" | "clearing" | "cleared" | "handed_over";
            /**
             * @description 版本号（乐观锁，填写读取时的 version）
             * @example 1
             */
            version: number;
            /**
             * @description 所在村
             * @example 二联村
             */
            village?: string;
        };
        UpdatePlanDto: {
            /** @description 方案名称 */
            name?: string;
            /** @description 归并的所有权记录（替换原有的） */
            ownershipIds?: string[];
            /** @description 说明 */
            remarks?: string | null;
            targetOwnerKind?: components["schemas"]["OwnerKind"];
            /** @description 归并后的所有权人 */
            targetOwnerName?: string;
            targetUse?: components["schemas"]["LandUse"];
            /**
             * @description 版本号（乐观锁）
             * @example 1
             */
            version: number;
        };
        UpdateProjectDto: {
            /**
             * @description 收储单位（默认西虹桥公司）
             * @example 西虹桥公司
             */
            acquirer?: string;
            /**
             * @description 项目名称
             * @example 轨交17号线
             */
            name?: string;
            /**
             * @description 计划完成日期
             * @example 2013-12-31
             */
            plannedEndOn?: string;
            /**
             * @description 计划开始日期
             * @example 2013-03-01
             */
            plannedStartOn?: string;
            /** @description 备注 */
            remarks?: string;
            /**
             * @description 项目状态
             * @enum {string}
             */
            status?: "preparing" | "in_progress" | "completed";
            /**
             * @description 版本号（乐观锁，填写读取时的 version）
             * @example 1
             */
            version: number;
            /**
             * @description 所属区域
             * @example 两线一圈
             */
            zone?: string;
        };
        UpdateSchemeVersionDto: {
            /**
             * Format: date
             * @description 生效日期（YYYY-MM-DD）
             * @example 2013-03-01
             */
            effectiveOn?: string;
            /** @description 补偿项目（按顺序） */
            items?: {
                appliesTo: ("household" | "enterprise" | "facility" | "legacy_base")[];
                /** @example JA-CZ */
                code: string;
                /**
                 * @description 元，最多两位小数
                 * @example 1850.00
                 */
                max?: string;
                /**
                 * @description 元，最多两位小数
                 * @example 1850.00
                 */
                min?: string;
                /** @example 建安重置价 */
                name: string;
                /**
                 * @description 在协议中单列的费用：moving_fee 搬家费，temporary_resettlement_fee 临时安置费
                 * @enum {string}
                 */
                role?: "moving_fee" | "temporary_resettlement_fee";
                rule: {
                    /** @enum {string} */
                    area: "certified" | "surveyed" | "recognised" | "licensed" | "unlicensed" | "homestead";
                    factors?: ({
                        /** @enum {string} */
                        by: "structure";
                        factors: {
                            brick_concrete?: string;
                            brick_wood?: string;
                            reinforced_concrete?: string;
                            simple?: string;
                        };
                        name: string;
                    } | {
                        ageCountedToYear: number;
                        bands: {
                            /** @example 0.85 */
                            factor: string;
                            fromAge: number;
                            toAge?: number;
                        }[];
                        /** @enum {string} */
                        by: "age";
                        name: string;
                    } | {
                        ageCountedToYear: number;
                        bands: {
                            brick_concrete?: {
                                /** @example 0.85 */
                                factor: string;
                                fromAge: number;
                                toAge?: number;
                            }[];
                            brick_wood?: {
                                /** @example 0.85 */
                                factor: string;
                                fromAge: number;
                                toAge?: number;
                            }[];
                            reinforced_concrete?: {
                                /** @example 0.85 */
                                factor: string;
                                fromAge: number;
                                toAge?: number;
                            }[];
                            simple?: {
                                /** @example 0.85 */
                                factor: string;
                                fromAge: number;
                                toAge?: number;
                            }[];
                        };
                        /** @enum {string} */
                        by: "structure_age";
                        name: string;
                    })[];
                    /** @enum {string} */
                    kind: "per_area";
                    /**
                     * @description 元，最多两位小数
                     * @example 1850.00
                     */
                    unitPrice: string;
                } | {
                    /**
                     * @description 元，最多两位小数
                     * @example 1850.00
                     */
                    amount: string;
                    /** @enum {string} */
                    kind: "per_household";
                } | {
                    /**
                     * @description 元，最多两位小数
                     * @example 1850.00
                     */
                    amount: string;
                    /** @enum {string} */
                    kind: "per_person";
                } | {
                    /**
                     * @description 元，最多两位小数
                     * @example 1850.00
                     */
                    amount: string;
                    /** @enum {string} */
                    kind: "per_person_month";
                    months: number;
                } | {
                    /** @enum {string} */
                    kind: "percentage";
                    of: string[];
                    /** @example 30 */
                    percent: string;
                } | {
                    condition: {
                        /** @enum {string} */
                        kind: "signed_by";
                        windows: {
                            /**
                             * @description 元，最多两位小数
                             * @example 1850.00
                             */
                            amount: string;
                            /** Format: date */
                            until: string;
                        }[];
                    } | {
                        /**
                         * @description 元，最多两位小数
                         * @example 1850.00
                         */
                        amount: string;
                        /** @enum {string} */
                        kind: "no_unlicensed_area";
                    } | {
                        /**
                         * @description 元，最多两位小数
                         * @example 1850.00
                         */
                        amount: string;
                        /** @enum {string} */
                        flag: "low_income" | "disabled" | "only_child";
                        /** @enum {string} */
                        kind: "household_flag";
                    };
                    /** @enum {string} */
                    kind: "fixed_if";
                } | {
                    /** @enum {string} */
                    kind: "months_x_monthly";
                } | {
                    /** @enum {string} */
                    kind: "fixed_agreed";
                };
            }[];
            /**
             * @description 版本名称
             * @example 轨交17号线补偿方案（2013 年版）
             */
            name?: string;
            /** @description 产权调换价格：人均安置面积、安置价、超面积分档价格 */
            swapPricing?: {
                /** @example 40.00 */
                areaPerPerson?: string;
                bandsBeyond?: {
                    /**
                     * @description 元，最多两位小数
                     * @example 1850.00
                     */
                    price: string;
                    width: string | null;
                }[];
                maxBeyond?: string | null;
                /**
                 * @description 元，最多两位小数
                 * @example 1850.00
                 */
                resettlementPrice?: string;
            } | null;
            /** @description 过渡费（临时安置费）规则：按人或按户每月标准、逾期增发、交房后续发月数 */
            transitionalFee?: {
                /**
                 * @description 交房后续发月数
                 * @example 3
                 */
                afterDeliveryMonths?: number;
                /** @enum {string} */
                basis?: "per_person" | "per_household";
                /**
                 * @description 每人（或每户）每月标准（元）
                 * @example 1850.00
                 */
                monthlyAmount?: string;
                /** @description 过渡期满后每满（或开始）一个周期增发的比例及上限 */
                overdue?: {
                    /** @example 100 */
                    capPercent: string;
                    /** @example 6 */
                    everyMonths: number;
                    /** @example 50 */
                    percent: string;
                } | null;
            } | null;
            /**
             * @description 版本号（乐观锁）
             * @example 1
             */
            version: number;
        };
        UpdateTargetDto: {
            /**
             * @description 限定安置基地（基地编号；仅住房解决、过渡户清退）
             * @example [
             *       "BC"
             *     ]
             */
            baseCodes?: string[];
            /** @description 目标名称 */
            name?: string;
            /**
             * @description 排列顺序（小的在前）
             * @example 1
             */
            position?: number;
            /**
             * @description 限定项目（项目编号；不填为全部项目）
             * @example [
             *       "GJ17"
             *     ]
             */
            projectCodes?: string[];
            /**
             * @description 目标值（最多两位小数）
             * @example 536
             */
            targetValue?: string;
            /** @description 计量单位 */
            unit?: components["schemas"]["TargetUnit"];
            /**
             * @description 版本号（乐观锁，填写读取时的 version）
             * @example 1
             */
            version: number;
        };
        UpdateUserDto: {
            /**
             * @description 姓名
             * @example 王建国
             */
            displayName?: string;
            /** @description 负责的项目编号（整体替换） */
            projects?: string[];
            /** @description 角色（至少一个） */
            roles?: ("admin" | "officer" | "finance" | "leader" | "company")[];
            /**
             * @description 版本号（乐观锁，填写读取时的 version）
             * @example 1
             */
            version: number;
        };
        UserPage: {
            items: components["schemas"]["UserView"][];
            /** @description 符合条件的总条数 */
            total: number;
        };
        UserView: {
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            createdAt: string;
            disabled: boolean;
            displayName: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            lastLoginAt: string | null;
            /** @description 登录失败次数过多，暂时锁定 */
            locked: boolean;
            mustChangePassword: boolean;
            /** @description 负责的项目编号 */
            projects: string[];
            roles: components["schemas"]["Role"][];
            username: string;
            version: number;
        };
        UserWithPasswordView: {
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            createdAt: string;
            disabled: boolean;
            displayName: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            lastLoginAt: string | null;
            /** @description 登录失败次数过多，暂时锁定 */
            locked: boolean;
            mustChangePassword: boolean;
            /** @description 负责的项目编号 */
            projects: string[];
            roles: components["schemas"]["Role"][];
            /** @description 临时密码（只显示这一次） */
            temporaryPassword?: string;
            username: string;
            version: number;
        };
        VersionDto: {
            /**
             * @description 版本号（乐观锁，填写读取时的 version）
             * @example 1
             */
            version: number;
        };
        VillageFiguresView: {
            /** @description 年内消除（整改完毕或拆除） */
            eliminated: number;
            /** @description 年内新增 */
            newFound: number;
            /** @description 未消除（年末或今天） */
            open: number;
            /** @description 年初存量 */
            stockAtStart: number;
            /** @description 其中消除的存量 */
            stockEliminated: number;
            /** @example 二联村 */
            village: string;
        };
        VillageListView: {
            /**
             * @description 当前用户可登记的村（经办人：所负责项目地块所在村）
             * @example [
             *       "二联村",
             *       "金联村"
             *     ]
             */
            villages: string[];
        };
        /** @enum {string} */
        ViolationKind: "illegal_land" | "illegal_building" | "waste_dumping";
        ViolationNextStepView: {
            /** @example 已下达整改通知 */
            label: string;
            to: components["schemas"]["ViolationStatus"];
        };
        /**
         * @description 对该年度：存量（年初前发现）或新增；晚于该年度发现为空
         * @enum {string}
         */
        ViolationOrigin: "stock" | "new";
        ViolationPageView: {
            items: components["schemas"]["ViolationView"][];
            total: number;
            /** @description 存量 / 新增 所对照的年度 */
            year: number;
        };
        /** @enum {string} */
        ViolationStatus: "found" | "notice_issued" | "rectifying" | "rectified" | "demolished";
        ViolationStepDto: {
            /**
             * @description 整改期限（下达整改通知时必填）
             * @example 2013-04-10
             */
            deadline?: string;
            /** @description 说明（通知文号、整改情况等） */
            note?: string;
            /**
             * @description 日期（默认今天）
             * @example 2013-03-10
             */
            on?: string;
            /** @description 变更为 */
            to: components["schemas"]["ViolationStatus"];
            /**
             * @description 版本号（乐观锁，填写读取时的 version）
             * @example 1
             */
            version: number;
        };
        ViolationStepView: {
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date
             * @example 2013-03-01
             */
            deadline: string | null;
            /** @description 登记时为空 */
            fromStatus: components["schemas"]["ViolationStatus"] | null;
            note: string | null;
            /**
             * Format: date
             * @example 2013-03-01
             */
            stepOn: string;
            toStatus: components["schemas"]["ViolationStatus"];
            /** @example 整改中 */
            toStatusLabel: string;
        };
        ViolationView: {
            address: string | null;
            /**
             * @description 面积（平方米）
             * @example 85.50
             */
            area: string | null;
            /**
             * Format: date
             * @example 2013-03-01
             */
            closedOn: string | null;
            /**
             * @description 台账编号
             * @example ZZ-0007
             */
            code: string;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date
             * @example 2013-03-01
             */
            deadline: string | null;
            /**
             * Format: date-time
             * @example 2013-03-01T09:30:00.000+08:00
             */
            discoveredAt: string;
            /**
             * Format: date
             * @example 2013-03-01
             */
            discoveredOn: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ViolationKind"];
            /** @example 违法建筑 */
            kindLabel: string;
            /** @description 可以进行的下一步 */
            nextSteps: components["schemas"]["ViolationNextStepView"][];
            /** @description 对该年度：存量（年初前发现）或新增；晚于该年度发现为空 */
            origin: components["schemas"]["ViolationOrigin"] | null;
            /** @example 存量 */
            originLabel: string | null;
            /** @description 逾期：过了整改期限仍未整改完毕 */
            overdue: boolean;
            /** @example GJ17-01 */
            parcelCode: string | null;
            /** @example GJ17 */
            projectCode: string | null;
            remarks: string | null;
            /**
             * @description 责任人或责任单位
             * @example 民房 ELC-0012 张建国
             */
            responsible: string;
            /** Format: uuid */
            responsibleSubjectId: string | null;
            /**
             * @description 责任对象类型
             * @enum {string|null}
             */
            responsibleSubjectType: "household" | "enterprise" | null;
            status: components["schemas"]["ViolationStatus"];
            /** @example 整改中 */
            statusLabel: string;
            /** @description 状态步骤（仅详情中给出，列表中为空） */
            steps: components["schemas"]["ViolationStepView"][];
            version: number;
            /** @example 二联村 */
            village: string;
            /**
             * @description 方量（立方米）
             * @example 120.00
             */
            volume: string | null;
            /**
             * @description 存量 / 新增 所对照的年度
             * @example 2013
             */
            year: number;
        };
        VoidAgreementDto: {
            /**
             * @description 作废原因
             * @example 家庭成员对安置方式有异议，协议作废重签
             */
            reason: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    CommunicationController_items: {
        parameters: {
            query?: {
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                /** @description 项目编号 */
                project?: string;
                /** @description overdue 逾期未完成（默认），open 未完成，done 已完成 */
                state?: "overdue" | "open" | "done";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItemPage"];
                };
            };
        };
    };
    CommunicationController_updateItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateActionItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItemView"];
                };
            };
        };
    };
    QueueStateController_get: {
        parameters: {
            query?: {
                /** @description 最近任务条数（最多 200） */
                limit?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueStateView"];
                };
            };
        };
    };
    AgreementController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementView"];
                };
            };
        };
    };
    PaymentController_record: {
        parameters: {
            query?: never;
            header: {
                /** @description 每笔支付一个唯一键：相同键、相同内容重复提交只记一笔并返回第一次的结果；相同键、不同内容 422 */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPaymentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentView"];
                };
            };
        };
    };
    AgreementController_print: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementPrintView"];
                };
            };
        };
    };
    AgreementController_sign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignAgreementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementView"];
                };
            };
        };
    };
    AgreementController_void: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoidAgreementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementView"];
                };
            };
        };
    };
    AttachmentController_list: {
        parameters: {
            query: {
                /** @description 所属记录的编号 */
                ownerId: string;
                /** @description 所属记录的类型：communication 沟通记录，handover 移交单 */
                ownerType: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentView"][];
                };
            };
        };
    };
    AttachmentController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                    /** Format: uuid */
                    ownerId: string;
                    ownerType: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentView"];
                };
            };
        };
    };
    AttachmentController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 附件原文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
        };
    };
    AuditLogController_list: {
        parameters: {
            query?: {
                /** @description 操作 */
                action?: string;
                /** @description 对象（对象类型如 household，或 类型:ID 如 case:…；登录记录的 ID 为用户名） */
                entity?: string;
                /** @description 对象 ID（登录记录为用户名） */
                entityId?: string;
                /** @description 对象类型 */
                entityType?: string;
                /** @description 开始日期（含，上海时间） */
                from?: string;
                /** @description 结果 */
                outcome?: "success" | "failure";
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                /** @description 项目编号 */
                projectCode?: string;
                /** @description 结束日期（含，上海时间） */
                to?: string;
                /** @description 操作用户（用户名） */
                user?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResultView"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已退出 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
        };
    };
    CaseController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseView"];
                };
            };
        };
    };
    AgreementController_draft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftAgreementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementView"];
                };
            };
        };
    };
    AllocationController_ofCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationView"][];
                };
            };
        };
    };
    CaseAuditController_list: {
        parameters: {
            query?: {
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
        };
    };
    CalculationController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalculationView"][];
                };
            };
        };
    };
    CalculationController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCalculationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalculationView"];
                };
            };
        };
    };
    CalculationController_latest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalculationView"];
                };
            };
        };
    };
    ConfirmationController_ofCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationLineList"];
                };
            };
        };
    };
    HandoverController_exclude: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandoverExclusionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverExclusionView"];
                };
            };
        };
    };
    PaymentController_caseMoney: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseMoneyView"];
                };
            };
        };
    };
    FeeController_caseMonths: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeMonthView"][];
                };
            };
        };
    };
    CaseController_transition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseView"];
                };
            };
        };
    };
    CommunicationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationView"];
                };
            };
        };
    };
    CommunicationController_addItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionItemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItemView"];
                };
            };
        };
    };
    InboxController_list: {
        parameters: {
            query?: {
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                /** @description 项目编号（不填为本人可见的全部项目） */
                project?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPage"];
                };
            };
        };
    };
    ConfirmationController_review: {
        parameters: {
            query?: {
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                /** @description 项目编号 */
                project?: string;
                /** @description pending 待公司确认（默认），closed 已完成，all 全部 */
                state?: "pending" | "closed" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationBatchPage"];
                };
            };
        };
    };
    ConfirmationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationBatchView"];
                };
            };
        };
    };
    ConfirmationController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationLineView"];
                };
            };
        };
    };
    ConfirmationController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationLineView"];
                };
            };
        };
    };
    DashboardController_overview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardOverviewView"];
                };
            };
        };
    };
    DashboardController_project: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDashboardView"];
                };
            };
        };
    };
    QuotaController_get: {
        parameters: {
            query?: {
                /** @description 年度（默认为数据所在年度） */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotaView"];
                };
            };
        };
    };
    EnterpriseController_list: {
        parameters: {
            query?: {
                /** @description 从上一页答复的 next 之后接着读（按键翻页，深页也快；给出时忽略 page） */
                after?: string;
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                /** @description 地块编号 */
                parcel?: string;
                /** @description 项目编号 */
                project?: string;
                /** @description 关键字（编号前缀、名称的一部分或完整证件号） */
                q?: string;
                /** @description 案件进度：该状态及以后（如 signed = 已签约、已腾地、已结算、已移交） */
                reached?: "surveying" | "surveyed" | "confirmed" | "signed" | "vacated" | "settled" | "handed_over";
                /** @description 过渡安置状态（如 transitional = 过渡户） */
                resettlement?: "none" | "transitional" | "resettled";
                /** @description 排序（字段名，前加 - 为倒序） */
                sort?: "code" | "-code" | "name" | "-name" | "updatedAt" | "-updatedAt";
                /** @description 案件状态 */
                status?: "surveying" | "surveyed" | "confirmed" | "signed" | "vacated" | "settled" | "handed_over";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterprisePage"];
                };
            };
        };
    };
    EnterpriseController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEnterpriseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseView"];
                };
            };
        };
    };
    EnterpriseController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseView"];
                };
            };
        };
    };
    EnterpriseController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEnterpriseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseView"];
                };
            };
        };
    };
    ExportController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportBatchList"];
                };
            };
        };
    };
    ExportController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExportDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportAcceptedView"];
                };
            };
        };
    };
    ExportController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportBatchView"];
                };
            };
        };
    };
    ExportController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 导出的 .xlsx 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    FacilityController_list: {
        parameters: {
            query?: {
                /** @description 从上一页答复的 next 之后接着读（按键翻页，深页也快；给出时忽略 page） */
                after?: string;
                /** @description 设施类别 */
                kind?: "power" | "telecom" | "water" | "drainage" | "gas" | "road" | "bridge" | "other";
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                /** @description 地块编号 */
                parcel?: string;
                /** @description 项目编号 */
                project?: string;
                /** @description 关键字（编号前缀、名称的一部分或完整证件号） */
                q?: string;
                /** @description 案件进度：该状态及以后（如 signed = 已签约、已腾地、已结算、已移交） */
                reached?: "surveying" | "surveyed" | "confirmed" | "signed" | "vacated" | "settled" | "handed_over";
                /** @description 过渡安置状态（如 transitional = 过渡户） */
                resettlement?: "none" | "transitional" | "resettled";
                /** @description 排序（字段名，前加 - 为倒序） */
                sort?: "code" | "-code" | "kind" | "-kind" | "ownerUnit" | "-ownerUnit" | "updatedAt" | "-updatedAt";
                /** @description 案件状态 */
                status?: "surveying" | "surveyed" | "confirmed" | "signed" | "vacated" | "settled" | "handed_over";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityPage"];
                };
            };
        };
    };
    FacilityController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFacilityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityView"];
                };
            };
        };
    };
    FacilityController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityView"];
                };
            };
        };
    };
    FacilityController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFacilityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityView"];
                };
            };
        };
    };
    HandoverController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverView"];
                };
            };
        };
    };
    HandoverController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptHandoverDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverView"];
                };
            };
        };
    };
    HandoverController_returnToTown: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnHandoverDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverView"];
                };
            };
        };
    };
    HouseholdController_list: {
        parameters: {
            query?: {
                /** @description 从上一页答复的 next 之后接着读（按键翻页，深页也快；给出时忽略 page） */
                after?: string;
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                /** @description 地块编号 */
                parcel?: string;
                /** @description 项目编号 */
                project?: string;
                /** @description 关键字（户编号前缀、户主姓名的一部分或完整身份证号；按完整身份证号、电话号码查找时请优先用 POST /api/households/search，号码不进网址） */
                q?: string;
                /** @description 案件进度：该状态及以后（如 signed = 已签约、已腾地、已结算、已移交） */
                reached?: "surveying" | "surveyed" | "confirmed" | "signed" | "vacated" | "settled" | "handed_over";
                /** @description 住房问题解决日期不早于（YYYY-MM-DD，含当日；年度目标“解决动迁户住房”所计的日期） */
                resettledFrom?: string;
                /** @description 住房问题解决日期不晚于（YYYY-MM-DD，含当日） */
                resettledTo?: string;
                /** @description 过渡安置状态（如 transitional = 过渡户） */
                resettlement?: "none" | "transitional" | "resettled";
                /** @description 排序（字段名，前加 - 为倒序） */
                sort?: "code" | "-code" | "headName" | "-headName" | "surveyedOn" | "-surveyedOn" | "updatedAt" | "-updatedAt";
                /** @description 案件状态 */
                status?: "surveying" | "surveyed" | "confirmed" | "signed" | "vacated" | "settled" | "handed_over";
                /** @description 所在村 */
                village?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdPage"];
                };
            };
        };
    };
    HouseholdController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHouseholdDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
        };
    };
    HouseholdController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
        };
    };
    HouseholdController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateHouseholdDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
        };
    };
    HouseholdController_unmask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnmaskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdPersonalDataView"];
                };
            };
        };
    };
    DuplicateHeadController_list: {
        parameters: {
            query?: {
                /** @description 项目编号（不填：可见的全部项目） */
                projectCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicateHeadClustersView"];
                };
            };
        };
    };
    HouseholdController_search: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SearchHouseholdsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdPage"];
                };
            };
        };
    };
    ImportController_list: {
        parameters: {
            query?: {
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportBatchPage"];
                };
            };
        };
    };
    ImportController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CreateImportDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportAcceptedView"];
                };
            };
        };
    };
    ImportController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportBatchView"];
                };
            };
        };
    };
    ImportController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 错误报告 .xlsx */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    TemplateController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 导入模板 .xlsx */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    ConsolidationPlanController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanView"][];
                };
            };
        };
    };
    ConsolidationPlanController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlanDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanView"];
                };
            };
        };
    };
    ConsolidationPlanController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanView"];
                };
            };
        };
    };
    ConsolidationPlanController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanView"];
                };
            };
        };
    };
    ConsolidationPlanController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanView"];
                };
            };
        };
    };
    ConsolidationPlanController_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanView"];
                };
            };
        };
    };
    OwnershipController_list: {
        parameters: {
            query?: {
                /** @description 所有权人类型 */
                owner?: components["schemas"]["OwnerKind"];
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                /** @description 关键字：登记编号、所有权人或证书编号的一部分 */
                q?: string;
                /** @description 调查状态 */
                status?: components["schemas"]["SurveyStatus"];
                /** @description 土地用途 */
                use?: components["schemas"]["LandUse"];
                /** @description 所在村 */
                village?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnershipPage"];
                };
            };
        };
    };
    OwnershipController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOwnershipDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnershipView"];
                };
            };
        };
    };
    OwnershipController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnershipView"];
                };
            };
        };
    };
    OwnershipController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OwnershipController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOwnershipDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnershipView"];
                };
            };
        };
    };
    OwnershipController_changeStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeSurveyStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnershipView"];
                };
            };
        };
    };
    OwnershipController_villages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VillageListView"];
                };
            };
        };
    };
    LegacyBaseController_list: {
        parameters: {
            query?: {
                /** @description 从上一页答复的 next 之后接着读（按键翻页，深页也快；给出时忽略 page） */
                after?: string;
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                /** @description 地块编号 */
                parcel?: string;
                /** @description 项目编号 */
                project?: string;
                /** @description 关键字（编号前缀、名称的一部分或完整证件号） */
                q?: string;
                /** @description 案件进度：该状态及以后（如 signed = 已签约、已腾地、已结算、已移交） */
                reached?: "surveying" | "surveyed" | "confirmed" | "signed" | "vacated" | "settled" | "handed_over";
                /** @description 过渡安置状态（如 transitional = 过渡户） */
                resettlement?: "none" | "transitional" | "resettled";
                /** @description 排序（字段名，前加 - 为倒序） */
                sort?: "code" | "-code" | "name" | "-name" | "updatedAt" | "-updatedAt";
                /** @description 案件状态 */
                status?: "surveying" | "surveyed" | "confirmed" | "signed" | "vacated" | "settled" | "handed_over";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyBasePage"];
                };
            };
        };
    };
    LegacyBaseController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLegacyBaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyBaseView"];
                };
            };
        };
    };
    LegacyBaseController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyBaseView"];
                };
            };
        };
    };
    LegacyBaseController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLegacyBaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyBaseView"];
                };
            };
        };
    };
    MilestoneController_list: {
        parameters: {
            query?: {
                /** @description 安置基地编号 */
                base?: string;
                /** @description overdue：计划日期已过而未完成；soon：14 天内到期 */
                due?: "overdue" | "soon";
                /** @description 项目编号 */
                project?: string;
                status?: components["schemas"]["MilestoneStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneView"][];
                };
            };
        };
    };
    MilestoneController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMilestoneDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneView"];
                };
            };
        };
    };
    MilestoneController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneView"];
                };
            };
        };
    };
    MilestoneController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMilestoneDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneView"];
                };
            };
        };
    };
    MilestoneController_changeStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeMilestoneStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneView"];
                };
            };
        };
    };
    MilestoneController_overdue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneOverdueSummaryView"];
                };
            };
        };
    };
    NotificationController_list: {
        parameters: {
            query?: {
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                /** @description 只看未读 */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageView"];
                };
            };
        };
    };
    NotificationController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationView"];
                };
            };
        };
    };
    NotificationController_readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsReadView"];
                };
            };
        };
    };
    PaymentController_list: {
        parameters: {
            query?: {
                /** @description 支付日期起（含） */
                from?: string;
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                /** @description 项目编号 */
                project?: string;
                /** @description 支付日期止（含） */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPage"];
                };
            };
        };
    };
    PaymentController_reverse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReversePaymentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentView"];
                };
            };
        };
    };
    ProjectController_list: {
        parameters: {
            query?: {
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                /** @description 项目编号或名称（模糊匹配） */
                q?: string;
                /** @description 项目状态 */
                status?: "preparing" | "in_progress" | "completed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectPage"];
                };
            };
        };
    };
    ProjectController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
        };
    };
    ProjectController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
        };
    };
    ProjectController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProjectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
        };
    };
    CommunicationController_list: {
        parameters: {
            query?: {
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationPage"];
                };
            };
        };
    };
    CommunicationController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommunicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationView"];
                };
            };
        };
    };
    ConfirmationController_list: {
        parameters: {
            query?: {
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                /** @description open 待公司确认，closed 已完成；不填为全部 */
                state?: "open" | "closed";
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationBatchPage"];
                };
            };
        };
    };
    ConfirmationController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConfirmationBatchDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationBatchView"];
                };
            };
        };
    };
    ConfirmationController_candidates: {
        parameters: {
            query?: {
                /** @description 从上一页答复的 next 之后接着读（按编号） */
                after?: string;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
                /** @description 地块编号 */
                parcel?: string;
                /** @description 征收对象类型 */
                subjectType?: components["schemas"]["SubjectType"];
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationCandidateList"];
                };
            };
        };
    };
    HandoverController_summary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverSummaryView"];
                };
            };
        };
    };
    HandoverController_list: {
        parameters: {
            query?: {
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverPage"];
                };
            };
        };
    };
    HandoverController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHandoverDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverView"];
                };
            };
        };
    };
    ProjectController_listParcels: {
        parameters: {
            query?: {
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                /** @description 地块状态 */
                status?: "surveying" | "clearing" | "cleared" | "handed_over";
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcelPage"];
                };
            };
        };
    };
    ProjectController_createParcel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateParcelDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcelView"];
                };
            };
        };
    };
    ProjectController_updateParcel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                parcelCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateParcelDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcelView"];
                };
            };
        };
    };
    HandoverController_readiness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                parcelCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverReadinessView"];
                };
            };
        };
    };
    TimelineController_parcel: {
        parameters: {
            query?: {
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
            };
            header?: never;
            path: {
                code: string;
                parcelCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
        };
    };
    SettlementController_reconcileProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconciliationView"];
                };
            };
        };
    };
    SchemeController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemeVersionView"][];
                };
            };
        };
    };
    SchemeController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSchemeVersionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemeVersionView"];
                };
            };
        };
    };
    SettlementController_candidates: {
        parameters: {
            query?: {
                /** @description 从上一页答复的 next 之后接着读（按编号） */
                after?: string;
                /** @description 每页条数（最多 100） */
                pageSize?: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementCandidatePage"];
                };
            };
        };
    };
    SettlementController_getFigures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementFiguresView"];
                };
            };
        };
    };
    SettlementController_putFigures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFiguresDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementFiguresView"];
                };
            };
        };
    };
    SettlementController_list: {
        parameters: {
            query?: {
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementPage"];
                };
            };
        };
    };
    SettlementController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueStatementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementView"];
                };
            };
        };
    };
    TimelineController_project: {
        parameters: {
            query?: {
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
        };
    };
    QueueConsumersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueConsumersView"];
                };
            };
        };
    };
    RecalculationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecalculationRunView"];
                };
            };
        };
    };
    RecalculationController_apply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecalculationApplyView"];
                };
            };
        };
    };
    RecalculationController_cases: {
        parameters: {
            query?: {
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecalculationCasePage"];
                };
            };
        };
    };
    ViolationController_proposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnlicensedProposalView"];
                };
            };
        };
    };
    ViolationController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmUnlicensedAreaDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnlicensedProposalView"];
                };
            };
        };
    };
    ViolationController_summary: {
        parameters: {
            query?: {
                /** @description 年度（默认：台账中最近发现违法行为的年度） */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationSummaryView"];
                };
            };
        };
    };
    ViolationController_villages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VillageListView"];
                };
            };
        };
    };
    ViolationController_list: {
        parameters: {
            query?: {
                /** @description 责任户（民房）：该户的违法行为（不限年度） */
                householdId?: string;
                kind?: components["schemas"]["ViolationKind"];
                /** @description 只看已逾期的（true） */
                overdue?: "true" | "false";
                page?: number;
                pageSize?: number;
                status?: components["schemas"]["ViolationStatus"];
                /** @description 所在村 */
                village?: string;
                /** @description 年度（默认：台账中最近发现违法行为的年度） */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViolationPageView"];
                };
            };
        };
    };
    ViolationController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateViolationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViolationView"];
                };
            };
        };
    };
    ViolationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViolationView"];
                };
            };
        };
    };
    ViolationController_step: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ViolationStepDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViolationView"];
                };
            };
        };
    };
    ReferenceController_lists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceLists"];
                };
            };
        };
    };
    FeeController_run: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunAccrualDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccrualRunView"];
                };
            };
        };
    };
    AllocationController_allocate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAllocationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationView"];
                };
            };
        };
    };
    AllocationController_deliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliverAllocationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationView"];
                };
            };
        };
    };
    AllocationController_release: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReleaseAllocationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationView"];
                };
            };
        };
    };
    BaseController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseView"][];
                };
            };
        };
    };
    BaseController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseDetailView"];
                };
            };
        };
    };
    BaseController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseDetailView"];
                };
            };
        };
    };
    BaseController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseDetailView"];
                };
            };
        };
    };
    BaseController_addBuilding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBuildingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseDetailView"];
                };
            };
        };
    };
    UnitController_grid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuildingGridView"];
                };
            };
        };
    };
    AllocationController_bases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChoosingBaseView"][];
                };
            };
        };
    };
    ChoosingController_list: {
        parameters: {
            query?: {
                /** @description 项目编号 */
                project?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChoosingRoundView"][];
                };
            };
        };
    };
    ChoosingController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChoosingRoundDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChoosingRoundDetailView"];
                };
            };
        };
    };
    ChoosingController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChoosingRoundDetailView"];
                };
            };
        };
    };
    ChoosingController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseChoosingRoundDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChoosingRoundDetailView"];
                };
            };
        };
    };
    ChoosingController_finish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChoosingRoundDetailView"];
                };
            };
        };
    };
    ChoosingController_options: {
        parameters: {
            query?: {
                /** @description 楼号 */
                building?: string;
                /** @description 户型 */
                layout?: string;
            };
            header?: never;
            path: {
                entryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitOptionsView"];
                };
            };
        };
    };
    FeeController_batches: {
        parameters: {
            query?: {
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                /** @description 项目编号 */
                project?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeBatchPage"];
                };
            };
        };
    };
    FeeController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFeeBatchDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeBatchDetailView"];
                };
            };
        };
    };
    FeeController_batch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeBatchDetailView"];
                };
            };
        };
    };
    FeeController_pay: {
        parameters: {
            query?: never;
            header: {
                /** @description 每次支付一个唯一键：相同键重复提交只支付一次并返回已支付的批次 */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayFeeBatchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeBatchDetailView"];
                };
            };
        };
    };
    AllocationController_reserve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReservationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationView"];
                };
            };
        };
    };
    FeeController_stock: {
        parameters: {
            query?: {
                /** @description 安置基地编号（已分配该基地房源的过渡户） */
                base?: string;
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                /** @description 项目编号 */
                project?: string;
                /** @description 起始腾地日期（只列此日及以后腾地的户，YYYY-MM-DD） */
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionalPage"];
                };
            };
        };
    };
    FeeController_clearance: {
        parameters: {
            query?: {
                /** @description 项目编号 */
                project?: string;
                /** @description 起始年份（默认今年；数据止于往年时为其最后一年），列出该年及其后两年 */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClearanceView"];
                };
            };
        };
    };
    UnitController_list: {
        parameters: {
            query?: {
                /** @description 基地编号 */
                base?: string;
                /** @description 楼栋编号（id） */
                building?: string;
                /** @description 户型 */
                layout?: string;
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                /** @description 房源状态 */
                status?: components["schemas"]["UnitStatus"];
                /** @description 只看周转房（true）或只看安置房（false） */
                turnover?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitPage"];
                };
            };
        };
    };
    UnitController_freeze: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FreezeUnitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitView"];
                };
            };
        };
    };
    UnitController_unfreeze: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnfreezeUnitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitView"];
                };
            };
        };
    };
    SchemeController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemeVersionView"];
                };
            };
        };
    };
    SchemeController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSchemeVersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemeVersionView"];
                };
            };
        };
    };
    SchemeController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemeVersionView"];
                };
            };
        };
    };
    RecalculationController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecalculationRunView"][];
                };
            };
        };
    };
    RecalculationController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecalculationRunView"];
                };
            };
        };
    };
    SettlementController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerLineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementView"];
                };
            };
        };
    };
    SettlementController_dispute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisputeLineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementView"];
                };
            };
        };
    };
    SettlementController_drop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerLineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementView"];
                };
            };
        };
    };
    SettlementController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementView"];
                };
            };
        };
    };
    SettlementController_receive: {
        parameters: {
            query?: never;
            header: {
                /** @description 每笔到账一个唯一键：相同键、相同内容重复提交只记一笔并返回第一次的结果；相同键、不同内容 422 */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordReceiptDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementReceiptView"];
                };
            };
        };
    };
    SettlementController_reconcileStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReconciliationView"];
                };
            };
        };
    };
    TargetController_list: {
        parameters: {
            query?: {
                /** @description 年度（默认今年） */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetView"][];
                };
            };
        };
    };
    TargetController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTargetDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetView"];
                };
            };
        };
    };
    TargetController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTargetDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetView"];
                };
            };
        };
    };
    TargetController_addEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProgressEntryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetView"];
                };
            };
        };
    };
    UserController_list: {
        parameters: {
            query?: {
                /** @description 是否停用（true 或 false） */
                disabled?: boolean;
                /** @description 页码（从 1 开始） */
                page?: number;
                /** @description 每页条数（最多 200） */
                pageSize?: number;
                /** @description 用户名或姓名（模糊匹配） */
                q?: string;
                /** @description 角色 */
                role?: "admin" | "officer" | "finance" | "leader" | "company";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
        };
    };
    UserController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserWithPasswordView"];
                };
            };
        };
    };
    UserController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
    UserController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
    UserController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisableUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
    UserController_enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
    UserController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserWithPasswordView"];
                };
            };
        };
    };
    UserController_unlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthView"];
                };
            };
            /** @description 数据库或任务队列无应答 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthView"];
                };
            };
        };
    };
}
