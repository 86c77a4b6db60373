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
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -l color -d 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never' -r -f -a "auto\t''
always\t''
never\t''"
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
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from validate version completion help" -f -a "validate" -d 'Validate Istio and Kubernetes resources in files, offline'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from validate version completion help" -f -a "version" -d 'Print the version of sailctl'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from validate version completion help" -f -a "completion" -d 'Generate the autocompletion script for a shell'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from validate version completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
