/**
 * API versions that Kubernetes or Istio removed or deprecated, with what to use instead.
 * Manifests in notes must use current versions unless their code block is marked `historical`.
 */
export const OUTDATED_API_VERSIONS: {
	match: RegExp;
	status: 'removed' | 'deprecated';
	instead: string;
}[] = [
	{
		match: /^extensions\/v1beta1$/,
		status: 'removed',
		instead:
			'apps/v1 (workloads) or networking.k8s.io/v1 (Ingress, NetworkPolicy); removed in Kubernetes 1.16/1.22',
	},
	{
		match: /^apps\/v1beta[12]$/,
		status: 'removed',
		instead: 'apps/v1 (removed in Kubernetes 1.16)',
	},
	{
		match: /^policy\/v1beta1$/,
		status: 'removed',
		instead: 'policy/v1 for PodDisruptionBudget (v1beta1 removed in Kubernetes 1.25)',
	},
	{
		match: /^autoscaling\/v2beta[12]$/,
		status: 'removed',
		instead: 'autoscaling/v2 (removed in Kubernetes 1.25/1.26)',
	},
	{
		match: /^batch\/v1beta1$/,
		status: 'removed',
		instead: 'batch/v1 for CronJob (removed in Kubernetes 1.25)',
	},
	{
		match:
			/^(networking|rbac\.authorization|apiextensions|admissionregistration|scheduling|certificates|coordination|storage)\.k8s\.io\/v1beta1$/,
		status: 'removed',
		instead:
			'the v1 version of the same group (most v1beta1 groups were removed in Kubernetes 1.22)',
	},
	{
		match: /^authentication\.istio\.io\//,
		status: 'removed',
		instead:
			'security.istio.io/v1 PeerAuthentication or RequestAuthentication (Policy and MeshPolicy were removed in Istio 1.6)',
	},
	{
		match: /^rbac\.istio\.io\//,
		status: 'removed',
		instead:
			'security.istio.io/v1 AuthorizationPolicy (ServiceRole and ServiceRoleBinding were removed in Istio 1.6)',
	},
	{
		match: /^config\.istio\.io\//,
		status: 'removed',
		instead:
			'telemetry and policy via Envoy and the Telemetry API (Mixer was removed in Istio 1.8)',
	},
	{
		match: /^networking\.istio\.io\/v1(alpha3|beta1)$/,
		status: 'deprecated',
		instead: 'networking.istio.io/v1 (stable since Istio 1.22)',
	},
	{
		match: /^security\.istio\.io\/v1beta1$/,
		status: 'deprecated',
		instead: 'security.istio.io/v1 (stable since Istio 1.22)',
	},
];

/** Why `apiVersion` must not be used, or undefined when it is current. */
export function outdatedApiVersion(
	apiVersion: string,
): { status: 'removed' | 'deprecated'; instead: string } | undefined {
	return OUTDATED_API_VERSIONS.find((entry) => entry.match.test(apiVersion.trim()));
}
