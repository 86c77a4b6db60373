//go:build tools

// The istio test module builds two binaries straight from istio.io/istio (no Go code of ours):
// pilot-discovery (istiod) and istioctl. This file pins both packages in go.mod/go.sum.
package tools

import (
	_ "istio.io/istio/istioctl/cmd/istioctl"
	_ "istio.io/istio/pilot/cmd/pilot-discovery"
)
