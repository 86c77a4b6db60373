// realkube: a real kube-apiserver (k8s.io/kubernetes imported as a library) over an etcd
// embedded in the same process, for sailctl's real-cluster test tier.
//
// It picks free 127.0.0.1 ports, makes its own CA and serving certificate, serves with token
// authentication (an admin in system:masters and a restricted user with no bindings) and RBAC
// authorization, writes a kubeconfig with one context per user, prints "READY <kubeconfig>" on
// stdout once /readyz answers, and stops on SIGTERM/SIGINT or when its stdin closes (so a test
// process that dies leaves no orphan behind).
package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/pem"
	"flag"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"go.etcd.io/etcd/server/v3/embed"
	"k8s.io/kubernetes/cmd/kube-apiserver/app"
)

// The tokens are test fixtures, not secrets: the server only listens on loopback.
const (
	adminToken      = "sailctl-real-admin-token"
	restrictedToken = "sailctl-real-restricted-token"
)

func main() {
	dir := flag.String("dir", "", "working directory (etcd data, certificates, kubeconfig); created if missing")
	ephemeral := flag.Bool("remove-dir", false, "remove --dir when stopping")
	flag.Parse()
	if *dir == "" {
		fatal("--dir is required")
	}
	err := run(*dir)
	if *ephemeral {
		_ = os.RemoveAll(*dir)
	}
	if err != nil {
		fatal(err.Error())
	}
}

func fatal(msg string) {
	fmt.Fprintln(os.Stderr, "realkube: "+msg)
	os.Exit(1)
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func run(dir string) error {
	// Loopback only: the server must never reach out through a proxy (webhook calls to
	// service names included); names it cannot resolve fail instead.
	for _, v := range []string{"HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"} {
		_ = os.Unsetenv(v)
	}
	_ = os.Setenv("NO_PROXY", "*")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	pki := filepath.Join(dir, "pki")
	if err := os.MkdirAll(pki, 0o700); err != nil {
		return err
	}

	// Etcd, in process.
	clientPort, err := freePort()
	if err != nil {
		return err
	}
	peerPort, err := freePort()
	if err != nil {
		return err
	}
	ecfg := embed.NewConfig()
	ecfg.Dir = filepath.Join(dir, "etcd")
	ecfg.LogLevel = "error"
	cu, _ := url.Parse(fmt.Sprintf("http://127.0.0.1:%d", clientPort))
	pu, _ := url.Parse(fmt.Sprintf("http://127.0.0.1:%d", peerPort))
	ecfg.ListenClientUrls = []url.URL{*cu}
	ecfg.AdvertiseClientUrls = []url.URL{*cu}
	ecfg.ListenPeerUrls = []url.URL{*pu}
	ecfg.AdvertisePeerUrls = []url.URL{*pu}
	ecfg.InitialCluster = ecfg.InitialClusterFromName(ecfg.Name)
	etcd, err := embed.StartEtcd(ecfg)
	if err != nil {
		return fmt.Errorf("starting etcd: %w", err)
	}
	defer etcd.Close()
	select {
	case <-etcd.Server.ReadyNotify():
	case <-time.After(60 * time.Second):
		return fmt.Errorf("etcd did not become ready within 60s")
	}

	// Certificates and keys.
	caPEM, serverCert, serverKey, err := makeCerts()
	if err != nil {
		return err
	}
	caFile := filepath.Join(pki, "ca.crt")
	certFile := filepath.Join(pki, "server.crt")
	keyFile := filepath.Join(pki, "server.key")
	saKeyFile := filepath.Join(pki, "sa.key")
	tokenFile := filepath.Join(pki, "tokens.csv")
	auditPolicy := filepath.Join(dir, "audit-policy.yaml")
	saKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return err
	}
	files := map[string][]byte{
		caFile:      caPEM,
		certFile:    serverCert,
		keyFile:     serverKey,
		saKeyFile:   pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(saKey)}),
		auditPolicy: []byte(auditPolicyYAML),
		tokenFile:   []byte(fmt.Sprintf("%s,admin,uid-admin,\"system:masters\"\n%s,restricted,uid-restricted\n", adminToken, restrictedToken)),
	}
	for path, data := range files {
		if err := os.WriteFile(path, data, 0o600); err != nil {
			return err
		}
	}

	port, err := freePort()
	if err != nil {
		return err
	}
	args := []string{
		"--etcd-servers=" + cu.String(),
		"--bind-address=127.0.0.1",
		"--advertise-address=127.0.0.1",
		fmt.Sprintf("--secure-port=%d", port),
		"--tls-cert-file=" + certFile,
		"--tls-private-key-file=" + keyFile,
		"--client-ca-file=" + caFile,
		"--token-auth-file=" + tokenFile,
		"--authorization-mode=RBAC",
		"--service-account-key-file=" + saKeyFile,
		"--service-account-signing-key-file=" + saKeyFile,
		"--service-account-issuer=https://kubernetes.default.svc.cluster.local",
		"--api-audiences=https://kubernetes.default.svc.cluster.local,istio-ca",
		"--service-cluster-ip-range=10.96.0.0/16",
		"--allow-privileged=true",
		// Webhook and aggregated-API calls go to a Service's endpoints, never its cluster IP or
		// DNS name: with no kube-proxy and no endpoints here they fail on the spot instead of
		// leaving the machine.
		"--enable-aggregator-routing=true",
		// No controller-manager runs: nothing creates the "default" ServiceAccount, so the
		// ServiceAccount admission plugin would refuse every Pod.
		"--disable-admission-plugins=ServiceAccount",
		"--cert-dir=" + filepath.Join(dir, "cert-dir"),
		// The request record the tests read: every request (verb, request URI with limit and
		// continue, user), Secret lists with their response (metadata only or not).
		"--audit-policy-file=" + auditPolicy,
		"--audit-log-path=" + filepath.Join(dir, "audit.log"),
		"--audit-log-format=json",
		"--v=0",
	}
	// Anything after the flags (after `--`) goes to kube-apiserver as it is, e.g.
	// `--runtime-config=api/all=true` to serve every built-in API version.
	args = append(args, flag.Args()...)

	cmd := app.NewAPIServerCommand()
	cmd.SetArgs(args)
	done := make(chan error, 1)
	go func() { done <- cmd.Execute() }()

	// Stop when stdin closes: the parent is gone (or asked us to stop).
	go func() {
		_, _ = io.Copy(io.Discard, os.Stdin)
		_ = syscall.Kill(os.Getpid(), syscall.SIGTERM)
		time.Sleep(20 * time.Second)
		fmt.Fprintln(os.Stderr, "realkube: graceful stop took over 20s; exiting")
		os.Exit(2)
	}()

	server := fmt.Sprintf("https://127.0.0.1:%d", port)
	if err := waitReady(server, caPEM, done); err != nil {
		return err
	}
	kubeconfig := filepath.Join(dir, "kubeconfig")
	if err := os.WriteFile(kubeconfig, []byte(kubeconfigYAML(server, caPEM)), 0o600); err != nil {
		return err
	}
	fmt.Printf("READY %s\n", kubeconfig)
	_ = os.Stdout.Sync()

	// etcd stops through the deferred Close.
	err = <-done
	if err != nil {
		return fmt.Errorf("kube-apiserver: %w", err)
	}
	return nil
}

