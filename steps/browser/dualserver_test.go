package browser

import (
	"bufio"
	"crypto/tls"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"time"
)

// dualServer answers plain http and https on one port, as the sim does, so
// that a documented host mapped to it works over both schemes. Its
// certificate is httptest's; the browser ignores certificate errors.
type dualServer struct {
	srv *http.Server
	ln  *sniffingListener
}

// newDualServer serves h on a free loopback port over http and https.
func newDualServer(h http.Handler) (*dualServer, error) {
	tcp, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	certs := httptest.NewUnstartedServer(h)
	certs.StartTLS()
	config := &tls.Config{Certificates: certs.TLS.Certificates, NextProtos: []string{"http/1.1"}}
	certs.Close()
	ln := &sniffingListener{Listener: tcp, config: config, conns: make(chan net.Conn), done: make(chan struct{})}
	go ln.acceptLoop()
	d := &dualServer{srv: &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}, ln: ln}
	go d.srv.Serve(ln)
	return d, nil
}

// Addr is "127.0.0.1:PORT".
func (d *dualServer) Addr() string { return d.ln.Addr().String() }

// Close stops the server.
func (d *dualServer) Close() error { return d.srv.Close() }

// sniffingListener hands out connections wrapped in TLS when their first
// byte starts a TLS handshake, and plain otherwise.
type sniffingListener struct {
	net.Listener
	config *tls.Config
	conns  chan net.Conn
	done   chan struct{}
	once   sync.Once
}

func (l *sniffingListener) acceptLoop() {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			l.once.Do(func() { close(l.done) })
			return
		}
		go l.sniff(c)
	}
}

func (l *sniffingListener) sniff(c net.Conn) {
	br := bufio.NewReader(c)
	_ = c.SetReadDeadline(time.Now().Add(10 * time.Second))
	first, err := br.Peek(1)
	_ = c.SetReadDeadline(time.Time{})
	if err != nil {
		c.Close()
		return
	}
	var out net.Conn = &peekedConn{Conn: c, r: br}
	if first[0] == 0x16 {
		out = tls.Server(out, l.config)
	}
	select {
	case l.conns <- out:
	case <-l.done:
		c.Close()
	}
}

func (l *sniffingListener) Accept() (net.Conn, error) {
	select {
	case c := <-l.conns:
		return c, nil
	case <-l.done:
		return nil, net.ErrClosed
	}
}

func (l *sniffingListener) Close() error {
	l.once.Do(func() { close(l.done) })
	return l.Listener.Close()
}

// peekedConn reads through the reader that peeked at its first byte.
type peekedConn struct {
	net.Conn
	r *bufio.Reader
}

func (c *peekedConn) Read(p []byte) (int, error) { return c.r.Read(p) }
