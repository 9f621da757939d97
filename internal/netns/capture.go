package netns

import (
	"fmt"
	"net"
	"os"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Capture records every frame that goes out through the default route:
// whatever was sent to an address that is not the namespace's own crosses
// the veth pair and arrives at its other end, where a packet socket
// listens.
type Capture struct {
	mu     sync.Mutex
	frames []string
	seen   chan string // every frame, for Check
}

// CaptureDefaultRoute starts recording, until t ends. [Setup] must have run.
func CaptureDefaultRoute(t *testing.T) *Capture {
	t.Helper()
	ifi, err := net.InterfaceByName(hostLink)
	if err != nil {
		t.Fatalf("finding %s: %v", hostLink, err)
	}
	const ethPAll = 0x0003
	proto := int(ethPAll>>8 | (ethPAll&0xff)<<8) // network byte order
	fd, err := syscall.Socket(syscall.AF_PACKET, syscall.SOCK_RAW|syscall.SOCK_NONBLOCK|syscall.SOCK_CLOEXEC, proto)
	if err != nil {
		t.Fatalf("opening a packet socket: %v", err)
	}
	if err := syscall.Bind(fd, &syscall.SockaddrLinklayer{Protocol: uint16(proto), Ifindex: ifi.Index}); err != nil {
		syscall.Close(fd)
		t.Fatalf("binding the packet socket to %s: %v", hostLink, err)
	}
	f := os.NewFile(uintptr(fd), "packet socket")
	t.Cleanup(func() { f.Close() })
	c := &Capture{seen: make(chan string, 4096)}
	go c.read(f)
	return c
}

func (c *Capture) read(f *os.File) {
	buf := make([]byte, 65536)
	for {
		n, err := f.Read(buf)
		if err != nil {
			return
		}
		if isIGMP(buf[:n]) {
			continue
		}
		frame := describeFrame(buf[:n])
		c.mu.Lock()
		c.frames = append(c.frames, frame)
		c.mu.Unlock()
		select {
		case c.seen <- frame:
		default:
		}
	}
}

// Check shows that the capture sees what goes out through the default
// route: it sends a broadcast to the pair's own subnet out of the gateway
// end and waits for it to arrive, then forgets the frames seen so far.
func (c *Capture) Check(t *testing.T) {
	t.Helper()
	conn, err := net.ListenPacket("udp4", Gateway+":0")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	raw, err := conn.(*net.UDPConn).SyscallConn()
	if err != nil {
		t.Fatal(err)
	}
	var serr error
	if err := raw.Control(func(fd uintptr) {
		serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_BROADCAST, 1)
		if serr == nil {
			serr = syscall.BindToDevice(int(fd), gatewayLink)
		}
	}); err != nil || serr != nil {
		t.Fatalf("setting up the broadcast: %v %v", err, serr)
	}
	want := "IPv4 protocol 17 from " + Gateway + " to " + subnetBroadcast
	if _, err := conn.WriteTo([]byte("capture check"), &net.UDPAddr{IP: net.ParseIP(subnetBroadcast), Port: 9}); err != nil {
		t.Fatalf("sending the broadcast: %v", err)
	}
	deadline := time.After(30 * time.Second)
	for {
		select {
		case f := <-c.seen:
			if f != want {
				continue
			}
			c.mu.Lock()
			c.frames = nil
			c.mu.Unlock()
			return
		case <-deadline:
			t.Fatalf("the capture on %s did not see a broadcast sent out of %s: it would not see what leaves either", hostLink, gatewayLink)
		}
	}
}

// subnetBroadcast is the broadcast address of the pair's subnet.
const subnetBroadcast = "10.203.0.255"

// Frames describes the frames seen so far.
func (c *Capture) Frames() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.frames...)
}

// isIGMP reports whether a frame is an IGMP membership report, which the
// kernel sends for a socket that joins a multicast group (the test's mDNS
// listener does): no program's data.
func isIGMP(b []byte) bool {
	return len(b) >= 24 && b[12] == 0x08 && b[13] == 0x00 && b[14+9] == 2
}

// describeFrame names an Ethernet frame's type, and an IPv4 or ARP frame's
// addresses.
func describeFrame(b []byte) string {
	if len(b) < 14 {
		return fmt.Sprintf("a frame of %d bytes", len(b))
	}
	kind := uint16(b[12])<<8 | uint16(b[13])
	p := b[14:]
	switch {
	case kind == 0x0800 && len(p) >= 20:
		return fmt.Sprintf("IPv4 protocol %d from %s to %s", p[9], net.IP(p[12:16]), net.IP(p[16:20]))
	case kind == 0x0806 && len(p) >= 28:
		return fmt.Sprintf("ARP: who has %s, asks %s", net.IP(p[24:28]), net.IP(p[14:18]))
	}
	return fmt.Sprintf("a frame of type %#04x, %d bytes", kind, len(b))
}
