// The scheduled workflow's latest `portwarden-report` artifact: the exposures check mode
// previews an allowlist change against, with no AWS credentials (fork pull requests).
//
// Any workflow run can upload an artifact of that name, the pull request's own included (an
// empty report would make the preview say "no issue would close"). So an artifact counts only
// when the run that made it is a successful `schedule` or `workflow_dispatch` run on the
// default branch of this repository, checked on the run itself, not on the artifact's summary.
import { messageOf } from '../errors.js';
import type { Exposure } from '../model.js';
import { exposuresFromReport } from '../sources/known-exposures.js';
import type { GitHub, GitHubTarget } from './client.js';
import { readZipEntry } from './zip.js';
import { markdownText } from '../report/text.js';

export type ArtifactExposures = { ok: true; from: string; list: Exposure[] } | { ok: false; why: string };

const TRUSTED_EVENTS = ['schedule', 'workflow_dispatch'];
/** Newer artifacts looked at before giving up (each costs one request for its run). */
const MOST_CANDIDATES = 10;

export async function latestReportExposures(github: GitHub, target: GitHubTarget, name: string, now: Date): Promise<ArtifactExposures> {
  try {
    const repository = (await github.rest.repos.get({ ...target })).data;
    const { data } = await github.rest.actions.listArtifactsForRepo({ ...target, name, per_page: 30 });
    const candidates = data.artifacts
      .filter((a) => !a.expired && a.name === name)
      .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''))
      .slice(0, MOST_CANDIDATES);
    const skipped: string[] = [];
    for (const artifact of candidates) {
      const runId = artifact.workflow_run?.id;
      if (runId === undefined) {
        skipped.push(`artifact ${artifact.id} names no workflow run`);
        continue;
      }
      const run = (await github.rest.actions.getWorkflowRun({ ...target, run_id: runId })).data;
      const problem = !TRUSTED_EVENTS.includes(run.event)
        ? `run ${run.id} was triggered by ${run.event}`
        : run.conclusion !== 'success'
          ? `run ${run.id} did not succeed (${run.conclusion ?? run.status ?? 'unknown'})`
          : run.head_branch !== repository.default_branch
            ? `run ${run.id} ran on ${run.head_branch ?? 'no branch'}, not ${repository.default_branch}`
            : run.head_repository?.full_name !== repository.full_name || run.repository.full_name !== repository.full_name
              ? `run ${run.id} ran on another repository's code`
              : undefined;
      if (problem) {
        skipped.push(problem);
        continue;
      }
      const download = await github.rest.actions.downloadArtifact({ ...target, artifact_id: artifact.id, archive_format: 'zip' });
      const entry = readZipEntry(Buffer.from(download.data as ArrayBuffer), (file) => file.endsWith('.json'));
      if (!entry) return { ok: false, why: `artifact "${name}" of run ${run.id} holds no JSON report` };
      const age = ageText(now.getTime() - Date.parse(run.updated_at));
      return { ok: true, from: `the "${name}" artifact of ${run.event} run [#${run.run_number}](${run.html_url}) on ${markdownText(repository.default_branch)}, ${age} old`, list: exposuresFromReport(JSON.parse(entry.data.toString('utf8'))) };
    }
    const why = candidates.length === 0 ? `no unexpired "${name}" artifact` : `no "${name}" artifact of a successful scheduled run on ${repository.default_branch}`;
    return { ok: false, why: skipped.length > 0 ? `${why} (skipped: ${skipped.slice(0, 3).join('; ')})` : why };
  } catch (error) {
    return { ok: false, why: `cannot read the "${name}" artifact: ${messageOf(error)}` };
  }
}

function ageText(ms: number): string {
  const hours = Math.max(0, Math.round(ms / 3_600_000));
  return hours < 48 ? `${hours} hour${hours === 1 ? '' : 's'}` : `${Math.round(hours / 24)} days`;
}
