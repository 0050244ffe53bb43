// The scheduled workflow's latest `portwarden-report` artifact: the exposures check mode
// previews an allowlist change against, with no AWS credentials (fork pull requests).
//
// Any workflow run can upload an artifact of that name, the pull request's own included (an
// empty report would make the preview say "no issue would close"), and as many of them as it
// likes. So the artifact is looked up from the runs, not the runs from the artifacts: the
// latest successful `schedule` or `workflow_dispatch` runs on the default branch of this
// repository, and that run's own artifact of the name.
import { wholeReportArtifacts } from '../core/accounts.js';
import { messageOf } from '../core/errors.js';
import type { Exposure } from '../core/model.js';
import { exposuresFromReport } from '../core/findings/known-exposures.js';
import type { GitHub, GitHubTarget } from './client.js';
import { readZipEntry } from './zip.js';
import { markdownText } from '../core/text.js';

export type ArtifactExposures = { ok: true; from: string; list: Exposure[] } | { ok: false; why: string };

const TRUSTED_EVENTS = ['schedule', 'workflow_dispatch'] as const;
/** Trusted runs looked at, newest first, for one that still has its artifact. */
const MOST_RUNS = 5;

export async function latestReportExposures(github: GitHub, target: GitHubTarget, name: string, now: Date): Promise<ArtifactExposures> {
  try {
    const repository = (await github.rest.repos.get({ ...target })).data;
    const branch = repository.default_branch;
    const runs = [];
    for (const event of TRUSTED_EVENTS) {
      const { data } = await github.rest.actions.listWorkflowRunsForRepo({
        ...target,
        branch,
        event,
        status: 'success',
        per_page: MOST_RUNS,
      });
      runs.push(...data.workflow_runs.slice(0, MOST_RUNS));
    }
    // The filters are the server's; each is checked again on the run itself.
    const trusted = runs
      .filter(
        (run) => (TRUSTED_EVENTS as readonly string[]).includes(run.event) && run.conclusion === 'success' && run.head_branch === branch,
      )
      .filter((run) => run.head_repository?.full_name === repository.full_name && run.repository.full_name === repository.full_name)
      .sort((a, b) => b.updated_at.localeCompare(a.updated_at))
      .slice(0, MOST_RUNS);
    let missing: string | undefined;
    for (const run of trusted) {
      const { data } = await github.rest.actions.listWorkflowRunArtifacts({ ...target, run_id: run.id, per_page: 100 });
      const live = data.artifacts.filter((a) => !a.expired);
      const whole = wholeReportArtifacts(
        live.map((a) => a.name),
        name,
      );
      if (!whole) continue;
      if ('missing' in whole) {
        missing ??= `run ${run.id}: ${whole.missing}`;
        continue;
      }
      const list = await downloadExposures(github, target, live, whole.names);
      if (typeof list === 'string') return { ok: false, why: `artifact "${list}" of run ${run.id} holds no JSON report` };
      const age = ageText(now.getTime() - Date.parse(run.updated_at));
      const what = whole.names.length === 1 ? `the "${name}" artifact` : `the ${whole.names.length} "${name}-k-of-n" shard artifacts`;
      return {
        ok: true,
        from: `${what} of ${run.event} run [#${run.run_number}](${run.html_url}) on ${markdownText(branch)}, ${age} old`,
        list,
      };
    }
    return {
      ok: false,
      why:
        trusted.length === 0
          ? `no successful scheduled run on ${branch}`
          : `no unexpired "${name}" artifact${missing ? ` (${missing})` : ''} in the last ${trusted.length} successful scheduled run(s) on ${branch}`,
    };
  } catch (error) {
    return { ok: false, why: `cannot read the "${name}" artifact: ${messageOf(error)}` };
  }
}

/** Every named artifact's exposures, or the name of one that holds no report. */
async function downloadExposures(
  github: GitHub,
  target: GitHubTarget,
  artifacts: readonly { id: number; name: string }[],
  names: readonly string[],
): Promise<Exposure[] | string> {
  const list: Exposure[] = [];
  for (const name of names) {
    const artifact = artifacts.find((a) => a.name === name)!;
    const download = await github.rest.actions.downloadArtifact({ ...target, artifact_id: artifact.id, archive_format: 'zip' });
    const entry = readZipEntry(Buffer.from(download.data as ArrayBuffer), (file) => file.endsWith('.json'));
    if (!entry) return name;
    for (const exposure of exposuresFromReport(JSON.parse(entry.data.toString('utf8')))) list.push(exposure);
  }
  return list;
}

function ageText(ms: number): string {
  const hours = Math.max(0, Math.round(ms / 3_600_000));
  return hours < 48 ? `${hours} hour${hours === 1 ? '' : 's'}` : `${Math.round(hours / 24)} days`;
}