const auditPolicyYAML = `apiVersion: audit.k8s.io/v1
kind: Policy
omitStages: ["RequestReceived"]
rules:
- level: None
  users: ["system:apiserver"]
- level: RequestResponse
  verbs: ["list"]
  resources: [{group: "", resources: ["secrets"]}]
- level: Metadata
`

func waitReady(server string, caPEM []byte, done chan error) error {
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(caPEM)
	client := &http.Client{
		Timeout:   5 * time.Second,
		Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}},
	}
	deadline := time.Now().Add(180 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-done:
			return fmt.Errorf("kube-apiserver exited before it was ready: %v", err)
		default:
		}
		req, _ := http.NewRequestWithContext(context.Background(), "GET", server+"/readyz", nil)
		req.Header.Set("Authorization", "Bearer "+adminToken)
		if resp, err := client.Do(req); err == nil {
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("kube-apiserver not ready at %s/readyz within 180s", server)
}

func makeCerts() (caPEM, certPEM, keyPEM []byte, err error) {
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, nil, nil, err
	}
	now := time.Now()
	caTmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "sailctl-real-ca"},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		return nil, nil, nil, err
	}
	ca, err := x509.ParseCertificate(caDER)
	if err != nil {
		return nil, nil, nil, err
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, nil, nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(2),
		Subject:      pkix.Name{CommonName: "kube-apiserver"},
		NotBefore:    now.Add(-time.Hour),
		NotAfter:     now.Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1"), net.ParseIP("10.96.0.1")},
		DNSNames:     []string{"localhost", "kubernetes", "kubernetes.default", "kubernetes.default.svc"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &key.PublicKey, caKey)
	if err != nil {
		return nil, nil, nil, err
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		return nil, nil, nil, err
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER}),
		pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}),
		nil
}

func kubeconfigYAML(server string, caPEM []byte) string {
	ca := base64.StdEncoding.EncodeToString(caPEM)
	return fmt.Sprintf(`apiVersion: v1
kind: Config
clusters:
- name: real
  cluster:
    server: %s
    certificate-authority-data: %s
users:
- name: admin
  user:
    token: %s
- name: restricted
  user:
    token: %s
contexts:
- name: admin
  context:
    cluster: real
    user: admin
- name: restricted
  context:
    cluster: real
    user: restricted
current-context: admin
`, server, ca, adminToken, restrictedToken)
}
