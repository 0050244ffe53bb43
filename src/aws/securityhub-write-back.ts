// Writes the planned workflow changes to Security Hub: one BatchUpdateFindings per update
// (at most 100 findings each, one status and note). Findings Security Hub did not process
// are reported with its error code; the next run plans them again, since only a status that
// is not yet right is ever written.
import { BatchUpdateFindingsCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { clientConfig, type AwsContext } from './clients.js';
import { awsFailure } from './errors.js';
import { UPDATED_BY, type WorkflowUpdate } from '../core/securityhub/workflow.js';

export interface WorkflowSyncResult {
  /** Findings Security Hub accepted, by the status they were set to. */
  updated: Record<WorkflowUpdate['status'], number>;
  failures: string[];
}

export async function applyWorkflowUpdates(
  updates: readonly WorkflowUpdate[],
  region: string,
  context: AwsContext,
): Promise<WorkflowSyncResult> {
  const result: WorkflowSyncResult = { updated: { NOTIFIED: 0, SUPPRESSED: 0 }, failures: [] };
  if (updates.length === 0) return result;
  const client = new SecurityHubClient(clientConfig(region, context));
  for (const update of updates) {
    try {
      const response = await client.send(
        new BatchUpdateFindingsCommand({
          FindingIdentifiers: update.findings,
          Workflow: { Status: update.status },
          Note: { Text: update.note, UpdatedBy: UPDATED_BY },
        }),
      );
      result.updated[update.status] += response.ProcessedFindings?.length ?? 0;
      for (const failed of response.UnprocessedFindings ?? []) {
        result.failures.push(
          `${failed.FindingIdentifier?.Id ?? 'a finding'}: ${failed.ErrorCode ?? 'error'} ${failed.ErrorMessage ?? ''}`.trim(),
        );
      }
    } catch (error) {
      result.failures.push(awsFailure('SecurityHub BatchUpdateFindings', `${update.findings.length} finding(s) in ${region}`, error));
    }
  }
  return result;
}
