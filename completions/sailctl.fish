# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_sailctl_global_optspecs
    string join \n c/kubeconfig= context= n/namespace= i/istioNamespace= color= as= as-group= as-uid= h/help V/version
end

function __fish_sailctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_sailctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_sailctl_using_subcommand
    set -l cmd (__fish_sailctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c sailctl -n "__fish_sailctl_needs_command" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_needs_command" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_needs_command" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_needs_command" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_needs_command" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_needs_command" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_needs_command" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_needs_command" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_needs_command" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "analyze" -d 'Analyze Istio configuration and report potential issues (istioctl analyze)'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "validate" -d 'Validate Istio and Kubernetes resources in files, offline'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "v" -d 'Validate Istio and Kubernetes resources in files, offline'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "manifest" -d 'Generate Istio install manifests'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "profile" -d 'List, dump or diff Istio install profiles'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "version" -d 'Print the versions of sailctl, the control plane and the data plane'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "proxy-config" -d 'Show an Envoy proxy\'s configuration: clusters, listeners, routes, endpoints, secrets'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "pc" -d 'Show an Envoy proxy\'s configuration: clusters, listeners, routes, endpoints, secrets'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "proxy-status" -d 'Show the xDS sync status of the proxies, as istiod reports it'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "ps" -d 'Show the xDS sync status of the proxies, as istiod reports it'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "dashboard" -d 'Open a web UI of the mesh (Kiali, Grafana, Envoy admin, ...) through a port-forward'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "dash" -d 'Open a web UI of the mesh (Kiali, Grafana, Envoy admin, ...) through a port-forward'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "d" -d 'Open a web UI of the mesh (Kiali, Grafana, Envoy admin, ...) through a port-forward'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "completion" -d 'Generate the autocompletion script for a shell'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "install" -d 'Install Istio into the cluster: server-side apply in dependency order, wait, prune'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "apply" -d 'Install Istio into the cluster: server-side apply in dependency order, wait, prune'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "upgrade" -d 'Upgrade an install to this sailctl\'s Istio, in place or as a canary (`--revision`)'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "uninstall" -d 'Remove Istio from the cluster: only objects carrying Istio\'s ownership labels'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "verify-install" -d 'Check that every object of an install exists and every workload is ready'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "precheck" -d 'Check that Istio can be installed on the cluster: version, permissions, existing installs'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "tag" -d 'Revision tags: list, set, generate and remove them (canary upgrades move a tag)'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "kube-inject" -d 'Inject the Istio sidecar into the workloads of a file (offline or with the cluster\'s config)'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "x" -d 'Experimental commands'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "ztunnel-config" -d 'Show what an ambient ztunnel knows: workloads, services, policies, certificates, connections'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "zc" -d 'Show what an ambient ztunnel knows: workloads, services, policies, certificates, connections'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "waypoint" -d 'Manage ambient waypoints (Gateways of class istio-waypoint): generate, apply, list, delete, status'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "bug-report" -d 'Collect cluster state, Istio debug data, proxy dumps, logs and analyze into a .tar.gz'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s k -l use-kube -d 'Analyze the live Kubernetes cluster, with the given files overlaid on it (a file\'s object replaces the cluster\'s of the same kind, namespace and name)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l analyzer -d 'Run only this analyzer (repeatable; see --list-analyzers). Analyzers that are not run by default, such as annotations.AlphaAnalyzer, can be selected this way' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l explain -d 'Print the documentation of a message code (IST0101) or an analyzer, and exit' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s o -l output -d 'Output format' -r -f -a "log\t'istioctl\'s lines: `Error [IST0101] (Kind ns/name file:line) message`'
json\t'A JSON array of messages (code, level, message, origin, reference, documentationUrl)'
yaml\t'The same as a YAML sequence'
sarif\t'A SARIF 2.1.0 log'
github\t'GitHub Actions workflow annotations'"
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l failure-threshold -d 'Exit with 79 when a message at or above this level is found' -r -f -a "info\t''
warning\t''
error\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l output-threshold -d 'Print only messages at or above this level' -r -f -a "info\t''
warning\t''
error\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s S -l suppress -d 'Suppress a message code on a resource: "CODE=Kind namespace/name" (repeatable; `*` matches any text in the code or the resource), e.g. -S "IST0103=Pod default/*"' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l timeout -d 'Give up when the analysis takes longer than this (Go-style duration: 30s, 500ms, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s r -l revision -d 'Analyze only the configuration of this control-plane revision: configuration resources labeled `istio.io/rev` with another revision are left out (unlabeled ones always count; workloads, Services, Namespaces and Secrets are never filtered). Without the flag nothing is filtered, as istioctl does for files' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l profile -d 'The install profile whose objects (istiod, gateways, injector) form the baseline cluster of file mode\'s open world' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l meshConfigFile -d 'A MeshConfig YAML file overlaid on Istio\'s default mesh config' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l remote-contexts -d 'Contexts of the kubeconfig naming remote clusters for multi-cluster analysis (not to be confused with --context): their Services, Pods, Namespaces, Secrets and Istio config join the analysis, and messages name their cluster (`[cluster-CONTEXT]`)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l meshNetworksFile -d 'A MeshNetworks YAML file (sailctl extension; istioctl has no such flag)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s A -l all-namespaces -d 'Analyze all namespaces (resources without a namespace keep none)'
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s L -l list-analyzers -d 'List the analyzers and exit'
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s v -l verbose -d 'Say which analyzers ran (with their message counts) or were skipped, and why'
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l ignore-unknown -d 'Do not report documents that are not Kubernetes objects'
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l closed-world -d 'Treat the files as the whole cluster, as Istio\'s analyzer tests do: whatever they do not hold does not exist (istioctl\'s results, with its stand-in ingress gateway). Without it, file mode is an open world: the files are one application on the baseline cluster of --profile, and references to namespaces or kinds the files do not describe are not errors (listed under -v). Live mode is always closed-world'
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s R -l recursive -d 'Accepted for istioctl scripts: directories are always read recursively'
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -s f -l filename -d 'Files or directories to validate (recursive: .yaml, .yml, .json); `-` reads stdin' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -s o -l output -d 'Output format' -r -f -a "text\t'`file:line:col: error[code]: Kind ns/name: field: message`, then a summary'
json\t'A JSON array of messages (istioctl\'s analyze fields), nothing else on stdout'
yaml\t'The same as a YAML sequence'
github\t'GitHub Actions workflow annotations'"
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -s x -l referential -d 'Accepted for istioctl scripts (`-x`, `--referential=false`): istioctl has hidden it and it changes nothing there either; every rule always runs' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -l ignore-unknown -d 'Do not warn about kinds of API groups sailctl does not know (other CRDs)'
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -s f -l filename -d 'Files or directories to validate (recursive: .yaml, .yml, .json); `-` reads stdin' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -s o -l output -d 'Output format' -r -f -a "text\t'`file:line:col: error[code]: Kind ns/name: field: message`, then a summary'
json\t'A JSON array of messages (istioctl\'s analyze fields), nothing else on stdout'
yaml\t'The same as a YAML sequence'
github\t'GitHub Actions workflow annotations'"
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -s x -l referential -d 'Accepted for istioctl scripts (`-x`, `--referential=false`): istioctl has hidden it and it changes nothing there either; every rule always runs' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -l ignore-unknown -d 'Do not warn about kinds of API groups sailctl does not know (other CRDs)'
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -f -a "generate" -d 'Print the Kubernetes objects of an Istio install, without touching a cluster'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s f -l filename -d 'IstioOperator files to merge over the profile, in order (`-` reads stdin, last only)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s s -l set -d 'Override an IstioOperator field: `--set values.global.hub=my.registry/istio`, `--set profile=demo`, `--set components.egressGateways[0].enabled=true`' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s r -l revision -d 'Control-plane revision: names istiod, its webhooks and config `<name>-<revision>`' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s d -l manifests -d 'A directory of profiles to use instead of the built-in ones (istioctl\'s --manifests)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s o -l output -d 'Write the manifest to this file instead of standard output (istioctl\'s `-o`)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l format -d 'Output format' -r -f -a "yaml\t'Multi-document YAML, `---` between objects'
json\t'A Kubernetes `List` of the objects'"
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l component -d 'Render only these components (Base, Pilot, IngressGateways, EgressGateways, Cni, Ztunnel)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Print the Kubernetes objects of an Istio install, without touching a cluster'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -f -a "list" -d 'List the available install profiles'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -f -a "dump" -d 'Print a profile merged over `default`, as an IstioOperator'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -f -a "diff" -d 'Show the differences between two merged profiles'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s d -l manifests -d 'A directory of profiles to list instead of the built-in ones' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s p -l config-path -d 'Print only this part of the IstioOperator (`spec.values.global`, `components.pilot`)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s f -l filename -d 'IstioOperator files to merge over the profile, in order (comma lists too)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s o -l output -d 'Output format: yaml, json, or flags (one `--set path=value` line per leaf)' -r -f -a "yaml\t''
json\t''
flags\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s d -l manifests -d 'A directory of profiles to use instead of the built-in ones' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s d -l manifests -d 'A directory of profiles to use instead of the built-in ones' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the available install profiles'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "dump" -d 'Print a profile merged over `default`, as an IstioOperator'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show the differences between two merged profiles'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s s -l short -d 'Print the short form (the default); `--short=false` prints per-component and per-proxy details' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s o -l output -d 'Output format: text, json or yaml' -r -f -a "text\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -l remote -d 'Also report the control-plane and data-plane versions found in the cluster; `--remote=false` reports the client only and never contacts a cluster' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s r -l revision -d 'Only the control plane (and proxies) of this revision (`istio.io/rev`)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "cluster" -d 'Clusters: service FQDN, port, subset, direction, discovery type, destination rule'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "clusters" -d 'Clusters: service FQDN, port, subset, direction, discovery type, destination rule'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "c" -d 'Clusters: service FQDN, port, subset, direction, discovery type, destination rule'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "listener" -d 'Listeners: addresses, port, and per filter chain its match and destination'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "listeners" -d 'Listeners: addresses, port, and per filter chain its match and destination'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "l" -d 'Listeners: addresses, port, and per filter chain its match and destination'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "route" -d 'Route configurations: virtual hosts, domains, matches and the virtual service behind them'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "routes" -d 'Route configurations: virtual hosts, domains, matches and the virtual service behind them'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "r" -d 'Route configurations: virtual hosts, domains, matches and the virtual service behind them'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "endpoint" -d 'Endpoints from Envoy\'s `/clusters?format=json`: address, health, outlier check, cluster'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "endpoints" -d 'Endpoints from Envoy\'s `/clusters?format=json`: address, health, outlier check, cluster'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "ep" -d 'Endpoints from Envoy\'s `/clusters?format=json`: address, health, outlier check, cluster'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "eds" -d 'Endpoints from the EDS section of `/config_dump?include_eds=true`'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "secret" -d 'Secrets (SDS): certificates, their validity, serial numbers and dates'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "secrets" -d 'Secrets (SDS): certificates, their validity, serial numbers and dates'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "s" -d 'Secrets (SDS): certificates, their validity, serial numbers and dates'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "ecds" -d 'Extension configurations delivered by ECDS (Wasm plugins, telemetry filters)'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "ec" -d 'Extension configurations delivered by ECDS (Wasm plugins, telemetry filters)'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "bootstrap" -d 'The bootstrap configuration (`-o short`: Istio and Envoy versions)'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "b" -d 'The bootstrap configuration (`-o short`: Istio and Envoy versions)'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "all" -d 'Every summary: bootstrap, clusters, listeners, routes, secrets and endpoints'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "a" -d 'Every summary: bootstrap, clusters, listeners, routes, secrets and endpoints'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "log" -d 'The logging levels of a pod\'s Envoy, and setting them (`--level`)'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "o" -d 'The logging levels of a pod\'s Envoy, and setting them (`--level`)'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "rootca-compare" -d 'Whether two pods trust the same root CA (their `ROOTCA` secrets share a certificate)'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "rc" -d 'Whether two pods trust the same root CA (their `ROOTCA` secrets share a certificate)'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -l fqdn -d 'Only clusters whose name contains this FQDN' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -l port -d 'Only clusters with this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -l subset -d 'Only clusters whose name contains this subset' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -l direction -d 'Only clusters of this direction (inbound, outbound, inbound-vip)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -l fqdn -d 'Only clusters whose name contains this FQDN' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -l port -d 'Only clusters with this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -l subset -d 'Only clusters whose name contains this subset' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -l direction -d 'Only clusters of this direction (inbound, outbound, inbound-vip)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -l fqdn -d 'Only clusters whose name contains this FQDN' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -l port -d 'Only clusters with this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -l subset -d 'Only clusters whose name contains this subset' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -l direction -d 'Only clusters of this direction (inbound, outbound, inbound-vip)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -l address -d 'Only listeners with this address (also additional addresses)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -l port -d 'Only listeners on this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -l type -d 'Only listeners of this type: HTTP, TCP, HTTP+TCP or UNKNOWN' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -l verbose -d 'One row per filter chain with its match and destination (`--verbose=false`: the type)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -l address -d 'Only listeners with this address (also additional addresses)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -l port -d 'Only listeners on this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -l type -d 'Only listeners of this type: HTTP, TCP, HTTP+TCP or UNKNOWN' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -l verbose -d 'One row per filter chain with its match and destination (`--verbose=false`: the type)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -l address -d 'Only listeners with this address (also additional addresses)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -l port -d 'Only listeners on this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -l type -d 'Only listeners of this type: HTTP, TCP, HTTP+TCP or UNKNOWN' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -l verbose -d 'One row per filter chain with its match and destination (`--verbose=false`: the type)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -l name -d 'Only the route configuration of this name' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -l verbose -d 'One row per route (`--verbose=false`: one per route configuration)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -l tree -d 'Draw listener → route configuration → virtual host → route → cluster as a tree'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -l name -d 'Only the route configuration of this name' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -l verbose -d 'One row per route (`--verbose=false`: one per route configuration)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -l tree -d 'Draw listener → route configuration → virtual host → route → cluster as a tree'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -l name -d 'Only the route configuration of this name' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -l verbose -d 'One row per route (`--verbose=false`: one per route configuration)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -l tree -d 'Draw listener → route configuration → virtual host → route → cluster as a tree'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -l address -d 'Only endpoints with this address' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -l port -d 'Only endpoints on this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -l cluster -d 'Only endpoints of this cluster (ignoring case)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -l status -d 'Only endpoints with this health status (HEALTHY, UNHEALTHY, DRAINING, ...)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -l address -d 'Only endpoints with this address' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -l port -d 'Only endpoints on this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -l cluster -d 'Only endpoints of this cluster (ignoring case)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -l status -d 'Only endpoints with this health status (HEALTHY, UNHEALTHY, DRAINING, ...)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -l address -d 'Only endpoints with this address' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -l port -d 'Only endpoints on this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -l cluster -d 'Only endpoints of this cluster (ignoring case)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -l status -d 'Only endpoints with this health status (HEALTHY, UNHEALTHY, DRAINING, ...)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -l address -d 'Only endpoints with this address' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -l port -d 'Only endpoints on this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -l cluster -d 'Only endpoints of this cluster (ignoring case)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -l status -d 'Only endpoints with this health status (HEALTHY, UNHEALTHY, DRAINING, ...)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l verbose -d 'Listener chains and route rows (`--verbose=false`: one row per listener / route config)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l fqdn -d 'Only clusters whose name contains this FQDN' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l direction -d 'Only clusters of this direction' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l subset -d 'Only clusters whose name contains this subset' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l port -d 'Only clusters, listeners and endpoints on this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l address -d 'Only listeners and endpoints with this address' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l type -d 'Only listeners of this type' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l name -d 'Only the route configuration of this name' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l cluster -d 'Only endpoints of this cluster' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l status -d 'Only endpoints with this health status' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l with-headers -d 'Put a `------ TITLE ------` line before each section'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l verbose -d 'Listener chains and route rows (`--verbose=false`: one row per listener / route config)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l fqdn -d 'Only clusters whose name contains this FQDN' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l direction -d 'Only clusters of this direction' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l subset -d 'Only clusters whose name contains this subset' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l port -d 'Only clusters, listeners and endpoints on this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l address -d 'Only listeners and endpoints with this address' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l type -d 'Only listeners of this type' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l name -d 'Only the route configuration of this name' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l cluster -d 'Only endpoints of this cluster' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l status -d 'Only endpoints with this health status' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l with-headers -d 'Put a `------ TITLE ------` line before each section'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -s l -l selector -d 'Every pod matching this label selector in the namespace (`-l app=reviews`)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -l level -d 'Levels to set: a level for every logger (`debug`), and/or `logger:level` pairs (`http:debug,router=trace`). Levels: trace, debug, info, warning, error, critical, off' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -s r -l reset -d 'Reset every logger to Envoy\'s default level (warning) before --level is applied'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -s l -l selector -d 'Every pod matching this label selector in the namespace (`-l app=reviews`)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -l level -d 'Levels to set: a level for every logger (`debug`), and/or `logger:level` pairs (`http:debug,router=trace`). Levels: trace, debug, info, warning, error, critical, off' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -s r -l reset -d 'Reset every logger to Envoy\'s default level (warning) before --level is applied'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rootca-compare" -s f -l file -d 'Saved config dumps instead of pods (repeat; pods and files make two together)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rootca-compare" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rootca-compare" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rootca-compare" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rootca-compare" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rootca-compare" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rootca-compare" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rootca-compare" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rootca-compare" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rootca-compare" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rootca-compare" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rootca-compare" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rootca-compare" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rc" -s f -l file -d 'Saved config dumps instead of pods (repeat; pods and files make two together)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rc" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rc" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rc" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rc" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rc" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rc" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rc" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rc" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rc" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rc" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rc" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from rc" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "cluster" -d 'Clusters: service FQDN, port, subset, direction, discovery type, destination rule'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "listener" -d 'Listeners: addresses, port, and per filter chain its match and destination'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "route" -d 'Route configurations: virtual hosts, domains, matches and the virtual service behind them'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "endpoint" -d 'Endpoints from Envoy\'s `/clusters?format=json`: address, health, outlier check, cluster'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "eds" -d 'Endpoints from the EDS section of `/config_dump?include_eds=true`'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "secret" -d 'Secrets (SDS): certificates, their validity, serial numbers and dates'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "ecds" -d 'Extension configurations delivered by ECDS (Wasm plugins, telemetry filters)'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "bootstrap" -d 'The bootstrap configuration (`-o short`: Istio and Envoy versions)'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "all" -d 'Every summary: bootstrap, clusters, listeners, routes, secrets and endpoints'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "log" -d 'The logging levels of a pod\'s Envoy, and setting them (`--level`)'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "rootca-compare" -d 'Whether two pods trust the same root CA (their `ROOTCA` secrets share a certificate)'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "cluster" -d 'Clusters: service FQDN, port, subset, direction, discovery type, destination rule'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "clusters" -d 'Clusters: service FQDN, port, subset, direction, discovery type, destination rule'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "c" -d 'Clusters: service FQDN, port, subset, direction, discovery type, destination rule'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "listener" -d 'Listeners: addresses, port, and per filter chain its match and destination'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "listeners" -d 'Listeners: addresses, port, and per filter chain its match and destination'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "l" -d 'Listeners: addresses, port, and per filter chain its match and destination'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "route" -d 'Route configurations: virtual hosts, domains, matches and the virtual service behind them'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "routes" -d 'Route configurations: virtual hosts, domains, matches and the virtual service behind them'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "r" -d 'Route configurations: virtual hosts, domains, matches and the virtual service behind them'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "endpoint" -d 'Endpoints from Envoy\'s `/clusters?format=json`: address, health, outlier check, cluster'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "endpoints" -d 'Endpoints from Envoy\'s `/clusters?format=json`: address, health, outlier check, cluster'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "ep" -d 'Endpoints from Envoy\'s `/clusters?format=json`: address, health, outlier check, cluster'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "eds" -d 'Endpoints from the EDS section of `/config_dump?include_eds=true`'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "secret" -d 'Secrets (SDS): certificates, their validity, serial numbers and dates'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "secrets" -d 'Secrets (SDS): certificates, their validity, serial numbers and dates'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "s" -d 'Secrets (SDS): certificates, their validity, serial numbers and dates'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "ecds" -d 'Extension configurations delivered by ECDS (Wasm plugins, telemetry filters)'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "ec" -d 'Extension configurations delivered by ECDS (Wasm plugins, telemetry filters)'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "bootstrap" -d 'The bootstrap configuration (`-o short`: Istio and Envoy versions)'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "b" -d 'The bootstrap configuration (`-o short`: Istio and Envoy versions)'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "all" -d 'Every summary: bootstrap, clusters, listeners, routes, secrets and endpoints'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "a" -d 'Every summary: bootstrap, clusters, listeners, routes, secrets and endpoints'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "log" -d 'The logging levels of a pod\'s Envoy, and setting them (`--level`)'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "o" -d 'The logging levels of a pod\'s Envoy, and setting them (`--level`)'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "rootca-compare" -d 'Whether two pods trust the same root CA (their `ROOTCA` secrets share a certificate)'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "rc" -d 'Whether two pods trust the same root CA (their `ROOTCA` secrets share a certificate)'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c listener listeners l route routes r endpoint endpoints ep eds secret secrets s ecds ec bootstrap b all a log o rootca-compare rc help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -l fqdn -d 'Only clusters whose name contains this FQDN' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -l port -d 'Only clusters with this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -l subset -d 'Only clusters whose name contains this subset' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -l direction -d 'Only clusters of this direction (inbound, outbound, inbound-vip)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -l fqdn -d 'Only clusters whose name contains this FQDN' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -l port -d 'Only clusters with this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -l subset -d 'Only clusters whose name contains this subset' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -l direction -d 'Only clusters of this direction (inbound, outbound, inbound-vip)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from c" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from c" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from c" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from c" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from c" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from c" -l fqdn -d 'Only clusters whose name contains this FQDN' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from c" -l port -d 'Only clusters with this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from c" -l subset -d 'Only clusters whose name contains this subset' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from c" -l direction -d 'Only clusters of this direction (inbound, outbound, inbound-vip)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from c" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from c" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from c" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from c" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from c" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from c" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from c" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from c" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from c" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from c" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -l address -d 'Only listeners with this address (also additional addresses)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -l port -d 'Only listeners on this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -l type -d 'Only listeners of this type: HTTP, TCP, HTTP+TCP or UNKNOWN' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -l verbose -d 'One row per filter chain with its match and destination (`--verbose=false`: the type)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -l address -d 'Only listeners with this address (also additional addresses)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -l port -d 'Only listeners on this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -l type -d 'Only listeners of this type: HTTP, TCP, HTTP+TCP or UNKNOWN' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -l verbose -d 'One row per filter chain with its match and destination (`--verbose=false`: the type)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from l" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from l" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from l" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from l" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from l" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from l" -l address -d 'Only listeners with this address (also additional addresses)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from l" -l port -d 'Only listeners on this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from l" -l type -d 'Only listeners of this type: HTTP, TCP, HTTP+TCP or UNKNOWN' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from l" -l verbose -d 'One row per filter chain with its match and destination (`--verbose=false`: the type)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from l" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from l" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from l" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from l" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from l" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from l" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from l" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from l" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from l" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from l" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from route" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from route" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from route" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from route" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from route" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from route" -l name -d 'Only the route configuration of this name' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from route" -l verbose -d 'One row per route (`--verbose=false`: one per route configuration)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from route" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from route" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from route" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from route" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from route" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from route" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from route" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from route" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from route" -l tree -d 'Draw listener → route configuration → virtual host → route → cluster as a tree'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from route" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from route" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -l name -d 'Only the route configuration of this name' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -l verbose -d 'One row per route (`--verbose=false`: one per route configuration)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -l tree -d 'Draw listener → route configuration → virtual host → route → cluster as a tree'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from r" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from r" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from r" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from r" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from r" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from r" -l name -d 'Only the route configuration of this name' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from r" -l verbose -d 'One row per route (`--verbose=false`: one per route configuration)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from r" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from r" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from r" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from r" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from r" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from r" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from r" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from r" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from r" -l tree -d 'Draw listener → route configuration → virtual host → route → cluster as a tree'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from r" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from r" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -l address -d 'Only endpoints with this address' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -l port -d 'Only endpoints on this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -l cluster -d 'Only endpoints of this cluster (ignoring case)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -l status -d 'Only endpoints with this health status (HEALTHY, UNHEALTHY, DRAINING, ...)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -l address -d 'Only endpoints with this address' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -l port -d 'Only endpoints on this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -l cluster -d 'Only endpoints of this cluster (ignoring case)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -l status -d 'Only endpoints with this health status (HEALTHY, UNHEALTHY, DRAINING, ...)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -l address -d 'Only endpoints with this address' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -l port -d 'Only endpoints on this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -l cluster -d 'Only endpoints of this cluster (ignoring case)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -l status -d 'Only endpoints with this health status (HEALTHY, UNHEALTHY, DRAINING, ...)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -l address -d 'Only endpoints with this address' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -l port -d 'Only endpoints on this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -l cluster -d 'Only endpoints of this cluster (ignoring case)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -l status -d 'Only endpoints with this health status (HEALTHY, UNHEALTHY, DRAINING, ...)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from s" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from s" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from s" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from s" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from s" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from s" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from s" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from s" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from s" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from s" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from s" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from s" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from s" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from s" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from s" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from b" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from b" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from b" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from b" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from b" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from b" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from b" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from b" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from b" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from b" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from b" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from b" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from b" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from b" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l verbose -d 'Listener chains and route rows (`--verbose=false`: one row per listener / route config)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l fqdn -d 'Only clusters whose name contains this FQDN' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l direction -d 'Only clusters of this direction' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l subset -d 'Only clusters whose name contains this subset' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l port -d 'Only clusters, listeners and endpoints on this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l address -d 'Only listeners and endpoints with this address' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l type -d 'Only listeners of this type' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l name -d 'Only the route configuration of this name' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l cluster -d 'Only endpoints of this cluster' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l status -d 'Only endpoints with this health status' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l with-headers -d 'Put a `------ TITLE ------` line before each section'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from all" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -s f -l file -d 'A saved Envoy admin answer (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -s l -l selector -d 'Every running pod with these labels (`app=reviews`): the view once when the replicas agree, else the first pod\'s and a diff for each that differs' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l verbose -d 'Listener chains and route rows (`--verbose=false`: one row per listener / route config)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l fqdn -d 'Only clusters whose name contains this FQDN' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l direction -d 'Only clusters of this direction' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l subset -d 'Only clusters whose name contains this subset' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l port -d 'Only clusters, listeners and endpoints on this port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l address -d 'Only listeners and endpoints with this address' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l type -d 'Only listeners of this type' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l name -d 'Only the route configuration of this name' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l cluster -d 'Only endpoints of this cluster' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l status -d 'Only endpoints with this health status' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l with-headers -d 'Put a `------ TITLE ------` line before each section'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from a" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from log" -s l -l selector -d 'Every pod matching this label selector in the namespace (`-l app=reviews`)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from log" -l level -d 'Levels to set: a level for every logger (`debug`), and/or `logger:level` pairs (`http:debug,router=trace`). Levels: trace, debug, info, warning, error, critical, off' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from log" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from log" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from log" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from log" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from log" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from log" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from log" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from log" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from log" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from log" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from log" -s r -l reset -d 'Reset every logger to Envoy\'s default level (warning) before --level is applied'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from o" -s l -l selector -d 'Every pod matching this label selector in the namespace (`-l app=reviews`)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from o" -l level -d 'Levels to set: a level for every logger (`debug`), and/or `logger:level` pairs (`http:debug,router=trace`). Levels: trace, debug, info, warning, error, critical, off' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from o" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from o" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from o" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from o" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from o" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from o" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from o" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from o" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from o" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from o" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from o" -s r -l reset -d 'Reset every logger to Envoy\'s default level (warning) before --level is applied'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from o" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from o" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rootca-compare" -s f -l file -d 'Saved config dumps instead of pods (repeat; pods and files make two together)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rootca-compare" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rootca-compare" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rootca-compare" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rootca-compare" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rootca-compare" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rootca-compare" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rootca-compare" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rootca-compare" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rootca-compare" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rootca-compare" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rootca-compare" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rootca-compare" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rc" -s f -l file -d 'Saved config dumps instead of pods (repeat; pods and files make two together)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rc" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rc" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rc" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rc" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rc" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rc" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rc" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rc" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rc" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rc" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rc" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from rc" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "cluster" -d 'Clusters: service FQDN, port, subset, direction, discovery type, destination rule'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "listener" -d 'Listeners: addresses, port, and per filter chain its match and destination'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "route" -d 'Route configurations: virtual hosts, domains, matches and the virtual service behind them'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "endpoint" -d 'Endpoints from Envoy\'s `/clusters?format=json`: address, health, outlier check, cluster'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "eds" -d 'Endpoints from the EDS section of `/config_dump?include_eds=true`'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "secret" -d 'Secrets (SDS): certificates, their validity, serial numbers and dates'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "ecds" -d 'Extension configurations delivered by ECDS (Wasm plugins, telemetry filters)'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "bootstrap" -d 'The bootstrap configuration (`-o short`: Istio and Envoy versions)'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "all" -d 'Every summary: bootstrap, clusters, listeners, routes, secrets and endpoints'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "log" -d 'The logging levels of a pod\'s Envoy, and setting them (`--level`)'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "rootca-compare" -d 'Whether two pods trust the same root CA (their `ROOTCA` secrets share a certificate)'
complete -c sailctl -n "__fish_sailctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-status" -s f -l file -d 'An Envoy config dump (`/config_dump`) to compare with istiod\'s view of the pod given, instead of asking the pod (istioctl\'s `--file`). Given a saved istiod sync status instead (what --sync-file takes), it is read as one, for older sailctl scripts' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-status" -l sync-file -d 'Read a saved istiod sync status instead of asking istiod: `{"<istiod>": DiscoveryResponse, ...}` as answered to `istio.io/debug/syncz`, or one DiscoveryResponse (`-` reads standard input). With --envoy-file: istiod\'s config dump for the proxy' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-status" -l envoy-file -d 'Compare this Envoy config dump with istiod\'s dump given in --sync-file, offline' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-status" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-status" -s v -l verbosity -d '0 (the default): the subscribed types of each proxy; 1: one column per xDS type' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-status" -s r -l revision -d 'Ask only the istiods of this control-plane revision (`istio.io/rev`). A saved answer already comes from one revision: every istiod in the file is shown' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-status" -s l -l selector -d 'Only the proxies of the running pods with these labels (`app=reviews`), in the namespace of -n (or the context\'s)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-status" -l timeout -d 'Give up on an istiod or proxy that does not answer within this long (30s, 500ms)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-status" -l proxy-admin-port -d 'Envoy\'s admin port in the pod (live mode, with a pod)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-status" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-status" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-status" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-status" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-status" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-status" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-status" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-status" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-status" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand proxy-status" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ps" -s f -l file -d 'An Envoy config dump (`/config_dump`) to compare with istiod\'s view of the pod given, instead of asking the pod (istioctl\'s `--file`). Given a saved istiod sync status instead (what --sync-file takes), it is read as one, for older sailctl scripts' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ps" -l sync-file -d 'Read a saved istiod sync status instead of asking istiod: `{"<istiod>": DiscoveryResponse, ...}` as answered to `istio.io/debug/syncz`, or one DiscoveryResponse (`-` reads standard input). With --envoy-file: istiod\'s config dump for the proxy' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ps" -l envoy-file -d 'Compare this Envoy config dump with istiod\'s dump given in --sync-file, offline' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ps" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ps" -s v -l verbosity -d '0 (the default): the subscribed types of each proxy; 1: one column per xDS type' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ps" -s r -l revision -d 'Ask only the istiods of this control-plane revision (`istio.io/rev`). A saved answer already comes from one revision: every istiod in the file is shown' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ps" -s l -l selector -d 'Only the proxies of the running pods with these labels (`app=reviews`), in the namespace of -n (or the context\'s)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ps" -l timeout -d 'Give up on an istiod or proxy that does not answer within this long (30s, 500ms)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ps" -l proxy-admin-port -d 'Envoy\'s admin port in the pod (live mode, with a pod)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ps" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ps" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ps" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ps" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ps" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ps" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ps" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ps" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ps" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ps" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "kiali" -d 'Open Kiali (pods labelled app=kiali, port 20001)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "prometheus" -d 'Open Prometheus (app.kubernetes.io/name=prometheus, port 9090)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "grafana" -d 'Open Grafana (app.kubernetes.io/name=grafana, port 3000)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "jaeger" -d 'Open Jaeger (app=jaeger, port 16686)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "zipkin" -d 'Open Zipkin (app=zipkin, port 9411)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "skywalking" -d 'Open the SkyWalking UI (app=skywalking-ui, port 8080)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "envoy" -d 'Open the Envoy admin page of a sidecar or gateway (port 15000)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "proxy" -d 'Open the Envoy admin page of a sidecar or gateway (port 15000)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "controlz" -d 'Open the ControlZ page of an istiod pod (port 9876)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "istiod-debug" -d 'Open istiod\'s debug page (`/debug` on its monitoring port 15014)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l ui-port -d 'The component\'s UI port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l ui-port -d 'The component\'s UI port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l ui-port -d 'The component\'s UI port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l ui-port -d 'The component\'s UI port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l ui-port -d 'The component\'s UI port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l ui-port -d 'The component\'s UI port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s l -l selector -d 'A label selector instead of a pod (the first running match is used)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l ui-port -d 'Envoy\'s admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s l -l selector -d 'A label selector instead of a pod (the first running match is used)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l ui-port -d 'Envoy\'s admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s l -l selector -d 'A label selector (`app=istiod` is added)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s r -l revision -d 'The control-plane revision whose istiod to open' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l ctrlz_port -d 'ControlZ\'s port in the pod (controlz only)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s l -l selector -d 'A label selector (`app=istiod` is added)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s r -l revision -d 'The control-plane revision whose istiod to open' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l ctrlz_port -d 'ControlZ\'s port in the pod (controlz only)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "kiali" -d 'Open Kiali (pods labelled app=kiali, port 20001)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "prometheus" -d 'Open Prometheus (app.kubernetes.io/name=prometheus, port 9090)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "grafana" -d 'Open Grafana (app.kubernetes.io/name=grafana, port 3000)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "jaeger" -d 'Open Jaeger (app=jaeger, port 16686)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "zipkin" -d 'Open Zipkin (app=zipkin, port 9411)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "skywalking" -d 'Open the SkyWalking UI (app=skywalking-ui, port 8080)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "envoy" -d 'Open the Envoy admin page of a sidecar or gateway (port 15000)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "controlz" -d 'Open the ControlZ page of an istiod pod (port 9876)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "istiod-debug" -d 'Open istiod\'s debug page (`/debug` on its monitoring port 15014)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "kiali" -d 'Open Kiali (pods labelled app=kiali, port 20001)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "prometheus" -d 'Open Prometheus (app.kubernetes.io/name=prometheus, port 9090)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "grafana" -d 'Open Grafana (app.kubernetes.io/name=grafana, port 3000)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "jaeger" -d 'Open Jaeger (app=jaeger, port 16686)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "zipkin" -d 'Open Zipkin (app=zipkin, port 9411)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "skywalking" -d 'Open the SkyWalking UI (app=skywalking-ui, port 8080)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "envoy" -d 'Open the Envoy admin page of a sidecar or gateway (port 15000)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "proxy" -d 'Open the Envoy admin page of a sidecar or gateway (port 15000)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "controlz" -d 'Open the ControlZ page of an istiod pod (port 9876)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "istiod-debug" -d 'Open istiod\'s debug page (`/debug` on its monitoring port 15014)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l ui-port -d 'The component\'s UI port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l ui-port -d 'The component\'s UI port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l ui-port -d 'The component\'s UI port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l ui-port -d 'The component\'s UI port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l ui-port -d 'The component\'s UI port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l ui-port -d 'The component\'s UI port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s l -l selector -d 'A label selector instead of a pod (the first running match is used)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l ui-port -d 'Envoy\'s admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s l -l selector -d 'A label selector instead of a pod (the first running match is used)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l ui-port -d 'Envoy\'s admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s l -l selector -d 'A label selector (`app=istiod` is added)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s r -l revision -d 'The control-plane revision whose istiod to open' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l ctrlz_port -d 'ControlZ\'s port in the pod (controlz only)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s l -l selector -d 'A label selector (`app=istiod` is added)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s r -l revision -d 'The control-plane revision whose istiod to open' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l ctrlz_port -d 'ControlZ\'s port in the pod (controlz only)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "kiali" -d 'Open Kiali (pods labelled app=kiali, port 20001)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "prometheus" -d 'Open Prometheus (app.kubernetes.io/name=prometheus, port 9090)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "grafana" -d 'Open Grafana (app.kubernetes.io/name=grafana, port 3000)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "jaeger" -d 'Open Jaeger (app=jaeger, port 16686)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "zipkin" -d 'Open Zipkin (app=zipkin, port 9411)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "skywalking" -d 'Open the SkyWalking UI (app=skywalking-ui, port 8080)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "envoy" -d 'Open the Envoy admin page of a sidecar or gateway (port 15000)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "controlz" -d 'Open the ControlZ page of an istiod pod (port 9876)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "istiod-debug" -d 'Open istiod\'s debug page (`/debug` on its monitoring port 15014)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "kiali" -d 'Open Kiali (pods labelled app=kiali, port 20001)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "prometheus" -d 'Open Prometheus (app.kubernetes.io/name=prometheus, port 9090)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "grafana" -d 'Open Grafana (app.kubernetes.io/name=grafana, port 3000)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "jaeger" -d 'Open Jaeger (app=jaeger, port 16686)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "zipkin" -d 'Open Zipkin (app=zipkin, port 9411)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "skywalking" -d 'Open the SkyWalking UI (app=skywalking-ui, port 8080)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "envoy" -d 'Open the Envoy admin page of a sidecar or gateway (port 15000)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "proxy" -d 'Open the Envoy admin page of a sidecar or gateway (port 15000)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "controlz" -d 'Open the ControlZ page of an istiod pod (port 9876)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "istiod-debug" -d 'Open istiod\'s debug page (`/debug` on its monitoring port 15014)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali prometheus grafana jaeger zipkin skywalking envoy proxy controlz istiod-debug help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l ui-port -d 'The component\'s UI port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l ui-port -d 'The component\'s UI port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l ui-port -d 'The component\'s UI port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l ui-port -d 'The component\'s UI port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l ui-port -d 'The component\'s UI port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l ui-port -d 'The component\'s UI port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s l -l selector -d 'A label selector instead of a pod (the first running match is used)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l ui-port -d 'Envoy\'s admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s l -l selector -d 'A label selector instead of a pod (the first running match is used)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l ui-port -d 'Envoy\'s admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s l -l selector -d 'A label selector (`app=istiod` is added)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s r -l revision -d 'The control-plane revision whose istiod to open' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l ctrlz_port -d 'ControlZ\'s port in the pod (controlz only)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s l -l selector -d 'A label selector (`app=istiod` is added)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s r -l revision -d 'The control-plane revision whose istiod to open' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l ctrlz_port -d 'ControlZ\'s port in the pod (controlz only)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s p -l port -d 'Local port to listen on (default: the component\'s own port, or a free one when that is taken)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l address -d 'Address to listen on: an IP address or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l browser -d 'Open a browser on the URL (`--browser=false`: only print it)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "kiali" -d 'Open Kiali (pods labelled app=kiali, port 20001)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "prometheus" -d 'Open Prometheus (app.kubernetes.io/name=prometheus, port 9090)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "grafana" -d 'Open Grafana (app.kubernetes.io/name=grafana, port 3000)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "jaeger" -d 'Open Jaeger (app=jaeger, port 16686)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "zipkin" -d 'Open Zipkin (app=zipkin, port 9411)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "skywalking" -d 'Open the SkyWalking UI (app=skywalking-ui, port 8080)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "envoy" -d 'Open the Envoy admin page of a sidecar or gateway (port 15000)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "controlz" -d 'Open the ControlZ page of an istiod pod (port 9876)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "istiod-debug" -d 'Open istiod\'s debug page (`/debug` on its monitoring port 15014)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -s f -l filename -d 'IstioOperator files to merge over the profile, in order (`-` reads stdin, last only)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -s s -l set -d 'Override an IstioOperator field: `--set values.global.hub=my.registry/istio`, `--set profile=demo`, `--set components.egressGateways[0].enabled=true`' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -s r -l revision -d 'Control-plane revision: names istiod, its webhooks and config `<name>-<revision>`' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -s d -l manifests -d 'A directory of profiles to use instead of the built-in ones (istioctl\'s --manifests)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -l readiness-timeout -d 'How long each component may take to become ready (Go duration: 300s, 5m, 1m30s)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -l concurrency -d 'Objects applied at once' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -s y -l skip-confirmation -d 'Do not ask for confirmation (needed when stdin is not a terminal)'
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -l dry-run -d 'Send every object to the API server as a dry run (dryRun=All): validated, nothing written'
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -l diff -d 'Show what the install would change on the cluster, object by object, and change nothing'
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -l verify -d 'After installing, check that every object exists and every workload is ready (as `verify-install` does)'
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -s f -l filename -d 'IstioOperator files to merge over the profile, in order (`-` reads stdin, last only)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -s s -l set -d 'Override an IstioOperator field: `--set values.global.hub=my.registry/istio`, `--set profile=demo`, `--set components.egressGateways[0].enabled=true`' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -s r -l revision -d 'Control-plane revision: names istiod, its webhooks and config `<name>-<revision>`' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -s d -l manifests -d 'A directory of profiles to use instead of the built-in ones (istioctl\'s --manifests)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -l readiness-timeout -d 'How long each component may take to become ready (Go duration: 300s, 5m, 1m30s)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -l concurrency -d 'Objects applied at once' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -s y -l skip-confirmation -d 'Do not ask for confirmation (needed when stdin is not a terminal)'
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -l dry-run -d 'Send every object to the API server as a dry run (dryRun=All): validated, nothing written'
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -l diff -d 'Show what the install would change on the cluster, object by object, and change nothing'
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -l verify -d 'After installing, check that every object exists and every workload is ready (as `verify-install` does)'
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -s f -l filename -d 'IstioOperator files to merge over the profile, in order (`-` reads stdin, last only)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -s s -l set -d 'Override an IstioOperator field: `--set values.global.hub=my.registry/istio`, `--set profile=demo`, `--set components.egressGateways[0].enabled=true`' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -s r -l revision -d 'Control-plane revision: names istiod, its webhooks and config `<name>-<revision>`' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -s d -l manifests -d 'A directory of profiles to use instead of the built-in ones (istioctl\'s --manifests)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -l readiness-timeout -d 'How long each component may take to become ready (Go duration: 300s, 5m, 1m30s)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -l concurrency -d 'Objects applied at once' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -s y -l skip-confirmation -d 'Do not ask for confirmation (needed when stdin is not a terminal)'
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -l dry-run -d 'Send every object to the API server as a dry run (dryRun=All): validated, nothing written'
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -l diff -d 'Show what the install would change on the cluster, object by object, and change nothing'
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -l verify -d 'After installing, check that every object exists and every workload is ready (as `verify-install` does)'
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -l force -d 'Upgrade even when the version jump is one Istio does not support (more than one minor version in place, more than two as a canary)'
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -s r -l revision -d 'Remove this control-plane revision (`default` for the default revision)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -s f -l filename -d 'Remove the control plane an IstioOperator file installed (its revision and name)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -s s -l set -d 'Override a field of the IstioOperator given with -f' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -l purge -d 'Remove every Istio object of every revision: control planes, webhooks, cluster roles and CRDs (and with them all Istio configuration)'
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -s y -l skip-confirmation -d 'Do not ask for confirmation (needed when stdin is not a terminal)'
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -l dry-run -d 'List what would be deleted; delete nothing'
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -s f -l filename -d 'IstioOperator files to merge over the profile, in order (`-` reads stdin, last only)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -s s -l set -d 'Override an IstioOperator field: `--set values.global.hub=my.registry/istio`, `--set profile=demo`, `--set components.egressGateways[0].enabled=true`' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -s r -l revision -d 'Control-plane revision: names istiod, its webhooks and config `<name>-<revision>`' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -s d -l manifests -d 'A directory of profiles to use instead of the built-in ones (istioctl\'s --manifests)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -s r -l revision -d 'The control-plane revision the install will use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -s o -l output -d 'Output format' -r -f -a "text\t'Grouped checks with ✔/‼/✘ marks (istioctl\'s `log` is the same)'
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -s f -l from-version -d 'Also check the upgrade from this installed version (`1.27.3`) to sailctl\'s' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and not __fish_seen_subcommand_from list show set generate remove help" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and not __fish_seen_subcommand_from list show set generate remove help" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and not __fish_seen_subcommand_from list show set generate remove help" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and not __fish_seen_subcommand_from list show set generate remove help" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and not __fish_seen_subcommand_from list show set generate remove help" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and not __fish_seen_subcommand_from list show set generate remove help" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and not __fish_seen_subcommand_from list show set generate remove help" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and not __fish_seen_subcommand_from list show set generate remove help" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and not __fish_seen_subcommand_from list show set generate remove help" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and not __fish_seen_subcommand_from list show set generate remove help" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and not __fish_seen_subcommand_from list show set generate remove help" -f -a "list" -d 'List the revision tags, the revision each points at and the namespaces using it'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and not __fish_seen_subcommand_from list show set generate remove help" -f -a "show" -d 'List the revision tags, the revision each points at and the namespaces using it'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and not __fish_seen_subcommand_from list show set generate remove help" -f -a "set" -d 'Create or move a revision tag to point at a revision'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and not __fish_seen_subcommand_from list show set generate remove help" -f -a "generate" -d 'Print the objects `tag set` would apply, without touching the cluster'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and not __fish_seen_subcommand_from list show set generate remove help" -f -a "remove" -d 'Remove a revision tag'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and not __fish_seen_subcommand_from list show set generate remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from list" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from list" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from list" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from list" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from list" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from list" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from list" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from list" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from show" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from show" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from show" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from show" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from show" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from show" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from show" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from show" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s r -l revision -d 'The control-plane revision the tag points at (`default` for the unrevisioned one)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l overwrite -d 'Move a tag that already exists (otherwise an existing tag is an error)'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s y -l skip-confirmation -d 'Do not ask for confirmation'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l auto-inject-namespaces -d 'With the `default` tag, inject every namespace without an injection label'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s r -l revision -d 'The control-plane revision the tag points at (`default` for the unrevisioned one)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l overwrite -d 'Move a tag that already exists (otherwise an existing tag is an error)'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s y -l skip-confirmation -d 'Do not ask for confirmation'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l auto-inject-namespaces -d 'With the `default` tag, inject every namespace without an injection label'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -s y -l skip-confirmation -d 'Remove it even when namespaces still use it, without asking'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the revision tags, the revision each points at and the namespaces using it'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "set" -d 'Create or move a revision tag to point at a revision'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Print the objects `tag set` would apply, without touching the cluster'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a revision tag'
complete -c sailctl -n "__fish_sailctl_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -s f -l filename -d 'The file of Kubernetes objects to inject (`-` reads stdin)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -s o -l output -d 'Write the injected objects to this file instead of standard output' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l injectConfigFile -d 'The injector config (the `config` key of the istio-sidecar-injector ConfigMap, or the whole ConfigMap, or a bare sidecar template)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l meshConfigFile -d 'The mesh config (the `mesh` key of the `istio` ConfigMap)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l valuesFile -d 'The injection values (the `values` key of the istio-sidecar-injector ConfigMap)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -s r -l revision -d 'The control-plane revision whose config to use (`default` for the unrevisioned one)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l meshConfigMapName -d 'The mesh ConfigMap\'s name (its revision suffix is added when it is the default)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l injectConfigMapName -d 'The injector ConfigMap\'s name (its revision suffix is added when it is the default)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l use-kube -d 'Read what the files do not give from the cluster; `--use-kube=false` uses sailctl\'s own rendering instead' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck trace authz describe help" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck trace authz describe help" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck trace authz describe help" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck trace authz describe help" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck trace authz describe help" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck trace authz describe help" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck trace authz describe help" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck trace authz describe help" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck trace authz describe help" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck trace authz describe help" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck trace authz describe help" -f -a "precheck" -d 'Check that Istio can be installed on the cluster (same as `sailctl precheck`)'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck trace authz describe help" -f -a "trace" -d 'Where a request goes in a proxy, and why: listener, chain, route, cluster, endpoints'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck trace authz describe help" -f -a "authz" -d 'Inspect the AuthorizationPolicies a proxy enforces (`x authz check`)'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck trace authz describe help" -f -a "describe" -d 'Describe the Istio configuration of a pod or service (`x describe pod|svc`)'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck trace authz describe help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s r -l revision -d 'The control-plane revision the install will use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s o -l output -d 'Output format' -r -f -a "text\t'Grouped checks with ✔/‼/✘ marks (istioctl\'s `log` is the same)'
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s f -l from-version -d 'Also check the upgrade from this installed version (`1.27.3`) to sailctl\'s' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from trace" -s f -l file -d 'A saved config dump (`-` reads standard input) instead of a pod' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from trace" -s H -l header -d 'A request header, `name: value` (repeatable; `host:` sets the authority)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from trace" -l address -d 'The destination IP the application connects to (a service\'s cluster IP): picks the listener by address. By default the URL\'s host when it is an IP' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from trace" -l inbound -d 'Trace a connection arriving at this port of the pod (the inbound listener)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from trace" -l route -d 'Start at this route configuration (an RDS name), skipping listeners' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from trace" -s o -l output -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from trace" -l proxy-admin-port -d 'The Envoy admin port in the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from trace" -l timeout -d 'Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step (finding the pod, the port-forward, the admin answer) waits at most this' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from trace" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from trace" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from trace" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from trace" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from trace" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from trace" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from trace" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from trace" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from trace" -l plaintext -d 'Inbound: the peer is outside the mesh (plain text rather than Istio mutual TLS)'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from trace" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from trace" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from authz" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from authz" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from authz" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from authz" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from authz" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from authz" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from authz" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from authz" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from authz" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from authz" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from authz" -f -a "check" -d 'The AuthorizationPolicies in a proxy\'s RBAC filters: action, policy, number of rules'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from authz" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from describe" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from describe" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from describe" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from describe" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from describe" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from describe" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from describe" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from describe" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from describe" -f -a "pod" -d 'A pod: its Services, the DestinationRules (its subset), VirtualServices, Gateways, PeerAuthentication mode and AuthorizationPolicies; checked against its proxy'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from describe" -f -a "svc" -d 'A service: its ports and pods, DestinationRules and VirtualServices'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from describe" -f -a "service" -d 'A service: its ports and pods, DestinationRules and VirtualServices'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from describe" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from help" -f -a "precheck" -d 'Check that Istio can be installed on the cluster (same as `sailctl precheck`)'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from help" -f -a "trace" -d 'Where a request goes in a proxy, and why: listener, chain, route, cluster, endpoints'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from help" -f -a "authz" -d 'Inspect the AuthorizationPolicies a proxy enforces (`x authz check`)'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Describe the Istio configuration of a pod or service (`x describe pod|svc`)'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "workload" -d 'Workloads: namespace, pod, address, node, waypoint, protocol'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "workloads" -d 'Workloads: namespace, pod, address, node, waypoint, protocol'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "w" -d 'Workloads: namespace, pod, address, node, waypoint, protocol'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "service" -d 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "services" -d 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "s" -d 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "svc" -d 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "policy" -d 'Authorization policies: namespace, name, action, scope'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "policies" -d 'Authorization policies: namespace, name, action, scope'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "p" -d 'Authorization policies: namespace, name, action, scope'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "pol" -d 'Authorization policies: namespace, name, action, scope'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "certificate" -d 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "certificates" -d 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "certs" -d 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "cert" -d 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "connections" -d 'Open connections per workload: direction, local, remote, target, protocol'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "cons" -d 'Open connections per workload: direction, local, remote, target, protocol'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "all" -d 'Every summary (`-o json|yaml`: the whole dump)'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "log" -d 'The logging level of ztunnels (all of them, or the named one), and setting it'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "o" -d 'The logging level of ztunnels (all of them, or the named one), and setting it'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workload" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workload" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workload" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workload" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workload" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workload" -l address -d 'Only workloads with this address' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workload" -l workload-namespace -d 'Only workloads of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workload" -l workload-node -d 'Only workloads on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workload" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workload" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workload" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workload" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workload" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workload" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workload" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workload" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workload" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workload" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workloads" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workloads" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workloads" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workloads" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workloads" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workloads" -l address -d 'Only workloads with this address' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workloads" -l workload-namespace -d 'Only workloads of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workloads" -l workload-node -d 'Only workloads on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workloads" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workloads" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workloads" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workloads" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workloads" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workloads" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workloads" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workloads" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workloads" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from workloads" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from w" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from w" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from w" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from w" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from w" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from w" -l address -d 'Only workloads with this address' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from w" -l workload-namespace -d 'Only workloads of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from w" -l workload-node -d 'Only workloads on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from w" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from w" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from w" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from w" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from w" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from w" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from w" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from w" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from w" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from w" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from service" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from service" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from service" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from service" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from service" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from service" -l service-namespace -d 'Only services of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from service" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from service" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from service" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from service" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from service" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from service" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from service" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from service" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from service" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from service" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from services" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from services" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from services" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from services" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from services" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from services" -l service-namespace -d 'Only services of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from services" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from services" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from services" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from services" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from services" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from services" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from services" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from services" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from services" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from services" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from s" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from s" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from s" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from s" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from s" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from s" -l service-namespace -d 'Only services of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from s" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from s" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from s" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from s" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from s" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from s" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from s" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from s" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from s" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from s" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from svc" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from svc" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from svc" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from svc" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from svc" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from svc" -l service-namespace -d 'Only services of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from svc" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from svc" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from svc" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from svc" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from svc" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from svc" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from svc" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from svc" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from svc" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from svc" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policy" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policy" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policy" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policy" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policy" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policy" -l policy-namespace -d 'Only policies of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policy" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policy" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policy" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policy" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policy" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policy" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policy" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policy" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policy" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policy" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policies" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policies" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policies" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policies" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policies" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policies" -l policy-namespace -d 'Only policies of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policies" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policies" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policies" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policies" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policies" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policies" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policies" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policies" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policies" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from policies" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from p" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from p" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from p" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from p" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from p" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from p" -l policy-namespace -d 'Only policies of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from p" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from p" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from p" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from p" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from p" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from p" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from p" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from p" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from p" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from p" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from pol" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from pol" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from pol" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from pol" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from pol" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from pol" -l policy-namespace -d 'Only policies of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from pol" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from pol" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from pol" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from pol" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from pol" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from pol" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from pol" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from pol" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from pol" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from pol" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificate" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificate" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificate" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificate" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificate" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificate" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificate" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificate" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificate" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificate" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificate" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificate" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificate" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificate" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificate" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificates" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificates" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificates" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificates" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificates" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificates" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificates" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificates" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificates" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificates" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificates" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificates" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificates" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificates" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certificates" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certs" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certs" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certs" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certs" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certs" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certs" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certs" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certs" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certs" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certs" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certs" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certs" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certs" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certs" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from certs" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cert" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cert" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cert" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cert" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cert" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cert" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cert" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cert" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cert" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cert" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cert" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cert" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cert" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cert" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cert" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from connections" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from connections" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from connections" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from connections" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from connections" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from connections" -l direction -d 'Only this direction' -r -f -a "inbound\t''
outbound\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from connections" -l workload-namespace -d 'Only workloads of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from connections" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from connections" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from connections" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from connections" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from connections" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from connections" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from connections" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from connections" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from connections" -l raw -d 'Show IP addresses instead of the names of the services and workloads behind them'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from connections" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from connections" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cons" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cons" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cons" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cons" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cons" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cons" -l direction -d 'Only this direction' -r -f -a "inbound\t''
outbound\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cons" -l workload-namespace -d 'Only workloads of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cons" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cons" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cons" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cons" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cons" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cons" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cons" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cons" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cons" -l raw -d 'Show IP addresses instead of the names of the services and workloads behind them'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cons" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from cons" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from all" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from all" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from all" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from all" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from all" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from all" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from all" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from all" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from all" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from all" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from all" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from all" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from all" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from all" -l with-headers -d 'Put a `------ TITLE ------` line before each summary'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from all" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from all" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from log" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from log" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from log" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from log" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from log" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from log" -l level -d 'Levels to set: `<level>` or `<logger>:<level>,...`; levels: trace, debug, info, warning (warn), error, critical, off' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from log" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from log" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from log" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from log" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from log" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from log" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from log" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from log" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from log" -s r -l reset -d 'Reset the levels to the default (info)'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from o" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from o" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from o" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from o" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from o" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from o" -l level -d 'Levels to set: `<level>` or `<logger>:<level>,...`; levels: trace, debug, info, warning (warn), error, critical, off' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from o" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from o" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from o" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from o" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from o" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from o" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from o" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from o" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from o" -s r -l reset -d 'Reset the levels to the default (info)'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from o" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from o" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from help" -f -a "workload" -d 'Workloads: namespace, pod, address, node, waypoint, protocol'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from help" -f -a "service" -d 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from help" -f -a "policy" -d 'Authorization policies: namespace, name, action, scope'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from help" -f -a "certificate" -d 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from help" -f -a "connections" -d 'Open connections per workload: direction, local, remote, target, protocol'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from help" -f -a "all" -d 'Every summary (`-o json|yaml`: the whole dump)'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from help" -f -a "log" -d 'The logging level of ztunnels (all of them, or the named one), and setting it'
complete -c sailctl -n "__fish_sailctl_using_subcommand ztunnel-config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "workload" -d 'Workloads: namespace, pod, address, node, waypoint, protocol'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "workloads" -d 'Workloads: namespace, pod, address, node, waypoint, protocol'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "w" -d 'Workloads: namespace, pod, address, node, waypoint, protocol'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "service" -d 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "services" -d 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "s" -d 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "svc" -d 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "policy" -d 'Authorization policies: namespace, name, action, scope'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "policies" -d 'Authorization policies: namespace, name, action, scope'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "p" -d 'Authorization policies: namespace, name, action, scope'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "pol" -d 'Authorization policies: namespace, name, action, scope'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "certificate" -d 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "certificates" -d 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "certs" -d 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "cert" -d 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "connections" -d 'Open connections per workload: direction, local, remote, target, protocol'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "cons" -d 'Open connections per workload: direction, local, remote, target, protocol'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "all" -d 'Every summary (`-o json|yaml`: the whole dump)'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "log" -d 'The logging level of ztunnels (all of them, or the named one), and setting it'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "o" -d 'The logging level of ztunnels (all of them, or the named one), and setting it'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and not __fish_seen_subcommand_from workload workloads w service services s svc policy policies p pol certificate certificates certs cert connections cons all log o help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workload" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workload" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workload" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workload" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workload" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workload" -l address -d 'Only workloads with this address' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workload" -l workload-namespace -d 'Only workloads of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workload" -l workload-node -d 'Only workloads on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workload" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workload" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workload" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workload" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workload" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workload" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workload" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workload" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workload" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workload" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workloads" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workloads" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workloads" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workloads" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workloads" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workloads" -l address -d 'Only workloads with this address' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workloads" -l workload-namespace -d 'Only workloads of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workloads" -l workload-node -d 'Only workloads on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workloads" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workloads" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workloads" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workloads" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workloads" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workloads" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workloads" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workloads" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workloads" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from workloads" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from w" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from w" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from w" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from w" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from w" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from w" -l address -d 'Only workloads with this address' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from w" -l workload-namespace -d 'Only workloads of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from w" -l workload-node -d 'Only workloads on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from w" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from w" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from w" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from w" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from w" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from w" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from w" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from w" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from w" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from w" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from service" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from service" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from service" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from service" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from service" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from service" -l service-namespace -d 'Only services of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from service" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from service" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from service" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from service" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from service" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from service" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from service" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from service" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from service" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from service" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from services" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from services" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from services" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from services" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from services" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from services" -l service-namespace -d 'Only services of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from services" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from services" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from services" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from services" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from services" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from services" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from services" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from services" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from services" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from services" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from s" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from s" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from s" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from s" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from s" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from s" -l service-namespace -d 'Only services of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from s" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from s" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from s" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from s" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from s" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from s" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from s" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from s" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from s" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from s" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from svc" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from svc" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from svc" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from svc" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from svc" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from svc" -l service-namespace -d 'Only services of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from svc" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from svc" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from svc" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from svc" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from svc" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from svc" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from svc" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from svc" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from svc" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from svc" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policy" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policy" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policy" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policy" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policy" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policy" -l policy-namespace -d 'Only policies of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policy" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policy" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policy" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policy" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policy" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policy" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policy" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policy" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policy" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policy" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policies" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policies" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policies" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policies" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policies" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policies" -l policy-namespace -d 'Only policies of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policies" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policies" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policies" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policies" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policies" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policies" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policies" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policies" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policies" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from policies" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from p" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from p" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from p" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from p" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from p" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from p" -l policy-namespace -d 'Only policies of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from p" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from p" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from p" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from p" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from p" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from p" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from p" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from p" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from p" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from p" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from pol" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from pol" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from pol" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from pol" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from pol" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from pol" -l policy-namespace -d 'Only policies of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from pol" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from pol" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from pol" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from pol" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from pol" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from pol" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from pol" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from pol" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from pol" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from pol" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificate" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificate" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificate" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificate" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificate" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificate" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificate" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificate" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificate" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificate" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificate" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificate" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificate" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificate" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificate" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificates" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificates" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificates" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificates" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificates" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificates" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificates" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificates" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificates" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificates" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificates" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificates" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificates" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificates" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certificates" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certs" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certs" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certs" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certs" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certs" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certs" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certs" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certs" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certs" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certs" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certs" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certs" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certs" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certs" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from certs" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cert" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cert" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cert" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cert" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cert" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cert" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cert" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cert" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cert" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cert" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cert" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cert" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cert" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cert" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cert" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from connections" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from connections" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from connections" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from connections" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from connections" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from connections" -l direction -d 'Only this direction' -r -f -a "inbound\t''
outbound\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from connections" -l workload-namespace -d 'Only workloads of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from connections" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from connections" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from connections" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from connections" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from connections" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from connections" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from connections" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from connections" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from connections" -l raw -d 'Show IP addresses instead of the names of the services and workloads behind them'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from connections" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from connections" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cons" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cons" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cons" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cons" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cons" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cons" -l direction -d 'Only this direction' -r -f -a "inbound\t''
outbound\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cons" -l workload-namespace -d 'Only workloads of this namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cons" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cons" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cons" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cons" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cons" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cons" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cons" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cons" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cons" -l raw -d 'Show IP addresses instead of the names of the services and workloads behind them'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cons" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from cons" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from all" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from all" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from all" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from all" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from all" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from all" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from all" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from all" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from all" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from all" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from all" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from all" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from all" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from all" -l with-headers -d 'Put a `------ TITLE ------` line before each summary'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from all" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from all" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from log" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from log" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from log" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from log" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from log" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from log" -l level -d 'Levels to set: `<level>` or `<logger>:<level>,...`; levels: trace, debug, info, warning (warn), error, critical, off' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from log" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from log" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from log" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from log" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from log" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from log" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from log" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from log" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from log" -s r -l reset -d 'Reset the levels to the default (info)'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from o" -s f -l file -d 'A saved ztunnel config dump (`-` reads standard input)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from o" -l node -d 'Read the ztunnel running on this node' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from o" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from o" -l proxy-admin-port -d 'The ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from o" -l timeout -d 'Give up on a step (finding the pod, the port-forward, the answer) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from o" -l level -d 'Levels to set: `<level>` or `<logger>:<level>,...`; levels: trace, debug, info, warning (warn), error, critical, off' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from o" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from o" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from o" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from o" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from o" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from o" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from o" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from o" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from o" -s r -l reset -d 'Reset the levels to the default (info)'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from o" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from o" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from help" -f -a "workload" -d 'Workloads: namespace, pod, address, node, waypoint, protocol'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from help" -f -a "service" -d 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from help" -f -a "policy" -d 'Authorization policies: namespace, name, action, scope'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from help" -f -a "certificate" -d 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from help" -f -a "connections" -d 'Open connections per workload: direction, local, remote, target, protocol'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from help" -f -a "all" -d 'Every summary (`-o json|yaml`: the whole dump)'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from help" -f -a "log" -d 'The logging level of ztunnels (all of them, or the named one), and setting it'
complete -c sailctl -n "__fish_sailctl_using_subcommand zc; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list delete status help" -l name -d 'The waypoint\'s name' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list delete status help" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list delete status help" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list delete status help" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list delete status help" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list delete status help" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list delete status help" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list delete status help" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list delete status help" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list delete status help" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list delete status help" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list delete status help" -f -a "generate" -d 'Print a waypoint Gateway as YAML (offline; without -n it carries no namespace)'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list delete status help" -f -a "apply" -d 'Server-side apply a waypoint Gateway to the namespace (and optionally enroll it)'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list delete status help" -f -a "list" -d 'List the waypoints of the namespace (or all: -A)'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list delete status help" -f -a "delete" -d 'Delete waypoints by name, all of them (--all) or those of a revision (--revision)'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list delete status help" -f -a "status" -d 'Show the Programmed condition of the waypoints, waiting for them by default'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and not __fish_seen_subcommand_from generate apply list delete status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -l for -d 'The traffic the waypoint handles: all, none, service or workload (istiod\'s default when unset)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -s r -l revision -d 'The revision to label the waypoint with' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -l name -d 'The waypoint\'s name' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l for -d 'The traffic the waypoint handles: all, none, service or workload (istiod\'s default when unset)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -s r -l revision -d 'The revision to label the waypoint with' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l waypoint-timeout -d 'How long --wait waits' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l name -d 'The waypoint\'s name' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l enroll-namespace -d 'Label the namespace `istio.io/use-waypoint=<name>` once the waypoint is applied'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -l overwrite -d 'With --enroll-namespace: replace the waypoint the namespace already uses'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -s w -l wait -d 'Wait until the waypoint is Programmed'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -l name -d 'The waypoint\'s name' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -s A -l all-namespaces -d 'Waypoints of every namespace'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -s r -l revision -d 'Delete the waypoints of this revision' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -l name -d 'The waypoint\'s name' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -l all -d 'Delete every waypoint of the namespace'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -s w -l wait -d 'Wait for each waypoint to be Programmed (`--wait=false`: show it as it is)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -l waypoint-timeout -d 'How long --wait waits' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -l name -d 'The waypoint\'s name' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -s A -l all-namespaces -d 'Waypoints of every namespace'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Print a waypoint Gateway as YAML (offline; without -n it carries no namespace)'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Server-side apply a waypoint Gateway to the namespace (and optionally enroll it)'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the waypoints of the namespace (or all: -A)'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete waypoints by name, all of them (--all) or those of a revision (--revision)'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the Programmed condition of the waypoints, waiting for them by default'
complete -c sailctl -n "__fish_sailctl_using_subcommand waypoint; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand bug-report" -l dir -d 'Directory to write the archive in (`bug-report-<time>.tar.gz`)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand bug-report" -s o -l output -d 'The archive\'s path' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand bug-report" -l timeout -d 'Stop collecting after this long and write what was collected' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand bug-report" -l pod-timeout -d 'Give up on one request to a pod (an admin dump, a log) after this long' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand bug-report" -l include -d 'Pods (and namespaces) to collect; all but the excluded when none is given' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand bug-report" -l exclude -d 'Pods (and, for namespace-only selectors, namespaces) to leave out' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand bug-report" -l tail -d 'Lines of each container log to keep (the last ones); 0 keeps all' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand bug-report" -l proxy-admin-port -d 'The Envoy / ztunnel admin port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand bug-report" -l rq-concurrency -d 'Requests in flight at once' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand bug-report" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand bug-report" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand bug-report" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand bug-report" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand bug-report" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl\'s `--color=true` and `--color=false` mean always and never, and a bare `--color` always' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand bug-report" -l as -d 'Act as this user (Kubernetes impersonation, like kubectl\'s --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand bug-report" -l as-group -d 'Act as this group (repeatable; needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand bug-report" -l as-uid -d 'Act as this user UID (needs --as)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand bug-report" -l skip-analyze -d 'Leave out `analyze`'
complete -c sailctl -n "__fish_sailctl_using_subcommand bug-report" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand bug-report" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate manifest profile version proxy-config proxy-status dashboard completion install upgrade uninstall verify-install precheck tag kube-inject x ztunnel-config waypoint bug-report help" -f -a "analyze" -d 'Analyze Istio configuration and report potential issues (istioctl analyze)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate manifest profile version proxy-config proxy-status dashboard completion install upgrade uninstall verify-install precheck tag kube-inject x ztunnel-config waypoint bug-report help" -f -a "validate" -d 'Validate Istio and Kubernetes resources in files, offline'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate manifest profile version proxy-config proxy-status dashboard completion install upgrade uninstall verify-install precheck tag kube-inject x ztunnel-config waypoint bug-report help" -f -a "manifest" -d 'Generate Istio install manifests'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate manifest profile version proxy-config proxy-status dashboard completion install upgrade uninstall verify-install precheck tag kube-inject x ztunnel-config waypoint bug-report help" -f -a "profile" -d 'List, dump or diff Istio install profiles'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate manifest profile version proxy-config proxy-status dashboard completion install upgrade uninstall verify-install precheck tag kube-inject x ztunnel-config waypoint bug-report help" -f -a "version" -d 'Print the versions of sailctl, the control plane and the data plane'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate manifest profile version proxy-config proxy-status dashboard completion install upgrade uninstall verify-install precheck tag kube-inject x ztunnel-config waypoint bug-report help" -f -a "proxy-config" -d 'Show an Envoy proxy\'s configuration: clusters, listeners, routes, endpoints, secrets'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate manifest profile version proxy-config proxy-status dashboard completion install upgrade uninstall verify-install precheck tag kube-inject x ztunnel-config waypoint bug-report help" -f -a "proxy-status" -d 'Show the xDS sync status of the proxies, as istiod reports it'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate manifest profile version proxy-config proxy-status dashboard completion install upgrade uninstall verify-install precheck tag kube-inject x ztunnel-config waypoint bug-report help" -f -a "dashboard" -d 'Open a web UI of the mesh (Kiali, Grafana, Envoy admin, ...) through a port-forward'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate manifest profile version proxy-config proxy-status dashboard completion install upgrade uninstall verify-install precheck tag kube-inject x ztunnel-config waypoint bug-report help" -f -a "completion" -d 'Generate the autocompletion script for a shell'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate manifest profile version proxy-config proxy-status dashboard completion install upgrade uninstall verify-install precheck tag kube-inject x ztunnel-config waypoint bug-report help" -f -a "install" -d 'Install Istio into the cluster: server-side apply in dependency order, wait, prune'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate manifest profile version proxy-config proxy-status dashboard completion install upgrade uninstall verify-install precheck tag kube-inject x ztunnel-config waypoint bug-report help" -f -a "upgrade" -d 'Upgrade an install to this sailctl\'s Istio, in place or as a canary (`--revision`)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate manifest profile version proxy-config proxy-status dashboard completion install upgrade uninstall verify-install precheck tag kube-inject x ztunnel-config waypoint bug-report help" -f -a "uninstall" -d 'Remove Istio from the cluster: only objects carrying Istio\'s ownership labels'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate manifest profile version proxy-config proxy-status dashboard completion install upgrade uninstall verify-install precheck tag kube-inject x ztunnel-config waypoint bug-report help" -f -a "verify-install" -d 'Check that every object of an install exists and every workload is ready'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate manifest profile version proxy-config proxy-status dashboard completion install upgrade uninstall verify-install precheck tag kube-inject x ztunnel-config waypoint bug-report help" -f -a "precheck" -d 'Check that Istio can be installed on the cluster: version, permissions, existing installs'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate manifest profile version proxy-config proxy-status dashboard completion install upgrade uninstall verify-install precheck tag kube-inject x ztunnel-config waypoint bug-report help" -f -a "tag" -d 'Revision tags: list, set, generate and remove them (canary upgrades move a tag)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate manifest profile version proxy-config proxy-status dashboard completion install upgrade uninstall verify-install precheck tag kube-inject x ztunnel-config waypoint bug-report help" -f -a "kube-inject" -d 'Inject the Istio sidecar into the workloads of a file (offline or with the cluster\'s config)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate manifest profile version proxy-config proxy-status dashboard completion install upgrade uninstall verify-install precheck tag kube-inject x ztunnel-config waypoint bug-report help" -f -a "x" -d 'Experimental commands'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate manifest profile version proxy-config proxy-status dashboard completion install upgrade uninstall verify-install precheck tag kube-inject x ztunnel-config waypoint bug-report help" -f -a "ztunnel-config" -d 'Show what an ambient ztunnel knows: workloads, services, policies, certificates, connections'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate manifest profile version proxy-config proxy-status dashboard completion install upgrade uninstall verify-install precheck tag kube-inject x ztunnel-config waypoint bug-report help" -f -a "waypoint" -d 'Manage ambient waypoints (Gateways of class istio-waypoint): generate, apply, list, delete, status'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate manifest profile version proxy-config proxy-status dashboard completion install upgrade uninstall verify-install precheck tag kube-inject x ztunnel-config waypoint bug-report help" -f -a "bug-report" -d 'Collect cluster state, Istio debug data, proxy dumps, logs and analyze into a .tar.gz'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from analyze validate manifest profile version proxy-config proxy-status dashboard completion install upgrade uninstall verify-install precheck tag kube-inject x ztunnel-config waypoint bug-report help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "generate" -d 'Print the Kubernetes objects of an Istio install, without touching a cluster'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List the available install profiles'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "dump" -d 'Print a profile merged over `default`, as an IstioOperator'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "diff" -d 'Show the differences between two merged profiles'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from proxy-config" -f -a "cluster" -d 'Clusters: service FQDN, port, subset, direction, discovery type, destination rule'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from proxy-config" -f -a "listener" -d 'Listeners: addresses, port, and per filter chain its match and destination'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from proxy-config" -f -a "route" -d 'Route configurations: virtual hosts, domains, matches and the virtual service behind them'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from proxy-config" -f -a "endpoint" -d 'Endpoints from Envoy\'s `/clusters?format=json`: address, health, outlier check, cluster'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from proxy-config" -f -a "eds" -d 'Endpoints from the EDS section of `/config_dump?include_eds=true`'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from proxy-config" -f -a "secret" -d 'Secrets (SDS): certificates, their validity, serial numbers and dates'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from proxy-config" -f -a "ecds" -d 'Extension configurations delivered by ECDS (Wasm plugins, telemetry filters)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from proxy-config" -f -a "bootstrap" -d 'The bootstrap configuration (`-o short`: Istio and Envoy versions)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from proxy-config" -f -a "all" -d 'Every summary: bootstrap, clusters, listeners, routes, secrets and endpoints'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from proxy-config" -f -a "log" -d 'The logging levels of a pod\'s Envoy, and setting them (`--level`)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from proxy-config" -f -a "rootca-compare" -d 'Whether two pods trust the same root CA (their `ROOTCA` secrets share a certificate)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "kiali" -d 'Open Kiali (pods labelled app=kiali, port 20001)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "prometheus" -d 'Open Prometheus (app.kubernetes.io/name=prometheus, port 9090)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "grafana" -d 'Open Grafana (app.kubernetes.io/name=grafana, port 3000)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "jaeger" -d 'Open Jaeger (app=jaeger, port 16686)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "zipkin" -d 'Open Zipkin (app=zipkin, port 9411)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "skywalking" -d 'Open the SkyWalking UI (app=skywalking-ui, port 8080)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "envoy" -d 'Open the Envoy admin page of a sidecar or gateway (port 15000)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "controlz" -d 'Open the ControlZ page of an istiod pod (port 9876)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "istiod-debug" -d 'Open istiod\'s debug page (`/debug` on its monitoring port 15014)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "list" -d 'List the revision tags, the revision each points at and the namespaces using it'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "set" -d 'Create or move a revision tag to point at a revision'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "generate" -d 'Print the objects `tag set` would apply, without touching the cluster'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "remove" -d 'Remove a revision tag'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from x" -f -a "precheck" -d 'Check that Istio can be installed on the cluster (same as `sailctl precheck`)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from x" -f -a "trace" -d 'Where a request goes in a proxy, and why: listener, chain, route, cluster, endpoints'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from x" -f -a "authz" -d 'Inspect the AuthorizationPolicies a proxy enforces (`x authz check`)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from x" -f -a "describe" -d 'Describe the Istio configuration of a pod or service (`x describe pod|svc`)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from ztunnel-config" -f -a "workload" -d 'Workloads: namespace, pod, address, node, waypoint, protocol'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from ztunnel-config" -f -a "service" -d 'Services: namespace, name, VIPs, waypoint, healthy/all endpoints'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from ztunnel-config" -f -a "policy" -d 'Authorization policies: namespace, name, action, scope'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from ztunnel-config" -f -a "certificate" -d 'Certificates of the identities the ztunnel holds: type, status, validity, serial, dates'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from ztunnel-config" -f -a "connections" -d 'Open connections per workload: direction, local, remote, target, protocol'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from ztunnel-config" -f -a "all" -d 'Every summary (`-o json|yaml`: the whole dump)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from ztunnel-config" -f -a "log" -d 'The logging level of ztunnels (all of them, or the named one), and setting it'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from waypoint" -f -a "generate" -d 'Print a waypoint Gateway as YAML (offline; without -n it carries no namespace)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from waypoint" -f -a "apply" -d 'Server-side apply a waypoint Gateway to the namespace (and optionally enroll it)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from waypoint" -f -a "list" -d 'List the waypoints of the namespace (or all: -A)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from waypoint" -f -a "delete" -d 'Delete waypoints by name, all of them (--all) or those of a revision (--revision)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from waypoint" -f -a "status" -d 'Show the Programmed condition of the waypoints, waiting for them by default'
