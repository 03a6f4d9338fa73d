import { areaView, subjectBaseView } from '../shared/subject.view.js';
import type { EnterpriseRecord } from './enterprise.service.js';

/** An enterprise as the API returns it. */
export function enterpriseView(e: EnterpriseRecord) {
  return {
    ...subjectBaseView(e),
    name: e.name,
    creditCode: e.creditCode,
    legalRepresentative: e.legalRepresentative,
    landArea: areaView(e.landArea),
    buildingArea: areaView(e.buildingArea),
    employees: e.employees,
    businessType: e.businessType,
  };
}
