# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_sailctl_global_optspecs
    string join \n c/kubeconfig= context= n/namespace= i/istioNamespace= color= h/help V/version
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
complete -c sailctl -n "__fish_sailctl_needs_command" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sailctl -n "__fish_sailctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_needs_command" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "validate" -d 'Validate Istio and Kubernetes resources in files, offline'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "v" -d 'Validate Istio and Kubernetes resources in files, offline'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "manifest" -d 'Generate Istio install manifests'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "profile" -d 'List, dump or diff Istio install profiles'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "version" -d 'Print the version of sailctl'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "completion" -d 'Generate the autocompletion script for a shell'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -s f -l filename -d 'Files or directories to validate (recursive: .yaml, .yml, .json); `-` reads stdin' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -s o -l output -d 'Output format' -r -f -a "text\t'`file:line:col: error[code]: Kind ns/name: field: message`, then a summary'
json\t'A JSON array of messages (istioctl\'s analyze fields), nothing else on stdout'
yaml\t'The same as a YAML sequence'
github\t'GitHub Actions workflow annotations'"
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -l ignore-unknown -d 'Do not warn about kinds sailctl does not know'
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand validate" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -s f -l filename -d 'Files or directories to validate (recursive: .yaml, .yml, .json); `-` reads stdin' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -s o -l output -d 'Output format' -r -f -a "text\t'`file:line:col: error[code]: Kind ns/name: field: message`, then a summary'
json\t'A JSON array of messages (istioctl\'s analyze fields), nothing else on stdout'
yaml\t'The same as a YAML sequence'
github\t'GitHub Actions workflow annotations'"
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -l ignore-unknown -d 'Do not warn about kinds sailctl does not know'
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand v" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -f -a "generate" -d 'Print the Kubernetes objects of an Istio install, without touching a cluster'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s f -l filename -d 'IstioOperator files to merge over the profile, in order (`-` reads stdin, last only)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s s -l set -d 'Override an IstioOperator field: `--set values.global.hub=my.registry/istio`, `--set profile=demo`, `--set components.egressGateways[0].enabled=true`' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s r -l revision -d 'Control-plane revision: names istiod, its webhooks and config `<name>-<revision>`' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s d -l manifests -d 'A directory of profiles to use instead of the built-in ones (istioctl\'s --manifests)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s o -l output -d 'Output format' -r -f -a "yaml\t'Multi-document YAML, `---` between objects'
json\t'A Kubernetes `List` of the objects'"
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l component -d 'Render only these components (Base, Pilot, IngressGateways, EgressGateways, Cni, Ztunnel)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Print the Kubernetes objects of an Istio install, without touching a cluster'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
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
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l config-path -d 'Print only this part of the IstioOperator (`spec.values.global`, `components.pilot`)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s o -l output -d 'Output format' -r -f -a "yaml\t''
json\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s d -l manifests -d 'A directory of profiles to use instead of the built-in ones' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s d -l manifests -d 'A directory of profiles to use instead of the built-in ones' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the available install profiles'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "dump" -d 'Print a profile merged over `default`, as an IstioOperator'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show the differences between two merged profiles'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s o -l output -d 'Output format: text, json or yaml' -r -f -a "text\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s s -l short -d 'Print only the version number'
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -s c -l kubeconfig -d 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -l context -d 'Name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -s n -l namespace -d 'Kubernetes namespace to work in' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -s i -l istioNamespace -d 'Namespace where the Istio control plane is installed' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -s h -l help -d 'Print help'
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -s V -l version -d 'Print version'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from validate manifest profile version completion help" -f -a "validate" -d 'Validate Istio and Kubernetes resources in files, offline'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from validate manifest profile version completion help" -f -a "manifest" -d 'Generate Istio install manifests'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from validate manifest profile version completion help" -f -a "profile" -d 'List, dump or diff Istio install profiles'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from validate manifest profile version completion help" -f -a "version" -d 'Print the version of sailctl'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from validate manifest profile version completion help" -f -a "completion" -d 'Generate the autocompletion script for a shell'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from validate manifest profile version completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "generate" -d 'Print the Kubernetes objects of an Istio install, without touching a cluster'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List the available install profiles'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "dump" -d 'Print a profile merged over `default`, as an IstioOperator'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "diff" -d 'Show the differences between two merged profiles'
