module sailctl.dev/tools/yaml-go

go 1.22

require (
	go.yaml.in/yaml/v2 v2.4.3
	sigs.k8s.io/yaml v1.6.0
)
