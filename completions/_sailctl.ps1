
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
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('analyze', 'analyze', [CompletionResultType]::ParameterValue, 'Analyze Istio configuration and report potential issues (istioctl analyze)')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate Istio and Kubernetes resources in files, offline')
            [CompletionResult]::new('v', 'v', [CompletionResultType]::ParameterValue, 'Validate Istio and Kubernetes resources in files, offline')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the version of sailctl')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for a shell')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;analyze' {
            [CompletionResult]::new('--use-kube', '--use-kube', [CompletionResultType]::ParameterName, 'Use the live Kubernetes cluster as well as the files. Cluster access is not available in this build yet: with files, they are analyzed alone (a note says so)')
            [CompletionResult]::new('--analyzer', '--analyzer', [CompletionResultType]::ParameterName, 'Run only this analyzer (repeatable; see --list-analyzers). Analyzers that are not run by default, such as annotations.AlphaAnalyzer, can be selected this way')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the documentation of a message code (IST0101) or an analyzer, and exit')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--failure-threshold', '--failure-threshold', [CompletionResultType]::ParameterName, 'Exit with 79 when a message at or above this level is found')
            [CompletionResult]::new('--output-threshold', '--output-threshold', [CompletionResultType]::ParameterName, 'Print only messages at or above this level')
            [CompletionResult]::new('-S', '-S ', [CompletionResultType]::ParameterName, 'Suppress a message code on a resource: "CODE=Kind namespace/name" (repeatable; `*` matches any text in the code or the resource), e.g. -S "IST0103=Pod default/*"')
            [CompletionResult]::new('--suppress', '--suppress', [CompletionResultType]::ParameterName, 'Suppress a message code on a resource: "CODE=Kind namespace/name" (repeatable; `*` matches any text in the code or the resource), e.g. -S "IST0103=Pod default/*"')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up when the analysis takes longer than this (Go-style duration: 30s, 500ms, 1m)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The control plane revision the analyzers consider (injection labels, webhooks)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The control plane revision the analyzers consider (injection labels, webhooks)')
            [CompletionResult]::new('--meshConfigFile', '--meshConfigFile', [CompletionResultType]::ParameterName, 'A MeshConfig YAML file overlaid on Istio''s default mesh config')
            [CompletionResult]::new('--meshNetworksFile', '--meshNetworksFile', [CompletionResultType]::ParameterName, 'A MeshNetworks YAML file (sailctl extension; istioctl has no such flag)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Analyze all namespaces (resources without a namespace keep none)')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Analyze all namespaces (resources without a namespace keep none)')
            [CompletionResult]::new('-L', '-L ', [CompletionResultType]::ParameterName, 'List the analyzers and exit')
            [CompletionResult]::new('--list-analyzers', '--list-analyzers', [CompletionResultType]::ParameterName, 'List the analyzers and exit')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say which analyzers ran (with their message counts) or were skipped, and why')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say which analyzers ran (with their message counts) or were skipped, and why')
            [CompletionResult]::new('--ignore-unknown', '--ignore-unknown', [CompletionResultType]::ParameterName, 'Do not report documents that are not Kubernetes objects')
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
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never')
            [CompletionResult]::new('--ignore-unknown', '--ignore-unknown', [CompletionResultType]::ParameterName, 'Do not warn about kinds sailctl does not know')
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
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never')
            [CompletionResult]::new('--ignore-unknown', '--ignore-unknown', [CompletionResultType]::ParameterName, 'Do not warn about kinds sailctl does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;version' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text, json or yaml')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text, json or yaml')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the kubeconfig context to use')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace to work in')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Namespace where the Istio control plane is installed')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Print only the version number')
            [CompletionResult]::new('--short', '--short', [CompletionResultType]::ParameterName, 'Print only the version number')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
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
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, and NO_COLOR unset), always or never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sailctl;help' {
            [CompletionResult]::new('analyze', 'analyze', [CompletionResultType]::ParameterValue, 'Analyze Istio configuration and report potential issues (istioctl analyze)')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate Istio and Kubernetes resources in files, offline')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the version of sailctl')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for a shell')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;help;analyze' {
            break
        }
        'sailctl;help;validate' {
            break
        }
        'sailctl;help;version' {
            break
        }
        'sailctl;help;completion' {
            break
        }
        'sailctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
