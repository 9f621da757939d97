package netns

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// envInside names the test that runs inside the namespace; the test binary
// re-executed there finds it in its environment.
const envInside = "UNBIND_NETNS_TEST"

// Gateway is the address of the veth end that holds the default route.
const Gateway = "10.203.0.1"

// TestHost is the address of the other veth end, inside the namespace: the
// "anywhere else" that a hostile page aims at.
const TestHost = "10.203.0.2"

// Inside reports whether the test named name is running in the namespace
// that [Run] made for it.
func Inside(name string) bool { return os.Getenv(envInside) == name }

// Run re-executes the test binary for the test t alone, in a new network
// namespace (unshare --net; with a user namespace as well when not root),
// and fails t with the child's output when the child fails. The test calls
// it when [Inside] is false and returns after it.
func Run(t *testing.T) {
	t.Helper()
	unshare, err := exec.LookPath("unshare")
	if err != nil {
		t.Fatalf("the test needs unshare (Debian's util-linux) to make a network namespace: %v", err)
	}
	args := []string{"--net"}
	if os.Geteuid() != 0 {
		args = []string{"--user", "--map-root-user", "--net"}
	}
	args = append(args, "--", os.Args[0], "-test.run=^"+t.Name()+"$", "-test.count=1", "-test.v")
	if d, ok := t.Deadline(); ok {
		args = append(args, "-test.timeout="+time.Until(d).Round(time.Second).String())
	}
	cmd := exec.CommandContext(t.Context(), unshare, args...)
	cmd.Env = append(os.Environ(), envInside+"="+t.Name())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s in its own network namespace: %v\n%s", t.Name(), err, out)
	}
	t.Logf("%s in its own network namespace:\n%s", t.Name(), out)
}

// Setup brings up loopback and the veth pair in the current namespace,
// which must be the one [Run] made: the default route goes through the
// end holding [Gateway], and [TestHost] is the other end's address.
func Setup(t *testing.T) {
	t.Helper()
	if !Inside(t.Name()) {
		t.Fatalf("netns.Setup outside the namespace made for %s: it would change the machine's network", t.Name())
	}
	if err := ownNamespace(); err != nil {
		t.Fatal(err)
	}
	for _, c := range [][]string{
		{"link", "set", "lo", "up"},
		{"link", "add", gatewayLink, "type", "veth", "peer", "name", hostLink},
		{"addr", "add", Gateway + "/24", "dev", gatewayLink},
		{"addr", "add", TestHost + "/24", "dev", hostLink},
	} {
		ipCommand(t, c...)
	}
	// No IPv6 on the pair: the kernel's own router solicitations would
	// be frames on the link that no program sent.
	for _, link := range []string{gatewayLink, hostLink} {
		if err := os.WriteFile("/proc/sys/net/ipv6/conf/"+link+"/disable_ipv6", []byte("1"), 0o644); err != nil {
			t.Fatalf("turning IPv6 off on %s: %v", link, err)
		}
	}
	ipCommand(t, "link", "set", gatewayLink, "up")
	ipCommand(t, "link", "set", hostLink, "up")
	ipCommand(t, "route", "add", "default", "dev", gatewayLink)
}

// The veth pair's two ends.
const (
	gatewayLink = "ubgw"
	hostLink    = "ubhost"
)

// ipCommand runs iproute2's ip, which may not be on a user's PATH
// (/usr/sbin).
func ipCommand(t *testing.T, args ...string) {
	t.Helper()
	ip, err := exec.LookPath("ip")
	if err != nil {
		ip = "/usr/sbin/ip"
	}
	if out, err := exec.Command(ip, args...).CombinedOutput(); err != nil {
		t.Fatalf("ip %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// ownNamespace checks that this process's network namespace is not the
// machine's (that of process 1).
func ownNamespace() error {
	self, err := os.Readlink("/proc/self/ns/net")
	if err != nil {
		return fmt.Errorf("reading this process's network namespace: %w", err)
	}
	first, err := os.Readlink("/proc/1/ns/net")
	if errors.Is(err, os.ErrPermission) {
		// Not root: a process that may not look at process 1 may not
		// change the machine's network either.
		return nil
	}
	if err != nil {
		return fmt.Errorf("reading the machine's network namespace: %w", err)
	}
	if self == first {
		return errors.New("this process is in the machine's network namespace, not one of its own: refusing to change it")
	}
	return nil
}
