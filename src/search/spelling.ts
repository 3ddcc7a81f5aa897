import { editDistance } from '../lib/closest.ts';
import { TOKEN } from './query.ts';

/** Words of at least three letters, lower-cased, as the vocabulary stores them: "Pod-disruption budgets" → pod, disruption, budgets. */
export function words(text: string): string[] {
	return text.toLowerCase().match(/[a-z][a-z0-9]{2,}/g) ?? [];
}

/**
 * Tools and products an engineer may search for that the notes may not cover. They are names,
 * not typos: "argocd" is never turned into "gocd", search says instead that no page mentions it.
 */
export const KNOWN_NAMES = new Set(
	(
		'argo argocd flux fluxcd kustomize terraform terragrunt pulumi crossplane ansible packer helmfile ' +
		'jenkins gitlab github tekton spinnaker circleci teamcity bamboo buildkite drone harness ' +
		'linkerd consul cilium calico envoy traefik kong nginx haproxy ' +
		'vault sops keycloak okta dex cert-manager letsencrypt ' +
		'prometheus thanos cortex mimir grafana loki tempo jaeger zipkin opentelemetry datadog newrelic dynatrace ' +
		'splunk kibana fluentd fluentbit logstash opensearch elasticsearch ' +
		'velero harbor quay artifactory nexus trivy snyk clair grype sonarqube checkov kyverno opa gatekeeper ' +
		'keda knative karpenter openshift rancher kops kubeadm k3s k0s minikube podman containerd ' +
		'aks gke eks ecs fargate lambda azure gcp aws openstack nomad kafka rabbitmq redis postgres mysql'
	).split(' '),
);

/** How many edits a word of this length may need to count as a misspelling. */
const allowance = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

/** The vocabulary word nearest to `word` (fewest edits, then most frequent), if any is near enough. */
function nearest(word: string, vocabulary: Record<string, number>): string | undefined {
	let best: { word: string; distance: number; count: number } | undefined;
	for (const [candidate, count] of Object.entries(vocabulary)) {
		if (count === 0 || Math.abs(candidate.length - word.length) > allowance(word.length)) continue;
		const distance = editDistance(word, candidate);
		if (distance > allowance(word.length)) continue;
		if (!best || distance < best.distance || (distance === best.distance && count > best.count))
			best = { word: candidate, distance, count };
	}
	return best?.word;
}

/**
 * Corrects the words of `query` that are listed in `unknown` (words no page contains) to the
 * nearest site word. Known tool names are never corrected. Returns undefined when nothing changed.
 */
export function correctQuery(
	query: string,
	unknown: readonly string[],
	vocabulary: Record<string, number>,
): string | undefined {
	const wrong = new Set(unknown.map((w) => w.toLowerCase()).filter((w) => !KNOWN_NAMES.has(w)));
	let changed = false;
	const corrected = query.replace(TOKEN, (raw) => {
		if (!wrong.has(raw.toLowerCase())) return raw;
		// Hyphenated words are corrected part by part, as the vocabulary stores them.
		const fixed = raw.replace(/[a-z][a-z0-9]{2,}/gi, (part) => {
			const word = part.toLowerCase();
			return word in vocabulary ? part : (nearest(word, vocabulary) ?? part);
		});
		if (fixed.toLowerCase() !== raw.toLowerCase()) changed = true;
		return fixed;
	});
	return changed ? corrected : undefined;
}
