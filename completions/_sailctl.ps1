
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'sailctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'sailctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'sailctl' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('analyze', 'analyze', [CompletionResultType]::ParameterValue, 'Analyze Istio configuration and report potential issues (istioctl analyze)')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate Istio and Kubernetes resources in files, offline')
            [CompletionResult]::new('v', 'v', [CompletionResultType]::ParameterValue, 'Validate Istio and Kubernetes resources in files, offline')
            [CompletionResult]::new('manifest', 'manifest', [CompletionResultType]::ParameterValue, 'Generate Istio install manifests')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'List, dump or diff Istio install profiles')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the versions of sailctl, the control plane and the data plane')
            [CompletionResult]::new('proxy-config', 'proxy-config', [CompletionResultType]::ParameterValue, 'Show an Envoy proxy''s configuration: clusters, listeners, routes, endpoints, secrets')
            [CompletionResult]::new('pc', 'pc', [CompletionResultType]::ParameterValue, 'Show an Envoy proxy''s configuration: clusters, listeners, routes, endpoints, secrets')
            [CompletionResult]::new('proxy-status', 'proxy-status', [CompletionResultType]::ParameterValue, 'Show the xDS sync status of the proxies, as istiod reports it')
            [CompletionResult]::new('ps', 'ps', [CompletionResultType]::ParameterValue, 'Show the xDS sync status of the proxies, as istiod reports it')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Open a web UI of the mesh (Kiali, Grafana, Envoy admin, ...) through a port-forward')
            [CompletionResult]::new('dash', 'dash', [CompletionResultType]::ParameterValue, 'Open a web UI of the mesh (Kiali, Grafana, Envoy admin, ...) through a port-forward')
            [CompletionResult]::new('d', 'd', [CompletionResultType]::ParameterValue, 'Open a web UI of the mesh (Kiali, Grafana, Envoy admin, ...) through a port-forward')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for a shell')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install Istio into the cluster: server-side apply in dependency order, wait, prune')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Install Istio into the cluster: server-side apply in dependency order, wait, prune')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Upgrade an install to this sailctl''s Istio, in place or as a canary (`--revision`)')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Remove Istio from the cluster: only objects carrying Istio''s ownership labels')
            [CompletionResult]::new('verify-install', 'verify-install', [CompletionResultType]::ParameterValue, 'Check that every object of an install exists and every workload is ready')
            [CompletionResult]::new('precheck', 'precheck', [CompletionResultType]::ParameterValue, 'Check that Istio can be installed on the cluster: version, permissions, existing installs')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Revision tags: list, set, generate and remove them (canary upgrades move a tag)')
            [CompletionResult]::new('kube-inject', 'kube-inject', [CompletionResultType]::ParameterValue, 'Inject the Istio sidecar into the workloads of a file (offline or with the cluster''s config)')
            [CompletionResult]::new('x', 'x', [CompletionResultType]::ParameterValue, 'Experimental commands')
            [CompletionResult]::new('ztunnel-config', 'ztunnel-config', [CompletionResultType]::ParameterValue, 'Show what an ambient ztunnel knows: workloads, services, policies, certificates, connections')
            [CompletionResult]::new('zc', 'zc', [CompletionResultType]::ParameterValue, 'Show what an ambient ztunnel knows: workloads, services, policies, certificates, connections')
            [CompletionResult]::new('waypoint', 'waypoint', [CompletionResultType]::ParameterValue, 'Manage ambient waypoints (Gateways of class istio-waypoint): generate, apply, list, delete, status')
            [CompletionResult]::new('bug-report', 'bug-report', [CompletionResultType]::ParameterValue, 'Collect cluster state, Istio debug data, proxy dumps, logs and analyze into a .tar.gz')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;analyze' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Analyze the live Kubernetes cluster, with the given files overlaid on it (a file''s object replaces the cluster''s of the same kind, namespace and name)')
            [CompletionResult]::new('--use-kube', '--use-kube', [CompletionResultType]::ParameterName, 'Analyze the live Kubernetes cluster, with the given files overlaid on it (a file''s object replaces the cluster''s of the same kind, namespace and name)')
            [CompletionResult]::new('--analyzer', '--analyzer', [CompletionResultType]::ParameterName, 'Run only this analyzer (repeatable; see --list-analyzers). Analyzers that are not run by default, such as annotations.AlphaAnalyzer, can be selected this way')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the documentation of a message code (IST0101) or an analyzer, and exit')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--failure-threshold', '--failure-threshold', [CompletionResultType]::ParameterName, 'Exit with 79 when a message at or above this level is found')
            [CompletionResult]::new('--output-threshold', '--output-threshold', [CompletionResultType]::ParameterName, 'Print only messages at or above this level')
            [CompletionResult]::new('-S', '-S ', [CompletionResultType]::ParameterName, 'Suppress a message code on a resource: "CODE=Kind namespace/name" (repeatable; `*` matches any text in the code or the resource), e.g. -S "IST0103=Pod default/*"')
            [CompletionResult]::new('--suppress', '--suppress', [CompletionResultType]::ParameterName, 'Suppress a message code on a resource: "CODE=Kind namespace/name" (repeatable; `*` matches any text in the code or the resource), e.g. -S "IST0103=Pod default/*"')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up when the analysis takes longer than this (Go-style duration: 30s, 500ms, 1m)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Analyze only the configuration of this control-plane revision: configuration resources labeled `istio.io/rev` with another revision are left out (unlabeled ones always count; workloads, Services, Namespaces and Secrets are never filtered). Without the flag nothing is filtered, as istioctl does for files')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Analyze only the configuration of this control-plane revision: configuration resources labeled `istio.io/rev` with another revision are left out (unlabeled ones always count; workloads, Services, Namespaces and Secrets are never filtered). Without the flag nothing is filtered, as istioctl does for files')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The install profile whose objects (istiod, gateways, injector) form the baseline cluster of file mode''s open world')
            [CompletionResult]::new('--meshConfigFile', '--meshConfigFile', [CompletionResultType]::ParameterName, 'A MeshConfig YAML file overlaid on Istio''s default mesh config')
            [CompletionResult]::new('--remote-contexts', '--remote-contexts', [CompletionResultType]::ParameterName, 'Contexts of the kubeconfig naming remote clusters for multi-cluster analysis (not to be confused with --context): their Services, Pods, Namespaces, Secrets and Istio config join the analysis, and messages name their cluster (`[cluster-CONTEXT]`)')
            [CompletionResult]::new('--meshNetworksFile', '--meshNetworksFile', [CompletionResultType]::ParameterName, 'A MeshNetworks YAML file (sailctl extension; istioctl has no such flag)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Analyze all namespaces (resources without a namespace keep none)')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Analyze all namespaces (resources without a namespace keep none)')
            [CompletionResult]::new('-L', '-L ', [CompletionResultType]::ParameterName, 'List the analyzers and exit')
            [CompletionResult]::new('--list-analyzers', '--list-analyzers', [CompletionResultType]::ParameterName, 'List the analyzers and exit')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say which analyzers ran (with their message counts) or were skipped, and why')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say which analyzers ran (with their message counts) or were skipped, and why')
            [CompletionResult]::new('--ignore-unknown', '--ignore-unknown', [CompletionResultType]::ParameterName, 'Do not report documents that are not Kubernetes objects')
            [CompletionResult]::new('--closed-world', '--closed-world', [CompletionResultType]::ParameterName, 'Treat the files as the whole cluster, as Istio''s analyzer tests do: whatever they do not hold does not exist (istioctl''s results, with its stand-in ingress gateway). Without it, file mode is an open world: the files are one application on the baseline cluster of --profile, and references to namespaces or kinds the files do not describe are not errors (listed under -v). Live mode is always closed-world')
            [CompletionResult]::new('-R', '-R ', [CompletionResultType]::ParameterName, 'Accepted for istioctl scripts: directories are always read recursively')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Accepted for istioctl scripts: directories are always read recursively')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;validate' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Files or directories to validate (recursive: .yaml, .yml, .json); `-` reads stdin')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Files or directories to validate (recursive: .yaml, .yml, .json); `-` reads stdin')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Accepted for istioctl scripts (`-x`, `--referential=false`): istioctl has hidden it and it changes nothing there either; every rule always runs')
            [CompletionResult]::new('--referential', '--referential', [CompletionResultType]::ParameterName, 'Accepted for istioctl scripts (`-x`, `--referential=false`): istioctl has hidden it and it changes nothing there either; every rule always runs')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--ignore-unknown', '--ignore-unknown', [CompletionResultType]::ParameterName, 'Do not warn about kinds of API groups sailctl does not know (other CRDs)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;v' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Files or directories to validate (recursive: .yaml, .yml, .json); `-` reads stdin')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Files or directories to validate (recursive: .yaml, .yml, .json); `-` reads stdin')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Accepted for istioctl scripts (`-x`, `--referential=false`): istioctl has hidden it and it changes nothing there either; every rule always runs')
            [CompletionResult]::new('--referential', '--referential', [CompletionResultType]::ParameterName, 'Accepted for istioctl scripts (`-x`, `--referential=false`): istioctl has hidden it and it changes nothing there either; every rule always runs')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--ignore-unknown', '--ignore-unknown', [CompletionResultType]::ParameterName, 'Do not warn about kinds of API groups sailctl does not know (other CRDs)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;manifest' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print the Kubernetes objects of an Istio install, without touching a cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;manifest;generate' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'IstioOperator files to merge over the profile, in order (`-` reads stdin, last only)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'IstioOperator files to merge over the profile, in order (`-` reads stdin, last only)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override an IstioOperator field: `--set values.global.hub=my.registry/istio`, `--set profile=demo`, `--set components.egressGateways[0].enabled=true`')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override an IstioOperator field: `--set values.global.hub=my.registry/istio`, `--set profile=demo`, `--set components.egressGateways[0].enabled=true`')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control-plane revision: names istiod, its webhooks and config `<name>-<revision>`')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control-plane revision: names istiod, its webhooks and config `<name>-<revision>`')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'A directory of profiles to use instead of the built-in ones (istioctl''s --manifests)')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'A directory of profiles to use instead of the built-in ones (istioctl''s --manifests)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the manifest to this file instead of standard output (istioctl''s `-o`)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the manifest to this file instead of standard output (istioctl''s `-o`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--component', '--component', [CompletionResultType]::ParameterName, 'Render only these components (Base, Pilot, IngressGateways, EgressGateways, Cni, Ztunnel)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;manifest;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print the Kubernetes objects of an Istio install, without touching a cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;manifest;help;generate' {
            break
        }
        'sailctl;manifest;help;help' {
            break
        }
        'sailctl;profile' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the available install profiles')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Print a profile merged over `default`, as an IstioOperator')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show the differences between two merged profiles')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;profile;list' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'A directory of profiles to list instead of the built-in ones')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'A directory of profiles to list instead of the built-in ones')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;profile;dump' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Print only this part of the IstioOperator (`spec.values.global`, `components.pilot`)')
            [CompletionResult]::new('--config-path', '--config-path', [CompletionResultType]::ParameterName, 'Print only this part of the IstioOperator (`spec.values.global`, `components.pilot`)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'IstioOperator files to merge over the profile, in order (comma lists too)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'IstioOperator files to merge over the profile, in order (comma lists too)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: yaml, json, or flags (one `--set path=value` line per leaf)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: yaml, json, or flags (one `--set path=value` line per leaf)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'A directory of profiles to use instead of the built-in ones')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'A directory of profiles to use instead of the built-in ones')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;profile;diff' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'A directory of profiles to use instead of the built-in ones')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'A directory of profiles to use instead of the built-in ones')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the available install profiles')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Print a profile merged over `default`, as an IstioOperator')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show the differences between two merged profiles')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;profile;help;list' {
            break
        }
        'sailctl;profile;help;dump' {
            break
        }
        'sailctl;profile;help;diff' {
            break
        }
        'sailctl;profile;help;help' {
            break
        }
        'sailctl;version' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Print the short form (the default); `--short=false` prints per-component and per-proxy details')
            [CompletionResult]::new('--short', '--short', [CompletionResultType]::ParameterName, 'Print the short form (the default); `--short=false` prints per-component and per-proxy details')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text, json or yaml')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text, json or yaml')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Also report the control-plane and data-plane versions found in the cluster; `--remote=false` reports the client only and never contacts a cluster')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Only the control plane (and proxies) of this revision (`istio.io/rev`)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Only the control plane (and proxies) of this revision (`istio.io/rev`)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Clusters: service FQDN, port, subset, direction, discovery type, destination rule')
            [CompletionResult]::new('clusters', 'clusters', [CompletionResultType]::ParameterValue, 'Clusters: service FQDN, port, subset, direction, discovery type, destination rule')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'Clusters: service FQDN, port, subset, direction, discovery type, destination rule')
            [CompletionResult]::new('listener', 'listener', [CompletionResultType]::ParameterValue, 'Listeners: addresses, port, and per filter chain its match and destination')
            [CompletionResult]::new('listeners', 'listeners', [CompletionResultType]::ParameterValue, 'Listeners: addresses, port, and per filter chain its match and destination')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'Listeners: addresses, port, and per filter chain its match and destination')
            [CompletionResult]::new('route', 'route', [CompletionResultType]::ParameterValue, 'Route configurations: virtual hosts, domains, matches and the virtual service behind them')
            [CompletionResult]::new('routes', 'routes', [CompletionResultType]::ParameterValue, 'Route configurations: virtual hosts, domains, matches and the virtual service behind them')
            [CompletionResult]::new('r', 'r', [CompletionResultType]::ParameterValue, 'Route configurations: virtual hosts, domains, matches and the virtual service behind them')
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Endpoints from Envoy''s `/clusters?format=json`: address, health, outlier check, cluster')
            [CompletionResult]::new('endpoints', 'endpoints', [CompletionResultType]::ParameterValue, 'Endpoints from Envoy''s `/clusters?format=json`: address, health, outlier check, cluster')
            [CompletionResult]::new('ep', 'ep', [CompletionResultType]::ParameterValue, 'Endpoints from Envoy''s `/clusters?format=json`: address, health, outlier check, cluster')
            [CompletionResult]::new('eds', 'eds', [CompletionResultType]::ParameterValue, 'Endpoints from the EDS section of `/config_dump?include_eds=true`')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Secrets (SDS): certificates, their validity, serial numbers and dates')
            [CompletionResult]::new('secrets', 'secrets', [CompletionResultType]::ParameterValue, 'Secrets (SDS): certificates, their validity, serial numbers and dates')
            [CompletionResult]::new('s', 's', [CompletionResultType]::ParameterValue, 'Secrets (SDS): certificates, their validity, serial numbers and dates')
            [CompletionResult]::new('ecds', 'ecds', [CompletionResultType]::ParameterValue, 'Extension configurations delivered by ECDS (Wasm plugins, telemetry filters)')
            [CompletionResult]::new('ec', 'ec', [CompletionResultType]::ParameterValue, 'Extension configurations delivered by ECDS (Wasm plugins, telemetry filters)')
            [CompletionResult]::new('bootstrap', 'bootstrap', [CompletionResultType]::ParameterValue, 'The bootstrap configuration (`-o short`: Istio and Envoy versions)')
            [CompletionResult]::new('b', 'b', [CompletionResultType]::ParameterValue, 'The bootstrap configuration (`-o short`: Istio and Envoy versions)')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Every summary: bootstrap, clusters, listeners, routes, secrets and endpoints')
            [CompletionResult]::new('a', 'a', [CompletionResultType]::ParameterValue, 'Every summary: bootstrap, clusters, listeners, routes, secrets and endpoints')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The logging levels of a pod''s Envoy, and setting them (`--level`)')
            [CompletionResult]::new('o', 'o', [CompletionResultType]::ParameterValue, 'The logging levels of a pod''s Envoy, and setting them (`--level`)')
            [CompletionResult]::new('rootca-compare', 'rootca-compare', [CompletionResultType]::ParameterValue, 'Whether two pods trust the same root CA (their `ROOTCA` secrets share a certificate)')
            [CompletionResult]::new('rc', 'rc', [CompletionResultType]::ParameterValue, 'Whether two pods trust the same root CA (their `ROOTCA` secrets share a certificate)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;pc' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Clusters: service FQDN, port, subset, direction, discovery type, destination rule')
            [CompletionResult]::new('clusters', 'clusters', [CompletionResultType]::ParameterValue, 'Clusters: service FQDN, port, subset, direction, discovery type, destination rule')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'Clusters: service FQDN, port, subset, direction, discovery type, destination rule')
            [CompletionResult]::new('listener', 'listener', [CompletionResultType]::ParameterValue, 'Listeners: addresses, port, and per filter chain its match and destination')
            [CompletionResult]::new('listeners', 'listeners', [CompletionResultType]::ParameterValue, 'Listeners: addresses, port, and per filter chain its match and destination')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'Listeners: addresses, port, and per filter chain its match and destination')
            [CompletionResult]::new('route', 'route', [CompletionResultType]::ParameterValue, 'Route configurations: virtual hosts, domains, matches and the virtual service behind them')
            [CompletionResult]::new('routes', 'routes', [CompletionResultType]::ParameterValue, 'Route configurations: virtual hosts, domains, matches and the virtual service behind them')
            [CompletionResult]::new('r', 'r', [CompletionResultType]::ParameterValue, 'Route configurations: virtual hosts, domains, matches and the virtual service behind them')
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Endpoints from Envoy''s `/clusters?format=json`: address, health, outlier check, cluster')
            [CompletionResult]::new('endpoints', 'endpoints', [CompletionResultType]::ParameterValue, 'Endpoints from Envoy''s `/clusters?format=json`: address, health, outlier check, cluster')
            [CompletionResult]::new('ep', 'ep', [CompletionResultType]::ParameterValue, 'Endpoints from Envoy''s `/clusters?format=json`: address, health, outlier check, cluster')
            [CompletionResult]::new('eds', 'eds', [CompletionResultType]::ParameterValue, 'Endpoints from the EDS section of `/config_dump?include_eds=true`')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Secrets (SDS): certificates, their validity, serial numbers and dates')
            [CompletionResult]::new('secrets', 'secrets', [CompletionResultType]::ParameterValue, 'Secrets (SDS): certificates, their validity, serial numbers and dates')
            [CompletionResult]::new('s', 's', [CompletionResultType]::ParameterValue, 'Secrets (SDS): certificates, their validity, serial numbers and dates')
            [CompletionResult]::new('ecds', 'ecds', [CompletionResultType]::ParameterValue, 'Extension configurations delivered by ECDS (Wasm plugins, telemetry filters)')
            [CompletionResult]::new('ec', 'ec', [CompletionResultType]::ParameterValue, 'Extension configurations delivered by ECDS (Wasm plugins, telemetry filters)')
            [CompletionResult]::new('bootstrap', 'bootstrap', [CompletionResultType]::ParameterValue, 'The bootstrap configuration (`-o short`: Istio and Envoy versions)')
            [CompletionResult]::new('b', 'b', [CompletionResultType]::ParameterValue, 'The bootstrap configuration (`-o short`: Istio and Envoy versions)')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Every summary: bootstrap, clusters, listeners, routes, secrets and endpoints')
            [CompletionResult]::new('a', 'a', [CompletionResultType]::ParameterValue, 'Every summary: bootstrap, clusters, listeners, routes, secrets and endpoints')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The logging levels of a pod''s Envoy, and setting them (`--level`)')
            [CompletionResult]::new('o', 'o', [CompletionResultType]::ParameterValue, 'The logging levels of a pod''s Envoy, and setting them (`--level`)')
            [CompletionResult]::new('rootca-compare', 'rootca-compare', [CompletionResultType]::ParameterValue, 'Whether two pods trust the same root CA (their `ROOTCA` secrets share a certificate)')
            [CompletionResult]::new('rc', 'rc', [CompletionResultType]::ParameterValue, 'Whether two pods trust the same root CA (their `ROOTCA` secrets share a certificate)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;proxy-config;cluster' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--fqdn', '--fqdn', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this FQDN')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only clusters with this port')
            [CompletionResult]::new('--subset', '--subset', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this subset')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only clusters of this direction (inbound, outbound, inbound-vip)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;clusters' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--fqdn', '--fqdn', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this FQDN')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only clusters with this port')
            [CompletionResult]::new('--subset', '--subset', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this subset')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only clusters of this direction (inbound, outbound, inbound-vip)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;c' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--fqdn', '--fqdn', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this FQDN')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only clusters with this port')
            [CompletionResult]::new('--subset', '--subset', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this subset')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only clusters of this direction (inbound, outbound, inbound-vip)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;cluster' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--fqdn', '--fqdn', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this FQDN')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only clusters with this port')
            [CompletionResult]::new('--subset', '--subset', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this subset')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only clusters of this direction (inbound, outbound, inbound-vip)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;clusters' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--fqdn', '--fqdn', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this FQDN')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only clusters with this port')
            [CompletionResult]::new('--subset', '--subset', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this subset')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only clusters of this direction (inbound, outbound, inbound-vip)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;c' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--fqdn', '--fqdn', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this FQDN')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only clusters with this port')
            [CompletionResult]::new('--subset', '--subset', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this subset')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only clusters of this direction (inbound, outbound, inbound-vip)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;listener' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only listeners with this address (also additional addresses)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only listeners on this port')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only listeners of this type: HTTP, TCP, HTTP+TCP or UNKNOWN')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per filter chain with its match and destination (`--verbose=false`: the type)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;listeners' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only listeners with this address (also additional addresses)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only listeners on this port')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only listeners of this type: HTTP, TCP, HTTP+TCP or UNKNOWN')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per filter chain with its match and destination (`--verbose=false`: the type)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;l' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only listeners with this address (also additional addresses)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only listeners on this port')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only listeners of this type: HTTP, TCP, HTTP+TCP or UNKNOWN')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per filter chain with its match and destination (`--verbose=false`: the type)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;listener' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only listeners with this address (also additional addresses)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only listeners on this port')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only listeners of this type: HTTP, TCP, HTTP+TCP or UNKNOWN')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per filter chain with its match and destination (`--verbose=false`: the type)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;listeners' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only listeners with this address (also additional addresses)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only listeners on this port')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only listeners of this type: HTTP, TCP, HTTP+TCP or UNKNOWN')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per filter chain with its match and destination (`--verbose=false`: the type)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;l' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only listeners with this address (also additional addresses)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only listeners on this port')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only listeners of this type: HTTP, TCP, HTTP+TCP or UNKNOWN')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per filter chain with its match and destination (`--verbose=false`: the type)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;route' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the route configuration of this name')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per route (`--verbose=false`: one per route configuration)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--tree', '--tree', [CompletionResultType]::ParameterName, 'Draw listener → route configuration → virtual host → route → cluster as a tree')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;routes' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the route configuration of this name')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per route (`--verbose=false`: one per route configuration)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--tree', '--tree', [CompletionResultType]::ParameterName, 'Draw listener → route configuration → virtual host → route → cluster as a tree')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;r' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the route configuration of this name')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per route (`--verbose=false`: one per route configuration)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--tree', '--tree', [CompletionResultType]::ParameterName, 'Draw listener → route configuration → virtual host → route → cluster as a tree')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;route' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the route configuration of this name')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per route (`--verbose=false`: one per route configuration)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--tree', '--tree', [CompletionResultType]::ParameterName, 'Draw listener → route configuration → virtual host → route → cluster as a tree')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;routes' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the route configuration of this name')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per route (`--verbose=false`: one per route configuration)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--tree', '--tree', [CompletionResultType]::ParameterName, 'Draw listener → route configuration → virtual host → route → cluster as a tree')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;r' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the route configuration of this name')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per route (`--verbose=false`: one per route configuration)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--tree', '--tree', [CompletionResultType]::ParameterName, 'Draw listener → route configuration → virtual host → route → cluster as a tree')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;endpoint' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only endpoints with this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only endpoints on this port')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only endpoints of this cluster (ignoring case)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only endpoints with this health status (HEALTHY, UNHEALTHY, DRAINING, ...)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;endpoints' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only endpoints with this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only endpoints on this port')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only endpoints of this cluster (ignoring case)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only endpoints with this health status (HEALTHY, UNHEALTHY, DRAINING, ...)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;ep' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only endpoints with this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only endpoints on this port')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only endpoints of this cluster (ignoring case)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only endpoints with this health status (HEALTHY, UNHEALTHY, DRAINING, ...)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;endpoint' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only endpoints with this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only endpoints on this port')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only endpoints of this cluster (ignoring case)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only endpoints with this health status (HEALTHY, UNHEALTHY, DRAINING, ...)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;endpoints' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only endpoints with this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only endpoints on this port')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only endpoints of this cluster (ignoring case)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only endpoints with this health status (HEALTHY, UNHEALTHY, DRAINING, ...)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;ep' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only endpoints with this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only endpoints on this port')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only endpoints of this cluster (ignoring case)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only endpoints with this health status (HEALTHY, UNHEALTHY, DRAINING, ...)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;eds' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only endpoints with this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only endpoints on this port')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only endpoints of this cluster (ignoring case)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only endpoints with this health status (HEALTHY, UNHEALTHY, DRAINING, ...)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;eds' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only endpoints with this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only endpoints on this port')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only endpoints of this cluster (ignoring case)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only endpoints with this health status (HEALTHY, UNHEALTHY, DRAINING, ...)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;secret' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;secrets' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;s' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;secret' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;secrets' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;s' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;ecds' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;ec' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;ecds' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;ec' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;bootstrap' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;b' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;bootstrap' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;b' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;all' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Listener chains and route rows (`--verbose=false`: one row per listener / route config)')
            [CompletionResult]::new('--fqdn', '--fqdn', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this FQDN')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only clusters of this direction')
            [CompletionResult]::new('--subset', '--subset', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this subset')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only clusters, listeners and endpoints on this port')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only listeners and endpoints with this address')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only listeners of this type')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the route configuration of this name')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only endpoints of this cluster')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only endpoints with this health status')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--with-headers', '--with-headers', [CompletionResultType]::ParameterName, 'Put a `------ TITLE ------` line before each section')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;a' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Listener chains and route rows (`--verbose=false`: one row per listener / route config)')
            [CompletionResult]::new('--fqdn', '--fqdn', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this FQDN')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only clusters of this direction')
            [CompletionResult]::new('--subset', '--subset', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this subset')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only clusters, listeners and endpoints on this port')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only listeners and endpoints with this address')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only listeners of this type')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the route configuration of this name')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only endpoints of this cluster')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only endpoints with this health status')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--with-headers', '--with-headers', [CompletionResultType]::ParameterName, 'Put a `------ TITLE ------` line before each section')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;all' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Listener chains and route rows (`--verbose=false`: one row per listener / route config)')
            [CompletionResult]::new('--fqdn', '--fqdn', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this FQDN')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only clusters of this direction')
            [CompletionResult]::new('--subset', '--subset', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this subset')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only clusters, listeners and endpoints on this port')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only listeners and endpoints with this address')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only listeners of this type')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the route configuration of this name')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only endpoints of this cluster')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only endpoints with this health status')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--with-headers', '--with-headers', [CompletionResultType]::ParameterName, 'Put a `------ TITLE ------` line before each section')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;a' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved Envoy admin answer (`-` reads standard input)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod''s and a diff for each that differs')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Listener chains and route rows (`--verbose=false`: one row per listener / route config)')
            [CompletionResult]::new('--fqdn', '--fqdn', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this FQDN')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only clusters of this direction')
            [CompletionResult]::new('--subset', '--subset', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this subset')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only clusters, listeners and endpoints on this port')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only listeners and endpoints with this address')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only listeners of this type')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the route configuration of this name')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only endpoints of this cluster')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only endpoints with this health status')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--with-headers', '--with-headers', [CompletionResultType]::ParameterName, 'Put a `------ TITLE ------` line before each section')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;log' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every pod matching this label selector in the namespace (`-l app=reviews`)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every pod matching this label selector in the namespace (`-l app=reviews`)')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Levels to set: a level for every logger (`debug`), and/or `logger:level` pairs (`http:debug,router=trace`). Levels: trace, debug, info, warning, error, critical, off')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Reset every logger to Envoy''s default level (warning) before --level is applied')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Reset every logger to Envoy''s default level (warning) before --level is applied')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;o' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every pod matching this label selector in the namespace (`-l app=reviews`)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every pod matching this label selector in the namespace (`-l app=reviews`)')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Levels to set: a level for every logger (`debug`), and/or `logger:level` pairs (`http:debug,router=trace`). Levels: trace, debug, info, warning, error, critical, off')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Reset every logger to Envoy''s default level (warning) before --level is applied')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Reset every logger to Envoy''s default level (warning) before --level is applied')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;log' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every pod matching this label selector in the namespace (`-l app=reviews`)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every pod matching this label selector in the namespace (`-l app=reviews`)')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Levels to set: a level for every logger (`debug`), and/or `logger:level` pairs (`http:debug,router=trace`). Levels: trace, debug, info, warning, error, critical, off')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Reset every logger to Envoy''s default level (warning) before --level is applied')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Reset every logger to Envoy''s default level (warning) before --level is applied')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;o' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Every pod matching this label selector in the namespace (`-l app=reviews`)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Every pod matching this label selector in the namespace (`-l app=reviews`)')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Levels to set: a level for every logger (`debug`), and/or `logger:level` pairs (`http:debug,router=trace`). Levels: trace, debug, info, warning, error, critical, off')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Reset every logger to Envoy''s default level (warning) before --level is applied')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Reset every logger to Envoy''s default level (warning) before --level is applied')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;rootca-compare' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Saved config dumps instead of pods (repeat; pods and files make two together)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Saved config dumps instead of pods (repeat; pods and files make two together)')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;rc' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Saved config dumps instead of pods (repeat; pods and files make two together)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Saved config dumps instead of pods (repeat; pods and files make two together)')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;rootca-compare' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Saved config dumps instead of pods (repeat; pods and files make two together)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Saved config dumps instead of pods (repeat; pods and files make two together)')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;pc;rc' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Saved config dumps instead of pods (repeat; pods and files make two together)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Saved config dumps instead of pods (repeat; pods and files make two together)')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;proxy-config;help' {
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Clusters: service FQDN, port, subset, direction, discovery type, destination rule')
            [CompletionResult]::new('listener', 'listener', [CompletionResultType]::ParameterValue, 'Listeners: addresses, port, and per filter chain its match and destination')
            [CompletionResult]::new('route', 'route', [CompletionResultType]::ParameterValue, 'Route configurations: virtual hosts, domains, matches and the virtual service behind them')
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Endpoints from Envoy''s `/clusters?format=json`: address, health, outlier check, cluster')
            [CompletionResult]::new('eds', 'eds', [CompletionResultType]::ParameterValue, 'Endpoints from the EDS section of `/config_dump?include_eds=true`')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Secrets (SDS): certificates, their validity, serial numbers and dates')
            [CompletionResult]::new('ecds', 'ecds', [CompletionResultType]::ParameterValue, 'Extension configurations delivered by ECDS (Wasm plugins, telemetry filters)')
            [CompletionResult]::new('bootstrap', 'bootstrap', [CompletionResultType]::ParameterValue, 'The bootstrap configuration (`-o short`: Istio and Envoy versions)')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Every summary: bootstrap, clusters, listeners, routes, secrets and endpoints')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The logging levels of a pod''s Envoy, and setting them (`--level`)')
            [CompletionResult]::new('rootca-compare', 'rootca-compare', [CompletionResultType]::ParameterValue, 'Whether two pods trust the same root CA (their `ROOTCA` secrets share a certificate)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;proxy-config;help;cluster' {
            break
        }
        'sailctl;proxy-config;help;listener' {
            break
        }
        'sailctl;proxy-config;help;route' {
            break
        }
        'sailctl;proxy-config;help;endpoint' {
            break
        }
        'sailctl;proxy-config;help;eds' {
            break
        }
        'sailctl;proxy-config;help;secret' {
            break
        }
        'sailctl;proxy-config;help;ecds' {
            break
        }
        'sailctl;proxy-config;help;bootstrap' {
            break
        }
        'sailctl;proxy-config;help;all' {
            break
        }
        'sailctl;proxy-config;help;log' {
            break
        }
        'sailctl;proxy-config;help;rootca-compare' {
            break
        }
        'sailctl;proxy-config;help;help' {
            break
        }
        'sailctl;pc;help' {
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Clusters: service FQDN, port, subset, direction, discovery type, destination rule')
            [CompletionResult]::new('listener', 'listener', [CompletionResultType]::ParameterValue, 'Listeners: addresses, port, and per filter chain its match and destination')
            [CompletionResult]::new('route', 'route', [CompletionResultType]::ParameterValue, 'Route configurations: virtual hosts, domains, matches and the virtual service behind them')
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Endpoints from Envoy''s `/clusters?format=json`: address, health, outlier check, cluster')
            [CompletionResult]::new('eds', 'eds', [CompletionResultType]::ParameterValue, 'Endpoints from the EDS section of `/config_dump?include_eds=true`')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Secrets (SDS): certificates, their validity, serial numbers and dates')
            [CompletionResult]::new('ecds', 'ecds', [CompletionResultType]::ParameterValue, 'Extension configurations delivered by ECDS (Wasm plugins, telemetry filters)')
            [CompletionResult]::new('bootstrap', 'bootstrap', [CompletionResultType]::ParameterValue, 'The bootstrap configuration (`-o short`: Istio and Envoy versions)')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Every summary: bootstrap, clusters, listeners, routes, secrets and endpoints')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The logging levels of a pod''s Envoy, and setting them (`--level`)')
            [CompletionResult]::new('rootca-compare', 'rootca-compare', [CompletionResultType]::ParameterValue, 'Whether two pods trust the same root CA (their `ROOTCA` secrets share a certificate)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;pc;help;cluster' {
            break
        }
        'sailctl;pc;help;listener' {
            break
        }
        'sailctl;pc;help;route' {
            break
        }
        'sailctl;pc;help;endpoint' {
            break
        }
        'sailctl;pc;help;eds' {
            break
        }
        'sailctl;pc;help;secret' {
            break
        }
        'sailctl;pc;help;ecds' {
            break
        }
        'sailctl;pc;help;bootstrap' {
            break
        }
        'sailctl;pc;help;all' {
            break
        }
        'sailctl;pc;help;log' {
            break
        }
        'sailctl;pc;help;rootca-compare' {
            break
        }
        'sailctl;pc;help;help' {
            break
        }
        'sailctl;proxy-status' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'An Envoy config dump (`/config_dump`) to compare with istiod''s view of the pod given, instead of asking the pod (istioctl''s `--file`). Given a saved istiod sync status instead (what --sync-file takes), it is read as one, for older sailctl scripts')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'An Envoy config dump (`/config_dump`) to compare with istiod''s view of the pod given, instead of asking the pod (istioctl''s `--file`). Given a saved istiod sync status instead (what --sync-file takes), it is read as one, for older sailctl scripts')
            [CompletionResult]::new('--sync-file', '--sync-file', [CompletionResultType]::ParameterName, 'Read a saved istiod sync status instead of asking istiod: `{"<istiod>": DiscoveryResponse, ...}` as answered to `istio.io/debug/syncz`, or one DiscoveryResponse (`-` reads standard input). With --envoy-file: istiod''s config dump for the proxy')
            [CompletionResult]::new('--envoy-file', '--envoy-file', [CompletionResultType]::ParameterName, 'Compare this Envoy config dump with istiod''s dump given in --sync-file, offline')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '0 (the default): the subscribed types of each proxy; 1: one column per xDS type')
            [CompletionResult]::new('--verbosity', '--verbosity', [CompletionResultType]::ParameterName, '0 (the default): the subscribed types of each proxy; 1: one column per xDS type')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Ask only the istiods of this control-plane revision (`istio.io/rev`). A saved answer already comes from one revision: every istiod in the file is shown')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Ask only the istiods of this control-plane revision (`istio.io/rev`). A saved answer already comes from one revision: every istiod in the file is shown')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Only the proxies of the running pods with these labels (`app=reviews`), in the namespace of -n (or the context''s)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Only the proxies of the running pods with these labels (`app=reviews`), in the namespace of -n (or the context''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an istiod or proxy that does not answer within this long (30s, 500ms)')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy''s admin port in the pod (live mode, with a pod)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;ps' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'An Envoy config dump (`/config_dump`) to compare with istiod''s view of the pod given, instead of asking the pod (istioctl''s `--file`). Given a saved istiod sync status instead (what --sync-file takes), it is read as one, for older sailctl scripts')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'An Envoy config dump (`/config_dump`) to compare with istiod''s view of the pod given, instead of asking the pod (istioctl''s `--file`). Given a saved istiod sync status instead (what --sync-file takes), it is read as one, for older sailctl scripts')
            [CompletionResult]::new('--sync-file', '--sync-file', [CompletionResultType]::ParameterName, 'Read a saved istiod sync status instead of asking istiod: `{"<istiod>": DiscoveryResponse, ...}` as answered to `istio.io/debug/syncz`, or one DiscoveryResponse (`-` reads standard input). With --envoy-file: istiod''s config dump for the proxy')
            [CompletionResult]::new('--envoy-file', '--envoy-file', [CompletionResultType]::ParameterName, 'Compare this Envoy config dump with istiod''s dump given in --sync-file, offline')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '0 (the default): the subscribed types of each proxy; 1: one column per xDS type')
            [CompletionResult]::new('--verbosity', '--verbosity', [CompletionResultType]::ParameterName, '0 (the default): the subscribed types of each proxy; 1: one column per xDS type')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Ask only the istiods of this control-plane revision (`istio.io/rev`). A saved answer already comes from one revision: every istiod in the file is shown')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Ask only the istiods of this control-plane revision (`istio.io/rev`). A saved answer already comes from one revision: every istiod in the file is shown')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Only the proxies of the running pods with these labels (`app=reviews`), in the namespace of -n (or the context''s)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Only the proxies of the running pods with these labels (`app=reviews`), in the namespace of -n (or the context''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an istiod or proxy that does not answer within this long (30s, 500ms)')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy''s admin port in the pod (live mode, with a pod)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;dashboard' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Open Kiali (pods labelled app=kiali, port 20001)')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Open Prometheus (app.kubernetes.io/name=prometheus, port 9090)')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Open Grafana (app.kubernetes.io/name=grafana, port 3000)')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Open Jaeger (app=jaeger, port 16686)')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'Open Zipkin (app=zipkin, port 9411)')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'Open the SkyWalking UI (app=skywalking-ui, port 8080)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Open the Envoy admin page of a sidecar or gateway (port 15000)')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Open the Envoy admin page of a sidecar or gateway (port 15000)')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'Open the ControlZ page of an istiod pod (port 9876)')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'Open istiod''s debug page (`/debug` on its monitoring port 15014)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;dash' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Open Kiali (pods labelled app=kiali, port 20001)')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Open Prometheus (app.kubernetes.io/name=prometheus, port 9090)')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Open Grafana (app.kubernetes.io/name=grafana, port 3000)')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Open Jaeger (app=jaeger, port 16686)')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'Open Zipkin (app=zipkin, port 9411)')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'Open the SkyWalking UI (app=skywalking-ui, port 8080)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Open the Envoy admin page of a sidecar or gateway (port 15000)')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Open the Envoy admin page of a sidecar or gateway (port 15000)')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'Open the ControlZ page of an istiod pod (port 9876)')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'Open istiod''s debug page (`/debug` on its monitoring port 15014)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;d' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Open Kiali (pods labelled app=kiali, port 20001)')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Open Prometheus (app.kubernetes.io/name=prometheus, port 9090)')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Open Grafana (app.kubernetes.io/name=grafana, port 3000)')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Open Jaeger (app=jaeger, port 16686)')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'Open Zipkin (app=zipkin, port 9411)')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'Open the SkyWalking UI (app=skywalking-ui, port 8080)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Open the Envoy admin page of a sidecar or gateway (port 15000)')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Open the Envoy admin page of a sidecar or gateway (port 15000)')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'Open the ControlZ page of an istiod pod (port 9876)')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'Open istiod''s debug page (`/debug` on its monitoring port 15014)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;dashboard;kiali' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s UI port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;dash;kiali' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s UI port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;d;kiali' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s UI port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;dashboard;prometheus' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s UI port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;dash;prometheus' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s UI port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;d;prometheus' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s UI port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;dashboard;grafana' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s UI port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;dash;grafana' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s UI port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;d;grafana' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s UI port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;dashboard;jaeger' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s UI port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;dash;jaeger' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s UI port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;d;jaeger' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s UI port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;dashboard;zipkin' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s UI port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;dash;zipkin' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s UI port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;d;zipkin' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s UI port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;dashboard;skywalking' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s UI port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;dash;skywalking' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s UI port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;d;skywalking' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s UI port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;dashboard;envoy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'A label selector instead of a pod (the first running match is used)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'A label selector instead of a pod (the first running match is used)')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Envoy''s admin port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;dashboard;proxy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'A label selector instead of a pod (the first running match is used)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'A label selector instead of a pod (the first running match is used)')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Envoy''s admin port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;dash;envoy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'A label selector instead of a pod (the first running match is used)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'A label selector instead of a pod (the first running match is used)')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Envoy''s admin port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;dash;proxy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'A label selector instead of a pod (the first running match is used)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'A label selector instead of a pod (the first running match is used)')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Envoy''s admin port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;d;envoy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'A label selector instead of a pod (the first running match is used)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'A label selector instead of a pod (the first running match is used)')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Envoy''s admin port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;d;proxy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'A label selector instead of a pod (the first running match is used)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'A label selector instead of a pod (the first running match is used)')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Envoy''s admin port in the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;dashboard;controlz' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'A label selector (`app=istiod` is added)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'A label selector (`app=istiod` is added)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The control-plane revision whose istiod to open')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The control-plane revision whose istiod to open')
            [CompletionResult]::new('--ctrlz_port', '--ctrlz_port', [CompletionResultType]::ParameterName, 'ControlZ''s port in the pod (controlz only)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;dash;controlz' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'A label selector (`app=istiod` is added)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'A label selector (`app=istiod` is added)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The control-plane revision whose istiod to open')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The control-plane revision whose istiod to open')
            [CompletionResult]::new('--ctrlz_port', '--ctrlz_port', [CompletionResultType]::ParameterName, 'ControlZ''s port in the pod (controlz only)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;d;controlz' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'A label selector (`app=istiod` is added)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'A label selector (`app=istiod` is added)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The control-plane revision whose istiod to open')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The control-plane revision whose istiod to open')
            [CompletionResult]::new('--ctrlz_port', '--ctrlz_port', [CompletionResultType]::ParameterName, 'ControlZ''s port in the pod (controlz only)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;dashboard;istiod-debug' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'A label selector (`app=istiod` is added)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'A label selector (`app=istiod` is added)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The control-plane revision whose istiod to open')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The control-plane revision whose istiod to open')
            [CompletionResult]::new('--ctrlz_port', '--ctrlz_port', [CompletionResultType]::ParameterName, 'ControlZ''s port in the pod (controlz only)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;dash;istiod-debug' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'A label selector (`app=istiod` is added)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'A label selector (`app=istiod` is added)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The control-plane revision whose istiod to open')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The control-plane revision whose istiod to open')
            [CompletionResult]::new('--ctrlz_port', '--ctrlz_port', [CompletionResultType]::ParameterName, 'ControlZ''s port in the pod (controlz only)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;d;istiod-debug' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'A label selector (`app=istiod` is added)')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'A label selector (`app=istiod` is added)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The control-plane revision whose istiod to open')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The control-plane revision whose istiod to open')
            [CompletionResult]::new('--ctrlz_port', '--ctrlz_port', [CompletionResultType]::ParameterName, 'ControlZ''s port in the pod (controlz only)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (default: the component''s own port, or a free one when that is taken)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser on the URL (`--browser=false`: only print it)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;dashboard;help' {
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Open Kiali (pods labelled app=kiali, port 20001)')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Open Prometheus (app.kubernetes.io/name=prometheus, port 9090)')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Open Grafana (app.kubernetes.io/name=grafana, port 3000)')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Open Jaeger (app=jaeger, port 16686)')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'Open Zipkin (app=zipkin, port 9411)')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'Open the SkyWalking UI (app=skywalking-ui, port 8080)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Open the Envoy admin page of a sidecar or gateway (port 15000)')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'Open the ControlZ page of an istiod pod (port 9876)')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'Open istiod''s debug page (`/debug` on its monitoring port 15014)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;dashboard;help;kiali' {
            break
        }
        'sailctl;dashboard;help;prometheus' {
            break
        }
        'sailctl;dashboard;help;grafana' {
            break
        }
        'sailctl;dashboard;help;jaeger' {
            break
        }
        'sailctl;dashboard;help;zipkin' {
            break
        }
        'sailctl;dashboard;help;skywalking' {
            break
        }
        'sailctl;dashboard;help;envoy' {
            break
        }
        'sailctl;dashboard;help;controlz' {
            break
        }
        'sailctl;dashboard;help;istiod-debug' {
            break
        }
        'sailctl;dashboard;help;help' {
            break
        }
        'sailctl;dash;help' {
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Open Kiali (pods labelled app=kiali, port 20001)')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Open Prometheus (app.kubernetes.io/name=prometheus, port 9090)')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Open Grafana (app.kubernetes.io/name=grafana, port 3000)')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Open Jaeger (app=jaeger, port 16686)')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'Open Zipkin (app=zipkin, port 9411)')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'Open the SkyWalking UI (app=skywalking-ui, port 8080)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Open the Envoy admin page of a sidecar or gateway (port 15000)')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'Open the ControlZ page of an istiod pod (port 9876)')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'Open istiod''s debug page (`/debug` on its monitoring port 15014)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;dash;help;kiali' {
            break
        }
        'sailctl;dash;help;prometheus' {
            break
        }
        'sailctl;dash;help;grafana' {
            break
        }
        'sailctl;dash;help;jaeger' {
            break
        }
        'sailctl;dash;help;zipkin' {
            break
        }
        'sailctl;dash;help;skywalking' {
            break
        }
        'sailctl;dash;help;envoy' {
            break
        }
        'sailctl;dash;help;controlz' {
            break
        }
        'sailctl;dash;help;istiod-debug' {
            break
        }
        'sailctl;dash;help;help' {
            break
        }
        'sailctl;d;help' {
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Open Kiali (pods labelled app=kiali, port 20001)')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Open Prometheus (app.kubernetes.io/name=prometheus, port 9090)')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Open Grafana (app.kubernetes.io/name=grafana, port 3000)')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Open Jaeger (app=jaeger, port 16686)')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'Open Zipkin (app=zipkin, port 9411)')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'Open the SkyWalking UI (app=skywalking-ui, port 8080)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Open the Envoy admin page of a sidecar or gateway (port 15000)')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'Open the ControlZ page of an istiod pod (port 9876)')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'Open istiod''s debug page (`/debug` on its monitoring port 15014)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;d;help;kiali' {
            break
        }
        'sailctl;d;help;prometheus' {
            break
        }
        'sailctl;d;help;grafana' {
            break
        }
        'sailctl;d;help;jaeger' {
            break
        }
        'sailctl;d;help;zipkin' {
            break
        }
        'sailctl;d;help;skywalking' {
            break
        }
        'sailctl;d;help;envoy' {
            break
        }
        'sailctl;d;help;controlz' {
            break
        }
        'sailctl;d;help;istiod-debug' {
            break
        }
        'sailctl;d;help;help' {
            break
        }
        'sailctl;completion' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;install' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'IstioOperator files to merge over the profile, in order (`-` reads stdin, last only)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'IstioOperator files to merge over the profile, in order (`-` reads stdin, last only)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override an IstioOperator field: `--set values.global.hub=my.registry/istio`, `--set profile=demo`, `--set components.egressGateways[0].enabled=true`')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override an IstioOperator field: `--set values.global.hub=my.registry/istio`, `--set profile=demo`, `--set components.egressGateways[0].enabled=true`')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control-plane revision: names istiod, its webhooks and config `<name>-<revision>`')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control-plane revision: names istiod, its webhooks and config `<name>-<revision>`')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'A directory of profiles to use instead of the built-in ones (istioctl''s --manifests)')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'A directory of profiles to use instead of the built-in ones (istioctl''s --manifests)')
            [CompletionResult]::new('--readiness-timeout', '--readiness-timeout', [CompletionResultType]::ParameterName, 'How long each component may take to become ready (Go duration: 300s, 5m, 1m30s)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Objects applied at once')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when stdin is not a terminal)')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send every object to the API server as a dry run (dryRun=All): validated, nothing written')
            [CompletionResult]::new('--diff', '--diff', [CompletionResultType]::ParameterName, 'Show what the install would change on the cluster, object by object, and change nothing')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'After installing, check that every object exists and every workload is ready (as `verify-install` does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'IstioOperator files to merge over the profile, in order (`-` reads stdin, last only)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'IstioOperator files to merge over the profile, in order (`-` reads stdin, last only)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override an IstioOperator field: `--set values.global.hub=my.registry/istio`, `--set profile=demo`, `--set components.egressGateways[0].enabled=true`')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override an IstioOperator field: `--set values.global.hub=my.registry/istio`, `--set profile=demo`, `--set components.egressGateways[0].enabled=true`')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control-plane revision: names istiod, its webhooks and config `<name>-<revision>`')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control-plane revision: names istiod, its webhooks and config `<name>-<revision>`')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'A directory of profiles to use instead of the built-in ones (istioctl''s --manifests)')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'A directory of profiles to use instead of the built-in ones (istioctl''s --manifests)')
            [CompletionResult]::new('--readiness-timeout', '--readiness-timeout', [CompletionResultType]::ParameterName, 'How long each component may take to become ready (Go duration: 300s, 5m, 1m30s)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Objects applied at once')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when stdin is not a terminal)')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send every object to the API server as a dry run (dryRun=All): validated, nothing written')
            [CompletionResult]::new('--diff', '--diff', [CompletionResultType]::ParameterName, 'Show what the install would change on the cluster, object by object, and change nothing')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'After installing, check that every object exists and every workload is ready (as `verify-install` does)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;upgrade' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'IstioOperator files to merge over the profile, in order (`-` reads stdin, last only)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'IstioOperator files to merge over the profile, in order (`-` reads stdin, last only)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override an IstioOperator field: `--set values.global.hub=my.registry/istio`, `--set profile=demo`, `--set components.egressGateways[0].enabled=true`')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override an IstioOperator field: `--set values.global.hub=my.registry/istio`, `--set profile=demo`, `--set components.egressGateways[0].enabled=true`')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control-plane revision: names istiod, its webhooks and config `<name>-<revision>`')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control-plane revision: names istiod, its webhooks and config `<name>-<revision>`')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'A directory of profiles to use instead of the built-in ones (istioctl''s --manifests)')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'A directory of profiles to use instead of the built-in ones (istioctl''s --manifests)')
            [CompletionResult]::new('--readiness-timeout', '--readiness-timeout', [CompletionResultType]::ParameterName, 'How long each component may take to become ready (Go duration: 300s, 5m, 1m30s)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Objects applied at once')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when stdin is not a terminal)')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Send every object to the API server as a dry run (dryRun=All): validated, nothing written')
            [CompletionResult]::new('--diff', '--diff', [CompletionResultType]::ParameterName, 'Show what the install would change on the cluster, object by object, and change nothing')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'After installing, check that every object exists and every workload is ready (as `verify-install` does)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Upgrade even when the version jump is one Istio does not support (more than one minor version in place, more than two as a canary)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;uninstall' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Remove this control-plane revision (`default` for the default revision)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Remove this control-plane revision (`default` for the default revision)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Remove the control plane an IstioOperator file installed (its revision and name)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Remove the control plane an IstioOperator file installed (its revision and name)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override a field of the IstioOperator given with -f')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override a field of the IstioOperator given with -f')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--purge', '--purge', [CompletionResultType]::ParameterName, 'Remove every Istio object of every revision: control planes, webhooks, cluster roles and CRDs (and with them all Istio configuration)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when stdin is not a terminal)')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed when stdin is not a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List what would be deleted; delete nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;verify-install' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'IstioOperator files to merge over the profile, in order (`-` reads stdin, last only)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'IstioOperator files to merge over the profile, in order (`-` reads stdin, last only)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override an IstioOperator field: `--set values.global.hub=my.registry/istio`, `--set profile=demo`, `--set components.egressGateways[0].enabled=true`')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override an IstioOperator field: `--set values.global.hub=my.registry/istio`, `--set profile=demo`, `--set components.egressGateways[0].enabled=true`')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control-plane revision: names istiod, its webhooks and config `<name>-<revision>`')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control-plane revision: names istiod, its webhooks and config `<name>-<revision>`')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'A directory of profiles to use instead of the built-in ones (istioctl''s --manifests)')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'A directory of profiles to use instead of the built-in ones (istioctl''s --manifests)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;precheck' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The control-plane revision the install will use')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The control-plane revision the install will use')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Also check the upgrade from this installed version (`1.27.3`) to sailctl''s')
            [CompletionResult]::new('--from-version', '--from-version', [CompletionResultType]::ParameterName, 'Also check the upgrade from this installed version (`1.27.3`) to sailctl''s')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;tag' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the revision tags, the revision each points at and the namespaces using it')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'List the revision tags, the revision each points at and the namespaces using it')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or move a revision tag to point at a revision')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print the objects `tag set` would apply, without touching the cluster')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a revision tag')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;tag;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;tag;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;tag;set' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The control-plane revision the tag points at (`default` for the unrevisioned one)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The control-plane revision the tag points at (`default` for the unrevisioned one)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Move a tag that already exists (otherwise an existing tag is an error)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--auto-inject-namespaces', '--auto-inject-namespaces', [CompletionResultType]::ParameterName, 'With the `default` tag, inject every namespace without an injection label')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;tag;generate' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The control-plane revision the tag points at (`default` for the unrevisioned one)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The control-plane revision the tag points at (`default` for the unrevisioned one)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Move a tag that already exists (otherwise an existing tag is an error)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--auto-inject-namespaces', '--auto-inject-namespaces', [CompletionResultType]::ParameterName, 'With the `default` tag, inject every namespace without an injection label')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;tag;remove' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Remove it even when namespaces still use it, without asking')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Remove it even when namespaces still use it, without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;tag;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the revision tags, the revision each points at and the namespaces using it')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or move a revision tag to point at a revision')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print the objects `tag set` would apply, without touching the cluster')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a revision tag')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;tag;help;list' {
            break
        }
        'sailctl;tag;help;set' {
            break
        }
        'sailctl;tag;help;generate' {
            break
        }
        'sailctl;tag;help;remove' {
            break
        }
        'sailctl;tag;help;help' {
            break
        }
        'sailctl;kube-inject' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The file of Kubernetes objects to inject (`-` reads stdin)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'The file of Kubernetes objects to inject (`-` reads stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the injected objects to this file instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the injected objects to this file instead of standard output')
            [CompletionResult]::new('--injectConfigFile', '--injectConfigFile', [CompletionResultType]::ParameterName, 'The injector config (the `config` key of the istio-sidecar-injector ConfigMap, or the whole ConfigMap, or a bare sidecar template)')
            [CompletionResult]::new('--meshConfigFile', '--meshConfigFile', [CompletionResultType]::ParameterName, 'The mesh config (the `mesh` key of the `istio` ConfigMap)')
            [CompletionResult]::new('--valuesFile', '--valuesFile', [CompletionResultType]::ParameterName, 'The injection values (the `values` key of the istio-sidecar-injector ConfigMap)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The control-plane revision whose config to use (`default` for the unrevisioned one)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The control-plane revision whose config to use (`default` for the unrevisioned one)')
            [CompletionResult]::new('--meshConfigMapName', '--meshConfigMapName', [CompletionResultType]::ParameterName, 'The mesh ConfigMap''s name (its revision suffix is added when it is the default)')
            [CompletionResult]::new('--injectConfigMapName', '--injectConfigMapName', [CompletionResultType]::ParameterName, 'The injector ConfigMap''s name (its revision suffix is added when it is the default)')
            [CompletionResult]::new('--use-kube', '--use-kube', [CompletionResultType]::ParameterName, 'Read what the files do not give from the cluster; `--use-kube=false` uses sailctl''s own rendering instead')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;x' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('precheck', 'precheck', [CompletionResultType]::ParameterValue, 'Check that Istio can be installed on the cluster (same as `sailctl precheck`)')
            [CompletionResult]::new('trace', 'trace', [CompletionResultType]::ParameterValue, 'Where a request goes in a proxy, and why: listener, chain, route, cluster, endpoints')
            [CompletionResult]::new('authz', 'authz', [CompletionResultType]::ParameterValue, 'Inspect the AuthorizationPolicies a proxy enforces (`x authz check`)')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Describe the Istio configuration of a pod or service (`x describe pod|svc`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;x;precheck' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The control-plane revision the install will use')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The control-plane revision the install will use')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Also check the upgrade from this installed version (`1.27.3`) to sailctl''s')
            [CompletionResult]::new('--from-version', '--from-version', [CompletionResultType]::ParameterName, 'Also check the upgrade from this installed version (`1.27.3`) to sailctl''s')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;x;trace' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved config dump (`-` reads standard input) instead of a pod')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved config dump (`-` reads standard input) instead of a pod')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'A request header, `name: value` (repeatable; `host:` sets the authority)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'A request header, `name: value` (repeatable; `host:` sets the authority)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'The destination IP the application connects to (a service''s cluster IP): picks the listener by address. By default the URL''s host when it is an IP')
            [CompletionResult]::new('--inbound', '--inbound', [CompletionResultType]::ParameterName, 'Trace a connection arriving at this port of the pod (the inbound listener)')
            [CompletionResult]::new('--route', '--route', [CompletionResultType]::ParameterName, 'Start at this route configuration (an RDS name), skipping listeners')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--plaintext', '--plaintext', [CompletionResultType]::ParameterName, 'Inbound: the peer is outside the mesh (plain text rather than Istio mutual TLS)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;x;authz' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'The AuthorizationPolicies in a proxy''s RBAC filters: action, policy, number of rules')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;x;authz;check' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved config dump (`-` reads standard input) instead of a pod')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved config dump (`-` reads standard input) instead of a pod')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`json` adds the rule indexes and where each filter is)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`json` adds the rule indexes and where each filter is)')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;x;authz;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'The AuthorizationPolicies in a proxy''s RBAC filters: action, policy, number of rules')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;x;authz;help;check' {
            break
        }
        'sailctl;x;authz;help;help' {
            break
        }
        'sailctl;x;describe' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'A pod: its Services, the DestinationRules (its subset), VirtualServices, Gateways, PeerAuthentication mode and AuthorizationPolicies; checked against its proxy')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'A service: its ports and pods, DestinationRules and VirtualServices')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'A service: its ports and pods, DestinationRules and VirtualServices')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;x;describe;pod' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on the cluster or the proxy after this long (`30s`, `500ms`)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;x;describe;svc' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on the cluster or the proxy after this long (`30s`, `500ms`)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;x;describe;service' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy admin port in the pod')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on the cluster or the proxy after this long (`30s`, `500ms`)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;x;describe;help' {
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'A pod: its Services, the DestinationRules (its subset), VirtualServices, Gateways, PeerAuthentication mode and AuthorizationPolicies; checked against its proxy')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'A service: its ports and pods, DestinationRules and VirtualServices')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;x;describe;help;pod' {
            break
        }
        'sailctl;x;describe;help;svc' {
            break
        }
        'sailctl;x;describe;help;help' {
            break
        }
        'sailctl;x;help' {
            [CompletionResult]::new('precheck', 'precheck', [CompletionResultType]::ParameterValue, 'Check that Istio can be installed on the cluster (same as `sailctl precheck`)')
            [CompletionResult]::new('trace', 'trace', [CompletionResultType]::ParameterValue, 'Where a request goes in a proxy, and why: listener, chain, route, cluster, endpoints')
            [CompletionResult]::new('authz', 'authz', [CompletionResultType]::ParameterValue, 'Inspect the AuthorizationPolicies a proxy enforces (`x authz check`)')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Describe the Istio configuration of a pod or service (`x describe pod|svc`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;x;help;precheck' {
            break
        }
        'sailctl;x;help;trace' {
            break
        }
        'sailctl;x;help;authz' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'The AuthorizationPolicies in a proxy''s RBAC filters: action, policy, number of rules')
            break
        }
        'sailctl;x;help;authz;check' {
            break
        }
        'sailctl;x;help;describe' {
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'A pod: its Services, the DestinationRules (its subset), VirtualServices, Gateways, PeerAuthentication mode and AuthorizationPolicies; checked against its proxy')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'A service: its ports and pods, DestinationRules and VirtualServices')
            break
        }
        'sailctl;x;help;describe;pod' {
            break
        }
        'sailctl;x;help;describe;svc' {
            break
        }
        'sailctl;x;help;help' {
            break
        }
        'sailctl;ztunnel-config' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('workload', 'workload', [CompletionResultType]::ParameterValue, 'Workloads: namespace, pod, address, node, waypoint, protocol')
            [CompletionResult]::new('workloads', 'workloads', [CompletionResultType]::ParameterValue, 'Workloads: namespace, pod, address, node, waypoint, protocol')
            [CompletionResult]::new('w', 'w', [CompletionResultType]::ParameterValue, 'Workloads: namespace, pod, address, node, waypoint, protocol')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints')
            [CompletionResult]::new('services', 'services', [CompletionResultType]::ParameterValue, 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints')
            [CompletionResult]::new('s', 's', [CompletionResultType]::ParameterValue, 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Authorization policies: namespace, name, action, scope')
            [CompletionResult]::new('policies', 'policies', [CompletionResultType]::ParameterValue, 'Authorization policies: namespace, name, action, scope')
            [CompletionResult]::new('p', 'p', [CompletionResultType]::ParameterValue, 'Authorization policies: namespace, name, action, scope')
            [CompletionResult]::new('pol', 'pol', [CompletionResultType]::ParameterValue, 'Authorization policies: namespace, name, action, scope')
            [CompletionResult]::new('certificate', 'certificate', [CompletionResultType]::ParameterValue, 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates')
            [CompletionResult]::new('certificates', 'certificates', [CompletionResultType]::ParameterValue, 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates')
            [CompletionResult]::new('certs', 'certs', [CompletionResultType]::ParameterValue, 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates')
            [CompletionResult]::new('cert', 'cert', [CompletionResultType]::ParameterValue, 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates')
            [CompletionResult]::new('connections', 'connections', [CompletionResultType]::ParameterValue, 'Open connections per workload: direction, local, remote, target, protocol')
            [CompletionResult]::new('cons', 'cons', [CompletionResultType]::ParameterValue, 'Open connections per workload: direction, local, remote, target, protocol')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Every summary (`-o json|yaml`: the whole dump)')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The logging level of ztunnels (all of them, or the named one), and setting it')
            [CompletionResult]::new('o', 'o', [CompletionResultType]::ParameterValue, 'The logging level of ztunnels (all of them, or the named one), and setting it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;zc' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('workload', 'workload', [CompletionResultType]::ParameterValue, 'Workloads: namespace, pod, address, node, waypoint, protocol')
            [CompletionResult]::new('workloads', 'workloads', [CompletionResultType]::ParameterValue, 'Workloads: namespace, pod, address, node, waypoint, protocol')
            [CompletionResult]::new('w', 'w', [CompletionResultType]::ParameterValue, 'Workloads: namespace, pod, address, node, waypoint, protocol')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints')
            [CompletionResult]::new('services', 'services', [CompletionResultType]::ParameterValue, 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints')
            [CompletionResult]::new('s', 's', [CompletionResultType]::ParameterValue, 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Authorization policies: namespace, name, action, scope')
            [CompletionResult]::new('policies', 'policies', [CompletionResultType]::ParameterValue, 'Authorization policies: namespace, name, action, scope')
            [CompletionResult]::new('p', 'p', [CompletionResultType]::ParameterValue, 'Authorization policies: namespace, name, action, scope')
            [CompletionResult]::new('pol', 'pol', [CompletionResultType]::ParameterValue, 'Authorization policies: namespace, name, action, scope')
            [CompletionResult]::new('certificate', 'certificate', [CompletionResultType]::ParameterValue, 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates')
            [CompletionResult]::new('certificates', 'certificates', [CompletionResultType]::ParameterValue, 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates')
            [CompletionResult]::new('certs', 'certs', [CompletionResultType]::ParameterValue, 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates')
            [CompletionResult]::new('cert', 'cert', [CompletionResultType]::ParameterValue, 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates')
            [CompletionResult]::new('connections', 'connections', [CompletionResultType]::ParameterValue, 'Open connections per workload: direction, local, remote, target, protocol')
            [CompletionResult]::new('cons', 'cons', [CompletionResultType]::ParameterValue, 'Open connections per workload: direction, local, remote, target, protocol')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Every summary (`-o json|yaml`: the whole dump)')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The logging level of ztunnels (all of them, or the named one), and setting it')
            [CompletionResult]::new('o', 'o', [CompletionResultType]::ParameterValue, 'The logging level of ztunnels (all of them, or the named one), and setting it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;ztunnel-config;workload' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only workloads with this address')
            [CompletionResult]::new('--workload-namespace', '--workload-namespace', [CompletionResultType]::ParameterName, 'Only workloads of this namespace')
            [CompletionResult]::new('--workload-node', '--workload-node', [CompletionResultType]::ParameterName, 'Only workloads on this node')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;ztunnel-config;workloads' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only workloads with this address')
            [CompletionResult]::new('--workload-namespace', '--workload-namespace', [CompletionResultType]::ParameterName, 'Only workloads of this namespace')
            [CompletionResult]::new('--workload-node', '--workload-node', [CompletionResultType]::ParameterName, 'Only workloads on this node')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;ztunnel-config;w' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only workloads with this address')
            [CompletionResult]::new('--workload-namespace', '--workload-namespace', [CompletionResultType]::ParameterName, 'Only workloads of this namespace')
            [CompletionResult]::new('--workload-node', '--workload-node', [CompletionResultType]::ParameterName, 'Only workloads on this node')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;zc;workload' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only workloads with this address')
            [CompletionResult]::new('--workload-namespace', '--workload-namespace', [CompletionResultType]::ParameterName, 'Only workloads of this namespace')
            [CompletionResult]::new('--workload-node', '--workload-node', [CompletionResultType]::ParameterName, 'Only workloads on this node')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;zc;workloads' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only workloads with this address')
            [CompletionResult]::new('--workload-namespace', '--workload-namespace', [CompletionResultType]::ParameterName, 'Only workloads of this namespace')
            [CompletionResult]::new('--workload-node', '--workload-node', [CompletionResultType]::ParameterName, 'Only workloads on this node')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;zc;w' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only workloads with this address')
            [CompletionResult]::new('--workload-namespace', '--workload-namespace', [CompletionResultType]::ParameterName, 'Only workloads of this namespace')
            [CompletionResult]::new('--workload-node', '--workload-node', [CompletionResultType]::ParameterName, 'Only workloads on this node')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;ztunnel-config;service' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--service-namespace', '--service-namespace', [CompletionResultType]::ParameterName, 'Only services of this namespace')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;ztunnel-config;services' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--service-namespace', '--service-namespace', [CompletionResultType]::ParameterName, 'Only services of this namespace')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;ztunnel-config;s' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--service-namespace', '--service-namespace', [CompletionResultType]::ParameterName, 'Only services of this namespace')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;ztunnel-config;svc' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--service-namespace', '--service-namespace', [CompletionResultType]::ParameterName, 'Only services of this namespace')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;zc;service' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--service-namespace', '--service-namespace', [CompletionResultType]::ParameterName, 'Only services of this namespace')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;zc;services' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--service-namespace', '--service-namespace', [CompletionResultType]::ParameterName, 'Only services of this namespace')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;zc;s' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--service-namespace', '--service-namespace', [CompletionResultType]::ParameterName, 'Only services of this namespace')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;zc;svc' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--service-namespace', '--service-namespace', [CompletionResultType]::ParameterName, 'Only services of this namespace')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;ztunnel-config;policy' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--policy-namespace', '--policy-namespace', [CompletionResultType]::ParameterName, 'Only policies of this namespace')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;ztunnel-config;policies' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--policy-namespace', '--policy-namespace', [CompletionResultType]::ParameterName, 'Only policies of this namespace')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;ztunnel-config;p' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--policy-namespace', '--policy-namespace', [CompletionResultType]::ParameterName, 'Only policies of this namespace')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;ztunnel-config;pol' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--policy-namespace', '--policy-namespace', [CompletionResultType]::ParameterName, 'Only policies of this namespace')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;zc;policy' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--policy-namespace', '--policy-namespace', [CompletionResultType]::ParameterName, 'Only policies of this namespace')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;zc;policies' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--policy-namespace', '--policy-namespace', [CompletionResultType]::ParameterName, 'Only policies of this namespace')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;zc;p' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--policy-namespace', '--policy-namespace', [CompletionResultType]::ParameterName, 'Only policies of this namespace')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;zc;pol' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--policy-namespace', '--policy-namespace', [CompletionResultType]::ParameterName, 'Only policies of this namespace')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;ztunnel-config;certificate' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;ztunnel-config;certificates' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;ztunnel-config;certs' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;ztunnel-config;cert' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;zc;certificate' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;zc;certificates' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;zc;certs' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;zc;cert' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;ztunnel-config;connections' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only this direction')
            [CompletionResult]::new('--workload-namespace', '--workload-namespace', [CompletionResultType]::ParameterName, 'Only workloads of this namespace')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Show IP addresses instead of the names of the services and workloads behind them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;ztunnel-config;cons' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only this direction')
            [CompletionResult]::new('--workload-namespace', '--workload-namespace', [CompletionResultType]::ParameterName, 'Only workloads of this namespace')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Show IP addresses instead of the names of the services and workloads behind them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;zc;connections' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only this direction')
            [CompletionResult]::new('--workload-namespace', '--workload-namespace', [CompletionResultType]::ParameterName, 'Only workloads of this namespace')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Show IP addresses instead of the names of the services and workloads behind them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;zc;cons' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only this direction')
            [CompletionResult]::new('--workload-namespace', '--workload-namespace', [CompletionResultType]::ParameterName, 'Only workloads of this namespace')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Show IP addresses instead of the names of the services and workloads behind them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;ztunnel-config;all' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--with-headers', '--with-headers', [CompletionResultType]::ParameterName, 'Put a `------ TITLE ------` line before each summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;zc;all' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--with-headers', '--with-headers', [CompletionResultType]::ParameterName, 'Put a `------ TITLE ------` line before each summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;ztunnel-config;log' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Levels to set: `<level>` or `<logger>:<level>,...`; levels: trace, debug, info, warning (warn), error, critical, off')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Reset the levels to the default (info)')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Reset the levels to the default (info)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;ztunnel-config;o' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Levels to set: `<level>` or `<logger>:<level>,...`; levels: trace, debug, info, warning (warn), error, critical, off')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Reset the levels to the default (info)')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Reset the levels to the default (info)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;zc;log' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Levels to set: `<level>` or `<logger>:<level>,...`; levels: trace, debug, info, warning (warn), error, critical, off')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Reset the levels to the default (info)')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Reset the levels to the default (info)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;zc;o' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A saved ztunnel config dump (`-` reads standard input)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Read the ztunnel running on this node')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The ztunnel admin port')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a step (finding the pod, the port-forward, the answer) after this long')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Levels to set: `<level>` or `<logger>:<level>,...`; levels: trace, debug, info, warning (warn), error, critical, off')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Reset the levels to the default (info)')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Reset the levels to the default (info)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;ztunnel-config;help' {
            [CompletionResult]::new('workload', 'workload', [CompletionResultType]::ParameterValue, 'Workloads: namespace, pod, address, node, waypoint, protocol')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Authorization policies: namespace, name, action, scope')
            [CompletionResult]::new('certificate', 'certificate', [CompletionResultType]::ParameterValue, 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates')
            [CompletionResult]::new('connections', 'connections', [CompletionResultType]::ParameterValue, 'Open connections per workload: direction, local, remote, target, protocol')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Every summary (`-o json|yaml`: the whole dump)')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The logging level of ztunnels (all of them, or the named one), and setting it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;ztunnel-config;help;workload' {
            break
        }
        'sailctl;ztunnel-config;help;service' {
            break
        }
        'sailctl;ztunnel-config;help;policy' {
            break
        }
        'sailctl;ztunnel-config;help;certificate' {
            break
        }
        'sailctl;ztunnel-config;help;connections' {
            break
        }
        'sailctl;ztunnel-config;help;all' {
            break
        }
        'sailctl;ztunnel-config;help;log' {
            break
        }
        'sailctl;ztunnel-config;help;help' {
            break
        }
        'sailctl;zc;help' {
            [CompletionResult]::new('workload', 'workload', [CompletionResultType]::ParameterValue, 'Workloads: namespace, pod, address, node, waypoint, protocol')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Authorization policies: namespace, name, action, scope')
            [CompletionResult]::new('certificate', 'certificate', [CompletionResultType]::ParameterValue, 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates')
            [CompletionResult]::new('connections', 'connections', [CompletionResultType]::ParameterValue, 'Open connections per workload: direction, local, remote, target, protocol')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Every summary (`-o json|yaml`: the whole dump)')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The logging level of ztunnels (all of them, or the named one), and setting it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;zc;help;workload' {
            break
        }
        'sailctl;zc;help;service' {
            break
        }
        'sailctl;zc;help;policy' {
            break
        }
        'sailctl;zc;help;certificate' {
            break
        }
        'sailctl;zc;help;connections' {
            break
        }
        'sailctl;zc;help;all' {
            break
        }
        'sailctl;zc;help;log' {
            break
        }
        'sailctl;zc;help;help' {
            break
        }
        'sailctl;waypoint' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The waypoint''s name')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print a waypoint Gateway as YAML (offline; without -n it carries no namespace)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Server-side apply a waypoint Gateway to the namespace (and optionally enroll it)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the waypoints of the namespace (or all: -A)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete waypoints by name, all of them (--all) or those of a revision (--revision)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the Programmed condition of the waypoints, waiting for them by default')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;waypoint;generate' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'The traffic the waypoint handles: all, none, service or workload (istiod''s default when unset)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The revision to label the waypoint with')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The revision to label the waypoint with')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The waypoint''s name')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;waypoint;apply' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'The traffic the waypoint handles: all, none, service or workload (istiod''s default when unset)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The revision to label the waypoint with')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The revision to label the waypoint with')
            [CompletionResult]::new('--waypoint-timeout', '--waypoint-timeout', [CompletionResultType]::ParameterName, 'How long --wait waits')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The waypoint''s name')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--enroll-namespace', '--enroll-namespace', [CompletionResultType]::ParameterName, 'Label the namespace `istio.io/use-waypoint=<name>` once the waypoint is applied')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'With --enroll-namespace: replace the waypoint the namespace already uses')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wait until the waypoint is Programmed')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the waypoint is Programmed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;waypoint;list' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The waypoint''s name')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Waypoints of every namespace')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Waypoints of every namespace')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;waypoint;delete' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Delete the waypoints of this revision')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Delete the waypoints of this revision')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The waypoint''s name')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Delete every waypoint of the namespace')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;waypoint;status' {
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wait for each waypoint to be Programmed (`--wait=false`: show it as it is)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for each waypoint to be Programmed (`--wait=false`: show it as it is)')
            [CompletionResult]::new('--waypoint-timeout', '--waypoint-timeout', [CompletionResultType]::ParameterName, 'How long --wait waits')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The waypoint''s name')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Waypoints of every namespace')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Waypoints of every namespace')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;waypoint;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print a waypoint Gateway as YAML (offline; without -n it carries no namespace)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Server-side apply a waypoint Gateway to the namespace (and optionally enroll it)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the waypoints of the namespace (or all: -A)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete waypoints by name, all of them (--all) or those of a revision (--revision)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the Programmed condition of the waypoints, waiting for them by default')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;waypoint;help;generate' {
            break
        }
        'sailctl;waypoint;help;apply' {
            break
        }
        'sailctl;waypoint;help;list' {
            break
        }
        'sailctl;waypoint;help;delete' {
            break
        }
        'sailctl;waypoint;help;status' {
            break
        }
        'sailctl;waypoint;help;help' {
            break
        }
        'sailctl;bug-report' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Directory to write the archive in (`bug-report-<time>.tar.gz`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The archive''s path')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The archive''s path')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Stop collecting after this long and write what was collected')
            [CompletionResult]::new('--pod-timeout', '--pod-timeout', [CompletionResultType]::ParameterName, 'Give up on one request to a pod (an admin dump, a log) after this long')
            [CompletionResult]::new('--include', '--include', [CompletionResultType]::ParameterName, 'Pods (and namespaces) to collect; all but the excluded when none is given')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'Pods (and, for namespace-only selectors, namespaces) to leave out')
            [CompletionResult]::new('--tail', '--tail', [CompletionResultType]::ParameterName, 'Lines of each container log to keep (the last ones); 0 keeps all')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'The Envoy / ztunnel admin port')
            [CompletionResult]::new('--rq-concurrency', '--rq-concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl''s `--color=true` and `--color=false` mean always and never, and a bare `--color` always')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (Kubernetes impersonation, like kubectl''s --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Act as this group (repeatable; needs --as)')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'Act as this user UID (needs --as)')
            [CompletionResult]::new('--skip-analyze', '--skip-analyze', [CompletionResultType]::ParameterName, 'Leave out `analyze`')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;help' {
            [CompletionResult]::new('analyze', 'analyze', [CompletionResultType]::ParameterValue, 'Analyze Istio configuration and report potential issues (istioctl analyze)')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate Istio and Kubernetes resources in files, offline')
            [CompletionResult]::new('manifest', 'manifest', [CompletionResultType]::ParameterValue, 'Generate Istio install manifests')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'List, dump or diff Istio install profiles')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the versions of sailctl, the control plane and the data plane')
            [CompletionResult]::new('proxy-config', 'proxy-config', [CompletionResultType]::ParameterValue, 'Show an Envoy proxy''s configuration: clusters, listeners, routes, endpoints, secrets')
            [CompletionResult]::new('proxy-status', 'proxy-status', [CompletionResultType]::ParameterValue, 'Show the xDS sync status of the proxies, as istiod reports it')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Open a web UI of the mesh (Kiali, Grafana, Envoy admin, ...) through a port-forward')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for a shell')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install Istio into the cluster: server-side apply in dependency order, wait, prune')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Upgrade an install to this sailctl''s Istio, in place or as a canary (`--revision`)')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Remove Istio from the cluster: only objects carrying Istio''s ownership labels')
            [CompletionResult]::new('verify-install', 'verify-install', [CompletionResultType]::ParameterValue, 'Check that every object of an install exists and every workload is ready')
            [CompletionResult]::new('precheck', 'precheck', [CompletionResultType]::ParameterValue, 'Check that Istio can be installed on the cluster: version, permissions, existing installs')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Revision tags: list, set, generate and remove them (canary upgrades move a tag)')
            [CompletionResult]::new('kube-inject', 'kube-inject', [CompletionResultType]::ParameterValue, 'Inject the Istio sidecar into the workloads of a file (offline or with the cluster''s config)')
            [CompletionResult]::new('x', 'x', [CompletionResultType]::ParameterValue, 'Experimental commands')
            [CompletionResult]::new('ztunnel-config', 'ztunnel-config', [CompletionResultType]::ParameterValue, 'Show what an ambient ztunnel knows: workloads, services, policies, certificates, connections')
            [CompletionResult]::new('waypoint', 'waypoint', [CompletionResultType]::ParameterValue, 'Manage ambient waypoints (Gateways of class istio-waypoint): generate, apply, list, delete, status')
            [CompletionResult]::new('bug-report', 'bug-report', [CompletionResultType]::ParameterValue, 'Collect cluster state, Istio debug data, proxy dumps, logs and analyze into a .tar.gz')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;help;analyze' {
            break
        }
        'sailctl;help;validate' {
            break
        }
        'sailctl;help;manifest' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print the Kubernetes objects of an Istio install, without touching a cluster')
            break
        }
        'sailctl;help;manifest;generate' {
            break
        }
        'sailctl;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the available install profiles')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Print a profile merged over `default`, as an IstioOperator')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show the differences between two merged profiles')
            break
        }
        'sailctl;help;profile;list' {
            break
        }
        'sailctl;help;profile;dump' {
            break
        }
        'sailctl;help;profile;diff' {
            break
        }
        'sailctl;help;version' {
            break
        }
        'sailctl;help;proxy-config' {
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Clusters: service FQDN, port, subset, direction, discovery type, destination rule')
            [CompletionResult]::new('listener', 'listener', [CompletionResultType]::ParameterValue, 'Listeners: addresses, port, and per filter chain its match and destination')
            [CompletionResult]::new('route', 'route', [CompletionResultType]::ParameterValue, 'Route configurations: virtual hosts, domains, matches and the virtual service behind them')
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Endpoints from Envoy''s `/clusters?format=json`: address, health, outlier check, cluster')
            [CompletionResult]::new('eds', 'eds', [CompletionResultType]::ParameterValue, 'Endpoints from the EDS section of `/config_dump?include_eds=true`')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Secrets (SDS): certificates, their validity, serial numbers and dates')
            [CompletionResult]::new('ecds', 'ecds', [CompletionResultType]::ParameterValue, 'Extension configurations delivered by ECDS (Wasm plugins, telemetry filters)')
            [CompletionResult]::new('bootstrap', 'bootstrap', [CompletionResultType]::ParameterValue, 'The bootstrap configuration (`-o short`: Istio and Envoy versions)')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Every summary: bootstrap, clusters, listeners, routes, secrets and endpoints')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The logging levels of a pod''s Envoy, and setting them (`--level`)')
            [CompletionResult]::new('rootca-compare', 'rootca-compare', [CompletionResultType]::ParameterValue, 'Whether two pods trust the same root CA (their `ROOTCA` secrets share a certificate)')
            break
        }
        'sailctl;help;proxy-config;cluster' {
            break
        }
        'sailctl;help;proxy-config;listener' {
            break
        }
        'sailctl;help;proxy-config;route' {
            break
        }
        'sailctl;help;proxy-config;endpoint' {
            break
        }
        'sailctl;help;proxy-config;eds' {
            break
        }
        'sailctl;help;proxy-config;secret' {
            break
        }
        'sailctl;help;proxy-config;ecds' {
            break
        }
        'sailctl;help;proxy-config;bootstrap' {
            break
        }
        'sailctl;help;proxy-config;all' {
            break
        }
        'sailctl;help;proxy-config;log' {
            break
        }
        'sailctl;help;proxy-config;rootca-compare' {
            break
        }
        'sailctl;help;proxy-status' {
            break
        }
        'sailctl;help;dashboard' {
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Open Kiali (pods labelled app=kiali, port 20001)')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Open Prometheus (app.kubernetes.io/name=prometheus, port 9090)')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Open Grafana (app.kubernetes.io/name=grafana, port 3000)')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Open Jaeger (app=jaeger, port 16686)')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'Open Zipkin (app=zipkin, port 9411)')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'Open the SkyWalking UI (app=skywalking-ui, port 8080)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Open the Envoy admin page of a sidecar or gateway (port 15000)')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'Open the ControlZ page of an istiod pod (port 9876)')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'Open istiod''s debug page (`/debug` on its monitoring port 15014)')
            break
        }
        'sailctl;help;dashboard;kiali' {
            break
        }
        'sailctl;help;dashboard;prometheus' {
            break
        }
        'sailctl;help;dashboard;grafana' {
            break
        }
        'sailctl;help;dashboard;jaeger' {
            break
        }
        'sailctl;help;dashboard;zipkin' {
            break
        }
        'sailctl;help;dashboard;skywalking' {
            break
        }
        'sailctl;help;dashboard;envoy' {
            break
        }
        'sailctl;help;dashboard;controlz' {
            break
        }
        'sailctl;help;dashboard;istiod-debug' {
            break
        }
        'sailctl;help;completion' {
            break
        }
        'sailctl;help;install' {
            break
        }
        'sailctl;help;upgrade' {
            break
        }
        'sailctl;help;uninstall' {
            break
        }
        'sailctl;help;verify-install' {
            break
        }
        'sailctl;help;precheck' {
            break
        }
        'sailctl;help;tag' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the revision tags, the revision each points at and the namespaces using it')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or move a revision tag to point at a revision')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print the objects `tag set` would apply, without touching the cluster')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a revision tag')
            break
        }
        'sailctl;help;tag;list' {
            break
        }
        'sailctl;help;tag;set' {
            break
        }
        'sailctl;help;tag;generate' {
            break
        }
        'sailctl;help;tag;remove' {
            break
        }
        'sailctl;help;kube-inject' {
            break
        }
        'sailctl;help;x' {
            [CompletionResult]::new('precheck', 'precheck', [CompletionResultType]::ParameterValue, 'Check that Istio can be installed on the cluster (same as `sailctl precheck`)')
            [CompletionResult]::new('trace', 'trace', [CompletionResultType]::ParameterValue, 'Where a request goes in a proxy, and why: listener, chain, route, cluster, endpoints')
            [CompletionResult]::new('authz', 'authz', [CompletionResultType]::ParameterValue, 'Inspect the AuthorizationPolicies a proxy enforces (`x authz check`)')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Describe the Istio configuration of a pod or service (`x describe pod|svc`)')
            break
        }
        'sailctl;help;x;precheck' {
            break
        }
        'sailctl;help;x;trace' {
            break
        }
        'sailctl;help;x;authz' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'The AuthorizationPolicies in a proxy''s RBAC filters: action, policy, number of rules')
            break
        }
        'sailctl;help;x;authz;check' {
            break
        }
        'sailctl;help;x;describe' {
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'A pod: its Services, the DestinationRules (its subset), VirtualServices, Gateways, PeerAuthentication mode and AuthorizationPolicies; checked against its proxy')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'A service: its ports and pods, DestinationRules and VirtualServices')
            break
        }
        'sailctl;help;x;describe;pod' {
            break
        }
        'sailctl;help;x;describe;svc' {
            break
        }
        'sailctl;help;ztunnel-config' {
            [CompletionResult]::new('workload', 'workload', [CompletionResultType]::ParameterValue, 'Workloads: namespace, pod, address, node, waypoint, protocol')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Authorization policies: namespace, name, action, scope')
            [CompletionResult]::new('certificate', 'certificate', [CompletionResultType]::ParameterValue, 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates')
            [CompletionResult]::new('connections', 'connections', [CompletionResultType]::ParameterValue, 'Open connections per workload: direction, local, remote, target, protocol')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Every summary (`-o json|yaml`: the whole dump)')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The logging level of ztunnels (all of them, or the named one), and setting it')
            break
        }
        'sailctl;help;ztunnel-config;workload' {
            break
        }
        'sailctl;help;ztunnel-config;service' {
            break
        }
        'sailctl;help;ztunnel-config;policy' {
            break
        }
        'sailctl;help;ztunnel-config;certificate' {
            break
        }
        'sailctl;help;ztunnel-config;connections' {
            break
        }
        'sailctl;help;ztunnel-config;all' {
            break
        }
        'sailctl;help;ztunnel-config;log' {
            break
        }
        'sailctl;help;waypoint' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print a waypoint Gateway as YAML (offline; without -n it carries no namespace)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Server-side apply a waypoint Gateway to the namespace (and optionally enroll it)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the waypoints of the namespace (or all: -A)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete waypoints by name, all of them (--all) or those of a revision (--revision)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the Programmed condition of the waypoints, waiting for them by default')
            break
        }
        'sailctl;help;waypoint;generate' {
            break
        }
        'sailctl;help;waypoint;apply' {
            break
        }
        'sailctl;help;waypoint;list' {
            break
        }
        'sailctl;help;waypoint;delete' {
            break
        }
        'sailctl;help;waypoint;status' {
            break
        }
        'sailctl;help;bug-report' {
            break
        }
        'sailctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
