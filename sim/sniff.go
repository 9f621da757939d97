package sim

import (
	"bufio"
	"crypto/tls"
	"net"
	"sync"
	"time"
)

// sniffTimeout bounds how long a new connection may stay silent before its
// first byte says whether it speaks TLS.
const sniffTimeout = 30 * time.Second

// tlsHandshake is the first byte of a TLS record carrying a handshake.
const tlsHandshake = 0x16

// sniffListener accepts plain and TLS connections on one port, telling them
// apart by their first byte; TLS ones are handed out already wrapped.
type sniffListener struct {
	net.Listener
	config *tls.Config
	conns  chan net.Conn
	done   chan struct{}
	once   sync.Once
	mu     sync.Mutex
	err    error
}

func newSniffListener(inner net.Listener, config *tls.Config) *sniffListener {
	l := &sniffListener{Listener: inner, config: config, conns: make(chan net.Conn), done: make(chan struct{})}
	go l.acceptLoop()
	return l
}

func (l *sniffListener) acceptLoop() {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			l.stop(err)
			return
		}
		go l.sniff(c)
	}
}

// sniff reads the first byte without consuming it and passes the
// connection on, wrapped in TLS when it starts a handshake.
func (l *sniffListener) sniff(c net.Conn) {
	br := bufio.NewReader(c)
	_ = c.SetReadDeadline(time.Now().Add(sniffTimeout))
	first, err := br.Peek(1)
	_ = c.SetReadDeadline(time.Time{})
	if err != nil {
		c.Close()
		return
	}
	var out net.Conn = &peekedConn{Conn: c, r: br}
	if first[0] == tlsHandshake {
		out = tls.Server(out, l.config)
	}
	select {
	case l.conns <- out:
	case <-l.done:
		c.Close()
	}
}

func (l *sniffListener) Accept() (net.Conn, error) {
	select {
	case c := <-l.conns:
		return c, nil
	case <-l.done:
		l.mu.Lock()
		defer l.mu.Unlock()
		return nil, l.err
	}
}

func (l *sniffListener) Close() error {
	l.stop(net.ErrClosed)
	return l.Listener.Close()
}

func (l *sniffListener) stop(err error) {
	l.once.Do(func() {
		l.mu.Lock()
		l.err = err
		l.mu.Unlock()
		close(l.done)
	})
}

// peekedConn reads through the buffer that holds the sniffed byte.
type peekedConn struct {
	net.Conn
	r *bufio.Reader
}

func (c *peekedConn) Read(p []byte) (int, error) { return c.r.Read(p) }
